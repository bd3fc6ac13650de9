package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.execreports.config.SnapshotJson;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * A source over its read budget stops between two pages, keeps what it folded, and is named partial with how far it
 * got; the run does not wait for the hard timeout, the five reports go out, and every other source's facts are what
 * that source reads on its own. The budgets are the demo's own domain files with two sources given a budget of 1 ms
 * and pages of 5 items: the first source in sort order (dangerouscentaur/bookings, paged by the route) and one in the
 * middle (jada/bookings, a parallel Scan of two segments), so each stops after exactly its first page per segment.
 */
class ReadBudgetTest extends DemoPipelineTestSupport {

    private static final String AS_OF = "2027-06-07T07:00:00-07:00";
    private static final String PERIOD = "2027-W23";

    @Override
    protected void overrideProperties(Properties p) {
        String dir = LocalAws.projectDir().toString();
        p.put("camel.main.routes-include-pattern", "file:" + dir + "/routes/*.yaml,file:" + dir + "/routes/sources/*.yaml,file:"
                + budgetedDomains() + "/*.yaml");
        // long enough that a run finishing well inside it shows the stopped sources did not wait for it
        p.put("sources.timeout-ms", "100000");
    }

    @Test
    void should_deliver_with_the_sources_over_budget_named_partial_and_every_other_source_read_whole() throws Exception {
        aws.clearSes();
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("run").whenDone(1).create();

        long started = System.nanoTime();
        Future<RunOutcome> run = template.asyncRequestBodyAndHeader("direct:run", null, "ExecReportsAsOf", AS_OF, RunOutcome.class);

        assertThat(done.matches(60, TimeUnit.SECONDS)).as("the run ends without waiting for sources.timeout-ms").isTrue();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertThat(seconds).as("run time, s").isLessThan(60);
        RunOutcome outcome = run.get();
        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        assertThat(outcome.partial()).contains("dangerouscentaur/bookings", "jada/bookings");
        assertThat(outcome.gaps()).isEmpty();

        PortfolioSnapshot snapshot = new SnapshotJson().read(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/snapshot.json"));
        assertThat(snapshot.sources().get(0).name()).as("first in sort order").isEqualTo("dangerouscentaur/bookings");
        Facts first = source(snapshot, "dangerouscentaur/bookings");
        Facts middle = source(snapshot, "jada/bookings");
        assertThat(first.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(first.data()).as("the facts folded before the stop are kept").isNotNull();
        assertThat(first.stopped().units()).isEqualTo(5);
        assertThat(first.stopped().text()).matches("read stopped after \\d+\\.\\d s at 5 items; figures from this source are partial");
        // two segments, one page of 5 each before either looked at the clock again
        assertThat(middle.stopped().units()).isEqualTo(10);
        assertThat(middle.stopped().text()).endsWith(" at 10 items; figures from this source are partial");

        // the reports name both, with how far each got
        String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cfo.txt")
                + String.join("", aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/").stream()
                .filter(k -> k.endsWith("cfo-full.txt")).map(k -> aws.object(LocalAws.ARCHIVE_BUCKET, k)).toList());
        String text = cfo.replaceAll("\\s+", " ");
        assertThat(text).contains("dangerouscentaur/bookings read stopped after").contains("at 5 items")
                .contains("jada/bookings read stopped after").contains("at 10 items");

        // every other source: the same facts as when it is read on its own
        ObjectMapper json = new ObjectMapper();
        JsonNode archived = json.readTree(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/snapshot.json"));
        int compared = 0;
        for (Facts f : snapshot.sources()) {
            if (f.stopped() != null || f.source().equals("profile")) {
                continue;
            }
            Facts alone = readAlone(snapshot, f);
            JsonNode soloJson = json.readTree(new SnapshotJson().write(new PortfolioSnapshot(snapshot.run(), List.of(alone))))
                    .path("sources").path(0);
            JsonNode inRun = sourceNode(archived, f.name());
            assertThat(soloJson.path("status").asText()).as(f.name() + " status").isEqualTo(inRun.path("status").asText());
            assertThat(soloJson.path("data")).as(f.name() + " facts").isEqualTo(inRun.path("data"));
            compared++;
        }
        assertThat(compared).as("sources compared").isGreaterThan(10);
    }

    private Facts readAlone(PortfolioSnapshot snapshot, Facts f) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", snapshot.run());
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        Exchange answer = template.send("bean:sourcePolls?method=poll(*,'" + f.domain() + "','" + f.source() + "')", exchange);
        return answer.getMessage().getBody(Facts.class);
    }

    private static Facts source(PortfolioSnapshot snapshot, String name) {
        return snapshot.sources().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode sourceNode(JsonNode snapshot, String name) {
        for (JsonNode s : snapshot.path("sources")) {
            if ((s.path("domain").asText() + "/" + s.path("source").asText()).equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no source " + name + " in snapshot.json");
    }

    /** The demo's domain files, with a 1 ms budget and pages of 5 for the two sources under test. */
    private static Path budgetedDomains() {
        try {
            Path dir = Files.createTempDirectory("budgeted-domains");
            try (var files = Files.list(LocalAws.projectDir().resolve("routes/domains"))) {
                for (Path f : files.toList()) {
                    String yaml = Files.readString(f);
                    yaml = budgeted(yaml, "dangerouscentaur-bookings");
                    yaml = budgeted(yaml, "jada-bookings");
                    Files.writeString(dir.resolve(f.getFileName()), yaml);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String budgeted(String yaml, String routeId) {
        String marker = "    routeId: " + routeId + "\n    parameters:\n";
        return yaml.replace(marker, marker + "      - name: readBudgetMs\n        value: \"1\"\n      - name: pageSize\n        value: \"5\"\n");
    }
}
