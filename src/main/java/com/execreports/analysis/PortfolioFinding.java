package com.execreports.analysis;

import java.util.Set;

/**
 * One problem found in the snapshot, with the reports it belongs in and the action that would resolve it.
 * Every report takes its findings from the same list, so a problem reads the same wherever it appears.
 *
 * @param id          stable across runs: kind and business, e.g. {@code no-invoice.jada}
 * @param severity    high | medium | low
 * @param impactCents estimated money at stake, or 0 when it cannot be estimated
 * @param roles       the reports it appears in
 * @param fix         the action that resolves it (findings with the same fix title share one action)
 * @param grouping    how it reads in one line with others of its kind, or null: then only findings of its kind with
 *                    the very same title share a line
 */
public record PortfolioFinding(String id, String severity, String business, String title, String where, String impact,
                               long impactCents, Set<String> roles, Fix fix, Grouping grouping) {

    public PortfolioFinding(String id, String severity, String business, String title, String where, String impact,
                            long impactCents, Set<String> roles, Fix fix) {
        this(id, severity, business, title, where, impact, impactCents, roles, fix, null);
    }

    /**
     * @param impact 1 (minor) .. 5 (business-critical)
     * @param effort 1 (an hour) .. 5 (a project)
     */
    public record Fix(String title, int impact, int effort) {
    }

    /**
     * How a finding reads when several of its kind are listed in one line (see {@link MinorFindings}).
     *
     * @param headline what the findings of the kind share, e.g. "Marketing copy not updated for over 365 days"
     * @param count    how many {@code unit}s this finding is about (pages, bookings, items), summed over the line
     * @param unit     the singular noun counted, e.g. "page"; null when a count would add nothing
     * @param evidence this finding's own part of the line, e.g. "s3://jada-site/charters.html, index.html (oldest: ...)"
     */
    public record Grouping(String headline, long count, String unit, String evidence) {
    }

    PortfolioFinding groupedAs(String headline, long count, String unit, String evidence) {
        return new PortfolioFinding(id, severity, business, title, where, impact, impactCents, roles, fix,
                new Grouping(headline, count, unit, evidence));
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
