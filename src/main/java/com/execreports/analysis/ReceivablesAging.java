package com.execreports.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.analysis.FinanceMeasures.CollectionGap;
import com.execreports.analysis.Report.Section;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * How long customers have owed what they owe: the open invoices by days since issued (0–30, 31–60, 61–90, over 90), and
 * the days it takes to collect (DSO: what is earned and not collected, in days of what the business earned in the last
 * full months). Money 90 days old is rarely collected without a call; DSO says how many days of sales wait in receivables.
 */
final class ReceivablesAging {

    static final String TITLE = "Receivables aging";
    static final List<String> BUCKETS = List.of("0–30 days", "31–60 days", "61–90 days", "Over 90 days");

    private ReceivablesAging() {
    }

    /** Open invoices by age bucket, each bucket business → cents; empty when no open invoice is dated. */
    static List<Map<String, Long>> buckets(InvoiceFacts invoices, LocalDate asOf) {
        List<Map<String, Long>> buckets = new ArrayList<>();
        BUCKETS.forEach(b -> buckets.add(new TreeMap<>()));
        for (var business : invoices.openCentsByIssued().entrySet()) {
            for (var day : business.getValue().entrySet()) {
                long age = ChronoUnit.DAYS.between(LocalDate.parse(day.getKey()), asOf);
                int i = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
                buckets.get(i).merge(business.getKey(), day.getValue(), Long::sum);
            }
        }
        return buckets;
    }

    static Section section(PortfolioSnapshot s) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(s);
        List<String> columns = List.of("Age", "Open invoices", "Share", "Most owed by");
        if (invoices == null) {
            return new Section(TITLE, "No invoice ledger was read: the age of what customers owe is unknown.", columns, List.of());
        }
        List<Map<String, Long>> buckets = buckets(invoices, s.run().asOf().toLocalDate());
        long total = buckets.stream().mapToLong(b -> b.values().stream().mapToLong(Long::longValue).sum()).sum();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < BUCKETS.size(); i++) {
            long cents = buckets.get(i).values().stream().mapToLong(Long::longValue).sum();
            String most = buckets.get(i).entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> s.businessName(e.getKey()) + " " + Figures.money(e.getValue())).orElse("—");
            rows.add(List.of(BUCKETS.get(i), Figures.money(cents), Figures.percent(cents, total), most));
        }
        rows.add(List.of("All open", Figures.money(total), total == 0 ? "—" : "100%", "DSO " + dsoText(s)));
        String undated = invoices.openCents() > total ? " " + Figures.money(invoices.openCents() - total)
                + " of open invoices carry no issue date this ledger kept (an older snapshot): their age is unknown." : "";
        return new Section(TITLE, "Open invoices by days since issued, as of " + s.run().asOf().toLocalDate()
                + "; DSO = days to collect. Work never invoiced has no age: see Not invoiced."
                + undated, columns, rows);
    }

    /** Days sales outstanding of the portfolio, e.g. "45 days"; "unknown" without the invoice ledger or earnings. */
    static String dsoText(PortfolioSnapshot s) {
        Long days = dso(s, null);
        return days == null ? "unknown" : Figures.plural(days, "day");
    }

    /** Days sales outstanding of one business (null: the portfolio); null when unknown. */
    static Long dso(PortfolioSnapshot s, String domain) {
        if (FinanceMeasures.invoiceLedger(s) == null) {
            return null;
        }
        List<CollectionGap> gaps = FinanceMeasures.collectionGaps(s).stream()
                .filter(g -> g.earnedRead() && (domain == null || g.domain().equals(domain))).toList();
        long recent = gaps.stream().mapToLong(CollectionGap::recentEarnedCents).sum();
        long owed = gaps.stream().mapToLong(CollectionGap::uncollectedCents).sum();
        if (recent <= 0) {
            return null;
        }
        long days = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS).stream()
                .mapToLong(m -> java.time.YearMonth.parse(m).lengthOfMonth()).sum();
        return Math.round((double) owed * days / recent);
    }
}
