package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SiteFacts;
import com.execreports.model.SiteFacts.StalePage;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

class PortfolioFindingsTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final ReportSettings SETTINGS = new ReportSettings("Test portfolio", 365, 20, 10);

    private final PortfolioFindings findings = new PortfolioFindings(SETTINGS);

    // ---------------------------------------------------------------- source gaps

    @Test
    void should_raise_a_high_finding_for_every_role_when_a_source_failed() {
        List<PortfolioFinding> found = find(
                profile("jada", "JADA (yacht charters)", "bookings"),
                Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings",
                        "AccessDeniedException: not authorized to perform dynamodb:Scan (HTTP 400)"));

        assertThat(found).hasSize(1);
        PortfolioFinding gap = found.get(0);
        assertThat(gap.id()).isEqualTo("source-gap.jada.bookings");
        assertThat(gap.severity()).isEqualTo("high");
        assertThat(gap.business()).isEqualTo("JADA (yacht charters)");
        assertThat(gap.title()).isEqualTo("Source jada/bookings failed: its figures are missing from every report");
        assertThat(gap.where()).isEqualTo(
                "jada-bookings — AccessDeniedException: not authorized to perform dynamodb:Scan (HTTP 400)");
        assertThat(gap.roles()).containsExactlyInAnyOrder("ceo", "cto", "cfo", "cmo", "accounting");
        assertThat(gap.fix().title()).isEqualTo("Restore the failing data sources");
    }

    @Test
    void should_raise_a_high_finding_naming_the_source_when_it_timed_out() {
        List<PortfolioFinding> found = find(Facts.timedOut(RUN.runId(), "jada", "site", 90_000));

        PortfolioFinding gap = only(found, "source-gap.jada.site");
        assertThat(gap.severity()).isEqualTo("high");
        assertThat(gap.business()).isEqualTo("jada");
        assertThat(gap.title()).isEqualTo("Source jada/site timed out: its figures are missing from every report");
        assertThat(gap.where()).isEqualTo("jada/site — no answer within 90 s");
        assertThat(gap.roles()).hasSize(5);
    }

    @Test
    void should_raise_a_medium_data_quality_finding_for_a_partly_read_source() {
        Facts partial = Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings",
                bookings("jada-bookings", 100_000, 0, 0, 1),
                List.of(new DataIssue("jada-bookings booking_id=tbd", "attribute 'amount' is not an amount: 'TBD'")), 3);

        PortfolioFinding quality = only(find(profile("jada", "JADA", "bookings"), partial), "data-quality.jada.bookings");

        assertThat(quality.severity()).isEqualTo("medium");
        assertThat(quality.title()).isEqualTo("3 items in jada-bookings could not be read and are left out");
        // every sampled item is named, and how many more there are; the reports that count revenue carry it
        assertThat(quality.where()).isEqualTo("jada-bookings booking_id=tbd attribute 'amount' is not an amount: 'TBD'; and 2 more");
        assertThat(quality.roles()).containsExactlyInAnyOrder("ceo", "cfo", "cmo", "accounting");
    }

    // ---------------------------------------------------------------- invoices

    @Test
    void should_raise_a_high_finding_when_revenue_without_invoice_is_above_the_alarm_percent() {
        List<PortfolioFinding> found = find(profile("jada", "JADA (yacht charters)", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 3, 123_450, 2)));

        PortfolioFinding f = only(found, "no-invoice.jada");
        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.business()).isEqualTo("JADA (yacht charters)");
        assertThat(f.title()).isEqualTo("3 earned bookings worth $1,235 are not invoiced (12% of earned)");
        assertThat(f.where()).isEqualTo("DynamoDB jada-bookings, e.g. b1, b2, b3");
        assertThat(f.impact()).isEqualTo("$1,235 of work done with no invoice to collect or defend it");
        assertThat(f.impactCents()).isEqualTo(123_450);
        assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cfo", "accounting");
    }

    @Test
    void should_raise_a_medium_finding_when_revenue_without_invoice_is_below_the_alarm_percent() {
        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 1, 50_000, 2)));

        PortfolioFinding f = only(found, "no-invoice.jada");
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.title()).isEqualTo("1 earned booking worth $500 is not invoiced (5% of earned)");
    }

    @Test
    void should_keep_revenue_without_invoice_exactly_at_the_alarm_percent_medium() {
        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 2, 100_000, 2)));

        assertThat(only(found, "no-invoice.jada").severity()).isEqualTo("medium");
    }

    @Test
    void should_raise_no_invoice_finding_when_every_booking_is_invoiced() {
        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 0, 0, 2)));

        assertThat(found).isEmpty();
    }

    // ---------------------------------------------------------------- funnel

    @Test
    void should_raise_an_empty_funnel_finding_for_a_bookings_business_without_open_leads() {
        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 0, 0, 0)));

        PortfolioFinding f = only(found, "empty-funnel.jada");
        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.title()).isEqualTo("Empty sales funnel: 0 open leads or quotes for upcoming dates");
        assertThat(f.where()).isEqualTo(
                "DynamoDB jada-bookings — no item with a lead/quote status and a future service date");
        assertThat(f.impact()).isEqualTo("no visible pipeline behind $4,500 booked in the last 30 days");
        assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cmo");
    }

    @Test
    void should_raise_an_empty_funnel_finding_for_a_logistics_business_without_open_leads() {
        List<PortfolioFinding> found = find(profile("expert", "Expert Yacht Delivery", "logistics"),
                booked("expert", bookings("expert-jobs", 1_000_000, 0, 0, 0)));

        assertThat(ids(found)).containsExactly("empty-funnel.expert");
    }

    @Test
    void should_not_expect_a_lead_funnel_of_a_rental() {
        List<PortfolioFinding> found = find(profile("rental", "3028 51st St", "rental"),
                booked("rental", bookings("rental-stays", 1_000_000, 0, 0, 0)));

        assertThat(found).isEmpty();
    }

    @Test
    void should_not_raise_an_empty_funnel_finding_when_leads_are_open() {
        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 0, 0, 1)));

        assertThat(found).isEmpty();
    }

    // ---------------------------------------------------------------- renewals

    @Test
    void should_raise_a_high_finding_when_renewal_failures_are_above_the_alarm_percent() {
        List<PortfolioFinding> found = find(profile("quickdumpnow", "QuickDumpNow", "subscription"),
                subscribed("quickdumpnow", subscriptions(10, 3)));

        PortfolioFinding f = only(found, "renewal-failures.quickdumpnow");
        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.business()).isEqualTo("QuickDumpNow");
        assertThat(f.title()).isEqualTo("3 of 10 subscription renewals failed (30%, all history; alarm above 20%)");
        assertThat(f.where()).isEqualTo("DynamoDB qdn-subscriptions, e.g. s7, s9");
        // a year of the 4 past-due subscriptions at the 30 active ones' average price ($1,500 ÷ 30 = $50 a month)
        assertThat(f.impact()).isEqualTo("4 subscriptions past due ($2,400 a year at the average price); MRR now $1,500");
        assertThat(f.impactCents()).isEqualTo(240_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cfo", "cmo", "accounting");
    }

    @Test
    void should_not_raise_a_renewal_finding_at_or_below_the_alarm_percent() {
        assertThat(find(profile("quickdumpnow", "QuickDumpNow", "subscription"),
                subscribed("quickdumpnow", subscriptions(10, 2)))).isEmpty();
        assertThat(find(profile("quickdumpnow", "QuickDumpNow", "subscription"),
                subscribed("quickdumpnow", subscriptions(0, 0)))).isEmpty();
    }

    // ---------------------------------------------------------------- sites

    @Test
    void should_raise_a_medium_finding_for_a_site_without_analytics() {
        SiteFacts site = site(4, 0, 1, List.of(), true, true, List.of(), List.of());

        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"), sited("jada", site));

        PortfolioFinding f = only(found, "no-analytics.jada");
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.title()).isEqualTo(
                "Site has no analytics tag on any of its 4 pages: visits and conversions are unmeasured");
        assertThat(f.where()).isEqualTo("s3://jada-site (4 HTML pages)");
        assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cto", "cmo");
    }

    @Test
    void should_not_raise_an_analytics_finding_for_a_site_with_no_pages_or_with_a_tag() {
        assertThat(find(profile("jada", "JADA", "bookings"),
                sited("jada", site(0, 0, 0, List.of(), true, true, List.of(), List.of())))).isEmpty();
        assertThat(find(profile("jada", "JADA", "bookings"),
                sited("jada", site(4, 1, 1, List.of(), true, true, List.of(), List.of())))).isEmpty();
    }

    @Test
    void should_raise_a_calendar_finding_only_for_a_booking_site_without_a_calendar() {
        SiteFacts noCalendar = site(4, 4, 0, List.of(), true, true, List.of(), List.of());

        PortfolioFinding f = only(find(profile("jada", "JADA", "bookings"), sited("jada", noCalendar)), "no-calendar.jada");
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.title()).isEqualTo("Booking site has no availability calendar: customers must call or email to find a date");
        assertThat(f.roles()).containsExactlyInAnyOrder("cto", "cmo");

        assertThat(find(profile("rental", "Rental", "rental"), sited("rental", noCalendar))).isEmpty();
        assertThat(find(profile("expert", "Expert", "logistics"), sited("expert", noCalendar))).isEmpty();
    }

    @Test
    void should_raise_a_low_finding_for_stale_copy_naming_the_oldest_page() {
        SiteFacts stale = site(4, 4, 1, List.of(new StalePage("index.html", "2024-06-01", 905),
                new StalePage("about.html", "2024-03-12", 986)), true, true, List.of(), List.of());

        PortfolioFinding f = only(find(profile("jada", "JADA", "bookings"), sited("jada", stale)), "stale-copy.jada");

        assertThat(f.severity()).isEqualTo("low");
        assertThat(f.title()).isEqualTo("2 marketing pages not updated for over 365 days (oldest: about.html, 2024-03-12)");
        assertThat(f.where()).isEqualTo("s3://jada-site/index.html, about.html");
        assertThat(f.roles()).containsExactlyInAnyOrder("cto", "cmo");
    }

    @Test
    void should_list_every_missing_seo_basic_in_one_finding() {
        SiteFacts weak = site(4, 4, 1, List.of(), false, false, List.of("about.html"), List.of("about.html", "contact.html"));

        PortfolioFinding f = only(find(profile("jada", "JADA", "bookings"), sited("jada", weak)), "seo-basics.jada");

        assertThat(f.severity()).isEqualTo("low");
        assertThat(f.title()).isEqualTo(
                "SEO basics missing: no sitemap.xml, no robots.txt, 2 pages without meta description, 1 page without title");
        assertThat(f.where()).isEqualTo("s3://jada-site");
        assertThat(f.roles()).containsExactly("cmo");
    }

    @Test
    void should_raise_no_site_finding_for_a_complete_site() {
        SiteFacts good = site(4, 4, 1, List.of(), true, true, List.of(), List.of());

        assertThat(find(profile("jada", "JADA", "bookings"), sited("jada", good))).isEmpty();
    }

    // ---------------------------------------------------------------- order

    @Test
    void should_order_findings_by_risk_score_then_severity_and_id() {
        SiteFacts weak = site(4, 0, 0, List.of(new StalePage("about.html", "2024-03-12", 986)), false, true,
                List.of(), List.of());

        List<PortfolioFinding> found = find(profile("jada", "JADA", "bookings"),
                booked("jada", bookings("jada-bookings", 1_000_000, 3, 123_450, 0)),
                sited("jada", weak),
                Facts.failed(RUN.runId(), "expert", "jobs", "ddb-bookings", "expert-jobs", "ResourceNotFoundException"));

        // money at stake puts the uninvoiced bookings first; the funnel may live outside the table, so it weighs less
        assertThat(ids(found)).containsExactly("no-invoice.jada", "source-gap.expert.jobs", "empty-funnel.jada",
                "no-analytics.jada", "no-calendar.jada", "seo-basics.jada", "stale-copy.jada");
    }

    // ---------------------------------------------------------------- helpers

    private List<PortfolioFinding> find(Facts... sources) {
        List<Facts> sorted = new ArrayList<>(Arrays.asList(sources));
        return findings.find(new PortfolioSnapshot(RUN, sorted));
    }

    private static PortfolioFinding only(List<PortfolioFinding> found, String id) {
        Optional<PortfolioFinding> f = found.stream().filter(x -> x.id().equals(id)).findFirst();
        assertThat(f).as("finding " + id + " in " + ids(found)).isPresent();
        assertThat(ids(found)).as("findings").containsOnlyOnce(id);
        return f.orElseThrow();
    }

    private static List<String> ids(List<PortfolioFinding> found) {
        return found.stream().map(PortfolioFinding::id).toList();
    }

    private static Facts profile(String domain, String name, String kind) {
        return Facts.read(RUN.runId(), domain, "profile", "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(name, kind, "Owner"), List.of(), 0);
    }

    private static Facts booked(String domain, BookingFacts data) {
        return Facts.read(RUN.runId(), domain, "bookings", "ddb-bookings", data.table(), data, List.of(), 0);
    }

    private static Facts subscribed(String domain, SubscriptionFacts data) {
        return Facts.read(RUN.runId(), domain, "subscriptions", "ddb-subscriptions", data.table(), data, List.of(), 0);
    }

    private static Facts sited(String domain, SiteFacts data) {
        return Facts.read(RUN.runId(), domain, "site", "s3-site", data.bucket(), data, List.of(), 0);
    }

    /** Bookings with $4,500 taken in the last 30 days; the sample names the first uninvoiced ids b1, b2, ... */
    private static BookingFacts bookings(String table, long revenue, long withoutInvoice, long withoutInvoiceCents,
                                         long openLeads) {
        List<String> sample = new ArrayList<>();
        for (int i = 1; i <= Math.min(5, withoutInvoice); i++) {
            sample.add("b" + i);
        }
        return new BookingFacts(table, 20, 10, revenue, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), 0, 0, withoutInvoice, withoutInvoiceCents, sample, openLeads, openLeads * 50_000,
                revenue, 0, 450_000, 400_000);
    }

    private static SubscriptionFacts subscriptions(long attempted, long failed) {
        TreeMap<String, Long> byStatus = new TreeMap<>();
        byStatus.put("active", 30L);
        byStatus.put("past_due", 4L);
        return new SubscriptionFacts("qdn-subscriptions", 34, byStatus, 30, 150_000, attempted, failed,
                failed == 0 ? List.of() : List.of("s7", "s9"), new TreeMap<>());
    }

    private static SiteFacts site(long pages, long withAnalytics, long withCalendar, List<StalePage> stale,
                                  boolean sitemap, boolean robots, List<String> noTitle, List<String> noDescription) {
        return new SiteFacts("jada-site", pages + 2, 40_000, pages, withAnalytics,
                withAnalytics > 0 ? List.of("GA4") : List.of(), withCalendar, stale, "2026-10-02", noTitle, noDescription,
                sitemap, robots);
    }
}
