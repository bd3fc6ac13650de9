package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertyCheckTest {

    private final PropertyCheck check = new PropertyCheck(PropertyCatalog.service());

    @TempDir
    Path dir;

    @Test
    void should_accept_the_project_configuration() throws Exception {
        assertThat(problems(Map.of(), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void should_refuse_a_misspelt_key_of_the_file_suggesting_the_one_meant() throws Exception {
        assertThat(problems(Map.of("health.aws-check-second", "30", "kpi.target.montly-recurring-revenue", ">= 1"), Map.of(), Map.of()))
                .containsExactlyInAnyOrder(
                        file() + ": health.aws-check-second: not a property the service reads (did you mean health.aws-check-seconds?)",
                        file() + ": kpi.target.montly-recurring-revenue: no KPI is keyed 'montly-recurring-revenue'"
                                + " (did you mean kpi.target.monthly-recurring-revenue?)");
    }

    @Test
    void should_check_a_kpi_target_against_the_kpis_the_reports_show() throws Exception {
        assertThat(problems(Map.of("kpi.target.earned-not-collected", "<= 5000", "kpi.target.happiness", ">= 9"), Map.of(), Map.of()))
                .containsExactly(file() + ": kpi.target.happiness: no KPI is keyed 'happiness' (expected a KPI name in lower case joined"
                        + " by '-', such as kpi.target.monthly-recurring-revenue)");
    }

    @Test
    void should_leave_camel_keys_to_camel() throws Exception {
        assertThat(problems(Map.of("camel.main.shutdown-timeout", "10"), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void should_refuse_the_old_metrics_port_naming_where_the_http_port_is_set_now() throws Exception {
        assertThat(problems(Map.of("metrics.port", "9100"), Map.of("metrics.host", "0.0.0.0"), Map.of())).containsExactlyInAnyOrder(
                file() + ": metrics.port: no longer read: health and metrics are served by Camel's HTTP server: set camel.server.port and"
                        + " camel.management.port (the same port: one server)",
                "-Dmetrics.host: no longer read: health and metrics are served by Camel's HTTP server: set camel.server.host and"
                        + " camel.management.host");
    }

    @Test
    void should_refuse_an_unknown_dash_d_key_under_the_service_prefixes_and_one_a_slip_from_a_known_key() throws Exception {
        assertThat(problems(Map.of(), Map.of("delivery.lease-secs", "600", "helth.aws-check-seconds", "30", "mail.to.cfoo", "x@example.com"), Map.of()))
                .containsExactlyInAnyOrder(
                        "-Ddelivery.lease-secs: not a property the service reads (did you mean delivery.lease-seconds?)",
                        "-Dhelth.aws-check-seconds: not a property the service reads (did you mean health.aws-check-seconds?)",
                        "-Dmail.to.cfoo: not a property the service reads (did you mean mail.to.cfo?)");
    }

    @Test
    void should_leave_the_jvm_the_aws_sdk_and_jakarta_mail_their_own_dash_d_keys() throws Exception {
        assertThat(problems(Map.of(), Map.of("aws.accessKeyId", "local", "aws.secretAccessKey", "local", "aws.profile", "ops",
                "mail.mime.charset", "UTF-8", "java.io.tmpdir", "/tmp", "file.encoding", "UTF-8", "user.timezone", "UTC"), Map.of())).isEmpty();
    }

    @Test
    void should_check_the_value_camel_will_use_naming_where_it_was_typed() throws Exception {
        assertThat(problems(Map.of("delivery.degraded", "hodl"), Map.of("schedule.enabled", "yes"), Map.of("MAIL_TO_CEO", "ceo at example")))
                .containsExactlyInAnyOrder(
                        file() + ": delivery.degraded = 'hodl': expected one of send, hold (did you mean hold?)",
                        "-Dschedule.enabled='yes': expected true or false",
                        "environment MAIL_TO_CEO (mail.to.ceo) = 'ceo at example': expected plain email addresses separated by ','"
                                + " such as ceo@example.com,coo@example.com ('ceo at example' is not one)");
    }

    @Test
    void should_take_the_environment_over_dash_d_over_the_file_as_camel_does() throws Exception {
        assertThat(problems(Map.of("delivery.degraded", "hodl"), Map.of("delivery.degraded", "hold"), Map.of())).isEmpty();
        assertThat(problems(Map.of(), Map.of("delivery.degraded", "hodl"), Map.of("DELIVERY_DEGRADED", "send"))).isEmpty();
    }

    @Test
    void should_not_call_an_unknown_environment_variable_a_typo() throws Exception {
        assertThat(problems(Map.of(), Map.of(), Map.of("MAIL_TO_CEOO", "x", "AWS_ACCESS_KEY_ID", "local", "METRIC_PORT", "1"))).isEmpty();
    }

    @Test
    void should_name_a_required_key_left_out_of_the_file() throws Exception {
        java.util.HashMap<String, String> removed = new java.util.HashMap<>();
        removed.put("mail.from", null);

        assertThat(problems(removed, Map.of(), Map.of())).containsExactly(file() + ": mail.from is not set (expected one plain email"
                + " address such as reports@example.com)");
    }

    @Test
    void should_never_echo_a_control_character() throws Exception {
        assertThat(problems(Map.of(), Map.of("mail.from", "a@example.com\r\nBcc: x@evil.example"), Map.of()))
                .singleElement().asString().startsWith("-Dmail.from='a@example.com??Bcc: x@evil.example': expected one plain email address");
    }

    @Test
    void should_refuse_a_sender_with_uri_options_and_two_ops_addresses_one_line_each() throws Exception {
        assertThat(problems(Map.of("mail.ops", "ops@example.com,spy@evil.org"), Map.of("mail.from", "reports@example.com?bcc=spy@evil.org"),
                Map.of())).containsExactlyInAnyOrder(
                "-Dmail.from='reports@example.com?bcc=spy@evil.org': expected one plain email address such as reports@example.com"
                        + " (it holds more than one address; give one)",
                file() + ": mail.ops = 'ops@example.com,spy@evil.org': expected one plain email address such as reports@example.com,"
                        + " or blank for no e-mailed alert (it holds more than one address; give one)");
    }

    @Test
    void should_name_a_refused_security_property_without_its_value() throws Exception {
        assertThat(problems(Map.of(), Map.of("security.max-object-mb", "FAKEdemo7Hq2Wn5Tz7Yb3Vc8"), Map.of()))
                .containsExactly("-Dsecurity.max-object-mb=(value not shown): expected a whole number of at least 1");
    }

    private String file() {
        return dir.resolve("application.properties").toString();
    }

    private List<String> problems(Map<String, String> fileChanges, Map<String, String> system, Map<String, String> environment) throws Exception {
        Path file = ConfigFiles.projectWith(dir, fileChanges);
        return check.problems(ConfigFiles.settings(file, system, environment), file.toString());
    }
}
