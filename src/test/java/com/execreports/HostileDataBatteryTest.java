package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Hostile data, one value at a time: each case plants one value into the demo emulators — a credential pasted into a
 * cell, a register field, an attribute, a page or an object key, or a file built to hang or overflow a reader — runs
 * one report run, and checks what an owner and an auditor would see: the run ends in its normal time, the five
 * reports go out, the bad value is named where it was planted, every source that does not read the planted bucket or
 * table has the very facts it had in a clean run (the baseline, captured once, first), and nothing of a planted
 * credential (no 12 consecutive characters of it) is in any email, any archived object or the log. The case then puts
 * back what it planted. Every run reports the same instant — the delivery ledger is emptied before each test, so each
 * delivers afresh — and the period's archive is emptied before each, so a case reads only what its own run wrote.
 *
 * <p>One service (one Camel context) runs every case, as one running service would meet these values week after week:
 * a context of its own per case made the class 1.3 to 1.9 times slower, measured back to back. What it keeps between
 * runs is emptied before each case ({@link #noReportDeliveredYet}) or is nothing a case reads: every run here is on
 * demand, so it reads every source anew; the sources' last good facts (kept for scheduled runs) only word a failed
 * read's age, never stale at one instant; facts copies are archived when changed only, to the same keys and content.
 *
 * <p>To add a case, add one line to {@link #cases()}: where (a plant) and what (a canary kind or a hostile file), and
 * the text the reports or the snapshot must name it by. Canaries are random per run and never printed: a failing
 * assertion says "canary found in &lt;object&gt;" only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileDataBatteryTest extends DemoPipelineTestSupport {

    private static final String LEDGERS = "portfolio-ledgers";
    private static final String EXPENSES = "expenses/expenses-2026.csv";
    private static final String REGISTER = "register/organisation.yaml";
    /** Every run reports this instant, so the facts of the sources a case leaves alone can be compared with the baseline's. */
    private static final String INSTANT = "2027-03-01T07:00:00-08:00";
    private static final String PERIOD = "2027-W09";
    /** Each source's facts in snapshot.json of a run with nothing planted, by domain/source; set by the first test. */
    private static Map<String, JsonNode> baseline;

    static {
        // the one test instance is built before any @BeforeAll, and CamelTestSupport's constructor already reads the
        // emulators' endpoint: start them (or join those this JVM runs) first
        try {
            aws = LocalAws.withDemoPortfolio();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // CSV cells: named by file, line and column
                cell("ledger expense description", LEDGERS, EXPENSES, "description", Canary.STRIPE),
                cell("ledger expense vendor", LEDGERS, EXPENSES, "vendor", Canary.AWS_KEY_ID),
                cell("ledger expense account (a map key)", LEDGERS, EXPENSES, "account", Canary.SLACK),
                cell("ledger expense amount (a number)", LEDGERS, EXPENSES, "amount", Canary.STRIPE),
                cell("ledger expense business (a map key)", LEDGERS, EXPENSES, "business", Canary.GOOGLE),
                cell("chart of accounts name", LEDGERS, "chart-of-accounts.csv", "name", Canary.STRIPE),
                cell("cash balance business", LEDGERS, "cash/balances.csv", "business", Canary.AWS_KEY_ID),
                cell("invoice booking ref", LEDGERS, "invoices/invoices.csv", "booking_ref", Canary.STRIPE),
                cell("invoice paid date", LEDGERS, "invoices/invoices.csv", "paid_date", Canary.AWS_KEY_ID),
                cell("engineering register notes", "portfolio-code", "inventory/engineering-register.csv", "notes", Canary.STRIPE),
                cell("engineering register deploy method", "portfolio-code", "inventory/engineering-register.csv", "deploy_method", Canary.DATABASE_URL),
                cell("public endpoint notes", "portfolio-org", "register/public-endpoints.csv", "notes", Canary.DATABASE_URL),
                cell("OTA listing platform (a map key)", "portfolio-marketing", "ota/listings.csv", "platform", Canary.STRIPE),
                cell("email subscriber source", "portfolio-marketing", "email/subscribers.csv", "source", Canary.AWS_KEY_ID),
                cell("search console page", "portfolio-marketing", "seo/search-console-2026-10.csv", "page", Canary.GOOGLE),
                cell("cost export business tag", "portfolio-costs", "cur/exec-cur-2026-11.csv", "resourceTags/user:business", Canary.STRIPE),
                // the organisation register (YAML): named by file, line and field
                field("org register note", "verbal agreement 2023", "notes", Canary.STRIPE),
                field("org register role", "Partner, charter operations", "role", Canary.AWS_KEY_ID),
                field("org register name", "Marco Reyes", "name", Canary.SLACK),
                field("org register transition role", "Advisor", "to_role", Canary.GOOGLE),
                // DynamoDB attributes: named by table, key and attribute
                attribute("booking channel (a map key)", "jada-bookings", "channel", Canary.STRIPE),
                attribute("booking status", "jada-bookings", "status", Canary.AWS_KEY_ID),
                attribute("booking amount as text", "jada-bookings", "amount", Canary.STRIPE),
                attribute("booking invoice id", "jada-bookings", "invoiceId", Canary.GOOGLE),
                attribute("subscription status", "quickdumpnow-subscriptions", "status", Canary.SLACK),
                attribute("subscription last renewal status", "quickdumpnow-subscriptions", "lastRenewalStatus", Canary.GOOGLE),
                attribute("subscription price as text", "quickdumpnow-subscriptions", "monthlyPrice", Canary.STRIPE),
                attribute("stay status", "rental-3028-51st-stays", "status", Canary.DATABASE_URL),
                // pages and object keys
                newObject("credential in a page's text", "jada-site", c -> "leaked.html",
                        c -> "<html><head><title>Leak</title></head><body>stripe " + c + "</body></html>", Canary.STRIPE, "leaked.html"),
                newObject("credential in a page's key", "jada-site", c -> "drafts/" + c + ".html",
                        c -> "<html><head></head><body>draft</body></html>", Canary.AWS_KEY_ID, "site.pagesWithoutTitle["),
                newObject("credential in an expense file's key", LEDGERS, c -> "expenses/" + c + ".csv",
                        c -> "date,business,vendor,account,description,amount,currency,payment_method\n", Canary.AWS_KEY_ID,
                        "ledger.filesRead["),
                // numbers and dates that would bend a figure in silence, hang a parser or overflow a sum: refused, named
                value("ledger amount with a decimal comma", LEDGERS, EXPENSES, "amount", "1,5"),
                value("ledger amount with mixed separators", LEDGERS, EXPENSES, "amount", "1.234,56"),
                value("ledger amount 1e30", LEDGERS, EXPENSES, "amount", "1e30"),
                value("ledger amount 1e100000000 (BigDecimal would run for minutes)", LEDGERS, EXPENSES, "amount", "1e100000000"),
                value("ledger amount 9e16", LEDGERS, EXPENSES, "amount", "9e16"),
                value("ledger amount NaN", LEDGERS, EXPENSES, "amount", "NaN"),
                value("ledger amount Infinity", LEDGERS, EXPENSES, "amount", "Infinity"),
                value("ledger amount in hex", LEDGERS, EXPENSES, "amount", "0x1F"),
                value("ledger amount in Arabic-Indic digits", LEDGERS, EXPENSES, "amount", "\u0661\u0662\u0663"),
                value("ledger date 9999-12-31", LEDGERS, EXPENSES, "date", "9999-12-31"),
                value("ledger date +999999999-12-31", LEDGERS, EXPENSES, "date", "+999999999-12-31"),
                value("ledger date before 1970", LEDGERS, EXPENSES, "date", "1969-12-31"),
                value("ledger date 30 February", LEDGERS, EXPENSES, "date", "2026-02-30"),
                value("ledger date day first", LEDGERS, EXPENSES, "date", "31/12/2026"),
                value("ledger currency not USD", LEDGERS, EXPENSES, "currency", "EUR"),
                value("invoice amount with a decimal comma", LEDGERS, "invoices/invoices.csv", "amount", "1,5"),
                value("invoice amount 9e16", LEDGERS, "invoices/invoices.csv", "amount", "9e16"),
                value("invoice issued 9999-12-31", LEDGERS, "invoices/invoices.csv", "issued", "9999-12-31"),
                value("invoice paid date +999999999-12-31", LEDGERS, "invoices/invoices.csv", "paid_date", "+999999999-12-31"),
                value("cash balance 1e20000000", LEDGERS, "cash/balances.csv", "cash_balance", "1e20000000"),
                value("cash balance as of year 0", LEDGERS, "cash/balances.csv", "as_of", "0000-01-01"),
                itemValue("booking amount with a decimal comma", "jada-bookings", "amount", "1,5"),
                itemValue("booking amount 1e100000000", "jada-bookings", "amount", "1e100000000"),
                itemValue("stay check-out 9999-12-31", "rental-3028-51st-stays", "checkOut", "9999-12-31"),
                itemValue("stay check-out +999999999-12-31", "rental-3028-51st-stays", "checkOut", "+999999999-12-31"),
                itemValue("subscription renewal attempts 1e30", "quickdumpnow-subscriptions", "renewalAttempts", "1e30"),
                // files built to hang or overflow a reader: named as unreadable, the rest of the run unharmed
                replaced("100,000 nested [ in the org register", "portfolio-org", REGISTER,
                        "as_of: 2026-11-23\npeople: " + "[".repeat(100_000) + "\n", "nested deeper than 64 levels"),
                replaced("YAML alias bomb in the org register", "portfolio-org", REGISTER, aliasBomb(), "not readable as YAML"),
                newObject("1.9 MB of <meta with no >", "jada-site", c -> "meta-flood.html",
                        c -> "<meta ".repeat(1_900_000 / 6), null, "meta-flood.html"));
    }

    /**
     * No report delivered yet, as for a service of its own: each case's five reports are claimed and sent afresh (the
     * previous case's SENT entries would keep them from going out, at the same instant and period).
     */
    @BeforeEach
    void noReportDeliveredYet() {
        String table = context().resolvePropertyPlaceholders("{{delivery.ledger-table}}");
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            ddb.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(item ->
                    ddb.deleteItem(b -> b.tableName(table).key(Map.of("deliveryId", item.get("deliveryId")))));
        } catch (ResourceNotFoundException e) {
            // the first run creates the ledger: nothing delivered yet
        }
    }

    /** The demo's own facts, source by source, at the battery's instant: what every case compares its untouched sources with. */
    @org.junit.jupiter.api.Test
    @Order(1)
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void should_deliver_five_reports_from_the_clean_demo_as_the_baseline() throws Exception {
        emptyArchive();
        // a source's first read leaves its facts in the archive, and Cost Explorer's next read carries the closed months
        // from there (each is paid for once): every case's run finds them archived, so the baseline is a second run
        runAt(INSTANT);
        noReportDeliveredYet();
        emptyArchive();
        RunOutcome outcome = runAt(INSTANT);

        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        baseline = sources(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/snapshot.json"));
        assertThat(baseline).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(2)
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void should_deliver_five_reports_naming_the_hostile_value_and_archive_nothing_of_it(Case c) throws Exception {
        assertThat(baseline).as("the baseline (the first test of this class) was captured").isNotNull();
        String canary = c.canary() == null ? null : c.canary().next();
        emptyArchive();
        Runnable restore = c.plant().plant(aws, canary);
        String log;
        RunOutcome outcome;
        try {
            aws.clearSes();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream console = System.err;
            // the service logs through slf4j-simple to System.err: kept, never echoed (it may hold the canary)
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                outcome = runAt(INSTANT);
            } finally {
                System.setErr(console);
            }
            log = printed.toString(StandardCharsets.UTF_8);
        } finally {
            restore.run();
        }
        // the leak check of the log below reads what this run logged, not an empty capture
        assertThat(log.contains("Run " + PERIOD + "-")).as("the run's log was captured").isTrue();

        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        String archiveKey = outcome.deliveries().get(0).archiveKeys().get(0);
        String period = archiveKey.substring("reports/exec/".length(), archiveKey.lastIndexOf('/'));
        Map<String, String> archived = archived(period);
        String reportsAndSnapshot = String.join("\n", archived.values()).replaceAll("\\s+", " ");
        // a boolean, so that a failure prints the expected name and never the archive (which may hold the canary)
        assertThat(reportsAndSnapshot.contains(c.named().apply(canary))).as("the reports or snapshot.json name " + c.named().apply(canary))
                .isTrue();
        // the other figures unchanged: every source not reading what was planted folded exactly what it did in the clean run
        Map<String, JsonNode> sources = sources(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/snapshot.json"));
        assertThat(sources.keySet()).as("sources in snapshot.json").isEqualTo(baseline.keySet());
        int compared = 0;
        for (Map.Entry<String, JsonNode> source : sources.entrySet()) {
            if (!c.touches().equals(source.getValue().path("resource").asText())) {
                // a boolean: on a failure the message names the source, never its facts (they may quote a redacted value)
                assertThat(source.getValue().equals(baseline.get(source.getKey())))
                        .as(source.getKey() + " has the facts of the clean run").isTrue();
                compared++;
            }
        }
        assertThat(compared).as("sources compared with the baseline").isGreaterThan(15);
        if (canary != null) {
            Map<String, String> places = new LinkedHashMap<>(archived);
            places.put("the log", log);
            places.putAll(emails());
            assertThat(places).hasSizeGreaterThan(10);
            places.forEach((name, text) -> assertThat(leaks(text, canary)).as("canary found in " + name).isFalse());
            assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "").stream().anyMatch(k -> leaks(k, canary)))
                    .as("canary found in an archive key").isFalse();
        }
    }

    /** The issue's own example: a key in a notes cell is a finding of the delivered CFO report, and redacted in the snapshot. */
    @org.junit.jupiter.api.Test
    @Order(3)
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void should_deliver_the_cfo_report_naming_file_line_and_column_of_a_key_in_a_notes_cell() throws Exception {
        String canary = Canary.STRIPE.next();
        Runnable restore = cell("", "portfolio-code", "inventory/engineering-register.csv", "notes", Canary.STRIPE).plant().plant(aws, canary);
        RunOutcome outcome;
        try {
            outcome = runAt(OffsetDateTime.parse("2028-03-06T07:00:00-08:00").toString());
        } finally {
            restore.run();
        }

        assertThat(outcome.deliveries()).filteredOn(d -> d.role().equals("cfo")).extracting(Delivery::status)
                .containsExactly(Delivery.Status.DELIVERED);
        String prefix = "reports/exec/2028-W10/";
        String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, prefix + "cfo.txt")
                + aws.keys(LocalAws.ARCHIVE_BUCKET, prefix).stream().filter(k -> k.endsWith("cfo-full.txt"))
                .map(k -> aws.object(LocalAws.ARCHIVE_BUCKET, k)).reduce("", String::concat);
        assertThat(cfo.replaceAll("\\s+", " ").contains(
                "A credential pasted into `portfolio-code/inventory/engineering-register.csv` line 5, column notes"))
                .as("the CFO report names file, line and column").isTrue();
        String snapshot = aws.object(LocalAws.ARCHIVE_BUCKET, prefix + "snapshot.json");
        assertThat(snapshot.contains("[redacted stripe-secret-key sk_l… ")).as("snapshot.json holds the redacted form").isTrue();
        assertThat(leaks(snapshot, canary)).as("canary found in snapshot.json").isFalse();
        assertThat(leaks(cfo, canary)).as("canary found in the CFO report").isFalse();
    }

    // ------------------------------------------------------------------ what a case is

    /**
     * One hostile value: where it goes, the bucket or table it touches (the sources reading it are the ones whose facts
     * may change), and the text the reports or the snapshot must name it by (from the canary).
     */
    record Case(String name, Canary canary, Plant plant, Function<String, String> named, String touches) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Plants a value (the canary, or null for a hostile file) and returns how to put things back. */
    interface Plant {
        Runnable plant(LocalAws aws, String canary) throws Exception;
    }

    /** Credentials the secret rules find, random per case so no run can pass on a value seen before. */
    enum Canary {
        STRIPE("sk_live_", 24, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", ""),
        AWS_KEY_ID("AKIA", 16, "ABCDEFGHJKLMNPQRSTUVWXYZ234567", ""),
        SLACK("xoxb-", 0, "", ""),
        GOOGLE("AIza", 35, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", ""),
        DATABASE_URL("postgres://app:", 20, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", "@db-");

        private static final SecureRandom RANDOM = new SecureRandom();
        private final String prefix;
        private final int length;
        private final String alphabet;
        private final String suffix;

        Canary(String prefix, int length, String alphabet, String suffix) {
            this.prefix = prefix;
            this.length = length;
            this.alphabet = alphabet;
            this.suffix = suffix;
        }

        String next() {
            if (this == SLACK) {
                return prefix + digits(12) + "-" + digits(13) + "-" + random(24, STRIPE.alphabet);
            }
            if (this == DATABASE_URL) {
                return prefix + random(length, alphabet) + suffix + random(8, "abcdefghijkmnopqrstuvwxyz") + ".internal:5432/app";
            }
            return prefix + random(length, alphabet);
        }

        private static String digits(int n) {
            return random(n, "0123456789");
        }

        private static String random(int n, String alphabet) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            return out.toString();
        }
    }

    // ------------------------------------------------------------------ where values are planted

    /** The canary in a CSV cell of the 4th data row (line 5); the finding names file, line and column. */
    static Case cell(String name, String bucket, String key, String column, Canary canary) {
        return new Case(name, canary, cellPlant(bucket, key, column, null),
                c -> "`" + bucket + "/" + key + "` line 5, column " + column.toLowerCase(java.util.Locale.ROOT), bucket);
    }

    /**
     * A value no parser may read as written — a decimal comma, an exponent that would run BigDecimal for minutes, a
     * date ten millennia away — in a CSV cell of line 5: named as unreadable by file:line, column and value.
     */
    static Case value(String name, String bucket, String key, String column, String value) {
        return new Case(name, null, cellPlant(bucket, key, column, value),
                c -> bucket + "/" + key + ":5 " + column + " '" + value + "'", bucket);
    }

    /** Writes the value (the canary when {@code fixed} is null) into line 5's column; restores the file afterwards. */
    private static Plant cellPlant(String bucket, String key, String column, String fixed) {
        return (aws, canary) -> {
            String value = fixed == null ? canary : fixed;
            byte[] original = aws.bytes(bucket, key);
            List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(new String(original, StandardCharsets.UTF_8))).getRecords();
            int index = rows.get(0).toList().indexOf(column);
            assertThat(index).as("column " + column + " of " + key).isNotNegative();
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                for (int r = 0; r < rows.size(); r++) {
                    List<String> cells = new ArrayList<>(rows.get(r).toList());
                    if (r == 4) {
                        cells.set(index, value);
                    }
                    printer.printRecord(cells);
                }
            }
            put(bucket, key, out.toString().getBytes(StandardCharsets.UTF_8));
            return () -> put(bucket, key, original);
        };
    }

    /** The canary in place of a value of the organisation register; the finding names file, line and field. */
    static Case field(String name, String replaces, String field, Canary canary) {
        return new Case(name, canary, (aws, value) -> {
            byte[] original = aws.bytes("portfolio-org", REGISTER);
            String yaml = new String(original, StandardCharsets.UTF_8);
            assertThat(yaml).contains(replaces);
            put("portfolio-org", REGISTER, yaml.replaceFirst(java.util.regex.Pattern.quote(replaces), value).getBytes(StandardCharsets.UTF_8));
            return () -> put("portfolio-org", REGISTER, original);
        }, c -> "`portfolio-org/" + REGISTER + "` line", "portfolio-org");
    }

    /** The canary as a text attribute of one item of a table; the finding names table, key and attribute. */
    static Case attribute(String name, String table, String attribute, Canary canary) {
        return new Case(name, canary, itemPlant(table, attribute, null), c -> "`" + table + "`, key ", table);
    }

    /** A value no parser may read as written, as a text attribute of one item: named by attribute and value. */
    static Case itemValue(String name, String table, String attribute, String value) {
        return new Case(name, null, itemPlant(table, attribute, value), c -> "attribute '" + attribute + "' ", table);
    }

    private static Plant itemPlant(String table, String attribute, String fixed) {
        return (aws, canary) -> {
            String value = fixed == null ? canary : fixed;
            try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
                Map<String, AttributeValue> original = ddb.scan(b -> b.tableName(table).limit(1)).items().get(0);
                Map<String, AttributeValue> planted = new HashMap<>(original);
                planted.put(attribute, AttributeValue.fromS(value));
                ddb.putItem(b -> b.tableName(table).item(planted));
                return () -> {
                    try (DynamoDbClient again = aws.clients().dynamoDb()) {
                        again.putItem(b -> b.tableName(table).item(original));
                    }
                };
            }
        };
    }

    /** A new object (its key and content may hold the canary), deleted afterwards. */
    static Case newObject(String name, String bucket, Function<String, String> key, Function<String, String> content,
                          Canary canary, String named) {
        return new Case(name, canary, (aws, value) -> {
            String k = key.apply(value);
            put(bucket, k, content.apply(value).getBytes(StandardCharsets.UTF_8));
            return () -> {
                try (S3Client s3 = aws.clients().s3()) {
                    s3.deleteObject(b -> b.bucket(bucket).key(k));
                }
            };
        }, c -> named, bucket);
    }

    /** An existing object replaced by a hostile one, put back afterwards. */
    static Case replaced(String name, String bucket, String key, String content, String named) {
        return new Case(name, null, (aws, value) -> {
            byte[] original = aws.bytes(bucket, key);
            put(bucket, key, content.getBytes(StandardCharsets.UTF_8));
            return () -> put(bucket, key, original);
        }, c -> named, bucket);
    }

    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.append("people: []\n").toString();
    }

    private static void put(String bucket, String key, byte[] content) {
        try (S3Client s3 = aws.clients().s3()) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
        }
    }

    // ------------------------------------------------------------------ what a run wrote

    /** Each source of a snapshot.json, by domain/source, as archived. */
    private static Map<String, JsonNode> sources(byte[] snapshotJson) throws IOException {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        for (JsonNode source : new com.fasterxml.jackson.databind.ObjectMapper().readTree(snapshotJson).path("sources")) {
            out.put(source.path("domain").asText() + "/" + source.path("source").asText(), source);
        }
        return out;
    }

    /** The battery's period emptied, so a case reads back only what its own run archived. */
    private static void emptyArchive() {
        try (S3Client s3 = aws.clients().s3()) {
            for (String key : aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/")) {
                s3.deleteObject(b -> b.bucket(LocalAws.ARCHIVE_BUCKET).key(key));
            }
        }
    }

    // ------------------------------------------------------------------ where a canary must not be

    /** Every archived object of the period, as text (images as Latin-1 bytes: a canary would show all the same). */
    private static Map<String, String> archived(String period) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/")) {
            byte[] bytes = aws.bytes(LocalAws.ARCHIVE_BUCKET, key);
            out.put(key, new String(bytes, key.endsWith(".png") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Every message SES kept, as stored and as decoded MIME parts (bodies are base64 or quoted-printable on the wire). */
    private static Map<String, String> emails() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode email : aws.sesEmails()) {
            String id = email.path("messageId").asText();
            out.put("SES message " + id, email.toString());
            byte[] raw = aws.rawMessage(id);
            out.put("raw SES message " + id, new String(raw, StandardCharsets.ISO_8859_1));
            StringBuilder decoded = new StringBuilder();
            decode(new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(raw)), decoded);
            out.put("decoded SES message " + id, decoded.toString());
        }
        return out;
    }

    private static void decode(Part part, StringBuilder into) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                decode(multipart.getBodyPart(i), into);
            }
        } else if (content instanceof String text) {
            into.append(text).append('\n');
        } else if (content instanceof InputStream in) {
            into.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
        }
        if (part instanceof MimeMessage m && m.getSubject() != null) {
            into.append(m.getSubject()).append('\n');
        }
    }

    /** True when any 12 consecutive characters of the canary are in the text. */
    static boolean leaks(String text, String canary) {
        for (int i = 0; i + 12 <= canary.length(); i++) {
            if (text.contains(canary.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }
}
