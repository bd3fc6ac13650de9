package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.execreports.model.BookingFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An export's data file, line by line, into the facts a Scan of the same items gives; what is not an item, named. */
class BookingExportTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ZoneOffset ZONE = ZoneOffset.ofHours(-8);
    private static final BookingMapping MAPPING = BookingMapping.of("bookingId", "amount", "status", "channel", "bookedAt",
            "serviceDate", "invoiceId", "lead,quote", "cancelled,refunded");
    private static final String KEY = "bookings/AWSDynamoDB/01-a/data/p0.json.gz";
    private static final DdbExport EXPORT = new DdbExport("bookings/AWSDynamoDB/01-a/", Instant.parse("2026-11-22T06:00:00Z"),
            "jada-bookings", 3);

    private static final String B1 = "{\"Item\":{\"bookingId\":{\"S\":\"B-1\"},\"amount\":{\"N\":\"120.50\"},\"status\":{\"S\":\"completed\"},"
            + "\"channel\":{\"S\":\"website\"},\"bookedAt\":{\"S\":\"2026-10-02\"},\"serviceDate\":{\"S\":\"2026-10-09\"},\"invoiceId\":{\"S\":\"I-1\"}}}";
    private static final String B2 = "{\"Item\":{\"bookingId\":{\"S\":\"B-2\"},\"amount\":{\"S\":\"80\"},\"status\":{\"S\":\"confirmed\"},"
            + "\"channel\":{\"S\":\"phone\"},\"bookedAt\":{\"S\":\"2026-11-02T10:00:00-08:00\"},\"serviceDate\":{\"S\":\"2026-12-01\"},"
            + "\"tags\":{\"SS\":[\"vip\"]},\"extras\":{\"M\":{\"fuel\":{\"N\":\"2\"},\"crew\":{\"L\":[{\"S\":\"ann\"},{\"NULL\":true}]}}}}}";
    private static final String B3 = "{\"Item\":{\"bookingId\":{\"S\":\"B-3\"},\"amount\":{\"N\":\"40\"},\"status\":{\"S\":\"cancelled\"},"
            + "\"bookedAt\":{\"S\":\"2026-11-03\"},\"paid\":{\"BOOL\":false},\"blob\":{\"B\":\"AAEC\"}}}";

    @Test
    void folds_an_export_into_the_same_facts_as_the_items_scanned_from_the_table() throws IOException {
        BookingExportTally export = tally();
        assertThat(export.read(KEY, 3, gzip(B1 + "\n" + B2 + "\n\n" + B3 + "\n"), ReadDeadline.none(), null)).isTrue();

        BookingTally table = new BookingTally("jada", "bookings", "jada-bookings", MAPPING, TODAY, ZONE);
        for (String line : List.of(B1, B2, B3)) {
            table.fold(item(line));
        }
        Facts read = export.facts("run-1");
        assertThat(read.data()).isEqualTo(table.facts("run-1").data());
        BookingFacts b = (BookingFacts) read.data();
        assertThat(b.revenueByMonth()).containsExactly(Map.entry("2026-10", 12050L), Map.entry("2026-11", 8000L));
        assertThat(b.cancelled()).isEqualTo(1);
        assertThat(b.deferredCents()).isEqualTo(8000);
        assertThat(read.status()).isEqualTo(SourceStatus.OK);
        assertThat(read.kind()).isEqualTo("s3-ddb-export");
        assertThat(read.resource()).isEqualTo("jada-exports/bookings/AWSDynamoDB/01-a/");
        assertThat(read.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-21T22:00:00-08:00"));
    }

    @Test
    void maps_every_dynamodb_json_type_to_the_attribute_value_a_scan_returns() throws Exception {
        Map<String, AttributeValue> b2 = item(B2);
        assertThat(b2.get("amount")).isEqualTo(AttributeValue.fromS("80"));
        assertThat(b2.get("tags")).isEqualTo(AttributeValue.fromSs(List.of("vip")));
        assertThat(b2.get("extras")).isEqualTo(AttributeValue.fromM(Map.of("fuel", AttributeValue.fromN("2"),
                "crew", AttributeValue.fromL(List.of(AttributeValue.fromS("ann"), AttributeValue.fromNul(true))))));
        Map<String, AttributeValue> b3 = item(B3);
        assertThat(b3.get("paid")).isEqualTo(AttributeValue.fromBool(false));
        assertThat(b3.get("blob")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2})));
        assertThat(item("{\"Item\":{\"n\":{\"NS\":[\"1\",\"2.5\"]}}}").get("n")).isEqualTo(AttributeValue.fromNs(List.of("1", "2.5")));
    }

    @Test
    void names_each_line_that_is_not_an_item_by_file_and_line_and_reads_the_rest() throws IOException {
        BookingExportTally export = tally();
        String lines = String.join("\n", B1, B2.substring(0, 40), "[1,2]", "{\"Item\":{\"amount\":{\"X\":\"1\"}}}",
                "{\"Item\":{\"amount\":\"12\"}}", "{\"NewImage\":{}}", B3) + "\n";
        export.read(KEY, 7, gzip(lines), ReadDeadline.none(), null);

        Facts read = export.facts("run-1");
        assertThat(((BookingFacts) read.data()).itemsRead()).isEqualTo(2);
        assertThat(read.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(read.unreadable()).isEqualTo(5);
        String file = "jada-exports/" + KEY;
        assertThat(read.issues()).extracting(DataIssue::text).satisfiesExactly(
                t -> assertThat(t).matches(java.util.regex.Pattern.quote(file) + ":2 not JSON \\(broken at column \\d+\\)"),
                t -> assertThat(t).isEqualTo(file + ":3 not a JSON object"),
                t -> assertThat(t).isEqualTo(file + ":4 attribute 'amount' has an unknown type"),
                t -> assertThat(t).isEqualTo(file + ":5 attribute 'amount' is not a typed DynamoDB value"),
                t -> assertThat(t).isEqualTo(file + ":6 no \"Item\" object"));
    }

    @Test
    void names_a_data_file_with_another_item_count_than_the_manifest_and_one_that_ends_early() throws IOException {
        BookingExportTally export = tally();
        export.read(KEY, 5, gzip(B1 + "\n" + B2 + "\n"), ReadDeadline.none(), null);
        byte[] whole = gzip(B1 + "\n" + B2 + "\n" + B3 + "\n").readAllBytes();
        String cut = "bookings/AWSDynamoDB/01-a/data/p1.json.gz";
        export.read(cut, 3, new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 12)), ReadDeadline.none(), null);

        Facts read = export.facts("run-1");
        assertThat(read.issues()).extracting(DataIssue::text).contains(
                "jada-exports/" + KEY + " holds 2 items where manifest-files.json says 5");
        assertThat(read.issues()).extracting(DataIssue::text).anySatisfy(t -> assertThat(t)
                .startsWith("jada-exports/" + cut + ":").contains("the rest of the file is unreadable (it ends early)"));
        assertThat(read.unreadable()).as("3 items the manifest counts in the first file, and what the cut file lost").isGreaterThanOrEqualTo(4);
    }

    @Test
    void skips_a_line_longer_than_any_item_without_holding_it() throws IOException {
        BookingExportTally export = tally();
        String huge = "{\"Item\":{\"notes\":{\"S\":\"" + "x".repeat(BookingExportTally.MAX_LINE_BYTES) + "\"}}}";
        export.read(KEY, 2, gzip(huge + "\n" + B1 + "\n"), ReadDeadline.none(), null);

        Facts read = export.facts("run-1");
        assertThat(((BookingFacts) read.data()).itemsRead()).isEqualTo(1);
        assertThat(read.issues()).extracting(DataIssue::text).containsExactly("jada-exports/" + KEY + ":1 line longer than 2 MB: not an item");
    }

    @Test
    void redacts_a_key_pasted_into_an_attribute_naming_the_data_file_and_the_item() throws IOException {
        // assembled so that no source file holds a whole secret-shaped string
        String awsId = "AKIA" + "FAKEDEMO7Q2W3E4R";
        PastedSecrets pasted = new PastedSecrets(new com.execreports.security.SecretScanner(
                com.execreports.security.SecretRules.bundled(), "export-test-key-0001".getBytes(StandardCharsets.UTF_8)).valueRedaction());
        BookingExportTally export = tally();
        export.read(KEY, 1, gzip(B1.replace("\"website\"", "\"" + awsId + "\"") + "\n"), ReadDeadline.none(), pasted);

        BookingFacts b = (BookingFacts) export.facts("run-1").data();
        assertThat(b.countByChannel().keySet()).singleElement().satisfies(channel -> assertThat(channel)
                .startsWith("[redacted aws-access-key-id akia… ").doesNotContain(awsId.substring(4).toLowerCase(java.util.Locale.ROOT)));
        assertThat(pasted.found()).singleElement().satisfies(secret -> {
            assertThat(secret.resource()).isEqualTo("jada-exports/" + KEY);
            assertThat(secret.file()).isEqualTo("key bookingId=B-1, invoiceId=I-1");
            assertThat(secret.variable()).isEqualTo("attribute channel");
        });
    }

    @Test
    void reads_the_summary_of_a_complete_full_export_only() throws Exception {
        String summary = "{\"exportTime\":\"2026-11-22T06:00:00Z\",\"tableArn\":\"arn:aws:dynamodb:us-west-2:1:table/jada-bookings\","
                + "\"itemCount\":1150,\"outputFormat\":\"DYNAMODB_JSON\",\"exportType\":\"FULL_EXPORT\"}";
        DdbExport e = DdbExport.of("b/AWSDynamoDB/01-a/manifest-summary.json", summary.getBytes(StandardCharsets.UTF_8));
        assertThat(e).isEqualTo(new DdbExport("b/AWSDynamoDB/01-a/", Instant.parse("2026-11-22T06:00:00Z"), "jada-bookings", 1150));
        assertThat(e.filesKey()).isEqualTo("b/AWSDynamoDB/01-a/manifest-files.json");
        assertThatThrownBy(() -> DdbExport.of("k", summary.replace("DYNAMODB_JSON", "ION").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only DYNAMODB_JSON is read");
        assertThatThrownBy(() -> DdbExport.of("k", summary.replace("FULL_EXPORT", "INCREMENTAL_EXPORT").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only a FULL_EXPORT");
        assertThat(DdbExport.isSummary("b/", "b/AWSDynamoDB/01-a/manifest-summary.json")).isTrue();
        assertThat(DdbExport.isSummary("b/", "b/AWSDynamoDB/01-a/data/manifest-summary.json")).isFalse();
        assertThat(DdbExport.isSummary("", "other/AWSDynamoDB/01-a/manifest-summary.json")).isFalse();
        assertThat(DdbExports.root("bookings")).isEqualTo("bookings/");
        assertThat(DdbExports.root("/bookings/")).isEqualTo("bookings/");
        assertThat(DdbExports.root("")).isEmpty();
    }

    private static BookingExportTally tally() {
        BookingExportTally t = new BookingExportTally("jada", "bookings", "jada-exports", MAPPING, TODAY, ZONE);
        t.reading(EXPORT);
        return t;
    }

    private static Map<String, AttributeValue> item(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        try {
            return DynamoJson.item(b, b.length);
        } catch (DynamoJson.NotAnItem e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
