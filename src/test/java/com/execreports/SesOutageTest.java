package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SES itself failing: every report fails, and so does every ops alert sent through SES. Ops still hear, through the
 * SNS topic, one alert per report, each naming the report and the command that settles it.
 */
class SesOutageTest extends DemoPipelineTestSupport {

    static String topic;

    @Override
    protected void overrideProperties(Properties p) {
        topic = aws.opsTopic("exec-reports-ops-ses-outage");
        p.put("alert.sns-topic-arn", topic);
        p.put("delivery.ses-max-retries", "1");
        p.put("delivery.ses-retry-delay-ms", "50");
        p.put("delivery.ses-max-retry-delay-ms", "50");
    }

    @AfterEach
    void noFaults() throws Exception {
        aws.clearSesFaults();
    }

    @Test
    void should_reach_ops_through_sns_when_ses_refuses_the_reports_and_the_alerts() throws Exception {
        aws.clearSes();
        aws.clearSns();
        aws.sesFaults("[{\"error\":\"InternalFailure\",\"action\":\"*\"}]");

        RunOutcome outcome = runAt("2027-03-01T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.verdict()).startsWith("failed: ceo report not delivered: SES InternalFailure (HTTP 500)");
        assertThat(aws.sesAccepted()).as("nothing got through SES").isEmpty();
        assertThat(aws.snsMessages()).extracting(m -> m.path("subject").asText()).containsExactly(
                "[exec-reports] ALERT: CEO report 2027-W09 not delivered", "[exec-reports] ALERT: CTO report 2027-W09 not delivered",
                "[exec-reports] ALERT: CFO report 2027-W09 not delivered", "[exec-reports] ALERT: CMO report 2027-W09 not delivered",
                "[exec-reports] ALERT: ACCOUNTING report 2027-W09 not delivered");
        JsonNode cfo = aws.snsMessages().get(2);
        assertThat(cfo.path("topicArn").asText()).isEqualTo(topic);
        assertThat(cfo.path("message").asText()).contains("Reason:     SES InternalFailure (HTTP 500)").contains("SES calls:  2")
                .contains("--resend cfo --period 2027-W09");
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_FAILED)).isEqualTo(5);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SNS_SENT)).isEqualTo(5);
        assertThat(metrics.get(DeliveryMetrics.RUNS_FAILED)).isEqualTo(1);
        // the topic went in the publish requests, never into an endpoint URI where '?' would add options
        assertThat(context.getEndpoints()).noneMatch(e -> e.getEndpointUri().contains(topic) || e.getEndpointUri().startsWith("aws2-sns"));
    }
}
