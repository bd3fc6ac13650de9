package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * The portfolio's expenses by the chart of accounts' tax categories, each with the accounts (named as the chart
 * names them) that roll up to it, and the expenses whose account is not in the chart. All ledgers read are summed.
 */
final class ExpenseCategories {

    static final String UNMAPPED = "Not in the chart";

    private final long totalCents;
    private final Map<String, Long> byTaxCategory = new TreeMap<>();
    private final Map<String, Long> byAccount = new TreeMap<>();
    private final Map<String, LedgerFacts.Account> chart = new HashMap<>();
    private final Map<String, Long> unmapped = new TreeMap<>();
    private final long unmappedRows;
    private final List<String> months = new ArrayList<>();
    private final Map<String, Map<String, Long>> byTaxYear = new TreeMap<>();

    ExpenseCategories(PortfolioSnapshot snapshot) {
        long total = 0;
        long rows = 0;
        for (Fact<LedgerFacts> f : snapshot.all(LedgerFacts.class)) {
            LedgerFacts l = f.data();
            total += l.expensesCents();
            rows += l.unmappedRows();
            l.expensesByTaxCategory().forEach((k, v) -> byTaxCategory.merge(k, v, Long::sum));
            l.expensesByAccount().forEach((k, v) -> byAccount.merge(k, v, Long::sum));
            l.unmappedAccounts().forEach((k, v) -> unmapped.merge(k, v, Long::sum));
            l.chart().forEach(a -> chart.putIfAbsent(a.label(), a));
            l.expensesByMonth().keySet().stream().filter(m -> !months.contains(m)).forEach(months::add);
            l.expensesByTaxYear().forEach((year, categories) -> categories.forEach((category, cents) ->
                    byTaxYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(category, cents, Long::sum)));
        }
        months.sort(Comparator.naturalOrder());
        this.totalCents = total;
        this.unmappedRows = rows;
    }

    long totalCents() {
        return totalCents;
    }

    long unmappedCents() {
        return unmapped.values().stream().mapToLong(Long::longValue).sum();
    }

    long unmappedRows() {
        return unmappedRows;
    }

    /** "(blank) $214, ??? $150, Misc $126", largest first. */
    String unmappedList() {
        return join(unmapped);
    }

    boolean hasUnmapped() {
        return !unmapped.isEmpty();
    }

    /** The accounts of the chart whose type is income and that carry postings: what a trial balance would need. */
    boolean incomePosted() {
        return byAccount.keySet().stream().anyMatch(label -> chart.containsKey(label) && "income".equalsIgnoreCase(chart.get(label).type()));
    }

    /** "2025-10 to 2026-11": the months the ledger's expense rows fall in. */
    String period() {
        return ReportMonths.span(months);
    }

    /**
     * One row per tax category, largest first: amount, share of all expenses, and its accounts with their amounts;
     * then the expenses not in the chart — in one row, or one row per account as written when {@code eachUnmapped}.
     */
    Section section(String title, String note, boolean eachUnmapped) {
        Map<String, Map<String, Long>> accountsByCategory = accountsByCategory();
        List<List<String>> rows = new ArrayList<>();
        byTaxCategory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(List.of(e.getKey(), Figures.money(e.getValue()), Figures.percent(e.getValue(), totalCents),
                        join(accountsByCategory.getOrDefault(e.getKey(), Map.of())))));
        if (eachUnmapped) {
            sorted(unmapped).forEach(e -> rows.add(List.of(UNMAPPED, Figures.money(e.getValue()), Figures.percent(e.getValue(), totalCents),
                    "account written as \"" + e.getKey() + "\"")));
        } else if (hasUnmapped()) {
            rows.add(List.of(UNMAPPED, Figures.money(unmappedCents()), Figures.percent(unmappedCents(), totalCents), unmappedList()));
        }
        return new Section(title, note, List.of("Tax category", "Amount", "Share", "Accounts"), rows);
    }

    /**
     * One row per tax category, largest first, with a column for each tax (calendar) year the ledger spans — the
     * current one to date — so a return is prepared from its own year's figures, never from a span of two. Empty
     * when the ledger kept no years (a snapshot archived before they were kept).
     */
    Section byTaxYear(String title, String note, String currentYear, UnreadableExpenses unreadable) {
        List<String> years = new ArrayList<>(byTaxYear.keySet());
        List<String> columns = new ArrayList<>(List.of("Tax category"));
        years.forEach(y -> columns.add(y.equals(currentYear) ? y + " to date" : y));
        columns.add("Accounts");
        Map<String, Long> totals = new TreeMap<>();
        byTaxYear.values().forEach(m -> m.forEach((k, v) -> totals.merge(k, v, Long::sum)));
        Map<String, Map<String, Long>> accountsByCategory = accountsByCategory();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : sorted(totals)) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            years.forEach(y -> row.add(Figures.money(byTaxYear.get(y).getOrDefault(e.getKey(), 0L))));
            // names only: the accounts' amounts span every year, the columns one each
            row.add(e.getKey().equals(LedgerFacts.NOT_IN_CHART) ? String.join(", ", sorted(unmapped).stream().map(Map.Entry::getKey).toList())
                    : String.join(", ", sorted(accountsByCategory.getOrDefault(e.getKey(), Map.of())).stream().map(Map.Entry::getKey).toList()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total"));
        // a year's total is incomplete when an unreadable row may belong to one of its months
        years.forEach(y -> total.add(UnreadableExpenses.marked(Figures.money(byTaxYear.get(y).values().stream().mapToLong(Long::longValue).sum()),
                unreadable.rows(null, months.stream().filter(m -> m.startsWith(y)).toList()))));
        total.add("");
        if (!rows.isEmpty()) {
            rows.add(total);
        }
        return new Section(title, note, columns, rows);
    }

    boolean taxYearsKept() {
        return !byTaxYear.isEmpty();
    }

    /** Tax category → the accounts rolling up to it, named as the chart names them, with their amounts. */
    private Map<String, Map<String, Long>> accountsByCategory() {
        Map<String, Map<String, Long>> accounts = new LinkedHashMap<>();
        byAccount.forEach((label, cents) -> {
            LedgerFacts.Account a = chart.get(label);
            String category = a == null ? "(no tax category)" : a.taxCategory();
            accounts.computeIfAbsent(category, k -> new TreeMap<>()).put(a == null ? label : a.name(), cents);
        });
        return accounts;
    }

    private static String join(Map<String, Long> amounts) {
        return String.join(", ", sorted(amounts).stream().map(e -> e.getKey() + " " + Figures.money(e.getValue())).toList());
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> amounts) {
        return amounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
