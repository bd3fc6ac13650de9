package com.execreports;

import java.util.Properties;

import com.execreports.config.ServiceConfiguration;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;

/**
 * The service as configured in the project directory, pointed at local emulators seeded with a portfolio: the demo's
 * ({@link DemoPipelineTestSupport}) or another, which a subclass's {@code @BeforeAll} sets in {@link #aws}.
 */
abstract class PortfolioPipelineTestSupport extends CamelMainTestSupport {

    static LocalAws aws;

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addConfiguration(ServiceConfiguration.class);
    }

    @Override
    protected String getPropertyPlaceholderLocations() {
        return "file:" + LocalAws.projectDir().resolve("application.properties");
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        String dir = LocalAws.projectDir().toString();
        p.put("camel.main.routes-include-pattern", "file:" + dir + "/routes/*.yaml,file:" + dir + "/routes/sources/*.yaml,file:"
                + dir + "/routes/domains/*.yaml");
        p.put("templates.dir", dir + "/templates");
        p.put("aws.endpoint", aws.endpointProperty());
        p.put("schedule.enabled", "false");
        // the sources' own timers far away: a test's runs read them now, and no tick reads beside them
        for (String kind : com.execreports.sources.SourceKinds.ALL) {
            p.put(com.execreports.sources.SourceKinds.cronKey(kind), "0 0 7 1 1 ? 2099");
        }
        p.put("run.clock", "2026-11-23T07:00:00-08:00");
        p.put("portfolio.name", "Demo portfolio");
        p.put("security.fingerprint-key", "demo-only-fingerprint-key");
        // a ledger per test class: each test's runs deliver afresh, whatever ran before in this JVM
        p.put("delivery.ledger-table", "deliveries-" + getClass().getSimpleName() + "-" + Long.toHexString(System.nanoTime()));
        // no port of the shipped configuration: builds run side by side on one machine ({@link #servingHttp} opens one)
        p.put("camel.server.enabled", "false");
        p.put("camel.management.enabled", "false");
        overrideProperties(p);
        return p;
    }

    /** The service as it runs in production, its schedules far away: only the re-check timer fires. */
    static void asLongRunningService(Properties p, int recheckSeconds) {
        p.put("schedule.enabled", "true");
        p.put("schedule.weekly.cron", "0 0 7 1 1 ? 2099");
        p.put("schedule.daily-ceo.cron", "0 0 7 1 1 ? 2099");
        p.put("delivery.hold-recheck-seconds", Integer.toString(recheckSeconds));
    }

    /** The embedded HTTP server with health and metrics, as the service serves them, on a free port of 127.0.0.1. */
    static int servingHttp(Properties p) {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        p.put("camel.server.enabled", "true");
        p.put("camel.server.port", Integer.toString(port));
        p.put("camel.management.enabled", "true");
        p.put("camel.management.port", Integer.toString(port));
        return port;
    }

    /** GET of a path of the service's HTTP server, as curl or a probe sends it. */
    static java.net.http.HttpResponse<String> get(int port, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** A test's own settings on top of the demo's (recipients, limits, policies, another portfolio's clock). */
    protected void overrideProperties(Properties p) {
    }

    /** The reports SES kept, ops alerts left out. */
    static java.util.List<com.fasterxml.jackson.databind.JsonNode> reportsSent() throws Exception {
        return aws.sesEmails().stream().filter(e -> !toOps(e)).toList();
    }

    /** The ops alerts SES kept, in order. */
    static java.util.List<com.fasterxml.jackson.databind.JsonNode> opsAlerts() throws Exception {
        return aws.sesEmails().stream().filter(PortfolioPipelineTestSupport::toOps).toList();
    }

    private static boolean toOps(com.fasterxml.jackson.databind.JsonNode email) {
        return email.path("destination").path("to").toString().contains("ops@example.com");
    }

    /** One run at the given instant (the configured clock is only the default). */
    RunOutcome runAt(String instant) {
        return template.requestBodyAndHeader("direct:run", null, "ExecReportsAsOf", instant, RunOutcome.class);
    }
}
