package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * An ops alert passes the same allowlist as a report: with mail.ops off it (the start-up check refuses that; a route
 * may still be started without it), the alert about a refused report reaches no one, and nothing SES is asked to
 * deliver goes off the allowlist.
 */
class OpsAlertAllowlistTest extends DemoPipelineTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("mail.ops", "ops@evil.example");
        // one report refused, so there is an alert to send
        p.put("mail.to.cfo", "cfo@evil.example");
    }

    @Test
    void should_send_no_ops_alert_to_an_address_off_the_allowlist() throws Exception {
        aws.clearSes();

        RunOutcome outcome = runAt("2027-03-01T07:00:00-08:00");

        assertThat(outcome.deliveries()).extracting(d -> d.role() + ":" + d.status())
                .containsExactly("ceo:DELIVERED", "cto:DELIVERED", "cfo:FAILED", "cmo:DELIVERED", "accounting:DELIVERED");
        List<JsonNode> calls = aws.sesRequests();
        assertThat(calls).hasSize(4).allSatisfy(c -> assertThat(c.path("action").asText()).isEqualTo("SendRawEmail"));
        assertThat(calls.toString()).doesNotContain("evil.example");
        assertThat(aws.sesEmails().toString()).doesNotContain("evil.example");
        assertThat(opsAlerts()).isEmpty();
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get("ops_alerts_sent")).isZero();
        assertThat(metrics.get("ops_alerts_failed")).isEqualTo(1);
    }
}
