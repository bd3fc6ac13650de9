package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Chart;
import com.execreports.analysis.Report.Detail;
import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.Report.FindingLine;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.Report.SourceLine;
import com.execreports.config.ReportTemplates;
import com.execreports.config.ReportTextPart;

import org.junit.jupiter.api.Test;

class ReadingBudgetTest {

    /** Briefs are measured on the text part the shipped templates render, as in the service. */
    private static final ReportTextPart TEXT = textPart();
    private static final ReadingBudget BUDGET = new ReadingBudget(1200, TEXT);

    @Test
    void should_count_the_tokens_a_reader_reads_not_table_rules() {
        assertThat(ReadingBudget.words("Revenue | $1,234 | -+- ---- F1 — (new)")).isEqualTo(4);
        assertThat(ReadingBudget.words("  ")).isZero();
        assertThat(ReadingBudget.words((String) null)).isZero();
    }

    @Test
    void should_send_a_report_within_the_budget_as_it_is() {
        Report small = report(4, List.of(table("Asset inventory", 5, false)));

        Report fitted = BUDGET.fit(small);

        assertThat(fitted).isSameAs(small);
        assertThat(fitted.full()).isNull();
        assertThat(fitted.leftOut()).isEmpty();
        assertThat(fitted.complete()).isTrue();
    }

    @Test
    void should_leave_the_largest_supporting_table_to_the_full_report_and_keep_the_essential_one() {
        Section essential = table("Asset inventory", 10, true);
        Section big = table("Lambda functions", 150, false);
        Section small = table("CloudFront distributions", 4, false);
        Report whole = report(8, List.of(essential, big, small));

        Report brief = BUDGET.fit(whole);

        assertThat(brief.sections()).extracting(Section::title).containsExactly("Asset inventory", "CloudFront distributions");
        assertThat(brief.leftOut()).containsExactly("Lambda functions (150 rows)");
        assertThat(brief.full()).isSameAs(whole);
        assertThat(brief.complete()).isFalse();
        assertThat(brief.findings()).hasSize(ReadingBudget.BRIEF_DETAILED);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
        assertThat(TEXT.applyAsInt(whole)).isGreaterThan(1200);
    }

    @Test
    void should_keep_a_left_tables_short_form_in_its_place_and_say_so() {
        Section essential = table("Asset inventory", 10, true);
        Section big = table("System gaps", 150, false);
        Section gaps = big.withShortForm(table("System gaps (in short)", 3, false));
        Section small = table("CloudFront distributions", 4, false);
        Report whole = report(8, List.of(essential, gaps, small));

        Report brief = BUDGET.fit(whole);

        assertThat(brief.sections()).extracting(Section::title)
                .containsExactly("Asset inventory", "System gaps (in short)", "CloudFront distributions");
        assertThat(brief.leftOut()).containsExactly("System gaps (150 rows; in short above)");
        assertThat(brief.full().sections()).extracting(Section::title)
                .containsExactly("Asset inventory", "System gaps", "CloudFront distributions");
    }

    @Test
    void should_keep_every_table_of_a_report_without_charts_when_the_brief_with_them_fits() {
        // no room is kept for charts the report does not have: the brief reads within 90 words of the budget
        Report whole = report("accounting", 8, List.of(table("Revenue recognition", 57, true), table("Cash vs accrual", 30, false),
                table("System gaps", 48, true)));

        Report brief = BUDGET.fit(whole);

        assertThat(whole.charts()).isEmpty();
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Revenue recognition", "System gaps");
        assertThat(brief.leftOut()).containsExactly("Cash vs accrual (30 rows)");
        assertThat(brief.findings()).hasSize(ReadingBudget.BRIEF_DETAILED);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200).isGreaterThan(1200 - 90);
    }

    @Test
    void should_count_the_descriptions_of_the_charts_attached_to_the_report() {
        Report whole = report("accounting", 8, List.of(table("Revenue recognition", 57, true), table("Cash vs accrual", 30, false),
                table("System gaps", 48, true)));
        Chart chart = new Chart("accounting-revenue@exec-reports", "Revenue booked by business and month", CHART);

        Report brief = BUDGET.fit(whole.withCharts(List.of(chart)));

        // the description is read in the text part, so the brief makes room for it: one finding fewer keeps its evidence
        assertThat(brief.charts()).containsExactly(chart);
        assertThat(TEXT.render(brief)).contains("Chart — Revenue booked by business and month: Revenue booked per month");
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Revenue recognition", "System gaps");
        assertThat(brief.findings()).hasSize(ReadingBudget.BRIEF_DETAILED - 1);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
    }

    @Test
    void should_leave_supporting_tables_then_findings_evidence_before_any_essential_table() {
        Report whole = report("cfo", 12, List.of(table("Revenue booked", 20, false), table("Monthly burn and runway", 56, true),
                table("Earned but not collected", 10, false), table("Expenses by category", 56, true)));

        Report brief = BUDGET.fit(whole);

        assertThat(brief.leftOut()).containsExactly("Revenue booked (20 rows)", "Earned but not collected (10 rows)");
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Monthly burn and runway", "Expenses by category");
        // fewer findings keep their evidence; every finding is still on the page, detailed or in a line
        assertThat(brief.findings()).hasSizeLessThan(ReadingBudget.BRIEF_DETAILED);
        assertThat(brief.findings().size() + brief.minorFindings().stream().mapToInt(l -> l.ids().size()).sum()).isEqualTo(12);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
    }

    @Test
    void should_leave_the_essential_table_the_role_needs_least_when_one_must_go_and_name_it() {
        // even with no finding detailed the three tables do not fit; leaving any one of them is enough
        Report whole = report("accounting", 12, List.of(table("Revenue recognition", 68, true), table("System gaps", 72, true),
                table("Next-quarter profitability roadmap", 68, true)));

        Report brief = BUDGET.fit(whole);

        // the last the report lists goes, not the largest
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Revenue recognition", "System gaps");
        // the actions go first, down to three; then the table, and the words it leaves free go back to the actions
        assertThat(brief.leftOut()).containsExactly("Next-quarter profitability roadmap (68 rows)", "Actions 8–10 (owners, due dates)");
        assertThat(TEXT.render(brief).replaceAll("\\s+", " ")).contains("In the full report")
                .contains("attached as accounting-full.txt").contains("Next-quarter profitability roadmap (68 rows), Actions 8–10 (owners, due dates).");
        // the words the table left free go back to the actions, then the findings' evidence
        assertThat(brief.actions()).hasSize(7);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
    }

    @Test
    void should_leave_the_fewest_essential_tables_even_when_that_is_a_more_needed_one() {
        Section essentialBig = table("KPIs not tracked today", 250, true);
        Section essentialSmall = table("Asset inventory", 6, true);
        Section supporting = table("Site audit", 8, false);
        Report whole = report(12, List.of(supporting, essentialBig, essentialSmall));

        Report brief = BUDGET.fit(whole);

        // leaving the inventory would not be enough, even with three actions: one table, the large one, goes
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Asset inventory");
        // named in the order the full report shows them
        assertThat(brief.leftOut()).containsExactly("Site audit (8 rows)", "KPIs not tracked today (250 rows)");
        assertThat(brief.findings()).hasSize(ReadingBudget.BRIEF_DETAILED);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
    }

    @Test
    void should_shorten_the_finding_lines_of_a_brief_to_headline_and_count() {
        Section big = table("Lambda functions", 150, false);
        Report whole = report(8, List.of(big));
        Report brief = BUDGET.fit(whole);

        assertThat(brief.minorFindings()).isNotEmpty().allSatisfy(l -> assertThat(l.text()).isEqualTo("Look-alike problem — 3 pages"));
        assertThat(whole.minorFindings()).allSatisfy(l -> assertThat(l.text()).startsWith("Look-alike problem — 3 pages: JADA"));
    }

    @Test
    void should_fit_a_portfolio_ten_times_the_demo_with_summary_findings_and_actions_kept() {
        List<Section> tables = IntStream.range(0, 12).mapToObj(i -> table("Table " + i, 100 + i, i % 3 == 0)).toList();
        Report whole = report(60, tables);

        Report brief = BUDGET.fit(whole);

        assertThat(TEXT.applyAsInt(whole)).isGreaterThan(5 * 1200);
        assertThat(TEXT.applyAsInt(brief)).isLessThanOrEqualTo(1200);
        assertThat(brief.summary()).isEqualTo(whole.summary());
        assertThat(brief.kpis()).isEqualTo(whole.kpis());
        assertThat(brief.actions()).isEqualTo(whole.actions());
        // every finding is still on the page: detailed or in a line
        assertThat(brief.findings().size() + brief.minorFindings().stream().mapToInt(l -> l.ids().size()).sum()).isEqualTo(60);
        // every supporting table goes, and the essential ones that do not fit
        assertThat(brief.leftOut()).hasSizeGreaterThan(8);
        assertThat(brief.sections()).allMatch(Section::essential);
    }

    @Test
    void should_list_fewer_actions_once_the_evidence_is_cut_and_before_an_essential_table_goes() {
        Report whole = report(30, List.of(table("Asset inventory", 10, true)));
        Report floor = new ReadingBudget(300, TEXT).fit(whole);
        int floorWords = TEXT.applyAsInt(floor);
        // the floor: one finding detailed, three actions, the table gone
        assertThat(floor.actions()).hasSize(ReadingBudget.FEWEST_ACTIONS);
        // the smallest budget that still lists all ten actions; a few words less and the last actions go, the essential table stays
        int budget = floorWords;
        while (new ReadingBudget(budget, TEXT).fit(whole).actions().size() < 10) {
            budget += 5;
        }
        Report fewer = new ReadingBudget(budget - 5, TEXT).fit(whole);

        assertThat(fewer.actions()).hasSizeBetween(ReadingBudget.FEWEST_ACTIONS, 9)
                .isEqualTo(whole.actions().subList(0, fewer.actions().size()));
        assertThat(fewer.findings()).hasSize(ReadingBudget.FEWEST_DETAILED);
        assertThat(fewer.sections()).extracting(Section::title).containsExactly("Asset inventory");
        int first = fewer.actions().size() + 1;
        assertThat(fewer.leftOut()).containsExactly((first == 10 ? "Action 10" : "Actions " + first + "–10") + " (owners, due dates)");
        assertThat(fewer.full().actions()).hasSize(10);
    }

    @Test
    void should_refuse_a_budget_too_small_for_the_parts_that_always_stay_naming_the_property() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReadingBudget(150, TEXT)).withMessageContaining("reports.max-words");
    }

    @Test
    void should_name_findings_by_their_shared_ids_in_the_order_shown_and_only_those_shown() {
        Report r = report(3, List.of()).withTracking(new Report.Tracking(java.util.Map.of("f0", "F-JADA-A", "f1", "F-JADA-B",
                "f2", "F-JADA-C", "gone", "F-GONE"), List.of(), ""));
        assertThat(r.ref("f0")).isEqualTo("F-JADA-A");
        assertThat(r.ref("f2")).isEqualTo("F-JADA-C");
        // an id the report does not show reads as nothing, even when the run knows it
        assertThat(r.ref("gone")).isEmpty();
        assertThat(r.ref("unknown")).isEmpty();
        assertThat(r.refs(List.of("f2", "f0", "f1"))).isEqualTo("F-JADA-A, F-JADA-B, F-JADA-C");
        assertThat(r.refs(List.of())).isEmpty();
        // a report built without the run's ids still names its findings by their subject
        assertThat(report(3, List.of()).ref("f1")).isEqualTo("F-F1");
    }

    @Test
    void should_join_ids_that_differ_only_in_their_business_into_one_token_where_the_first_stood() {
        Report r = report(4, List.of()).withTracking(new Report.Tracking(java.util.Map.of("f0", "F-JADA-NO-INVOICE", "f1",
                "F-CASH-UNEXPLAINED", "f2", "F-EYD-NO-INVOICE", "f3", "F-EYD-UNCOLLECTED"), List.of(), "", java.util.Set.of("JADA", "EYD")));

        assertThat(r.refs(List.of("f0", "f1", "f2", "f3"))).isEqualTo("F-JADA/EYD-NO-INVOICE, F-CASH-UNEXPLAINED, F-EYD-UNCOLLECTED");
        // each id alone is still itself
        assertThat(r.ref("f2")).isEqualTo("F-EYD-NO-INVOICE");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A CEO report with {@code findings} findings, every one detailed; a brief of it
     * details from six findings down to none, its other lines in the short form (as ReportFrame shapes them).
     */
    private static Report report(int findings, List<Section> sections) {
        return report("ceo", findings, sections);
    }

    private static Report report(String role, int findings, List<Section> sections) {
        List<Detail> briefDetail = new ArrayList<>();
        for (int limit = ReadingBudget.BRIEF_DETAILED; limit >= ReadingBudget.FEWEST_DETAILED; limit--) {
            Report brief = shaped(role, findings, Math.min(findings, limit), sections);
            briefDetail.add(new Detail(brief.findings(), brief.minorFindings()));
        }
        return shaped(role, findings, findings, sections).withBriefDetail(briefDetail);
    }

    private static Report shaped(String role, int all, int detailed, List<Section> sections) {
        List<Finding> shown = IntStream.range(0, detailed).mapToObj(i -> new Finding("f" + i, "high", "JADA (yacht charters)",
                "Something costly is wrong in the booking flow of this business number " + i,
                "DynamoDB jada-bookings, e.g. JADA-00002, JADA-00003, JADA-00009", "$1,000 of revenue at stake every month", "")).toList();
        List<FindingLine> lines = new ArrayList<>();
        for (int i = detailed; i < all; i += 3) {
            List<String> ids = IntStream.range(i, Math.min(i + 3, all)).mapToObj(n -> "f" + n).toList();
            lines.add(new FindingLine("medium", "Look-alike problem — 3 pages: JADA (yacht charters): s3://jada-site/a.html, b.html; "
                    + "Queen of San Diego: s3://queenofsandiego-site/index.html", "", ids, "Look-alike problem — 3 pages"));
        }
        List<Action> actions = IntStream.range(1, 11).mapToObj(i -> new Action(i, "Do the thing that resolves problem " + i + " for good",
                "high ($1,000 at stake)", "a day", List.of("f" + (i - 1)))).toList();
        return new Report(role, role.toUpperCase(java.util.Locale.ROOT) + " report", "Demo portfolio", "2026-W48", "Mon 23 Nov 2026 07:00 -08:00",
                List.of(new SourceLine("jada/bookings", "jada-bookings", "ok", "read completely")), false,
                List.of("Bookings worth $314,230 were taken across 5 businesses in the last 30 days.", "Worst risk: something."),
                List.of(new Report.Kpi("Bookings taken, last 30 days", "$314,230", "-6%", "vs the 30 days before")),
                shown, lines, List.of(), actions, sections);
    }

    /** The demo CEO's revenue chart, as its text part describes it (50 words). */
    private static final String CHART = "Revenue booked per month, all businesses: 2026-06 $657,963, 2026-07 $689,813, 2026-08 $709,545, "
            + "2026-09 $673,301, 2026-10 $292,919, 2026-11 $247,926 (2026-11 is month to date); 2026-10 by business: JADA (yacht "
            + "charters) $112,970, Expert Yacht Delivery $86,065, Queen of San Diego (sailing and events) $58,705, DangerousCentaur "
            + "(studio) $29,400, 3028 51st St Rental $5,779.";

    private static ReportTextPart textPart() {
        try {
            return new ReportTextPart(ReportTemplates.from(new File("templates")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Section table(String title, int rows, boolean essential) {
        List<List<String>> cells = IntStream.range(0, rows)
                .mapToObj(i -> List.of("JADA (yacht charters)", "2026-" + (i % 12 + 1), "$12,345", "$6,789")).toList();
        Section s = new Section(title, "What the numbers are, in one sentence.", List.of("Business", "Month", "Booked", "Earned"), cells);
        return essential ? s.asEssential() : s;
    }
}
