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
    void should_project_next_quarter_from_the_books_and_say_what_to_invoice_collect_and_set_aside() {
        Section roadmap = section(accounting.write(FinanceSnapshots.portfolio(), List.of()), "Next-quarter profitability roadmap (Q1 2027)");

        assertThat(roadmap.columns()).containsExactly("Business", "On the books", "Costs at run rate", "Profit on the books",
                "Accountant's actions");
        // JADA has nothing booked for January to March yet against $40,000 of costs at the August-October rate; QuickDumpNow's
        // MRR books $9,000 against $6,000
        assertThat(roadmap.rows()).containsExactly(
                List.of("JADA (yacht charters)", "$0", "$40,000", "-$40,000", "Invoice 2 earned bookings ($1,500); collect 2 open "
                        + "invoices ($1,200); no tax set-aside: the books are $40,000 short of costs"),
                List.of("QuickDumpNow", "$9,000", "$6,000", "$3,000", "Set aside tax on $3,000 for the 15 Apr 2027 estimated payment"),
                List.of("All businesses", "$9,000", "$46,000", "-$37,000", "—"));
        assertThat(roadmap.note()).isEqualTo("What Q1 2027 makes if nothing more books: bookings on the books for its service dates "
                + "(+ MRR × 3), as in the CFO's Next quarter, less recorded costs at the last 3 full months' rate. Estimated tax on "
                + "the quarter is due 15 Apr 2027.");
    }

    @Test
    void should_date_the_estimated_tax_payment_by_the_irs_periods_not_calendar_quarters() {
        assertThat(AccountingReport.estimatedTaxDue(List.of("2027-01", "2027-02", "2027-03"))).isEqualTo("2027-04-15");
        assertThat(AccountingReport.estimatedTaxDue(List.of("2027-04", "2027-05", "2027-06"))).isEqualTo("2027-09-15");
        assertThat(AccountingReport.estimatedTaxDue(List.of("2027-10", "2027-11", "2027-12"))).isEqualTo("2028-01-15");
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
        Section periods = section(report, "Month, quarter and tax year to date");
        assertThat(periods.rows().get(0)).containsExactly("JADA (yacht charters)", "-$1,600 ($2,400 − $4,000)",
                "-$12,600 ($4,400 − $17,000)", "-$36,000* ($8,000 − $44,000)");
        assertThat(periods.note()).endsWith("Figures marked * are incomplete: 1 unreadable expense of 2026-09 is left out " + named);
    }

    @Test
    void should_keep_revenue_recognition_first() {
        assertThat(accounting.write(FinanceSnapshots.portfolio(), List.of()).sections()).extracting(Section::title).containsExactly(
                "Revenue recognition", "Subscription revenue", "Month, quarter and tax year to date", "Cash vs accrual",
                "Invoices reconciled against bookings", "Expenses by tax category", "1099 contractors (2026)",
                "Next-quarter profitability roadmap (Q1 2027)", "System gaps", "Money terms");
    }
}
