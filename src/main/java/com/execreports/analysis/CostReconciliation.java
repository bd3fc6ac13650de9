package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * Cost Explorer set against the CUR export, service by service, in every month whose bill is final and both hold:
 * the same bill read two ways agrees within a cent a cell (each rounds its own sums once), or one of them is missing
 * something. The open month is left out: the export and Cost Explorer refresh at different hours of the day.
 *
 * @param months      the months compared, oldest first
 * @param cells       service-months compared
 * @param differences the service-months that differ by more than a cent, the largest first
 */
record CostReconciliation(List<String> months, int cells, List<Difference> differences) {

    /** Off by one cent is rounding: each source rounds its own exact sum of a cell. */
    static final long TOLERANCE_CENTS = 1;

    /**
     * @param service       the export's product name (Cost Explorer's names for the same service are mapped to it)
     * @param exportCents   the CUR export's spend
     * @param explorerCents Cost Explorer's spend
     */
    record Difference(String service, String month, long exportCents, long explorerCents) {
        long cents() {
            return Math.abs(explorerCents - exportCents);
        }
    }

    /** The reconciliation, when Cost Explorer and a cost export were both read. */
    static Optional<CostReconciliation> of(PortfolioSnapshot s) {
        Optional<CostFacts> explorer = s.costExplorer().map(PortfolioSnapshot.Fact::data);
        List<CostFacts> exports = s.all(CostFacts.class).stream().map(PortfolioSnapshot.Fact::data)
                .filter(c -> c.explorer() == null).toList();
        if (explorer.isEmpty() || exports.isEmpty()) {
            return Optional.empty();
        }
        CostFacts ce = explorer.get();
        TreeSet<String> exported = new TreeSet<>();
        exports.forEach(e -> exported.addAll(e.spendByMonth().keySet()));
        // a month Cost Explorer has nothing for lies before its history (13 months), not at zero
        List<String> months = ce.explorer().closedMonths().stream().filter(exported::contains)
                .filter(ce.spendByMonth()::containsKey).sorted().toList();
        SortedMap<String, SortedMap<String, Long>> export = new TreeMap<>();
        exports.forEach(e -> e.spendByServiceMonth().forEach((code, byMonth) -> byMonth.forEach((m, cents) -> export
                .computeIfAbsent(e.serviceNames().getOrDefault(code, code), k -> new TreeMap<>()).merge(m, cents, Long::sum))));
        SortedMap<String, SortedMap<String, Long>> explored = new TreeMap<>();
        ce.spendByServiceMonth().forEach((name, byMonth) -> byMonth.forEach((m, cents) -> explored
                .computeIfAbsent(exportName(name), k -> new TreeMap<>()).merge(m, cents, Long::sum)));
        TreeSet<String> services = new TreeSet<>(export.keySet());
        services.addAll(explored.keySet());
        List<Difference> differences = new ArrayList<>();
        int cells = 0;
        for (String month : months) {
            for (String service : services) {
                long a = export.getOrDefault(service, new TreeMap<>()).getOrDefault(month, 0L);
                long b = explored.getOrDefault(service, new TreeMap<>()).getOrDefault(month, 0L);
                if (a == 0 && b == 0) {
                    continue;
                }
                cells++;
                if (Math.abs(a - b) > TOLERANCE_CENTS) {
                    differences.add(new Difference(service, month, a, b));
                }
            }
        }
        differences.sort((x, y) -> Long.compare(y.cents(), x.cents()));
        return Optional.of(new CostReconciliation(months, cells, List.copyOf(differences)));
    }

    /**
     * The export's product name of a Cost Explorer service: Cost Explorer splits EC2 into its instance hours
     * ("Amazon Elastic Compute Cloud - Compute") and the rest ("EC2 - Other": volumes, addresses, snapshots), which the
     * export bills under one product; every other service carries the export's product name.
     */
    static String exportName(String explorerService) {
        return SPLIT.getOrDefault(explorerService, explorerService);
    }

    private static final Map<String, String> SPLIT = Map.of(
            "Amazon Elastic Compute Cloud - Compute", "Amazon Elastic Compute Cloud",
            "EC2 - Other", "Amazon Elastic Compute Cloud");

    /** "2026-10", "2026-09 and 2026-10", "2026-08 to 2026-10". */
    String span() {
        return switch (months.size()) {
            case 0 -> "";
            case 1 -> months.get(0);
            case 2 -> months.get(0) + " and " + months.get(1);
            default -> months.get(0) + " to " + months.get(months.size() - 1);
        };
    }
}
