package com.execreports.delivery;

import java.util.List;

/**
 * How a run ended, as {@code --once} reports it through its exit status.
 *
 * @param period     the period reported
 * @param deliveries one per report, in delivery order
 * @param gaps       the sources that failed or timed out, by name
 */
public record RunOutcome(String period, List<Delivery> deliveries, List<String> gaps) {

    /** Every report delivered and every source read. */
    public static final int SUCCESS = 0;
    /** At least one report was not delivered, or the run itself failed. */
    public static final int FAILED = 1;
    /** Every report delivered, but at least one source failed: the reports name the gap. */
    public static final int DELIVERED_WITH_GAPS = 3;

    public int exitCode() {
        if (deliveries.size() < 5 || deliveries.stream().anyMatch(d -> !d.delivered())) {
            return FAILED;
        }
        return gaps.isEmpty() ? SUCCESS : DELIVERED_WITH_GAPS;
    }

    public String verdict() {
        return switch (exitCode()) {
            case SUCCESS -> "delivered: all " + deliveries.size() + " reports, all sources read";
            case DELIVERED_WITH_GAPS -> "delivered with gaps: all reports sent, sources missing: " + String.join(", ", gaps);
            default -> {
                List<String> reasons = new java.util.ArrayList<>(deliveries.stream().filter(d -> !d.delivered())
                        .map(d -> d.role() + " report not delivered: " + d.error()).toList());
                if (deliveries.size() < 5) {
                    reasons.add(deliveries.size() + " of 5 reports reached delivery");
                }
                yield "failed: " + String.join("; ", reasons);
            }
        };
    }
}
