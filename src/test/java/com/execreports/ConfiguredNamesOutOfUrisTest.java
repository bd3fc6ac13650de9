package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.execreports.delivery.RunOutcome;
import com.execreports.model.Facts;
import com.execreports.sources.ObjectTally;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Tables and buckets travel as headers, never in an endpoint URI: a run reads every demo source (DynamoDB scans, S3
 * listings and objects) and archives into a bucket of its own, named only in archive.bucket — and no endpoint Camel
 * created names a configured table or bucket (the delivery ledger's table check aside: camel-aws2-ddb creates a
 * missing table from its endpoint path, so that one name is checked strictly before it gets there). Object keys, which
 * are data, go in the request too: a key that looks like an expression is fetched as written.
 */
class ConfiguredNamesOutOfUrisTest extends DemoPipelineTestSupport {

    static final String ARCHIVE = "names-out-of-uris-archive";

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        if (!aws.clients().s3().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(ARCHIVE))) {
            aws.clients().s3().createBucket(b -> b.bucket(ARCHIVE));
        }
        p.put("archive.bucket", ARCHIVE);
    }

    @Test
    void should_read_every_source_and_archive_into_the_configured_bucket_with_no_name_in_any_uri() throws Exception {
        RunOutcome outcome = template.requestBody("direct:run", null, RunOutcome.class);

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);
        List<String> archived = aws.keys(ARCHIVE, "");
        assertThat(archived).anyMatch(k -> k.endsWith("/snapshot.json")).anyMatch(k -> k.endsWith("/metrics.json"));
        for (String role : List.of("ceo", "cto", "cfo", "cmo", "accounting")) {
            assertThat(archived).anyMatch(k -> k.endsWith("/" + role + ".html")).anyMatch(k -> k.endsWith("/" + role + ".delivery.json"));
        }
        String snapshotKey = archived.stream().filter(k -> k.endsWith("/snapshot.json")).findFirst().orElseThrow();
        JsonNode snapshot = new ObjectMapper().readTree(aws.object(ARCHIVE, snapshotKey));
        // the tables and buckets the sources read, as the snapshot names them: every one was read, none failed
        List<String> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(ARCHIVE));
        snapshot.path("sources").forEach(source -> {
            String kind = source.path("kind").asText();
            if (kind.startsWith("ddb-") || kind.startsWith("s3-")) {
                assertThat(source.path("status").asText()).as(source.path("domain").asText() + "/" + source.path("source").asText())
                        .isIn("OK", "PARTIAL");
                kinds.add(kind);
                names.add(source.path("resource").asText());
            }
        });
        assertThat(kinds).contains("ddb-bookings", "ddb-operations", "ddb-subscriptions", "s3-site", "s3-ledger", "s3-invoices");
        assertThat(names).contains("queenofsandiego-bookings", "quickdumpnow-site", "portfolio-ledgers");

        String ledgerTable = context.resolvePropertyPlaceholders("{{delivery.ledger-table}}");
        List<String> uris = context.getEndpoints().stream().map(Endpoint::getEndpointUri).toList();
        assertThat(uris).anyMatch(u -> u.startsWith("aws2-s3://bucket_named_in_header"))
                .anyMatch(u -> u.startsWith("aws2-ddb://source-table"));
        for (String uri : uris) {
            for (String name : names) {
                assertThat(uri).as("endpoint URI").doesNotContain(name);
            }
            if (uri.contains(ledgerTable)) {
                assertThat(uri).as("the one URI naming a table").startsWith("aws2-ddb://" + ledgerTable + "?").contains("operation=DescribeTable");
            }
        }
    }

    @Test
    void should_fetch_objects_whose_keys_look_like_expressions_as_written_never_evaluated() throws Exception {
        String bucket = "keys-are-data";
        if (aws.clients().s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            aws.clients().s3().createBucket(b -> b.bucket(bucket));
        }
        // given as a header, camel-aws2-s3 would run these keys through the simple language
        Map<String, String> objects = Map.of("${exchangeProperty.sourceResource}.html", "page one",
                "pages/${date:now:yyyy}.html", "page two", "$simple{header.CamelAwsS3Key}.csv", "page three");
        objects.forEach((key, text) -> aws.clients().s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(text)));
        Map<String, String> read = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        ObjectTally tally = new ObjectTally() {
            private final List<String> listed = new ArrayList<>();

            @Override
            public void inventory(String key, long size) {
                listed.add(key);
            }

            @Override
            public List<String> objectsToRead() {
                return listed;
            }

            @Override
            public void read(String key, InputStream content) throws IOException {
                read.put(key, new String(content.readAllBytes(), StandardCharsets.UTF_8));
            }

            @Override
            public void unreadable(String key, String reason) {
                unreadable.add(key + ": " + reason);
            }

            @Override
            public Facts facts(String runId) {
                return null;
            }
        };

        Exchange done = template.send("direct:s3-objects", ex -> {
            ex.setProperty("tally", tally);
            ex.setProperty("sourceResource", bucket);
            // what sourceFacts.begin gives a source: the collector that redacts what the tally reads
            ex.setProperty("pastedSecrets", new com.execreports.sources.PastedSecrets(new com.execreports.security.SecretScanner(
                    com.execreports.security.SecretRules.bundled(), "keys-are-data-test-key".getBytes(StandardCharsets.UTF_8))
                    .valueRedaction()));
        });

        assertThat(done.getException()).isNull();
        assertThat(unreadable).isEmpty();
        assertThat(read).isEqualTo(new TreeMap<>(objects));
    }
}
