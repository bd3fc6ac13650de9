package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The API's token, as ops set it: in the environment of the service process. No token or a wrong one gets 401 (with
 * WWW-Authenticate), the right one gets in — through the README's own curl commands — and no line the service prints
 * holds the token or the Authorization header. A service started without the variable answers 503 and says so at
 * start. Camel's tracer is on, as ops would turn it on to debug: it prints every header, and still shows no credential.
 * Assertions never print the output: on a failure it could hold the token.
 */
class ApiTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_let_in_only_the_token_of_the_environment_and_never_log_it() throws Exception {
        LocalAws aws = LocalAws.withDemoPortfolio();
        String token = "FAKEapi" + UUID.randomUUID().toString().replace("-", "");
        int port = freePort();
        ServiceProcess.Running service = ServiceProcess.start(args(aws, port), Map.of("EXEC_REPORTS_API_TOKEN", token));
        try {
            assertThat(service.awaitLine(l -> l.contains(") started in "), 120_000)).as("the service started").isTrue();

            HttpResponse<String> none = send(port, "GET", "/api/runs", null, null);
            HttpResponse<String> wrong = send(port, "GET", "/api/runs", "Bearer " + token.substring(0, token.length() - 1) + "x", null);
            HttpResponse<String> wrongPost = send(port, "POST", "/api/runs", "Bearer not-the-token", "{}");
            HttpResponse<String> right = send(port, "GET", "/api/runs", "Bearer " + token, null);

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"exec-reports\"");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrongPost.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(right.body()).has("runs")).isTrue();
            // the request headers are not echoed back
            assertThat(right.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization"));

            // the README's curl commands, as written (on this test's port), with the token in the environment as it says
            List<String> curls = readmeCurls(port);
            JsonNode started = JSON.readTree(curl(curls.get(0), token));
            String runId = started.get("runId").asText();
            assertThat(runId).matches("\\d{4}-W\\d{2}-[0-9a-f]{8}");
            JsonNode[] state = new JsonNode[1];
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
                state[0] = JSON.readTree(curl(curls.get(2).replace("2026-W48-1a2b3c4d", runId), token));
                return "done".equals(state[0].path("state").asText());
            });
            assertThat(state[0].get("reports")).hasSize(5);
            assertThat(JSON.readTree(curl(curls.get(3), token)).get("runs").size()).isBetween(1, 3);
        } finally {
            service.stop(60);
        }
        String output = String.join("\n", service.lines());
        assertThat(holdsAnyTwelve(output, token)).as("the output holds 12 consecutive characters of the token").isFalse();
        // Camel's tracer is on (it prints every header of every exchange): still no Authorization header, no bearer value
        assertThat(java.util.regex.Pattern.compile("(?i)authorization\\s*[=:]|bearer\\s+(?!realm)|exec_reports_token=").matcher(output).find())
                .as("a line shows an Authorization header, a bearer value or the browser's cookie").isFalse();
        assertThat(output.contains("[from[platform-http:/api/runs")).as("the tracer traced the API's requests").isTrue();
    }

    @Test
    void should_answer_503_and_say_so_at_start_without_a_token() throws Exception {
        LocalAws aws = LocalAws.withDemoPortfolio();
        int port = freePort();
        ServiceProcess.Running service = ServiceProcess.start(args(aws, port), Map.of());
        try {
            assertThat(service.awaitLine(l -> l.contains(") started in "), 120_000)).as("the service started").isTrue();

            HttpResponse<String> api = send(port, "GET", "/api/runs", "Bearer anything", null);
            HttpResponse<String> browser = send(port, "GET", "/reports", null, null);

            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("EXEC_REPORTS_API_TOKEN");
            assertThat(browser.statusCode()).isEqualTo(503);
            assertThat(service.lines()).anyMatch(l -> l.contains("API and report browser disabled (they answer 503): environment variable "
                    + "EXEC_REPORTS_API_TOKEN (api.token-env) holds no token"));
        } finally {
            service.stop(60);
        }
    }

    private static List<String> args(LocalAws aws, int port) {
        return List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Dcamel.server.port=" + port, "-Dcamel.management.port=" + port,
                "-Ddelivery.ledger-table=api-token-" + System.nanoTime(), "-Drun.clock=2027-05-03T07:00:00-07:00",
                "-Dportfolio.name=Demo portfolio", "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Dschedule.enabled=false", "-Dcamel.main.tracing=true");
    }

    /** The curl lines of the README's "API and report browser" section, pointed at this test's port. */
    private static List<String> readmeCurls(int port) throws Exception {
        String readme = Files.readString(LocalAws.projectDir().resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## API and report browser"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        List<String> curls = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("curl ")) {
                curls.add(line.replaceAll("\\s+#.*$", "").replace("127.0.0.1:9876", "127.0.0.1:" + port));
            }
        }
        assertThat(curls).hasSizeGreaterThanOrEqualTo(4);
        return curls;
    }

    private static String curl(String command, String token) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        pb.environment().put("EXEC_REPORTS_API_TOKEN", token);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("curl exit status").isZero();
        return out;
    }

    private static HttpResponse<String> send(int port, String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean holdsAnyTwelve(String text, String secret) {
        for (int i = 0; i + 12 <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
