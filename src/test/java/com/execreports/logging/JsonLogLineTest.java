package com.execreports.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** A JSON log line is one parseable object a shipper reads with logstash's field names, whatever the message holds. */
class JsonLogLineTest {

    @Test
    void should_write_one_parseable_line_with_logstash_field_names() throws Exception {
        String line = JsonLogLine.of(Instant.parse("2026-11-23T15:00:01.250Z"), "info", "com.execreports.delivery.RunDeliveries",
                "Camel (exec-reports) thread #3", "Run 2026-W48: \"delivered\"\tall 5\\reports\nnext\u0001", "java.lang.IllegalStateException: x\n\tat a.b");

        assertThat(line).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("@timestamp").asText()).isEqualTo("2026-11-23T15:00:01.250Z");
        assertThat(json.path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("logger_name").asText()).isEqualTo("com.execreports.delivery.RunDeliveries");
        assertThat(json.path("thread_name").asText()).isEqualTo("Camel (exec-reports) thread #3");
        assertThat(json.path("message").asText()).isEqualTo("Run 2026-W48: \"delivered\"\tall 5\\reports\nnext\u0001");
        assertThat(json.path("stack_trace").asText()).startsWith("java.lang.IllegalStateException: x\n\tat a.b");
        assertThat(JsonLogLine.of(Instant.EPOCH, "warn", "l", "t", "m", null)).doesNotContain("stack_trace");
    }
}
