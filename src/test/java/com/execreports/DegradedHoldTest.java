package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

/**
 * delivery.degraded = hold: reports of a run with a failed source wait for the source to recover, or for the hold
 * to run out (an hour here, of a clock the tests move; hours in production), and then go out — degraded if the source
 * is still missing.
 */
class DegradedHoldTest extends HeldSourceTestSupport {

    @Test
    void should_hold_the_reports_while_a_source_fails_and_send_them_complete_once_it_recovers() throws Exception {
        aws.clearSes();

        RunOutcome held = runAt("2027-04-05T07:00:00-07:00");

        assertThat(held.exitCode()).as(held.verdict()).isEqualTo(RunOutcome.HELD);
        assertThat(held.verdict()).isEqualTo("held: [ceo, cto, cfo, cmo, accounting] wait for sources to recover: held/bookings");
        assertThat(held.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.HELD);
        assertThat(reportsSent()).isEmpty();
        assertThat(opsAlerts()).extracting(e -> e.path("subject").asText())
                .containsExactly("[exec-reports] WARNING: 2027-W14 held with 1 source missing");
        // archived all the same, with the completeness manifest naming the gap
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W14/cfo.delivery.json"))
                .contains("\"state\" : \"HELD\"").contains("\"degraded\" : true").contains("held/bookings");

        createTable();
        RunOutcome recovered = runAt("2027-04-05T09:00:00-07:00");

        assertThat(recovered.exitCode()).as(recovered.verdict()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(reportsSent()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText()).doesNotContain("data incomplete"));
    }

    @Test
    void should_send_degraded_once_the_hold_runs_out_with_the_source_still_failing() throws Exception {
        aws.clearSes();

        RunOutcome first = runAt("2027-04-12T07:00:00-07:00");
        ledgerTime.move(Duration.ofMinutes(59));
        RunOutcome second = runAt("2027-04-12T08:00:00-07:00");

        assertThat(first.exitCode()).isEqualTo(RunOutcome.HELD);
        assertThat(second.exitCode()).as("within the hold: still held").isEqualTo(RunOutcome.HELD);
        assertThat(reportsSent()).isEmpty();

        // the hold (an hour of the ledger's time) ran out
        ledgerTime.move(Duration.ofMinutes(2));
        RunOutcome released = runAt("2027-04-12T09:00:00-07:00");

        assertThat(released.exitCode()).as(released.verdict()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(reportsSent()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText()).endsWith("(data incomplete)"));
        // the hold reached ops once (not at each run that found it still held), then the degraded send
        assertThat(opsAlerts()).extracting(e -> e.path("subject").asText()).containsExactly(
                "[exec-reports] WARNING: 2027-W15 held with 1 source missing", "[exec-reports] WARNING: 2027-W15 sent with 1 source missing");
    }
}
