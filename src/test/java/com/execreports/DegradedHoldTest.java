package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.LedgerClock;
import com.execreports.delivery.MovableClock;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * delivery.degraded = hold: reports of a run with a failed source wait for the source to recover, or for the hold
 * to run out (an hour here, of a clock the tests move; hours in production), and then go out — degraded if the source
 * is still missing.
 */
class DegradedHoldTest extends DemoPipelineTestSupport {

    static final long STARTED = System.nanoTime();

    /** Per test class: a subclass must not find the table this class creates. */
    String table() {
        return "held-bookings-" + getClass().getSimpleName() + "-" + STARTED;
    }

    /** The delivery ledger's time, moved by the tests: a hold runs out when they say, not after a wait. */
    final MovableClock ledgerTime = new MovableClock(Instant.now());

    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        super.bindToRegistry(registry);
        registry.bind(LedgerClock.BEAN, java.time.Clock.class, ledgerTime);
    }

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        p.put("camel.main.routes-include-pattern", p.get("camel.main.routes-include-pattern") + ",file:" + heldDomain(table()));
        p.put("delivery.degraded", "hold");
        p.put("delivery.hold-hours", "1");
    }

    @Test
    void should_hold_the_reports_while_a_source_fails_and_send_them_complete_once_it_recovers() throws Exception {
        aws.clearSes();

        RunOutcome held = runAt("2027-04-05T07:00:00-07:00");

        assertThat(held.exitCode()).as(held.verdict()).isEqualTo(RunOutcome.HELD);
        assertThat(held.verdict()).isEqualTo("held: [ceo, cto, cfo, cmo, accounting] wait for sources to recover: held/bookings");
        assertThat(held.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.HELD);
        assertThat(reportsSent()).isEmpty();
        assertThat(opsAlerts()).extracting(e -> e.path("subject").asText())
                .containsExactly("[exec-reports] WARNING: 2027-W14 held with 1 source missing");
        // archived all the same, with the completeness manifest naming the gap
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W14/cfo.delivery.json"))
                .contains("\"state\" : \"HELD\"").contains("\"degraded\" : true").contains("held/bookings");

        createTable();
        RunOutcome recovered = runAt("2027-04-05T09:00:00-07:00");

        assertThat(recovered.exitCode()).as(recovered.verdict()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(reportsSent()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText()).doesNotContain("data incomplete"));
    }

    @Test
    void should_send_degraded_once_the_hold_runs_out_with_the_source_still_failing() throws Exception {
        aws.clearSes();

        RunOutcome first = runAt("2027-04-12T07:00:00-07:00");
        ledgerTime.move(Duration.ofMinutes(59));
        RunOutcome second = runAt("2027-04-12T08:00:00-07:00");

        assertThat(first.exitCode()).isEqualTo(RunOutcome.HELD);
        assertThat(second.exitCode()).as("within the hold: still held").isEqualTo(RunOutcome.HELD);
        assertThat(reportsSent()).isEmpty();

        // the hold (an hour of the ledger's time) ran out
        ledgerTime.move(Duration.ofMinutes(2));
        RunOutcome released = runAt("2027-04-12T09:00:00-07:00");

        assertThat(released.exitCode()).as(released.verdict()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS);
        assertThat(reportsSent()).hasSize(5).allSatisfy(e -> assertThat(e.path("subject").asText()).endsWith("(data incomplete)"));
        // the hold reached ops once (not at each run that found it still held), then the degraded send
        assertThat(opsAlerts()).extracting(e -> e.path("subject").asText()).containsExactly(
                "[exec-reports] WARNING: 2027-W15 held with 1 source missing", "[exec-reports] WARNING: 2027-W15 sent with 1 source missing");
    }

    private static String heldDomain(String table) {
        try {
            Path file = Files.createTempFile("held-domain", ".yaml");
            Files.writeString(file, """
                    - templatedRoute:
                        routeTemplateRef: business
                        routeId: held-profile
                        parameters:
                          - name: domain
                            value: held
                          - name: name
                            value: Held Tours
                          - name: kind
                            value: bookings
                    - templatedRoute:
                        routeTemplateRef: ddb-bookings
                        routeId: held-bookings
                        parameters:
                          - name: domain
                            value: held
                          - name: table
                            value: %s
                    """.formatted(table));
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createTable() {
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            ddb.createTable(b -> b.tableName(table()).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("bookingId").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("bookingId").attributeType(ScalarAttributeType.S).build()));
        }
    }
}
