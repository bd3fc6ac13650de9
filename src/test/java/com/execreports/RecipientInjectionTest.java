package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** A recipient address carrying CR/LF (header injection) is refused for its report only; nothing goes to it. */
class RecipientInjectionTest extends DemoPipelineTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("mail.to.cfo", "cfo@example.com\r\nBcc: spy@evil.example");
    }

    @Test
    void should_refuse_the_cfo_report_naming_the_property_and_send_the_other_four() throws Exception {
        aws.clearSes();

        RunOutcome outcome = runAt("2027-02-01T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.deliveries()).extracting(d -> d.role() + ":" + d.status())
                .containsExactly("ceo:DELIVERED", "cto:DELIVERED", "cfo:FAILED", "cmo:DELIVERED", "accounting:DELIVERED");
        Delivery cfo = outcome.deliveries().get(2);
        assertThat(cfo.error()).isEqualTo("IllegalArgumentException: mail.to.cfo: 'cfo@example.com??Bcc: spy@evil.example' is not a plain email address");
        assertThat(cfo.attempts()).isZero();
        List<JsonNode> calls = aws.sesRequests();
        assertThat(calls).noneMatch(c -> "cfo".equals(c.path("role").asText()));
        assertThat(calls.toString()).doesNotContain("spy@evil.example");
        // ops hear of it, with the unsafe characters shown, not sent
        JsonNode alert = calls.stream().filter(c -> "SendEmail".equals(c.path("action").asText())).findFirst().orElseThrow();
        assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] ALERT: CFO report 2027-W05 not delivered");
        assertThat(alert.path("destinations").get(0).asText()).isEqualTo("ops@example.com");
    }
}
