package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * The expense rows the ledgers could not read, as they bear on one figure. A figure built on a month such a row may
 * belong to is marked incomplete ("$655*", "89%*") and its table's note says what the mark leaves out and where to
 * fix it, rather than showing a total or a yield as if it were whole: an unreadable $12,400 repair turns a rental's
 * 89% month into a loss, and nothing but the mark would say so.
 */
final class UnreadableExpenses {

    /** Marks a figure that leaves unreadable expense rows out; the table's note says what it leaves out. */
    static final String MARK = "*";

    private final List<LedgerFacts> ledgers = new ArrayList<>();
    private final List<DataIssue> named = new ArrayList<>();

    UnreadableExpenses(PortfolioSnapshot snapshot) {
        for (Facts f : snapshot.sources()) {
            if (f.usable() && f.data() instanceof LedgerFacts ledger) {
                ledgers.add(ledger);
                // the sampled rows that name a business are expense rows; the chart's and the cash file's are not
                f.issues().stream().filter(i -> i.business() != null).forEach(named::add);
            }
        }
    }

    /** The unreadable rows that may belong to a business's figure (null: a portfolio-wide one) over these months. */
    long rows(String business, Collection<String> months) {
        return ledgers.stream().mapToLong(l -> l.unreadableExpenseRows(business, months)).sum();
    }

    /** Every unreadable expense row: what a figure over the whole ledger leaves out. */
    long rows() {
        return ledgers.stream().mapToLong(LedgerFacts::rowsUnreadable).sum();
    }

    /** The figure, marked when it leaves rows out. */
    static String marked(String figure, long rows) {
        return rows > 0 ? figure + MARK : figure;
    }

    /**
     * What the mark means in a table of this business's (null: every business's) figures over these months: " Figures
     * marked * are incomplete: 1 unreadable expense of 2026-05 is left out (portfolio-ledgers/expenses/expenses-2026.csv:109
     * amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14)."; "" when nothing is left out.
     */
    String footnote(String business, Collection<String> months) {
        return footnote(rows(business, months), business, months::contains);
    }

    /** The same for a figure over the whole ledger. */
    String footnote() {
        return footnote(rows(), null, month -> true);
    }

    private String footnote(long rows, String business, Predicate<String> inMonths) {
        if (rows == 0) {
            return "";
        }
        List<DataIssue> shown = named.stream().filter(i -> mayBelong(i.business(), i.month(), business, inMonths)).toList();
        List<String> evidence = new ArrayList<>(shown.stream().map(DataIssue::text).toList());
        if (!shown.isEmpty() && rows > shown.size()) {
            // the source names only the first few rows; the count says how many more to look for
            evidence.add(Figures.count(rows - shown.size()) + " more not named here");
        }
        String months = months(business, inMonths);
        return " Figures marked " + MARK + " are incomplete: " + Figures.plural(rows, "unreadable expense")
                + (months.isEmpty() ? "" : " of " + months) + (rows == 1 ? " is" : " are") + " left out"
                + (evidence.isEmpty() ? "" : " (" + String.join("; ", evidence) + ")") + ".";
    }

    /** "2026-05", "2025-12 and 2026-05", "2026-05 and an unknown month": the months the rows left out fall in. */
    private String months(String business, Predicate<String> inMonths) {
        TreeSet<String> months = new TreeSet<>();
        for (LedgerFacts l : ledgers) {
            l.unreadableExpenses().forEach((b, byMonth) -> byMonth.keySet().stream().filter(m -> mayBelong(b, m, business, inMonths))
                    .forEach(m -> months.add(m.equals(DataIssue.ANY_MONTH) ? "an unknown month" : m)));
        }
        List<String> items = new ArrayList<>(months);
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A row may belong to the figure: its business (or none it can be trusted to name), a month of it (or none). */
    private static boolean mayBelong(String rowBusiness, String rowMonth, String business, Predicate<String> inMonths) {
        boolean ofBusiness = business == null || rowBusiness.equals(business) || rowBusiness.equals(DataIssue.ANY_BUSINESS);
        return ofBusiness && (rowMonth.equals(DataIssue.ANY_MONTH) || inMonths.test(rowMonth));
    }
}
