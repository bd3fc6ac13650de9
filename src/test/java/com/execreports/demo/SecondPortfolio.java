package com.execreports.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A portfolio the reports were never tuned on: the demo's six businesses and tables (so the same routes read it) from
 * another seed, with other sizes, 20 months of history to 2027-03-23 instead of 13 to 2026-11-23, and its own planted
 * problems in other places. The figures the reports must show are computed here from what is planted.
 *
 * <p>Planted: JADA at 0.4× the demo's bookings and Queen of San Diego at 2.5×, with Queen of San Diego the one that
 * leaves a quarter of its bookings uninvoiced (JADA 3%); a third of the subscriptions, {@value #SPIKE} of them cancelled
 * in the as-of month; February 2027's bookings cut to {@code 30%}; four invoices naming no booking (two of Expert Yacht
 * Delivery, two of the rental) beside the ones on cancelled bookings; one live key, hard-coded in JADA's booking
 * Lambda (the demo's exported .env file and the renewals Lambda's key in its environment are gone); and month-end
 * cash that grew through November 2026, then fell {@link #MONTHLY_FALL} a month.
 */
public final class SecondPortfolio {

    public static final LocalDate AS_OF = LocalDate.of(2027, 3, 23);
    /** The run's clock: 07:00 Pacific daylight time on the as-of day. */
    public static final String CLOCK = "2027-03-23T07:00:00-07:00";
    public static final String PERIOD = "2027-W12";
    /** The static demo files (ledgers, cost export, registers) are moved this many months later. */
    static final MonthShift SHIFT = new MonthShift(4);
    static final int SPIKE = 40;
    public static final YearMonth DROP_MONTH = YearMonth.of(2027, 2);

    public static final DemoPortfolio.Shape SHAPE = new DemoPortfolio.Shape(20270323L, LocalDate.of(2025, 7, 1), AS_OF,
            new int[] {460, 1550, 240, 310, 300}, Map.of("queenofsandiego", 0.25, "jada", 0.03), DROP_MONTH, 0.3, SPIKE, false);
    /** Invoices of 2025-12 on are paid with a paid date (the old spreadsheet's carry-over is shorter than the demo's). */
    static final LocalDate DATED_FROM = LocalDate.of(2025, 12, 1);
    static final List<DemoPortfolio.Invoice> ORPHANS = List.of(
            new DemoPortfolio.Invoice("EYD-INV-9901", "expert-yacht-delivery", "EYD-9901", LocalDate.of(2026, 12, 4), new BigDecimal("1250.00")),
            new DemoPortfolio.Invoice("EYD-INV-9902", "expert-yacht-delivery", "EYD-9902", LocalDate.of(2027, 1, 8), new BigDecimal("1250.00")),
            new DemoPortfolio.Invoice("R51-9901", "rental-3028-51st", "STAY-9901", LocalDate.of(2027, 1, 15), new BigDecimal("1250.00")),
            new DemoPortfolio.Invoice("R51-9902", "rental-3028-51st", "STAY-9902", LocalDate.of(2027, 2, 19), new BigDecimal("1250.00")));

    /** Month-end cash per business: the balance at the end of January 2026, its monthly growth to November, its fall after. */
    static final Map<String, long[]> CASH = new LinkedHashMap<>();
    /** What every balance together lost each month from December 2026 to February 2027. */
    public static final long MONTHLY_FALL = 1_800_000;
    static {
        CASH.put("jada", new long[] {1_500_000, 120_000, 650_000});
        CASH.put("queenofsandiego", new long[] {800_000, 50_000, 300_000});
        CASH.put("quickdumpnow", new long[] {2_000_000, 80_000, 420_000});
        CASH.put("dangerouscentaur", new long[] {500_000, 30_000, 110_000});
        CASH.put("rental-3028-51st", new long[] {300_000, 15_000, 40_000});
        CASH.put("expert-yacht-delivery", new long[] {1_200_000, 70_000, 280_000});
    }
    static final YearMonth FIRST_BALANCE = YearMonth.of(2026, 1);
    static final YearMonth PEAK = YearMonth.of(2026, 11);
    static final YearMonth LAST_BALANCE = YearMonth.of(2027, 2);

    /** The attributes a bookings table names its fields by (as routes/domains maps them). */
    private record Columns(String business, String amount, String status, String bookedAt, String service, String invoice) {
    }

    private static final Map<String, Columns> BOOKINGS = Map.of(
            "jada-bookings", new Columns("jada", "amount", "status", "bookedAt", "serviceDate", "invoiceId"),
            "queenofsandiego-bookings", new Columns("queenofsandiego", "total", "state", "createdAt", "eventDate", "invoiceNumber"),
            "dangerouscentaur-bookings", new Columns("dangerouscentaur", "fee", "status", "bookedAt", "startDate", "invoiceId"),
            "rental-3028-51st-stays", new Columns("rental-3028-51st", "total", "status", "bookedAt", "checkIn", "invoiceId"),
            "expert-yacht-delivery-jobs", new Columns("expert-yacht-delivery", "quoteAmount", "status", "bookedAt", "departDate", "invoiceRef"));
    private static final Set<String> LEADS = Set.of("quote", "inquiry", "quoted");
    private static final Set<String> CANCELLED = Set.of("cancelled", "refunded");

    private final List<DemoPortfolio.Table> tables;
    private final String invoicesCsv;

    public SecondPortfolio() {
        DemoPortfolio generator = new DemoPortfolio(SHAPE);
        this.tables = generator.tables();
        this.invoicesCsv = DemoInvoiceLedger.csv(generator.invoices(), SHAPE, DATED_FROM, ORPHANS);
    }

    /** Seeds it through the demo's seeder: its tables, the demo's static files moved in time, its own ledger and balances. */
    public void seed(DemoSeeder seeder, Path demoBuckets, String archiveBucket) throws IOException {
        seeder.seed(demoBuckets, archiveBucket, tables, invoicesCsv, SecondPortfolio::edit);
    }

    /**
     * The Lambda and CloudFront inventory the emulators answer with: the demo's, but the renewals Lambda reads its
     * Stripe key from a secrets manager, so the one live key left is the one hard-coded in JADA's booking Lambda.
     *
     * @return the folder written
     */
    public static Path inventory(Path demoInventory, Path folder) throws IOException {
        Files.createDirectories(folder);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode functions = json.readTree(demoInventory.resolve("lambda-functions.json").toFile());
        for (com.fasterxml.jackson.databind.JsonNode f : functions) {
            if (f.path("FunctionName").asText().equals("quickdumpnow-renewals")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) f.path("Environment").path("Variables")).remove("STRIPE_SECRET_KEY");
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("lambda-functions.json").toFile(), functions);
        Files.copy(demoInventory.resolve("cloudfront-distributions.json"), folder.resolve("cloudfront-distributions.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the account as the demo's, moved in time with the rest; and no RDS at all: the reports say nothing of databases
        for (String name : new String[] {"iam-credential-report.csv", "cloudwatch-metrics.json", "ses-account.json",
                "cost-explorer.json"}) {
            Files.writeString(folder.resolve(name), SHIFT.shift(Files.readString(demoInventory.resolve(name))));
        }
        Files.writeString(folder.resolve("rds-instances.json"), "[]");
        return folder;
    }

    private static byte[] edit(String bucket, String key, byte[] content) {
        if (bucket.equals("portfolio-code") && key.equals("repos/repos.env")) {
            return null;
        }
        if (bucket.equals("portfolio-ledgers") && key.equals("cash/balances.csv")) {
            return balancesCsv().getBytes(StandardCharsets.UTF_8);
        }
        if (Stream.of("portfolio-ledgers", "portfolio-costs", "portfolio-org", "portfolio-marketing").anyMatch(bucket::equals)) {
            return SHIFT.shift(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return content;
    }

    static String balancesCsv() {
        StringBuilder csv = new StringBuilder("business,as_of,cash_balance\n");
        balances().forEach((business, byMonth) -> byMonth.forEach((month, cents) -> csv.append(business).append(',')
                .append(month.atEndOfMonth()).append(',').append(BigDecimal.valueOf(cents, 2).toPlainString()).append('\n')));
        return csv.toString();
    }

    /** business → month → month-end cents. */
    static Map<String, TreeMap<YearMonth, Long>> balances() {
        Map<String, TreeMap<YearMonth, Long>> all = new LinkedHashMap<>();
        CASH.forEach((business, plan) -> {
            TreeMap<YearMonth, Long> months = new TreeMap<>();
            long cents = plan[0];
            for (YearMonth m = FIRST_BALANCE; !m.isAfter(LAST_BALANCE); m = m.plusMonths(1)) {
                if (m.isAfter(FIRST_BALANCE)) {
                    cents += m.isAfter(PEAK) ? -plan[2] : plan[1];
                }
                months.put(m, cents);
            }
            all.put(business, months);
        });
        return all;
    }

    // ------------------------------------------------------------ what the reports must show

    /** Every business's cash at the end of the last full month. */
    public long latestCashCents() {
        return balances().values().stream().mapToLong(m -> m.get(LAST_BALANCE)).sum();
    }

    /** "2.5 months": cash ÷ the average monthly fall of the last three full months. */
    public String runway() {
        return BigDecimal.valueOf(latestCashCents()).divide(BigDecimal.valueOf(MONTHLY_FALL), 1, java.math.RoundingMode.HALF_UP) + " months";
    }

    /** Earned bookings (service on or before the as-of date, not a lead, not cancelled) with no invoice id, in cents. */
    public long notInvoicedCents(String business) {
        long cents = 0;
        for (var entry : bookings()) {
            Columns c = entry.columns();
            Map<String, AttributeValue> item = entry.item();
            if (c.business().equals(business) && earned(c, item) && !item.containsKey(c.invoice())) {
                cents += cents(item.get(c.amount()));
            }
        }
        return cents;
    }

    /** How many earned bookings of the business carry no invoice id. */
    public long notInvoicedCount(String business) {
        return bookings().stream().filter(b -> b.columns().business().equals(business) && earned(b.columns(), b.item())
                && !b.item().containsKey(b.columns().invoice())).count();
    }

    /** Revenue booked in the 30 days to the as-of date (leads, cancellations and refunds left out). */
    public long bookedLast30Cents() {
        long cents = 0;
        for (var entry : bookings()) {
            Columns c = entry.columns();
            String status = entry.item().get(c.status()).s().toLowerCase();
            LocalDate booked = bookedAt(entry.item().get(c.bookedAt()));
            if (!LEADS.contains(status) && !CANCELLED.contains(status) && booked.isAfter(AS_OF.minusDays(30)) && !booked.isAfter(AS_OF)) {
                cents += cents(entry.item().get(c.amount()));
            }
        }
        return cents;
    }

    public long notInvoicedCents() {
        return BOOKINGS.values().stream().mapToLong(c -> notInvoicedCents(c.business())).sum();
    }

    /** Revenue booked in the month: every booking but leads, cancellations and refunds, by the month it was booked. */
    public long bookedCents(YearMonth month) {
        long cents = 0;
        for (var entry : bookings()) {
            Columns c = entry.columns();
            Map<String, AttributeValue> item = entry.item();
            String status = item.get(c.status()).s().toLowerCase();
            if (!LEADS.contains(status) && !CANCELLED.contains(status) && YearMonth.from(bookedAt(item.get(c.bookedAt()))).equals(month)) {
                cents += cents(item.get(c.amount()));
            }
        }
        return cents;
    }

    /** Subscriptions cancelled in the month. */
    public long cancellations(YearMonth month) {
        return tables.stream().filter(t -> t.name().equals("quickdumpnow-subscriptions")).flatMap(t -> t.items().stream())
                .filter(i -> i.containsKey("cancelledAt") && YearMonth.from(LocalDate.parse(i.get("cancelledAt").s())).equals(month)).count();
    }

    /** Invoices per business naming a booking that is cancelled or refunded: {count, cents}. */
    public Map<String, long[]> invoicesOnCancelledBookings() {
        Map<String, String> statusById = new TreeMap<>();
        for (var entry : bookings()) {
            statusById.put(entry.id(), entry.item().get(entry.columns().status()).s().toLowerCase());
        }
        Map<String, long[]> found = new TreeMap<>();
        for (String[] row : invoiceRows()) {
            if (CANCELLED.contains(statusById.getOrDefault(row[2], ""))) {
                long[] sum = found.computeIfAbsent(row[1], b -> new long[2]);
                sum[0]++;
                sum[1] += new BigDecimal(row[4]).movePointRight(2).longValueExact();
            }
        }
        return found;
    }

    /** The invoices naming no booking at all, per business: {count, cents}. */
    public Map<String, long[]> invoicesNamingNoBooking() {
        Map<String, long[]> found = new TreeMap<>();
        for (DemoPortfolio.Invoice i : ORPHANS) {
            long[] sum = found.computeIfAbsent(i.business(), b -> new long[2]);
            sum[0]++;
            sum[1] += i.amount().movePointRight(2).longValueExact();
        }
        return found;
    }

    /**
     * The portfolio's cash reconciliation over the businesses whose cash in the invoice ledger records (all but the
     * subscription business): {opening, collected, recorded out, closing} in cents, from the end of the first balance's
     * month to the end of the last.
     */
    public long[] cashReconciliation() throws IOException {
        Set<String> reconciled = Set.of("jada", "queenofsandiego", "dangerouscentaur", "rental-3028-51st", "expert-yacht-delivery");
        long opening = 0;
        long closing = 0;
        for (String b : reconciled) {
            opening += balances().get(b).get(FIRST_BALANCE);
            closing += balances().get(b).get(LAST_BALANCE);
        }
        long collected = 0;
        for (String[] row : invoiceRows()) {
            if (reconciled.contains(row[1]) && row[6].equals("paid") && !row[7].isEmpty() && inReconciledMonths(row[7])) {
                collected += new BigDecimal(row[4]).movePointRight(2).longValueExact();
            }
        }
        long recorded = 0;
        Path expenses = com.execreports.localaws.LocalAws.projectDir().resolve("demo/buckets/portfolio-ledgers/expenses");
        try (Stream<Path> files = Files.list(expenses)) {
            for (Path f : files.sorted().toList()) {
                for (String line : SHIFT.shift(Files.readString(f)).lines().skip(1).toList()) {
                    List<String> cells = cells(line);
                    if (cells.size() == 8 && reconciled.contains(cells.get(1)) && inReconciledMonths(cells.get(0))) {
                        try {
                            recorded += new BigDecimal(cells.get(5)).movePointRight(2).longValueExact();
                        } catch (NumberFormatException unreadable) {
                            // the tally leaves an unreadable amount out, and so does the expectation
                        }
                    }
                }
            }
        }
        return new long[] {opening, collected, recorded, closing};
    }

    private static boolean inReconciledMonths(String date) {
        YearMonth m = YearMonth.parse(date.substring(0, 7));
        return m.isAfter(FIRST_BALANCE) && !m.isAfter(LAST_BALANCE);
    }

    private record Booking(Columns columns, Map<String, AttributeValue> item, String id) {
    }

    private List<Booking> bookings() {
        List<Booking> all = new ArrayList<>();
        for (DemoPortfolio.Table t : tables) {
            Columns c = BOOKINGS.get(t.name());
            if (c != null) {
                t.items().forEach(i -> all.add(new Booking(c, i, i.get(t.key()).s())));
            }
        }
        return all;
    }

    private static boolean earned(Columns c, Map<String, AttributeValue> item) {
        String status = item.get(c.status()).s().toLowerCase();
        return !LEADS.contains(status) && !CANCELLED.contains(status) && !LocalDate.parse(item.get(c.service()).s()).isAfter(AS_OF);
    }

    private static LocalDate bookedAt(AttributeValue v) {
        if (v.n() != null) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(v.n())).atZone(java.time.ZoneId.of("America/Los_Angeles")).toLocalDate();
        }
        return LocalDate.parse(v.s().substring(0, 10));
    }

    private static long cents(AttributeValue v) {
        return new BigDecimal(v.n()).movePointRight(2).longValueExact();
    }

    private List<String[]> invoiceRows() {
        return invoicesCsv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }

    /** A CSV line's cells; a quoted cell may hold commas. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
