package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.SourceLine;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SiteFacts;

import org.junit.jupiter.api.Test;

class ReportBookTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final ReportSettings SETTINGS = new ReportSettings("Test portfolio", 365, 20, 10);

    private final ReportBook book = new ReportBook(SETTINGS);

    @Test
    void should_write_the_five_reports_in_delivery_order() {
        List<Report> reports = book.write(degradedSnapshot());

        assertThat(reports).extracting(Report::role).containsExactly("ceo", "cto", "cfo", "cmo", "accounting");
        assertThat(reports).extracting(Report::title)
                .containsExactly("CEO report", "CTO report", "CFO report", "CMO report", "Accounting report");
    }

    @Test
    void should_head_every_report_with_portfolio_period_and_time_of_the_figures() {
        for (Report r : book.write(degradedSnapshot())) {
            assertThat(r.portfolio()).isEqualTo("Test portfolio");
            assertThat(r.period()).isEqualTo("2026-W48");
            assertThat(r.asOf()).isEqualTo("Mon 23 Nov 2026 07:00 -08:00");
        }
    }

    @Test
    void should_give_every_report_three_to_five_summary_sentences() {
        for (Report r : book.write(degradedSnapshot())) {
            assertThat(r.summary()).as(r.role() + " summary").hasSizeBetween(3, 5);
        }
        for (Report r : book.write(completeSnapshot())) {
            assertThat(r.summary()).as(r.role() + " summary").hasSizeBetween(3, 5);
        }
    }

    @Test
    void should_read_not_invoiced_the_same_in_ceo_cfo_and_accounting_kpis() {
        List<Report> reports = book.write(degradedSnapshot());

        for (int report : new int[] {0, 2, 4}) {
            assertThat(kpi(reports.get(report), "Not invoiced").value()).isEqualTo("$1,235");
        }
        assertThat(kpi(reports.get(4), "Not invoiced").note()).isEqualTo("3 earned bookings");
    }

    @Test
    void should_word_a_shared_finding_identically_in_every_report_it_appears_in() {
        List<Report> reports = book.write(degradedSnapshot());
        String title = "3 earned bookings worth $1,235 are not invoiced (15% of earned)";

        for (int i : new int[] {0, 2, 4}) {
            assertThat(reports.get(i).findings()).as(reports.get(i).role())
                    .anySatisfy(f -> {
                        assertThat(f.id()).isEqualTo("no-invoice.jada");
                        assertThat(f.title()).isEqualTo(title);
                        assertThat(f.severity()).isEqualTo("high");
                    });
        }
        assertThat(reports.get(1).findings()).noneMatch(f -> f.id().equals("no-invoice.jada"));
        assertThat(reports.get(3).findings()).noneMatch(f -> f.id().equals("no-invoice.jada"));
    }

    @Test
    void should_mark_every_report_degraded_when_a_source_failed() {
        for (Report r : book.write(degradedSnapshot())) {
            assertThat(r.degraded()).isTrue();
            assertThat(r.subject()).endsWith("(data incomplete)");
        }
        assertThat(book.write(degradedSnapshot()).get(0).subject())
                .isEqualTo("CEO · bookings 30d $4.5k (+13%) · 2 findings · Test portfolio 2026-W48 (data incomplete)");
    }

    @Test
    void should_name_the_failed_source_in_the_completeness_sentence() {
        for (Report r : book.write(degradedSnapshot())) {
            assertThat(r.summary()).as(r.role()).contains(
                    "1 of 5 data sources could not be read (quickdumpnow/subscriptions); their figures are missing below.");
        }
    }

    @Test
    void should_not_say_read_completely_when_a_source_left_unreadable_items_out() {
        PortfolioSnapshot complete = completeSnapshot();
        List<Facts> sources = new ArrayList<>(complete.sources());
        Facts bookings = sources.stream().filter(f -> f.name().equals("jada/bookings")).findFirst().orElseThrow();
        sources.set(sources.indexOf(bookings), Facts.read(bookings.runId(), bookings.domain(), bookings.source(), bookings.kind(),
                bookings.resource(), bookings.data(), List.of(), 2));
        Report ceo = book.write(new PortfolioSnapshot(complete.run(), sources)).get(0);

        assertThat(ceo.summary()).last().isEqualTo(
                "All 3 data sources were read for this report, 1 of them partly (2 unreadable items left out: jada/bookings).");
        assertThat(kpi(ceo, "Data sources read").value()).isEqualTo("3 of 3 (1 partly)");
    }

    @Test
    void should_list_every_source_in_the_completeness_table() {
        Report ceo = book.write(degradedSnapshot()).get(0);

        assertThat(ceo.completeness()).containsExactly(
                new SourceLine("jada/bookings", "jada-bookings", "ok", "read completely"),
                new SourceLine("jada/profile", "routes/domains/jada.yaml", "ok", "read completely"),
                new SourceLine("jada/site", "jada-site", "ok", "read completely"),
                new SourceLine("quickdumpnow/profile", "routes/domains/quickdumpnow.yaml", "ok", "read completely"),
                new SourceLine("quickdumpnow/subscriptions", "qdn-subscriptions", "failed",
                        "ResourceNotFoundException: Requested resource not found (HTTP 400)"));
    }

    @Test
    void should_lead_the_ceo_summary_with_the_last_30_days_of_bookings() {
        Report ceo = book.write(completeSnapshot()).get(0);

        assertThat(ceo.summary().get(0)).isEqualTo(
                "Bookings worth $4,500 were taken by the one business in the last 30 days (+13% on the 30 days before).");
        assertThat(kpi(ceo, "Bookings taken, last 30 days").value()).isEqualTo("$4,500");
        assertThat(kpi(ceo, "Bookings taken, last 30 days").change()).isEqualTo("+13%");
    }

    @Test
    void should_not_mark_a_report_degraded_when_every_source_was_read() {
        List<Report> reports = book.write(completeSnapshot());

        for (Report r : reports) {
            assertThat(r.degraded()).isFalse();
            assertThat(r.subject()).doesNotContain("data incomplete");
            assertThat(r.summary()).last().isEqualTo("All 3 data sources were read completely for this report.");
        }
        assertThat(reports.get(0).subject()).isEqualTo("CEO · bookings 30d $4.5k (+13%) · 1 finding · Test portfolio 2026-W48");
        assertThat(kpi(reports.get(0), "Data sources read").value()).isEqualTo("3 of 3");
    }

    // ---------------------------------------------------------------- helpers

    private static Kpi kpi(Report report, String name) {
        return report.kpis().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no KPI '" + name + "' in the " + report.role() + " report: " + report.kpis()));
    }

    /** JADA read completely, QuickDumpNow's subscriptions failed. */
    private static PortfolioSnapshot degradedSnapshot() {
        return new PortfolioSnapshot(RUN, List.of(
                booked(),
                profile("jada", "JADA (yacht charters)", "bookings"),
                site(),
                profile("quickdumpnow", "QuickDumpNow", "subscription"),
                Facts.failed(RUN.runId(), "quickdumpnow", "subscriptions", "ddb-subscriptions", "qdn-subscriptions",
                        "ResourceNotFoundException: Requested resource not found (HTTP 400)")));
    }

    private static PortfolioSnapshot completeSnapshot() {
        return new PortfolioSnapshot(RUN, List.of(booked(), profile("jada", "JADA (yacht charters)", "bookings"), site()));
    }

    private static Facts profile(String domain, String name, String kind) {
        return Facts.read(RUN.runId(), domain, "profile", "business", "routes/domains/" + domain + ".yaml",
                new BusinessProfile(name, kind, "Owner"), List.of(), 0);
    }

    /** $10,000 revenue, 3 bookings worth $1,234.50 without invoice, $4,500 in the last 30 days against $4,000. */
    private static Facts booked() {
        TreeMap<String, Long> revenueByMonth = new TreeMap<>();
        revenueByMonth.put("2026-10", 600_000L);
        revenueByMonth.put("2026-11", 400_000L);
        TreeMap<String, Long> bookingsByMonth = new TreeMap<>();
        bookingsByMonth.put("2026-10", 6L);
        bookingsByMonth.put("2026-11", 4L);
        TreeMap<String, Long> byStatus = new TreeMap<>();
        byStatus.put("confirmed", 10L);
        byStatus.put("lead", 2L);
        TreeMap<String, Long> byChannel = new TreeMap<>();
        byChannel.put("direct", 10L);
        TreeMap<String, Long> revenueByChannel = new TreeMap<>();
        revenueByChannel.put("direct", 1_000_000L);
        BookingFacts data = new BookingFacts("jada-bookings", 12, 10, 1_000_000, revenueByMonth, bookingsByMonth, byStatus,
                byChannel, revenueByChannel, 0, 0, 3, 123_450, List.of("b1", "b2", "b3"), 2, 500_000, 800_000, 200_000,
                450_000, 400_000);
        return Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", data, List.of(), 0);
    }

    private static Facts site() {
        SiteFacts data = new SiteFacts("jada-site", 6, 40_000, 4, 4, List.of("GA4"), 1, List.of(), "2026-10-02", List.of(),
                List.of(), true, true);
        return Facts.read(RUN.runId(), "jada", "site", "s3-site", "jada-site", data, List.of(), 0);
    }
}
