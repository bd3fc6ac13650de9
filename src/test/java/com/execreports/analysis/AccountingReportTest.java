package com.execreports.analysis;

import static com.execreports.analysis.CfoReportTest.kpi;
import static com.execreports.analysis.CfoReportTest.section;
import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.SETTINGS;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

class AccountingReportTest {

    private final AccountingReport accounting = new AccountingReport(SETTINGS);

    // ---------------------------------------------------------------- cash vs accrual

    @Test
    void should_set_earned_revenue_against_invoiced_and_paid_cash_per_business() {
        Section cash = section(accounting.write(FinanceSnapshots.portfolio(), List.of()), "Cash vs accrual");

        // not invoiced is the glossary's (earned bookings with no invoice id), not earned − invoiced, which deposits distort
        assertThat(cash.columns()).containsExactly("Business", "Earned", "Invoiced", "Not invoiced", "Collected");
        assertThat(cash.rows()).containsExactly(
                List.of("JADA (yacht charters)", "$8,000", "$9,000", "$1,500", "$7,800"),
                List.of("All businesses", "$8,000", "$9,000", "$1,500", "$7,800"));
        assertThat(cash.note()).isEqualTo("Earned revenue (accrual) against invoiced and collected (cash; " + "1 paid invoice undated), "
                + "per business. Portfolio-wide: $1,200 invoiced is open (unpaid); $200 earned is not collected.");
    }

    @Test
    void should_show_paid_invoices_against_earned_revenue_in_the_key_figures() {
        Report report = accounting.write(FinanceSnapshots.portfolio(), List.of());

        assertThat(kpi(report, "Collected (cash basis)").value()).isEqualTo("$7,800");
        assertThat(kpi(report, "Collected (cash basis)").note()).isEqualTo("against $8,000 earned; $1,200 open");
        assertThat(kpi(report, "Backlog").value()).isEqualTo("$2,000");
        assertThat(kpi(report, "Not invoiced").value()).isEqualTo("$1,500");
        assertThat(kpi(report, "Expenses on no tax line").value()).isEqualTo("$800");
        assertThat(kpi(report, "Expenses on no tax line").note()).isEqualTo("2 rows on accounts not in the chart");
    }

    // ---------------------------------------------------------------- subscription revenue

    @Test
    void should_recognise_subscription_revenue_month_by_month_and_keep_failed_renewals_out_of_it() {
        SubscriptionFacts qdn = new SubscriptionFacts("qdn-subscriptions", 40, new TreeMap<>(), 30, 2_434_500, 120, 45, List.of(),
                new TreeMap<>(), 7_512_300, 4_380_000);
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                Facts.read(FinanceSnapshots.RUN.runId(), "qdn", "subscriptions", "ddb-subscriptions", "qdn-subscriptions", qdn, List.of(), 0));

        Report report = accounting.write(snapshot, List.of());
        Section subscriptions = section(report, "Subscription revenue");

        assertThat(subscriptions.columns()).containsExactly("Business", "Recognised this month", "Earned to date", "Billed, not collected");
        assertThat(subscriptions.rows()).containsExactly(
                List.of("QuickDumpNow", "$24,345 ($292,140 a year)", "$75,123 (75 paid renewals)", "$43,800 (45 failed renewals)"));
        assertThat(subscriptions.essential()).isFalse();
        assertThat(section(report, "Revenue recognition").rows())
                .contains(List.of("QuickDumpNow (subscriptions)", "$75,123", "—", "—", "card-billed"));
        assertThat(report.summary().get(0)).endsWith("; subscriptions, outside these figures, earn $24,345 a month ($292,140 a year at "
                + "this rate).");
    }

    @Test
    void should_leave_the_subscription_table_out_of_a_portfolio_without_subscriptions() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Report report = accounting.write(snapshot, List.of());

        assertThat(report.sections()).extracting(Section::title).doesNotContain("Subscription revenue");
        assertThat(report.summary().get(0)).doesNotContain("subscriptions");
    }

    // ---------------------------------------------------------------- tax categories

    @Test
    void should_map_expenses_to_tax_categories_and_list_every_unmapped_account_as_written() {
        Section tax = section(accounting.write(FinanceSnapshots.portfolio(), List.of()), "Expenses by tax category");

        assertThat(tax.rows()).containsExactly(
                List.of("Wages", "$35,000", "69%", "Crew wages $35,000"),
                List.of("Car and truck expenses", "$8,000", "16%", "Fuel $8,000"),
                List.of("Other expenses", "$7,200", "14%", "Software & SaaS $4,200, Travel $3,000"),
                List.of("Not in the chart", "$500", "1%", "account written as \"Misc\""),
                List.of("Not in the chart", "$300", "1%", "account written as \"(blank)\""));
        assertThat(tax.note()).isEqualTo("Expense rows of 2026-08 to 2026-11 by the tax line their chart account rolls up to; "
                + "share of all expenses ($51,000). 2 rows worth $800 use accounts not in the chart (Misc $500, (blank) $300): "
                + "map them before the return is prepared.");
    }

    // ---------------------------------------------------------------- system gaps

    @Test
    void should_list_the_system_gaps_the_snapshot_shows() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.invoices(),
                FinanceSnapshots.ledger(months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L, "2026-11", 500_000L),
                        months("jada", 10_000_000L), "2026-10-31", 2));

        Section gaps = section(accounting.write(snapshot, List.of()), "System gaps");

        assertThat(gaps.columns()).containsExactly("Gap", "Business", "Evidence", "Value");
        assertThat(gaps.rows()).containsExactly(
                List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: s3://portfolio-ledgers holds "
                        + "expenses and cash balances only, and no income account of its chart carries a posting. "
                        + AccountingReport.TRIAL_BALANCE_PATH, "—"),
                // JADA invoices 8 of its 10 bookings: no "No invoicing" gap; the invoice naming no booking stands apart
                List.of("Invoices with no booking", "Portfolio-wide", "1 invoice names no booking the tables hold (1 with the reference blank): "
                        + "investigate", "$500"),
                List.of("Unreadable ledger rows", "Portfolio-wide", "2 rows in portfolio-ledgers left out of every total: "
                        + "portfolio-ledgers/expenses/expenses-2026.csv:12 amount '1,4OO.00' is not a number — jada, Chevron, 2026-09-14; "
                        + "and 1 more", "unknown"),
                List.of("Expenses off the chart", "Portfolio-wide", "2 rows on accounts not in the chart: Misc $500, (blank) $300", "$800"));
    }

    @Test
    void should_say_there_is_no_general_ledger_when_no_ledger_was_read() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Section gaps = section(accounting.write(snapshot, List.of()), "System gaps");

        assertThat(gaps.rows()).contains(
                List.of("No trial balance", "Portfolio-wide", "no general-ledger source in the snapshot: revenue lives only in "
                        + "the bookings and subscriptions tables. " + AccountingReport.TRIAL_BALANCE_PATH, "—"),
                List.of("No invoice ledger", "Portfolio-wide", "no invoice source in the snapshot: no booking can be reconciled", "—"));
    }

    @Test
    void should_not_report_a_missing_trial_balance_when_income_accounts_carry_postings() {
        LedgerFacts l = (LedgerFacts) FinanceSnapshots.ledger().data();
        SortedMap<String, Long> byAccount = new TreeMap<>(l.expensesByAccount());
        byAccount.put("4000 Charter revenue", 10_000L);
        LedgerFacts withIncome = new LedgerFacts(l.bucket(), l.filesRead(), l.rowsRead(), l.rowsUnreadable(), l.unreadableExpenses(),
                l.expensesCents(),
                l.expensesByMonth(), l.expensesByBusinessMonth(), byAccount, l.expensesByTaxCategory(), l.unmappedAccounts(),
                l.unmappedRows(), l.cashBalances(), l.cashAsOf(), l.chart());
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(),
                Facts.read(RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", withIncome, List.of(), 0));

        Section gaps = section(accounting.write(snapshot, List.of()), "System gaps");

        assertThat(gaps.rows()).extracting(r -> r.get(0)).doesNotContain("No trial balance");
    }

    // ---------------------------------------------------------------- roadmap

    @Test
    void should_give_each_business_its_last_quarter_margin_and_its_top_ranked_money_fix() {
        PortfolioSnapshot snapshot = FinanceSnapshots.portfolio();
        List<PortfolioFinding> found = new ArrayList<>(new PortfolioFindings(SETTINGS).find(snapshot));
        FinanceFindings.find(snapshot, SETTINGS, found);

        Section roadmap = section(accounting.write(snapshot, found), "Next-quarter profitability roadmap");

        assertThat(roadmap.columns()).containsExactly("Business", "Revenue", "Expenses", "Margin", "First fix");
        assertThat(roadmap.rows()).containsExactly(
                List.of("JADA (yacht charters)", "$7,000", "$40,000", "-$33,000 (-471%)", "Invoice every booking: backfill the "
                        + "uninvoiced ones and require an invoice id at booking (impact high ($1,500 at stake), effort a day)"),
                List.of("QuickDumpNow", "$9,000", "$6,000", "$3,000 (33%)", "no open finding: keep the current course"));
        assertThat(roadmap.note()).startsWith("Last quarter = the last 3 full months (2026-08 to 2026-10)");
    }

    @Test
    void should_mark_the_expense_totals_an_unreadable_row_leaves_incomplete_and_name_the_row() {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"),
                FinanceSnapshots.ledger(months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L, "2026-11", 500_000L),
                        months("jada", 10_000_000L), "2026-10-31", 1));
        String named = "(portfolio-ledgers/expenses/expenses-2026.csv:12 amount '1,4OO.00' is not a number — jada, Chevron, 2026-09-14).";

        Report report = accounting.write(snapshot, List.of());

        assertThat(section(report, "Expenses by tax category").note()).startsWith("Expense rows of 2026-08 to 2026-11 by the tax line "
                + "their chart account rolls up to; share of all expenses ($51,000*).")
                .endsWith("map them before the return is prepared. Figures marked * are incomplete: 1 unreadable expense of 2026-09 "
                        + "is left out " + named);
        Section roadmap = section(report, "Next-quarter profitability roadmap");
        assertThat(roadmap.rows().get(0)).startsWith("JADA (yacht charters)", "$7,000", "$40,000*", "-$33,000 (-471%)*");
        assertThat(roadmap.rows().get(1)).startsWith("qdn", "—", "$6,000", "no revenue source read");
        assertThat(roadmap.note()).endsWith("Figures marked * are incomplete: 1 unreadable expense of 2026-09 is left out " + named);
    }

    @Test
    void should_leave_fixes_outside_the_cfo_and_accounting_reports_out_of_the_roadmap() {
        PortfolioFinding waf = new PortfolioFinding("no-waf.E1", "high", "JADA (yacht charters)", "No WAF", "CloudFront E1",
                "unfiltered requests", 0, Set.of("cto"), new PortfolioFinding.Fix("Attach AWS WAF", 1));
        PortfolioFinding loss = new PortfolioFinding("below-break-even.jada", "medium", "JADA (yacht charters)", "Below break-even",
                "ledger", "$11,000 a month", 1_100_000, Set.of("cfo", "ceo"), new PortfolioFinding.Fix("Cut costs", 3));

        Section roadmap = section(accounting.write(FinanceSnapshots.portfolio(), List.of(waf, loss)), "Next-quarter profitability roadmap");

        assertThat(roadmap.rows().get(0).get(4)).isEqualTo("Cut costs (impact medium ($11,000 at stake), effort a few days)");
    }

    @Test
    void should_keep_revenue_recognition_first() {
        assertThat(accounting.write(FinanceSnapshots.portfolio(), List.of()).sections()).extracting(Section::title).containsExactly(
                "Revenue recognition", "Subscription revenue", "Cash vs accrual", "Invoices reconciled against bookings", "Expenses by tax category", "System gaps",
                "Next-quarter profitability roadmap", "Money terms");
    }
}
