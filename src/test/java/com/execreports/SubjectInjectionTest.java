package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;

import org.junit.jupiter.api.Test;

/** A subject carrying CR/LF (here from the portfolio name) is refused: nothing is sent for any report it heads. */
class SubjectInjectionTest extends DemoPipelineTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("portfolio.name", "Demo portfolio\r\nBcc: spy@evil.example");
    }

    @Test
    void should_refuse_every_report_whose_subject_has_cr_lf_and_send_none() throws Exception {
        aws.clearSes();

        RunOutcome outcome = runAt("2027-02-08T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.FAILED).hasSize(5);
        assertThat(outcome.deliveries().get(0).error()).isEqualTo("IllegalArgumentException: subject of the ceo report contains a control"
                + " character: 'CEO · bookings 30d $0 (no change), cash $91.9k · 33 findings · Demo portfolio??Bcc: spy@evil.example 2027-W06'");
        assertThat(aws.sesRequests()).noneMatch(c -> "SendRawEmail".equals(c.path("action").asText()));
        assertThat(aws.sesRequests().toString()).doesNotContain("spy@evil.example");
    }
}
