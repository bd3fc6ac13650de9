package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A re-run of a delivered period whose reports are refused before the ledger can be asked (here the ledger table is
 * gone) fails loudly, but leaves the archive as it was sent: the archived report is what --resend sends and what an
 * auditor matches the email against.
 */
class RefusedRerunTest extends DemoPipelineTestSupport {

    @Test
    void should_not_overwrite_the_archived_report_of_a_delivered_period_when_a_rerun_is_refused() throws Exception {
        RunOutcome first = runAt("2027-02-15T07:00:00-08:00");
        assertThat(first.exitCode()).as(first.verdict()).isEqualTo(RunOutcome.SUCCESS);
        String sentText = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W07/cfo.txt");
        String sentRecord = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W07/cfo.delivery.json");

        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            String table = context.getPropertiesComponent().resolveProperty("delivery.ledger-table").orElseThrow();
            ddb.deleteTable(b -> b.tableName(table));
        }
        RunOutcome rerun = runAt("2027-02-15T09:30:00-08:00");

        assertThat(rerun.exitCode()).isEqualTo(RunOutcome.FAILED);
        assertThat(rerun.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.FAILED);
        assertThat(rerun.deliveries().get(2).error()).contains("ResourceNotFoundException");
        // the re-run rendered "As of ... 09:30": none of it replaced what was sent at 07:00
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W07/cfo.txt")).isEqualTo(sentText).contains("07:00 -08:00");
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W07/cfo.delivery.json")).isEqualTo(sentRecord);
        JsonNode record = new ObjectMapper().readTree(sentRecord);
        assertThat(record.path("state").asText()).isEqualTo("DELIVERED");
    }
}
