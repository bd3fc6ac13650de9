package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** How a run ends: the verdict it returns and counts, and what ops hear of missing sources and failed runs. */
class RunEndingTest {

    private static final Run RUN = new Run("2026-W48-20261130T0700", "2026-W48", OffsetDateTime.parse("2026-11-30T07:00-08:00"));
    private static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    private final DeliveryMetrics metrics = new DeliveryMetrics(new SimpleMeterRegistry(), "host/42/abcd1234");
    private final RunEnding ending = new RunEnding(metrics, "host/42/abcd1234");

    @Test
    void should_end_a_run_that_delivered_every_report_from_every_source_without_alerting_ops() {
        Exchange run = run(all(Delivery.Status.DELIVERED), snapshot(SourceStatus.OK));

        RunOutcome outcome = ending.outcome(run);

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(outcome.verdict()).isEqualTo("delivered: all 5 reports, all sources read");
        assertThat(metrics.get(DeliveryMetrics.RUNS_DELIVERED)).isEqualTo(1);
        assertThat(run.getProperty("opsAlert")).isNull();
    }

    @Test
    void should_say_which_sources_were_read_only_partly_without_calling_them_gaps() {
        RunOutcome outcome = ending.outcome(run(all(Delivery.Status.DELIVERED), snapshot(SourceStatus.PARTIAL)));

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(outcome.verdict()).isEqualTo("delivered: all 5 reports, all sources read, 1 partly (jada/bookings)");
    }

    @Test
    void should_tell_ops_of_a_held_period_once_not_at_every_recheck() {
        Exchange first = run(all(Delivery.Status.HELD), snapshot(SourceStatus.FAILED));
        Exchange recheck = run(all(Delivery.Status.HELD), snapshot(SourceStatus.FAILED));

        RunOutcome held = ending.outcome(first);
        ending.outcome(recheck);

        assertThat(held.exitCode()).isEqualTo(RunOutcome.HELD);
        assertThat(first.getProperty("opsAlert", OpsAlert.class).subject()).isEqualTo("[exec-reports] WARNING: 2026-W48 held with 1 source missing");
        assertThat(first.getProperty("opsAlert", OpsAlert.class).text()).contains("  jada/bookings (bookings-table): AccessDenied\n")
                .contains("Instance:   host/42/abcd1234");
        assertThat(recheck.getProperty("opsAlert")).as("the re-check found the same hold").isNull();
        assertThat(metrics.get(DeliveryMetrics.RUNS_HELD)).isEqualTo(2);
    }

    @Test
    void should_tell_ops_of_a_degraded_send_by_the_run_that_sent_it_not_by_runs_that_found_it_sent() {
        Exchange sent = run(all(Delivery.Status.DELIVERED), snapshot(SourceStatus.FAILED));
        Exchange rerun = run(all(Delivery.Status.ALREADY_DELIVERED), snapshot(SourceStatus.FAILED));

        ending.outcome(sent);
        RunOutcome again = ending.outcome(rerun);

        assertThat(sent.getProperty("opsAlert", OpsAlert.class).subject()).isEqualTo("[exec-reports] WARNING: 2026-W48 sent with 1 source missing");
        assertThat(again.exitCode()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(rerun.getProperty("opsAlert")).isNull();
    }

    @Test
    void should_end_a_run_that_stopped_before_its_reports_with_a_failed_verdict_naming_the_cause() {
        Exchange run = run(new ArrayList<>(), null);
        run.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("archive bucket unreachable"));

        ending.runFailed(run);

        RunOutcome outcome = run.getProperty("runOutcome", RunOutcome.class);
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.verdict()).contains("archive bucket unreachable");
        assertThat(run.getProperty("opsAlert", OpsAlert.class).subject()).isEqualTo("[exec-reports] ALERT: run for 2026-W48 failed");
        assertThat(run.getProperty("opsAlert", OpsAlert.class).text()).contains("java -jar exec-reports.jar --once --as-of 2026-11-30T07:00-08:00");
        assertThat(metrics.get(DeliveryMetrics.RUNS_FAILED)).isEqualTo(1);
    }

    private static Exchange run(List<Delivery> deliveries, PortfolioSnapshot snapshot) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty("run", RUN);
        exchange.setProperty("deliveries", deliveries);
        exchange.setProperty("snapshot", snapshot);
        return exchange;
    }

    private static List<Delivery> all(Delivery.Status status) {
        List<Delivery> all = new ArrayList<>();
        for (String role : ROLES) {
            all.add(new Delivery(role, status, List.of(role + "@example.com"), List.of(), status == Delivery.Status.HELD ? null : "m-" + role,
                    List.of(), status == Delivery.Status.DELIVERED ? 1 : 0, null));
        }
        return all;
    }

    /** Two sources: the site read, the bookings table as given. */
    private static PortfolioSnapshot snapshot(SourceStatus bookings) {
        Facts site = new Facts(RUN.runId(), "jada", "site", "s3-site", "site-bucket", SourceStatus.OK, null, null, List.of(), 0);
        Facts table = new Facts(RUN.runId(), "jada", "bookings", "ddb-bookings", "bookings-table", bookings, null,
                bookings == SourceStatus.FAILED ? "AccessDenied" : null, List.of(), bookings == SourceStatus.PARTIAL ? 2 : 0);
        return new PortfolioSnapshot(RUN, List.of(table, site));
    }
}
