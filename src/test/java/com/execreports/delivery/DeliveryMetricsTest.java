package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.junit.jupiter.api.Test;

/** The service's meters as Prometheus reads them, and as --once prints them and metrics.json archives them. */
class DeliveryMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DeliveryMetrics metrics = new DeliveryMetrics(registry, "host/42/abcd1234");

    @Test
    void should_keep_the_counter_names_prometheus_has_always_scraped() {
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_RETRIES);
        metrics.countStatus(Delivery.Status.FAILED);
        metrics.runEnded(DeliveryMetrics.RUNS_FAILED, Duration.ofSeconds(42));

        assertThat(registry.scrape()).contains("\nexec_reports_ses_calls_total 2.0\n").contains("\nexec_reports_ses_retries_total 1.0\n")
                .contains("\nexec_reports_reports_failed_total 1.0\n").contains("\nexec_reports_runs_failed_total 1.0\n")
                .contains("\nexec_reports_run_seconds_count{outcome=\"failed\"} 1\n")
                .contains("\nexec_reports_run_seconds_sum{outcome=\"failed\"} 42.0\n");
        assertThat(metrics.get(DeliveryMetrics.SES_CALLS)).isEqualTo(2);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SENT)).isZero();
    }

    @Test
    void should_measure_each_source_by_name_and_count_its_failures_from_zero() {
        metrics.sourceRead("jada/bookings", Duration.ofMillis(1500), 1150);
        metrics.sourceRead("portfolio/ledger", Duration.ofMillis(200), 9);
        metrics.sourceFailed("portfolio/ledger");

        assertThat(registry.scrape()).contains("\nexec_reports_source_read_seconds_sum{source=\"jada/bookings\"} 1.5\n")
                .contains("\nexec_reports_source_items_total{source=\"jada/bookings\"} 1150.0\n")
                .contains("\nexec_reports_source_failures_total{source=\"jada/bookings\"} 0.0\n")
                .contains("\nexec_reports_source_failures_total{source=\"portfolio/ledger\"} 1.0\n");
    }

    @Test
    void should_print_and_archive_the_untagged_counters_only() {
        metrics.countStatus(Delivery.Status.DELIVERED);
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.runEnded(DeliveryMetrics.RUNS_DELIVERED, Duration.ofSeconds(3));
        metrics.sourceRead("jada/bookings", Duration.ofMillis(1500), 1150);

        assertThat(metrics.line()).isEqualTo("reports_delivered=1 runs_delivered=1 ses_calls=1");
        assertThat(metrics.snapshot()).containsOnlyKeys("reports_delivered", "runs_delivered", "ses_calls");
    }

    @Test
    void should_archive_the_counters_with_the_run_and_the_instance_that_counted_them() throws Exception {
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.countStatus(Delivery.Status.DELIVERED);

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(metrics.json("run-7"));

        assertThat(json.path("runId").asText()).isEqualTo("run-7");
        assertThat(json.path("instance").asText()).isEqualTo("host/42/abcd1234");
        assertThat(json.path("counters").path("ses_calls").asLong()).isEqualTo(1);
        assertThat(json.path("counters").path("reports_delivered").asLong()).isEqualTo(1);
    }
}
