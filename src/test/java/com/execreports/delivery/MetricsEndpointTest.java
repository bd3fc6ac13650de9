package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    @Test
    void should_serve_the_counters_in_the_prometheus_text_format() throws Exception {
        DeliveryMetrics metrics = new DeliveryMetrics();
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_CALLS);
        metrics.count(DeliveryMetrics.SES_RETRIES);
        metrics.countStatus(Delivery.Status.FAILED);
        MetricsEndpoint endpoint = new MetricsEndpoint("127.0.0.1", 0, () -> metrics);
        endpoint.start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(page.body()).isEqualTo("""
                    # TYPE exec_reports_reports_failed_total counter
                    exec_reports_reports_failed_total 1
                    # TYPE exec_reports_ses_calls_total counter
                    exec_reports_ses_calls_total 2
                    # TYPE exec_reports_ses_retries_total counter
                    exec_reports_ses_retries_total 1
                    """);
        } finally {
            endpoint.stop();
        }
    }
}
