package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.SETTINGS;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

class CfoReportTest {

    private final CfoReport cfo = new CfoReport(SETTINGS);

    // ---------------------------------------------------------------- booked, earned, collected

    @Test
    void should_show_revenue_booked_earned_and_collected_for_each_business_and_month_in_one_table() {
        Section revenue = section(cfo.write(FinanceSnapshots.portfolio(), List.of()), "Revenue booked, earned and collected");

        assertThat(revenue.columns()).containsExactly("Business", "Month", "Booked", "Earned", "Collected");
        // QuickDumpNow has neither bookings nor invoices: its revenue is MRR, shown elsewhere
        assertThat(revenue.rows()).containsExactly(
                List.of("JADA (yacht charters)", "2026-06", "$0", "$0", "$0"),
                List.of("", "2026-07", "$0", "$0", "$0"),
                List.of("", "2026-08", "$2,000", "$1,600", "$1,500"),
                List.of("", "2026-09", "$2,500", "$2,000", "$2,000"),
                List.of("", "2026-10", "$2,500", "$2,000", "$2,300"),
                List.of("", "2026-11 to date", "$3,000", "$2,400", "$2,000"));
        assertThat(revenue.note()).isEqualTo("Booked = by month the booking was taken; earned = by month of its service date, once "
                + "that date has passed. Collected = invoices of s3://portfolio-ledgers with status paid, by month paid; 1 paid invoice "
                + "worth $1,000 has no paid date and counts in the month issued. 2026-11 is month to date.");
    }

    @Test
    void should_show_a_business_with_invoices_but_no_bookings_source_as_collected_only() {
        PortfolioSnapshot failed = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", "AccessDeniedException"),
                FinanceSnapshots.invoices());

        Report report = cfo.write(failed, List.of());

        assertThat(section(report, "Revenue booked, earned and collected").rows()).endsWith(
                List.of("", "2026-10", "—", "—", "$2,300"), List.of("", "2026-11 to date", "—", "—", "$2,000"));
        assertThat(section(report, "Earned but not collected").rows()).containsExactly(
                List.of("JADA (yacht charters)", "—", "$7,800", "—", "2, $1,200"));
    }

    @Test
    void should_show_collected_as_unknown_without_an_invoice_ledger() {
        PortfolioSnapshot noInvoices = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Report report = cfo.write(noInvoices, List.of());

        Section revenue = section(report, "Revenue booked, earned and collected");
        assertThat(revenue.rows().get(2)).containsExactly("", "2026-08", "$2,000", "$1,600", "—");
        assertThat(revenue.note()).contains("Collected is unknown: no invoice ledger was read.");
        assertThat(section(report, "Earned but not collected").rows()).isEmpty();
        assertThat(kpi(report, "Earned, not collected")).isEqualTo(new Kpi("Earned, not collected", "unknown", "", "no invoice ledger read"));
    }

    @Test
    void should_set_what_each_business_earned_to_date_against_what_it_collected() {
        Report report = cfo.write(FinanceSnapshots.portfolio(), List.of());

        Section gap = section(report, "Earned but not collected");
        assertThat(gap.columns()).containsExactly("Business", "Earned", "Paid (net)", "Not collected", "Open invoices");
        // $200 not collected: 4% of the $5,600 JADA earned in the last three full months
        assertThat(gap.rows()).containsExactly(List.of("JADA (yacht charters)", "$8,000", "$7,800", "$200 (4%)", "2, $1,200"));
        assertThat(gap.note()).endsWith("In brackets: the share of what the business earned in 2026-08 to 2026-10 (33% is about a "
                + "month of earnings waiting to be paid); above 50% it is a finding.");
        Kpi kpi = kpi(report, "Earned, not collected");
        assertThat(kpi.value()).isEqualTo("$200");
        assertThat(kpi.note()).isEqualTo("4% of the $5,600 earned in 2026-08 to 2026-10; 0 businesses above 50%");
    }

    @Test
    void should_not_count_cash_paid_on_a_cancelled_booking_as_collected_for_work_earned() {
        // JADA's J7 ($1,500 invoiced and paid) was cancelled: that payment is owed back, so $200 + $1,500 is not collected
        com.execreports.model.Facts plain = FinanceSnapshots.jadaBookings();
        com.execreports.model.BookingFacts b = (com.execreports.model.BookingFacts) plain.data();
        com.execreports.model.BookingFacts withCancelled = new com.execreports.model.BookingFacts(b.table(), b.itemsRead(), b.bookings(),
                b.revenueCents(), b.revenueByMonth(), b.bookingsByMonth(), b.countByStatus(), b.countByChannel(), b.revenueByChannel(),
                b.cancelled(), b.cancelledCents(), b.withoutInvoice(), b.withoutInvoiceCents(), b.withoutInvoiceSample(), b.openLeads(),
                b.openLeadsCents(), b.earnedCents(), b.deferredCents(), b.last30DaysCents(), b.previous30DaysCents(), b.revenueById(),
                b.earnedByMonth(), b.uninvoicedEarned(), b.uninvoicedEarnedCents(), new java.util.TreeSet<>(List.of("J7")), null, null, null,
                null, null, null, null, null);
        com.execreports.model.InvoiceFacts i = (com.execreports.model.InvoiceFacts) FinanceSnapshots.invoices().data();
        SortedMap<String, SortedMap<String, Long>> paid = new java.util.TreeMap<>();
        paid.put("jada", months("J7", 150_000L, "J1", 100_000L));
        com.execreports.model.InvoiceFacts withPaid = new com.execreports.model.InvoiceFacts(i.bucket(), i.keys(), i.rowsRead(),
                i.rowsUnreadable(), i.invoices(), i.amountCents(), i.byBusiness(), i.byStatus(), i.byMonth(), i.openInvoices(),
                i.openCents(), i.withoutBookingRef(), i.bookingCents(), i.collectedCents(), i.paidUndated(), i.openByBusiness(), paid);
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                com.execreports.model.Facts.read(FinanceSnapshots.RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings",
                        withCancelled, List.of(), 0),
                com.execreports.model.Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "invoices", "s3-invoices",
                        "portfolio-ledgers", withPaid, List.of(), 0));

        Report report = cfo.write(snapshot, List.of());

        assertThat(section(report, "Earned but not collected").rows()).containsExactly(
                List.of("JADA (yacht charters)", "$8,000", "$6,300", "$1,700 (30%)", "2, $1,200"));
        assertThat(kpi(report, "Earned, not collected").value()).isEqualTo("$1,700");
    }

    @Test
    void should_add_the_gaps_of_the_businesses_without_letting_one_business_deposits_offset_another_debts() {
        // Queen of San Diego: $3,200 earned in 2026-10, nothing invoiced; JADA collected $9,000 against $8,000 earned (deposits)
        PortfolioSnapshot two = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.profile("qsd", "Queen of San Diego", "bookings"),
                FinanceSnapshots.bookings("qsd", "qsd-bookings", months("2026-10", 400_000L)),
                FinanceSnapshots.invoices(months("2026-10", 900_000L)));

        Report report = cfo.write(two, List.of());

        assertThat(section(report, "Earned but not collected").rows()).containsExactly(
                List.of("JADA (yacht charters)", "$8,000", "$9,000", "$0 (0%)", "2, $1,200"),
                List.of("Queen of San Diego", "$3,200", "$0", "$3,200 (100%)", "0, $0"),
                List.of("All businesses", "$11,200", "$9,000", "$3,200 (36%)", "2, $1,200"));
        assertThat(kpi(report, "Earned, not collected").note()).isEqualTo("36% of the $8,800 earned in 2026-08 to 2026-10; 1 business above 50%");
    }

    @Test
    void should_compare_the_uncollected_revenue_with_the_previous_period_unless_it_was_not_kept_then() {
        Run lastWeek = Run.at(OffsetDateTime.of(2026, 11, 16, 7, 0, 0, 0, ZoneOffset.ofHours(-8)), ZoneId.of("America/Los_Angeles"));
        PortfolioSnapshot now = FinanceSnapshots.portfolio();
        List<Facts> before = new ArrayList<>(now.sources());
        before.replaceAll(f -> f.source().equals("invoices") ? FinanceSnapshots.invoices(months("2026-08", 750_000L)) : f);
        List<Facts> archivedBeforeCollections = new ArrayList<>(now.sources());
        archivedBeforeCollections.replaceAll(f -> f.source().equals("invoices") ? FinanceSnapshots.invoicesArchivedBeforeCollections() : f);

        Kpi compared = kpi(cfo.write(now, List.of(), new Trend(now, new PortfolioSnapshot(lastWeek, before), List.of())),
                "Earned, not collected");
        Kpi notKept = kpi(cfo.write(now, List.of(), new Trend(now, new PortfolioSnapshot(lastWeek, archivedBeforeCollections), List.of())),
                "Earned, not collected");

        assertThat(compared.change()).isEqualTo("-60% vs 2026-W47");
        assertThat(notKept.change()).isEqualTo("not kept in 2026-W47");
    }

    // ---------------------------------------------------------------- burn and runway

    @Test
    void should_show_a_runway_of_cash_divided_by_the_burn_of_the_recorded_flows_when_no_balances_span_the_months() {
        Report report = cfo.write(FinanceSnapshots.portfolio(), List.of());

        Kpi runway = kpi(report, "Cash runway");
        assertThat(runway.value()).isEqualTo("13.7 months");
        assertThat(runway.note()).isEqualTo("cash $142,000 as of 2026-10-31");
        assertThat(runway.change()).isEqualTo("no previous period");
        Kpi burn = kpi(report, "Monthly burn");
        assertThat(burn.value()).isEqualTo("$10,400");
        assertThat(burn.note()).isEqualTo("average monthly recorded expenses − invoices paid (and MRR of subscriptions not invoiced), "
                + "2026-08 to 2026-10, as no month-end balances span them; recorded expenses $15,333 a month");
    }

    @Test
    void should_measure_the_burn_from_the_fall_of_the_month_end_balances_and_compare_it_with_the_months_before() {
        Report report = cfo.write(FinanceSnapshots.portfolioWithBalances(), List.of());

        Kpi burn = kpi(report, "Monthly burn");
        assertThat(burn.value()).isEqualTo("$21,000");
        assertThat(burn.note()).isEqualTo("average monthly fall of the month-end cash balances, 2026-08 to 2026-10; recorded expenses $15,333 a month");
        assertThat(burn.change()).isEqualTo("no balances before 2026-08");
        assertThat(kpi(report, "Cash runway").value()).isEqualTo("6.8 months");
    }

    @Test
    void should_reconcile_cash_and_say_what_share_of_it_the_recorded_expenses_explain() {
        Report report = cfo.write(FinanceSnapshots.portfolioWithBalances(), List.of());

        Section burn = section(report, "Cash flow, burn and runway");
        assertThat(burn.columns()).containsExactly("Month", "Cash in", "Recorded out", "Balance change", "Left unrecorded");
        assertThat(burn.rows()).containsExactly(
                List.of("2026-07", "$0", "$0", "—", "—"),
                List.of("2026-08", "$1,500", "$13,000", "-$20,000", "$8,500"),
                List.of("2026-09", "$2,000", "$14,000", "-$22,000", "$10,000"),
                List.of("2026-10", "$2,300", "$13,000", "-$18,000", "$7,300"),
                List.of("2026-11 to date", "$2,000", "$4,000", "—", "—"));
        assertThat(burn.note()).contains(" QuickDumpNow is not in the table (cash in not in the invoice ledger).")
                .endsWith("Runway: $142,000 cash (2 balances, as of 2026-10-31) ÷ $21,000 a month (average monthly fall of the "
                        + "month-end cash balances, 2026-08 to 2026-10) = 6.8 months.");
        assertThat(section(report, "Cash reconciliation by business").note()).contains("Cash reconciliation, 2026-08 to 2026-10: opening balance $160,000 (end of 2026-07) + $5,800 collected − "
                        + "$40,000 of recorded expenses would leave $125,800; the balance at the end of 2026-10 is $100,000, so $25,800 "
                        + "left with no recorded expense — recorded expenses cover 61% of what cash implies.");
        assertThat(section(report, "Cash reconciliation by business").rows()).containsExactly(
                List.of("JADA (yacht charters)", "2026-08 to 2026-10", "$160,000", "$5,800", "$40,000", "$100,000", "$25,800", "61%"));
        Section breakEven = section(report, "Break-even by business");
        assertThat(breakEven.note()).contains("Caution: recorded expenses cover only 61% of the cash that left (2026-08 to 2026-10, "
                + "cash reconciliation), so every margin here overstates profit.");
        assertThat(breakEven.rows()).contains(List.of("QuickDumpNow", "$9,000", "$6,000", "$3,000 (33%)", "above break-even on recorded costs"));
    }

    @Test
    void should_not_call_the_runway_unlimited_on_recorded_flows_alone_when_the_recorded_cash_in_covers_the_expenses() {
        PortfolioSnapshot busy = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.bookings("jada", "jada-bookings", months("2026-08", 5_000_000L, "2026-09", 5_000_000L, "2026-10", 5_000_000L)),
                FinanceSnapshots.ledger(), FinanceSnapshots.invoices(months("2026-08", 5_000_000L, "2026-09", 5_000_000L, "2026-10", 5_000_000L)));

        Report report = cfo.write(busy, List.of());

        // the recorded flows say cash grew, but without month-end balances for those months that is no runway anyone can trust
        assertThat(kpi(report, "Cash runway").value()).isEqualTo("unknown: no month-end balances span 2026-08 to 2026-10");
        assertThat(kpi(report, "Monthly burn").value()).isEqualTo("none: cash grew $34,667 a month");
    }

    @Test
    void should_compare_the_runway_with_the_previous_period() {
        Run lastWeek = Run.at(OffsetDateTime.of(2026, 11, 16, 7, 0, 0, 0, ZoneOffset.ofHours(-8)), ZoneId.of("America/Los_Angeles"));
        PortfolioSnapshot now = FinanceSnapshots.portfolio();
        List<Facts> before = new ArrayList<>(now.sources());
        before.replaceAll(f -> f.source().equals("ledger") ? FinanceSnapshots.ledger(
                months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L, "2026-11", 200_000L),
                months("jada", 12_000_000L), "2026-10-31", 0) : f);

        Report report = cfo.write(now, List.of(), new Trend(now, new PortfolioSnapshot(lastWeek, before), List.of()));

        // 13.7 months now; 120,000 × 3 ÷ 31,200 = 11.5 months a week ago
        assertThat(kpi(report, "Cash runway").change()).isEqualTo("+19% vs 2026-W47");
    }

    @Test
    void should_mark_every_expense_figure_an_unreadable_row_may_belong_to_and_name_the_row_under_its_table() {
        // two unreadable JADA rows of 2026-09; the ledger names the first
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"),
                FinanceSnapshots.qdnSubscriptions(300_000), FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"),
                FinanceSnapshots.ledger(
                        months("2026-08", 1_500_000L, "2026-09", 1_600_000L, "2026-10", 1_500_000L, "2026-11", 500_000L),
                        months("jada", 10_000_000L, "qdn", 4_200_000L), "2026-10-31", 2));
        String named = "(portfolio-ledgers/expenses/expenses-2026.csv:12 amount '1,4OO.00' is not a number — jada, Chevron, 2026-09-14; "
                + "1 more not named here).";

        Report report = cfo.write(snapshot, List.of());

        // the burn rests on expenses (no balances span the months): it is as incomplete as they are
        assertThat(kpi(report, "Monthly burn").value()).isEqualTo("$12,333*");
        assertThat(kpi(report, "Monthly burn").note()).endsWith("; incomplete: 2 unreadable expenses left out");
        Section burn = section(report, "Cash flow, burn and runway");
        assertThat(burn.rows()).contains(List.of("2026-08", "—", "$15,000", "—", "—"), List.of("2026-09", "—", "$16,000*", "—", "—"));
        assertThat(burn.note()).contains("No paid invoice is on file for any business with a cash balance: cash in is unknown, so "
                + "nothing is reconciled.").endsWith("= 11.5 months. Figures marked * are incomplete: 2 unreadable expenses of 2026-09 are "
                + "left out " + named);
        Section breakEven = section(report, "Break-even by business");
        assertThat(breakEven.rows()).containsExactly(
                List.of("JADA (yacht charters)", "$7,000", "$40,000*", "-$33,000 (-471%)*", "below break-even"),
                List.of("QuickDumpNow", "$9,000", "$6,000", "$3,000 (33%)", "above break-even"));
        assertThat(breakEven.note()).endsWith("Figures marked * are incomplete: 2 unreadable expenses of 2026-09 are left out " + named);
        assertThat(section(report, "Expenses by category").note()).isEqualTo("Every readable expense row of the ledger, 2026-08 to "
                + "2026-11: $51,000*; accounts named as the chart of accounts names them, share of all expenses. Figures marked * are "
                + "incomplete: 2 unreadable expenses of 2026-09 are left out " + named);
    }

    @Test
    void should_call_burn_and_runway_unknown_without_an_expense_ledger() {
        PortfolioSnapshot noLedger = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Report report = cfo.write(noLedger, List.of());

        assertThat(kpi(report, "Monthly burn").value()).isEqualTo("unknown");
        assertThat(kpi(report, "Cash runway").value()).isEqualTo("unknown: no expense ledger read");
        assertThat(section(report, "Cash flow, burn and runway").note()).endsWith("No expense ledger was read: burn and runway are unknown.");
        assertThat(kpi(report, "AWS spend, last full month").note()).isEqualTo("no cost export read");
    }

    @Test
    void should_show_aws_spend_of_the_last_full_month_against_the_month_before() {
        Kpi aws = kpi(cfo.write(FinanceSnapshots.portfolio(), List.of()), "AWS spend, last full month");

        assertThat(aws.value()).isEqualTo("$220");
        assertThat(aws.note()).isEqualTo("2026-10; 2026-09: $150");
    }

    // ---------------------------------------------------------------- break-even

    @Test
    void should_set_each_business_revenue_of_the_last_three_full_months_against_its_expenses() {
        Section breakEven = section(cfo.write(FinanceSnapshots.portfolio(), List.of()), "Break-even by business");

        assertThat(breakEven.columns()).containsExactly("Business", "Revenue", "Expenses", "Margin", "Status");
        assertThat(breakEven.rows()).containsExactly(
                List.of("JADA (yacht charters)", "$7,000", "$40,000", "-$33,000 (-471%)", "below break-even"),
                List.of("QuickDumpNow", "$9,000", "$6,000", "$3,000 (33%)", "above break-even"));
        assertThat(breakEven.note()).startsWith("The last 3 full months (2026-08 to 2026-10): revenue booked, plus MRR × 3");
    }

    @Test
    void should_not_judge_break_even_of_a_business_whose_bookings_source_failed() {
        PortfolioSnapshot failed = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                Facts.failed(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", "AccessDeniedException"),
                FinanceSnapshots.ledger());

        Section breakEven = section(cfo.write(failed, List.of()), "Break-even by business");

        assertThat(breakEven.rows()).contains(List.of("JADA (yacht charters)", "—", "$40,000", "—", "no revenue source read"));
    }

    // ---------------------------------------------------------------- reconciliation

    @Test
    void should_reconcile_each_invoice_against_the_booking_it_names() {
        Section rec = section(cfo.write(FinanceSnapshots.portfolio(), List.of()), ReconciliationSection.TITLE);

        assertThat(rec.columns()).containsExactly("Business", "Matched", "Amount differs", "On cancelled booking", "Names no booking",
                "Not invoiced");
        // J1-J3, J5, J6 agree; J4 ($1,500 for $1,000) and J7 ($2,000 for $1,500) do not; not invoiced is the bookings
        // table's count of earned bookings with no invoice id, the figure every report shows
        assertThat(rec.rows()).containsExactly(List.of("JADA (yacht charters)", "5, $5,000", "2, $3,500 (+$1,000)", "0, $0", "0, $0",
                "2, $1,500"));
        assertThat(rec.note()).contains("Names no booking: investigate.").endsWith("1 invoice worth $500 leaves the booking reference blank (not in the table).");
    }

    @Test
    void should_add_an_all_businesses_row_when_several_businesses_are_reconciled() {
        PortfolioSnapshot two = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings(), FinanceSnapshots.profile("qsd", "Queen of San Diego", "bookings"),
                FinanceSnapshots.bookings("qsd", "qsd-bookings", months("2026-10", 400_000L)), FinanceSnapshots.invoices());

        Section rec = section(cfo.write(two, List.of()), ReconciliationSection.TITLE);

        assertThat(rec.rows()).containsExactly(
                List.of("JADA (yacht charters)", "5, $5,000", "2, $3,500 (+$1,000)", "0, $0", "0, $0", "2, $1,500"),
                List.of("Queen of San Diego", "0, $0", "0, $0", "0, $0", "0, $0", "2, $1,500"),
                List.of("All businesses", "5, $5,000", "2, $3,500 (+$1,000)", "0, $0", "0, $0", "4, $3,000"));
    }

    @Test
    void should_say_bookings_cannot_be_reconciled_without_an_invoice_ledger() {
        PortfolioSnapshot noInvoices = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Section rec = section(cfo.write(noInvoices, List.of()), ReconciliationSection.TITLE);

        assertThat(rec.rows()).isEmpty();
        assertThat(rec.note()).isEqualTo("No invoice ledger was read, so bookings cannot be reconciled against invoices this run.");
    }

    // ---------------------------------------------------------------- expenses

    @Test
    void should_group_expenses_by_tax_category_naming_each_account_as_the_chart_does() {
        Section expenses = section(cfo.write(FinanceSnapshots.portfolio(), List.of()), "Expenses by category");

        assertThat(expenses.columns()).containsExactly("Tax category", "Amount", "Share", "Accounts");
        assertThat(expenses.rows()).containsExactly(
                List.of("Wages", "$35,000", "69%", "Crew wages $35,000"),
                List.of("Car and truck expenses", "$8,000", "16%", "Fuel $8,000"),
                List.of("Other expenses", "$7,200", "14%", "Software & SaaS $4,200, Travel $3,000"),
                List.of("Not in the chart", "$800", "2%", "Misc $500, (blank) $300"));
        assertThat(expenses.note()).isEqualTo("Every readable expense row of the ledger, 2026-08 to 2026-11: $51,000; accounts "
                + "named as the chart of accounts names them, share of all expenses.");
    }

    // ---------------------------------------------------------------- findings

    @Test
    void should_show_the_finance_findings_of_the_cfo() {
        PortfolioSnapshot snapshot = FinanceSnapshots.portfolio();
        List<PortfolioFinding> found = new ArrayList<>();
        FinanceFindings.find(snapshot, SETTINGS, found);

        Report report = cfo.write(snapshot, found);

        assertThat(report.findings()).extracting(Report.Finding::id).containsExactly("below-break-even.jada");
        assertThat(report.summary()).contains("Worst risk: JADA (yacht charters) — below break-even: $7,000 of revenue against "
                + "$40,000 of expenses over 2026-08 to 2026-10 (margin -471%).");
    }

    // ---------------------------------------------------------------- helpers

    static Kpi kpi(Report report, String name) {
        return report.kpis().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no KPI '" + name + "' in " + report.kpis()));
    }

    static Section section(Report report, String title) {
        return report.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section '" + title + "' in " + report.sections().stream().map(Section::title).toList()));
    }
}
