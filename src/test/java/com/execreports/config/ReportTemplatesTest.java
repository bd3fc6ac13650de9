package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.File;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report;
import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.Report.FindingLine;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.Report.SourceLine;

import freemarker.template.Configuration;

import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String FINDING_TITLE = "Checkout shows " + SCRIPT + " to visitors";
    private static final String GROUPED = "No analytics tag — 8 pages across 2 businesses: JADA: s3://jada-site, 4 pages (new); "
            + "QSD: s3://qsd-site, 4 pages";

    @Test
    void should_escape_markup_from_the_data_in_the_html_part() throws Exception {
        String html = render("ceo.html.ftl", report(false));

        assertThat(html).contains("Checkout shows " + ESCAPED + " to visitors");
        assertThat(html).contains("<td valign=\"top\" style=\"");
        assertThat(html).contains(ESCAPED + "</td>");
        assertThat(html).doesNotContain("<script>").doesNotContain("<script");
    }

    @Test
    void should_keep_the_data_literal_in_the_text_part() throws Exception {
        String text = render("ceo.txt.ftl", report(false));

        assertThat(text.replaceAll("\\s+", " ")).contains(FINDING_TITLE);
        assertThat(text).contains("JADA     | " + SCRIPT);
        assertThat(text).doesNotContain("&lt;");
    }

    @Test
    void should_show_the_kpi_values_and_the_finding_title_in_both_parts() throws Exception {
        String html = render("ceo.html.ftl", report(false));
        String text = render("ceo.txt.ftl", report(false));

        for (String part : List.of(html, text)) {
            assertThat(part).contains("$1,235", "$4,500", "+13%", "Revenue with no invoice", "Bookings taken, last 30 days");
            assertThat(part).contains("CEO report", "Test portfolio", "2026-W48", "Mon 23 Nov 2026 07:00 -08:00");
            assertThat(part).contains("Invoice every booking");
            assertThat(part).doesNotContain("no-invoice.jada");
        }
        // findings carry the run's shared ids; actions name the ids they resolve, their owner, due date and status
        assertThat(text).contains("1. Invoice every booking (impact: critical ($1,235 at stake), effort: a day;\n   resolves: "
                + "F-JADA-NO-INVOICE)\n   Owner: Jordan Alvarez (domain file; org register agrees) · due Mon 30 Nov ·\n   open 2 weeks "
                + "(since 2026-W47)\n");
        assertThat(html).contains("Resolves: <b>F-JADA-NO-INVOICE</b>")
                .contains("Owner: <b>Jordan Alvarez (domain file; org register agrees)</b> · due Mon 30 Nov · <b>open 2 weeks (since 2026-W47)</b>");
        // the action done since last week is listed once, with its owner and the finding it resolved
        assertThat(text).contains("Done since the last report (1):\n  - Refresh stale copy (owner: Marco Reyes (org register: "
                + "Partner); resolved:\n    F-JADA-STALE-COPY)\n");
        assertThat(html).contains("Done since the last report (1)</p>")
                .contains("Refresh stale copy — owner Marco Reyes (org register: Partner); resolved <b>F-JADA-STALE-COPY</b>");
        assertThat(html).contains("Checkout shows " + ESCAPED + " to visitors");
        assertThat(text).contains("[HIGH] F-JADA-XSS (new) JADA — Checkout shows <script>alert(1)</script> to\n"
                + "                        visitors\n");
        // a long id leaves the title its width: the continuation is indented two spaces
        assertThat(text).contains("[MEDIUM] F-JADA-NO-INVOICE (still open) JADA — 3 bookings worth $1,235 have no\n  invoice\n");
        assertThat(text).contains("Also open (3):\n  - F-JADA-SEO LOW JADA — SEO basics missing (new)\n"
                + "  - F-JADA-NO-ANALYTICS, F-QSD-NO-ANALYTICS LOW No analytics tag — 8 pages\n"
                + "    across 2 businesses: JADA: s3://jada-site, 4 pages (new); QSD:\n    s3://qsd-site, 4 pages\n");
        assertThat(html).contains("Also open (3)").contains("<b>F-JADA-NO-ANALYTICS, F-QSD-NO-ANALYTICS</b> LOW · " + GROUPED + "</div>");
        assertThat(text).contains("Resolved since the last report (1):\n  - F-JADA-STALE-COPY JADA — Stale copy\n");
        assertThat(html).contains("Resolved since the last report (1)").contains("(still open)");
        assertThat(text).contains("Revenue with no invoice:      $1,235 (no previous period) — all history");
    }

    @Test
    void should_list_every_finding_as_open_when_a_brief_details_none_of_them() throws Exception {
        Report all = report(false);
        // a brief short of words keeps its tables and shows every finding in a short line, none in detail
        Report lines = new Report(all.role(), all.title(), all.portfolio(), all.period(), all.asOf(), all.completeness(), false,
                all.summary(), all.kpis(), List.of(), all.minorFindings(), List.of(), all.actions(), all.sections());

        String text = render("ceo.txt.ftl", lines);
        String html = render("ceo.html.ftl", lines);

        assertThat(text).contains("Findings\n--------\nOpen (3):\n  - F-SEO-JADA LOW JADA — SEO basics missing (new)\n")
                .doesNotContain("No findings this period").doesNotContain("Also open");
        assertThat(html).contains(">Open (3)</p>").doesNotContain("No findings this period").doesNotContain("Also open");
    }

    @Test
    void should_show_the_incomplete_data_banner_in_both_parts_of_a_degraded_report() throws Exception {
        String html = render("ceo.html.ftl", report(true));
        String text = render("ceo.txt.ftl", report(true));

        assertThat(html).contains("Data incomplete");
        assertThat(html).contains("These sources failed or timed out; their figures are missing from this report:");
        assertThat(html).contains("<b>quickdumpnow/subscriptions</b>");
        assertThat(html).contains("(data incomplete)</title>");
        assertThat(text).contains("!! DATA INCOMPLETE: These sources failed or timed out; their figures are\n"
                + "!! missing from this report:\n");
        assertThat(text).contains("!!   - quickdumpnow/subscriptions (qdn-subscriptions): failed —\n"
                + "!!     ResourceNotFoundException: Requested resource not found (HTTP 400)\n");
    }

    @Test
    void should_show_no_banner_when_every_source_was_read() throws Exception {
        String html = render("ceo.html.ftl", report(false));
        String text = render("ceo.txt.ftl", report(false));

        assertThat(html).doesNotContain("Data incomplete").doesNotContain("data incomplete");
        assertThat(text).doesNotContain("DATA INCOMPLETE");
    }

    @Test
    void should_keep_figures_marked_incomplete_right_aligned_with_their_digits_under_the_others() throws Exception {
        Report marked = withSections(report(false), new Section("Monthly burn and runway",
                "Figures marked * are incomplete: 1 unreadable expense is left out.",
                List.of("Month", "Expenses", "Net burn"),
                List.of(List.of("2026-05", "$19,347*", "-$658,573*"), List.of("2026-06", "$17,549", "-$664,759"))));

        String text = render("ceo.txt.ftl", marked);
        String html = render("ceo.html.ftl", marked);

        assertThat(text).contains("Month   | Expenses |   Net burn\n"
                + "--------+----------+-----------\n"
                + "2026-05 | $19,347* | -$658,573*\n"
                + "2026-06 | $17,549  | -$664,759\n");
        assertThat(html).containsPattern("<td valign=\"top\" align=\"right\"[^>]*>\\$19,347\\*</td>");
    }

    @Test
    void should_lay_a_table_of_more_than_four_columns_out_as_one_card_per_row_for_a_phone() throws Exception {
        Report wide = withSections(report(false), new Section("Asset inventory", null,
                List.of("Business", "Tables", "Buckets", "Functions", "CDN"),
                List.of(List.of("JADA (yacht charters)", "jada-bookings", "jada-site", "", "0"))),
                new Section("Revenue by month", null, List.of("Month", "Booked", "Earned", "Paid"),
                        List.of(List.of("2026-10", "$292,919", "$280,000", "$250,000"))));

        String html = render("ceo.html.ftl", wide);

        // the wide table: the first cell heads the card, each other non-blank cell a "Column: value" pair
        assertThat(html).doesNotContain(">Functions</th>", ">Functions:")
                .containsPattern(">JADA \\(yacht charters\\)</div>\\s*<div[^>]*><span[^>]*><span[^>]*>Tables:</span> jada-bookings</span> &middot; "
                        + "<span[^>]*><span[^>]*>Buckets:</span> jada-site</span> &middot; <span[^>]*><span[^>]*>CDN:</span> 0</span></div>");
        // four columns stay a table, with fixed column shares so no cell can widen it
        assertThat(html).contains(">Paid</th>", "<col width=\"31%\" style=\"width:31%;\">").containsPattern("table-layout:fixed;");
    }

    @Test
    void should_refuse_a_directory_that_does_not_exist_naming_the_property() {
        assertThatIOException()
                .isThrownBy(() -> ReportTemplates.from(new File("no-such-templates-dir")))
                .withMessageContaining("templates directory not found")
                .withMessageContaining("templates.dir");
    }

    // ---------------------------------------------------------------- helpers

    private static String render(String template, Report report) throws Exception {
        Configuration cfg = ReportTemplates.from(new File("templates"));
        StringWriter out = new StringWriter();
        cfg.getTemplate(template).process(Map.of("body", report), out);
        return out.toString();
    }

    private static Report withSections(Report r, Section... sections) {
        return new Report(r.role(), r.title(), r.portfolio(), r.period(), r.asOf(), r.completeness(), r.degraded(), r.summary(), r.kpis(),
                r.findings(), r.minorFindings(), r.resolved(), r.actions(), List.of(sections));
    }

    private static Report report(boolean degraded) {
        List<SourceLine> completeness = degraded
                ? List.of(new SourceLine("jada/bookings", "jada-bookings", "ok", "read completely"),
                        new SourceLine("quickdumpnow/subscriptions", "qdn-subscriptions", "failed",
                                "ResourceNotFoundException: Requested resource not found (HTTP 400)"))
                : List.of(new SourceLine("jada/bookings", "jada-bookings", "ok", "read completely"));
        return new Report("ceo", "CEO report", "Test portfolio", "2026-W48", "Mon 23 Nov 2026 07:00 -08:00", completeness,
                degraded,
                List.of("Bookings worth $4,500 were taken across 1 businesses in the last 30 days.",
                        "Worst risk: JADA — checkout is broken.", "All 1 data sources were read for this report."),
                List.of(new Kpi("Bookings taken, last 30 days", "$4,500", "+13%", "vs the 30 days before"),
                        new Kpi("Revenue with no invoice", "$1,235", "no previous period", "all history")),
                List.of(new Finding("xss.jada", "high", "JADA", FINDING_TITLE, "s3://jada-site/index.html", "lost bookings", "new"),
                        new Finding("no-invoice.jada", "medium", "JADA", "3 bookings worth $1,235 have no invoice",
                                "DynamoDB jada-bookings, e.g. b1", "$1,235 at stake", "still open")),
                List.of(new FindingLine("low", "JADA — SEO basics missing", "new", List.of("seo.jada")),
                        new FindingLine("low", GROUPED, "", List.of("no-analytics.jada", "no-analytics.qsd"))),
                List.of(new Finding("stale-copy.jada", "low", "JADA", "Stale copy", "s3://jada-site", "old offers", "resolved")),
                List.of(new Action(1, "Invoice every booking", "critical ($1,235 at stake)", "a day", List.of("no-invoice.jada"),
                        "Jordan Alvarez (domain file; org register agrees)", "due Mon 30 Nov", "open 2 weeks (since 2026-W47)")),
                List.of(new Section("Asset inventory", "What each business runs on.", List.of("Business", "Kind"),
                        List.of(List.of("JADA", SCRIPT)))))
                .withTracking(new Report.Tracking(java.util.Map.of("xss.jada", "F-JADA-XSS", "no-invoice.jada", "F-JADA-NO-INVOICE",
                        "seo.jada", "F-JADA-SEO", "no-analytics.jada", "F-JADA-NO-ANALYTICS", "no-analytics.qsd", "F-QSD-NO-ANALYTICS",
                        "stale-copy.jada", "F-JADA-STALE-COPY"),
                        List.of(new Action(0, "Refresh stale copy", "", "", List.of("stale-copy.jada"), "Marco Reyes (org register: Partner)",
                                "", "done")), ""));
    }
}
