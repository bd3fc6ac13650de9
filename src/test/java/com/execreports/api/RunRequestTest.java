package com.execreports.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;

import com.execreports.schedule.Cadence;
import com.execreports.schedule.NamedSchedule;
import com.execreports.schedule.Schedules;

import org.junit.jupiter.api.Test;

/**
 * What POST /api/runs accepts: a period of the schedule's kind runs as of its first morning, 07:00 in the schedule's
 * zone; some of the schedule's reports; the rest is refused by field.
 */
class RunRequestTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final List<String> ALL = List.of("ceo", "cto", "cfo", "cmo", "accounting");
    private static final Schedules SCHEDULES = new Schedules(List.of(new NamedSchedule("weekly", "0 0 7 ? * MON", LA, ALL, Cadence.WEEK),
            new NamedSchedule("daily-ceo", "0 0 7 ? * MON-FRI", LA, List.of("ceo"), Cadence.DAY),
            new NamedSchedule("month-end", "0 0 7 1 * ?", ZoneId.of("Europe/Lisbon"), List.of("cfo", "accounting"), Cadence.MONTH)));

    @Test
    void should_run_a_period_as_of_its_first_morning_and_an_empty_body_now() {
        assertThat(RunRequest.parse("{\"period\":\"2026-W48\"}", SCHEDULES)).isEqualTo(new RunRequest("2026-11-23T07:00-08:00", false, "weekly", List.of()));
        assertThat(RunRequest.parse("{\"period\":\"2027-W01\",\"dryRun\":true}", SCHEDULES))
                .isEqualTo(new RunRequest("2027-01-04T07:00-08:00", true, "weekly", List.of()));
        assertThat(RunRequest.parse("{\"asOf\":\"2026-11-24T09:00:00-08:00\"}", SCHEDULES).asOf()).isEqualTo("2026-11-24T09:00-08:00");
        assertThat(RunRequest.parse("", SCHEDULES)).isEqualTo(new RunRequest("", false, "weekly", List.of()));
        // a day of the daily schedule, a month of the monthly one, each in its own zone
        assertThat(RunRequest.parse("{\"schedule\":\"daily-ceo\",\"period\":\"2027-03-15\"}", SCHEDULES))
                .isEqualTo(new RunRequest("2027-03-15T07:00-07:00", false, "daily-ceo", List.of()));
        assertThat(RunRequest.parse("{\"schedule\":\"month-end\",\"period\":\"2027-04\"}", SCHEDULES).asOf()).isEqualTo("2027-04-01T07:00+01:00");
    }

    @Test
    void should_send_some_reports_in_delivery_order_and_all_of_them_as_none() {
        assertThat(RunRequest.parse("{\"roles\":[\"cfo\",\"ceo\"]}", SCHEDULES).roles()).containsExactly("ceo", "cfo");
        assertThat(RunRequest.parse("{\"roles\":[\"cfo\",\"ceo\"]}", SCHEDULES).rolesHeader()).isEqualTo("ceo,cfo");
        assertThat(RunRequest.parse("{\"roles\":[\"accounting\",\"ceo\",\"cto\",\"cfo\",\"cmo\"]}", SCHEDULES).roles()).isEmpty();
        assertThat(RunRequest.parse("{\"schedule\":\"month-end\",\"roles\":[\"accounting\"]}", SCHEDULES).roles()).containsExactly("accounting");
    }

    @Test
    void should_name_the_field_it_refuses() {
        assertField("{\"period\":\"2026-W54\"}", "period", "period 2026-W54 is not an ISO week such as 2026-W48");
        assertField("{\"period\":\"2026-11-23\"}", "period", "period of schedule weekly must be an ISO week such as 2026-W48, got \"2026-11-23\"");
        assertField("{\"schedule\":\"daily-ceo\",\"period\":\"2026-W48\"}", "period", "period of schedule daily-ceo must be a day such as 2026-11-23");
        assertField("{\"schedule\":\"month-end\",\"period\":\"2026-13\"}", "period", "period 2026-13 is not a month such as 2026-11");
        assertField("{\"period\":\"2026-W48\",\"asOf\":\"2026-11-24T09:00:00-08:00\"}", "period", "give period or asOf, not both");
        assertField("{\"roles\":[\"ceo\",\"ceo\"]}", "roles", "roles must be a list of the reports of schedule weekly [ceo, cto, cfo, cmo, accounting], each once");
        assertField("{\"roles\":[]}", "roles", "roles must be a list");
        assertField("{\"roles\":\"ceo\"}", "roles", "roles must be a list");
        assertField("{\"schedule\":\"daily-ceo\",\"roles\":[\"cfo\"]}", "roles", "roles must be a list of the reports of schedule daily-ceo [ceo], each once, got [\"cfo\"]");
        assertField("{\"schedule\":\"hourly\"}", "schedule", "no schedule named 'hourly' (configured: weekly, daily-ceo, month-end)");
        assertField("{\"schedule\":7}", "schedule", "schedule must be the name of a configured schedule: weekly, daily-ceo, month-end");
        assertField("{\"dryRun\":1}", "dryRun", "dryRun must be true or false");
        assertField("{\"perod\":\"2026-W48\"}", "perod", "unknown field 'perod': expected schedule, period, asOf, roles or dryRun");
        assertField("[1]", "body", "the body must be a JSON object");
    }

    private static void assertField(String body, String field, String message) {
        assertThatThrownBy(() -> RunRequest.parse(body, SCHEDULES)).isInstanceOfSatisfying(RunRequest.Invalid.class, e -> {
            assertThat(e.field()).as(body).isEqualTo(field);
            assertThat(e.getMessage()).as(body).startsWith(message);
        });
    }
}
