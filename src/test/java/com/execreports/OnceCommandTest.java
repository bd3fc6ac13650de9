package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.KnockOnlyPort;
import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.execreports.localaws.ServiceProcess.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --once} as ops run it: a separate JVM, configuration from the working directory, overrides by -D, and
 * an exit status that tells success, "delivered with gaps" and failure apart.
 */
class OnceCommandTest {

    static LocalAws aws;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_deliver_all_reports_naming_a_missing_table_and_bucket_and_exit_with_the_gaps_status(@TempDir Path dir) throws Exception {
        Path ghost = dir.resolve("ghost.yaml");
        Files.writeString(ghost, """
                - templatedRoute:
                    routeTemplateRef: business
                    routeId: ghost-profile
                    parameters:
                      - name: domain
                        value: ghost
                      - name: name
                        value: Ghost Tours
                      - name: kind
                        value: bookings
                - templatedRoute:
                    routeTemplateRef: ddb-bookings
                    routeId: ghost-bookings
                    parameters:
                      - name: domain
                        value: ghost
                      - name: table
                        value: ghost-bookings-does-not-exist
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: ghost-site
                    parameters:
                      - name: domain
                        value: ghost
                      - name: bucket
                        value: ghost-site-does-not-exist
                """);
        aws.clearSes();

        Result r = once(dir, "2026-11-30T07:00:00-08:00", aws.endpointProperty(),
                "-Dcamel.main.routes-include-pattern=file:routes/*.yaml,file:routes/sources/*.yaml,file:routes/domains/*.yaml,file:" + ghost);

        assertThat(r.exit()).as(r.output()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("delivered ")).hasSize(5);
        assertThat(r.stdout()).last().asString()
                .isEqualTo("exec-reports 2026-W49: delivered with gaps: all reports sent, sources missing: ghost/bookings, ghost/site");
        assertThat(aws.sesEmails()).filteredOn(e -> !toOps(e)).hasSize(5)
                .allSatisfy(e -> assertThat(e.path("subject").asText()).endsWith("(data incomplete)"));
        for (String role : List.of("ceo", "cto", "cfo", "cmo", "accounting")) {
            String text = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W49/" + role + ".txt");
            assertThat(text).as(role).contains("ghost/bookings").contains("ResourceNotFoundException")
                    .contains("ghost-bookings-does-not-exist").contains("ghost/site").contains("NoSuchBucket");
        }
    }

    @Test
    void should_deliver_five_reports_naming_the_gap_when_the_source_that_sorts_first_fails(@TempDir Path dir) throws Exception {
        // "aaa-" sorts before every demo business: its failed answer reaches the fan-out's aggregation first
        Path gone = dir.resolve("aaa-gone.yaml");
        Files.writeString(gone, """
                - templatedRoute:
                    routeTemplateRef: business
                    routeId: aaa-gone-profile
                    parameters:
                      - {name: domain, value: aaa-gone}
                      - {name: name, value: Gone Kayaks}
                      - {name: kind, value: bookings}
                - templatedRoute:
                    routeTemplateRef: ddb-bookings
                    routeId: aaa-gone-bookings
                    parameters:
                      - {name: domain, value: aaa-gone}
                      - {name: table, value: aaa-gone-bookings-does-not-exist}
                """);
        String topic = aws.opsTopic("exec-reports-ops-first-source");
        aws.clearSes();
        aws.clearSns();

        Result r = once(dir, "2026-12-21T07:00:00-08:00", aws.endpointProperty(), "-Dalert.sns-topic-arn=" + topic,
                "-Dcamel.main.routes-include-pattern=file:routes/*.yaml,file:routes/sources/*.yaml,file:routes/domains/*.yaml,file:" + gone);

        assertThat(r.exit()).as(r.output()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("delivered ")).hasSize(5);
        assertThat(r.stdout()).last().asString()
                .isEqualTo("exec-reports 2026-W52: delivered with gaps: all reports sent, sources missing: aaa-gone/bookings");
        for (String role : List.of("ceo", "cto", "cfo", "cmo", "accounting")) {
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/" + role + ".txt")).as(role)
                    .contains("aaa-gone/bookings").contains("aaa-gone-bookings-does-not-exist");
        }
        // the five reports, and ops told which source is missing and why, by SES and by SNS
        assertThat(aws.sesAccepted()).filteredOn(req -> req.path("action").asText().equals("SendRawEmail")).hasSize(5);
        assertThat(aws.sesEmails()).filteredOn(OnceCommandTest::toOps).singleElement()
                .satisfies(alert -> assertThat(alert.path("subject").asText())
                        .isEqualTo("[exec-reports] WARNING: 2026-W52 sent with 1 source missing"));
        assertThat(aws.snsMessages()).singleElement().satisfies(alert -> {
            assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] WARNING: 2026-W52 sent with 1 source missing");
            assertThat(alert.path("message").asText()).contains("aaa-gone/bookings (aaa-gone-bookings-does-not-exist): ")
                    .contains("ResourceNotFoundException");
        });
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("metrics: ")).singleElement().asString()
                .contains("runs_delivered_with_gaps=1").contains("ops_alerts_sent=1").contains("ops_alerts_sns_sent=1");
    }

    @Test
    void should_send_nothing_and_alert_ops_by_sns_when_dynamodb_and_so_the_ledger_cannot_be_reached(@TempDir Path dir) throws Exception {
        String topic = aws.opsTopic("exec-reports-ops-no-dynamodb");
        aws.clearSes();
        aws.clearSns();
        String closed;
        Result r;
        // DynamoDB answers the start-up check, then goes down: one not there at start-up is refused (StartupRefusalTest)
        try (KnockOnlyPort dynamodb = new KnockOnlyPort()) {
            closed = dynamodb.url();
            String noDynamo = aws.endpointProperty().replaceAll("dynamodb=http://[^,]+", "dynamodb=" + closed);

            r = once(dir, "2027-01-04T07:00:00-08:00", noDynamo, "-Dalert.sns-topic-arn=" + topic,
                    "-Ddelivery.ledger-table=ledger-unreachable", "-Daws.api-call-timeout-seconds=5");
        }

        assertThat(r.exit()).as(r.output()).isEqualTo(RunOutcome.FAILED);
        // the SDK retries a refused connection until its time limit: the refusal, or the limit, ends the line
        assertThat(r.stdout()).last().asString().startsWith("exec-reports 2027-W01: failed: the run stopped before its reports were sent: "
                + "IllegalStateException: delivery ledger table 'ledger-unreachable' at " + closed + " cannot be reached: ")
                .matches(".*(failed: Connection refused|did not complete before the specified timeout configuration: 5000 millis)$");
        assertThat(aws.sesAccepted()).as("no report sent, only the ops alert").extracting(a -> a.path("action").asText())
                .containsExactly("SendEmail");
        assertThat(aws.snsMessages()).singleElement().satisfies(alert -> {
            assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] ALERT: run for 2027-W01 failed");
            assertThat(alert.path("message").asText()).contains("delivery ledger table 'ledger-unreachable' at " + closed)
                    .contains("none of them went out");
        });
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("metrics: ")).singleElement().asString()
                .contains("runs_failed=1").contains("ops_alerts_sns_sent=1");
    }

    @Test
    void should_exit_failed_naming_each_report_when_ses_cannot_be_reached(@TempDir Path dir) throws Exception {
        Result r;
        // SES answers the start-up check, then goes down: an SES that is not there at start-up is refused (StartupRefusalTest)
        try (KnockOnlyPort ses = new KnockOnlyPort()) {
            String unreachableSes = aws.endpointProperty().replaceAll("ses=http://[^,]+", "ses=" + ses.url());

            r = once(dir, "2026-12-07T07:00:00-08:00", unreachableSes, "-Daws.api-call-timeout-seconds=5",
                    "-Ddelivery.ses-max-retries=1", "-Ddelivery.ses-retry-delay-ms=100", "-Ddelivery.ses-max-retry-delay-ms=100");
        }

        assertThat(r.exit()).as(r.output()).isEqualTo(RunOutcome.FAILED);
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("FAILED ")).hasSize(5);
        assertThat(r.stdout()).last().asString().startsWith("exec-reports 2026-W50: failed: ceo report not delivered:");
        // a refused connection never reached SES: retried (once here), then failed
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("metrics: ")).singleElement().asString()
                .contains("reports_failed=5").contains("ses_calls=10").contains("ses_retries=5").contains("ops_alerts_failed=5");
        // archived before sending: a report that could not be sent is still on record, its delivery record says why
        // five reports (text, html, delivery record, and the full report each brief attaches, as text and HTML), their six
        // charts, and the week's action record
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W50/")).hasSize(34);
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W50/cfo.delivery.json"))
                .contains("\"state\" : \"FAILED\"").contains("\"attempts\" : 2").contains("Connection refused");
    }

    @Test
    void should_refuse_to_start_without_its_configuration(@TempDir Path dir) throws Exception {
        Result r = run(dir, List.of("--once", "--config", dir.resolve("missing.properties").toString()));

        assertThat(r.exit()).isEqualTo(ExecReportsCommand.REFUSED);
        assertThat(r.output()).contains("configuration not found").contains("missing.properties");
    }

    @Test
    void should_preview_every_report_in_a_folder_and_send_nothing_on_a_dry_run(@TempDir Path dir) throws Exception {
        aws.clearSes();
        Path preview = dir.resolve("preview");

        Result r = run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Drun.clock=2027-08-02T07:00:00-07:00",
                "-Dportfolio.name=Demo portfolio", "-Dsecurity.fingerprint-key=demo-only-fingerprint-key",
                "-Ddelivery.ledger-table=once-" + System.nanoTime(), "-Ddry-run.dir=" + preview, "--once", "--dry-run"));

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("previewed ")).hasSize(5).first().asString()
                .startsWith("previewed ceo        to=ceo@example.com subject=\"CEO · ")
                .endsWith("files=reports/exec/2027-W31/ceo.html,reports/exec/2027-W31/ceo.txt,reports/exec/2027-W31/ceo-full.txt,"
                        + "reports/exec/2027-W31/ceo-full.html,reports/exec/2027-W31/ceo-revenue.png,reports/exec/2027-W31/ceo-occupancy.png,"
                        + "reports/exec/2027-W31/ceo.eml");
        assertThat(r.stdout()).last().asString().isEqualTo("exec-reports 2027-W31: dry run: all 5 reports rendered into "
                + preview.toAbsolutePath().normalize() + "; nothing claimed, sent or archived");
        assertThat(preview.resolve("reports/exec/2027-W31/accounting.eml")).isNotEmptyFile();
        assertThat(aws.sesEmails()).isEmpty();
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W31/")).isEmpty();
    }

    @Test
    void should_refuse_a_dry_run_that_is_not_one_run(@TempDir Path dir) throws Exception {
        Result r = run(dir, List.of("--dry-run"));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("--dry-run goes with --once (one run, rendered into a folder)");
    }

    @Test
    void should_refuse_a_resend_without_its_period_or_for_an_unknown_role(@TempDir Path dir) throws Exception {
        Result noPeriod = run(dir, List.of("--resend", "cfo"));
        Result unknownRole = run(dir, List.of("--resend", "cxo", "--period", "2026-W48"));

        assertThat(noPeriod.exit()).isEqualTo(2);
        assertThat(noPeriod.output()).contains("--resend ROLE and --period WEEK go together");
        assertThat(unknownRole.exit()).isEqualTo(2);
        assertThat(unknownRole.output()).contains("--resend 'cxo': expected one of ceo, cto, cfo, cmo, accounting");
    }

    @Test
    void should_exit_failed_when_the_report_to_resend_was_never_archived(@TempDir Path dir) throws Exception {
        Result r = run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Ddelivery.ledger-table=once-" + System.nanoTime(),
                "--resend", "cmo", "--period", "1999-W01"));

        assertThat(r.exit()).as(r.output()).isEqualTo(RunOutcome.FAILED);
        assertThat(r.stdout()).filteredOn(l -> l.startsWith("FAILED ")).singleElement().asString()
                .isEqualTo("FAILED    cmo        S3 NoSuchKey (HTTP 404): The specified key does not exist.");
        assertThat(r.stdout()).last().asString().startsWith("exec-reports 1999-W01: failed: cmo report not delivered:");
    }

    private static boolean toOps(com.fasterxml.jackson.databind.JsonNode email) {
        return email.path("destination").path("to").toString().contains("ops@example.com");
    }

    private static Result once(Path dir, String clock, String endpoint, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("-Daws.endpoint=" + endpoint, "-Drun.clock=" + clock, "-Dportfolio.name=Demo portfolio",
                "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Ddelivery.ledger-table=once-" + System.nanoTime()));
        args.addAll(List.of(extra));
        args.add("--once");
        return run(dir, args);
    }

    private static Result run(Path dir, List<String> args) throws IOException, InterruptedException {
        return ServiceProcess.run(dir, args);
    }

}
