package com.execreports.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.execreports.config.AwsClients;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The parts of bench/run that are not exec-reports itself, each a separate JVM so each is measured alone:
 *
 * <ul>
 *   <li>{@code scale <dynamodb-endpoint> <table> <items> [first]}: adds that many bookings, shaped as the demo's JADA
 *       bookings, to a seeded demo table (two writers; ids {@code JADA-B<first>}…, so the demo's own items stay).</li>
 *   <li>{@code objects <s3-endpoint> <bucket> <count>}: adds that many small image objects to a site bucket (listed by
 *       its source, never fetched: a site's assets).</li>
 *   <li>{@code costs <s3-endpoint> <bucket> <lines>}: adds one month of that many cost-export lines, shaped as the
 *       demo's CUR files, as {@code cur/exec-cur-2026-08.csv}.</li>
 *   <li>{@code floor <dynamodb-endpoint> <table> [<s3-endpoint> <site-bucket> <cost-bucket>]}: the least any reader can
 *       do — page through the table with the SDK, one sequential Scan, and (with the S3 arguments) list the site bucket
 *       and read every cost export through, counting and keeping nothing.</li>
 *   <li>{@code naive …} (same arguments): the obvious design — the same reads in sequence, every item, object summary
 *       and cost line kept in lists, then revenue by month and channel, every booking's amount by id and cost by
 *       service computed from them.</li>
 * </ul>
 * Each prints one line of what it did; bench/run times them from outside.
 */
public final class PortfolioBenchmark {

    private static final int PAGE = 1_000;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        com.execreports.logging.RedactedLogProvider.select();
        if (args.length < 3) {
            System.err.println("usage: PortfolioBenchmark scale|floor|naive|objects|costs <endpoint> <table-or-bucket> [items]");
            System.exit(2);
        }
        switch (args[0]) {
            case "objects", "costs" -> {
                try (S3Client s3 = new AwsClients("us-west-2", "s3=" + args[1], Duration.ofMinutes(5)).s3()) {
                    if (args[0].equals("objects")) {
                        BenchmarkObjects.images(s3, args[2], Integer.parseInt(args[3]));
                    } else {
                        BenchmarkObjects.costExport(s3, args[2], Integer.parseInt(args[3]));
                    }
                }
                return;
            }
            default -> { }
        }
        String endpoints = "dynamodb=" + args[1] + (args.length > 5 ? ",s3=" + args[3] : "");
        AwsClients aws = new AwsClients("us-west-2", endpoints, Duration.ofMinutes(5));
        try (DynamoDbClient ddb = aws.dynamoDb(); S3Client s3 = args.length > 5 ? aws.s3() : null) {
            switch (args[0]) {
                case "scale" -> scale(ddb, args[2], Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 0);
                case "floor" -> {
                    floor(ddb, args[2]);
                    if (s3 != null) {
                        BenchmarkObjects.floor(s3, args[4], args[5]);
                    }
                }
                case "naive" -> {
                    naive(ddb, args[2]);
                    if (s3 != null) {
                        BenchmarkObjects.naive(s3, args[4], args[5]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown step " + args[0]);
            }
        }
    }

    /** Adds {@code items} bookings numbered from {@code first}, so a table grows size by size without rewriting any. */
    static void scale(DynamoDbClient ddb, String table, int items, int first) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        int half = first + items / 2;
        done.add(writers.submit(() -> write(ddb, table, first, half)));
        done.add(writers.submit(() -> write(ddb, table, half, first + items)));
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        System.out.printf("scaled %s: +%,d bookings%n", table, items);
    }

    private static void write(DynamoDbClient ddb, String table, int from, int to) {
        String[] channels = {"website", "website", "website", "getmyboat", "getmyboat", "boatsetter", "boatsetter", "phone", "referral"};
        String[] statuses = {"confirmed", "confirmed", "confirmed", "confirmed", "completed", "completed", "completed", "quote", "cancelled"};
        Random random = new Random(from);
        LocalDate first = LocalDate.of(2025, 6, 1);
        for (int i = from; i < to; i += TableWriter.BATCH) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>();
            for (int j = i; j < Math.min(to, i + TableWriter.BATCH); j++) {
                LocalDate booked = first.plusDays(random.nextInt(540));
                Map<String, AttributeValue> item = new HashMap<>();
                item.put("bookingId", AttributeValue.fromS("JADA-B%07d".formatted(j)));
                item.put("amount", AttributeValue.fromN("%d.%02d".formatted(650 + random.nextInt(4150), random.nextInt(100))));
                item.put("currency", AttributeValue.fromS("USD"));
                item.put("status", AttributeValue.fromS(statuses[random.nextInt(statuses.length)]));
                item.put("channel", AttributeValue.fromS(channels[random.nextInt(channels.length)]));
                item.put("bookedAt", AttributeValue.fromS(booked.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60)))
                        .atOffset(ZoneOffset.ofHours(-8)).toString()));
                item.put("serviceDate", AttributeValue.fromS(booked.plusDays(2 + random.nextInt(70)).toString()));
                item.put("charterType", AttributeValue.fromS("full-day"));
                if (random.nextInt(100) >= 22) {
                    item.put("invoiceId", AttributeValue.fromS("INV-JB-%07d".formatted(j)));
                }
                batch.add(item);
            }
            TableWriter.put(ddb, table, batch);
        }
    }

    static void floor(DynamoDbClient ddb, String table) {
        long items = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = ddb.scan(b -> b.tableName(table).limit(PAGE).exclusiveStartKey(from));
            items += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        System.out.printf("floor %s: %,d items paged%n", table, items);
    }

    static void naive(DynamoDbClient ddb, String table) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = ddb.scan(b -> b.tableName(table).limit(PAGE).exclusiveStartKey(from));
            all.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byId = new HashMap<>();
        long unreadable = 0;
        for (Map<String, AttributeValue> item : all) {
            try {
                long cents = new java.math.BigDecimal(item.get("amount").n() != null ? item.get("amount").n() : item.get("amount").s())
                        .movePointRight(2).longValueExact();
                String status = item.containsKey("status") ? item.get("status").s() : "";
                if (status.equals("quote") || status.equals("cancelled")) {
                    continue;
                }
                byMonth.merge(item.get("bookedAt").s().substring(0, 7), cents, Long::sum);
                byChannel.merge(item.containsKey("channel") ? item.get("channel").s() : "(none)", cents, Long::sum);
                byId.put(item.get("bookingId").s(), cents);
            } catch (RuntimeException e) {
                unreadable++;
            }
        }
        System.out.printf("naive %s: %,d items in memory, %d months, %d channels, %,d ids, %d unreadable%n", table, all.size(),
                byMonth.size(), byChannel.size(), byId.size(), unreadable);
    }
}
