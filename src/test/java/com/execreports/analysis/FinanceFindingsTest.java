package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.SETTINGS;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class FinanceFindingsTest {

    private static final ReportSettings WARN_BELOW_18_MONTHS = new ReportSettings("Test portfolio", 365, 20, 10, 10, 18);

    // ---------------------------------------------------------------- runway

    @Test
    void should_raise_a_high_finding_for_the_cfo_and_ceo_when_the_runway_is_shorter_than_the_warning() {
        PortfolioFinding f = only(find(FinanceSnapshots.portfolio(), WARN_BELOW_18_MONTHS), "short-runway");

        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.business()).isEqualTo("Portfolio-wide");
        assertThat(f.title()).isEqualTo("Cash runway is 13.7 months at the average burn of 2026-08 to 2026-10 (warning below 18 months)");
        assertThat(f.where()).isEqualTo("s3://portfolio-ledgers — cash balances as of 2026-10-31; burn from the monthly recorded expenses − "
                + "invoices paid (and MRR of subscriptions not invoiced), 2026-08 to 2026-10, as no month-end balances span them");
        assertThat(f.impact()).isEqualTo("$142,000 of cash against a burn of $10,400 a month; $45,200 more cash or less burn covers 18 months");
        assertThat(f.impactCents()).isEqualTo(4_520_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("cfo", "ceo");
        assertThat(f.fix().title()).isEqualTo("Cut monthly burn or raise cash until the runway covers 18 months");
    }

    @Test
    void should_raise_no_runway_finding_when_the_runway_reaches_the_warning() {
        assertThat(ids(find(FinanceSnapshots.portfolio(), SETTINGS))).doesNotContain("short-runway");
    }

    @Test
    void should_raise_no_runway_finding_when_the_portfolio_is_cash_positive() {
        PortfolioSnapshot busy = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.bookings("jada", "jada-bookings", months("2026-08", 5_000_000L, "2026-09", 5_000_000L, "2026-10", 5_000_000L)),
                FinanceSnapshots.ledger(), FinanceSnapshots.invoices(months("2026-08", 5_000_000L, "2026-09", 5_000_000L, "2026-10", 5_000_000L)));

        assertThat(ids(find(busy, WARN_BELOW_18_MONTHS))).doesNotContain("short-runway");
    }

    // ---------------------------------------------------------------- capital items

    @Test
    void should_name_each_large_or_unreadable_repair_as_a_possible_capital_improvement_for_the_cfo_and_accountant() {
        LedgerFacts l = (LedgerFacts) FinanceSnapshots.ledger().data();
        LedgerFacts withRepairs = new LedgerFacts(l.bucket(), l.filesRead(), l.rowsRead(), l.rowsUnreadable(), l.unreadableExpenses(),
                l.expensesCents(), l.expensesByMonth(), l.expensesByBusinessMonth(), l.expensesByAccount(), l.expensesByTaxCategory(),
                l.unmappedAccounts(), l.unmappedRows(), l.cashBalances(), l.cashAsOf(), l.chart(), null, null, List.of(
                        new LedgerFacts.CapitalItem("portfolio-ledgers/expenses/expenses-2026.csv:109", "jada", "Cool Breeze HVAC",
                                "Central AC and furnace install", "2026-05-14", null, "'12,40O.00'"),
                        new LedgerFacts.CapitalItem("portfolio-ledgers/expenses/expenses-2026.csv:120", "jada", "Boatyard",
                                "Engine rebuild", "2026-06-01", 820_000L, null)));
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                com.execreports.model.Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers",
                        withRepairs, List.of(), 0));

        PortfolioFinding f = only(find(snapshot, SETTINGS), "capital-items.portfolio");

        assertThat(f.title()).isEqualTo("2 repair expenses may be capital improvements: $8,200 and 1 unreadable amount");
        assertThat(f.where()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv:109 (Cool Breeze HVAC, 'Central AC and furnace "
                + "install', JADA (yacht charters), 2026-05-14, amount '12,40O.00'); portfolio-ledgers/expenses/expenses-2026.csv:120 "
                + "(Boatyard, 'Engine rebuild', JADA (yacht charters), 2026-06-01, $8,200)");
        assertThat(f.impactCents()).isEqualTo(820_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("cfo", "accounting");
    }

    // ---------------------------------------------------------------- cash reconciliation

    @Test
    void should_raise_a_high_inferred_finding_when_recorded_expenses_explain_too_little_of_the_cash_that_left() {
        PortfolioFinding f = only(find(FinanceSnapshots.portfolioWithBalances(), SETTINGS), "cash-unexplained");

        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.title()).isEqualTo("Recorded expenses cover 61% of what cash implies: $25,800 left the businesses over "
                + "2026-08 to 2026-10 with no recorded expense");
        assertThat(f.where()).isEqualTo("s3://portfolio-ledgers cash balances and expenses vs paid invoices of s3://portfolio-ledgers; "
                + "not reconciled: QuickDumpNow");
        assertThat(f.impact()).isEqualTo("$5,800 collected and $40,000 of expenses recorded, yet cash went from $160,000 to $100,000; "
                + "margins and break-even count recorded expenses only, so they overstate profit");
        assertThat(f.impactCents()).isEqualTo(2_580_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("ceo", "cfo", "accounting");
        assertThat(f.weighing().confidence()).isEqualTo(RiskScore.Confidence.INFERRED);
    }

    @Test
    void should_raise_no_cash_finding_when_the_recorded_expenses_explain_what_left() {
        // one balance only: opening taken as $0, and $5,800 collected against a $100,000 balance implies nothing went out
        assertThat(ids(find(FinanceSnapshots.portfolio(), SETTINGS))).doesNotContain("cash-unexplained");
    }

    @Test
    void should_raise_no_runway_finding_when_no_cash_balance_was_read() {
        PortfolioSnapshot noCash = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(),
                FinanceSnapshots.ledger(months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L), new TreeMap<>(), null, 0));

        assertThat(ids(find(noCash, WARN_BELOW_18_MONTHS))).doesNotContain("short-runway");
    }

    // ---------------------------------------------------------------- break-even

    @Test
    void should_raise_a_medium_finding_with_the_monthly_gap_for_a_business_below_break_even() {
        PortfolioFinding f = only(find(FinanceSnapshots.portfolio(), SETTINGS), "below-break-even.jada");

        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.business()).isEqualTo("JADA (yacht charters)");
        assertThat(f.title()).isEqualTo("Below break-even: $7,000 of revenue against $40,000 of expenses over 2026-08 to 2026-10 (margin -471%)");
        assertThat(f.where()).isEqualTo("s3://portfolio-ledgers expenses of jada vs DynamoDB jada-bookings");
        assertThat(f.impact()).isEqualTo("$11,000 a month short of covering its costs");
        // the money at stake is a year of the monthly gap, as every run rate is
        assertThat(f.impactCents()).isEqualTo(12 * 1_100_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("cfo", "ceo");
    }

    @Test
    void should_raise_no_break_even_finding_for_a_business_above_it() {
        assertThat(ids(find(FinanceSnapshots.portfolio(), SETTINGS))).containsExactly("below-break-even.jada");
    }

    @Test
    void should_count_three_months_of_mrr_as_the_revenue_of_a_subscription_business() {
        PortfolioSnapshot thin = FinanceSnapshots.snapshot(FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                FinanceSnapshots.qdnSubscriptions(100_000), FinanceSnapshots.ledger());

        PortfolioFinding f = only(find(thin, SETTINGS), "below-break-even.qdn");

        assertThat(f.title()).isEqualTo("Below break-even: $3,000 of revenue against $6,000 of expenses over 2026-08 to 2026-10 (margin -100%)");
        assertThat(f.where()).isEqualTo("s3://portfolio-ledgers expenses of qdn vs MRR of DynamoDB qdn-subscriptions × 3");
        assertThat(f.impact()).isEqualTo("$1,000 a month short of covering its costs");
    }

    @Test
    void should_not_call_a_business_below_break_even_when_its_revenue_source_failed() {
        PortfolioSnapshot failed = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", "AccessDeniedException"),
                FinanceSnapshots.ledger());

        assertThat(ids(find(failed, SETTINGS))).doesNotContain("below-break-even.jada");
    }

    @Test
    void should_raise_nothing_without_an_expense_ledger() {
        PortfolioSnapshot noLedger = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        assertThat(find(noLedger, WARN_BELOW_18_MONTHS)).isEmpty();
    }

    // ---------------------------------------------------------------- collections

    @Test
    void should_raise_a_high_finding_when_a_business_has_not_collected_more_than_the_alarm_share_of_what_it_earned() {
        // JADA: $8,000 earned to date, $7,800 collected, so $200 not collected: 4% of the $5,600 earned in 2026-08..10
        PortfolioFinding f = only(find(FinanceSnapshots.portfolio(), uncollectedAlarm(2)), "uncollected.jada");

        assertThat(f.severity()).isEqualTo("high");
        assertThat(f.business()).isEqualTo("JADA (yacht charters)");
        assertThat(f.title()).isEqualTo("$200 earned but not collected: 4% of the $5,600 earned in 2026-08 to 2026-10 (alarm above 2%)");
        assertThat(f.where()).isEqualTo("DynamoDB jada-bookings (earned by service date) vs paid invoices of "
                + "s3://portfolio-ledgers/invoices/invoices.csv");
        assertThat(f.impact()).isEqualTo("2 open invoices worth $1,200 to chase; $1,500 earned is not invoiced, so nothing to collect on");
        assertThat(f.impactCents()).isEqualTo(20_000);
        assertThat(f.roles()).containsExactlyInAnyOrder("cfo", "accounting");
        assertThat(f.fix().title()).isEqualTo("Collect what is earned: chase open invoices every week and invoice each booking when it is served");
    }

    @Test
    void should_raise_a_collection_finding_only_above_the_alarm_share_not_at_it() {
        // JADA: $7,440 collected of $8,000 earned: $560 not collected, exactly 10% of the $5,600 earned in 2026-08..10
        PortfolioSnapshot tenPercent = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.invoices(months("2026-09", 400_000L, "2026-10", 344_000L)));

        assertThat(ids(find(tenPercent, uncollectedAlarm(10)))).doesNotContain("uncollected.jada");
        assertThat(only(find(tenPercent, uncollectedAlarm(9)), "uncollected.jada").title())
                .isEqualTo("$560 earned but not collected: 10% of the $5,600 earned in 2026-08 to 2026-10 (alarm above 9%)");
    }

    @Test
    void should_raise_no_collection_finding_without_an_invoice_ledger_or_when_the_bookings_source_failed() {
        PortfolioSnapshot noInvoices = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());
        PortfolioSnapshot failed = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", "AccessDeniedException"),
                FinanceSnapshots.invoices(months("2026-10", 1_000L)));

        assertThat(find(noInvoices, uncollectedAlarm(0))).isEmpty();
        assertThat(find(failed, uncollectedAlarm(0))).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private static ReportSettings uncollectedAlarm(int percent) {
        return new ReportSettings("Test portfolio", 365, 20, 10, 10, 6, percent, Map.of());
    }

    private static List<PortfolioFinding> find(PortfolioSnapshot snapshot, ReportSettings settings) {
        List<PortfolioFinding> found = new ArrayList<>();
        FinanceFindings.find(snapshot, settings, found);
        return found;
    }

    private static PortfolioFinding only(List<PortfolioFinding> found, String id) {
        assertThat(ids(found)).as("findings").containsOnlyOnce(id);
        return found.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<PortfolioFinding> found) {
        return found.stream().map(PortfolioFinding::id).toList();
    }
}
