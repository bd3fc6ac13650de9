package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * What moved through the bank, month by month, for one business or the portfolio: cash in (invoices paid that
 * month), cash out as the expense ledger records it, and the month-end balances that say what really happened. The
 * difference between the two is money that left with no recorded expense — owner draws, transfers, unrecorded costs.
 *
 */
final class CashFlow {

    private final String business;
    private final List<String> members;
    private final boolean collectionsOnFile;
    private final SortedMap<String, Long> balances;
    private final PortfolioSnapshot snapshot;

    /**
     * @param business          the business, or null for the portfolio
     * @param members           the businesses its figures sum (the one business, or the portfolio's parts)
     * @param collectionsOnFile cash in is recorded for it: an invoice ledger holds its paid invoices (a business paid
     *                          another way, e.g. card subscriptions, has none, and its cash cannot be reconciled)
     * @param balances          its month-end balances, month (yyyy-MM) → cents: the last balance dated in each month,
     *                          summed over the businesses for the portfolio only when every one of them has one
     */
    private CashFlow(String business, List<String> members, boolean collectionsOnFile, SortedMap<String, Long> balances,
                     PortfolioSnapshot snapshot) {
        this.business = business;
        this.members = members;
        this.collectionsOnFile = collectionsOnFile;
        this.balances = balances;
        this.snapshot = snapshot;
    }

    String business() {
        return business;
    }

    boolean collectionsOnFile() {
        return collectionsOnFile;
    }

    SortedMap<String, Long> balances() {
        return balances;
    }

    /** One business's cash; a business with no balances on file has none. */
    static CashFlow of(PortfolioSnapshot s, String business) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(s);
        boolean collections = invoices != null && !invoices.collectedCents().getOrDefault(business, new TreeMap<>()).isEmpty();
        return new CashFlow(business, List.of(business), collections, monthEnds(history(s).getOrDefault(business, new TreeMap<>())), s);
    }

    /**
     * The portfolio's cash: the businesses with balances on file whose cash in is recorded. The others are named by
     * {@link #leftOut} rather than mixed in, since their cash in is unknown.
     */
    static CashFlow portfolio(PortfolioSnapshot s) {
        List<CashFlow> parts = reconcilable(s);
        return new CashFlow(null, parts.stream().map(CashFlow::business).toList(), !parts.isEmpty(), summed(parts), s);
    }

    /** Every business with a cash balance: what the portfolio's bank balances did, whoever's cash in is on file. */
    static CashFlow everyBalance(PortfolioSnapshot s) {
        List<CashFlow> parts = history(s).keySet().stream().map(b -> of(s, b)).toList();
        return new CashFlow(null, parts.stream().map(CashFlow::business).toList(),
                !parts.isEmpty() && parts.stream().allMatch(CashFlow::collectionsOnFile), summed(parts), s);
    }

    /** The months where every part has a month-end balance, summed. */
    private static SortedMap<String, Long> summed(List<CashFlow> parts) {
        SortedMap<String, Long> sum = new TreeMap<>();
        if (!parts.isEmpty()) {
            for (String month : parts.get(0).balances().keySet()) {
                if (parts.stream().allMatch(p -> p.balances().containsKey(month))) {
                    sum.put(month, parts.stream().mapToLong(p -> p.balances().get(month)).sum());
                }
            }
        }
        return sum;
    }

    /** The businesses whose cash can be reconciled: balances on file and cash in recorded. */
    static List<CashFlow> reconcilable(PortfolioSnapshot s) {
        List<CashFlow> flows = new ArrayList<>();
        for (String business : history(s).keySet()) {
            CashFlow f = of(s, business);
            if (f.collectionsOnFile()) {
                flows.add(f);
            }
        }
        return flows;
    }

    /** The businesses with a cash balance whose cash in is not on file, by name. */
    static List<String> leftOut(PortfolioSnapshot s) {
        return history(s).keySet().stream().filter(b -> !of(s, b).collectionsOnFile()).map(s::businessName).toList();
    }

    long collectedCents(String month) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        if (invoices == null) {
            return 0;
        }
        return members.stream().mapToLong(b -> invoices.collectedCents(b, month)).sum();
    }

    /** Expenses the ledger records in the month: taken as paid that month (the ledger has no separate paid date). */
    long recordedOutCents(String month) {
        long cents = 0;
        for (var f : snapshot.all(LedgerFacts.class)) {
            Map<String, SortedMap<String, Long>> byBusiness = f.data().expensesByBusinessMonth();
            for (String b : members) {
                cents += byBusiness.getOrDefault(b, new TreeMap<>()).getOrDefault(month, 0L);
            }
        }
        return cents;
    }

    long collectedCents(Collection<String> months) {
        return months.stream().mapToLong(this::collectedCents).sum();
    }

    long recordedOutCents(Collection<String> months) {
        return months.stream().mapToLong(this::recordedOutCents).sum();
    }

    /** The change of the balance over the month, or null when either month-end balance is not on file. */
    Long balanceChangeCents(String month) {
        Long end = balances.get(month);
        Long start = balances.get(ReportMonths.previous(month));
        return end == null || start == null ? null : end - start;
    }

    /** The change of the balance from the end of the month before the first to the end of the last, or null. */
    Long balanceChangeCents(List<String> months) {
        if (months.isEmpty()) {
            return null;
        }
        Long end = balances.get(months.get(months.size() - 1));
        Long start = balances.get(ReportMonths.previous(months.get(0)));
        return end == null || start == null ? null : end - start;
    }

    /** Cash that left in the month with no recorded expense (negative: came in unrecorded), or null when unknown. */
    Long unexplainedOutCents(String month) {
        Long change = balanceChangeCents(month);
        return change == null ? null : collectedCents(month) - recordedOutCents(month) - change;
    }

    /** The first month any cash in or recorded expense is on file, and never after {@code latest}. */
    String firstMonthOnFile(String latest) {
        String first = latest;
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        for (String b : members) {
            if (invoices != null && !invoices.collectedCents().getOrDefault(b, new TreeMap<>()).isEmpty()) {
                first = min(first, invoices.collectedCents().get(b).firstKey());
            }
            for (var f : snapshot.all(LedgerFacts.class)) {
                SortedMap<String, Long> months = f.data().expensesByBusinessMonth().get(b);
                if (months != null && !months.isEmpty()) {
                    first = min(first, months.firstKey());
                }
            }
        }
        return first;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }


    /** Every balance on file; a snapshot archived before the history was kept knows each business's latest only. */
    private static SortedMap<String, SortedMap<String, Long>> history(PortfolioSnapshot s) {
        SortedMap<String, SortedMap<String, Long>> all = new TreeMap<>();
        for (var f : s.all(LedgerFacts.class)) {
            LedgerFacts l = f.data();
            if (l.cashHistory().isEmpty() && l.cashAsOf() != null) {
                l.cashBalances().forEach((b, cents) -> all.computeIfAbsent(b, x -> new TreeMap<>()).put(l.cashAsOf(), cents));
            }
            l.cashHistory().forEach((b, dates) -> all.computeIfAbsent(b, x -> new TreeMap<>()).putAll(dates));
        }
        return all;
    }

    /** The last balance dated in each month (dates sort as text, so the last put wins). */
    private static SortedMap<String, Long> monthEnds(SortedMap<String, Long> byDate) {
        SortedMap<String, Long> ends = new TreeMap<>();
        byDate.forEach((date, cents) -> ends.put(date.substring(0, 7), cents));
        return ends;
    }
}
