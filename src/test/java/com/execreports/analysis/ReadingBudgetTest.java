package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.Report.FindingLine;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.Report.SourceLine;

import org.junit.jupiter.api.Test;

class ReadingBudgetTest {

    private static final ReadingBudget BUDGET = new ReadingBudget(1200);

    @Test
    void should_count_the_tokens_a_reader_reads_not_table_rules() {
        assertThat(ReadingBudget.words("Revenue | $1,234 | -+- ---- F1 — (new)")).isEqualTo(4);
        assertThat(ReadingBudget.words("  ")).isZero();
        assertThat(ReadingBudget.words((String) null)).isZero();
    }

    @Test
    void should_send_a_report_within_the_budget_as_it_is() {
        Report small = report(4, List.of(table("Asset inventory", 5, false)));
        List<Integer> asked = new ArrayList<>();

        Report fitted = BUDGET.fit(small, n -> {
            asked.add(n);
            return small;
        });

        assertThat(fitted).isSameAs(small);
        assertThat(fitted.full()).isNull();
        assertThat(fitted.leftOut()).isEmpty();
        assertThat(fitted.complete()).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void should_leave_the_largest_supporting_table_to_the_full_report_and_keep_the_essential_one() {
        Section essential = table("Asset inventory", 10, true);
        Section big = table("Lambda functions", 150, false);
        Section small = table("CloudFront distributions", 4, false);
        Report whole = report(8, List.of(essential, big, small));
        List<Integer> asked = new ArrayList<>();

        Report brief = BUDGET.fit(whole, shape(whole, asked));

        assertThat(asked).containsExactly(ReadingBudget.BRIEF_DETAILED);
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Asset inventory", "CloudFront distributions");
        assertThat(brief.leftOut()).containsExactly("Lambda functions (150 rows)");
        assertThat(brief.full()).isSameAs(whole);
        assertThat(brief.complete()).isFalse();
        assertThat(brief.findings()).hasSize(ReadingBudget.BRIEF_DETAILED);
        assertThat(ReadingBudget.words(brief)).isLessThanOrEqualTo(1200);
        assertThat(ReadingBudget.words(whole)).isGreaterThan(1200);
    }

    @Test
    void should_detail_fewer_findings_then_leave_essential_tables_too_when_supporting_ones_are_not_enough() {
        Section essentialBig = table("KPIs not tracked today", 150, true);
        Section essentialSmall = table("Asset inventory", 6, true);
        Section supporting = table("Site audit", 8, false);
        Report whole = report(12, List.of(supporting, essentialBig, essentialSmall));
        List<Integer> asked = new ArrayList<>();

        Report brief = BUDGET.fit(whole, shape(whole, asked));

        assertThat(asked).containsExactly(ReadingBudget.BRIEF_DETAILED, ReadingBudget.FEWEST_DETAILED);
        assertThat(brief.findings()).hasSize(ReadingBudget.FEWEST_DETAILED);
        assertThat(brief.sections()).extracting(Section::title).containsExactly("Asset inventory");
        // named in the order the full report shows them
        assertThat(brief.leftOut()).containsExactly("Site audit (8 rows)", "KPIs not tracked today (150 rows)");
        assertThat(ReadingBudget.words(brief)).isLessThanOrEqualTo(1200);
    }

    @Test
    void should_shorten_the_finding_lines_of_a_brief_to_headline_and_count() {
        Section big = table("Lambda functions", 150, false);
        Report whole = report(8, List.of(big));
        Report brief = BUDGET.fit(whole, shape(whole, new ArrayList<>()));

        assertThat(brief.minorFindings()).isNotEmpty().allSatisfy(l -> assertThat(l.text()).isEqualTo("Look-alike problem — 3 pages"));
        assertThat(whole.minorFindings()).allSatisfy(l -> assertThat(l.text()).startsWith("Look-alike problem — 3 pages: JADA"));
    }

    @Test
    void should_fit_a_portfolio_ten_times_the_demo_with_summary_findings_and_actions_kept() {
        List<Section> tables = IntStream.range(0, 12).mapToObj(i -> table("Table " + i, 100 + i, i % 3 == 0)).toList();
        Report whole = report(60, tables);

        Report brief = BUDGET.fit(whole, shape(whole, new ArrayList<>()));

        assertThat(ReadingBudget.words(whole)).isGreaterThan(5 * 1200);
        assertThat(ReadingBudget.words(brief)).isLessThanOrEqualTo(1200);
        assertThat(brief.summary()).isEqualTo(whole.summary());
        assertThat(brief.kpis()).isEqualTo(whole.kpis());
        assertThat(brief.actions()).isEqualTo(whole.actions());
        // every finding is still on the page: detailed or in a line
        assertThat(brief.findings().size() + brief.minorFindings().stream().mapToInt(l -> l.ids().size()).sum()).isEqualTo(60);
        assertThat(brief.leftOut()).hasSize(12);
    }

    @Test
    void should_refuse_a_budget_too_small_for_the_parts_that_always_stay_naming_the_property() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReadingBudget(150)).withMessageContaining("reports.max-words");
    }

    @Test
    void should_number_findings_as_shown_and_join_runs_of_numbers_into_ranges() {
        Report r = report(3, List.of());
        // detailed f0..f2 are F1..F3; the lines hold the rest in order
        assertThat(r.ref("f0")).isEqualTo("F1");
        assertThat(r.ref("f2")).isEqualTo("F3");
        assertThat(r.ref("unknown")).isEmpty();
        assertThat(r.refs(List.of("f0", "f2", "f1"))).isEqualTo("F1–F3");
        assertThat(r.refs(List.of("f0", "f1"))).isEqualTo("F1, F2");
        assertThat(r.refs(List.of("f2", "f0"))).isEqualTo("F1, F3");
        assertThat(r.refs(List.of())).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** A report with {@code findings} findings: up to 12 detailed, the rest as look-alike lines of three. */
    private static Report report(int findings, List<Section> sections) {
        return shaped(findings, findings, sections, false);
    }

    private static IntFunction<Report> shape(Report whole, List<Integer> asked) {
        int all = whole.findings().size() + whole.minorFindings().stream().mapToInt(l -> l.ids().size()).sum();
        return n -> {
            asked.add(n);
            return shaped(all, Math.min(n, all), whole.sections(), true);
        };
    }

    private static Report shaped(int all, int detailed, List<Section> sections, boolean brief) {
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
        return new Report("ceo", "CEO report", "Demo portfolio", "2026-W48", "Mon 23 Nov 2026 07:00 -08:00",
                List.of(new SourceLine("jada/bookings", "jada-bookings", "ok", "read completely")), false,
                List.of("Bookings worth $314,230 were taken across 5 businesses in the last 30 days.", "Worst risk: something."),
                List.of(new Report.Kpi("Bookings taken, last 30 days", "$314,230", "-6%", "vs the 30 days before")),
                shown, lines, List.of(), actions, sections);
    }

    private static Section table(String title, int rows, boolean essential) {
        List<List<String>> cells = IntStream.range(0, rows)
                .mapToObj(i -> List.of("JADA (yacht charters)", "2026-" + (i % 12 + 1), "$12,345", "$6,789")).toList();
        Section s = new Section(title, "What the numbers are, in one sentence.", List.of("Business", "Month", "Booked", "Earned"), cells);
        return essential ? s.asEssential() : s;
    }
}
