package com.execreports.delivery;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of what delivery did since the service started: reports sent, already delivered, failed, unconfirmed,
 * held; SES calls and retries; ops alerts. Printed by {@code --once}, logged after every run and archived with
 * the run (metrics.json). Bound as {@code deliveryMetrics}.
 */
public final class DeliveryMetrics {

    public static final String SES_CALLS = "ses_calls";
    public static final String SES_RETRIES = "ses_retries";
    public static final String ALERTS_SENT = "ops_alerts_sent";
    public static final String ALERTS_FAILED = "ops_alerts_failed";
    /** A step after SES accepted a report failed (its delivery record not archived, say): delivered all the same. */
    public static final String AFTER_SEND_ERRORS = "after_send_errors";
    /** Runs by how they ended: every report out and every source read; out with sources missing; held; failed. */
    public static final String RUNS_DELIVERED = "runs_delivered";
    public static final String RUNS_DELIVERED_WITH_GAPS = "runs_delivered_with_gaps";
    public static final String RUNS_HELD = "runs_held";
    /** Runs with a report not delivered, or that stopped before their reports went out (snapshot not archived, ...). */
    public static final String RUNS_FAILED = "runs_failed";
    /** Ops alerts published to the SNS topic (the path that does not depend on SES), and those SNS refused. */
    public static final String ALERTS_SNS_SENT = "ops_alerts_sns_sent";
    public static final String ALERTS_SNS_FAILED = "ops_alerts_sns_failed";

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void count(String name) {
        counters.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    public void countStatus(Delivery.Status status) {
        count("reports_" + status.name().toLowerCase());
    }

    public long get(String name) {
        LongAdder a = counters.get(name);
        return a == null ? 0 : a.sum();
    }

    /** All counters by name, for printing and archiving. */
    public Map<String, Long> snapshot() {
        Map<String, Long> all = new TreeMap<>();
        counters.forEach((k, v) -> all.put(k, v.sum()));
        return all;
    }

    public String line() {
        StringBuilder s = new StringBuilder();
        snapshot().forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }
}
