package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.execreports.localaws.ServiceProcess.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person types wrong is refused at start-up, as ops start the service: a separate JVM from the project
 * directory. Each mistake gives one line naming the key or file and what was expected, exit status 2, no stack
 * trace, within seconds — and Camel never starts, so nothing is read and nothing is sent.
 */
class StartupRefusalTest {

    static LocalAws aws;

    @TempDir
    Path dir;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @BeforeEach
    void nothingSentYet() throws Exception {
        aws.clearSes();
    }

    @Test
    void should_refuse_a_template_with_a_syntax_error_naming_file_line_and_column() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> files = Files.list(LocalAws.projectDir().resolve("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Path cmo = templates.resolve("cmo.txt.ftl");
        String text = Files.readString(cmo);
        assertThat(text).contains("<@l.kpis r/>");
        // the closing slash forgotten: an unclosed macro call
        Files.writeString(cmo, text.replace("<@l.kpis r/>", "<@l.kpis r>"));

        Result r = refusedOnce("-Dtemplates.dir=" + templates);

        assertThat(r.output()).containsPattern("(?m)^exec-reports: " + templates + "/cmo\\.txt\\.ftl line \\d+, column \\d+: not valid"
                + " FreeMarker \\(.+\\)$");
    }

    @Test
    void should_refuse_a_misspelt_kpi_target_naming_the_kpi_meant() throws Exception {
        Path config = config("kpi.target.montly-recurring-revenue = >= 1");

        Result r = refusedOnce("--config", config.toString());

        assertThat(r.output()).contains("exec-reports: " + config + ": kpi.target.montly-recurring-revenue: no KPI is keyed"
                + " 'montly-recurring-revenue' (did you mean kpi.target.monthly-recurring-revenue?)\n");
    }

    @Test
    void should_refuse_a_misspelt_property_in_the_file_or_on_the_command_line() throws Exception {
        Path config = config("health.aws-check-second=30");

        Result r = refusedOnce("--config", config.toString(), "-Dhelth.aws-check-seconds=30");

        assertThat(r.output()).contains("exec-reports: " + config + ": health.aws-check-second: not a property the service reads (did you mean health.aws-check-seconds?)\n")
                .contains("exec-reports: -Dhelth.aws-check-seconds: not a property the service reads (did you mean health.aws-check-seconds?)\n")
                .contains("exec-reports: not started: 2 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_refuse_analytics_markers_given_as_a_comma_list_naming_the_domain_file() throws Exception {
        Path acme = dir.resolve("acme.yaml");
        Files.writeString(acme, """
                - templatedRoute:
                    routeTemplateRef: business
                    routeId: acme-profile
                    parameters:
                      - {name: domain, value: acme}
                      - {name: name, value: Acme Kayaks}
                      - {name: kind, value: bookings}
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: acme-site}
                      - {name: analyticsMarkers, value: "GA4,GTM,Plausible"}
                """);

        Result r = refusedOnce("-Dcamel.main.routes-include-pattern=file:routes/*.yaml,file:routes/sources/*.yaml,file:routes/domains/*.yaml,file:"
                + acme);

        assertThat(r.output()).contains("exec-reports: " + acme + ": templatedRoute 'acme-site' parameter analyticsMarkers='GA4,GTM,Plausible'"
                + " is not a list of analytics markers (expected Name=text pairs separated by ';', such as GA4=gtag(;Plausible=plausible.io/js:"
                + " 'GA4,GTM,Plausible' is not Name=marker)\n");
    }

    @Test
    void should_refuse_a_table_with_a_query_and_a_bucket_with_options_in_a_domain_file_one_line_each() throws Exception {
        Path acme = dir.resolve("acme.yaml");
        Files.writeString(acme, """
                - templatedRoute:
                    routeTemplateRef: business
                    routeId: acme-profile
                    parameters:
                      - {name: domain, value: acme}
                      - {name: name, value: Acme Kayaks}
                      - {name: kind, value: bookings}
                - templatedRoute:
                    routeTemplateRef: ddb-bookings
                    routeId: acme-bookings
                    parameters:
                      - {name: domain, value: acme}
                      - {name: table, value: "acme-bookings?operation=DeleteTable"}
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: "acme-site&autoCreateBucket=true"}
                """);

        Result r = refusedOnce("-Dcamel.main.routes-include-pattern=file:routes/*.yaml,file:routes/sources/*.yaml,file:routes/domains/*.yaml,file:"
                + acme);

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).containsExactly(
                "exec-reports: " + acme + ": templatedRoute 'acme-bookings' parameter table='acme-bookings?operation=DeleteTable' is not a"
                        + " DynamoDB table name (expected 3 to 255 letters, digits, '_', '-' and '.')",
                "exec-reports: " + acme + ": templatedRoute 'acme-site' parameter bucket='acme-site&autoCreateBucket=true' is not an S3"
                        + " bucket name (expected 3 to 63 lower-case letters, digits, '.' and '-')",
                "exec-reports: not started: 2 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_refuse_an_archive_bucket_carrying_a_query_in_one_line() throws Exception {
        Result r = refusedOnce("-Darchive.bucket=exec-reports-archive?x=1");

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).containsExactly(
                "exec-reports: -Darchive.bucket='exec-reports-archive?x=1': expected an S3 bucket name (3 to 63 lower-case letters,"
                        + " digits, '.' and '-') (a bucket name has no '?')",
                "exec-reports: not started: 1 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_refuse_an_sns_topic_arn_carrying_endpoint_options_in_one_line() throws Exception {
        Result r = refusedOnce("-Dalert.sns-topic-arn=arn:aws:sns:us-west-2:123456789012:ops?autoCreateTopic=true");

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).containsExactly(
                "exec-reports: -Dalert.sns-topic-arn='arn:aws:sns:us-west-2:123456789012:ops?autoCreateTopic=true': expected an SNS topic"
                        + " ARN such as arn:aws:sns:us-west-2:123456789012:exec-reports-ops, or blank for ops alerts by SES only (an ARN has"
                        + " no '?')",
                "exec-reports: not started: 1 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_refuse_as_of_without_a_value_saying_what_it_takes() throws Exception {
        Result r = refused(List.of("--once", "--as-of"));

        assertThat(r.output().strip()).isEqualTo("exec-reports: --as-of needs a value: expected an ISO offset date-time such as"
                + " 2026-11-16T07:00:00-08:00 (try --help)");
    }

    @Test
    void should_refuse_an_as_of_that_is_not_an_instant_before_camel_starts() throws Exception {
        Result r = refused(List.of("--once", "--as-of", "2026-11-16 07:00"));

        assertThat(r.output().strip()).isEqualTo("exec-reports: --as-of '2026-11-16 07:00': expected an ISO offset date-time such as"
                + " 2026-11-16T07:00:00-08:00 (try --help)");
    }

    @Test
    void should_refuse_a_period_that_is_not_an_iso_week() throws Exception {
        Result r = refused(List.of("--resend", "cfo", "--period", "2026-48"));

        assertThat(r.output().strip()).isEqualTo("exec-reports: --period '2026-48' is not an ISO week (expected YYYY-Www such as 2026-W48)"
                + " (try --help)");
    }

    @Test
    void should_refuse_a_cron_quartz_cannot_run_naming_schedule_cron() throws Exception {
        // the long-running service, where the schedule matters; refused before it starts
        Result r = refused(withEmulators("-Dschedule.weekly.cron=0 0 7 * * MON"));

        assertThat(r.output()).contains("exec-reports: -Dschedule.weekly.cron='0 0 7 * * MON': expected a Quartz cron expression (second minute"
                + " hour day-of-month month day-of-week [year]) such as 0 0 7 ? * MON (Support for specifying both a day-of-week AND a"
                + " day-of-month parameter is not implemented.)\n");
    }

    @Test
    void should_refuse_a_malformed_endpoint_url_naming_the_property_service_and_value() throws Exception {
        String malformed = aws.endpointProperty().replaceAll("ses=http://", "ses=");

        Result r = refused(List.of("-Daws.endpoint=" + malformed, "--once"));

        assertThat(r.output()).containsPattern("(?m)^exec-reports: -Daws\\.endpoint='.*': expected one http\\(s\\) URL for every service, or"
                + " service=URL pairs separated by ',' \\(services: s3, dynamodb, ses, sns, lambda, cloudfront, iam, rds, cloudwatch, sesv2, ce\\),"
                + " or blank for real AWS"
                + " \\('127\\.0\\.0\\.1:\\d+' for ses is not an http\\(s\\) URL with a host\\)$");
    }

    @Test
    void should_refuse_an_ses_endpoint_nothing_answers_on_within_seconds_and_send_no_alert() throws Exception {
        String closed = "http://127.0.0.1:" + closedPort();
        String wrongSes = aws.endpointProperty().replaceAll("ses=http://[^,]+", "ses=" + closed);

        Result r = refused(List.of("-Daws.endpoint=" + wrongSes, "--once"));

        assertThat(r.output()).contains("exec-reports: -Daws.endpoint: nothing answers at " + closed + " for ses (connection refused;"
                + " expected the emulator or endpoint listening there)\n");
    }

    @Test
    void should_refuse_a_sender_carrying_endpoint_options_in_one_line() throws Exception {
        Result r = refusedOnce("-Dmail.from=reports@example.com?bcc=spy@evil.org");

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).containsExactly(
                "exec-reports: -Dmail.from='reports@example.com?bcc=spy@evil.org': expected one plain email address such as"
                        + " reports@example.com (it holds more than one address; give one)",
                "exec-reports: not started: 1 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_refuse_two_ops_addresses_set_in_the_environment_in_one_line() throws Exception {
        Result r = refused(withEmulators("--once"), Map.of("MAIL_OPS", "ops@example.com,spy@evil.org"));

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).containsExactly(
                "exec-reports: environment MAIL_OPS (mail.ops) = 'ops@example.com,spy@evil.org': expected one plain email address"
                        + " such as reports@example.com, or blank for no e-mailed alert (it holds more than one address; give one)",
                "exec-reports: not started: 1 configuration problem(s), listed above (exit 2)");
    }

    @Test
    void should_list_every_problem_together_then_one_summary_line() throws Exception {
        Path config = config("health.aws-check-second=30", "kpi.target.montly-recurring-revenue = >= 1");

        Result r = refused(withEmulators("--config", config.toString(), "-Dschedule.weekly.timezone=America/Los_Angles", "-Ddelivery.degraded=hodl",
                "--once", "--as-of", "2026-11-16T07:00:00-08:00"));

        assertThat(r.output().lines().filter(l -> l.startsWith("exec-reports: "))).hasSize(5)
                .endsWith("exec-reports: not started: 4 configuration problem(s), listed above (exit 2)");
    }

    /** Refused as it should be: status 2, no stack trace, quick, Camel never started, nothing sent. */
    private Result refused(List<String> args) throws Exception {
        return refused(args, Map.of());
    }

    private Result refused(List<String> args, Map<String, String> environment) throws Exception {
        long started = System.nanoTime();
        Result r = ServiceProcess.run(dir, args, environment);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(r.exit()).as(r.output()).isEqualTo(ExecReportsCommand.REFUSED);
        assertThat(r.output()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Apache Camel");
        assertThat(seconds).as("seconds to refuse").isLessThan(10);
        assertThat(aws.sesRequests()).isEmpty();
        return r;
    }

    private Result refusedOnce(String... extra) throws Exception {
        List<String> args = withEmulators(extra);
        args.add("--once");
        return refused(args);
    }

    private static List<String> withEmulators(String... extra) {
        List<String> args = new ArrayList<>(List.of("-Daws.endpoint=" + aws.endpointProperty(),
                "-Ddelivery.ledger-table=startup-" + System.nanoTime()));
        args.addAll(List.of(extra));
        return args;
    }

    private Path config(String... lines) throws Exception {
        Path config = dir.resolve("application.properties");
        Files.writeString(config, Files.readString(LocalAws.projectDir().resolve("application.properties")) + String.join("\n", lines) + "\n");
        return config;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
