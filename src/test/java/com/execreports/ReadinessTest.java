package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Camel's health endpoints as a probe sees them: live while the service runs; ready only while the archive bucket and
 * the delivery ledger table answer — a missing bucket makes it not ready, naming the bucket, until the bucket exists.
 */
class ReadinessTest extends DemoPipelineTestSupport {

    // static: the properties are read in the super constructor, before instance fields are set
    private static final String BUCKET = "readiness-" + Long.toHexString(System.nanoTime());
    private int port;

    @Override
    protected void overrideProperties(Properties p) {
        port = servingHttp(p);
        p.put("archive.bucket", BUCKET);
        // a probe gets the cached answer for a second: long enough to be a cache, short enough to see the bucket appear
        p.put("health.aws-check-seconds", "1");
    }

    @Test
    void should_be_live_and_not_ready_while_the_archive_bucket_is_missing_then_ready_once_it_exists() throws Exception {
        HttpResponse<String> live = get(port, "/observe/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).path("status").asText()).isEqualTo("UP");

        HttpResponse<String> notReady = get(port, "/observe/health/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        JsonNode down = json(notReady);
        assertThat(down.path("status").asText()).isEqualTo("DOWN");
        assertThat(down.path("checks")).singleElement().satisfies(c -> {
            assertThat(c.path("name").asText()).isEqualTo("archive-bucket");
            assertThat(c.path("status").asText()).isEqualTo("DOWN");
            assertThat(c.path("message").asText()).isEqualTo("archive bucket " + BUCKET + " cannot be reached: HTTP 404 NoSuchBucket");
        });

        aws.clients().s3().createBucket(b -> b.bucket(BUCKET));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> ready = get(port, "/observe/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(json(ready).path("status").asText()).isEqualTo("UP");
        });
        // the whole picture, every check listed: the ledger table is among the ready ones
        JsonNode full = json(get(port, "/observe/health?exposureLevel=full"));
        assertThat(full.path("checks").findValuesAsText("name")).contains("archive-bucket", "delivery-ledger", "context");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }
}
