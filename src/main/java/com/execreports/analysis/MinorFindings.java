package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.PortfolioFinding.Grouping;
import com.execreports.analysis.Report.FindingLine;

/**
 * The findings past the detailed ones, as short lines. Medium and low findings of one kind and severity share a line
 * ("Marketing copy not updated for over 365 days — 7 pages across 3 businesses: ..."), so a long tail of look-alike
 * problems reads in seconds on a phone while every business, figure and id stays on the page. A high finding always
 * keeps a line of its own, and so does a finding that is the only one of its kind.
 */
final class MinorFindings {

    private MinorFindings() {
    }

    /** @param findings the findings past the detailed ones, in report order */
    static List<FindingLine> lines(List<PortfolioFinding> findings, Trend trend) {
        return lines(findings, trend, false);
    }

    /**
     * @param groupHigh true for a brief (see {@link ReadingBudget}): high findings of one kind share a line too, as
     *                  the full report beside it lists each of them
     */
    static List<FindingLine> lines(List<PortfolioFinding> findings, Trend trend, boolean groupHigh) {
        return lines(findings, trend, groupHigh, List.of());
    }

    /**
     * @param shown the findings shown in detail above the lines: a line of their kind counts what it adds to them and
     *              the kind's total ("5 more secrets; 6 secrets in 7 places in all")
     */
    static List<FindingLine> lines(List<PortfolioFinding> findings, Trend trend, boolean groupHigh, List<PortfolioFinding> shown) {
        Map<String, List<PortfolioFinding>> groups = new LinkedHashMap<>();
        for (PortfolioFinding f : findings) {
            String key = f.severity().equals("high") && !groupHigh ? "high " + f.id() : f.severity() + " " + f.kind();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<FindingLine> lines = new ArrayList<>();
        for (List<PortfolioFinding> group : groups.values()) {
            if (group.size() > 1 && group.stream().allMatch(f -> f.grouping() != null)) {
                lines.add(grouped(group, trend, shown));
            } else if (group.size() > 1 && group.stream().map(PortfolioFinding::title).distinct().count() == 1) {
                lines.add(sameTitle(group, trend));
            } else {
                group.forEach(f -> lines.add(
                        new FindingLine(f.severity(), f.business() + " — " + f.title(), trend.since(f), List.of(f.id()))));
            }
        }
        return lines;
    }

    /** "headline — 7 pages across 3 businesses: A: evidence; B, C: evidence they share". */
    private static FindingLine grouped(List<PortfolioFinding> group, Trend trend, List<PortfolioFinding> shown) {
        Grouping first = group.get(0).grouping();
        long businesses = businesses(group);
        String counted;
        List<PortfolioFinding> shownOfKind = shown.stream()
                .filter(f -> f.grouping() != null && f.grouping().headline().equals(first.headline())).toList();
        if (first.unit() != null && !shownOfKind.isEmpty()) {
            List<PortfolioFinding> all = new ArrayList<>(shownOfKind);
            all.addAll(group);
            counted = Figures.count(count(group)) + " more " + counted(group) + "; " + Figures.count(count(all)) + " "
                    + counted(all) + " in all";
        } else if (first.unit() != null) {
            counted = Figures.count(count(group)) + " " + counted(group) + (businesses > 1 ? " across " + businessCount(businesses) : "");
        } else {
            counted = businesses > 1 ? businessCount(businesses) : Figures.plural(group.size(), "finding");
        }
        String since = sharedSince(group, trend);
        // businesses with the same evidence are named together: "A, B, C: no CI, no staging environment and no rollback"
        Map<String, LinkedHashSet<String>> byEvidence = new LinkedHashMap<>();
        for (PortfolioFinding f : group) {
            byEvidence.computeIfAbsent(f.grouping().evidence() + ownSince(f, since, trend), e -> new LinkedHashSet<>()).add(f.business());
        }
        List<String> parts = byEvidence.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList();
        // the short line a brief shows still says how many are new when the line mixes new and old ones
        long fresh = since.isEmpty() ? group.stream().filter(f -> "new".equals(trend.since(f))).count() : 0;
        return new FindingLine(group.get(0).severity(), first.headline() + " — " + counted + ": " + String.join("; ", parts),
                since, ids(group), first.headline() + " — " + counted + (fresh > 0 ? " (" + fresh + " new)" : ""));
    }

    /** "title — 3 businesses: A; B; C", for findings whose titles say the same thing. */
    private static FindingLine sameTitle(List<PortfolioFinding> group, Trend trend) {
        String since = sharedSince(group, trend);
        List<String> parts = group.stream().map(f -> f.business() + ownSince(f, since, trend)).toList();
        long businesses = businesses(group);
        String counted = businesses > 1 ? businessCount(businesses) : Figures.plural(group.size(), "finding");
        return new FindingLine(group.get(0).severity(), group.get(0).title() + " — " + counted + ": " + String.join("; ", parts),
                since, ids(group));
    }

    private static long count(List<PortfolioFinding> group) {
        return group.stream().mapToLong(f -> f.grouping().count()).sum();
    }

    /** "pages", "secret in 2 places": the unit, and where one thing sits in several places, how many (counted once). */
    private static String counted(List<PortfolioFinding> group) {
        long count = count(group);
        long places = group.stream().mapToLong(f -> f.grouping().places() > 0 ? f.grouping().places() : f.grouping().count()).sum();
        String unit = group.get(0).grouping().unit();
        return (count == 1 ? unit : unit + "s") + (places != count ? " in " + Figures.plural(places, "place") : "");
    }

    /** The since every finding of the line shares, or "" when they differ. */
    private static String sharedSince(List<PortfolioFinding> group, Trend trend) {
        List<String> all = group.stream().map(trend::since).distinct().toList();
        return all.size() == 1 ? all.get(0) : "";
    }

    /** " (new)" after a part whose since differs from the others'; nothing when the line says it once. */
    private static String ownSince(PortfolioFinding f, String shared, Trend trend) {
        String since = trend.since(f);
        return shared.isEmpty() && !since.isEmpty() ? " (" + since + ")" : "";
    }

    private static long businesses(List<PortfolioFinding> group) {
        return group.stream().map(PortfolioFinding::business).distinct().count();
    }

    private static String businessCount(long n) {
        return Figures.count(n) + (n == 1 ? " business" : " businesses");
    }

    private static List<String> ids(List<PortfolioFinding> group) {
        return group.stream().map(PortfolioFinding::id).toList();
    }
}
