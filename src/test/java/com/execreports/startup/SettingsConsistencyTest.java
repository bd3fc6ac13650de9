package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsConsistencyTest {

    @TempDir
    Path dir;

    @Test
    void should_find_nothing_wrong_with_the_project_configuration() throws Exception {
        assertThat(problems(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void should_refuse_a_lease_shorter_than_one_reports_ses_retries() throws Exception {
        assertThat(problems(Map.of("delivery.lease-seconds", "60"), Map.of())).singleElement().asString()
                .isEqualTo(file() + ": delivery.lease-seconds = '60': expected more than 353 s, the longest one report's SES calls may take"
                        + " (delivery.ses-max-retries, delivery.ses-max-retry-delay-ms, delivery.ses-call-timeout-seconds)");
    }

    @Test
    void should_refuse_a_read_budget_not_shorter_than_the_sources_timeout() throws Exception {
        assertThat(problems(Map.of("sources.read-budget-ms", "120000"), Map.of())).singleElement().asString()
                .isEqualTo(file() + ": sources.read-budget-ms = '120000': expected less than sources.timeout-ms (120000), so a source"
                        + " stopped by its budget still answers before the run stops waiting");
    }

    @Test
    void should_refuse_a_first_retry_delay_longer_than_the_longest() throws Exception {
        assertThat(problems(Map.of(), Map.of("delivery.ses-retry-delay-ms", "60000"))).containsExactly(
                "-Ddelivery.ses-retry-delay-ms='60000': expected at most delivery.ses-max-retry-delay-ms (30000)");
    }

    @Test
    void should_refuse_a_schedule_that_never_fires() throws Exception {
        // the single schedule of old; named schedules are checked by ScheduleCheck
        assertThat(problems(Map.of("schedule.cron", "0 0 7 30 2 ?", "schedule.timezone", "America/Los_Angeles"), Map.of())).containsExactly(
                file() + ": schedule.cron = '0 0 7 30 2 ?': never fires from now on (expected a schedule with a next run)");
    }

    @Test
    void should_refuse_a_recipient_the_allowlist_would_refuse_when_sending() throws Exception {
        assertThat(problems(Map.of("mail.ops", "ops@example.org"), Map.of("mail.to.cfo", "cfo@example.com,cfo@gmail.com"))).containsExactly(
                "-Dmail.to.cfo: 'cfo@gmail.com' is not on mail.allowlist (expected every recipient there; it lists example.com)",
                file() + ": mail.ops: 'ops@example.org' is not on mail.allowlist (expected every recipient there; it lists example.com)");
    }

    @Test
    void should_refuse_an_http_port_already_taken_unless_the_command_serves_nothing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());
            Map<String, String> both = Map.of("camel.server.port", port, "camel.management.port", port);

            // one server: the shared port is named once
            assertThat(problems(both, Map.of())).singleElement().asString()
                    .startsWith(file() + ": camel.server.port = '" + port + "': expected a free port on 127.0.0.1 (");
            // --once and --resend open no port: the service running on this host may hold it
            Path file = ConfigFiles.projectWith(dir, both);
            assertThat(new SettingsConsistency(PropertyCatalog.service(), ConfigFiles.settings(file, Map.of(), Map.of()), false)
                    .problems()).isEmpty();
        }
    }

    @Test
    void should_refuse_a_port_that_is_no_port() throws Exception {
        assertThat(problems(Map.of(), Map.of("camel.management.port", "98765"))).containsExactly(
                "-Dcamel.management.port='98765': expected a port number from 1 to 65535 (0: any free port)");
    }

    @Test
    void should_refuse_an_endpoint_list_without_a_service_the_configuration_calls() throws Exception {
        String five = "s3=http://127.0.0.1:1,dynamodb=http://127.0.0.1:2,ses=http://127.0.0.1:3,lambda=http://127.0.0.1:4,"
                + "cloudfront=http://127.0.0.1:4,iam=http://127.0.0.1:4,rds=http://127.0.0.1:4,cloudwatch=http://127.0.0.1:4,"
                + "sesv2=http://127.0.0.1:4,ce=http://127.0.0.1:4";

        assertThat(problems(Map.of(), Map.of("aws.endpoint", five))).isEmpty();
        assertThat(problems(Map.of("alert.sns-topic-arn", "arn:aws:sns:us-west-2:123456789012:ops"), Map.of("aws.endpoint", five)))
                .containsExactly("-Daws.endpoint: names no endpoint for sns (expected service=URL for each service called: s3, dynamodb,"
                        + " ses, sns, lambda, cloudfront, iam, rds, cloudwatch, sesv2, ce; sns as alert.sns-topic-arn is set)");
        assertThat(problems(Map.of(), Map.of("aws.endpoint", "dynamodb=http://127.0.0.1:2"))).containsExactly("-Daws.endpoint: names no"
                + " endpoint for s3, ses, lambda, cloudfront, iam, rds, cloudwatch, sesv2, ce (expected service=URL for each service called:"
                + " s3, dynamodb, ses, lambda, cloudfront, iam, rds, cloudwatch, sesv2, ce)");
    }

    @Test
    void should_not_judge_again_a_value_refused_for_its_format() throws Exception {
        assertThat(problems(Map.of("delivery.lease-seconds", "ten", "schedule.cron", "0 0 7 * * MON"), Map.of())).isEmpty();
    }

    private String file() {
        return dir.resolve("application.properties").toString();
    }

    private List<String> problems(Map<String, String> fileChanges, Map<String, String> system) throws Exception {
        Path file = ConfigFiles.projectWith(dir, fileChanges);
        return new SettingsConsistency(PropertyCatalog.service(), ConfigFiles.settings(file, system, Map.of())).problems();
    }
}
