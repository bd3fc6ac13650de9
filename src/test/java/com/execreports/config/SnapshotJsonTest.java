package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SiteFacts;
import com.execreports.model.SiteFacts.StalePage;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));

    /** The per-item structures a run matches invoices with: never archived (the snapshot keeps the matched totals). */
    static final String PER_ITEM = ".*(revenueById|cancelledIds|unreadableIds|bookingCents|paidBookingCents)";

    private final SnapshotJson json = new SnapshotJson();

    @Test
    void should_read_back_exactly_the_snapshot_it_wrote() throws Exception {
        PortfolioSnapshot snapshot = snapshot();

        PortfolioSnapshot back = json.read(json.write(snapshot));

        assertThat(back).usingRecursiveComparison().ignoringFieldsMatchingRegexes(PER_ITEM).isEqualTo(snapshot);
    }

    @Test
    void should_read_back_every_kind_of_source_answer() throws Exception {
        PortfolioSnapshot back = json.read(json.write(snapshot()));

        assertThat(back.sources()).extracting(Facts::name).containsExactly("jada/bookings", "jada/profile", "jada/site",
                "quickdumpnow/renewals", "quickdumpnow/subscriptions");
        assertThat(back.sources().get(0).data()).isInstanceOf(BookingFacts.class).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes(PER_ITEM).isEqualTo(snapshot().sources().get(0).data());
        assertThat(back.sources().get(1).data()).isInstanceOf(BusinessProfile.class);
        assertThat(back.sources().get(2).data()).isInstanceOf(SiteFacts.class).isEqualTo(snapshot().sources().get(2).data());
        assertThat(back.sources().get(3)).isEqualTo(snapshot().sources().get(3));
        assertThat(back.sources().get(4).data()).isInstanceOf(SubscriptionFacts.class);
        assertThat(back.gaps()).extracting(Facts::name).containsExactly("quickdumpnow/renewals");
    }

    @Test
    void should_read_back_every_source_answer_equal() throws Exception {
        PortfolioSnapshot snapshot = snapshot();

        PortfolioSnapshot back = json.read(json.write(snapshot));

        assertThat(back.sources()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(PER_ITEM).isEqualTo(snapshot.sources());
    }

    @Test
    void should_read_a_snapshot_archived_before_earned_revenue_was_kept_by_month() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper tree = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode written = tree.readTree(json.write(snapshot()));
        written.findParents("earnedByMonth").forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("earnedByMonth"));
        assertThat(written.toString()).doesNotContain("earnedByMonth");

        PortfolioSnapshot back = json.read(tree.writeValueAsBytes(written));

        BookingFacts bookings = (BookingFacts) back.sources().get(0).data();
        assertThat(bookings.earnedByMonth()).isEmpty();
        assertThat(bookings.earnedCents()).isEqualTo(800_000);
    }

    @Test
    void should_read_a_ledger_archived_before_unreadable_rows_were_attributed_to_a_business_and_month() throws Exception {
        LedgerFacts ledger = new LedgerFacts("portfolio-ledgers", List.of("expenses/expenses-2026.csv"), 10, 1,
                new TreeMap<>(java.util.Map.of("rental-3028-51st", new TreeMap<>(java.util.Map.of("2026-05", 1L)))), 5_000,
                map("2026-05", 2_000L, "2026-06", 3_000L), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0,
                new TreeMap<>(), null, List.of());
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(Facts.read(RUN.runId(), "portfolio", "ledger", "s3-ledger",
                "portfolio-ledgers", ledger, List.of(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:109",
                        "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14", "rental-3028-51st",
                        "2026-05")), 1)));
        com.fasterxml.jackson.databind.ObjectMapper tree = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode written = tree.readTree(json.write(snapshot));
        for (String field : List.of("unreadableExpenses", "business", "month")) {
            written.findParents(field).forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove(field));
        }

        PortfolioSnapshot back = json.read(tree.writeValueAsBytes(written));

        LedgerFacts read = (LedgerFacts) back.sources().get(0).data();
        assertThat(read.unreadableExpenses()).isEmpty();
        assertThat(read.unreadableExpenseRows("rental-3028-51st", "2026-05")).isZero();
        assertThat(back.sources().get(0).issues()).containsExactly(new DataIssue("portfolio-ledgers/expenses/expenses-2026.csv:109",
                "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14"));
    }

    @Test
    void should_keep_the_run_period_id_and_instant() throws Exception {
        PortfolioSnapshot back = json.read(json.write(snapshot()));

        assertThat(back.run().runId()).isEqualTo(RUN.runId());
        assertThat(back.run().period()).isEqualTo("2026-W48");
        assertThat(back.run().asOf().toInstant()).isEqualTo(RUN.asOf().toInstant());
    }

    @Test
    void should_write_map_entries_in_key_order() throws Exception {
        SortedMap<String, Long> byMonth = new TreeMap<>();
        byMonth.put("2026-11", 3L);
        byMonth.put("2026-09", 1L);
        byMonth.put("2026-10", 2L);
        SortedMap<String, Long> byStatus = new TreeMap<>();
        byStatus.put("past_due", 1L);
        byStatus.put("active", 5L);
        byStatus.put("cancelled", 6L);
        SubscriptionFacts subs = new SubscriptionFacts("qdn-subscriptions", 12, byStatus, 5, 0, 0, 0, List.of(), byMonth);
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "quickdumpnow", "subscriptions", "ddb-subscriptions", "qdn-subscriptions", subs, List.of(), 0)));

        String written = new String(json.write(snapshot), StandardCharsets.UTF_8);

        int september = written.indexOf("\"2026-09\"");
        int october = written.indexOf("\"2026-10\"");
        int november = written.indexOf("\"2026-11\"");
        assertThat(september).isPositive();
        assertThat(september).isLessThan(october);
        assertThat(october).isLessThan(november);
        int active = written.indexOf("\"active\" : 5");
        int cancelled = written.indexOf("\"cancelled\" : 6");
        int pastDue = written.indexOf("\"past_due\" : 1");
        assertThat(active).isPositive();
        assertThat(active).isLessThan(cancelled);
        assertThat(cancelled).isLessThan(pastDue);
    }

    @Test
    void should_write_the_time_of_the_run_as_iso_text() throws Exception {
        String written = new String(json.write(snapshot()), StandardCharsets.UTF_8);

        assertThat(written).contains("\"asOf\" : \"2026-11-23T07:00:00-08:00\"");
    }

    // ---------------------------------------------------------------- helpers

    private static PortfolioSnapshot snapshot() {
        return new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", bookings(),
                        List.of(new DataIssue("jada-bookings booking_id=tbd", "attribute 'amount' is not an amount: 'TBD'")), 1),
                Facts.read(RUN.runId(), "jada", "profile", "business", "routes/domains/jada.yaml",
                        new BusinessProfile("JADA (yacht charters)", "bookings", "Owner"), List.of(), 0),
                Facts.read(RUN.runId(), "jada", "site", "s3-site", "jada-site", site(), List.of(), 0),
                Facts.failed(RUN.runId(), "quickdumpnow", "renewals", "ddb-subscriptions", "qdn-renewals",
                        "ResourceNotFoundException: Requested resource not found (HTTP 400)"),
                Facts.read(RUN.runId(), "quickdumpnow", "subscriptions", "ddb-subscriptions", "qdn-subscriptions",
                        subscriptions(), List.of(), 0)));
    }

    private static BookingFacts bookings() {
        return new BookingFacts("jada-bookings", 12, 10, 1_000_000, map("2026-10", 600_000L, "2026-11", 400_000L),
                map("2026-10", 6L, "2026-11", 4L), map("confirmed", 10L, "lead", 2L), map("airbnb", 4L, "direct", 6L),
                map("airbnb", 400_000L, "direct", 600_000L), 1, 25_000, 3, 123_450, List.of("b1", "b2", "b3"), 2, 500_000,
                800_000, 200_000, 450_000, 400_000);
    }

    private static SiteFacts site() {
        return new SiteFacts("jada-site", 6, 40_000, 4, 3, List.of("GA4", "GTM"), 1,
                List.of(new StalePage("about.html", "2024-03-12", 986)), "2026-10-02", List.of("contact.html"),
                List.of("about.html"), true, false);
    }

    private static SubscriptionFacts subscriptions() {
        return new SubscriptionFacts("qdn-subscriptions", 34, map("active", 30L, "past_due", 4L), 30, 150_000, 10, 3,
                List.of("s7", "s9"), map("2026-10", 2L, "2026-11", 1L));
    }

    private static SortedMap<String, Long> map(String k1, long v1, String k2, long v2) {
        SortedMap<String, Long> m = new TreeMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** Issue #18: a 700,000-row invoice ledger kept one booking reference per invoice, and snapshot.json grew to 20 MB. */
    @Test
    void should_keep_snapshot_json_under_2_mb_for_700_000_invoices_with_every_aggregate() throws Exception {
        SortedMap<String, Long> refs = new TreeMap<>();
        for (int i = 0; i < 700_000; i++) {
            refs.put("BK-" + (1_000_000 + i), 12_345L + i);
        }
        SortedMap<String, SortedMap<String, Long>> byBusiness = new TreeMap<>(java.util.Map.of("jada", refs));
        SortedMap<String, com.execreports.model.InvoiceFacts.Total> totals = new TreeMap<>(java.util.Map.of("jada",
                new com.execreports.model.InvoiceFacts.Total(700_000, 9_000_000_000L)));
        com.execreports.model.InvoiceFacts invoices = new com.execreports.model.InvoiceFacts("portfolio-ledgers", List.of("invoices/big.csv"),
                700_000, 0, 700_000, 9_000_000_000L, totals, new TreeMap<>(java.util.Map.of("paid", totals.get("jada"))),
                new TreeMap<>(java.util.Map.of("2026-10", totals.get("jada"))), 0, 0, com.execreports.model.InvoiceFacts.Total.NONE,
                byBusiness, new TreeMap<>(java.util.Map.of("jada", new TreeMap<>(java.util.Map.of("2026-10", 9_000_000_000L)))),
                com.execreports.model.InvoiceFacts.Total.NONE, new TreeMap<>(), byBusiness, new TreeMap<>());
        List<Facts> sources = new java.util.ArrayList<>(snapshot().sources());
        sources.add(Facts.read(RUN.runId(), "portfolio", "invoices", "s3-invoices", "portfolio-ledgers", invoices, List.of(), 0));
        PortfolioSnapshot big = new PortfolioSnapshot(RUN, List.copyOf(sources));

        byte[] written = json.write(big);
        PortfolioSnapshot back = json.read(written);

        assertThat(written.length).as("snapshot.json bytes").isLessThan(2_000_000);
        com.execreports.model.InvoiceFacts read = (com.execreports.model.InvoiceFacts) back.sources().get(5).data();
        assertThat(read.bookingCents()).as("the per-invoice booking refs are left out").isEmpty();
        assertThat(read.paidBookingCents()).isEmpty();
        assertThat(read.invoices()).isEqualTo(700_000);
        assertThat(read.amountCents()).isEqualTo(9_000_000_000L);
        assertThat(read.byBusiness()).isEqualTo(invoices.byBusiness());
        assertThat(read.collectedCents("jada", "2026-10")).isEqualTo(9_000_000_000L);
        // what the references were for is archived: the invoices matched against the bookings when the snapshot was made
        assertThat(back.invoiceMatch("jada")).isEqualTo(big.invoiceMatch("jada"));
        assertThat(back.invoiceMatch("jada").namingNoBooking().count()).isEqualTo(700_000);
        assertThat(back.sources().subList(0, 5)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(PER_ITEM)
                .isEqualTo(snapshot().sources());
    }

    @Test
    void should_archive_a_bookings_table_of_100_000_ids_in_as_many_bytes_as_one_of_10() throws Exception {
        PortfolioSnapshot small = new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", withIds(10), List.of(), 0)));
        PortfolioSnapshot large = new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", withIds(100_000), List.of(), 0)));

        assertThat(json.write(large).length).isEqualTo(json.write(small).length);
        BookingFacts back = (BookingFacts) json.read(json.write(large)).sources().get(0).data();
        assertThat(back.revenueById()).isEmpty();
        assertThat(back.revenueCents()).isEqualTo(1_000_000);
        assertThat(back.revenueByMonth()).isEqualTo(bookings().revenueByMonth());
    }

    private static BookingFacts withIds(int n) {
        BookingFacts b = bookings();
        SortedMap<String, Long> ids = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            ids.put("b" + i, 100_000L);
        }
        return new BookingFacts(b.table(), b.itemsRead(), b.bookings(), b.revenueCents(), b.revenueByMonth(), b.bookingsByMonth(),
                b.countByStatus(), b.countByChannel(), b.revenueByChannel(), b.cancelled(), b.cancelledCents(), b.withoutInvoice(),
                b.withoutInvoiceCents(), b.withoutInvoiceSample(), b.openLeads(), b.openLeadsCents(), b.earnedCents(), b.deferredCents(),
                b.last30DaysCents(), b.previous30DaysCents(), ids, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
