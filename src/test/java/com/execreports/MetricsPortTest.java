package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;

import org.junit.jupiter.api.Test;

/**
 * The long-running service serves health and metrics on its one configured HTTP port: it binds once (ServiceConfiguration
 * registered once, no "Address already in use"), reports ready, and Prometheus reads what the run counted.
 */
class MetricsPortTest {

    @Test
    void should_serve_health_and_the_runs_counters_on_the_configured_port() throws Exception {
        LocalAws aws = LocalAws.withDemoPortfolio();
        int port = freePort();
        ServiceProcess.Running service = ServiceProcess.start(List.of("-Daws.endpoint=" + aws.endpointProperty(),
                "-Dcamel.server.port=" + port, "-Dcamel.management.port=" + port,
                "-Ddelivery.ledger-table=metrics-" + System.nanoTime(), "-Drun.clock=2027-04-05T07:00:00-07:00",
                "-Dportfolio.name=Demo portfolio", "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Dschedule.run-at-startup=true"));
        try {
            boolean ran = service.awaitLine(l -> l.contains(" RunEnding - Run ") && l.contains("reports_delivered=5"), 240_000);
            assertThat(ran).as(String.join("\n", service.lines())).isTrue();

            HttpResponse<String> page = get(port, "/observe/metrics");
            HttpResponse<String> ready = get(port, "/observe/health/ready");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("\nexec_reports_reports_delivered_total 5.0\n").contains("\nexec_reports_ses_calls_total 5.0\n")
                    .contains("\nexec_reports_runs_delivered_total 1.0\n");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            // one server on the configured host and port: the management endpoints joined it
            assertThat(service.lines()).filteredOn(l -> l.contains("Vert.x HttpServer started on 127.0.0.1:" + port)).hasSize(1);
            assertThat(service.lines()).filteredOn(l -> l.contains("Vert.x HttpServer started on")).hasSize(1);
            assertThat(String.join("\n", service.lines())).doesNotContain("Address already in use");
        } finally {
            service.stop(60);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
