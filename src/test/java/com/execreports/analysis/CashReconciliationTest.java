package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CashReconciliationTest {

    @Test
    void should_set_opening_plus_collected_minus_recorded_expenses_against_the_closing_balance() {
        CashReconciliation jada = CashReconciliation.byBusiness(FinanceSnapshots.portfolioWithBalances()).get(0);

        assertThat(jada.name()).isEqualTo("JADA (yacht charters)");
        assertThat(jada.months()).containsExactly("2026-08", "2026-09", "2026-10");
        assertThat(jada.openingMonth()).isEqualTo("2026-07");
        assertThat(jada.openingCents()).isEqualTo(16_000_000);
        assertThat(jada.collectedCents()).isEqualTo(580_000);
        assertThat(jada.recordedOutCents()).isEqualTo(4_000_000);
        assertThat(jada.closingCents()).isEqualTo(10_000_000);
        assertThat(jada.impliedOutCents()).isEqualTo(6_580_000);
        assertThat(jada.unexplainedCents()).isEqualTo(2_580_000);
        assertThat(jada.coverage()).isEqualTo("61%");
        assertThat(jada.expensesIncomplete()).isTrue();
    }

    @Test
    void should_leave_out_a_business_whose_cash_in_is_not_on_file() {
        // QuickDumpNow has balances but no paid invoice: its cash cannot be reconciled, and it is named instead
        assertThat(CashReconciliation.byBusiness(FinanceSnapshots.portfolioWithBalances())).extracting(CashReconciliation::name)
                .containsExactly("JADA (yacht charters)");
        assertThat(CashFlow.leftOut(FinanceSnapshots.portfolioWithBalances())).containsExactly("QuickDumpNow");
    }

    @Test
    void should_take_a_missing_opening_balance_as_zero_from_the_first_month_on_file_so_the_gap_is_a_lower_bound() {
        // one balance: JADA $100,000 at 2026-10-31; collections and expenses on file from 2026-08
        CashReconciliation jada = CashReconciliation.byBusiness(FinanceSnapshots.portfolio()).get(0);

        assertThat(jada.openingOnFile()).isFalse();
        assertThat(jada.openingCents()).isZero();
        assertThat(jada.months()).containsExactly("2026-08", "2026-09", "2026-10");
        // $5,800 collected cannot have paid $40,000 of expenses and left $100,000: more is recorded than cash implies
        assertThat(jada.unexplainedCents()).isEqualTo(580_000 - 10_000_000 - 4_000_000);
        assertThat(jada.coverage()).isEqualTo("100%");
        assertThat(jada.expensesIncomplete()).isFalse();
    }

    @Test
    void should_count_every_recorded_expense_as_covering_when_the_cash_implies_nothing_went_out() {
        CashReconciliation r = new CashReconciliation("X", List.of("2026-10"), "2026-09", 100, true, "2026-10", 100, 0, 0);

        assertThat(r.coverage()).isEqualTo("100%");
        assertThat(r.expensesIncomplete()).isFalse();
    }
}
