package com.execreports.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.execreports.analysis.Report.Action;
import com.execreports.model.PortfolioSnapshot;

/**
 * Accountability over the whole run: every action with its owner, due date and status carried from last week's record,
 * and every finding with the id all five reports and every week give it. Computed once, so a report only looks its
 * actions and findings up.
 */
final class ActionTracking {

    private ActionTracking() {
    }

    /**
     * This run's action record.
     *
     * @param found    this run's findings, worst first
     * @param previous last period's record, or null when none could be read
     */
    static ActionRecord record(PortfolioSnapshot snapshot, List<PortfolioFinding> found, ActionRecord previous, DueDates dueDates) {
        ActionOwners owners = new ActionOwners(snapshot);
        Map<String, String> domainOf = new HashMap<>();
        snapshot.businesses().forEach(d -> domainOf.put(snapshot.businessName(d), d));
        Map<String, List<PortfolioFinding>> byFix = new LinkedHashMap<>();
        for (PortfolioFinding f : found) {
            byFix.computeIfAbsent(f.fix().title(), k -> new ArrayList<>()).add(f);
        }
        List<ActionRecord.Found> actions = new ArrayList<>();
        byFix.forEach((title, findings) -> {
            Set<String> domains = new LinkedHashSet<>();
            Set<String> roles = new TreeSet<>();
            for (PortfolioFinding f : findings) {
                // a portfolio-wide finding makes the whole action portfolio-wide
                domains.add(domainOf.getOrDefault(f.business(), ""));
                roles.addAll(f.roles());
            }
            Set<String> scope = domains.contains("") ? Set.of() : domains;
            actions.add(new ActionRecord.Found(title, urgency(findings), owners.of(scope, roles).text(),
                    findings.stream().map(PortfolioFinding::id).toList(), roles));
        });
        return ActionRecord.next(previous, snapshot.run().period(), snapshot.run().asOf().toLocalDate(), actions, dueDates);
    }

    /** critical when one of its findings scores as critical on its own, else the worst severity (as its impact reads). */
    static String urgency(List<PortfolioFinding> findings) {
        if (findings.stream().anyMatch(f -> f.risk() >= RiskScore.CRITICAL)) {
            return "critical";
        }
        return findings.stream().min(java.util.Comparator.comparingInt(PortfolioFinding::severityRank)).orElseThrow().severity();
    }

    /** The report with its findings' shared ids, its actions' owners, due dates and statuses, and the actions done since. */
    static Report track(Report report, PortfolioSnapshot snapshot, FindingRefs refs, ActionRecord record) {
        java.time.LocalDate asOf = snapshot.run().asOf().toLocalDate();
        List<Action> actions = report.actions().stream()
                .map(a -> a.tracked(owner(record, a.title()), record.due(a.title(), asOf), record.status(a.title()))).toList();
        List<Action> done = record.doneNow(report.role()).stream()
                .map(e -> new Action(0, e.title(), "", "", e.findings(), e.owner(), "", "done")).toList();
        // the register's owners go unmarked, to keep the brief's words for the actions themselves
        String note = "Owners are the org register's unless marked." + (record.previous() == null
                ? " No action record of " + snapshot.run().previousPeriod() + " in the archive: every action is new." : "");
        Report tracked = new Report(report.role(), report.title(), report.portfolio(), report.period(), report.asOf(),
                report.completeness(), report.degraded(), report.summary(), report.kpis(), report.findings(), report.minorFindings(),
                report.resolved(), actions, report.sections(), report.charts(), report.full(), report.leftOut(), report.briefDetail(),
                report.tracking(), report.firstScreen());
        return tracked.withTracking(new Report.Tracking(refs.asMap(), done, note, refs.codes()));
    }

    private static String owner(ActionRecord record, String title) {
        ActionRecord.Entry e = record.entry(title);
        return e == null ? "" : e.owner();
    }
}
