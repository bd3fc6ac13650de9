package com.execreports.analysis;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * Each business's revenue, expenses and profit for the month, the quarter and the tax year to date, the periods a
 * return and an estimated-tax payment are prepared for. The tax year is the calendar year unless the business's domain
 * file starts it in another month; its quarters are counted from that month. Revenue is earned revenue (service date
 * passed), plus, estimated, MRR for each month of a subscription business, whose renewals are not kept month by month.
 */
final class PeriodFigures {

    static final String TITLE = "Month, quarter and tax year to date";

    private PeriodFigures() {
    }

    /** A business's period so far: its months (yyyy-MM, oldest first, the run's month last) and how the reports name it. */
    record Period(String label, List<String> months) {
    }

    /** The run's month, the tax year's quarter it falls in, and the tax year, each up to the run's month. */
    static List<Period> periods(YearMonth now, int taxYearStart) {
        int offset = Math.floorMod(now.getMonthValue() - taxYearStart, 12);
        YearMonth yearStart = now.minusMonths(offset);
        YearMonth quarterStart = now.minusMonths(offset % 3);
        boolean calendar = taxYearStart == 1;
        String year = calendar ? String.valueOf(yearStart.getYear()) : "FY" + yearStart.plusMonths(11).getYear();
        return List.of(new Period(shortName(now), List.of(now.toString())),
                new Period("Q" + (offset / 3 + 1) + " " + year, ReportMonths.between(quarterStart.toString(), now.toString())),
                new Period(calendar ? year : year + " (from " + shortName(yearStart) + ")",
                        ReportMonths.between(yearStart.toString(), now.toString())));
    }

    /** "Nov 2026". */
    static String shortName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + month.getYear();
    }

    /**
     * Earned revenue of the business over these months, plus, for a subscription business, its MRR for each of them —
     * never more than all its paid renewals have earned to date, as no period can earn more than all of history.
     */
    static long revenueCents(PortfolioSnapshot s, String domain, List<String> months) {
        long cents = s.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain))
                .mapToLong(f -> months.stream().mapToLong(m -> f.data().earnedByMonth().getOrDefault(m, 0L)).sum()).sum();
        if (FinanceMeasures.isSubscription(s, domain)) {
            cents += s.all(SubscriptionFacts.class).stream().filter(f -> f.domain().equals(domain)).mapToLong(f -> {
                long estimate = f.data().mrrCents() * months.size();
                // 0 paid renewals is "not measured" in a snapshot archived before they were read
                return f.data().paidRenewalsCents() > 0 ? Math.min(estimate, f.data().paidRenewalsCents()) : estimate;
            }).sum();
        }
        return cents;
    }

    /** A subscription business's revenue is an estimate: its renewals are not dated, so a month's is today's MRR. */
    static boolean estimated(PortfolioSnapshot s, String domain) {
        return FinanceMeasures.isSubscription(s, domain) && s.all(SubscriptionFacts.class).stream().anyMatch(f -> f.domain().equals(domain));
    }

    static long expensesCents(PortfolioSnapshot s, String domain, List<String> months) {
        return months.stream().mapToLong(m -> MonthlyProfit.expensesCents(s, domain, m)).sum();
    }

    static int taxYearStart(PortfolioSnapshot s, String domain) {
        return s.of(domain, BusinessProfile.class).map(BusinessProfile::taxYearStartMonth).orElse(1);
    }

    static Section section(PortfolioSnapshot s) {
        YearMonth now = YearMonth.from(s.run().asOf());
        Set<Integer> starts = new LinkedHashSet<>();
        s.businesses().forEach(d -> starts.add(taxYearStart(s, d)));
        boolean shared = starts.size() <= 1;
        List<Period> common = periods(now, shared && !starts.isEmpty() ? starts.iterator().next() : 1);
        List<String> columns = shared
                ? List.of("Business", common.get(0).label() + " to date", common.get(1).label() + " to date", common.get(2).label() + " to date")
                : List.of("Business", "Month to date", "Quarter to date", "Tax year to date");
        boolean ledger = FinanceMeasures.ledgerRead(s);
        UnreadableExpenses unreadable = new UnreadableExpenses(s);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> profits = new ArrayList<>();
        long[] revenue = new long[3];
        long[] expenses = new long[3];
        Set<String> allMonths = new LinkedHashSet<>();
        boolean anyEstimated = s.businesses().stream().anyMatch(d -> estimated(s, d));
        for (String domain : s.businesses()) {
            int start = taxYearStart(s, domain);
            List<Period> periods = periods(now, start);
            List<String> row = new ArrayList<>(List.of(s.businessName(domain) + (estimated(s, domain) ? ESTIMATE : "")
                    + (shared || start == 1 ? "" : " (tax year from " + Month.of(start).getDisplayName(TextStyle.SHORT, Locale.US) + ": "
                    + periods.get(1).label() + ")")));
            List<String> profit = new ArrayList<>(row);
            for (int i = 0; i < periods.size(); i++) {
                List<String> months = periods.get(i).months();
                allMonths.addAll(months);
                long r = revenueCents(s, domain, months);
                long e = expensesCents(s, domain, months);
                revenue[i] += r;
                expenses[i] += e;
                row.add(cell(r, e, ledger, unreadable.rows(domain, months)));
                profit.add(roundedProfit(r, e, ledger, unreadable.rows(domain, months)));
            }
            rows.add(row);
            profits.add(profit);
        }
        if (shared && !rows.isEmpty()) {
            List<String> all = new ArrayList<>(List.of("All businesses" + (anyEstimated ? ESTIMATE : "")));
            for (int i = 0; i < common.size(); i++) {
                all.add(cell(revenue[i], expenses[i], ledger, unreadable.rows(null, common.get(i).months())));
            }
            rows.add(all);
            List<String> allProfit = new ArrayList<>(List.of(all.get(0)));
            for (int i = 0; i < common.size(); i++) {
                allProfit.add(roundedProfit(revenue[i], expenses[i], ledger, unreadable.rows(null, common.get(i).months())));
            }
            profits.add(allProfit);
        }
        String first = firstLedgerMonth(s);
        String coverage = first != null && allMonths.stream().anyMatch(m -> m.compareTo(first) < 0)
                ? " The ledger's expenses start in " + first + ": earlier months count none." : "";
        String taxYear = shared && (starts.isEmpty() || starts.contains(1)) ? "the tax year is the calendar year"
                : "each business's tax year as its domain file starts it";
        String note = "Profit = earned revenue (service date passed) − recorded expenses, to " + s.run().asOf().toLocalDate() + "; "
                + taxYear + "." + (anyEstimated ? " ~ = revenue estimated: a subscription business's renewals are not dated, so it "
                + "counts today's MRR a month, at most what its paid renewals earned in all." : "") + coverage + unreadable.footnote(null, allMonths);
        // a profit from recorded costs says so when cash shows far more going out than the ledger records
        CashReconciliation cash = CashReconciliation.portfolio(s);
        String overstated = cash != null && cash.expensesIncomplete() ? "Overstated: recorded expenses are " + cash.coverage()
                + " of cash out" : "";
        note += overstated.isEmpty() ? "" : " " + overstated + ".";
        // a phone's brief shows the profits alone, a line a business; revenue and expenses stay in the full report
        boolean marked = unreadable.rows(null, allMonths) > 0;
        String shortYear = shared && (starts.isEmpty() || starts.contains(1)) ? "calendar tax year" : "each business's own tax year";
        return new Section(TITLE, note, columns, rows).withShortForm(new Section(TITLE + ": profit", "Profit, rounded, to "
                + s.run().asOf().toLocalDate() + " (earned revenue − recorded expenses; " + shortYear + (anyEstimated ? "; ~ revenue estimated" : "")
                + (marked ? "; * an unreadable expense left out" : "") + "). " + (overstated.isEmpty() ? "Exact" : overstated + "; exact")
                + " figures in the full report.", columns, profits));
    }

    /** "$1.36M": a phone's quarter of the width holds seven characters without breaking a figure. */
    static String roundedProfit(long revenue, long expenses, boolean ledger, long unreadableRows) {
        return ledger ? UnreadableExpenses.marked(Figures.compactMoney(revenue - expenses), unreadableRows) : "unknown";
    }

    static String profitCell(long revenue, long expenses, boolean ledger, long unreadableRows) {
        return ledger ? UnreadableExpenses.marked(Figures.money(revenue - expenses), unreadableRows) : "unknown";
    }

    /** "$45,120 ($60,000 − $14,880)": the profit first, what it is made of after. */
    static String cell(long revenue, long expenses, boolean ledger, long unreadableRows) {
        if (!ledger) {
            return "revenue " + Figures.money(revenue) + "; expenses unknown";
        }
        return profitCell(revenue, expenses, true, unreadableRows) + " (" + Figures.money(revenue) + " − " + Figures.money(expenses) + ")";
    }

    /** Marks the row of a business (and the total) whose revenue is partly estimated. */
    static final String ESTIMATE = " ~";

    private static String firstLedgerMonth(PortfolioSnapshot s) {
        return s.all(LedgerFacts.class).stream().map(f -> f.data().expensesByMonth()).filter(m -> !m.isEmpty()).map(m -> m.firstKey())
                .min(String::compareTo).orElse(null);
    }
}
