package com.execreports.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.execreports.config.AwsClients;
import com.execreports.sources.BookingMapping;
import com.execreports.sources.BookingTally;
import com.execreports.sources.DdbSegments;
import com.execreports.sources.ItemTally;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Measures a full bookings-table fold sequentially and with parallel Scan segments against a DynamoDB endpoint
 * (bin/bench-scan runs it against local dynalite). Prints the median of each variant and its ratio to the
 * sequential scan; ratios from one run on one machine, not absolute claims.
 *
 * <p>usage: {@code ScanBenchmark <dynamodb-endpoint> <items> <repetitions> <segments,...>}
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        com.execreports.logging.RedactedLogProvider.select();
        String endpoint = args[0];
        int items = Integer.parseInt(args[1]);
        int repetitions = Integer.parseInt(args[2]);
        int[] segments = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        AwsClients aws = new AwsClients("us-west-2", "dynamodb=" + endpoint, Duration.ofMinutes(2));
        try (DynamoDbClient ddb = aws.dynamoDb(); CamelContext camel = new DefaultCamelContext()) {
            String table = "bench-bookings";
            seed(ddb, table, items);
            Map<String, Long> medians = new java.util.LinkedHashMap<>();
            medians.put("sequential", median(repetitions, () -> sequential(ddb, table)));
            for (int s : segments) {
                medians.put(s + " segments", median(repetitions, () -> parallel(ddb, camel, table, s)));
            }
            long base = medians.get("sequential");
            System.out.printf("full fold of %,d bookings, median of %d runs (%d cores)%n", items, repetitions,
                    Runtime.getRuntime().availableProcessors());
            medians.forEach((name, ms) -> System.out.printf("  %-12s %6d ms   %.2fx the sequential time%n", name, ms, (double) ms / base));
        }
    }

    interface Run {
        long fold() throws Exception;
    }

    private static long median(int repetitions, Run run) throws Exception {
        List<Long> times = new ArrayList<>();
        run.fold(); // warm-up
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            long n = run.fold();
            times.add((System.nanoTime() - t0) / 1_000_000);
            if (n == 0) {
                throw new IllegalStateException("nothing folded");
            }
        }
        times.sort(Long::compare);
        return times.get(times.size() / 2);
    }

    private static ItemTally tally() {
        return new BookingTally("bench", "bookings", "bench-bookings", BookingMapping.of("bookingId", "amount", "status", "channel",
                "bookedAt", "serviceDate", "invoiceId", "lead,quote", "cancelled"), LocalDate.of(2026, 11, 23), ZoneOffset.ofHours(-8));
    }

    private static long sequential(DynamoDbClient ddb, String table) {
        ItemTally tally = tally();
        Map<String, AttributeValue> start = null;
        long items = 0;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = ddb.scan(b -> b.tableName(table).limit(500).exclusiveStartKey(from));
            page.items().forEach(tally::fold);
            items += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private static long parallel(DynamoDbClient ddb, CamelContext camel, String table, int segments) throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        ItemTally tally = tally();
        exchange.setProperty("tally", tally);
        new DdbSegments(ddb).scan(exchange, table, segments, 500);
        return exchange.getProperty("pagesRead", Integer.class);
    }

    private static void seed(DynamoDbClient ddb, String table, int items) {
        ddb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("bookingId").keyType("HASH"))
                .attributeDefinitions(a -> a.attributeName("bookingId").attributeType("S")));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < items; i += TableWriter.BATCH) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            for (int j = i; j < Math.min(items, i + TableWriter.BATCH); j++) {
                Map<String, AttributeValue> item = new HashMap<>();
                item.put("bookingId", AttributeValue.fromS("B-%07d".formatted(j)));
                item.put("amount", AttributeValue.fromN(String.valueOf(100 + random.nextInt(5000))));
                item.put("status", AttributeValue.fromS("confirmed"));
                item.put("channel", AttributeValue.fromS("website"));
                item.put("bookedAt", AttributeValue.fromS(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320)).toString()));
                item.put("serviceDate", AttributeValue.fromS("2026-12-01"));
                batch.add(item);
            }
            TableWriter.put(ddb, table, batch);
        }
    }
}
