package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import java.util.concurrent.TimeUnit;

import com.execreports.delivery.DeliveryKey;
import com.execreports.delivery.DeliveryLedger;

import org.apache.camel.builder.NotifyBuilder;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The long-running service after a run died mid-delivery (a crash, a redeploy): nobody runs that period again by
 * hand and the next scheduled run is a week away, so the re-check timer finds the lapsed claim in the ledger and
 * re-runs the period from its run's as-of.
 */
class CrashRecheckTest extends DemoPipelineTestSupport {

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        asLongRunningService(p, 2);
    }

    @Test
    void should_rerun_the_period_of_a_dead_run_and_take_its_lapsed_claim_over() throws Exception {
        aws.clearSes();
        String table = context.getPropertiesComponent().resolveProperty("delivery.ledger-table").orElseThrow();
        DeliveryKey cfo = new DeliveryKey("2027-W20", "cfo", List.of("cfo@example.com"), List.of("audit@example.com"));
        // what a run that died right after claiming the CFO report left behind, its lease long over
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("deliveryId", AttributeValue.fromS(cfo.id()));
        item.put("period", AttributeValue.fromS("2027-W20"));
        item.put("role", AttributeValue.fromS("cfo"));
        item.put("recipientsTo", AttributeValue.fromL(List.of(AttributeValue.fromS("cfo@example.com"))));
        item.put("recipientsBcc", AttributeValue.fromL(List.of(AttributeValue.fromS("audit@example.com"))));
        item.put("state", AttributeValue.fromS("CLAIMED"));
        item.put("owner", AttributeValue.fromS("dead-host/4242/deadbeef"));
        item.put("version", AttributeValue.fromN("1"));
        item.put("attempts", AttributeValue.fromN("0"));
        item.put("updatedAt", AttributeValue.fromS(java.time.Instant.now().minusSeconds(3600).toString()));
        item.put("leaseUntil", AttributeValue.fromS(java.time.Instant.now().minusSeconds(3000).toString()));
        item.put("runAsOf", AttributeValue.fromS("2027-05-17T07:00-07:00"));
        DeliveryLedger ledger = context.getRegistry().lookupByNameAndType("deliveryLedger", DeliveryLedger.class);
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            // the ledger table exists once the service has asked it anything
            ledger.pendingAsOf();
            // a run's last step archives its metrics: the timer tick that re-ran the period has then delivered it
            NotifyBuilder rerun = new NotifyBuilder(context).wereSentTo("direct:archive-metrics").whenDone(1).create();
            ddb.putItem(b -> b.tableName(table).item(item));

            assertThat(rerun.matches(60, TimeUnit.SECONDS)).as("the re-check re-ran the period").isTrue();
            assertThat(aws.sesEmails()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText()).endsWith("Demo portfolio 2027-W20"));
            Map<String, AttributeValue> after = ddb.getItem(b -> b.tableName(table).key(Map.of("deliveryId", AttributeValue.fromS(cfo.id()))))
                    .item();
            assertThat(after.get("state").s()).isEqualTo("SENT");
            assertThat(after.get("note").s()).startsWith("taken over from dead-host/4242/deadbeef");
        }
        // settled: the ledger leaves the timer nothing more to run
        assertThat(ledger.pendingAsOf()).isNull();
    }
}
