package com.execreports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** What POST /api/runs accepts: a period runs as of its Monday 07:00 in the schedule's zone; the rest is refused by field. */
class RunRequestTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @Test
    void should_run_a_period_as_of_its_monday_morning_and_an_empty_body_now() {
        assertThat(RunRequest.parse("{\"period\":\"2026-W48\"}", LA)).isEqualTo(new RunRequest("2026-11-23T07:00-08:00", false));
        assertThat(RunRequest.parse("{\"period\":\"2027-W01\",\"dryRun\":true}", LA)).isEqualTo(new RunRequest("2027-01-04T07:00-08:00", true));
        assertThat(RunRequest.parse("{\"asOf\":\"2026-11-24T09:00:00-08:00\"}", LA).asOf()).isEqualTo("2026-11-24T09:00-08:00");
        assertThat(RunRequest.parse("", LA)).isEqualTo(new RunRequest("", false));
        assertThat(RunRequest.parse("{\"roles\":[\"accounting\",\"ceo\",\"cto\",\"cfo\",\"cmo\"]}", LA)).isEqualTo(new RunRequest("", false));
    }

    @Test
    void should_name_the_field_it_refuses() {
        assertField("{\"period\":\"2026-W54\"}", "period");
        assertField("{\"period\":\"2026-W48\",\"asOf\":\"2026-11-24T09:00:00-08:00\"}", "period");
        assertField("{\"roles\":[\"ceo\",\"ceo\",\"cto\",\"cfo\",\"cmo\"]}", "roles");
        assertField("{\"dryRun\":1}", "dryRun");
        assertField("[1]", "body");
    }

    private static void assertField(String body, String field) {
        assertThatThrownBy(() -> RunRequest.parse(body, LA)).isInstanceOfSatisfying(RunRequest.Invalid.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
