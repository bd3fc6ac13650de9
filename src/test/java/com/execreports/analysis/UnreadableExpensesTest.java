package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class UnreadableExpensesTest {

    private static final String RENTAL = "rental-3028-51st";

    @Test
    void should_mark_only_the_figures_of_a_month_and_business_an_unreadable_row_may_belong_to() {
        UnreadableExpenses unreadable = new UnreadableExpenses(FinanceSnapshots.snapshot(UnreadableFindingsTest.demoLedger()));

        assertThat(unreadable.rows(RENTAL, List.of("2026-05"))).isEqualTo(1);
        assertThat(unreadable.rows(RENTAL, List.of("2026-06"))).isZero();
        assertThat(unreadable.rows("jada", List.of("2026-05"))).isZero();
        assertThat(unreadable.rows(null, List.of("2025-12", "2026-05", "2026-06"))).isEqualTo(2);
        assertThat(unreadable.rows()).isEqualTo(2);
        assertThat(UnreadableExpenses.marked("89%", 1)).isEqualTo("89%*");
        assertThat(UnreadableExpenses.marked("90%", 0)).isEqualTo("90%");
    }

    @Test
    void should_say_what_the_mark_leaves_out_and_where_to_fix_it() {
        UnreadableExpenses unreadable = new UnreadableExpenses(FinanceSnapshots.snapshot(UnreadableFindingsTest.demoLedger()));
        String line109 = "portfolio-ledgers/expenses/expenses-2026.csv:109 amount '12,40O.00' is not a number — rental-3028-51st, "
                + "Cool Breeze HVAC, 2026-05-14";

        assertThat(unreadable.footnote(RENTAL, List.of("2026-05", "2026-06")))
                .isEqualTo(" Figures marked * are incomplete: 1 unreadable expense of 2026-05 is left out (" + line109 + ").");
        assertThat(unreadable.footnote()).isEqualTo(" Figures marked * are incomplete: 2 unreadable expenses of 2025-12 and 2026-05 "
                + "are left out (portfolio-ledgers/expenses/expenses-2025.csv:68 too few columns (5 of 8) — jada, West Marine, "
                + "2025-12-19; " + line109 + ").");
        assertThat(unreadable.footnote(RENTAL, List.of("2026-06"))).isEmpty();
    }

    @Test
    void should_count_a_row_of_no_business_or_date_against_every_figure_and_say_how_many_are_not_named() {
        TreeMap<String, java.util.SortedMap<String, Long>> rows = new TreeMap<>();
        rows.put(DataIssue.ANY_BUSINESS, new TreeMap<>(Map.of(DataIssue.ANY_MONTH, 1L)));
        rows.put(RENTAL, new TreeMap<>(Map.of("2026-05", 6L)));
        LedgerFacts ledger = new LedgerFacts("portfolio-ledgers", List.of(), 10, 7, rows, 0, new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, List.of());
        Facts facts = Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", ledger,
                List.of(new DataIssue("portfolio-ledgers/expenses/x.csv:2", "amount 'ten' is not a number — Somebody",
                        DataIssue.ANY_BUSINESS, DataIssue.ANY_MONTH)), 7);
        UnreadableExpenses unreadable = new UnreadableExpenses(new PortfolioSnapshot(FinanceSnapshots.RUN, List.of(facts)));

        assertThat(unreadable.rows("jada", List.of("2026-01"))).isEqualTo(1);
        assertThat(unreadable.footnote(RENTAL, List.of("2026-05"))).isEqualTo(" Figures marked * are incomplete: 7 unreadable "
                + "expenses of 2026-05 and an unknown month are left out (portfolio-ledgers/expenses/x.csv:2 amount 'ten' is not a "
                + "number — Somebody; 6 more not named here).");
    }
}
