package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * Each business's profit month by month: revenue booked (and MRR for a subscription business) less the expenses the
 * ledger records, over the last full months, one column a month so four columns fit a phone.
 */
final class MonthlyProfit {

    static final String TITLE = "Profit by business and month";

    private MonthlyProfit() {
    }

    /** Revenue booked in the month, plus MRR for a subscription business (its revenue is not in a bookings table). */
    static long revenueCents(PortfolioSnapshot s, String domain, String month) {
        long cents = s.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain))
                .mapToLong(f -> f.data().revenueByMonth().getOrDefault(month, 0L)).sum();
        if (FinanceMeasures.isSubscription(s, domain)) {
            cents += s.all(SubscriptionFacts.class).stream().filter(f -> f.domain().equals(domain)).mapToLong(f -> f.data().mrrCents()).sum();
        }
        return cents;
    }

    static long expensesCents(PortfolioSnapshot s, String domain, String month) {
        return s.all(LedgerFacts.class).stream()
                .mapToLong(f -> f.data().expensesByBusinessMonth().getOrDefault(domain, java.util.Collections.emptySortedMap())
                        .getOrDefault(month, 0L)).sum();
    }

    static Section section(PortfolioSnapshot s) {
        List<String> months = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        List<String> columns = new ArrayList<>(List.of("Business"));
        columns.addAll(months);
        if (!FinanceMeasures.ledgerRead(s)) {
            return new Section(TITLE, "No expense ledger was read: profit is unknown.", columns, List.of());
        }
        UnreadableExpenses unreadable = new UnreadableExpenses(s);
        List<List<String>> rows = new ArrayList<>();
        // the brief's short form: the same profits rounded ($288.6k), so four columns fit a phone without breaking a figure
        List<List<String>> rounded = new ArrayList<>();
        long[] totals = new long[months.size()];
        for (String domain : s.businesses()) {
            List<String> row = new ArrayList<>(List.of(s.businessName(domain)));
            List<String> shortRow = new ArrayList<>(row);
            for (int i = 0; i < months.size(); i++) {
                long profit = revenueCents(s, domain, months.get(i)) - expensesCents(s, domain, months.get(i));
                totals[i] += profit;
                long unreadableRows = unreadable.rows(domain, List.of(months.get(i)));
                row.add(UnreadableExpenses.marked(Figures.money(profit), unreadableRows));
                shortRow.add(UnreadableExpenses.marked(Figures.compactMoney(profit), unreadableRows));
            }
            rows.add(row);
            rounded.add(shortRow);
        }
        List<String> all = new ArrayList<>(List.of("All businesses"));
        List<String> allRounded = new ArrayList<>(all);
        for (int i = 0; i < months.size(); i++) {
            long unreadableRows = unreadable.rows(null, List.of(months.get(i)));
            all.add(UnreadableExpenses.marked(Figures.money(totals[i]), unreadableRows));
            allRounded.add(UnreadableExpenses.marked(Figures.compactMoney(totals[i]), unreadableRows));
        }
        rows.add(all);
        rounded.add(allRounded);
        CashReconciliation r = CashReconciliation.portfolio(s);
        String caution = r != null && r.expensesIncomplete() ? " Overstated: recorded expenses are " + r.coverage()
                + " of cash out." : "";
        return new Section(TITLE, "Revenue booked (+ MRR) − the business's recorded expenses, by month." + caution
                + unreadable.footnote(null, months), columns, rows)
                .withShortForm(new Section(TITLE + " (rounded)", "Revenue booked (+ MRR) − recorded expenses." + caution
                        + " Exact figures in the full report.", columns, rounded));
    }
}
