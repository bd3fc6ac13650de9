package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.execreports.config.RunClock;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.schedule.ScheduleRoutes;
import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Route;
import org.junit.jupiter.api.Test;

/**
 * The shipped schedules as routes, and a run of each: the daily CEO digest sends the CEO report only, for the day, under
 * the day's archive folder and ledger keys; the weekly run of the same morning sends all five for the ISO week — the
 * two CEO reports never collide.
 */
class ScheduledRunTest extends DemoPipelineTestSupport {

    private static final String TUESDAY = "2027-05-04T07:00:00-07:00";

    @Test
    void should_show_one_quartz_route_per_schedule_named_after_it_in_its_own_zone() {
        List<String> ids = context.getRoutes().stream().map(Route::getRouteId).toList();
        assertThat(ids).contains("schedule-weekly", "schedule-daily-ceo").doesNotContain("schedule");
        Route daily = context.getRoute("schedule-daily-ceo");
        assertThat(daily.getEndpoint().getEndpointUri()).startsWith("quartz://exec-reports/daily-ceo?")
                .contains("trigger.timeZone=America%2FLos_Angeles").contains("cron=0+0+7+%3F+*+MON-FRI");
    }

    @Test
    void should_send_the_daily_digest_to_the_ceo_only_for_the_day_then_the_weekly_five_for_the_week() throws Exception {
        aws.clearSes();

        RunOutcome daily = template.requestBodyAndHeaders("direct:run", null, Map.of("ExecReportsAsOf", TUESDAY,
                ScheduleRoutes.HEADER, "daily-ceo"), RunOutcome.class);

        assertThat(daily.period()).isEqualTo("2027-05-04");
        assertThat(daily.exitCode()).as(daily.verdict()).isIn(RunOutcome.SUCCESS, RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(daily.deliveries()).extracting(Delivery::role).containsExactly("ceo");
        assertThat(daily.verdict()).startsWith(daily.exitCode() == RunOutcome.SUCCESS ? "delivered: the ceo report, all sources read" : "delivered with gaps");
        List<JsonNode> sent = aws.sesAccepted();
        assertThat(sent).extracting(r -> r.path("role").asText() + " " + r.path("period").asText()).containsExactly("ceo 2027-05-04");
        String record = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-05-04/ceo.delivery.json");
        assertThat(record).contains("Demo portfolio 2027-05-04");
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-05-04/")).contains("reports/exec/2027-05-04/snapshot.json",
                "reports/exec/2027-05-04/ceo.html").noneMatch(k -> k.contains("cfo") || k.contains("accounting"));

        RunOutcome weekly = template.requestBodyAndHeaders("direct:run", null, Map.of("ExecReportsAsOf", TUESDAY,
                ScheduleRoutes.HEADER, "weekly"), RunOutcome.class);

        assertThat(weekly.period()).isEqualTo("2027-W18");
        assertThat(weekly.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        assertThat(aws.sesAccepted()).extracting(r -> r.path("role").asText() + " " + r.path("period").asText()).containsExactly(
                "ceo 2027-05-04", "ceo 2027-W18", "cto 2027-W18", "cfo 2027-W18", "cmo 2027-W18", "accounting 2027-W18");
    }

    @Test
    void should_rerun_a_period_for_the_schedule_the_ledger_recorded() {
        RunClock clock = context.getRegistry().lookupByNameAndType("runClock", RunClock.class);
        var run = clock.newRun(TUESDAY, "daily-ceo");
        assertThat(RunClock.ledgerAsOf(run)).isEqualTo("2027-05-04T07:00-07:00 daily-ceo ceo");
        // the re-check passes what the ledger recorded: the schedule comes with it, whatever schedule is the default
        var rerun = clock.newRun(RunClock.ledgerAsOf(run), null);
        assertThat(rerun.period()).isEqualTo("2027-05-04");
        assertThat(rerun.roles()).containsExactly("ceo");
        assertThat(clock.newRun("2027-05-04T07:00-07:00", null).period()).isEqualTo("2027-W18");
        // an operator's run of some of the weekly reports is re-checked as that run, not as the whole week
        var cfoOnly = clock.newRun("2027-05-03T07:00-07:00", "weekly", "cfo,ceo");
        assertThat(cfoOnly.roles()).containsExactly("ceo", "cfo");
        assertThat(RunClock.ledgerAsOf(cfoOnly)).isEqualTo("2027-05-03T07:00-07:00 weekly ceo,cfo");
        assertThat(clock.newRun(RunClock.ledgerAsOf(cfoOnly), null).roles()).containsExactly("ceo", "cfo");
        assertThat(RunClock.ledgerAsOf(clock.newRun("2027-05-03T07:00-07:00", "weekly"))).isEqualTo("2027-05-03T07:00-07:00 weekly");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clock.newRun("2027-05-04T07:00-07:00", "daily-ceo", "cfo"))
                .hasMessage("schedule daily-ceo does not send the cfo report (it sends ceo)");
    }
}
