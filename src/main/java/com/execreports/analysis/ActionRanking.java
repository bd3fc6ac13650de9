package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report.Action;

/**
 * Ranks the fixes of a report's findings by impact ÷ effort (ties: higher impact first, then title), merging
 * findings that share a fix into one action, and keeps the top ten.
 */
public final class ActionRanking {

    static final int MAX_ACTIONS = 10;
    private static final String[] IMPACT = {"", "minor", "low", "medium", "high", "critical"};
    private static final String[] EFFORT = {"", "an hour", "a day", "a few days", "a week", "a project"};

    private ActionRanking() {
    }

    public static List<Action> rank(List<PortfolioFinding> findings) {
        Map<String, List<PortfolioFinding>> byFix = new LinkedHashMap<>();
        for (PortfolioFinding f : findings) {
            byFix.computeIfAbsent(f.fix().title(), k -> new ArrayList<>()).add(f);
        }
        List<List<PortfolioFinding>> groups = new ArrayList<>(byFix.values());
        groups.sort(Comparator.<List<PortfolioFinding>>comparingDouble(g -> -score(g.get(0).fix()))
                .thenComparing(g -> -g.get(0).fix().impact())
                .thenComparing(g -> g.get(0).fix().title()));
        List<Action> actions = new ArrayList<>();
        for (List<PortfolioFinding> g : groups.subList(0, Math.min(MAX_ACTIONS, groups.size()))) {
            PortfolioFinding.Fix fix = g.get(0).fix();
            long cents = g.stream().mapToLong(PortfolioFinding::impactCents).sum();
            String impact = IMPACT[fix.impact()] + (cents > 0 ? " (" + Figures.money(cents) + " at stake)" : "");
            actions.add(new Action(actions.size() + 1, fix.title(), impact, EFFORT[fix.effort()],
                    g.stream().map(PortfolioFinding::id).toList()));
        }
        return actions;
    }

    static double score(PortfolioFinding.Fix fix) {
        return (double) fix.impact() / fix.effort();
    }
}
