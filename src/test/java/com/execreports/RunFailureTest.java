package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;

import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

/**
 * A run that stops before any report goes out (here the snapshot cannot be archived) must not be silent in service
 * mode, where nobody reads the exit status: ops get an alert by SES and by SNS, and the run ends with a failed outcome
 * naming the cause.
 */
class RunFailureTest extends DemoPipelineTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    static String topic;

    @Override
    protected void overrideProperties(java.util.Properties p) {
        topic = aws.opsTopic("exec-reports-ops-run-failure");
        p.put("alert.sns-topic-arn", topic);
    }

    @Test
    void should_alert_ops_and_fail_the_run_when_the_snapshot_cannot_be_archived() throws Exception {
        AdviceWith.adviceWith(context, "archive-snapshot", a -> a.weaveAddFirst()
                .throwException(new IllegalStateException("Access Denied on exec-reports-archive")));
        context.start();
        aws.clearSes();
        aws.clearSns();

        RunOutcome outcome = runAt("2027-02-08T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.verdict()).isEqualTo("failed: the run stopped before its reports were sent: "
                + "IllegalStateException: Access Denied on exec-reports-archive");
        assertThat(outcome.deliveries()).isEmpty();

        assertThat(aws.sesAccepted()).extracting(r -> r.path("action").asText()).containsExactly("SendEmail");
        assertThat(aws.sesEmails()).singleElement().satisfies(alert -> {
            assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] ALERT: run for 2027-W06 failed");
            assertThat(alert.toString()).contains("ops@example.com")
                    .contains("IllegalStateException: Access Denied on exec-reports-archive")
                    .contains("none of them went out");
        });
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get(DeliveryMetrics.RUNS_FAILED)).isEqualTo(1);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SENT)).isEqualTo(1);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SNS_SENT)).isEqualTo(1);
        assertThat(aws.snsMessages()).singleElement().satisfies(alert -> {
            assertThat(alert.path("topicArn").asText()).isEqualTo(topic);
            assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] ALERT: run for 2027-W06 failed");
            assertThat(alert.path("message").asText()).contains("IllegalStateException: Access Denied on exec-reports-archive")
                    .contains("--once --as-of 2027-02-08T07:00-08:00");
        });
    }
}
