package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SiteFacts;
import com.execreports.model.SubscriptionFacts;

/**
 * The CEO's view: bookings, cash, profit and collections, each business on a scorecard, the decisions to take and what to
 * do in 30 days; what the portfolio owns and which KPIs nobody tracks are left to the full report.
 */
public final class CeoReport {

    private final ReportFrame frame;

    public CeoReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<BookingFacts> bookings = snapshot.all(BookingFacts.class).stream().map(PortfolioSnapshot.Fact::data).toList();
        long last30 = bookings.stream().mapToLong(BookingFacts::last30DaysCents).sum();
        long prev30 = bookings.stream().mapToLong(BookingFacts::previous30DaysCents).sum();
        long leads = bookings.stream().mapToLong(BookingFacts::openLeads).sum();
        long leadValue = bookings.stream().mapToLong(BookingFacts::openLeadsCents).sum();
        long mrr = snapshot.all(SubscriptionFacts.class).stream().mapToLong(f -> f.data().mrrCents()).sum();
        MoneyTerms terms = new MoneyTerms(snapshot);
        int sources = snapshot.sources().size();
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Bookings taken, last 30 days", Figures.money(last30), Figures.change(last30, prev30), "vs the 30 days before"),
                new Kpi("Open pipeline", Figures.count(leads) + " leads, " + Figures.money(leadValue), trend.change(Measures::openLeadsCents), "leads and quotes for upcoming dates"),
                new Kpi("Monthly recurring revenue", Figures.money(mrr), trend.change(Measures::mrrCents), "active subscriptions"),
                new Kpi(MoneyTerm.NOT_INVOICED.label(), terms.money(MoneyTerm.NOT_INVOICED, null), trend.change(Measures::uninvoicedCents),
                        "earned bookings with no invoice id")));
        if (terms.invoiceLedgerRead()) {
            // the CFO's figure, so the CEO and the CFO discuss one number
            kpis.add(new Kpi(MoneyTerm.NOT_COLLECTED.label(), terms.money(MoneyTerm.NOT_COLLECTED, null),
                    trend.change(FinanceMeasures::uncollectedCents), "as the CFO report counts it"));
        }
        kpis.addAll(CeoMoney.kpis(snapshot, trend));
        long partial = snapshot.sources().stream().filter(f -> f.status() == com.execreports.model.SourceStatus.PARTIAL).count();
        kpis.add(new Kpi("Data sources read", (sources - snapshot.gaps().size()) + " of " + sources
                + (partial == 0 ? "" : " (" + partial + " partly)"), "", partial == 0 ? "failed ones are named below"
                : snapshot.sources().stream().anyMatch(f -> f.stopped() != null)
                ? "partly: reading stopped at the time budget, or unreadable items left out; failed and partial ones are named below"
                : "partly: unreadable items left out; failed and partial ones are named below"));
        // the kind-specific KPIs (occupancy, trips, recurring revenue) first: what the owners run the businesses by
        // the scorecard first: the CEO runs the portfolio business by business; inventory and untracked KPIs are plumbing,
        // for the full report
        List<Section> sections = new ArrayList<>();
        sections.add(BusinessScorecard.of(snapshot, findings.stream().filter(f -> f.roles().contains("ceo")).toList()).asEssential());
        sections.addAll(OperationsReportSection.sections(snapshot));
        sections.add(inventory(snapshot));
        sections.add(missingKpis(snapshot));
        sections.add(terms.glossary(MoneyTerm.NOT_INVOICED, MoneyTerm.NOT_COLLECTED));
        return frame.report("ceo", "CEO report", snapshot, findings, trend, ReportFrame.revenueSentences(snapshot), List.copyOf(kpis),
                List.copyOf(sections));
    }

    private static Section inventory(PortfolioSnapshot snapshot) {
        List<List<String>> rows = new ArrayList<>();
        for (String domain : snapshot.businesses()) {
            String kind = snapshot.of(domain, BusinessProfile.class).map(BusinessProfile::kind).orElse("?");
            // a table or bucket read by two sources (bookings and occupancy of the same stays) is listed once
            java.util.Set<String> tables = new java.util.LinkedHashSet<>();
            java.util.Set<String> buckets = new java.util.LinkedHashSet<>();
            for (Facts f : snapshot.sources()) {
                if (!f.domain().equals(domain) || f.kind() == null || f.resource() == null) {
                    continue;
                }
                if (f.kind().startsWith("ddb-")) {
                    tables.add(f.resource());
                } else if (f.kind().startsWith("s3-")) {
                    buckets.add(f.resource());
                }
            }
            String pages = snapshot.of(domain, SiteFacts.class).map(s -> Figures.count(s.htmlPages()) + " pages").orElse("—");
            long functions = snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().functions().stream())
                    .filter(fn -> domain.equals(fn.business())).count();
            long distributions = snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().distributions().stream())
                    .filter(d -> domain.equals(d.business())).count();
            long gaps = snapshot.gaps().stream().filter(f -> f.domain().equals(domain)).count();
            rows.add(List.of(snapshot.businessName(domain), kind, String.join(", ", tables), String.join(", ", buckets), pages,
                    Figures.count(functions), Figures.count(distributions), gaps == 0 ? "complete" : gaps + " source(s) missing"));
        }
        return new Section("Asset inventory", "What each business runs on, as the sources read it this run.",
                List.of("Business", "Kind", "Tables", "Buckets", "Site", "Functions", "CDN", "Data"), rows);
    }

    /** KPIs an owner should see weekly but cannot, because no source measures them yet. */
    private static Section missingKpis(PortfolioSnapshot snapshot) {
        List<List<String>> rows = new ArrayList<>();
        for (String domain : snapshot.businesses()) {
            String name = snapshot.businessName(domain);
            snapshot.of(domain, SiteFacts.class).filter(s -> s.pagesWithAnalytics() == 0).ifPresent(s ->
                    rows.add(List.of(name, "Website visits and conversion rate", "no analytics tag on s3://" + s.bucket())));
            snapshot.of(domain, BookingFacts.class).filter(b -> b.openLeads() == 0 && PortfolioFindings.expectsFunnel(snapshot, domain)).ifPresent(b ->
                    rows.add(List.of(name, "Lead-to-booking conversion", "no leads or quotes recorded in " + b.table())));
        }
        if (FinanceMeasures.invoiceLedger(snapshot) == null) {
            rows.add(List.of("Every business", "Earned, not collected", "no invoice ledger read"));
        }
        return new Section("KPIs not tracked today", "Figures the businesses cannot report until the gap named on the right is closed.",
                List.of("Business", "KPI", "Why it cannot be measured"), rows);
    }
}
