package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery against SES faults injected by the recording proxy in front of the SES emulator: throttling is retried
 * per report, a rejected report fails alone, loudly, and an operator's re-send delivers it once.
 */
class DeliveryFaultsTest extends DemoPipelineTestSupport {

    static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("delivery.ses-retry-delay-ms", "50");
        p.put("delivery.ses-max-retry-delay-ms", "400");
        port = servingHttp(p);
    }

    private int port;

    @AfterEach
    void noFaults() throws Exception {
        aws.clearSesFaults();
    }

    @Test
    void should_deliver_all_five_in_order_when_half_the_ses_calls_are_throttled_counting_the_retries() throws Exception {
        aws.clearSes();
        aws.sesFaults("[{\"error\":\"Throttling\",\"every\":2}]");

        RunOutcome outcome = runAt("2027-01-04T07:00:00-08:00");

        assertThat(outcome.exitCode()).as(outcome.verdict()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(outcome.deliveries()).extracting(Delivery::role).containsExactlyElementsOf(ROLES);
        assertThat(outcome.deliveries()).extracting(Delivery::attempts).containsExactly(2, 2, 2, 2, 2);
        // every first call throttled, every retry accepted: ten calls, five throttled, five accepted, in report order
        List<JsonNode> calls = aws.sesRequests();
        assertThat(calls).extracting(c -> c.path("role").asText() + ":" + c.path("fault").asText("sent")).containsExactly(
                "ceo:Throttling", "ceo:sent", "cto:Throttling", "cto:sent", "cfo:Throttling", "cfo:sent",
                "cmo:Throttling", "cmo:sent", "accounting:Throttling", "accounting:sent");
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get(DeliveryMetrics.SES_RETRIES)).isEqualTo(5);
        assertThat(metrics.get(DeliveryMetrics.SES_CALLS)).isEqualTo(10);
        assertThat(metrics.get("reports_delivered")).isEqualTo(5);
        // as a Prometheus scrape sees them
        String page = get(port, "/observe/metrics").body();
        assertThat(page).contains("\nexec_reports_ses_retries_total 5.0\n").contains("\nexec_reports_reports_delivered_total 5.0\n");
        JsonNode cfo = json("2027-W01", "cfo.delivery.json");
        assertThat(cfo.path("attempts").asInt()).isEqualTo(2);
        assertThat(cfo.path("state").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void should_fail_only_the_rejected_cfo_report_alert_ops_and_deliver_it_once_on_resend() throws Exception {
        aws.clearSes();
        aws.sesFaults("[{\"error\":\"MessageRejected\",\"role\":\"cfo\"}]");

        RunOutcome outcome = runAt("2027-01-11T07:00:00-08:00");

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(outcome.verdict()).isEqualTo("failed: cfo report not delivered: SES MessageRejected (HTTP 400): Email address is not"
                + " verified. The following identities failed the check in region US-WEST-2: cfo@example.com");
        assertThat(outcome.deliveries()).extracting(d -> d.role() + ":" + d.status())
                .containsExactly("ceo:DELIVERED", "cto:DELIVERED", "cfo:FAILED", "cmo:DELIVERED", "accounting:DELIVERED");
        // MessageRejected is final: one call, no retry
        assertThat(aws.sesRequests()).filteredOn(c -> "cfo".equals(c.path("role").asText())).hasSize(1);
        assertThat(outcome.deliveries().get(2).attempts()).isEqualTo(1);
        // the alert: to the ops address, naming the report, the reason and the command that settles it
        List<JsonNode> accepted = aws.sesAccepted();
        assertThat(accepted).extracting(c -> c.path("role").asText("alert"))
                .containsExactly("ceo", "cto", "alert", "cmo", "accounting");
        assertThat(accepted.get(2).path("destinations").get(0).asText()).isEqualTo("ops@example.com");
        JsonNode alert = aws.sesEmails().stream().filter(e -> e.path("subject").asText().contains("ALERT")).findFirst().orElseThrow();
        assertThat(alert.path("subject").asText()).isEqualTo("[exec-reports] ALERT: CFO report 2027-W02 not delivered");
        assertThat(alert.path("body").path("text").asText()).contains("Reason:     SES MessageRejected (HTTP 400): Email address is not verified")
                .contains("SES calls:  1").contains("Recipients: cfo@example.com (+ audit copy)")
                .contains("--resend cfo --period 2027-W02");
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get("reports_failed")).isEqualTo(1);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SENT)).isEqualTo(1);
        assertThat(json("2027-W02", "cfo.delivery.json").path("state").asText()).isEqualTo("FAILED");

        // the cause fixed, an operator re-sends the archived report: once, exactly as archived
        aws.clearSesFaults();
        RunOutcome resent = template.requestBodyAndHeaders("direct:resend", null,
                Map.of("ExecReportsResendRole", "cfo", "ExecReportsPeriod", "2027-W02"), RunOutcome.class);

        assertThat(resent.exitCode()).as(resent.verdict()).isZero();
        assertThat(resent.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.DELIVERED);
            assertThat(d.to()).containsExactly("cfo@example.com");
            assertThat(d.bcc()).containsExactly("audit@example.com");
        });
        List<JsonNode> cfoSent = aws.sesAccepted().stream().filter(c -> "cfo".equals(c.path("role").asText())).toList();
        assertThat(cfoSent).hasSize(1);
        assertThat(cfoSent.get(0).path("destinations")).extracting(JsonNode::asText).containsExactly("cfo@example.com", "audit@example.com");
        JsonNode record = json("2027-W02", "cfo.delivery.json");
        assertThat(record.path("state").asText()).isEqualTo("DELIVERED");
        assertThat(record.path("messageId").asText()).isEqualTo(cfoSent.get(0).path("messageId").asText());
        // the re-sent email carries the archived report, charts and attached full report included
        String raw = new String(aws.rawMessage(cfoSent.get(0).path("messageId").asText()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).contains("Subject: =?UTF-8?").contains("X-Exec-Reports-Period: 2027-W02").contains("image/png")
                .contains("filename=cfo-full.html").contains("filename=cfo-full.txt");
        assertThat(record.path("fullReport").asText()).isEqualTo("cfo-full.txt");
        assertThat(record.path("fullReportHtml").asText()).isEqualTo("cfo-full.html");

        // a later run of the same period sends nothing again: every report is on the ledger as sent
        RunOutcome again = runAt("2027-01-11T09:00:00-08:00");
        assertThat(again.exitCode()).as(again.verdict()).isZero();
        assertThat(again.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.ALREADY_DELIVERED);
        assertThat(aws.sesAccepted()).hasSize(6);
        // and leaves the archive as it was sent: the record still names the re-sent message
        assertThat(json("2027-W02", "cfo.delivery.json").path("messageId").asText()).isEqualTo(cfoSent.get(0).path("messageId").asText());
    }

    private JsonNode json(String period, String file) throws Exception {
        return new ObjectMapper().readTree(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/" + file));
    }
}
