package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.ChannelFacts;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SiteFacts;

/**
 * The CMO's view: each business's channels, where bookings come from and what each channel costs and converts, the
 * funnel, and the sites' marketing basics.
 */
public final class CmoReport {

    /** New email subscribers are counted over the last this many full months. */
    static final int NEW_SUBSCRIBER_MONTHS = 3;

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
        Optional<ChannelFacts> channels = channels(snapshot);
        List<String> months = ReportMonths.full(snapshot, NEW_SUBSCRIBER_MONTHS);
        long otaBusinesses = otaBusinesses(snapshot).size();
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Open leads and quotes", Figures.count(leads), trend.change(Measures::openLeads), Figures.money(leadValue) + " for upcoming dates"),
                new Kpi("Businesses with an empty funnel", emptyFunnels + " of " + funnels.size(), trend.change(Measures::emptyFunnels), "quote-driven businesses with no open lead or quote"),
                new Kpi("Sites without analytics", untracked + " of " + sites.size(), trend.change(Measures::sitesWithoutAnalytics), "visits unmeasured")));
        if (channels.map(ChannelFacts::emailRead).orElse(false)) {
            kpis.add(new Kpi("Email subscribers", Figures.count(emailSubscribed(snapshot)), trend.change(CmoReport::emailSubscribed, MonthlyHistories.signUps(snapshot).lastFullMonthChange("")),
                    "+" + Figures.count(newSubscribers(snapshot, months)) + " signed up in " + ReportMonths.span(months) + ", "
                            + Figures.count(stayed(snapshot, months)) + " of them still subscribed; " + Figures.count(left(snapshot))
                            + " have left the list"));
        }
        if (channels.map(ChannelFacts::otaRead).orElse(false)) {
            kpis.add(new Kpi("Without an OTA listing", withoutOta(snapshot) + " of " + otaBusinesses,
                    trend.change(CmoReport::withoutOta), "booking and rental businesses absent from the marketplaces"));
        }
        String channelClause = emailClause(snapshot, channels, months) + " and " + otaClause(snapshot, channels);
        List<String> lead = List.of(channelClause + "; the portfolio has " + Figures.count(leads) + " open leads worth "
                + Figures.money(leadValue) + ", and " + emptyFunnels + " of " + funnels.size() + " quote-driven businesses have none.");
        List<Section> sections = new ArrayList<>(List.of(ChannelTrend.section(snapshot).asEssential(),
                ChannelEconomics.section(snapshot).asEssential(), channelState(snapshot, channels, months).asEssential()));
        EmailCampaigns.campaigns(snapshot).map(Section::asEssential).ifPresent(sections::add);
        sections.addAll(List.of(channels(snapshot, bookings), EmailListHealth.section(snapshot, channels, months), siteBasics(snapshot, sites)));
        return frame.report("cmo", "CMO report", snapshot, findings, trend, lead, kpis, sections);
    }

    private static String emailClause(PortfolioSnapshot snapshot, Optional<ChannelFacts> channels, List<String> months) {
        if (!channels.map(ChannelFacts::emailRead).orElse(false)) {
            return "No email list export was read";
        }
        return "The email lists hold " + Figures.plural(emailSubscribed(snapshot), "subscriber") + " (+"
                + Figures.count(newSubscribers(snapshot, months)) + " sign-ups in " + ReportMonths.span(months) + ", "
                + Figures.count(stayed(snapshot, months)) + " still subscribed)";
    }

    private static String otaClause(PortfolioSnapshot snapshot, Optional<ChannelFacts> channels) {
        if (!channels.map(ChannelFacts::otaRead).orElse(false)) {
            return "no OTA listings export was read";
        }
        return withoutOta(snapshot) + " of " + otaBusinesses(snapshot).size() + " booking businesses have no OTA listing";
    }

    private static Optional<ChannelFacts> channels(PortfolioSnapshot snapshot) {
        return snapshot.all(ChannelFacts.class).stream().map(Fact::data).findFirst();
    }

    /** Subscribed email addresses across the businesses (0 when no list export was read). */
    static long emailSubscribed(PortfolioSnapshot snapshot) {
        return channels(snapshot).filter(ChannelFacts::emailRead)
                .map(c -> snapshot.businesses().stream().mapToLong(d -> c.forBusiness(d).emailSubscribed()).sum()).orElse(0L);
    }

    static long newSubscribers(PortfolioSnapshot snapshot, List<String> months) {
        return channels(snapshot).filter(ChannelFacts::emailRead)
                .map(c -> snapshot.businesses().stream().mapToLong(d -> newSubscribers(c.forBusiness(d), months)).sum()).orElse(0L);
    }

    static long newSubscribers(BusinessChannels c, List<String> months) {
        return months.stream().mapToLong(m -> c.newSubscribersByMonth().getOrDefault(m, 0L)).sum();
    }

    /** Of the sign-ups in {@code months}, those still subscribed: a sign-up who left is no growth. */
    static long stayed(PortfolioSnapshot snapshot, List<String> months) {
        return channels(snapshot).filter(ChannelFacts::emailRead)
                .map(c -> snapshot.businesses().stream().mapToLong(d -> stayed(c.forBusiness(d), months)).sum()).orElse(0L);
    }

    static long stayed(BusinessChannels c, List<String> months) {
        return months.stream().mapToLong(m -> c.stillSubscribedByMonth().getOrDefault(m, 0L)).sum();
    }

    /** Addresses that left the lists, unsubscribed or bounced, whenever they signed up. */
    static long left(PortfolioSnapshot snapshot) {
        return channels(snapshot).filter(ChannelFacts::emailRead)
                .map(c -> snapshot.businesses().stream().mapToLong(d -> c.forBusiness(d).emailLeft()).sum()).orElse(0L);
    }

    /** Businesses whose customers book on marketplaces (bookings, rental), as the channel findings judge them. */
    static List<String> otaBusinesses(PortfolioSnapshot snapshot) {
        return snapshot.businesses().stream().filter(d -> ChannelFindings.OTA_KINDS.contains(
                snapshot.of(d, BusinessProfile.class).map(BusinessProfile::kind).orElse(""))).toList();
    }

    /** Booking businesses with no marketplace listing (0 when no listings export was read). */
    static long withoutOta(PortfolioSnapshot snapshot) {
        return channels(snapshot).filter(ChannelFacts::otaRead)
                .map(c -> otaBusinesses(snapshot).stream().filter(d -> c.forBusiness(d).otaListings().isEmpty()).count()).orElse(0L);
    }

    /** One row per business: email list, marketplace listings, analytics tag, search performance, open leads. */
    static Section channelState(PortfolioSnapshot snapshot, Optional<ChannelFacts> channels, List<String> months) {
        List<List<String>> rows = new ArrayList<>();
        for (String domain : snapshot.businesses()) {
            BusinessChannels c = channels.map(ch -> ch.forBusiness(domain)).orElse(BusinessChannels.NONE);
            String email = channels.map(ChannelFacts::emailRead).orElse(false)
                    ? Figures.count(c.emailSubscribed()) + " subscribed, +" + Figures.count(newSubscribers(c, months)) + " new ("
                            + Figures.count(stayed(c, months)) + " stayed)"
                    : "not read";
            String ota = !channels.map(ChannelFacts::otaRead).orElse(false) ? "not read"
                    : c.otaListings().isEmpty() ? "none"
                    : String.join(", ", c.otaListings().stream().map(l -> l.platform()
                            + (l.status() == null || "active".equalsIgnoreCase(l.status()) ? "" : " (" + l.status() + ")")).toList());
            String analytics = snapshot.of(domain, SiteFacts.class)
                    .map(s -> s.analyticsTags().isEmpty() ? "none" : String.join(", ", s.analyticsTags())).orElse("no site read");
            String seo = channels.isEmpty() ? "not read"
                    : c.seoImpressions() == 0 ? "no data"
                    : Figures.count(c.seoClicks()) + " clicks, " + Figures.count(c.seoImpressions()) + " impressions, avg position "
                            + (c.seoAveragePosition() == null ? "n/a" : c.seoAveragePosition().toPlainString());
            String leads = snapshot.of(domain, BookingFacts.class)
                    .map(b -> Figures.count(b.openLeads()) + ", " + Figures.money(b.openLeadsCents())).orElse("no bookings table");
            rows.add(List.of(snapshot.businessName(domain), email, ota, analytics, seo, leads));
        }
        String seoFiles = channels.map(ch -> ch.seoFiles().isEmpty() ? "no Search Console export read"
                : "Google Search Console, " + String.join(", ", ch.seoFiles())).orElse("no marketing exports read");
        return new Section("Channels by business", "Email: subscribed now, and sign-ups in " + ReportMonths.span(months)
                + ". OTA: marketplace listings. Analytics: tags on the site. SEO: " + seoFiles + ". Leads: open leads and quotes for upcoming dates.",
                List.of("Business", "Email list", "OTA listings", "Analytics", "SEO", "Open leads"), rows);
    }

    private static Section channels(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            for (Map.Entry<String, Long> e : b.countByChannel().entrySet()) {
                long value = b.revenueByChannel().getOrDefault(e.getKey(), 0L);
                rows.add(List.of(snapshot.businessName(f.domain()), e.getKey(), Figures.count(e.getValue()), Figures.money(value),
                        Figures.money(Figures.divideCents(value, e.getValue())), Figures.percent(value, b.revenueCents())));
            }
        }
        return new Section("Bookings by channel", "All history in the bookings tables; share is of the business's revenue.",
                List.of("Business", "Channel", "Bookings", "Value", "Avg value", "Share"), rows);
    }

    private static Section siteBasics(PortfolioSnapshot snapshot, List<Fact<SiteFacts>> sites) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<SiteFacts> f : sites) {
            SiteFacts s = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), s.pagesWithCalendar() > 0 ? "yes" : "no", s.hasSitemap() ? "yes" : "no",
                    Figures.count(s.pagesWithoutDescription().size()), s.newestCopy() == null ? "undeclared" : s.newestCopy()));
        }
        return new Section("Site marketing basics", "What a visitor and a search engine find on each site (analytics tags are in Channels by business).",
                List.of("Business", "Calendar", "Sitemap", "Pages w/o description", "Newest copy"), rows);
    }
}
