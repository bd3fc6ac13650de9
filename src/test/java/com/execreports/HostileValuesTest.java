package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.execreports.config.SnapshotJson;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.model.BookingFacts;
import com.execreports.model.ChannelFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Values a clumsy clerk or an attacker could type (issue 12), planted into the demo's emulators: a decimal comma, an
 * amount beyond any real one (9e16, twice), an exponent that would run BigDecimal for minutes, a check-out of
 * 9999-12-31, a count of 1e30, a megabyte header line that is not UTF-8. One run must finish, deliver five reports, name every bad value in their data-quality section and leave every
 * other figure as a run without them gives. The plants are removed afterwards, so later tests see the demo as before.
 */
class HostileValuesTest extends DemoPipelineTestSupport {

    private static final String LEDGERS = "portfolio-ledgers";
    private static final String EXPENSES = "expenses/expenses-hostile.csv";
    private static final String EXPENSES_HEADER = "expenses/expenses-hostile-header.csv";
    private static final String INVOICES = "invoices/invoices-hostile.csv";
    private static final String COSTS = "portfolio-costs";
    private static final String COST_FILE = "cur/exec-cur-hostile.csv";
    private static final String MARKETING = "portfolio-marketing";
    private static final String SEO_FILE = "seo/search-console-hostile.csv";
    private static final String BOOKINGS = "jada-bookings";
    private static final String STAYS = "rental-3028-51st-stays";
    private static final String SUBSCRIPTIONS = "quickdumpnow-subscriptions";

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void should_name_each_hostile_value_and_keep_every_other_figure() throws Exception {
        RunOutcome clean = runAt("2027-03-01T07:00:00-08:00");
        PortfolioSnapshot before = snapshot(clean.period());

        try (S3Client s3 = aws.clients().s3(); DynamoDbClient ddb = aws.clients().dynamoDb()) {
            try {
                plant(s3, ddb);
                aws.clearSes();
                long started = System.nanoTime();
                RunOutcome hostile = runAt("2027-03-08T07:00:00-08:00");
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

                // the run finishes, in its normal time, and every report goes out
                assertThat(hostile.failure()).isNull();
                assertThat(hostile.exitCode()).isEqualTo(clean.exitCode());
                assertThat(hostile.deliveries()).hasSize(5).allMatch(Delivery::delivered);
                assertThat(reportsSent()).hasSize(5);
                assertThat(seconds).as("run time in seconds").isLessThan(120);

                // each bad value is named where a person finds it: file and line, or table and id
                String reports = fullReports(hostile.period());
                assertThat(reports).contains(
                        "portfolio-ledgers/expenses/expenses-hostile.csv:2 amount '1.234,56' is not a number (a decimal comma or "
                                + "mixed separators; write 1234.56)",
                        "portfolio-ledgers/expenses/expenses-hostile.csv:3 amount '9e16' is out of range (beyond 10,000,000,000,000)",
                        "portfolio-ledgers/expenses/expenses-hostile-header.csv:1 header longer than 8192 characters (10001 "
                                + "columns, not UTF-8 text); the file was not read",
                        "jada-bookings bookingId=HOSTILE-COMMA attribute 'amount' is not an amount: '1,5'",
                        "jada-bookings bookingId=HOSTILE-EXPONENT attribute 'amount' is out of range: '1e100000000'");
                PortfolioSnapshot after = snapshot(hostile.period());
                assertThat(issues(after)).contains(
                        "portfolio-ledgers/invoices/invoices-hostile.csv:2 amount '9e16' is out of range (beyond "
                                + "10,000,000,000,000) — H1, jada, 2026-03-02",
                        "portfolio-ledgers/invoices/invoices-hostile.csv:3 amount '9e16' is out of range (beyond "
                                + "10,000,000,000,000) — H2, jada, 2026-03-02",
                        "portfolio-ledgers/invoices/invoices-hostile.csv:4 issued '9999-12-31' is out of range (outside "
                                + "1970-01-01 … 2032-03-08) — H3, jada, 9999-12-31",
                        "rental-3028-51st-stays stayId=HOSTILE-FAR attribute 'checkOut' is out of range: '9999-12-31' "
                                + "(outside 1970-01-01 … 2032-03-08)",
                        "quickdumpnow-subscriptions subscriptionId=HOSTILE-COUNT attribute 'renewalAttempts' is out of range: "
                                + "'1e30' (beyond 10,000,000,000,000)",
                        "portfolio-costs/cur/exec-cur-hostile.csv:2 lineItem/UnblendedCost '1e20000000' is out of range "
                                + "(beyond 10,000,000,000,000)",
                        "portfolio-marketing/seo/search-console-hostile.csv:2 clicks '9e16' or impressions '10' is not a whole "
                                + "number (beyond 10,000,000,000,000)");

                // and every other figure is what the run without them gave
                assertThat(figures(after)).isEqualTo(figures(before));
                // nothing planted grows what is archived: the megabyte header is named, not echoed
                for (String object : List.of("snapshot.json", "accounting-full.txt", "cfo-full.txt")) {
                    assertThat(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + hostile.period() + "/" + object).length)
                            .as(object).isLessThan(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + clean.period() + "/"
                                    + object).length + 20_000);
                }
            } finally {
                restore(s3, ddb);
            }
        }
    }

    private static void plant(S3Client s3, DynamoDbClient ddb) {
        put(s3, LEDGERS, EXPENSES, "date,business,vendor,account,description,amount,currency,payment_method\n"
                + "2026-03-02,jada,Chevron,6100 Fuel,Fuel,\"1.234,56\",USD,Amex\n"
                + "2026-03-03,jada,Chevron,6100 Fuel,Fuel,9e16,USD,Amex\n");
        // a megabyte header line of bytes that are not UTF-8: once echoed whole into the reports
        byte[] header = new byte[1_000_000];
        java.util.Arrays.fill(header, (byte) 0xC3);
        for (int i = 0; i < header.length; i += 100) {
            header[i] = ',';
        }
        byte[] row = "\n2026-03-04,jada,Chevron,6100 Fuel,Fuel,1.00,USD,Amex\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(header, header.length + row.length);
        System.arraycopy(row, 0, file, header.length, row.length);
        s3.putObject(b -> b.bucket(LEDGERS).key(EXPENSES_HEADER), RequestBody.fromBytes(file));
        put(s3, LEDGERS, INVOICES, "invoice_number,business,booking_ref,issued,amount,currency,status\n"
                + "H1,jada,J1,2026-03-02,9e16,USD,paid\n"
                + "H2,jada,J2,2026-03-02,9e16,USD,paid\n"
                + "H3,jada,J3,9999-12-31,1.00,USD,open\n");
        put(s3, COSTS, COST_FILE, "identity/LineItemId,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,"
                + "lineItem/ResourceId,lineItem/UnblendedCost,product/ProductName,resourceTags/user:business\n"
                + "hostile,2026-11-02T00:00:00Z,AmazonS3,Requests,b1,1e20000000,Amazon Simple Storage Service,jada\n");
        put(s3, MARKETING, SEO_FILE, "business,page,clicks,impressions,ctr,position\n"
                + "jada,https://www.jadacharters.com/,9e16,10,0.1,1.0\n");
        ddb.putItem(b -> b.tableName(BOOKINGS).item(booking("HOSTILE-COMMA", "1,5")));
        ddb.putItem(b -> b.tableName(BOOKINGS).item(booking("HOSTILE-EXPONENT", "1e100000000")));
        Map<String, AttributeValue> stay = new LinkedHashMap<>();
        stay.put("stayId", s("HOSTILE-FAR"));
        stay.put("total", AttributeValue.fromN("200"));
        stay.put("status", s("completed"));
        stay.put("channel", s("direct"));
        stay.put("bookedAt", s("9999-12-31")); // so the bookings tally of the same table refuses it too, named
        stay.put("checkIn", s("2026-06-10"));
        stay.put("checkOut", s("9999-12-31"));
        ddb.putItem(b -> b.tableName(STAYS).item(stay));
        Map<String, AttributeValue> subscription = new LinkedHashMap<>();
        subscription.put("subscriptionId", s("HOSTILE-COUNT"));
        subscription.put("status", s("active"));
        subscription.put("monthlyPrice", AttributeValue.fromN("10"));
        subscription.put("renewalAttempts", s("1e30"));
        subscription.put("renewalFailures", AttributeValue.fromN("0"));
        ddb.putItem(b -> b.tableName(SUBSCRIPTIONS).item(subscription));
    }

    private static void restore(S3Client s3, DynamoDbClient ddb) {
        for (String key : List.of(EXPENSES, EXPENSES_HEADER, INVOICES)) {
            s3.deleteObject(b -> b.bucket(LEDGERS).key(key));
        }
        s3.deleteObject(b -> b.bucket(COSTS).key(COST_FILE));
        s3.deleteObject(b -> b.bucket(MARKETING).key(SEO_FILE));
        for (String id : List.of("HOSTILE-COMMA", "HOSTILE-EXPONENT")) {
            ddb.deleteItem(b -> b.tableName(BOOKINGS).key(Map.of("bookingId", s(id))));
        }
        ddb.deleteItem(b -> b.tableName(STAYS).key(Map.of("stayId", s("HOSTILE-FAR"))));
        ddb.deleteItem(b -> b.tableName(SUBSCRIPTIONS).key(Map.of("subscriptionId", s("HOSTILE-COUNT"))));
    }

    private static Map<String, AttributeValue> booking(String id, String amount) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("bookingId", s(id));
        item.put("amount", s(amount));
        item.put("currency", s("USD"));
        item.put("status", s("confirmed"));
        item.put("channel", s("direct"));
        item.put("bookedAt", s("2026-11-02T09:00-08:00"));
        item.put("serviceDate", s("2026-11-20"));
        return item;
    }

    /** The figures the plants must not move: sums, by-month sums and counts of what was read. */
    private static Map<String, Object> figures(PortfolioSnapshot snapshot) {
        Map<String, Object> f = new LinkedHashMap<>();
        LedgerFacts ledger = only(snapshot, LedgerFacts.class, l -> true);
        f.put("expenses", ledger.expensesCents());
        f.put("expenses by month", ledger.expensesByMonth());
        com.execreports.model.InvoiceFacts invoices = only(snapshot, com.execreports.model.InvoiceFacts.class, i -> true);
        f.put("invoiced", invoices.amountCents());
        f.put("invoiced by month", invoices.byMonth());
        f.put("open invoices", invoices.openCents());
        BookingFacts jada = only(snapshot, BookingFacts.class, b -> b.table().equals(BOOKINGS));
        f.put("jada revenue", jada.revenueCents());
        f.put("jada revenue by month", jada.revenueByMonth());
        f.put("jada bookings", jada.bookings());
        BookingFacts stays = only(snapshot, BookingFacts.class, b -> b.table().equals(STAYS));
        f.put("stays revenue", stays.revenueCents());
        OperationsFacts occupancy = only(snapshot, OperationsFacts.class, o -> o.table().equals(STAYS));
        f.put("nights by month", occupancy.daysByMonth());
        f.put("occupancy revenue", occupancy.revenueCents());
        SubscriptionFacts subscriptions = only(snapshot, SubscriptionFacts.class, s -> true);
        f.put("mrr", subscriptions.mrrCents());
        f.put("renewals", subscriptions.renewalsAttempted());
        f.put("active", subscriptions.active());
        CostFacts costs = only(snapshot, CostFacts.class, c -> c.explorer() == null); // the export: Cost Explorer reads no file
        f.put("cost", costs.totalCents());
        f.put("cost by month", costs.spendByMonth());
        ChannelFacts channels = only(snapshot, ChannelFacts.class, c -> true);
        f.put("jada clicks", channels.forBusiness("jada").seoClicks());
        f.put("jada impressions", channels.forBusiness("jada").seoImpressions());
        return f;
    }

    private static <T extends com.execreports.model.SourceData> T only(PortfolioSnapshot snapshot, Class<T> type,
                                                                       Function<T, Boolean> which) {
        List<T> found = snapshot.all(type).stream().map(PortfolioSnapshot.Fact::data).filter(which::apply).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static List<String> issues(PortfolioSnapshot snapshot) {
        List<String> all = new ArrayList<>();
        for (Facts facts : snapshot.sources()) {
            facts.issues().forEach(i -> all.add(i.where() + " " + i.reason()));
        }
        return all;
    }

    private static PortfolioSnapshot snapshot(String period) throws Exception {
        return new SnapshotJson().read(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/snapshot.json"));
    }

    /** The five full text reports of a period, on one line each (the wrapping of long lines undone). */
    private static String fullReports(String period) {
        StringBuilder all = new StringBuilder();
        for (String role : List.of("ceo", "cto", "cfo", "cmo", "accounting")) {
            all.append(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/" + role + "-full.txt")
                    .replaceAll("\\s+", " ")).append('\n');
        }
        return all.toString();
    }

    private static void put(S3Client s3, String bucket, String key, String body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body, StandardCharsets.UTF_8));
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }
}
