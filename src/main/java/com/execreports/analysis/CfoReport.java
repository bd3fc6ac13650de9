package com.execreports.analysis;

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
 * burn and runway, break-even per business, revenue reconciled against invoices, and where the expenses go.
 */
public final class CfoReport {

    static final int MONTHS_SHOWN = 6;

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
        kpis.addAll(financeKpis(snapshot, burn, trend));
        return frame.report("cfo", "CFO report", snapshot, findings, trend, ReportFrame.revenueSentences(snapshot, false), kpis,
                List.of(revenueByMonth(snapshot, bookings), collectionGaps(snapshot, settings.uncollectedAlarmPercent()),
                        burn(snapshot, burn).asEssential(), breakEven(snapshot).asEssential(), ReconciliationSection.of(snapshot),
                        expenses(snapshot).asEssential(), terms.glossary(MoneyTerm.BOOKED, MoneyTerm.EARNED, MoneyTerm.NOT_INVOICED,
                                MoneyTerm.COLLECTED, MoneyTerm.NOT_COLLECTED)));
    }

    /** Monthly burn, runway and last month's AWS bill. */
    static List<Kpi> financeKpis(PortfolioSnapshot snapshot, Burn burn, Trend trend) {
        List<Kpi> kpis = new ArrayList<>();
        String span = ReportMonths.span(burn.months());
        if (burn.ledgerRead()) {
            long unreadable = new UnreadableExpenses(snapshot).rows(null, burn.months());
            kpis.add(new Kpi("Monthly burn", UnreadableExpenses.marked(Figures.money(burn.averageExpensesCents()), unreadable),
                    trend.change(FinanceMeasures::averageExpensesCents,
                            MonthlyHistories.expenses(snapshot).lastFullMonthChange("expenses")), "average expenses of " + span + "; net of revenue booked and MRR: "
                    + Figures.money(burn.averageNetBurnCents())
                    + (unreadable == 0 ? "" : "; incomplete: " + Figures.plural(unreadable, "unreadable expense") + " left out")));
        } else {
            kpis.add(new Kpi("Monthly burn", "unknown", "", "no expense ledger read"));
        }
        kpis.add(new Kpi("Cash runway", burn.runwayText(), runwayChange(burn, trend),
                burn.cashAsOf() == null ? "no cash balance read" : "cash " + Figures.money(burn.cashCents()) + " as of " + burn.cashAsOf()));
        List<Fact<CostFacts>> costs = snapshot.all(CostFacts.class);
        List<String> months = ReportMonths.full(snapshot, 2);
        if (costs.isEmpty()) {
            kpis.add(new Kpi("AWS spend, last full month", "unknown", "", "no cost export read"));
        } else {
            long before = costs.stream().mapToLong(f -> f.data().monthCents(months.get(0))).sum();
            kpis.add(new Kpi("AWS spend, last full month", Figures.money(FinanceMeasures.awsLastFullMonthCents(snapshot)),
                    trend.change(FinanceMeasures::awsLastFullMonthCents,
                            MonthlyHistories.awsSpend(snapshot).lastFullMonthChanges()), months.get(1) + "; " + months.get(0) + ": " + Figures.money(before)));
        }
        return kpis;
    }

    /** The runway against the previous period's: a percentage when both are limited, else what it was. */
    private static String runwayChange(Burn now, Trend trend) {
        if (trend.firstRun()) {
            return "no previous period";
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
        List<String> columns = List.of("Business", "Earned", "Collected", "Not collected", "Open invoices");
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        if (invoices == null) {
            return new Section("Earned but not collected", "No invoice ledger was read: what was collected is unknown this run.",
                    columns, List.of());
        }
        List<CollectionGap> gaps = FinanceMeasures.collectionGaps(snapshot);
        List<List<String>> rows = new ArrayList<>();
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
                + "revenue earned (service date passed) against the paid invoices; deposits for services still ahead count as "
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

    /** Expenses against revenue booked, month by month, and the runway they leave. */
    static Section burn(PortfolioSnapshot snapshot, Burn burn) {
        List<String> months = new ArrayList<>(ReportMonths.full(snapshot, MONTHS_SHOWN));
        String current = ReportMonths.current(snapshot);
        months.add(current);
        long mrr = burn.mrrCents();
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        List<List<String>> rows = new ArrayList<>();
        for (String m : months) {
            long expenses = FinanceMeasures.expensesCents(snapshot, m);
            long revenue = FinanceMeasures.revenueBookedCents(snapshot, m);
            long missing = unreadable.rows(null, List.of(m));
            rows.add(List.of(m.equals(current) ? m + " to date" : m,
                    burn.ledgerRead() ? UnreadableExpenses.marked(Figures.money(expenses), missing) : "—", Figures.money(revenue),
                    Figures.money(mrr), burn.ledgerRead() ? UnreadableExpenses.marked(Figures.money(expenses - revenue - mrr), missing) : "—"));
        }
        String runway;
        if (!burn.ledgerRead()) {
            runway = "No expense ledger was read: burn and runway are unknown.";
        } else if (burn.cashAsOf() == null) {
            runway = "No cash balance was read: runway is unknown.";
        } else {
            runway = "Runway: cash of " + Figures.money(burn.cashCents()) + " (" + Figures.plural(burn.balances(), "balance")
                    + ", as of " + burn.cashAsOf() + ") ÷ average net burn of " + ReportMonths.span(burn.months()) + " ("
                    + Figures.money(burn.averageNetBurnCents()) + " a month) = " + burn.runwayText() + ".";
        }
        return new Section("Monthly burn and runway", "Net burn = expenses − revenue booked − MRR (today's, counted every month); "
                + "negative when more came in than went out. " + runway + unreadable.footnote(null, months),
                List.of("Month", "Expenses", "Revenue booked", "MRR", "Net burn"), rows);
    }

    /** Each business's revenue against its expenses over the last full months. */
    static Section breakEven(PortfolioSnapshot snapshot) {
        List<BusinessMargin> margins = FinanceMeasures.margins(snapshot);
        List<String> months = ReportMonths.full(snapshot, FinanceMeasures.BURN_MONTHS);
        UnreadableExpenses unreadable = new UnreadableExpenses(snapshot);
        List<List<String>> rows = new ArrayList<>();
        for (BusinessMargin m : margins) {
            long missing = unreadable.rows(m.domain(), months);
            rows.add(List.of(m.name(), m.revenueRead() ? Figures.money(m.revenueCents()) : "—",
                    m.expensesRead() ? UnreadableExpenses.marked(Figures.money(m.expensesCents()), missing) : "—",
                    m.known() ? UnreadableExpenses.marked(m.marginText(), missing) : "—", m.status()));
        }
        return new Section("Break-even by business", "The last " + months.size() + " full months (" + ReportMonths.span(months)
                + "): revenue booked, plus MRR × " + months.size() + " for subscription businesses, against the business's ledger "
                + "expenses; margin share is of revenue. AWS bills count only as far as the ledger books them."
                + unreadable.footnote(null, months),
                List.of("Business", "Revenue", "Expenses", "Margin", "Status"), rows);
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
