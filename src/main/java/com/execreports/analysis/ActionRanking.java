package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.analysis.Report.Action;

/**
 * Ranks the fixes of a report's findings by the risk they remove (see {@link RiskScore}), merging findings that share
 * a fix into one action. An action weighs as the worst finding it resolves plus a quarter of the others: one fix for
 * five look-alike problems counts for more than a fix for one, but not for five separate risks. Actions are picked one
 * at a time: each takes the money at stake no earlier action has claimed, so money two findings point at (an
 * uninvoiced booking that is also uncollected) counts once, with the first action. Among actions within
 * {@value #COMPARABLE_PERCENT}% of the best one left, the smaller effort goes first. The top ten are kept, and any
 * later one that resolves a high finding or the worst one.
 */
public final class ActionRanking {

    static final int MAX_ACTIONS = 10;
    /** Two actions whose risk differs by less than this are comparable: effort decides between them. */
    static final int COMPARABLE_PERCENT = 10;
    /** What each finding but the worst adds to its action's weight. */
    static final double OTHERS_WEIGHT = 0.25;
    private static final String[] EFFORT = {"", "an hour", "a day", "a few days", "a week", "a project"};

    private ActionRanking() {
    }

    public static List<Action> rank(List<PortfolioFinding> findings) {
        return ranked(findings).stream().map(Ranked::action).toList();
    }

    /**
     * The summary's sentence on the top action: it resolves the worst risk, or it says why it comes first anyway.
     *
     * @param findings the report's findings, worst first
     */
    static String topActionSentence(List<PortfolioFinding> findings) {
        List<Ranked> ranked = ranked(findings);
        if (ranked.isEmpty()) {
            return "";
        }
        Ranked top = ranked.get(0);
        Action a = top.action();
        String sentence = "Top action: " + lowerFirst(a.title()) + " (impact " + a.impact() + ", effort " + a.effort() + ")";
        String worst = findings.get(0).id();
        if (a.resolves().contains(worst)) {
            return sentence + ".";
        }
        Ranked fixing = ranked.stream().filter(r -> r.action().resolves().contains(worst)).findFirst().orElseThrow();
        String why = top.score() >= fixing.score() ? "more risk removed than by" : "as much risk removed, in less time, as by";
        return sentence + " — " + why + " the worst risk's fix (action " + fixing.action().rank() + ").";
    }

    private static List<Ranked> ranked(List<PortfolioFinding> findings) {
        Map<String, List<PortfolioFinding>> byFix = new LinkedHashMap<>();
        for (PortfolioFinding f : findings) {
            byFix.computeIfAbsent(f.fix().title(), k -> new ArrayList<>()).add(f);
        }
        List<List<PortfolioFinding>> left = new ArrayList<>(byFix.values());
        Map<String, Long> claimed = new HashMap<>();
        List<Ranked> ranked = new ArrayList<>();
        while (!left.isEmpty()) {
            List<Candidate> candidates = left.stream().map(g -> Candidate.of(g, claimed)).toList();
            double best = candidates.stream().mapToDouble(Candidate::score).max().orElseThrow();
            Candidate next = candidates.stream()
                    .filter(c -> c.score() * (100 + COMPARABLE_PERCENT) >= best * 100)
                    .min(Comparator.comparingInt(Candidate::effort)
                            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                            .thenComparing(Candidate::title))
                    .orElseThrow();
            left.remove(next.findings());
            next.claim(claimed);
            ranked.add(new Ranked(next.action(ranked.size() + 1), next.score()));
        }
        String worst = findings.isEmpty() ? "" : findings.get(0).id();
        List<Ranked> kept = new ArrayList<>();
        for (Ranked r : ranked) {
            boolean must = r.action().resolves().contains(worst) || r.resolvesHigh(findings);
            if (kept.size() < MAX_ACTIONS || must) {
                kept.add(r.renumbered(kept.size() + 1));
            }
        }
        return kept;
    }

    /** An action in the making: its findings, the risk they carry and the money no earlier action claimed. */
    private record Candidate(List<PortfolioFinding> findings, double score, long cents, double worst, Map<String, Long> stakes) {

        static Candidate of(List<PortfolioFinding> findings, Map<String, Long> claimed) {
            Map<String, Long> mine = new LinkedHashMap<>();
            double all = 0;
            double worst = 0;
            long cents = 0;
            for (PortfolioFinding f : findings) {
                long fresh = 0;
                for (Stake s : f.stakes()) {
                    long before = Math.max(claimed.getOrDefault(s.pool(), 0L), mine.getOrDefault(s.pool(), 0L));
                    fresh += Math.max(0, s.cents() - before);
                    mine.merge(s.pool(), s.cents(), Math::max);
                }
                double risk = RiskScore.of(f.riskInputs(fresh));
                all += risk;
                worst = Math.max(worst, risk);
                cents += fresh;
            }
            return new Candidate(findings, worst + OTHERS_WEIGHT * (all - worst), cents, worst, mine);
        }

        int effort() {
            return findings.get(0).fix().effort();
        }

        String title() {
            return findings.get(0).fix().title();
        }

        void claim(Map<String, Long> claimed) {
            stakes.forEach((pool, c) -> claimed.merge(pool, c, Math::max));
        }

        Action action(int rank) {
            String word = worst >= RiskScore.CRITICAL ? "critical" : findings.stream()
                    .min(Comparator.comparingInt(PortfolioFinding::severityRank)).orElseThrow().severity();
            String impact = word + (cents > 0 ? " (" + Figures.money(cents) + " at stake)" : "");
            return new Action(rank, title(), impact, EFFORT[effort()], findings.stream().map(PortfolioFinding::id).toList());
        }
    }

    private record Ranked(Action action, double score) {

        boolean resolvesHigh(List<PortfolioFinding> findings) {
            return findings.stream().anyMatch(f -> "high".equals(f.severity()) && action.resolves().contains(f.id()));
        }

        Ranked renumbered(int rank) {
            return new Ranked(action.renumbered(rank), score);
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
