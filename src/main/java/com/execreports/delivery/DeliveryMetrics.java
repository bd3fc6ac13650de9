package com.execreports.delivery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the service did since it started — runs by outcome and how long they took, each source's read time, items and
 * failures, reports by outcome, SES calls and retries, ops alerts, leak-guard blocks — kept as Micrometer meters in
 * Camel's meter registry, so the Prometheus scrape ({@code /observe/metrics}), the {@code --once} printout, the
 * log line after every run and the archived metrics.json ({@link #json}) all read the same numbers. Bound as
 * {@code deliveryMetrics}.
 * <p>
 * Counters named here keep the names the service has always shown ({@code reports_delivered} is
 * {@code exec_reports_reports_delivered_total} in Prometheus), so existing alerts keep working.
 */
public final class DeliveryMetrics {

    /** Every meter of the service is named under this, {@code exec_reports_} in Prometheus. */
    static final String PREFIX = "exec_reports.";

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
    /** A rendered report the leak guard stopped before the archive and SES, and an archive object it kept back. */
    public static final String LEAK_GUARD_REPORTS_BLOCKED = "leak_guard_reports_blocked";
    public static final String LEAK_GUARD_OBJECTS_WITHHELD = "leak_guard_objects_withheld";

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private final MeterRegistry registry;
    /** Names this process in metrics.json (the ledger's owner): the counters are this process's since it started. */
    private final String instance;

    public DeliveryMetrics(MeterRegistry registry, String instance) {
        this.registry = registry;
        this.instance = instance;
    }

    public void count(String name) {
        Counter.builder(PREFIX + name).register(registry).increment();
    }

    public void countStatus(Delivery.Status status) {
        count("reports_" + status.name().toLowerCase());
    }

    /** A run ended: counted by its outcome (runs_delivered, ...) and timed from its trigger, tagged with the same outcome. */
    public void runEnded(String outcomeCounter, Duration took) {
        count(outcomeCounter);
        Timer.builder(PREFIX + "run").description("one run, from its trigger to its verdict")
                .tag("outcome", outcomeCounter.substring("runs_".length())).register(registry).record(took);
    }

    /**
     * A source answered: how long it read and how many items (rows, objects) its loops folded. Tagged by source
     * ({@code domain/source}), so a slow one shows by name; its failure counter starts at 0 beside them.
     */
    public void sourceRead(String source, Duration took, long items) {
        Timer.builder(PREFIX + "source.read").description("one source's reading, in a run").tag("source", source)
                .register(registry).record(took);
        Counter.builder(PREFIX + "source.items").description("items (rows, objects) a source folded").tag("source", source)
                .register(registry).increment(items);
        sourceFailures(source);
    }

    /** A source failed or timed out in a run (counted from the run's snapshot, so a silent source counts too). */
    public void sourceFailed(String source) {
        sourceFailures(source).increment();
    }

    private Counter sourceFailures(String source) {
        return Counter.builder(PREFIX + "source.failures").description("runs in which a source failed or timed out")
                .tag("source", source).register(registry);
    }

    public long get(String name) {
        Counter c = registry.find(PREFIX + name).counter();
        return c == null ? 0 : (long) c.count();
    }

    /** The untagged counters by name (without the prefix), for printing and archiving. */
    public Map<String, Long> snapshot() {
        Map<String, Long> all = new TreeMap<>();
        for (Meter m : registry.getMeters()) {
            if (m instanceof Counter c && c.getId().getName().startsWith(PREFIX) && c.getId().getTags().isEmpty()) {
                all.put(c.getId().getName().substring(PREFIX.length()), (long) c.count());
            }
        }
        return all;
    }

    public String line() {
        StringBuilder s = new StringBuilder();
        snapshot().forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }

    /** The counters as JSON, archived beside the run's snapshot as metrics.json. */
    public String json(String runId) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runId", runId);
        json.put("instance", instance);
        json.put("counters", snapshot());
        return JSON.writeValueAsString(json) + "\n";
    }
}
