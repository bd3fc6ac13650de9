package com.execreports.analysis;

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
        for (Facts f : snapshot.sources()) {
            if (f.status() != SourceStatus.PARTIAL) {
                continue;
            }
            String named = named(f);
            found.add(new PortfolioFinding("data-quality." + f.domain() + "." + f.source(), "medium", snapshot.businessName(f.domain()),
                    Figures.plural(f.unreadable(), "item") + " in " + f.resource() + " could not be read and "
                            + (f.unreadable() == 1 ? "is" : "are") + " left out",
                    named.isEmpty() ? f.resource() : named, impact(snapshot, f), 0, readers(f.data()),
                    new Fix("Fix the unreadable records at their source", 2))
                    .groupedAs("Records that could not be read, left out of the figures", f.unreadable(), "item",
                            Figures.count(f.unreadable()) + " in " + f.resource()));
        }
    }

    /**
     * Every value the source sampled, and how many more it counted: "a.csv:3 amount 'x' is not a number; and 4 more";
     * "" when it sampled none (a snapshot archived without them).
     */
    static String named(Facts f) {
        if (f.issues().isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>(f.issues().stream().map(DataIssue::text).toList());
        if (f.unreadable() > named.size()) {
            named.add("and " + Figures.count(f.unreadable() - named.size()) + " more");
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
