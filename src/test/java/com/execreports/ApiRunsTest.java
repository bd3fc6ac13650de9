package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * POST /api/runs starts a run off the HTTP thread and answers 202 with its id; GET /api/runs/{id} follows it to done
 * with each source's state and each report's outcome; a second POST for the period while the first is in flight joins
 * it; a dry run claims and sends nothing; bad input is refused naming the field.
 */
class ApiRunsTest extends DemoPipelineTestSupport {

    static final String TOKEN_VARIABLE = "EXEC_REPORTS_TEST_API_TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();
    private int port;

    @Override
    protected void overrideProperties(Properties p) {
        port = servingHttp(p);
        p.put("api.token-env", TOKEN_VARIABLE);
        try {
            p.put("dry-run.dir", Files.createTempDirectory("api-dry-run").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void should_run_the_period_once_and_show_each_source_and_report() throws Exception {
        aws.clearSes();
        HttpResponse<String> first = post("{\"period\":\"2027-W47\"}");
        HttpResponse<String> second = post("{\"asOf\":\"2027-11-23T09:00:00-08:00\"}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        String runId = JSON.readTree(first.body()).get("runId").asText();
        assertThat(runId).startsWith("2027-W47-");
        assertThat(first.headers().firstValue("Location")).hasValue("/api/runs/" + runId);
        // the same period while the first is in flight: joined, not run twice
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(second.body()).get("runId").asText()).isEqualTo(runId);

        JsonNode done = awaitDone(runId);
        assertThat(done.get("state").asText()).isEqualTo("done");
        assertThat(done.get("exitCode").asInt()).as(done.get("verdict").asText()).isZero();
        assertThat(done.get("reports")).hasSize(5);
        assertThat(done.get("reports").findValuesAsText("role")).containsExactly("ceo", "cto", "cfo", "cmo", "accounting");
        assertThat(done.get("reports").findValuesAsText("outcome")).containsOnly("delivered");
        JsonNode bookings = source(done, "jada/bookings");
        assertThat(bookings.get("status").asText()).isIn("ok", "partial");
        assertThat(bookings.get("items").asLong()).isPositive();
        assertThat(done.get("sources").size()).isGreaterThan(10);
        // one run: five reports, not ten
        assertThat(reportsSent()).hasSize(5);

        // the archive now lists the period with its metrics and delivery records; newest first, and the shared archive
        // holds other tests' later periods (2027-W48.., 2028-..), so ask for the most the API gives
        HttpResponse<String> recent = get("/api/runs?limit=50");
        assertThat(recent.statusCode()).isEqualTo(200);
        JsonNode week = null;
        for (JsonNode r : JSON.readTree(recent.body()).get("runs")) {
            if (r.get("period").asText().equals("2027-W47")) {
                week = r;
            }
        }
        assertThat(week).isNotNull();
        assertThat(week.path("metrics").path("counters").path("reports_delivered").asDouble()).isGreaterThanOrEqualTo(5);
        assertThat(week.path("deliveries").path("cfo").path("state").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void should_preview_a_dry_run_without_claiming_or_sending() throws Exception {
        aws.clearSes();
        String ledger = context.getPropertiesComponent().resolveProperty("delivery.ledger-table").orElseThrow();

        HttpResponse<String> started = post("{\"period\":\"2027-W30\",\"dryRun\":true}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode done = awaitDone(JSON.readTree(started.body()).get("runId").asText());
        assertThat(done.get("dryRun").asBoolean()).isTrue();
        assertThat(done.get("reports").findValuesAsText("outcome")).containsExactly("previewed", "previewed", "previewed", "previewed",
                "previewed");
        assertThat(done.get("verdict").asText()).startsWith("dry run: all 5 reports rendered into ");
        assertThat(aws.sesEmails()).isEmpty();
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W30/")).isEmpty();
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            if (ddb.listTables().tableNames().contains(ledger)) {
                assertThat(ddb.scan(b -> b.tableName(ledger)).items()).noneMatch(i -> i.toString().contains("2027-W30"));
            }
        }
    }

    @Test
    void should_send_only_the_reports_asked_for_and_the_rest_with_the_next_run_of_the_period() throws Exception {
        aws.clearSes();

        HttpResponse<String> cfoOnly = post("{\"period\":\"2027-W44\",\"roles\":[\"cfo\"]}");

        assertThat(cfoOnly.statusCode()).as(cfoOnly.body()).isEqualTo(202);
        assertThat(JSON.readTree(cfoOnly.body()).get("roles").toString()).isEqualTo("[\"cfo\"]");
        JsonNode done = awaitDone(JSON.readTree(cfoOnly.body()).get("runId").asText());
        assertThat(done.get("reports").findValuesAsText("role")).containsExactly("cfo");
        assertThat(done.get("reports").findValuesAsText("outcome")).containsExactly("delivered");
        assertThat(done.get("verdict").asText()).startsWith("delivered: the cfo report, all sources read");
        assertThat(reportsSent()).hasSize(1);

        // the whole week next: the CFO report is not sent again, the other four are
        JsonNode week = awaitDone(JSON.readTree(post("{\"period\":\"2027-W44\"}").body()).get("runId").asText());
        assertThat(week.get("reports").findValuesAsText("outcome")).containsExactly("delivered", "delivered", "already_delivered", "delivered",
                "delivered");
        assertThat(reportsSent()).hasSize(5);
    }

    @Test
    void should_refuse_bad_input_naming_the_field() throws Exception {
        for (List<String> c : List.of(List.of("{\"period\":\"2026-W54\"}", "period"), List.of("{\"asOf\":\"monday\"}", "asOf"),
                List.of("{\"roles\":[\"ceo\",\"ceo\"]}", "roles"), List.of("{\"schedule\":\"daily-ceo\",\"roles\":[\"cfo\"]}", "roles"), List.of("{\"dryRun\":\"yes\"}", "dryRun"), List.of("{\"perod\":\"2026-W48\"}", "perod"),
                List.of("not json", "body"))) {
            HttpResponse<String> r = post(c.get(0));
            assertThat(r.statusCode()).as(c.get(0)).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).get("field").asText()).as(c.get(0)).isEqualTo(c.get(1));
        }
        assertThat(get("/api/runs/../../etc").statusCode()).isIn(400, 404);
        assertThat(get("/api/runs?limit=0").statusCode()).isEqualTo(400);
    }

    private JsonNode awaitDone(String runId) throws Exception {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).until(() -> {
            last[0] = JSON.readTree(get("/api/runs/" + runId).body());
            return !List.of("queued", "running").contains(last[0].get("state").asText());
        });
        return last[0];
    }

    private static JsonNode source(JsonNode run, String name) {
        for (JsonNode s : run.get("sources")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no source " + name);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(request("/api/runs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + System.getenv(TOKEN_VARIABLE));
    }
}
