package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpsAlertTest {

    @Test
    void should_name_the_failed_report_the_reason_and_the_resend_command() {
        Delivery failed = new Delivery("cfo", Delivery.Status.FAILED, List.of("cfo@example.com"), List.of("audit@example.com"), null,
                List.of("reports/exec/2026-W48/cfo.html", "reports/exec/2026-W48/cfo.txt"), 1, "SES MessageRejected (HTTP 400): not verified");

        OpsAlert alert = OpsAlert.of(failed, "2026-W48", "2026-W48#cfo#8b3ae633d0a8", "host/42/abcd1234");

        assertThat(alert.subject()).isEqualTo("[exec-reports] ALERT: CFO report 2026-W48 not delivered");
        assertThat(alert.text()).isEqualTo("""
                The CFO report of 2026-W48 was not delivered.

                Reason:     SES MessageRejected (HTTP 400): not verified
                SES calls:  1
                Recipients: cfo@example.com (+ audit copy)
                Ledger:     2026-W48#cfo#8b3ae633d0a8
                Archive:    reports/exec/2026-W48/cfo.html, reports/exec/2026-W48/cfo.txt
                Instance:   host/42/abcd1234

                The report is archived. Once the cause is fixed, send it once with:
                  java -jar exec-reports.jar --resend cfo --period 2026-W48
                (a later run of the same period also retries it).
                """);
    }

    @Test
    void should_say_that_no_report_of_a_failed_run_went_out_and_how_to_run_it_again() {
        OpsAlert alert = OpsAlert.ofRun("2027-W06", "run-1", "2027-02-08T07:00-08:00", "S3 AccessDenied (HTTP 403): Access Denied",
                "host/42/abcd1234");

        assertThat(alert.subject()).isEqualTo("[exec-reports] ALERT: run for 2027-W06 failed");
        assertThat(alert.text()).isEqualTo("""
                The run run-1 for 2027-W06 stopped before its reports were sent: none of them went out.

                Reason:     S3 AccessDenied (HTTP 403): Access Denied
                Instance:   host/42/abcd1234

                Fix the cause, then run the period again (reports already on the ledger as sent are not sent twice):
                  java -jar exec-reports.jar --once --as-of 2027-02-08T07:00-08:00
                """);
    }

    @Test
    void should_ask_ops_to_check_before_resending_a_report_of_unknown_fate() {
        Delivery unknown = new Delivery("cmo", Delivery.Status.UNCONFIRMED, List.of("cmo@example.com"), List.of(), null, List.of(), 1,
                "host/7/x stopped inside the SES call\r\nX: y");

        OpsAlert alert = OpsAlert.of(unknown, "2026-W48", "id", "me");

        assertThat(alert.subject()).isEqualTo("[exec-reports] ALERT: CMO report 2026-W48 fate unknown");
        assertThat(alert.text()).contains("Reason:     host/7/x stopped inside the SES call??X: y")
                .contains("Check with the recipients").contains("never re-sent automatically")
                .doesNotContain("(+ audit copy)");
    }
}
