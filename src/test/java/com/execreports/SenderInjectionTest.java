package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;

import org.junit.jupiter.api.Test;

/**
 * A sender carrying endpoint options ({@code ?bcc=}) never becomes an option of the SES endpoint: the sender is a
 * header, checked as one plain address, so reports and ops alerts alike are refused and nothing is sent — where the
 * alerts used to go out with the BCC. (The start-up check refuses this value before Camel starts; a route may still
 * be started without it.)
 */
class SenderInjectionTest extends DemoPipelineTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("mail.from", "reports@example.com?bcc=spy@evil.example");
    }

    @Test
    void should_send_nothing_with_a_bcc_when_the_sender_carries_one() throws Exception {
        aws.clearSes();

        RunOutcome outcome = runAt("2027-03-08T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.deliveries()).allSatisfy(d -> {
            assertThat(d.status().toString()).isEqualTo("FAILED");
            assertThat(d.error()).contains("mail.from: 'reports@example.com?bcc=spy@evil.example' is not a plain email address");
        });
        assertThat(aws.sesRequests()).isEmpty();
        assertThat(aws.sesEmails()).isEmpty();
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get("ops_alerts_sent")).isZero();
        assertThat(metrics.get("ops_alerts_failed")).isEqualTo(5);
    }
}
