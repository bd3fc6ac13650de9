package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.execreports.localaws.ServiceProcess.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Main as ops start it: --once keeps its log to what happened (at most 30 INFO lines, Camel's summaries cut to
 * one line); the service says each schedule's next run in its own zone.
 */
class ServiceLifecycleTest {

    static LocalAws aws;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_log_at_most_thirty_info_lines_for_a_once_run_and_start_no_schedule(@TempDir Path dir) throws Exception {
        Result r = ServiceProcess.run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Dportfolio.name=Demo portfolio",
                "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Ddelivery.ledger-table=quiet-" + System.nanoTime(),
                "--once", "--as-of", "2027-08-02T07:00:00-07:00"));

        assertThat(r.exit()).as(r.output()).isZero();
        List<String> info = r.output().lines().filter(l -> l.contains(" INFO ")).toList();
        System.out.printf("--once: %d INFO lines, %d lines in all%n", info.size(), r.output().lines().count());
        assertThat(info).as(String.join("\n", info)).hasSizeLessThanOrEqualTo(30)
                .anyMatch(l -> l.contains("(exec-reports) started in"))
                .anyMatch(l -> l.contains("2027-W31: delivered: all 5 reports"));
        // a one-shot run fires no schedule and says nothing of them
        assertThat(r.output()).doesNotContain("Schedule weekly:").doesNotContain("is scheduled. Next fire date");
    }

    @Test
    void should_say_each_schedules_next_run_in_its_own_zone_at_start() throws Exception {
        ServiceProcess.Running service = ServiceProcess.start(List.of("-Daws.endpoint=" + aws.endpointProperty(),
                "-Dportfolio.name=Demo portfolio", "-Dsecurity.fingerprint-key=demo-only-fingerprint-key",
                "-Ddelivery.ledger-table=schedules-" + System.nanoTime(), "-Dcamel.server.enabled=false", "-Dcamel.management.enabled=false"));
        Result ended;
        try {
            assertThat(service.awaitLine(l -> l.contains("Schedule weekly: "), 180_000)).as(String.join("\n", service.lines())).isTrue();
            ended = service.terminate(120);
        } finally {
            service.kill9();
        }

        List<String> lines = ended.stdout();
        assertThat(lines).anyMatch(l -> l.matches(".* INFO ScheduleRoutes - Schedule weekly: next run Mon \\d{4}-\\d{2}-\\d{2} 07:00"
                + " America/Los_Angeles \\(ceo,cto,cfo,cmo,accounting\\)"));
        assertThat(lines).anyMatch(l -> l.matches(".* INFO ScheduleRoutes - Schedule daily-ceo: next run (Mon|Tue|Wed|Thu|Fri)"
                + " \\d{4}-\\d{2}-\\d{2} 07:00 America/Los_Angeles \\(ceo\\)"));
        // Quartz's own line, in UTC, is no longer logged
        assertThat(lines).noneMatch(l -> l.contains("is scheduled. Next fire date"));
    }

    @Test
    void should_let_a_run_in_flight_finish_its_five_reports_when_stopped_with_sigterm() throws Exception {
        ServiceProcess.Running service = ServiceProcess.start(List.of("-Daws.endpoint=" + aws.endpointProperty(),
                "-Dportfolio.name=Demo portfolio", "-Dsecurity.fingerprint-key=demo-only-fingerprint-key",
                "-Ddelivery.ledger-table=sigterm-" + System.nanoTime(), "-Dcamel.server.enabled=false", "-Dcamel.management.enabled=false",
                "-Dschedule.run-at-startup=true", "-Drun.clock=2027-09-06T07:00:00-07:00"));
        Result ended;
        try {
            // ops stop the service while its run reads its sources, before any report went out
            assertThat(service.awaitLine(l -> l.contains(" started: period 2027-W36"), 180_000)).as(String.join("\n", service.lines())).isTrue();
            ended = service.terminate(300);
        } finally {
            service.kill9();
        }

        assertThat(ended.stdout()).as(ended.output())
                .anyMatch(l -> l.contains("Stopping: waiting for the run in flight to end"))
                .anyMatch(l -> l.contains("2027-W36: delivered: all 5 reports"))
                .anyMatch(l -> l.contains("The run in flight ended: stopping"));
        assertThat(aws.sesAccepted().stream().filter(r -> "2027-W36".equals(r.path("period").asText()))).hasSize(5);
    }
}
