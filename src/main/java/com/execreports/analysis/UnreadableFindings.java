package com.execreports.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.BookingFacts;
import com.execreports.model.ChannelFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.OrgFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SecurityFacts;
import com.execreports.model.SiteFacts;
import com.execreports.model.SourceData;
import com.execreports.model.SourceStatus;
import com.execreports.model.SubscriptionFacts;

/**
 * A source that could not read everything it saw: one finding that names each value it could not read as the
 * source sampled it — file:line or table and key, the column, the value as written (secrets masked) and what the row
 * is — in the reports whose figures come from that source, so whoever keeps the data can fix the cell.
 */
final class UnreadableFindings {

    private UnreadableFindings() {
    }

    static void find(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        // two sources reading one table (bookings and operations of the same jobs table) meet the same broken item:
        // it is one item to fix, so it is counted and named once
        Map<String, List<Facts>> byResource = new LinkedHashMap<>();
        for (Facts f : snapshot.sources()) {
            // a source stopped by its time budget is partial with nothing unreadable: PortfolioFindings names it
            if (f.status() == SourceStatus.PARTIAL && f.unreadable() > 0) {
                byResource.computeIfAbsent(f.domain() + "\u0000" + f.resource(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Facts> readers : byResource.values()) {
            Facts first = readers.get(0);
            long items = items(readers);
            String named = named(readers, items);
            Set<String> roles = new TreeSet<>();
            readers.forEach(f -> roles.addAll(readers(f.data())));
            String by = readers.size() == 1 ? "" : " (read by " + String.join(" and ", readers.stream().map(Facts::source).toList()) + ")";
            found.add(new PortfolioFinding("data-quality." + first.domain() + "." + String.join("+", readers.stream().map(Facts::source).toList()),
                    "medium", snapshot.businessName(first.domain()),
                    Figures.plural(items, "item") + " in " + first.resource() + by + " could not be read and "
                            + (items == 1 ? "is" : "are") + " left out",
                    named.isEmpty() ? first.resource() : named, impact(snapshot, first), 0, roles,
                    new Fix("Fix the unreadable records at their source", 2))
                    .groupedAs("Records that could not be read, left out of the figures", items, "item",
                            Figures.count(items) + " in " + first.resource()));
        }
    }

    /**
     * The distinct items the readers could not read: the most any one reader counted, plus the items another reader
     * sampled that the first did not. Unsampled items cannot be told apart, so they are taken as the same ones.
     */
    static long items(List<Facts> readers) {
        Facts most = readers.stream().max(java.util.Comparator.comparingLong(Facts::unreadable)).orElseThrow();
        Set<String> seen = new HashSet<>();
        most.issues().forEach(i -> seen.add(i.where()));
        long items = most.unreadable();
        for (Facts f : readers) {
            if (f != most) {
                items += f.issues().stream().map(DataIssue::where).filter(seen::add).count();
            }
        }
        return items;
    }

    static String named(Facts f) {
        return named(List.of(f), f.unreadable());
    }

    /**
     * Every value the readers sampled, each item once, and how many more they counted: "a.csv:3 amount 'x' is not a
     * number; and 4 more"; "" when they sampled none (a snapshot archived without them).
     */
    static String named(List<Facts> readers, long items) {
        Map<String, String> byWhere = new LinkedHashMap<>();
        readers.forEach(f -> f.issues().forEach(i -> byWhere.putIfAbsent(i.where(), i.text())));
        if (byWhere.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>(byWhere.values());
        if (items > named.size()) {
            named.add("and " + Figures.count(items - named.size()) + " more");
        }
        return String.join("; ", named);
    }

    /**
     * The reports that show figures from this kind of source: an unreadable expense is the CFO's and the
     * accountant's to chase, a broken booking every report's that counts revenue.
     */
    static Set<String> readers(SourceData data) {
        if (data instanceof LedgerFacts || data instanceof InvoiceFacts) {
            return Set.of("cfo", "accounting");
        }
        if (data instanceof BookingFacts) {
            return Set.of("ceo", "cfo", "cmo", "accounting");
        }
        if (data instanceof SubscriptionFacts) {
            return Set.of("ceo", "cfo", "accounting");
        }
        if (data instanceof OperationsFacts || data instanceof OrgFacts) {
            return Set.of("ceo");
        }
        if (data instanceof CostFacts) {
            return Set.of("cto", "cfo");
        }
        if (data instanceof SiteFacts) {
            return Set.of("cto", "cmo");
        }
        if (data instanceof ChannelFacts) {
            return Set.of("cmo");
        }
        if (data instanceof EngineeringFacts || data instanceof SecurityFacts || data instanceof InventoryFacts) {
            return Set.of("cto");
        }
        return PortfolioFindings.ALL;
    }

    /** For a ledger, the figures the rows leave incomplete; otherwise what any source's reader should assume. */
    private static String impact(PortfolioSnapshot snapshot, Facts f) {
        if (!(f.data() instanceof LedgerFacts ledger) || ledger.unreadableExpenses().isEmpty()) {
            return "figures from " + f.name() + " are understated";
        }
        List<String> parts = new ArrayList<>();
        ledger.unreadableExpenses().forEach((business, months) -> {
            TreeSet<String> when = new TreeSet<>(months.keySet());
            parts.add((business.equals(DataIssue.ANY_BUSINESS) ? "any business" : snapshot.businessName(business)) + " in "
                    + String.join(", ", when.stream().map(m -> m.equals(DataIssue.ANY_MONTH) ? "an unknown month" : m).toList()));
        });
        return "the expenses of " + String.join(" and of ", parts) + " are incomplete, and so is every total, margin and yield "
                + "built on them";
    }
}
