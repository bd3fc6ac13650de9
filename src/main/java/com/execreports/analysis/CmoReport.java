package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SiteFacts;

/** The CMO's view: where bookings come from, the funnel, and the sites' marketing basics. */
public final class CmoReport {

    private final ReportFrame frame;

    public CmoReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long leads = bookings.stream().mapToLong(f -> f.data().openLeads()).sum();
        long leadValue = bookings.stream().mapToLong(f -> f.data().openLeadsCents()).sum();
        List<Fact<BookingFacts>> funnels = bookings.stream().filter(f -> PortfolioFindings.expectsFunnel(snapshot, f.domain())).toList();
        long emptyFunnels = funnels.stream().filter(f -> f.data().openLeads() == 0).count();
        List<Fact<SiteFacts>> sites = snapshot.all(SiteFacts.class);
        long untracked = sites.stream().filter(f -> f.data().pagesWithAnalytics() == 0).count();
        List<Kpi> kpis = List.of(
                new Kpi("Open leads and quotes", Figures.count(leads), trend.change(Measures::openLeads), Figures.money(leadValue) + " for upcoming dates"),
                new Kpi("Businesses with an empty funnel", emptyFunnels + " of " + funnels.size(), trend.change(Measures::emptyFunnels), "quote-driven businesses with no open lead or quote"),
                new Kpi("Sites without analytics", untracked + " of " + sites.size(), trend.change(Measures::sitesWithoutAnalytics), "visits unmeasured"));
        List<String> lead = List.of("The portfolio has " + Figures.count(leads) + " open leads worth " + Figures.money(leadValue)
                + "; " + emptyFunnels + " of " + funnels.size() + " quote-driven businesses have none.");
        return frame.report("cmo", "CMO report", snapshot, findings, trend, lead, kpis, List.of(channels(snapshot, bookings), siteBasics(snapshot, sites)));
    }

    private static Section channels(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            for (Map.Entry<String, Long> e : b.countByChannel().entrySet()) {
                long value = b.revenueByChannel().getOrDefault(e.getKey(), 0L);
                rows.add(List.of(snapshot.businessName(f.domain()), e.getKey(), Figures.count(e.getValue()), Figures.money(value),
                        Figures.money(e.getValue() == 0 ? 0 : Math.round((double) value / e.getValue())), Figures.percent(value, b.revenueCents())));
            }
        }
        return new Section("Bookings by channel", "All history in the bookings tables; share is of the business's revenue.",
                List.of("Business", "Channel", "Bookings", "Value", "Avg value", "Share"), rows);
    }

    private static Section siteBasics(PortfolioSnapshot snapshot, List<Fact<SiteFacts>> sites) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<SiteFacts> f : sites) {
            SiteFacts s = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), s.analyticsTags().isEmpty() ? "none" : String.join(", ", s.analyticsTags()),
                    s.pagesWithCalendar() > 0 ? "yes" : "no", s.hasSitemap() ? "yes" : "no",
                    Figures.count(s.pagesWithoutDescription().size()), s.newestCopy() == null ? "undeclared" : s.newestCopy()));
        }
        return new Section("Site marketing basics", "What a visitor and a search engine find on each site.",
                List.of("Business", "Analytics", "Calendar", "Sitemap", "Pages w/o description", "Newest copy"), rows);
    }
}
