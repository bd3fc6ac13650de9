package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.execreports.analysis.FinanceMeasures.CollectionGap;
import com.execreports.analysis.Report.Section;
import com.execreports.model.PortfolioSnapshot;

/**
 * Each business's cash in the bank against what its customers owe it, and the days it takes to collect: a business
 * holding $1,287 while owed $43,305 is short of cash because it does not collect, not because it does not sell.
 */
final class CashAgainstOwed {

    static final String TITLE = "Cash against what customers owe";

    private CashAgainstOwed() {
    }

    static Section section(PortfolioSnapshot s) {
        Map<String, Long> cash = BusinessScorecard.cashByBusiness(s);
        Map<String, CollectionGap> gaps = new TreeMap<>();
        boolean invoices = FinanceMeasures.invoiceLedger(s) != null;
        if (invoices) {
            FinanceMeasures.collectionGaps(s).forEach(g -> gaps.put(g.domain(), g));
        }
        Set<String> domains = new LinkedHashSet<>(s.businesses());
        domains.addAll(cash.keySet());
        List<List<String>> rows = new ArrayList<>();
        long cashTotal = 0;
        long owedTotal = 0;
        for (String domain : domains) {
            CollectionGap g = gaps.get(domain);
            boolean owedKnown = g != null && g.earnedRead();
            Long dso = owedKnown ? ReceivablesAging.dso(s, domain) : null;
            rows.add(List.of(s.businessName(domain), cash.containsKey(domain) ? Figures.money(cash.get(domain)) : "no balance",
                    owedKnown ? Figures.money(g.uncollectedCents()) : invoices ? "no bookings table" : "unknown",
                    dso == null ? "—" : Figures.count(dso)));
            cashTotal += cash.getOrDefault(domain, 0L);
            owedTotal += owedKnown ? g.uncollectedCents() : 0;
        }
        Long dso = ReceivablesAging.dso(s, null);
        rows.add(List.of("All businesses", Figures.money(cashTotal), invoices ? Figures.money(owedTotal) : "unknown",
                dso == null ? "—" : Figures.count(dso)));
        return new Section(TITLE, "Cash = latest balance; owed = earned, not collected; days to collect = owed ÷ a day's earnings in "
                + ReportMonths.span(ReportMonths.full(s, FinanceMeasures.BURN_MONTHS)) + "."
                + (invoices ? "" : " No invoice ledger was read: what customers owe is unknown."),
                List.of("Business", "Cash", "Owed", "Days to collect"), rows);
    }
}
