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
            String booked = bookings.isEmpty() ? "—" : Figures.compactMoney(last30) + " (" + Figures.change(last30, prev30) + ")";
            BusinessMargin m = margins.get(domain);
            String margin = m == null || !m.known() ? "?" : Figures.percent(m.marginCents(), m.revenueCents());
            CollectionGap g = gaps.get(domain);
            String money = margin + " · " + (cash.containsKey(domain) ? Figures.compactMoney(cash.get(domain)) : "?") + " · "
                    + (g == null || !g.earnedRead() ? "?" : Figures.compactMoney(g.uncollectedCents()));
            List<PortfolioFinding> own = mine.stream().filter(f -> f.business().equals(s.businessName(domain))).toList();
            String worst = own.isEmpty() ? "none open" : own.get(0).severity().toUpperCase(java.util.Locale.ROOT) + " "
                    + shortTitle(own.get(0));
            rows.add(List.of(shortName(s.businessName(domain)), booked, money, worst));
        }
        String months = ReportMonths.span(ReportMonths.full(s, FinanceMeasures.BURN_MONTHS));
        CashReconciliation r = CashReconciliation.portfolio(s);
        String caution = r != null && r.expensesIncomplete() ? ", overstated (recorded costs are " + r.coverage()
                + " of cash out)" : "";
        return new Section(TITLE, "Margin = share of revenue, " + months + caution + "; owed = earned, not collected.",
                List.of("Business", "Bookings 30d", "Margin · cash · owed", "Worst finding"), rows);
    }

    /** "Queen of San Diego" of "Queen of San Diego (sailing and events)": four columns fit a phone only with short names. */
    static String shortName(String name) {
        int detail = name.indexOf(" (");
        return detail > 0 ? name.substring(0, detail) : name;
    }

    /** The worst finding in a few words: the title up to its first detail, at most {@value #WORST_CHARACTERS} characters. */
    static final int WORST_CHARACTERS = 32;

    private static String shortTitle(PortfolioFinding f) {
        // a finding of a kind that reads in one line with others has a short headline: "Earned bookings not invoiced"
        if (f.grouping() != null && f.grouping().headline().length() <= WORST_CHARACTERS) {
            return f.grouping().headline();
        }
        String s = FirstScreens.shortened(f.title());
        if (s.length() > WORST_CHARACTERS) {
            int space = s.lastIndexOf(' ', WORST_CHARACTERS);
            s = s.substring(0, space > 0 ? space : WORST_CHARACTERS) + "…";
        }
        return s;
    }

    /** The latest balance of each business, from every ledger read. */
    static Map<String, Long> cashByBusiness(PortfolioSnapshot s) {
        Map<String, Long> cash = new TreeMap<>();
        s.all(LedgerFacts.class).forEach(f -> f.data().cashBalances().forEach((b, c) -> cash.merge(b, c, Long::sum)));
        return cash;
    }
}
