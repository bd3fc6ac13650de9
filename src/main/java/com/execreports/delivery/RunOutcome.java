package com.execreports.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run ended, as {@code --once} reports it through its exit status.
 *
 * @param period     the period reported
 * @param deliveries one per report, in delivery order
 * @param gaps       the sources that failed or timed out, by name
 * @param expected   how many reports the run was to deliver (5; 1 for a re-send)
 * @param failure    why the run itself stopped before its reports went out (the ledger or the archive unreachable,
 *                   say); null when it reached delivery
 * @param partial    the sources read with unreadable items left out, by name: read, so no gap, but not whole
 */
public record RunOutcome(String period, List<Delivery> deliveries, List<String> gaps, int expected, String failure,
                         List<String> partial) {

    /** Every report delivered and every source read. */
    public static final int SUCCESS = 0;
    /** At least one report failed, is unconfirmed or still held by another instance, or the run itself failed. */
    public static final int FAILED = 1;
    /** Every report delivered, but at least one source failed: the reports name the gap. */
    public static final int DELIVERED_WITH_GAPS = 3;
    /** Nothing failed, but reports are held until their sources recover (delivery.degraded = hold). */
    public static final int HELD = 4;

    public RunOutcome(String period, List<Delivery> deliveries, List<String> gaps) {
        this(period, deliveries, gaps, 5);
    }

    public RunOutcome(String period, List<Delivery> deliveries, List<String> gaps, int expected) {
        this(period, deliveries, gaps, expected, null, List.of());
    }

    /** The same outcome, naming the sources that were read only partly. */
    public RunOutcome withPartial(List<String> partlyRead) {
        return new RunOutcome(period, deliveries, gaps, expected, failure, List.copyOf(partlyRead));
    }

    /** The run stopped before its reports were sent: nothing of it reached delivery beyond what {@code deliveries} holds. */
    public static RunOutcome stopped(String period, List<Delivery> deliveries, List<String> gaps, int expected, String failure) {
        return new RunOutcome(period, List.copyOf(deliveries), gaps, expected, failure, List.of());
    }

    public int exitCode() {
        if (failure != null || deliveries.size() < expected || deliveries.stream().anyMatch(d -> !d.delivered() && d.status() != Delivery.Status.HELD)) {
            return FAILED;
        }
        if (deliveries.stream().anyMatch(d -> d.status() == Delivery.Status.HELD)) {
            return HELD;
        }
        return gaps.isEmpty() ? SUCCESS : DELIVERED_WITH_GAPS;
    }

    public String verdict() {
        long already = deliveries.stream().filter(d -> d.status() == Delivery.Status.ALREADY_DELIVERED).count();
        String earlier = already == 0 ? "" : " (" + already + " already delivered earlier, not sent again)";
        return switch (exitCode()) {
            // a schedule of one report (schedule.NAME.roles) reads "the ceo report", not "all 1 reports"
            case SUCCESS -> "delivered: " + (deliveries.size() == 1 ? "the " + deliveries.get(0).role() + " report"
                    : "all " + deliveries.size() + " reports") + earlier + ", all sources read"
                    + (partial.isEmpty() ? "" : ", " + partial.size() + " partly (" + String.join(", ", partial) + ")");
            case DELIVERED_WITH_GAPS -> "delivered with gaps: all reports sent" + earlier + ", sources missing: " + String.join(", ", gaps);
            case HELD -> "held: " + deliveries.stream().filter(d -> d.status() == Delivery.Status.HELD).map(Delivery::role).toList()
                    + " wait for sources to recover: " + String.join(", ", gaps);
            default -> {
                List<String> reasons = new ArrayList<>(deliveries.stream().filter(d -> !d.delivered() && d.status() != Delivery.Status.HELD)
                        .map(d -> d.role() + " report " + switch (d.status()) {
                            case UNCONFIRMED -> "unconfirmed";
                            case BUSY -> "held by another instance";
                            default -> "not delivered";
                        } + ": " + d.error()).toList());
                if (failure != null) {
                    reasons.add(0, "the run stopped before its reports were sent: " + failure);
                } else if (deliveries.size() < expected) {
                    reasons.add(deliveries.size() + " of " + expected + " reports reached delivery");
                }
                yield "failed: " + String.join("; ", reasons);
            }
        };
    }
}
