package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SubscriptionFacts;

/**
 * Finance figures of one snapshot — burn, runway, break-even, AWS spend — as functions of the snapshot, so the CFO
 * and accounting reports and the finance findings read them the same way, and the previous period is computed by
 * the same rules for the trend.
 */
final class FinanceMeasures {

    /** Burn, runway and break-even average the last this many full months. */
    static final int BURN_MONTHS = 3;

    private FinanceMeasures() {
    }

    // ---------------------------------------------------------------- month totals

    static long expensesCents(PortfolioSnapshot s, String month) {
        return s.all(LedgerFacts.class).stream().mapToLong(f -> f.data().expensesByMonth().getOrDefault(month, 0L)).sum();
    }

    static long revenueBookedCents(PortfolioSnapshot s, String month) {
        return s.all(BookingFacts.class).stream().mapToLong(f -> f.data().revenueByMonth().getOrDefault(month, 0L)).sum();
    }

    static boolean ledgerRead(PortfolioSnapshot s) {
        return !s.all(LedgerFacts.class).isEmpty();
    }

    // ---------------------------------------------------------------- burn and runway

    /**
     * The portfolio's cash burn over the last {@value #BURN_MONTHS} full months: the fall of its month-end cash balances
     * when they are on file, else cash in (invoices paid) − cash out (recorded expenses); and the cash to cover it.
     */
    static Burn burn(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, BURN_MONTHS);
        CashFlow flow = CashFlow.portfolio(s);
        List<Fact<LedgerFacts>> ledgers = s.all(LedgerFacts.class);
        long cash = 0;
        long balances = 0;
        String asOf = null;
        for (Fact<LedgerFacts> f : ledgers) {
            LedgerFacts l = f.data();
            cash += l.cashBalances().values().stream().mapToLong(Long::longValue).sum();
            balances += l.cashBalances().size();
            if (l.cashAsOf() != null && (asOf == null || l.cashAsOf().compareTo(asOf) < 0)) {
                asOf = l.cashAsOf();
            }
        }
        long expenses = months.stream().mapToLong(m -> expensesCents(s, m)).sum();
        Long change = CashFlow.everyBalance(s).balanceChangeCents(months);
        return new Burn(months, expenses, cashInCents(s, months), change, cash, balances, asOf, !ledgers.isEmpty());
    }

    /**
     * Cash in over the months as far as the sources record it: invoices paid, and for a subscription business that
     * invoices nothing (paid by card), its MRR each month.
     */
    static long cashInCents(PortfolioSnapshot s, List<String> months) {
        InvoiceFacts invoices = invoiceLedger(s);
        long cents = 0;
        Set<String> invoiced = new LinkedHashSet<>();
        if (invoices != null) {
            for (var byBusiness : invoices.collectedCents().entrySet()) {
                invoiced.add(byBusiness.getKey());
                cents += months.stream().mapToLong(m -> byBusiness.getValue().getOrDefault(m, 0L)).sum();
            }
        }
        for (Fact<SubscriptionFacts> f : s.all(SubscriptionFacts.class)) {
            if (!invoiced.contains(f.domain())) {
                cents += f.data().mrrCents() * months.size();
            }
        }
        return cents;
    }

    /**
     * @param months           the full months averaged, oldest first
     * @param expensesCents    every recorded expense of those months: cash out as the books record it
     * @param cashInCents      cash in of those months as the sources record it ({@link #cashInCents})
     * @param balanceChangeCents the change of every business's month-end cash over those months, or null when the
     *                         balances on file do not span them
     * @param cashCents        the latest cash balance of every business, summed
     * @param balances         how many balances that is
     * @param cashAsOf         the oldest of their dates, or null when no balance was read
     * @param ledgerRead       an expense ledger was read: without it, burn and runway are unknown
     */
    record Burn(List<String> months, long expensesCents, long cashInCents, Long balanceChangeCents,
                long cashCents, long balances, String cashAsOf, boolean ledgerRead) {

        /** The burn is measured from the bank balances, not inferred from what the books record. */
        boolean measured() {
            return balanceChangeCents != null;
        }

        /** What the months took out of the cash: the balances' fall, else recorded out − cash in. */
        long netBurnCents() {
            return measured() ? -balanceChangeCents : expensesCents - cashInCents;
        }

        long averageExpensesCents() {
            return Figures.divideCents(expensesCents, months.size());
        }

        long averageNetBurnCents() {
            return Figures.divideCents(netBurnCents(), months.size());
        }

        boolean known() {
            return ledgerRead && cashAsOf != null;
        }

        boolean cashPositive() {
            return netBurnCents() <= 0;
        }

        /** Months of cash at the average net burn, one decimal; null when unknown or when nothing is burnt. */
        BigDecimal runwayMonths() {
            if (!known() || cashPositive()) {
                return null;
            }
            return BigDecimal.valueOf(Math.max(0, cashCents)).multiply(BigDecimal.valueOf(months.size()))
                    .divide(BigDecimal.valueOf(netBurnCents()), 1, RoundingMode.HALF_UP);
        }

        /** "5.4 months", "cash grew: no runway limit", or why it is unknown. */
        String runwayText() {
            if (!ledgerRead) {
                return "unknown: no expense ledger read";
            }
            if (cashAsOf == null) {
                return "unknown: no cash balance read";
            }
            if (cashPositive()) {
                // recorded flows alone miss what the books never hold (draws, card-paid costs): they cannot show cash is safe
                return measured() ? "cash grew: no runway limit" : "unknown: no month-end balances span " + ReportMonths.span(months);
            }
            return runwayMonths().toPlainString() + " months";
        }

        /** Where the burn comes from, in a few words. */
        String basis() {
            return measured() ? "monthly fall of the month-end cash balances, " + ReportMonths.span(months)
                    : "monthly recorded expenses − invoices paid (and MRR of subscriptions not invoiced), " + ReportMonths.span(months)
                    + ", as no month-end balances span them";
        }
    }

    // ---------------------------------------------------------------- break-even

    /** Every business's revenue against its expenses over the last {@value #BURN_MONTHS} full months. */
    static List<BusinessMargin> margins(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, BURN_MONTHS);
        List<Fact<LedgerFacts>> ledgers = s.all(LedgerFacts.class);
        Set<String> domains = new LinkedHashSet<>(s.businesses());
        ledgers.forEach(f -> domains.addAll(f.data().expensesByBusinessMonth().keySet()));
        List<BusinessMargin> margins = new ArrayList<>();
        for (String domain : domains) {
            long expenses = 0;
            for (Fact<LedgerFacts> f : ledgers) {
                Map<String, Long> byMonth = f.data().expensesByBusinessMonth().getOrDefault(domain, Collections.emptySortedMap());
                expenses += months.stream().mapToLong(m -> byMonth.getOrDefault(m, 0L)).sum();
            }
            boolean isBusiness = s.businesses().contains(domain);
            if (!isBusiness && expenses == 0) {
                continue;
            }
            List<String> revenueSources = new ArrayList<>();
            long revenue = 0;
            for (Fact<BookingFacts> f : s.all(BookingFacts.class)) {
                if (f.domain().equals(domain)) {
                    SortedMap<String, Long> byMonth = f.data().revenueByMonth();
                    revenue += months.stream().mapToLong(m -> byMonth.getOrDefault(m, 0L)).sum();
                    revenueSources.add("DynamoDB " + f.data().table());
                }
            }
            if (isSubscription(s, domain)) {
                for (Fact<SubscriptionFacts> f : s.all(SubscriptionFacts.class)) {
                    if (f.domain().equals(domain)) {
                        revenue += f.data().mrrCents() * months.size();
                        revenueSources.add("MRR of DynamoDB " + f.data().table() + " × " + months.size());
                    }
                }
            }
            boolean revenueMissing = s.gaps().stream().anyMatch(g -> g.domain().equals(domain) && mayHoldRevenue(g));
            boolean revenueRead = !revenueSources.isEmpty() && !revenueMissing;
            margins.add(new BusinessMargin(domain, s.businessName(domain), months, revenueRead, revenue, !ledgers.isEmpty(),
                    expenses, String.join(" + ", revenueSources)));
        }
        return margins;
    }

    static boolean isSubscription(PortfolioSnapshot s, String domain) {
        return "subscription".equals(s.of(domain, BusinessProfile.class).map(BusinessProfile::kind).orElse(""));
    }

    /**
     * A failed table source (or one that timed out before naming its kind) may be where the revenue lives; so may a
     * failed read of a table's export (s3-ddb-export).
     */
    private static boolean mayHoldRevenue(Facts gap) {
        return gap.kind() == null || gap.kind().startsWith("ddb-") || gap.kind().equals("s3-ddb-export");
    }

    /**
     * @param months          the full months compared
     * @param revenueRead     every source the business's revenue comes from was read
     * @param revenueCents    revenue booked in those months, plus MRR for each month of a subscription business
     * @param expensesRead    an expense ledger was read
     * @param expensesCents   the ledger's expenses of the business in those months
     * @param revenueSources  where the revenue figure comes from, as evidence
     */
    record BusinessMargin(String domain, String name, List<String> months, boolean revenueRead, long revenueCents,
                          boolean expensesRead, long expensesCents, String revenueSources) {

        long marginCents() {
            return revenueCents - expensesCents;
        }

        boolean known() {
            return revenueRead && expensesRead;
        }

        boolean belowBreakEven() {
            return known() && marginCents() < 0;
        }

        /** What the business is short of its costs in an average month; 0 when it covers them. */
        long monthlyGapCents() {
            return belowBreakEven() ? Figures.divideCents(-marginCents(), months.size()) : 0;
        }

        /** "$12,345 (45%)"; the share is of revenue. */
        String marginText() {
            return Figures.money(marginCents()) + " (" + Figures.percent(marginCents(), revenueCents) + ")";
        }

        String status() {
            if (!expensesRead) {
                return "no expense ledger read";
            }
            if (!revenueRead) {
                return revenueSources.isEmpty() ? "no revenue source read" : "revenue source missing this run";
            }
            if (marginCents() == 0) {
                return "at break-even";
            }
            return marginCents() > 0 ? "above break-even" : "below break-even";
        }
    }

    // ---------------------------------------------------------------- collections

    /** The invoice ledger read this run, or null when none was. */
    static InvoiceFacts invoiceLedger(PortfolioSnapshot s) {
        return s.all(InvoiceFacts.class).stream().map(Fact::data).findFirst().orElse(null);
    }

    /**
     * Every business with revenue bookings or invoices: its revenue earned to date against the cash its paid invoices
     * brought in, over everything both sources hold, and what it earned in the last {@value #BURN_MONTHS} full months
     * to measure that against. Empty when no invoice ledger was read: nothing is known collected.
     */
    static List<CollectionGap> collectionGaps(PortfolioSnapshot s) {
        InvoiceFacts invoices = invoiceLedger(s);
        if (invoices == null) {
            return List.of();
        }
        List<String> months = ReportMonths.full(s, BURN_MONTHS);
        List<Fact<BookingFacts>> bookings = s.all(BookingFacts.class);
        Set<String> domains = new LinkedHashSet<>();
        bookings.forEach(f -> domains.add(f.domain()));
        domains.addAll(invoices.byBusiness().keySet());
        List<CollectionGap> gaps = new ArrayList<>();
        for (String domain : domains) {
            List<BookingFacts> mine = bookings.stream().filter(f -> f.domain().equals(domain)).map(Fact::data).toList();
            boolean revenueMissing = s.gaps().stream().anyMatch(g -> g.domain().equals(domain) && mayHoldRevenue(g));
            InvoiceFacts.Total open = invoices.openByBusiness().getOrDefault(domain, InvoiceFacts.Total.NONE);
            gaps.add(new CollectionGap(domain, s.businessName(domain), !mine.isEmpty() && !revenueMissing,
                    mine.stream().mapToLong(BookingFacts::earnedCents).sum(), collectedForWork(s, invoices, domain),
                    months, mine.stream().mapToLong(b -> months.stream().mapToLong(m -> b.earnedByMonth().getOrDefault(m, 0L)).sum()).sum(),
                    open.count(), open.cents(), mine.stream().mapToLong(BookingFacts::uninvoicedEarnedCents).sum(),
                    String.join(", ", mine.stream().map(BookingFacts::table).toList())));
        }
        return gaps;
    }

    /**
     * What the business collected for work it keeps: its paid invoices less those paid on bookings since cancelled or
     * refunded — that money is owed back, and counting it would make "not collected" smaller than "not invoiced".
     */
    static long collectedForWork(PortfolioSnapshot s, InvoiceFacts invoices, String domain) {
        return invoices.collectedCents(domain) - s.invoiceMatch(domain).paidOnCancelledCents();
    }

    /**
     * What a business is owed for work done, measured against what it earns: the total to date alone would shrink as a
     * share of ever more history, while a share of recent earnings reads the same in any year (33% ≈ a month of
     * earnings waiting to be paid).
     *
     * @param earnedRead         every source the business's revenue comes from was read, so earned is known
     * @param earnedCents        revenue whose service date has passed, to date
     * @param collectedCents     its paid invoices, whenever paid (deposits for services still ahead included), less
     *                           those paid on bookings since cancelled or refunded
     * @param recentMonths       the last full months the share is measured against
     * @param recentEarnedCents  revenue earned in those months (by service date)
     * @param openInvoices       its invoices not yet settled
     * @param openCents          their value
     * @param uninvoicedCents    its earned bookings that carry no invoice (the glossary's not invoiced: nothing to collect on)
     * @param tables             the bookings tables earned revenue comes from, as evidence
     */
    record CollectionGap(String domain, String name, boolean earnedRead, long earnedCents, long collectedCents,
                         List<String> recentMonths, long recentEarnedCents, long openInvoices, long openCents,
                         long uninvoicedCents, String tables) {

        /** Earned but not collected; 0 when collections run ahead of earnings (deposits) or earned is unknown. */
        long uncollectedCents() {
            return earnedRead ? Math.max(0, earnedCents - collectedCents) : 0;
        }

        /** "39%" of the recent months' earnings; "n/a" when nothing was earned in them. */
        String shareOfRecent() {
            return Figures.percent(uncollectedCents(), recentEarnedCents);
        }

        /** True when what is not collected exceeds the alarm's share of the recent months' earnings. */
        boolean alarming(int alarmPercent) {
            return earnedRead && uncollectedCents() > 0 && uncollectedCents() * 100 > (long) alarmPercent * recentEarnedCents;
        }
    }

    // ---------------------------------------------------------------- trend measures (ToLongFunction<PortfolioSnapshot>)

    static long averageExpensesCents(PortfolioSnapshot s) {
        return burn(s).averageExpensesCents();
    }

    static long averageNetBurnCents(PortfolioSnapshot s) {
        return burn(s).averageNetBurnCents();
    }

    static long cashCents(PortfolioSnapshot s) {
        return burn(s).cashCents();
    }

    /** AWS spend of the last full month, from the cost export. */
    static long awsLastFullMonthCents(PortfolioSnapshot s) {
        String month = ReportMonths.full(s, 1).get(0);
        return s.costs().stream().mapToLong(f -> f.data().monthCents(month)).sum();
    }

    /** Earned but not collected, summed over the businesses (one's deposits never offset another's debts). */
    static long uncollectedCents(PortfolioSnapshot s) {
        return collectionGaps(s).stream().mapToLong(CollectionGap::uncollectedCents).sum();
    }

    static long paidInvoiceCents(PortfolioSnapshot s) {
        return s.all(InvoiceFacts.class).stream()
                .mapToLong(f -> f.data().byStatus().getOrDefault("paid", InvoiceFacts.Total.NONE).cents()).sum();
    }

    static long unmappedExpenseCents(PortfolioSnapshot s) {
        return s.all(LedgerFacts.class).stream().mapToLong(f -> f.data().unmappedCents()).sum();
    }
}
