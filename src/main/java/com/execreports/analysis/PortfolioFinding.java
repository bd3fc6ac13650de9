package com.execreports.analysis;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.analysis.RiskScore.Exposure;

/**
 * One problem found in the snapshot, with the reports it belongs in and the action that would resolve it.
 * Every report takes its findings from the same list, so a problem reads the same wherever it appears.
 *
 * @param id          stable across runs: kind and business, e.g. {@code no-invoice.jada}
 * @param severity    high | medium | low
 * @param impactCents estimated money at stake, or 0 when it cannot be estimated: a year of a recurring cost or loss
 *                    (from full months only), the whole of an amount owed or unaccounted for
 * @param roles       the reports it appears in
 * @param fix         the action that resolves it (findings with the same fix title share one action)
 * @param grouping    how it reads in one line with others of its kind, or null: then only findings of its kind with
 *                    the very same title share a line
 * @param weighing    what besides severity and money decides its risk score (see {@link RiskScore})
 */
public record PortfolioFinding(String id, String severity, String business, String title, String where, String impact,
                               long impactCents, Set<String> roles, Fix fix, Grouping grouping, Weighing weighing) {

    /** Worst first: by risk score, then severity and id, so equal scores keep a stable order. */
    static final Comparator<PortfolioFinding> WORST_FIRST = Comparator.comparingDouble(PortfolioFinding::risk).reversed()
            .thenComparingInt(PortfolioFinding::severityRank).thenComparing(PortfolioFinding::id);

    public PortfolioFinding(String id, String severity, String business, String title, String where, String impact,
                            long impactCents, Set<String> roles, Fix fix) {
        this(id, severity, business, title, where, impact, impactCents, roles, fix, null, Weighing.PLAIN);
    }

    public PortfolioFinding {
        weighing = weighing == null ? Weighing.PLAIN : weighing;
    }

    /**
     * @param effort 1 (an hour) .. 5 (a project): breaks ties between comparable risks, never more
     */
    public record Fix(String title, int effort) {
    }

    /**
     * How a finding reads when several of its kind are listed in one line (see {@link MinorFindings}).
     *
     * @param headline what the findings of the kind share, e.g. "Marketing copy not updated for over 365 days"
     * @param count    how many {@code unit}s this finding is about (pages, bookings, items), summed over the line
     * @param unit     the singular noun counted, e.g. "page"; null when a count would add nothing
     * @param evidence this finding's own part of the line, e.g. "s3://jada-site/charters.html, index.html (oldest: ...)"
     * @param places   where the {@code count} things were found, when one thing can sit in several places (a secret
     *                 copied into three files: count 1, places 3); 0 when not counted
     */
    public record Grouping(String headline, long count, String unit, String evidence, long places) {
    }

    /**
     * What, besides severity and money, weighs in its risk score.
     *
     * @param exposure   who can reach what it is about
     * @param confidence how sure the finding is
     * @param stakes     its money at stake by pool: two findings that name the same pool speak of the same money, which
     *                   an action claims once; empty: one pool of its own holding {@code impactCents}
     */
    public record Weighing(Set<Exposure> exposure, Confidence confidence, List<Stake> stakes) {

        static final Weighing PLAIN = new Weighing(Set.of(), Confidence.MEASURED, List.of());

        public Weighing {
            exposure = exposure.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exposure));
            stakes = List.copyOf(stakes);
        }
    }

    /**
     * Money at stake in a named pool, e.g. {@code uninvoiced.jada}: the same dollars an uninvoiced booking and an
     * uncollected balance both point at.
     */
    public record Stake(String pool, long cents) {
    }

    PortfolioFinding groupedAs(String headline, long count, String unit, String evidence) {
        return withGrouping(new Grouping(headline, count, unit, evidence, 0));
    }

    PortfolioFinding withGrouping(Grouping g) {
        return new PortfolioFinding(id, severity, business, title, where, impact, impactCents, roles, fix, g, weighing);
    }

    /** The same finding exposed to the given reach. */
    PortfolioFinding exposedTo(Set<Exposure> exposure) {
        return weighed(new Weighing(exposure, weighing.confidence(), weighing.stakes()));
    }

    PortfolioFinding withConfidence(Confidence confidence) {
        return weighed(new Weighing(weighing.exposure(), confidence, weighing.stakes()));
    }

    /** The same finding with its money split into pools it shares with other findings. */
    PortfolioFinding staking(List<Stake> stakes) {
        return weighed(new Weighing(weighing.exposure(), weighing.confidence(), stakes));
    }

    private PortfolioFinding weighed(Weighing w) {
        return new PortfolioFinding(id, severity, business, title, where, impact, impactCents, roles, fix, grouping, w);
    }

    /** Its money by pool: the stakes it names, else all of it in a pool of its own. */
    List<Stake> stakes() {
        if (!weighing.stakes().isEmpty()) {
            return weighing.stakes();
        }
        return impactCents > 0 ? List.of(new Stake(id, impactCents)) : List.of();
    }

    /** What its risk score is made of, with the money at stake given (an action may have claimed part of it already). */
    RiskScore.Inputs riskInputs(long cents) {
        return new RiskScore.Inputs(severity, cents, weighing.exposure(), weighing.confidence());
    }

    /** Its risk score on its own. */
    double risk() {
        return RiskScore.of(riskInputs(impactCents));
    }

    /** The id up to its first dot: findings of one kind share it (no-analytics.jada, no-analytics.dangerouscentaur). */
    String kind() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    int severityRank() {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
