package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import com.execreports.model.PortfolioSnapshot;

/**
 * Opening balance + collected − recorded expenses, set against the closing balance: how much of the cash that left
 * the books explain. When the ledger lacks most costs (owner draws, payroll, costs paid from a personal card), margins
 * and break-even look far better than the bank does — this is the figure that says so.
 *
 * @param name          the business, or "Portfolio"
 * @param months        the months reconciled: after the opening balance's month, up to the closing balance's
 * @param openingMonth  the month whose month-end balance opens the reconciliation
 * @param openingCents  that balance; 0 when no earlier balance is on file ({@code openingOnFile} false)
 * @param openingOnFile an opening balance was read: without one the unexplained amount is a lower bound (cash
 *                      cannot have started below zero)
 * @param closingMonth  the month of the latest month-end balance
 * @param closingCents  that balance
 * @param collectedCents cash in over the months: invoices paid
 * @param recordedOutCents cash out the expense ledger records over the months
 */
record CashReconciliation(String name, List<String> months, String openingMonth, long openingCents, boolean openingOnFile,
                          String closingMonth, long closingCents, long collectedCents, long recordedOutCents) {

    /** What the balances say went out: opening + collected − closing. */
    long impliedOutCents() {
        return openingCents + collectedCents - closingCents;
    }

    /** Cash that left with no recorded expense; negative when more is recorded than left. */
    long unexplainedCents() {
        return impliedOutCents() - recordedOutCents;
    }

    /** "5%": the share of what cash implies went out that the ledger records. */
    String coverage() {
        return impliedOutCents() <= 0 ? "100%" : Figures.percent(Math.min(recordedOutCents, impliedOutCents()), impliedOutCents());
    }

    /** The recorded expenses fall well short of what cash implies: margins built on them overstate profit. */
    boolean expensesIncomplete() {
        return impliedOutCents() > 0 && recordedOutCents * 10 < impliedOutCents() * 9;
    }

    /** The portfolio's cash reconciled, or null when no business has balances and recorded cash in. */
    static CashReconciliation portfolio(PortfolioSnapshot s) {
        CashFlow flow = CashFlow.portfolio(s);
        return flow.collectionsOnFile() ? of("Portfolio", flow, s) : null;
    }

    /** Every business whose cash can be reconciled, in the order the ledger names them. */
    static List<CashReconciliation> byBusiness(PortfolioSnapshot s) {
        List<CashReconciliation> all = new ArrayList<>();
        for (CashFlow flow : CashFlow.reconcilable(s)) {
            all.add(of(s.businessName(flow.business()), flow, s));
        }
        return all;
    }

    private static CashReconciliation of(String name, CashFlow flow, PortfolioSnapshot s) {
        SortedMap<String, Long> balances = flow.balances();
        String closing = balances.lastKey();
        boolean openingOnFile = balances.size() > 1;
        String opening = openingOnFile ? balances.firstKey() : ReportMonths.previous(flow.firstMonthOnFile(closing));
        List<String> months = ReportMonths.between(nextMonth(opening), closing);
        return new CashReconciliation(name, months, opening, openingOnFile ? balances.get(opening) : 0, openingOnFile, closing,
                balances.get(closing), flow.collectedCents(months), flow.recordedOutCents(months));
    }

    private static String nextMonth(String month) {
        return java.time.YearMonth.parse(month).plusMonths(1).toString();
    }
}
