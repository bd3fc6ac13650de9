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
 */
public record PortfolioFinding(String id, String severity, String business, String title, String where, String impact,
                               long impactCents, Set<String> roles, Fix fix) {

    /**
     * @param impact 1 (minor) .. 5 (business-critical)
     * @param effort 1 (an hour) .. 5 (a project)
     */
    public record Fix(String title, int impact, int effort) {
    }

    int severityRank() {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
