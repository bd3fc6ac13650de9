package com.execreports.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The demo portfolio's DynamoDB data, generated from a fixed seed so every seeding gives the same items and
 * the same reports. The owners' suspected problems are planted: JADA revenue with no invoice, DangerousCentaur
 * with no open lead, QuickDumpNow renewals mostly failing, two JADA items with an unreadable amount.
 */
public final class DemoPortfolio {

    public static final long SEED = 20261123L;
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 10, 1);
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    /**
     * What a generated portfolio looks like: its seed, its dates, how many items each business has, what share of each
     * business's bookings carries no invoice, and where its trends break. {@link #DEMO} is the demo; another shape gives
     * another portfolio for the same tables, so the same routes read it.
     *
     * @param seed          the random seed: the same shape gives the same items every time
     * @param firstDay      the first day of the bookings' history
     * @param asOf          the day the reports are run for; nothing is booked on or after it
     * @param counts        items per table: jada, queenofsandiego, dangerouscentaur, expert-yacht-delivery, quickdumpnow
     * @param uninvoiced    share of bookings left without an invoice, per business id (a business not named: the demo's)
     * @param dropMonth     a month whose bookings fall away (null: none), keeping {@code dropKept} of them
     * @param dropKept      the share of the drop month's bookings that are kept
     * @param spikeCancellations active subscriptions cancelled in the as-of month on top of the usual ones
     * @param unreadableAmounts JADA items 18 and 405 carry an amount typed by hand that nobody can bill
     */
    public record Shape(long seed, LocalDate firstDay, LocalDate asOf, int[] counts, Map<String, Double> uninvoiced,
                        YearMonth dropMonth, double dropKept, int spikeCancellations, boolean unreadableAmounts) {

        double uninvoiced(String business, double demo) {
            return uninvoiced.getOrDefault(business, demo);
        }
    }

    /** The demo portfolio: 13 months of history to 2026-11-23. */
    public static final Shape DEMO = new Shape(SEED, FIRST_DAY, AS_OF, new int[] {1150, 620, 240, 310, 900}, Map.of(), null, 1, 0, true);

    /** One table to create: its name, key attribute and items. */
    public record Table(String name, String key, List<Map<String, AttributeValue>> items) {
    }

    /** One invoice row of the demo invoice ledger. */
    public record Invoice(String number, String business, String bookingRef, LocalDate issued, BigDecimal amount) {
    }

    private final Shape shape;
    private final Random random;
    private final List<Invoice> invoices = new ArrayList<>();

    public DemoPortfolio() {
        this(DEMO);
    }

    public DemoPortfolio(Shape shape) {
        this.shape = shape;
        this.random = new Random(shape.seed());
    }

    public Shape shape() {
        return shape;
    }

    public List<Table> tables() {
        List<Table> t = new ArrayList<>();
        t.add(jada());
        t.add(queenOfSanDiego());
        t.add(dangerousCentaur());
        t.add(rental());
        t.add(yachtDelivery());
        t.add(quickDumpNow());
        return t;
    }

    /** Invoices for the bookings that have one (call after {@link #tables()}). */
    public List<Invoice> invoices() {
        return List.copyOf(invoices);
    }

    private Table jada() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String[] channels = {"website", "website", "website", "getmyboat", "getmyboat", "boatsetter", "boatsetter", "phone", "referral"};
        int n = shape.counts()[0];
        for (int i = 1; i <= n; i++) {
            LocalDate booked = bookedDate(true);
            LocalDate charter = booked.plusDays(2 + random.nextInt(70));
            String status = statusFor(charter, 0.06, 0.02, 0.25, "quote");
            BigDecimal amount = money(650, 4800);
            String id = "JADA-%05d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("bookingId", s(id));
            item.put("amount", n(amount));
            item.put("currency", s("USD"));
            item.put("status", s(status));
            item.put("channel", s(pick(channels)));
            item.put("bookedAt", s(booked.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60))).atOffset(ZoneOffset.ofHours(-8)).toString()));
            item.put("serviceDate", s(charter.toString()));
            item.put("charterType", s(pick(new String[] {"half-day", "full-day", "sunset", "whale-watch"})));
            // 22% of JADA's revenue has no invoice: the owners' first suspicion
            if (random.nextDouble() >= shape.uninvoiced("jada", 0.22) && !status.equals("quote")) {
                String inv = "INV-J-%05d".formatted(i);
                item.put("invoiceId", s(inv));
                invoices.add(new Invoice(inv, "jada", id, booked.plusDays(1), amount));
            }
            items.add(item);
        }
        // two items typed by hand in the console with an amount nobody can bill
        if (shape.unreadableAmounts()) {
            items.get(17).put("amount", s("TBD"));
            items.get(404).put("amount", s("call Marco"));
        }
        return new Table("jada-bookings", "bookingId", items);
    }

    private Table queenOfSanDiego() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String[] channels = {"website", "website", "phone", "email", "referral", "walk-up"};
        for (int i = 1; i <= shape.counts()[1]; i++) {
            LocalDate booked = bookedDate(true);
            LocalDate event = booked.plusDays(5 + random.nextInt(90));
            String state = statusFor(event, 0.05, 0.0, 0.20, "inquiry");
            BigDecimal total = money(400, 6500);
            String id = "QSD-%04d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("id", s(id));
            item.put("total", n(total));
            item.put("state", s(state.toUpperCase()));
            item.put("source", s(pick(channels)));
            item.put("createdAt", n(BigDecimal.valueOf(booked.atTime(10, 0).toEpochSecond(ZoneOffset.ofHours(-8)))));
            item.put("eventDate", s(event.toString()));
            item.put("eventType", s(pick(new String[] {"wedding", "corporate", "sunset sail", "memorial", "birthday"})));
            if (random.nextDouble() >= shape.uninvoiced("queenofsandiego", 0.05) && !state.equals("inquiry")) {
                String inv = "Q%05d".formatted(10000 + i);
                item.put("invoiceNumber", s(inv));
                invoices.add(new Invoice(inv, "queenofsandiego", id, booked.plusDays(2), total));
            }
            items.add(item);
        }
        return new Table("queenofsandiego-bookings", "id", items);
    }

    private Table dangerousCentaur() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String[] channels = {"referral", "referral", "instagram", "website"};
        for (int i = 1; i <= shape.counts()[2]; i++) {
            LocalDate booked = bookedDate(false);
            LocalDate start = booked.plusDays(3 + random.nextInt(30));
            // no lead or quote status at all: the empty funnel
            String status = statusFor(start, 0.04, 0.0, 0.0, "quote");
            BigDecimal fee = money(300, 3000);
            String id = "DC-%04d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("projectId", s(id));
            item.put("fee", n(fee));
            item.put("status", s(status));
            item.put("channel", s(pick(channels)));
            item.put("bookedAt", s(booked.toString()));
            item.put("startDate", s(start.toString()));
            if (random.nextDouble() >= shape.uninvoiced("dangerouscentaur", 0.05)) {
                String inv = "DC-INV-%04d".formatted(i);
                item.put("invoiceId", s(inv));
                invoices.add(new Invoice(inv, "dangerouscentaur", id, start, fee));
            }
            items.add(item);
        }
        return new Table("dangerouscentaur-bookings", "projectId", items);
    }

    private Table rental() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String[] channels = {"airbnb", "airbnb", "airbnb", "vrbo", "direct"};
        LocalDate day = shape.firstDay().plusDays(random.nextInt(4));
        int i = 0;
        LocalDate horizon = shape.asOf().plusDays(120);
        while (day.isBefore(horizon)) {
            int nights = 2 + random.nextInt(6);
            LocalDate checkIn = day;
            LocalDate checkOut = checkIn.plusDays(nights);
            LocalDate booked = checkIn.minusDays(7 + random.nextInt(60));
            if (booked.isAfter(shape.asOf().minusDays(1))) {
                break;
            }
            if (booked.isBefore(shape.firstDay())) {
                booked = shape.firstDay();
            }
            i++;
            BigDecimal rate = money(189, 329);
            BigDecimal total = rate.multiply(BigDecimal.valueOf(nights)).add(BigDecimal.valueOf(125));
            String status = checkOut.isAfter(shape.asOf()) ? "confirmed" : (random.nextDouble() < 0.05 ? "cancelled" : "completed");
            String id = "STAY-%04d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("stayId", s(id));
            item.put("total", n(total));
            item.put("nightlyRate", n(rate));
            item.put("nights", n(BigDecimal.valueOf(nights)));
            item.put("status", s(status));
            item.put("channel", s(pick(channels)));
            item.put("bookedAt", s(booked.toString()));
            item.put("checkIn", s(checkIn.toString()));
            item.put("checkOut", s(checkOut.toString()));
            if (random.nextDouble() >= shape.uninvoiced("rental-3028-51st", 0.08)) {
                String inv = "R51-%04d".formatted(i);
                item.put("invoiceId", s(inv));
                invoices.add(new Invoice(inv, "rental-3028-51st", id, checkIn, total));
            }
            items.add(item);
            day = checkOut.plusDays(random.nextInt(5));
        }
        return new Table("rental-3028-51st-stays", "stayId", items);
    }

    private Table yachtDelivery() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        String[] channels = {"broker", "broker", "referral", "website", "repeat-client"};
        String[][] routes = {{"San Diego", "Cabo San Lucas", "750"}, {"San Diego", "Seattle", "1250"}, {"Newport Beach", "San Francisco", "390"},
                {"San Diego", "Ensenada", "65"}, {"Marina del Rey", "Puerto Vallarta", "1180"}, {"San Diego", "Honolulu", "2260"}};
        for (int i = 1; i <= shape.counts()[3]; i++) {
            LocalDate booked = bookedDate(false);
            LocalDate depart = booked.plusDays(7 + random.nextInt(45));
            String status = statusFor(depart, 0.05, 0.0, 0.30, "quoted");
            if (status.equals("completed")) {
                status = "delivered";
            } else if (status.equals("confirmed")) {
                status = "scheduled";
            }
            String[] route = pick(routes);
            BigDecimal miles = new BigDecimal(route[2]);
            BigDecimal quote = miles.multiply(BigDecimal.valueOf(4 + random.nextInt(4))).add(BigDecimal.valueOf(900)).setScale(2);
            String id = "EYD-%04d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("jobId", s(id));
            item.put("quoteAmount", n(quote));
            item.put("status", s(status));
            item.put("channel", s(pick(channels)));
            item.put("bookedAt", s(booked.toString()));
            item.put("departDate", s(depart.toString()));
            item.put("origin", s(route[0]));
            item.put("destination", s(route[1]));
            item.put("nauticalMiles", n(miles));
            if (random.nextDouble() >= shape.uninvoiced("expert-yacht-delivery", 0.06) && !status.equals("quoted")) {
                String inv = "EYD-INV-%04d".formatted(i);
                item.put("invoiceRef", s(inv));
                invoices.add(new Invoice(inv, "expert-yacht-delivery", id, depart, quote));
            }
            items.add(item);
        }
        return new Table("expert-yacht-delivery-jobs", "jobId", items);
    }

    private Table quickDumpNow() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        BigDecimal[] plans = {new BigDecimal("49.00"), new BigDecimal("89.00"), new BigDecimal("149.00")};
        for (int i = 1; i <= shape.counts()[4]; i++) {
            LocalDate started = bookedDate(false);
            long months = Math.max(1, ChronoUnit.MONTHS.between(started, shape.asOf()));
            double r = random.nextDouble();
            String status = r < 0.30 ? "active" : r < 0.70 ? "past_due" : "cancelled";
            long attempts = Math.min(months, 1 + random.nextInt(12));
            // most renewals fail: cards expire and nobody follows up
            long failures = status.equals("active") ? random.nextInt((int) Math.max(1, attempts / 3) + 1)
                    : Math.max(1, Math.round(attempts * (0.6 + random.nextDouble() * 0.4)));
            failures = Math.min(failures, attempts);
            String id = "QDN-SUB-%04d".formatted(i);
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            item.put("subscriptionId", s(id));
            item.put("status", s(status));
            item.put("plan", s(new String[] {"basic", "standard", "premium"}[i % 3]));
            item.put("monthlyPrice", n(plans[i % 3]));
            item.put("startedAt", s(started.toString()));
            item.put("renewalAttempts", n(BigDecimal.valueOf(attempts)));
            item.put("renewalFailures", n(BigDecimal.valueOf(failures)));
            item.put("lastRenewalStatus", s(status.equals("active") ? "succeeded" : "failed"));
            if (status.equals("cancelled")) {
                LocalDate cancelled = started.plusDays(30 + random.nextInt(300));
                item.put("cancelledAt", s((cancelled.isAfter(shape.asOf().minusDays(1)) ? shape.asOf().minusDays(2) : cancelled).toString()));
            }
            items.add(item);
        }
        // the planted spike: the first active subscriptions all cancelled within the last ten days
        int spike = shape.spikeCancellations();
        for (Map<String, AttributeValue> item : items) {
            if (spike > 0 && item.get("status").s().equals("active")) {
                item.put("status", s("cancelled"));
                item.put("lastRenewalStatus", s("failed"));
                item.put("cancelledAt", s(shape.asOf().minusDays(1 + spike % 10).toString()));
                spike--;
            }
        }
        return new Table("quickdumpnow-subscriptions", "subscriptionId", items);
    }

    /** A booking date between the first day and the day before the as-of date; summer weighs double for boats. */
    private LocalDate bookedDate(boolean seasonal) {
        long span = ChronoUnit.DAYS.between(shape.firstDay(), shape.asOf().minusDays(1));
        while (true) {
            LocalDate d = shape.firstDay().plusDays(random.nextInt((int) span + 1));
            if (YearMonth.from(d).equals(shape.dropMonth()) && random.nextDouble() >= shape.dropKept()) {
                continue;
            }
            if (!seasonal || d.getMonthValue() >= 5 && d.getMonthValue() <= 9 || random.nextBoolean()) {
                return d;
            }
        }
    }

    private String statusFor(LocalDate serviceDate, double cancelled, double refunded, double lead, String leadStatus) {
        double r = random.nextDouble();
        if (r < cancelled) {
            return "cancelled";
        }
        if (r < cancelled + refunded) {
            return "refunded";
        }
        // leads are quotes for dates still ahead: a share of the future-dated items
        if (!serviceDate.isBefore(shape.asOf()) && random.nextDouble() < lead) {
            return leadStatus;
        }
        return serviceDate.isBefore(shape.asOf()) ? "completed" : "confirmed";
    }

    private BigDecimal money(int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min + 1) / 5 * 5L).setScale(2);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(BigDecimal v) {
        return AttributeValue.fromN(v.toPlainString());
    }
}
