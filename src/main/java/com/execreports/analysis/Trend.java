package com.execreports.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import com.execreports.model.PortfolioSnapshot;

/**
 * This run against the previous one (the last archived snapshot): how a figure moved, and which findings are new,
 * still open or resolved. The previous findings are recomputed from the previous snapshot by the same rules.
 *
 * @param previous         null on the first run
 * @param previousFindings empty on the first run
 */
record Trend(PortfolioSnapshot now, PortfolioSnapshot previous, List<PortfolioFinding> previousFindings) {

    static Trend firstRun(PortfolioSnapshot now) {
        return new Trend(now, null, List.of());
    }

    boolean firstRun() {
        return previous == null;
    }

    /** "+12% vs 2026-W47", "no change vs 2026-W47", or "no previous period". */
    String change(ToLongFunction<PortfolioSnapshot> measure) {
        if (previous == null) {
            return "no previous period";
        }
        return Figures.change(measure.applyAsLong(now), measure.applyAsLong(previous)) + " vs " + previous.run().period();
    }

    /**
     * A KPI with monthly history: the week-over-week change where an archived snapshot exists, and always the history's
     * own comparison ("October $292,919: -56% on September, -43% on October 2025"), so a first run has one too.
     */
    String change(ToLongFunction<PortfolioSnapshot> measure, String monthly) {
        if (monthly.isEmpty()) {
            return change(measure);
        }
        return previous == null ? monthly : change(measure) + "; " + monthly;
    }

    /** new | still open; "" on a first run, when nothing can be compared. */
    String since(PortfolioFinding finding) {
        if (previous == null) {
            return "";
        }
        return previousIds().contains(finding.id()) ? "still open" : "new";
    }

    /** The role's previous findings that no longer appear. */
    List<PortfolioFinding> resolved(String role, List<PortfolioFinding> current) {
        Set<String> now = current.stream().map(PortfolioFinding::id).collect(Collectors.toSet());
        return previousFindings.stream().filter(f -> f.roles().contains(role) && !now.contains(f.id())).toList();
    }

    private Set<String> previousIds() {
        return previousFindings.stream().map(PortfolioFinding::id).collect(Collectors.toSet());
    }
}
