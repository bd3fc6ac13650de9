package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.execreports.localaws.LocalAws;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.sources.BookingExportTally;
import com.execreports.sources.BookingMapping;
import com.execreports.sources.DdbExports;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How long the export source takes to read an export of many bookings from the S3 emulator, against the time the
 * table's Scan takes in docs/PERFORMANCE.md. Not part of the build (its name is not a test's); run it with
 * {@code mvn -B -q test -Dtest=ExportReadMeasure -Dexport.items=1000000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExportReadMeasure {

    private static final String BUCKET = "measure-exports";
    private static final int FILES = 4;

    @Test
    void measure_reading_an_export() throws Exception {
        int items = Integer.getInteger("export.items", 1_000_000);
        LocalAws aws = LocalAws.get();
        try (S3Client s3 = aws.clients().s3(); DefaultCamelContext camel = new DefaultCamelContext()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
                s3.createBucket(b -> b.bucket(BUCKET));
            }
            String folder = "bookings/AWSDynamoDB/01763791200000-5ca1e001/";
            StringBuilder manifest = new StringBuilder();
            Random random = new Random(20261205L);
            long gzBytes = 0;
            for (int f = 0; f < FILES; f++) {
                Path file = Files.createTempFile("export", ".json.gz");
                int n = items / FILES + (f < items % FILES ? 1 : 0);
                try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024), StandardCharsets.UTF_8))) {
                    for (int i = 0; i < n; i++) {
                        w.write(line(f * (items / FILES + 1) + i, random));
                        w.write('\n');
                    }
                }
                String key = folder + "data/part" + f + ".json.gz";
                gzBytes += Files.size(file);
                s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromFile(file));
                Files.delete(file);
                manifest.append("{\"itemCount\":").append(n).append(",\"dataFileS3Key\":\"").append(key).append("\"}\n");
            }
            s3.putObject(b -> b.bucket(BUCKET).key(folder + "manifest-files.json"), RequestBody.fromString(manifest.toString()));
            s3.putObject(b -> b.bucket(BUCKET).key(folder + "manifest-summary.json"), RequestBody.fromString(
                    "{\"exportTime\":\"2026-11-22T06:00:00Z\",\"tableArn\":\"arn:aws:dynamodb:us-west-2:1:table/jada-bookings\","
                            + "\"itemCount\":" + items + ",\"outputFormat\":\"DYNAMODB_JSON\",\"exportType\":\"FULL_EXPORT\"}"));

            for (int rep = 1; rep <= 3; rep++) {
                BookingExportTally tally = new BookingExportTally("jada", "bookings", BUCKET, BookingMapping.of("bookingId", "amount",
                        "status", "channel", "bookedAt", "serviceDate", "invoiceId", "lead,quote", "cancelled,refunded"),
                        LocalDate.of(2026, 11, 23), ZoneOffset.ofHours(-8));
                Exchange exchange = new DefaultExchange(camel);
                exchange.setProperty("tally", tally);
                long start = System.nanoTime();
                new DdbExports(s3).read(exchange, BUCKET, "bookings");
                Facts facts = tally.facts("measure");
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(((BookingFacts) facts.data()).itemsRead()).isEqualTo(items);
                System.out.printf(Locale.US, "export of %,d items (%d gzip files, %.1f MB): read in %.1f s (repetition %d)%n",
                        items, FILES, gzBytes / 1e6, seconds, rep);
            }
        }
    }

    /** A booking as JADA's table holds one, in DynamoDB JSON. */
    private static String line(int i, Random random) {
        LocalDate booked = LocalDate.of(2025, 10, 1).plusDays(random.nextInt(418));
        String status = random.nextInt(20) == 0 ? "cancelled" : booked.isBefore(LocalDate.of(2026, 11, 1)) ? "completed" : "confirmed";
        String invoice = random.nextInt(5) == 0 ? "" : ",\"invoiceId\":{\"S\":\"INV-J-" + i + "\"}";
        return "{\"Item\":{\"bookingId\":{\"S\":\"JADA-" + i + "\"},\"amount\":{\"N\":\"" + (650 + random.nextInt(4150)) + ".00\"},"
                + "\"currency\":{\"S\":\"USD\"},\"status\":{\"S\":\"" + status + "\"},\"channel\":{\"S\":\"website\"},"
                + "\"bookedAt\":{\"S\":\"" + booked + "T10:15-08:00\"},\"serviceDate\":{\"S\":\"" + booked.plusDays(2 + random.nextInt(70))
                + "\"},\"charterType\":{\"S\":\"full-day\"}" + invoice + "}}";
    }
}
