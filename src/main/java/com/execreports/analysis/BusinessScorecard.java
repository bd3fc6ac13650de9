package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.analysis.FinanceMeasures.BusinessMargin;
import com.execreports.analysis.FinanceMeasures.CollectionGap;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * The CEO's one table: each business on four lines of a phone — its bookings of the last 30 days with their trend, its
 * margin over the last full months, its cash against what customers owe it, and its worst open finding.
 */
final class BusinessScorecard {

    static final String TITLE = "Business scorecard";

    private BusinessScorecard() {
    }

    static Section of(PortfolioSnapshot s, List<PortfolioFinding> mine) {
        Map<String, BusinessMargin> margins = new TreeMap<>();
        FinanceMeasures.margins(s).forEach(m -> margins.put(m.domain(), m));
        Map<String, CollectionGap> gaps = new TreeMap<>();
        if (FinanceMeasures.invoiceLedger(s) != null) {
            FinanceMeasures.collectionGaps(s).forEach(g -> gaps.put(g.domain(), g));
        }
        Map<String, Long> cash = cashByBusiness(s);
        List<List<String>> rows = new ArrayList<>();
        for (String domain : s.businesses()) {
            List<BookingFacts> bookings = s.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain))
                    .map(PortfolioSnapshot.Fact::data).toList();
            long last30 = bookings.stream().mapToLong(BookingFacts::last30DaysCents).sum();
            long prev30 = bookings.stream().mapToLong(BookingFacts::previous30DaysCents).sum();
            String booked = bookings.isEmpty() ? "no bookings table" : Figures.money(last30) + " (" + Figures.change(last30, prev30) + ")";
            BusinessMargin m = margins.get(domain);
            String margin = m == null || !m.known() ? "margin unknown" : "margin " + m.marginText();
            CollectionGap g = gaps.get(domain);
            String money = (cash.containsKey(domain) ? "cash " + Figures.money(cash.get(domain)) : "no cash balance")
                    + "; " + (g == null || !g.earnedRead() ? "owed unknown" : "owed " + Figures.money(g.uncollectedCents()));
            String worst = mine.stream().filter(f -> f.business().equals(s.businessName(domain))).findFirst()
                    .map(f -> f.severity().toUpperCase(java.util.Locale.ROOT) + " " + FirstScreens.shortened(f.title())).orElse("none open");
            rows.add(List.of(s.businessName(domain), booked + "; " + margin, money, worst));
        }
        String months = ReportMonths.span(ReportMonths.full(s, FinanceMeasures.BURN_MONTHS));
        CashReconciliation r = CashReconciliation.portfolio(s);
        String caution = r != null && r.expensesIncomplete() ? " Margins overstate profit: recorded expenses cover " + r.coverage()
                + " of the cash that left." : "";
        return new Section(TITLE, "Bookings of the last 30 days (change on the 30 days before); margin = revenue booked − recorded "
                + "expenses, " + months + "; cash = latest balance; owed = earned, not collected; worst = the worst open finding."
                + caution, List.of("Business", "Bookings 30d; margin", "Cash; owed", "Worst finding"), rows);
    }

    /** The latest balance of each business, from every ledger read. */
    static Map<String, Long> cashByBusiness(PortfolioSnapshot s) {
        Map<String, Long> cash = new TreeMap<>();
        s.all(LedgerFacts.class).forEach(f -> f.data().cashBalances().forEach((b, c) -> cash.merge(b, c, Long::sum)));
        return cash;
    }
}
