package com.execreports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import com.execreports.delivery.LedgerClock;
import com.execreports.delivery.MovableClock;
import com.execreports.localaws.LocalAws;

import org.apache.camel.spi.Registry;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The demo portfolio with one more business whose bookings table does not exist yet (its source fails until
 * {@link #createTable()}), delivery.degraded = hold with an hour's hold, and the delivery ledger on a clock the tests
 * move: a hold runs out when a test says, not after a wait.
 */
abstract class HeldSourceTestSupport extends DemoPipelineTestSupport {

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

    void createTable() {
        createBookingsTable(table());
    }

    /** An empty bookings table (key bookingId), as a business starts one. */
    static void createBookingsTable(String table) {
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            ddb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder().attributeName("bookingId").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("bookingId").attributeType(ScalarAttributeType.S).build()));
        }
    }
}
