package com.execreports.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.FinanceMeasures.CollectionGap;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SubscriptionFacts;

/**
 * The CFO's view: revenue booked, earned and collected by business and month, what is earned but not collected,
 * burn and runway and what prices, costs or volume would do to them, break-even and unit economics per business,
 * revenue reconciled against invoices, and where the expenses go.
 */
public final class CfoReport {

    static final int MONTHS_SHOWN = 6;
    static final int CASH_MONTHS_SHOWN = FinanceMeasures.BURN_MONTHS + 1;

    private final ReportSettings settings;
    private final ReportFrame frame;

    public CfoReport(ReportSettings settings) {
        this.settings = settings;
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long revenue = bookings.stream().mapToLong(f -> f.data().revenueCents()).sum();
        long last30 = bookings.stream().mapToLong(f -> f.data().last30DaysCents()).sum();
        long prev30 = bookings.stream().mapToLong(f -> f.data().previous30DaysCents()).sum();
        MoneyTerms terms = new MoneyTerms(snapshot);
        long uninvoiced = terms.cents(MoneyTerm.NOT_INVOICED, null);
        long cancelled = bookings.stream().mapToLong(f -> f.data().cancelledCents()).sum();
        long mrr = snapshot.all(SubscriptionFacts.class).stream().mapToLong(f -> f.data().mrrCents()).sum();
        Burn burn = FinanceMeasures.burn(snapshot);
        List<Kpi> kpis = new ArrayList<>(List.of(
                new Kpi("Revenue booked, last 30 days", Figures.money(last30), Figures.change(last30, prev30), "vs the 30 days before"),
                new Kpi("Revenue booked, all history", Figures.money(revenue), trend.change(Measures::revenueCents, MonthlyHistories.bookings(snapshot).lastFullMonthChange("bookings")), "excludes leads, cancellations and refunds"),
                new Kpi(MoneyTerm.NOT_INVOICED.label(), Figures.money(uninvoiced), trend.change(Measures::uninvoicedCents),
                        Figures.percent(uninvoiced, terms.cents(MoneyTerm.EARNED, null)) + " of earned"),
                new Kpi("Cancelled or refunded", Figures.money(cancelled), trend.change(Measures::cancelledCents), "not counted as revenue"),
                new Kpi("Monthly recurring revenue", Figures.money(mrr), trend.change(Measures::mrrCents), "active subscriptions")));
        kpis.add(uncollectedKpi(snapshot, trend));
        kpis.add(new Kpi("Days to collect", ReceivablesAging.dsoText(snapshot), trend.change(s -> {
            Long d = ReceivablesAging.dso(s, null);
            return d == null ? 0 : d;
        }), "DSO: earned, not collected, in days of what was earned in "
                + ReportMonths.span(ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS))));
        kpis.addAll(financeKpis(snapshot, burn, trend));
        return frame.report("cfo", "CFO report", snapshot, findings, trend, ReportFrame.revenueSentences(snapshot, false), kpis,
                // the CFO's operating tables first, most needed first: cash against what is owed, its age, what moves the
                // runway, profit, the quarter ahead
                List.of(CashAgainstOwed.section(snapshot).asEssential(), ReceivablesAging.section(snapshot).asEssential(),
                        BreakEvenScenarios.section(snapshot).asEssential(),
                        MonthlyProfit.section(snapshot).asEssential(), ForwardQuarter.section(snapshot).asEssential(),
                        revenueByMonth(snapshot, bookings), collectionGaps(snapshot, settings.uncollectedAlarmPercent()),
                        burn(snapshot, burn).asEssential(), cashReconciliation(snapshot), breakEven(snapshot).asEssential(),
                        UnitEconomics.section(snapshot), ReconciliationSection.of(snapshot),
                        expenses(snapshot).asEssential(), terms.glossary(MoneyTerm.BOOKED, MoneyTerm.EARNED, MoneyTerm.NOT_INVOICED,
                                MoneyTerm.COLLECTED, MoneyTerm.NOT_COLLECTED)));
    }

    /** Monthly burn, runway and last month's AWS bill. */
    static List<Kpi> financeKpis(PortfolioSnapshot snapshot, Burn burn, Trend trend) {
        List<Kpi> kpis = new ArrayList<>();
        String span = ReportMonths.span(burn.months());
        if (burn.ledgerRead()) {
            long unreadable = new UnreadableExpenses(snapshot).rows(null, burn.months());
            String value = burn.cashPositive() ? "none: cash grew " + Figures.money(-burn.averageNetBurnCents()) + " a month"
                    : Figures.money(burn.averageNetBurnCents());
            kpis.add(new Kpi("Monthly burn", UnreadableExpenses.marked(value, burn.measured() ? 0 : unreadable),
                    burnChange(snapshot, burn), "average " + burn.basis() + "; recorded expenses "
                    + UnreadableExpenses.marked(Figures.money(burn.averageExpensesCents()), unreadable) + " a month"
                    + (unreadable == 0 ? "" : "; incomplete: " + Figures.plural(unreadable, "unreadable expense") + " left out")));
        } else {
            kpis.add(new Kpi("Monthly burn", "unknown", "", "no expense ledger read"));
        }
        kpis.add(new Kpi("Cash runway", burn.runwayText(), runwayChange(snapshot, burn, trend),
                burn.cashAsOf() == null ? "no cash balance read" : "cash " + Figures.money(burn.cashCents()) + " as of " + burn.cashAsOf()));
        List<Fact<CostFacts>> costs = snapshot.costs();
        List<String> months = ReportMonths.full(snapshot, 2);
        if (costs.isEmpty()) {
            kpis.add(new Kpi("AWS spend, last full month", "unknown", "", "no cost export read"));
        } else {
            long before = costs.stream().mapToLong(f -> f.data().monthCents(months.get(0))).sum();
            kpis.add(new Kpi("AWS spend, last full month", Figures.money(FinanceMeasures.awsLastFullMonthCents(snapshot)),
                    trend.change(FinanceMeasures::awsLastFullMonthCents,
                            MonthlyHistories.awsSpend(snapshot).lastFullMonthChanges()), months.get(1) + "; " + months.get(0) + ": " + Figures.money(before)));
        }
        AwsCostSources.forecastKpi(snapshot).ifPresent(kpis::add);
        return kpis;
    }

    /**
     * The burn against the {@value FinanceMeasures#BURN_MONTHS} months before, from the same balances: the history is
     * in the data, so even a first run has a comparison.
     */
    private static String burnChange(PortfolioSnapshot snapshot, Burn burn) {
        if (!burn.measured()) {
            // the burn rests on the recorded expenses: their own monthly history is the comparison
            return MonthlyHistories.expenses(snapshot).lastFullMonthChange("expenses");
        }
        List<String> before = ReportMonths.between(ReportMonths.previous(ReportMonths.previous(ReportMonths.previous(burn.months().get(0)))),
                ReportMonths.previous(burn.months().get(0)));
        Long change = CashFlow.everyBalance(snapshot).balanceChangeCents(before);
        if (change == null) {
            return "no balances before " + burn.months().get(0);
        }
        long earlier = Figures.divideCents(-change, before.size());
        return ReportMonths.span(before) + ": " + (earlier <= 0 ? "none, cash grew " + Figures.money(-earlier) + " a month"
                : Figures.money(earlier));
    }

    /**
     * With no archived period, the runway three months earlier from the same balances: the cash at the end of the month
     * before the burn's months against the burn of the three months before that.
     */
    private static String runwayBefore(PortfolioSnapshot snapshot, Burn now) {
        if (!now.measured()) {
            return "no previous period";
        }
        String end = ReportMonths.previous(now.months().get(0));
        List<String> before = ReportMonths.between(ReportMonths.previous(ReportMonths.previous(end)), end);
        CashFlow cash = CashFlow.everyBalance(snapshot);
        Long change = cash.balanceChangeCents(before);
        if (change == null) {
            return "no balances before " + now.months().get(0);
        }
        if (change >= 0) {
            return "no limit at the end of " + end + ": cash grew";
        }
        BigDecimal months = BigDecimal.valueOf(Math.max(0, cash.balances().get(end))).multiply(BigDecimal.valueOf(before.size()))
                .divide(BigDecimal.valueOf(-change), 1, java.math.RoundingMode.HALF_UP);
        return months.toPlainString() + " months at the end of " + end;
    }

    /** The runway against the previous period's: a percentage when both are limited, else what it was. */
    private static String runwayChange(PortfolioSnapshot snapshot, Burn now, Trend trend) {
        if (trend.firstRun()) {
            return runwayBefore(snapshot, now);
        }
        Burn before = FinanceMeasures.burn(trend.previous());
        String period = trend.previous().run().period();
        if (now.runwayMonths() != null && before.runwayMonths() != null) {
            return Figures.change(now.runwayMonths().movePointRight(1).longValue(), before.runwayMonths().movePointRight(1).longValue())
                    + " vs " + period;
        }
        return now.runwayText().equals(before.runwayText()) ? "no change vs " + period : "was " + before.runwayText() + " in " + period;
    }

    /**
     * Booked, earned and collected side by side for each business over the last {@value #MONTHS_SHOWN} months, so
     * a month that sold well but was never paid for shows as such.
     */
    static Section revenueByMonth(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        String current = ReportMonths.current(snapshot);
        List<String> months = new ArrayList<>(ReportMonths.full(snapshot, MONTHS_SHOWN - 1));
        months.add(current);
        Set<String> domains = new LinkedHashSet<>();
        bookings.forEach(f -> domains.add(f.domain()));
        if (invoices != null) {
            domains.addAll(invoices.byBusiness().keySet());
        }
        List<List<String>> rows = new ArrayList<>();
        for (String domain : domains) {
            List<BookingFacts> mine = bookings.stream().filter(f -> f.domain().equals(domain)).map(Fact::data).toList();
            for (String m : months) {
                rows.add(List.of(m.equals(months.get(0)) ? snapshot.businessName(domain) : "", m.equals(current) ? m + " to date" : m,
                        mine.isEmpty() ? "—" : Figures.money(mine.stream().mapToLong(b -> b.revenueByMonth().getOrDefault(m, 0L)).sum()),
                        mine.isEmpty() ? "—" : Figures.money(mine.stream().mapToLong(b -> b.earnedByMonth().getOrDefault(m, 0L)).sum()),
                        invoices == null ? "—" : Figures.money(invoices.collectedCents(domain, m))));
            }
        }
        String collected;
        if (invoices == null) {
            collected = "Collected is unknown: no invoice ledger was read.";
        } else {
            InvoiceFacts.Total undated = invoices.paidUndated();
            collected = "Collected = invoices of s3://" + invoices.bucket() + " with status paid, by month paid"
                    + (undated.count() == 0 ? "." : "; " + Figures.plural(undated.count(), "paid invoice") + " worth "
                            + Figures.money(undated.cents()) + (undated.count() == 1 ? " has" : " have")
                            + " no paid date and count" + (undated.count() == 1 ? "s" : "") + " in the month issued.");
        }
        return new Section("Revenue booked, earned and collected", "Booked = by month the booking was taken; earned = by month"
                + " of its service date, once that date has passed. " + collected + " " + current + " is month to date.",
                List.of("Business", "Month", "Booked", "Earned", "Collected"), rows);
    }

    /**
     * Everything earned to date against everything collected, business by business: the cash still to come in, as a
     * share of what the business earned in the last full months.
     */
    static Section collectionGaps(PortfolioSnapshot snapshot, int alarmPercent) {
        List<String> columns = List.of("Business", "Earned", "Paid (net)", "Not collected", "Open invoices");
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        if (invoices == null) {
            return new Section("Earned but not collected", "No invoice ledger was read: what was collected is unknown this run.",
                    columns, List.of());
        }
        List<CollectionGap> gaps = FinanceMeasures.collectionGaps(snapshot);
        List<List<String>> rows = new ArrayList<>();
        // this table's own money totals; EmailListHealth's run of counters looks alike but sums list counts
        long earned = 0;
        long collected = 0;
        long uncollected = 0;
        long recent = 0;
        long open = 0;
        long openCents = 0;
        for (CollectionGap g : gaps) {
            rows.add(List.of(g.name(), g.earnedRead() ? Figures.money(g.earnedCents()) : "—", Figures.money(g.collectedCents()),
                    g.earnedRead() ? Figures.money(g.uncollectedCents()) + " (" + g.shareOfRecent() + ")" : "—",
                    countAndMoney(g.openInvoices(), g.openCents())));
            if (g.earnedRead()) {
                earned += g.earnedCents();
                recent += g.recentEarnedCents();
            }
            collected += g.collectedCents();
            uncollected += g.uncollectedCents();
            open += g.openInvoices();
            openCents += g.openCents();
        }
        if (rows.size() > 1) {
            rows.add(List.of("All businesses", Figures.money(earned), Figures.money(collected),
                    Figures.money(uncollected) + " (" + Figures.percent(uncollected, recent) + ")", countAndMoney(open, openCents)));
        }
        String months = ReportMonths.span(ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS));
        return new Section("Earned but not collected", "To date, over all the history the bookings and the invoice ledger hold: "
                + "revenue earned (service date passed) against the paid invoices, net of those paid on bookings since cancelled or "
                + "refunded (that cash is owed back); deposits for services still ahead count as "
                + "collected, and offset only their own business. In brackets: the share of what the business earned in " + months
                + " (33% is about a month of earnings waiting to be paid); above " + alarmPercent + "% it is a finding.", columns, rows);
    }

    /** The portfolio's earned-but-not-collected revenue; unknown without an invoice ledger. */
    Kpi uncollectedKpi(PortfolioSnapshot snapshot, Trend trend) {
        if (FinanceMeasures.invoiceLedger(snapshot) == null) {
            return new Kpi("Earned, not collected", "unknown", "", "no invoice ledger read");
        }
        List<CollectionGap> gaps = FinanceMeasures.collectionGaps(snapshot);
        long uncollected = gaps.stream().mapToLong(CollectionGap::uncollectedCents).sum();
        long recent = gaps.stream().filter(CollectionGap::earnedRead).mapToLong(CollectionGap::recentEarnedCents).sum();
        long alarming = gaps.stream().filter(g -> g.alarming(settings.uncollectedAlarmPercent())).count();
        String months = ReportMonths.span(ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS));
        return new Kpi("Earned, not collected", Figures.money(uncollected), uncollectedChange(trend),
                Figures.percent(uncollected, recent) + " of the " + Figures.money(recent) + " earned in " + months + "; "
                        + Figures.count(alarming) + (alarming == 1 ? " business" : " businesses") + " above "
                        + settings.uncollectedAlarmPercent() + "%");
    }

    /** A snapshot archived before collections were kept knows nothing collected: no comparison rather than a false one. */
    private static String uncollectedChange(Trend trend) {
        if (!trend.firstRun()) {
            InvoiceFacts before = FinanceMeasures.invoiceLedger(trend.previous());
            if (before != null && before.collectedCents().isEmpty() && before.byStatus().containsKey("paid")) {
                return "not kept in " + trend.previous().run().period();
            }
        }
        return trend.change(FinanceMeasures::uncollectedCents);
    }

    /**
     * Cash in, recorded cash out and what the bank balances did, month by month, with the cash reconciliation that
     * says how much of the cash that left the books explain, and the runway the burn leaves.
     */
    static Section burn(PortfolioSnapshot snapshot, Burn burn) {
        // the burn's months and the one before them, enough to see the turn, and short enough for a phone
        List<String> months = new ArrayList<>(ReportMonths.full(snapshot, CASH_MONTHS_SHOWN));
        String current = ReportMonths.current(snapshot);
        months.add(current);
        // the businesses whose cash in is on file; with none, what the books and balances say without it
        CashFlow reconciled = CashFlow.portfolio(snapshot);
        boolean cashInKnown = reconciled.collectionsOnFile();
        CashFlow flow = cashInKnown ? reconciled : CashFlow.everyBalance(snapshot);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        List<List<String>> rows = new ArrayList<>();
        for (String m : months) {
            long missing = unreadable.rows(null, List.of(m));
            Long change = flow.balanceChangeCents(m);
            Long unexplained = cashInKnown ? flow.unexplainedOutCents(m) : null;
            long out = cashInKnown ? flow.recordedOutCents(m) : FinanceMeasures.expensesCents(snapshot, m);
            rows.add(List.of(m.equals(current) ? m + " to date" : m, cashInKnown ? Figures.money(flow.collectedCents(m)) : "—",
                    burn.ledgerRead() ? UnreadableExpenses.marked(Figures.money(out), missing) : "—",
                    change == null ? "—" : signedMoney(change),
                    unexplained == null ? "—" : UnreadableExpenses.marked(Figures.money(unexplained), missing)));
        }
        List<String> leftOut = CashFlow.leftOut(snapshot);
        String scope = !cashInKnown ? " No paid invoice is on file for any business with a cash balance: cash in is unknown, "
                + "so nothing is reconciled."
                : leftOut.isEmpty() ? "" : " " + String.join(", ", leftOut) + (leftOut.size() == 1 ? " is" : " are")
                + " not in the table (cash in not in the invoice ledger).";
        String runway;
        if (!burn.ledgerRead()) {
            runway = "No expense ledger was read: burn and runway are unknown.";
        } else if (burn.cashAsOf() == null) {
            runway = "No cash balance was read: runway is unknown.";
        } else {
            runway = "Runway: " + Figures.money(burn.cashCents()) + " cash (" + Figures.plural(burn.balances(), "balance")
                    + ", as of " + burn.cashAsOf() + ") ÷ " + Figures.money(burn.averageNetBurnCents()) + " a month (average "
                    + burn.basis() + ") = " + burn.runwayText() + ".";
        }
        return new Section("Cash flow, burn and runway", "Cash in = invoices paid; left unrecorded = cash in − recorded out − "
                + "balance change." + scope + " " + runway + unreadable.footnote(null, months),
                List.of("Month", "Cash in", "Recorded out", "Balance change", "Left unrecorded"), rows);
    }

    /** "Since the end of 2025-09: …; recorded expenses cover 5% of what cash implies." — empty when it cannot be said. */
    static String reconciliationSentence(PortfolioSnapshot snapshot) {
        CashReconciliation r = CashReconciliation.portfolio(snapshot);
        if (r == null || r.months().isEmpty()) {
            return "";
        }
        String opening = r.openingOnFile() ? "opening balance " + Figures.money(r.openingCents()) + " (end of " + r.openingMonth() + ")"
                : "no opening balance on file (taken as $0, so the gap is at least this)";
        return "Cash reconciliation, " + ReportMonths.span(r.months()) + ": " + opening + " + " + Figures.money(r.collectedCents())
                + " collected − " + Figures.money(r.recordedOutCents()) + " of recorded expenses would leave "
                + Figures.money(r.openingCents() + r.collectedCents() - r.recordedOutCents()) + "; the balance at the end of "
                + r.closingMonth() + " is " + Figures.money(r.closingCents()) + ", so " + Figures.money(r.unexplainedCents())
                + " left with no recorded expense — recorded expenses cover " + r.coverage() + " of what cash implies. ";
    }

    /** Each business's revenue against its expenses over the last full months. */
    static Section breakEven(PortfolioSnapshot snapshot) {
        List<BusinessMargin> margins = FinanceMeasures.margins(snapshot);
        List<String> months = ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        List<List<String>> rows = new ArrayList<>();
        CashReconciliation cash = CashReconciliation.portfolio(snapshot);
        boolean incomplete = cash != null && cash.expensesIncomplete();
        for (BusinessMargin m : margins) {
            long missing = unreadable.rows(m.domain(), months);
            String status = incomplete && m.known() && m.marginCents() >= 0 ? m.status() + " on recorded costs" : m.status();
            rows.add(List.of(m.name(), m.revenueRead() ? Figures.money(m.revenueCents()) : "—",
                    m.expensesRead() ? UnreadableExpenses.marked(Figures.money(m.expensesCents()), missing) : "—",
                    m.known() ? UnreadableExpenses.marked(m.marginText(), missing) : "—", status));
        }
        return new Section("Break-even by business", "The last " + months.size() + " full months (" + ReportMonths.span(months)
                + "): revenue booked, plus MRR × " + months.size() + " for subscription businesses, against the business's ledger "
                + "expenses; margin share is of revenue. AWS bills count only as far as the ledger books them."
                + (incomplete ? " Caution: recorded expenses cover only " + cash.coverage() + " of the cash that left ("
                        + ReportMonths.span(cash.months()) + ", cash reconciliation), so every margin here overstates profit." : "")
                + unreadable.footnote(null, months),
                List.of("Business", "Revenue", "Expenses", "Margin", "Status"), rows);
    }

    /** Each business's cash reconciled: which ones the books explain and which they do not. */
    static Section cashReconciliation(PortfolioSnapshot snapshot) {
        List<List<String>> rows = new ArrayList<>();
        for (CashReconciliation r : CashReconciliation.byBusiness(snapshot)) {
            rows.add(List.of(r.name(), ReportMonths.span(r.months()), r.openingOnFile() ? Figures.money(r.openingCents()) : "not on file",
                    Figures.money(r.collectedCents()), Figures.money(r.recordedOutCents()), Figures.money(r.closingCents()),
                    Figures.money(r.unexplainedCents()), r.coverage()));
        }
        List<String> leftOut = CashFlow.leftOut(snapshot);
        String note = rows.isEmpty() ? "No business has both a cash balance and collections on file: cash cannot be reconciled."
                : reconciliationSentence(snapshot) + "By business: opening balance + cash in (invoices paid) − recorded expenses "
                        + "against the closing balance; unexplained = cash that left with no recorded expense (owner draws, "
                        + "payroll, transfers, costs paid elsewhere)."
                        + (leftOut.isEmpty() ? "" : " Not reconciled (cash in not in the invoice ledger): " + String.join(", ", leftOut) + ".");
        return new Section("Cash reconciliation by business", note,
                List.of("Business", "Months", "Opening", "Cash in", "Recorded out", "Closing", "Unexplained", "Recorded share"), rows);
    }

    /** Where the money goes, by tax category and account. */
    static Section expenses(PortfolioSnapshot snapshot) {
        ExpenseCategories categories = new ExpenseCategories(snapshot);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        String note = FinanceMeasures.ledgerRead(snapshot)
                ? "Every readable expense row of the ledger, " + categories.period() + ": "
                        + UnreadableExpenses.marked(Figures.money(categories.totalCents()), unreadable.rows())
                        + "; accounts named as the chart of accounts names them, share of all expenses." + unreadable.footnote()
                : "No expense ledger was read this run.";
        return categories.section("Expenses by category", note, false);
    }

    static String countAndMoney(long count, long cents) {
        return Figures.count(count) + ", " + Figures.money(cents);
    }

    static String signed(long n) {
        return (n > 0 ? "+" : "") + Figures.count(n);
    }

    static String signedMoney(long cents) {
        String money = Figures.money(cents);
        return cents > 0 && !"$0".equals(money) ? "+" + money : money;
    }
}
