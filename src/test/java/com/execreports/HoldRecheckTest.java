package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.execreports.delivery.RunOutcome;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/**
 * The long-running service with delivery.degraded = hold: nobody re-runs a held period by hand — the service looks
 * again every delivery.hold-recheck-seconds and sends once the hold runs out.
 */
class HoldRecheckTest extends HeldSourceTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        asLongRunningService(p, 2);
    }

    @Test
    void should_send_degraded_once_the_hold_runs_out_without_anyone_running_the_period_again() throws Exception {
        aws.clearSes();

        RunOutcome held = runAt("2027-05-03T07:00:00-07:00");

        assertThat(held.exitCode()).isEqualTo(RunOutcome.HELD);
        assertThat(reportsSent()).isEmpty();
        // the hour of hold runs out (the ledger's clock moves on); re-checked every 2 s, the reports go out without anyone
        // running the period again, and ops hears of the degraded send after the five reports
        NotifyBuilder sent = new NotifyBuilder(context).fromRoute("hold-recheck")
                .whenAnyDoneMatches(e -> e.getMessage().getBody() instanceof RunOutcome o && o.exitCode() != RunOutcome.HELD).create();
        ledgerTime.move(java.time.Duration.ofMinutes(61));
        assertThat(sent.matches(60, TimeUnit.SECONDS)).as("a re-check ran the period and it was no longer held").isTrue();
        assertThat(reportsSent()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText())
                .endsWith("Demo portfolio 2027-W18 (data incomplete)"));
        // ops heard of the hold once, however many re-checks found it still held, and of the degraded send
        assertThat(opsAlerts()).extracting(e -> e.path("subject").asText()).containsExactly(
                "[exec-reports] WARNING: 2027-W18 held with 1 source missing", "[exec-reports] WARNING: 2027-W18 sent with 1 source missing");
    }
}
