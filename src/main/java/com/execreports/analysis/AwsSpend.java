package com.execreports.analysis;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * The CTO's view of the AWS bill, from the cost export: the spend measures (functions of a snapshot, so the previous
 * period's value is computed the same way), the KPI, the summary's lead clause and the two cost tables. AWS bills are
 * small, so these figures show dollars and cents.
 */
final class AwsSpend {

    /** Services listed by name before the rest are summed in one row. */
    static final int TOP_SERVICES = 8;
    /** Months the by-service table shows, the latest last. */
    static final int MONTHS_SHOWN = 3;

    private AwsSpend() {
    }

    /** "$1,234.56", "-$0.07": dollars and cents, US formatting. */
    static String dollarsAndCents(long cents) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return (cents < 0 ? "-$" : "$") + f.format(BigDecimal.valueOf(Math.abs(cents)).movePointLeft(2));
    }

    static YearMonth currentMonth(PortfolioSnapshot s) {
        return YearMonth.from(s.run().asOf());
    }

    static YearMonth lastFullMonth(PortfolioSnapshot s) {
        return currentMonth(s).minusMonths(1);
    }

    // ---------------------------------------------------------------- measures

    /** AWS spend of the month before the run's month, over every cost export read. */
    static long lastFullMonthCents(PortfolioSnapshot s) {
        return s.costs().stream().mapToLong(f -> f.data().monthCents(lastFullMonth(s).toString())).sum();
    }

    /** AWS spend of the run's month so far, over every cost export read. */
    static long monthToDateCents(PortfolioSnapshot s) {
        return s.costs().stream().mapToLong(f -> f.data().monthCents(currentMonth(s).toString())).sum();
    }

    // ---------------------------------------------------------------- KPI and lead

    /** The KPI, or none when no cost export was read. */
    static Optional<Kpi> kpi(PortfolioSnapshot s, Trend trend) {
        if (s.costs().isEmpty()) {
            return Optional.empty();
        }
        YearMonth last = lastFullMonth(s);
        long cents = lastFullMonthCents(s);
        String monthly = MonthlyHistories.awsSpend(s).lastFullMonthChanges();
        return Optional.of(new Kpi("AWS spend, last full month", dollarsAndCents(cents),
                trend.change(AwsSpend::lastFullMonthCents, monthly), last.toString()));
    }

    /**
     * The opening of the CTO summary's lead sentence, e.g. "AWS spend is $165.33 so far in 2026-11 ($219.98 in all of
     * 2026-10)"; none when no cost export was read.
     */
    static Optional<String> leadClause(PortfolioSnapshot s) {
        List<CostFacts> costs = s.costs().stream().map(PortfolioSnapshot.Fact::data).toList();
        if (costs.isEmpty()) {
            return Optional.empty();
        }
        YearMonth current = currentMonth(s);
        String last = " (" + dollarsAndCents(lastFullMonthCents(s)) + " in all of " + lastFullMonth(s) + ")";
        boolean exported = costs.stream().anyMatch(c -> c.spendByMonth().containsKey(current.toString()));
        return Optional.of(exported
                ? "AWS spend is " + dollarsAndCents(monthToDateCents(s)) + " so far in " + current + last
                : "The cost export has no AWS spend for " + current + " yet" + last);
    }

    // ---------------------------------------------------------------- tables

    /** Spend of the top services over the last months the export covers (up to the run's month), with a total. */
    static Section byService(PortfolioSnapshot s, CostFacts costs) {
        String current = currentMonth(s).toString();
        List<String> months = costs.spendByMonth().keySet().stream().filter(m -> m.compareTo(current) <= 0).toList();
        months = months.subList(Math.max(0, months.size() - MONTHS_SHOWN), months.size());
        List<String> shown = months;
        List<Map.Entry<String, SortedMap<String, Long>>> services = new ArrayList<>(costs.spendByServiceMonth().entrySet());
        services.sort(Comparator.<Map.Entry<String, SortedMap<String, Long>>>comparingLong(e -> -sum(e.getValue(), shown))
                .thenComparing(Map.Entry::getKey));
        services.removeIf(e -> sum(e.getValue(), shown) == 0);
        int named = services.size() <= TOP_SERVICES + 1 ? services.size() : TOP_SERVICES;
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, SortedMap<String, Long>> e : services.subList(0, named)) {
            List<String> row = new ArrayList<>(List.of(costs.serviceNames().getOrDefault(e.getKey(), e.getKey())));
            shown.forEach(m -> row.add(dollarsAndCents(e.getValue().getOrDefault(m, 0L))));
            rows.add(row);
        }
        if (named < services.size()) {
            List<Map.Entry<String, SortedMap<String, Long>>> rest = services.subList(named, services.size());
            List<String> row = new ArrayList<>(List.of("Other services (" + rest.size() + ")"));
            shown.forEach(m -> row.add(dollarsAndCents(rest.stream().mapToLong(e -> e.getValue().getOrDefault(m, 0L)).sum())));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        shown.forEach(m -> total.add(dollarsAndCents(costs.monthCents(m))));
        rows.add(total);
        List<String> columns = new ArrayList<>(List.of("Service"));
        shown.forEach(m -> columns.add(m.equals(current) ? m + " (to date)" : m));
        return new Section("AWS spend by service",
                "Unblended cost by usage month from " + costs.origin() + ", costliest services first"
                        + (shown.contains(current) ? "; " + current + " is month to date" : "")
                        + ". Each cell is rounded once, so services may add up to a cent more or less than the total.",
                columns, rows);
    }

    /** The costliest resources of the latest month the export covers. */
    static Section costliestResources(PortfolioSnapshot s, CostFacts costs) {
        List<List<String>> rows = new ArrayList<>();
        for (CostFacts.TopResource r : costs.topResources()) {
            String business = r.business() == null || r.business().isBlank() || CostFacts.UNTAGGED.equals(r.business())
                    ? "untagged" : s.businessName(r.business());
            rows.add(List.of(shortResource(r.resourceId()), r.usageType() == null ? r.productCode() : r.usageType(),
                    dollarsAndCents(r.cents()), business));
        }
        String month = costs.topResourcesMonth();
        String note = month == null ? "The cost export holds no line items." : "Spend per resource in " + month
                + (month.equals(currentMonth(s).toString()) ? " (month to date)" : "") + ", costliest first, with its costliest usage type;"
                + " ARNs are shortened to their resource part."
                + (costs.topResourcesCapped() ? " The month has more resources than the export tally tracks: one first seen late may be missing." : "");
        return new Section("Costliest resources", note, List.of("Resource", "Usage type", "Cost", "Business"), rows);
    }

    /** An ARN's resource part ("distribution/E2JQ8ZK4RT1V6M"); any other id as it is. */
    static String shortResource(String id) {
        if (id == null) {
            return "";
        }
        String[] parts = id.split(":", 6);
        return id.startsWith("arn:") && parts.length == 6 && !parts[5].isEmpty() ? parts[5] : id;
    }

    private static long sum(SortedMap<String, Long> byMonth, List<String> months) {
        return months.stream().mapToLong(m -> byMonth.getOrDefault(m, 0L)).sum();
    }
}
