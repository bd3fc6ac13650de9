package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;

/**
 * A step that fails after SES accepted a report (here: archiving its delivery record, as when S3 blips) must leave
 * the report delivered: recorded as FAILED, the ledger would let the next run or an operator's re-send mail the
 * executive a second copy.
 */
class AfterSendFailureTest extends DemoPipelineTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Test
    void should_keep_a_report_delivered_when_archiving_its_record_fails_after_ses_accepted_it() throws Exception {
        // the CFO report's delivery record cannot be written once SES has the message; everything else works
        AdviceWith.adviceWith(context, "archive-delivery", a -> a.weaveAddFirst()
                .filter(a.simple("${exchangeProperty.role} == 'cfo' && ${exchangeProperty.sesMessageId} != null"))
                .throwException(new IllegalStateException("S3 PutObject timed out")));
        context.start();
        aws.clearSes();

        RunOutcome first = runAt("2027-02-01T07:00:00-08:00");

        assertThat(first.exitCode()).as(first.verdict()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(first.deliveries()).extracting(d -> d.role() + ":" + d.status())
                .containsExactly("ceo:DELIVERED", "cto:DELIVERED", "cfo:DELIVERED", "cmo:DELIVERED", "accounting:DELIVERED");
        DeliveryMetrics metrics = context.getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
        assertThat(metrics.get(DeliveryMetrics.AFTER_SEND_ERRORS)).isEqualTo(1);
        assertThat(metrics.get(DeliveryMetrics.ALERTS_SENT)).isZero();
        // no ops alert telling anyone to re-send it
        assertThat(aws.sesEmails()).extracting(e -> e.path("subject").asText()).noneMatch(s -> s.contains("not delivered"));

        // the ledger says SENT: the next run of the period sends nothing twice
        RunOutcome again = runAt("2027-02-01T09:00:00-08:00");
        assertThat(again.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.ALREADY_DELIVERED);
        List<JsonNode> cfoSent = aws.sesAccepted().stream().filter(c -> "cfo".equals(c.path("role").asText())).toList();
        assertThat(cfoSent).hasSize(1);
        // the archived report is what was sent (the record itself is what could not be written)
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W05/cfo.txt")).startsWith("CFO report\n");
        JsonNode ceo = new ObjectMapper().readTree(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W05/ceo.delivery.json"));
        assertThat(ceo.path("state").asText()).isEqualTo("DELIVERED");
    }
}
