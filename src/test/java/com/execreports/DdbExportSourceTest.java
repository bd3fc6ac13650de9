package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.execreports.config.SnapshotJson;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.demo.DemoPortfolio;
import com.execreports.localaws.LocalAws;
import com.execreports.model.BookingFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.apache.camel.Exchange;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JADA's bookings read from a DynamoDB export of its table instead of the table: the demo's domain files with JADA's
 * {@code ddb-bookings} source replaced by the README's {@code s3-ddb-export} snippet, and exports of the demo's own
 * JADA items written to the S3 emulator as {@code ExportTableToPointInTime} leaves them. The facts must be the very
 * facts a Scan of the table gives (read here through a {@code ddb-bookings} route added for the comparison).
 */
class DdbExportSourceTest extends DemoPipelineTestSupport {

    private static final String BUCKET = "jada-exports";
    private static final String PREFIX = "bookings/";
    private static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));
    /** The export the reports read: the newest complete one. */
    private static final String CURRENT = "01763791200000-cafe0001";
    private static final Instant CURRENT_TIME = Instant.parse("2026-11-22T06:00:00Z");
    private static final List<Map<String, AttributeValue>> JADA = new DemoPortfolio().tables().get(0).items();

    private static S3Client s3;
    private DdbExportFixture exports;

    @Override
    protected void overrideProperties(Properties p) {
        String dir = LocalAws.projectDir().toString();
        p.put("camel.main.routes-include-pattern", "file:" + dir + "/routes/*.yaml,file:" + dir + "/routes/sources/*.yaml,file:"
                + domainsWithJadaFromItsExport() + "/*.yaml");
    }

    @BeforeEach
    void threeExports() {
        if (s3 == null) {
            s3 = aws.clients().s3();
        }
        exports = new DdbExportFixture(s3, BUCKET, PREFIX, "jada-bookings");
        exports.clear();
        // last week's export of fewer items, the current one, and one still running (no manifests yet)
        exports.export("01763186400000-0ld0e0a1", Instant.parse("2026-11-15T06:00:00Z"), JADA.subList(0, 100), 1).write();
        exports.export(CURRENT, CURRENT_TIME, JADA, 3).write();
        exports.export("01763877600000-run0e0a1", Instant.parse("2026-11-23T06:00:00Z"), JADA.subList(0, 10), 2).unfinished().write();
    }

    @AfterAll
    static void closeClient() {
        if (s3 != null) {
            s3.close();
            s3 = null;
        }
    }

    @Test
    void should_read_the_newest_complete_export_into_the_facts_a_scan_of_the_table_gives() {
        Facts export = read("jada", "bookings");
        Facts table = readTable();

        assertThat(export.kind()).isEqualTo("s3-ddb-export");
        assertThat(export.resource()).isEqualTo(BUCKET + "/" + PREFIX + "AWSDynamoDB/" + CURRENT + "/");
        assertThat(export.asOf()).as("the export's point in time, in the run's zone")
                .isEqualTo(OffsetDateTime.parse("2026-11-21T22:00:00-08:00"));
        assertThat(export.data()).as("every figure the table gives").isEqualTo(table.data());

        BookingFacts b = (BookingFacts) export.data();
        assertThat(b.table()).isEqualTo("jada-bookings");
        assertThat(b.itemsRead()).isEqualTo(1150);
        // figures worked out here from the demo's items: revenue and bookings by month, cancellations, statuses
        Expected expected = Expected.of(JADA);
        assertThat(b.revenueByMonth()).isEqualTo(expected.revenueByMonth);
        assertThat(b.bookingsByMonth()).isEqualTo(expected.bookingsByMonth);
        assertThat(b.bookings()).isEqualTo(expected.bookings);
        assertThat(b.revenueCents()).isEqualTo(expected.revenueCents).isPositive();
        assertThat(b.cancelled()).isEqualTo(expected.cancelled);

        // the demo's two amounts typed by hand: unreadable in the export as in the table, named by file and line
        assertThat(export.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(export.unreadable()).isEqualTo(2).isEqualTo(table.unreadable());
        assertThat(export.issues()).extracting(DataIssue::text).anySatisfy(t -> assertThat(t)
                .matches(Pattern.quote(BUCKET + "/" + PREFIX + "AWSDynamoDB/" + CURRENT + "/data/part0002-cafe0001.json.gz:6 bookingId=JADA-00018")
                        + " attribute 'amount' is not an amount: 'TBD'"));
    }

    @Test
    void should_name_a_corrupt_line_by_file_and_line_and_read_every_other_item() {
        DdbExportFixture.Export broken = exports.export("01763800000000-c0ffee01", CURRENT_TIME.plusSeconds(3600), JADA, 3)
                .corruptLine(7).write();

        Facts export = read("jada", "bookings");

        BookingFacts b = (BookingFacts) export.data();
        assertThat(export.resource()).endsWith(broken.folder());
        assertThat(b.itemsRead()).isEqualTo(1149);
        assertThat(export.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(export.unreadable()).isEqualTo(3);
        assertThat(export.issues()).extracting(DataIssue::text)
                .anySatisfy(t -> assertThat(t).matches(Pattern.quote(BUCKET + "/" + broken.dataKey(0)) + ":7 not JSON \\(broken at column \\d+\\)"))
                .noneMatch(t -> t.contains("manifest-files.json says"));
    }

    @Test
    void should_name_a_missing_data_file_with_the_items_it_leaves_out() {
        DdbExportFixture.Export gap = exports.export("01763800000000-9a900001", CURRENT_TIME.plusSeconds(3600), JADA, 3)
                .missingFile(1).write();

        Facts export = read("jada", "bookings");

        BookingFacts b = (BookingFacts) export.data();
        int left = gap.itemsIn(1);
        assertThat(left).isEqualTo(383);
        assertThat(b.itemsRead()).isEqualTo(1150 - left);
        assertThat(export.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(export.issues()).extracting(DataIssue::text).contains(BUCKET + "/" + gap.dataKey(1)
                + " data file listed in manifest-files.json could not be read (no such key); its 383 items are left out");
        assertThat(export.unreadable()).as("the file's items, and the two amounts typed by hand (both in another file)")
                .isEqualTo(383 + 2);
    }

    @Test
    void should_name_a_data_file_whose_item_count_differs_from_the_manifest() {
        DdbExportFixture.Export miscounted = exports.export("01763800000000-c0a70001", CURRENT_TIME.plusSeconds(3600), JADA, 3)
                .miscounted(2, 400).write();

        Facts export = read("jada", "bookings");

        assertThat(((BookingFacts) export.data()).itemsRead()).isEqualTo(1150);
        assertThat(export.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(export.issues()).extracting(DataIssue::text).contains(BUCKET + "/" + miscounted.dataKey(2)
                + " holds 383 items where manifest-files.json says 400");
        assertThat(export.unreadable()).isEqualTo(2 + 17);
    }

    @Test
    void should_follow_the_manifest_only_to_data_files_of_the_exports_under_its_prefix() {
        String manifest = PREFIX + "AWSDynamoDB/" + CURRENT + "/manifest-files.json";
        String lines = aws.object(BUCKET, manifest) + "{\"itemCount\":1,\"dataFileS3Key\":\"elsewhere/payroll.json.gz\"}\n"
                + "{\"itemCount\":1}\n";
        s3.putObject(b -> b.bucket(BUCKET).key(manifest), software.amazon.awssdk.core.sync.RequestBody.fromString(lines));

        Facts export = read("jada", "bookings");

        assertThat(((BookingFacts) export.data()).itemsRead()).isEqualTo(1150);
        assertThat(export.issues()).extracting(DataIssue::text).contains(
                BUCKET + "/" + manifest + ":4 names a data file outside " + PREFIX + "AWSDynamoDB/",
                BUCKET + "/" + manifest + ":5 not a data file's entry (expected {\"dataFileS3Key\": …, \"itemCount\": …})");
        assertThat(export.unreadable()).isEqualTo(2 + 2);
    }

    @Test
    void should_stop_at_its_read_budget_and_keep_what_it_read_as_partial() throws Exception {
        String routeId = TemplatedRouteBuilder.builder(context, "s3-ddb-export").routeId("jada-budgeted-export")
                .parameter("domain", "jada").parameter("source", "budgeted").parameter("bucket", BUCKET)
                .parameter("prefix", "bookings").parameter("readBudgetMs", "1").add();
        try {
            Facts export = read("jada", "budgeted");
            assertThat(export.status()).isEqualTo(SourceStatus.PARTIAL);
            // the first look at the budget comes after 500 lines or at the end of a file: here the first file's 384
            assertThat(export.stopped().units()).isEqualTo(384);
            assertThat(((BookingFacts) export.data()).itemsRead()).isEqualTo(384);
            assertThat(export.stopped().text()).endsWith(" at 384 items; figures from this source are partial");
        } finally {
            context.getRouteController().stopRoute(routeId);
            context.removeRoute(routeId);
        }
    }

    @Test
    void should_fail_named_when_the_prefix_holds_no_complete_export() throws Exception {
        exports.clear();
        exports.export("01763877600000-run0e0a1", CURRENT_TIME, JADA.subList(0, 10), 2).unfinished().write();

        Facts export = read("jada", "bookings");

        assertThat(export.status()).isEqualTo(SourceStatus.FAILED);
        assertThat(export.error()).contains("no complete DynamoDB export under s3://jada-exports/bookings/AWSDynamoDB/");
    }

    @Test
    void should_deliver_the_reports_with_the_export_time_beside_the_source() throws Exception {
        aws.clearSes();
        Facts table = readTable();

        RunOutcome outcome = runAt("2026-11-23T07:00:00-08:00");

        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        PortfolioSnapshot snapshot = new SnapshotJson().read(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/snapshot.json"));
        Facts jada = snapshot.sources().stream().filter(f -> f.name().equals("jada/bookings")).findFirst().orElseThrow();
        assertThat(jada.kind()).isEqualTo("s3-ddb-export");
        // the id index is matched against the invoices during the run and never archived
        assertThat(jada.data()).as("archived as the table's facts").usingRecursiveComparison().ignoringFields("bookingIndex")
                .isEqualTo(table.data());
        String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/cfo.txt").replaceAll("\\s+", " ");
        assertThat(cfo).contains("Source: jada/bookings Resource: " + BUCKET + "/" + PREFIX + "AWSDynamoDB/" + CURRENT + "/ Status: partial"
                + " Note: 2 unreadable items left out; data as of the export of Sat 21 Nov 2026 22:00 -08:00");
    }

    private Facts read(String domain, String source) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", RUN);
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        return template.send("bean:sourcePolls?method=poll(*,'" + domain + "','" + source + "')", exchange).getMessage().getBody(Facts.class);
    }

    /** JADA's table as the demo's own domain file reads it (two segments), through a ddb-bookings route of its own. */
    private Facts readTable() {
        try {
            String routeId = TemplatedRouteBuilder.builder(context, "ddb-bookings").routeId("jada-table-for-comparison")
                    .parameter("domain", "jada").parameter("source", "table").parameter("table", "jada-bookings")
                    .parameter("segments", "2").add();
            try {
                return read("jada", "table");
            } finally {
                context.getRouteController().stopRoute(routeId);
                context.removeRoute(routeId);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revenue and counts worked out from the items as the demo wrote them (quotes are leads, numbers only). */
    private record Expected(Map<String, Long> revenueByMonth, Map<String, Long> bookingsByMonth, long bookings, long revenueCents,
                            long cancelled) {

        static Expected of(List<Map<String, AttributeValue>> items) {
            Map<String, Long> revenue = new TreeMap<>();
            Map<String, Long> count = new TreeMap<>();
            long bookings = 0;
            long cents = 0;
            long cancelled = 0;
            for (Map<String, AttributeValue> item : items) {
                String status = item.get("status").s();
                if (item.get("amount").n() == null || status.equals("quote")) {
                    continue;
                }
                if (status.equals("cancelled") || status.equals("refunded")) {
                    cancelled++;
                    continue;
                }
                long c = new BigDecimal(item.get("amount").n()).movePointRight(2).longValueExact();
                String month = item.get("bookedAt").s().substring(0, 7);
                revenue.merge(month, c, Long::sum);
                count.merge(month, 1L, Long::sum);
                bookings++;
                cents += c;
            }
            return new Expected(revenue, count, bookings, cents, cancelled);
        }
    }

    /** The demo's domain files, JADA's ddb-bookings source replaced by the README's s3-ddb-export snippet. */
    private static Path domainsWithJadaFromItsExport() {
        try {
            String readme = Files.readString(LocalAws.projectDir().resolve("README.md"));
            int section = readme.indexOf("## When a table is too big: read a DynamoDB export");
            int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
            String snippet = readme.substring(start, readme.indexOf("```", start));
            Path dir = Files.createTempDirectory("export-domains");
            try (var files = Files.list(LocalAws.projectDir().resolve("routes/domains"))) {
                for (Path f : files.toList()) {
                    String yaml = Files.readString(f);
                    if (f.getFileName().toString().equals("jada.yaml")) {
                        int from = yaml.indexOf("- templatedRoute:\n    routeTemplateRef: ddb-bookings");
                        int to = yaml.indexOf("- templatedRoute:", from + 1);
                        yaml = yaml.substring(0, from) + snippet + yaml.substring(to);
                    }
                    Files.writeString(dir.resolve(f.getFileName()), yaml);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
