package com.execreports.demo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3 side of the benchmark: a site bucket with many assets and a month of cost export with many lines (seeded),
 * and the floor and naive reads of both (listing the whole bucket; reading every cost export through).
 */
final class BenchmarkObjects {

    static final String COST_PREFIX = "cur/";
    private static final int PART_LINES = 50_000;
    private static final String COST_HEADER = "identity/LineItemId,bill/BillingPeriodStartDate,bill/BillingPeriodEndDate,"
            + "lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/ProductCode,"
            + "lineItem/UsageType,lineItem/Operation,lineItem/ResourceId,lineItem/UsageAmount,lineItem/UnblendedCost,"
            + "lineItem/CurrencyCode,product/ProductName,product/region,resourceTags/user:business";
    private static final String[] BUSINESSES = {"jada", "quickdumpnow", "queenofsandiego", "expert-yacht-delivery",
        "rental-3028-51st", "dangerouscentaur", ""};

    private BenchmarkObjects() {
    }

    /** Adds {@code count} small images under {@code assets/bench/}, eight writers at once. */
    static void images(S3Client s3, String bucket, int count) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        byte[] image = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        for (int w = 0; w < 8; w++) {
            int first = w;
            done.add(writers.submit(() -> {
                for (int i = first; i < count; i += 8) {
                    String key = "assets/bench/img-%06d.jpg".formatted(i);
                    s3.putObject(b -> b.bucket(bucket).key(key).contentType("image/jpeg"), RequestBody.fromBytes(image));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        System.out.printf("objects %s: +%,d images%n", bucket, count);
    }

    /**
     * Adds a month (2026-08) of {@code lines} Lambda request lines spread over the businesses, some untagged, as a CUR
     * export delivers a large month: gzip parts of at most 50,000 lines.
     */
    static void costExport(S3Client s3, String bucket, int lines) throws IOException {
        Random random = new Random(lines);
        int parts = 0;
        for (int first = 0; first < lines; first += PART_LINES) {
            Path file = Files.createTempFile("bench-cur-", ".csv.gz");
            try {
                try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
                    out.write(COST_HEADER);
                    out.write('\n');
                    for (int i = first; i < Math.min(lines, first + PART_LINES); i++) {
                        int day = 1 + i % 31;
                        int hour = (i / 31) % 24;
                        long requests = 1_000 + random.nextInt(90_000);
                        String business = BUSINESSES[random.nextInt(BUSINESSES.length)];
                        out.write("bench%010d,2026-08-01T00:00:00Z,2026-09-01T00:00:00Z,482913765024,Usage,".formatted(i)
                                + "2026-08-%02dT%02d:00:00Z,2026-08-%02dT%02d:59:59Z,AWSLambda,USW2-Request,Invoke,".formatted(day, hour, day, hour)
                                + "arn:aws:lambda:us-west-2:482913765024:function:bench-%d,%d.0,%.10f,USD,AWS Lambda,us-west-2,%s\n"
                                .formatted(i % 40, requests, requests * 0.0000002, business));
                    }
                }
                String key = COST_PREFIX + "exec-cur-2026-08-%05d.csv.gz".formatted(++parts);
                s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/gzip"), file);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.printf("costs %s: +%,d lines in %d gzip parts%n", bucket, lines, parts);
    }

    private static InputStream text(S3Client s3, String bucket, String key) throws IOException {
        InputStream in = s3.getObject(b -> b.bucket(bucket).key(key));
        return key.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Lists the site bucket and reads every cost export through, keeping nothing. */
    static void floor(S3Client s3, String siteBucket, String costBucket) throws IOException {
        long objects = 0;
        for (ListObjectsV2Response page : s3.listObjectsV2Paginator(b -> b.bucket(siteBucket))) {
            objects += page.keyCount();
        }
        long lines = 0;
        for (S3Object cost : s3.listObjectsV2Paginator(b -> b.bucket(costBucket).prefix(COST_PREFIX)).contents()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    text(s3, costBucket, cost.key()), StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    lines++;
                }
            }
        }
        System.out.printf("floor %s: %,d objects listed; %s: %,d cost lines read%n", siteBucket, objects, costBucket, lines);
    }

    /** The same reads, every object summary and cost line kept in lists, then cost by service computed from them. */
    static void naive(S3Client s3, String siteBucket, String costBucket) throws IOException {
        List<S3Object> objects = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(siteBucket)).contents().forEach(objects::add);
        List<String[]> lines = new ArrayList<>();
        for (S3Object cost : s3.listObjectsV2Paginator(b -> b.bucket(costBucket).prefix(COST_PREFIX)).contents()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    text(s3, costBucket, cost.key()), StandardCharsets.UTF_8))) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line.split(",", -1));
                }
            }
        }
        Map<String, Long> microCentsByService = new TreeMap<>();
        for (String[] line : lines) {
            if (line.length > 14) {
                microCentsByService.merge(line[7], Math.round(Double.parseDouble(line[12]) * 100_000_000), Long::sum);
            }
        }
        long bytes = objects.stream().mapToLong(S3Object::size).sum();
        System.out.printf("naive %s: %,d objects (%,d bytes); %s: %,d cost lines in memory, %d services%n", siteBucket,
                objects.size(), bytes, costBucket, lines.size(), microCentsByService.size());
    }
}
