package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.execreports.delivery.RunOutcome;

import org.junit.jupiter.api.Test;

/**
 * After a demo run, Prometheus scrapes what it did from Camel's own metrics endpoint (camel-micrometer-prometheus on
 * the embedded server): the run, the five reports SES accepted, SES calls, each source's read, and Camel's meters.
 */
class PrometheusScrapeTest extends DemoPipelineTestSupport {

    private int port;

    @Override
    protected void overrideProperties(Properties p) {
        port = servingHttp(p);
    }

    @Test
    void should_serve_the_demo_runs_counters_for_prometheus() throws Exception {
        RunOutcome outcome = runAt("2026-11-23T07:00:00-08:00");
        assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(RunOutcome.SUCCESS);

        HttpResponse<String> page = get(port, "/observe/metrics");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        Map<String, Double> samples = samples(page.body());
        assertThat(samples).containsEntry("exec_reports_runs_delivered_total", 1.0)
                .containsEntry("exec_reports_reports_delivered_total", 5.0)
                .containsEntry("exec_reports_ses_calls_total", 5.0)
                .containsEntry("exec_reports_run_seconds_count{outcome=\"delivered\"}", 1.0);
        assertThat(samples.get("exec_reports_run_seconds_sum{outcome=\"delivered\"}")).isPositive();
        // each source by name: how long it read, how many items it folded, and no failure
        assertThat(samples).containsEntry("exec_reports_source_read_seconds_count{source=\"jada/bookings\"}", 1.0)
                .containsEntry("exec_reports_source_failures_total{source=\"jada/bookings\"}", 0.0);
        assertThat(samples.get("exec_reports_source_items_total{source=\"jada/bookings\"}")).isPositive();
        // Camel's own meters beside them, from the same registry
        assertThat(samples.keySet()).anyMatch(k -> k.startsWith("camel_exchanges_total"));
        // the same numbers --once prints and metrics.json archives
        assertThat(outcome.deliveries()).hasSize(5);
    }

    /** "name{labels} value" lines, comments left out. */
    private static Map<String, Double> samples(String exposition) {
        Map<String, Double> samples = new TreeMap<>();
        exposition.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            samples.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
        });
        return samples;
    }
}
