package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.model.BookingFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class BookingTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ZoneOffset ZONE = ZoneOffset.ofHours(-8);
    private static final String TABLE = "jada-bookings";
    private static final String RUN_ID = "2026-W48-20261123T0700";

    // ---------------------------------------------------------------- revenue and histograms

    @Test
    void should_sum_revenue_by_month_status_and_channel() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("1250.5"), "confirmed", "2026-11-20", "2026-11-10", "Website", "INV-1"));
        tally.fold(booking("b2", s("$1,250.50"), "Confirmed", "2026-10-05T09:30:00-08:00", "2026-12-15", "airbnb", "INV-2"));
        tally.fold(booking("b3", n("300"), "completed", "2026-10-20", "2026-10-22", null, "INV-3"));

        BookingFacts b = data(tally);

        assertThat(b.itemsRead()).isEqualTo(3);
        assertThat(b.bookings()).isEqualTo(3);
        assertThat(b.revenueCents()).isEqualTo(280_100);
        assertThat(b.revenueByMonth()).containsExactly(entry("2026-10", 155_050L), entry("2026-11", 125_050L));
        assertThat(b.bookingsByMonth()).containsExactly(entry("2026-10", 2L), entry("2026-11", 1L));
        assertThat(b.countByStatus()).containsExactly(entry("completed", 1L), entry("confirmed", 2L));
        assertThat(b.countByChannel()).containsExactly(entry("airbnb", 1L), entry("unknown", 1L), entry("website", 1L));
        assertThat(b.revenueByChannel()).containsExactly(entry("airbnb", 125_050L), entry("unknown", 30_000L),
                entry("website", 125_050L));
        assertThat(b.averageBookingCents()).isEqualTo(93_367);
    }

    @Test
    void should_state_the_facts_of_a_fully_read_table_as_ok() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("100"), "confirmed", "2026-11-20", null, "direct", "INV-1"));

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.runId()).isEqualTo(RUN_ID);
        assertThat(facts.domain()).isEqualTo("jada");
        assertThat(facts.source()).isEqualTo("bookings");
        assertThat(facts.kind()).isEqualTo("ddb-bookings");
        assertThat(facts.resource()).isEqualTo(TABLE);
        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(facts.unreadable()).isZero();
        assertThat(facts.issues()).isEmpty();
        assertThat(facts.error()).isNull();
        assertThat(((BookingFacts) facts.data()).table()).isEqualTo(TABLE);
    }

    @Test
    void should_read_amounts_given_as_numbers_or_as_dollar_text() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("1250.5"), "confirmed", "2026-11-20", null, null, "INV-1"));
        tally.fold(booking("b2", s("$1,250.50"), "confirmed", "2026-11-20", null, null, "INV-2"));
        tally.fold(booking("b3", s(" 75 "), "confirmed", "2026-11-20", null, null, "INV-3"));

        assertThat(data(tally).revenueCents()).isEqualTo(125_050 + 125_050 + 7_500);
    }

    @Test
    void should_round_fractions_of_a_cent_half_up() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("19.995"), "confirmed", "2026-11-20", null, null, "INV-1"));
        tally.fold(booking("b2", n("0.004"), "confirmed", "2026-11-20", null, null, "INV-2"));

        assertThat(data(tally).revenueCents()).isEqualTo(2_000);
    }

    @Test
    void should_read_booking_dates_as_iso_date_offset_date_time_or_epoch_seconds_in_the_run_zone() {
        BookingTally tally = tally();
        tally.fold(booking("iso-date", n("10"), "confirmed", "2026-11-01", null, null, "INV-1"));
        // 05:00 UTC on 1 November is still 31 October at -08:00
        tally.fold(booking("utc", n("20"), "confirmed", "2026-11-01T05:00:00Z", null, null, "INV-2"));
        tally.fold(booking("offset", n("40"), "confirmed", "2026-11-01T05:00:00+00:00", null, null, "INV-3"));
        // 1793516400 = 2026-11-01T07:00:00Z = 2026-10-31T23:00-08:00
        tally.fold(bookingWith("epoch", n("80"), "confirmed", AttributeValue.fromN("1793516400"), null, "INV-4"));

        BookingFacts b = data(tally);

        assertThat(b.revenueByMonth()).containsExactly(entry("2026-10", 14_000L), entry("2026-11", 1_000L));
        assertThat(b.bookingsByMonth()).containsExactly(entry("2026-10", 3L), entry("2026-11", 1L));
    }

    @Test
    void should_count_cancelled_and_refunded_bookings_apart_from_revenue() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("500"), "confirmed", "2026-11-20", null, "direct", "INV-1"));
        tally.fold(booking("c1", n("200"), "cancelled", "2026-11-20", null, "direct", null));
        tally.fold(booking("c2", s("$1,000.25"), "Refunded", "2026-10-02", null, "airbnb", null));

        BookingFacts b = data(tally);

        assertThat(b.cancelled()).isEqualTo(2);
        assertThat(b.cancelledCents()).isEqualTo(120_025);
        assertThat(b.bookings()).isEqualTo(1);
        assertThat(b.revenueCents()).isEqualTo(50_000);
        assertThat(b.revenueByMonth()).containsExactly(entry("2026-11", 50_000L));
        assertThat(b.countByChannel()).containsExactly(entry("direct", 1L));
        assertThat(b.countByStatus()).containsExactly(entry("cancelled", 1L), entry("confirmed", 1L), entry("refunded", 1L));
        assertThat(b.withoutInvoice()).isZero();
    }

    // ---------------------------------------------------------------- invoices

    @Test
    void should_count_revenue_bookings_without_invoice_and_keep_at_most_five_ids() {
        BookingTally tally = tally();
        for (int i = 1; i <= 7; i++) {
            tally.fold(booking("n" + i, n("100"), "confirmed", "2026-11-20", null, null, null));
        }
        tally.fold(booking("blank", n("50"), "confirmed", "2026-11-20", null, null, "   "));
        tally.fold(booking("invoiced", n("1000"), "confirmed", "2026-11-20", null, null, "INV-9"));
        tally.fold(booking("lead", n("999"), "lead", "2026-11-20", "2026-12-01", null, null));
        tally.fold(booking("cancelled", n("999"), "cancelled", "2026-11-20", null, null, null));

        BookingFacts b = data(tally);

        assertThat(b.withoutInvoice()).isEqualTo(8);
        assertThat(b.withoutInvoiceCents()).isEqualTo(75_000);
        assertThat(b.withoutInvoiceSample()).containsExactly("blank", "n1", "n2", "n3", "n4");
    }

    // ---------------------------------------------------------------- leads

    @Test
    void should_count_open_leads_only_for_lead_statuses_with_a_service_date_today_or_later() {
        BookingTally tally = tally();
        tally.fold(booking("today", n("100"), "lead", "2026-11-01", "2026-11-23", null, null));
        tally.fold(booking("ahead", n("200"), "Quote", "2026-11-01", "2027-01-15", null, null));
        tally.fold(booking("past", n("400"), "lead", "2026-11-01", "2026-11-22", null, null));
        tally.fold(booking("booked", n("800"), "confirmed", "2026-11-01", "2026-12-01", null, "INV-1"));

        BookingFacts b = data(tally);

        assertThat(b.openLeads()).isEqualTo(2);
        assertThat(b.openLeadsCents()).isEqualTo(30_000);
        assertThat(b.bookings()).isEqualTo(1);
        assertThat(b.revenueCents()).isEqualTo(80_000);
        assertThat(b.countByStatus()).containsExactly(entry("confirmed", 1L), entry("lead", 2L), entry("quote", 1L));
        assertThat(b.withoutInvoice()).isZero();
    }

    @Test
    void should_count_bookings_by_month_and_channel_and_set_open_leads_against_bookings_for_the_same_dates_ahead() {
        BookingTally tally = tally();
        tally.fold(booking("b1", n("900"), "confirmed", "2026-10-05", "2026-12-01", "GetMyBoat", "INV-1"));
        tally.fold(booking("b2", n("700"), "completed", "2026-10-06", "2026-10-20", "getmyboat", "INV-2"));
        tally.fold(booking("b3", n("500"), "confirmed", "2026-11-02", "2027-01-10", "website", "INV-3"));
        tally.fold(booking("q1", n("800"), "quote", "2026-11-03", "2027-01-12", "website", null));
        tally.fold(booking("q2", n("800"), "lead", "2026-11-04", "2027-02-01", "website", null));
        tally.fold(booking("old", n("800"), "lead", "2026-09-04", "2026-10-01", "website", null)); // its date passed: not open

        BookingFacts b = data(tally);

        assertThat(b.bookingsByMonthAndChannel()).containsExactly(entry("2026-10", new java.util.TreeMap<>(Map.of("getmyboat", 2L))),
                entry("2026-11", new java.util.TreeMap<>(Map.of("website", 1L))));
        assertThat(b.aheadByChannel()).containsExactly(entry("getmyboat", 1L), entry("website", 1L));
        assertThat(b.openLeadsByChannel()).containsExactly(entry("website", 2L));
    }

    // ---------------------------------------------------------------- recognition

    @Test
    void should_split_revenue_into_earned_and_deferred_by_service_date() {
        BookingTally tally = tally();
        tally.fold(booking("yesterday", n("100"), "confirmed", "2026-11-01", "2026-11-22", null, "INV-1"));
        tally.fold(booking("today", n("200"), "confirmed", "2026-11-01", "2026-11-23", null, "INV-2"));
        tally.fold(booking("no-date", n("400"), "confirmed", "2026-11-01", null, null, "INV-3"));
        tally.fold(booking("tomorrow", n("800"), "confirmed", "2026-11-01", "2026-11-24", null, "INV-4"));
        tally.fold(booking("next-year", n("1600"), "confirmed", "2026-11-01", "2027-06-01T10:00:00-08:00", null, "INV-5"));

        BookingFacts b = data(tally);

        assertThat(b.earnedCents()).isEqualTo(70_000);
        assertThat(b.deferredCents()).isEqualTo(240_000);
        assertThat(b.earnedCents() + b.deferredCents()).isEqualTo(b.revenueCents());
    }

    @Test
    void should_put_earned_revenue_in_the_month_of_its_service_date_or_else_the_month_booked() {
        BookingTally tally = tally();
        tally.fold(booking("october-sail", n("100"), "completed", "2026-09-20", "2026-10-31", null, "INV-1"));
        tally.fold(booking("november-sail", n("200"), "completed", "2026-10-01", "2026-11-01", null, "INV-2"));
        tally.fold(booking("no-date", n("400"), "confirmed", "2026-09-30", null, null, "INV-3"));
        tally.fold(booking("today", n("800"), "confirmed", "2026-11-02", "2026-11-23", null, "INV-4"));
        tally.fold(booking("tomorrow", n("1600"), "confirmed", "2026-11-02", "2026-11-24", null, "INV-5"));
        tally.fold(booking("cancelled", n("3200"), "cancelled", "2026-10-02", "2026-10-10", null, null));

        BookingFacts b = data(tally);

        assertThat(b.earnedByMonth()).containsExactly(entry("2026-09", 40_000L), entry("2026-10", 10_000L), entry("2026-11", 100_000L));
        assertThat(b.earnedByMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(b.earnedCents());
    }

    // ---------------------------------------------------------------- 30-day windows

    @Test
    void should_put_bookings_taken_today_and_up_to_29_days_ago_in_the_last_30_days() {
        BookingTally tally = tally();
        tally.fold(booking("today", n("1"), "confirmed", "2026-11-23", null, null, "INV-1"));
        tally.fold(booking("29-days-ago", n("2"), "confirmed", "2026-10-25", null, null, "INV-2"));

        BookingFacts b = data(tally);

        assertThat(b.last30DaysCents()).isEqualTo(300);
        assertThat(b.previous30DaysCents()).isZero();
    }

    @Test
    void should_put_a_booking_taken_exactly_30_days_ago_in_the_previous_30_days() {
        BookingTally tally = tally();
        tally.fold(booking("30-days-ago", n("4"), "confirmed", "2026-10-24", null, null, "INV-1"));
        tally.fold(booking("59-days-ago", n("8"), "confirmed", "2026-09-25", null, null, "INV-2"));

        BookingFacts b = data(tally);

        assertThat(b.last30DaysCents()).isZero();
        assertThat(b.previous30DaysCents()).isEqualTo(1_200);
    }

    @Test
    void should_leave_bookings_older_than_60_days_or_dated_in_the_future_out_of_both_windows() {
        BookingTally tally = tally();
        tally.fold(booking("60-days-ago", n("16"), "confirmed", "2026-09-24", null, null, "INV-1"));
        tally.fold(booking("tomorrow", n("32"), "confirmed", "2026-11-24", null, null, "INV-2"));

        BookingFacts b = data(tally);

        assertThat(b.last30DaysCents()).isZero();
        assertThat(b.previous30DaysCents()).isZero();
        assertThat(b.revenueCents()).isEqualTo(4_800);
    }

    @Test
    void should_leave_leads_and_cancellations_out_of_the_windows() {
        BookingTally tally = tally();
        tally.fold(booking("lead", n("100"), "lead", "2026-11-20", "2026-12-20", null, null));
        tally.fold(booking("cancelled", n("100"), "cancelled", "2026-11-20", null, null, null));

        BookingFacts b = data(tally);

        assertThat(b.last30DaysCents()).isZero();
        assertThat(b.previous30DaysCents()).isZero();
        assertThat(b.earnedCents()).isZero();
        assertThat(b.deferredCents()).isZero();
    }

    // ---------------------------------------------------------------- unreadable items

    @Test
    void should_count_unreadable_amounts_without_failing() {
        BookingTally tally = tally();
        tally.fold(booking("good", n("100"), "confirmed", "2026-11-20", null, "direct", null));

        assertThatCode(() -> tally.fold(booking("tbd", s("TBD"), "confirmed", "2026-11-20", null, "direct", null)))
                .doesNotThrowAnyException();

        Facts facts = tally.facts(RUN_ID);
        BookingFacts b = (BookingFacts) facts.data();
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(1);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=tbd", "attribute 'amount' is not an amount: 'TBD'"));
        assertThat(b.itemsRead()).isEqualTo(2);
        assertThat(b.bookings()).isEqualTo(1);
        assertThat(b.revenueCents()).isEqualTo(10_000);
        assertThat(b.countByStatus()).containsExactly(entry("confirmed", 1L));
        assertThat(b.withoutInvoiceSample()).containsExactly("good");
    }

    @Test
    void should_show_a_secret_pasted_into_an_amount_or_an_id_by_four_characters_at_most() {
        String secret = "sk_" + "live_" + "FAKEdemo" + "Jk2Lm3Np4Qr5St6Uv"; // assembled: no source file holds one
        BookingTally tally = tally();

        tally.fold(booking("pasted", s(secret), "confirmed", "2026-11-20", null, "direct", null));
        tally.fold(booking(secret, s("call Marco"), "confirmed", "2026-11-20", null, "direct", null));

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=pasted", "attribute 'amount' is not an amount: 'sk_l…'"),
                new DataIssue("jada-bookings booking_id=sk_l…", "attribute 'amount' is not an amount: 'call Marco'"));
    }

    @Test
    void should_name_the_missing_status_attribute_of_an_unreadable_item() {
        BookingTally tally = tally();

        tally.fold(booking("no-status", n("100"), null, "2026-11-20", null, null, null));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=no-status", "attribute 'status' is missing"));
        assertThat(((BookingFacts) facts.data()).countByStatus()).isEmpty();
    }

    @Test
    void should_name_the_date_attribute_that_is_not_a_date() {
        BookingTally tally = tally();

        tally.fold(booking("bad-booked", n("100"), "confirmed", "next tuesday", null, null, "INV-1"));
        tally.fold(booking("bad-service", n("100"), "confirmed", "2026-11-20", "2026-13-45", null, "INV-2"));
        tally.fold(booking("no-booked", n("100"), "confirmed", null, null, null, "INV-3"));

        Facts facts = tally.facts(RUN_ID);
        BookingFacts b = (BookingFacts) facts.data();
        assertThat(facts.unreadable()).isEqualTo(3);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=bad-booked", "attribute 'booked_at' is not a date: 'next tuesday'"),
                new DataIssue("jada-bookings booking_id=bad-service", "attribute 'service_date' is not a date: '2026-13-45'"),
                new DataIssue("jada-bookings booking_id=no-booked", "attribute 'booked_at' is missing"));
        assertThat(b.itemsRead()).isEqualTo(3);
        assertThat(b.bookings()).isZero();
        assertThat(b.revenueCents()).isZero();
    }

    @Test
    void should_count_every_unreadable_item_but_sample_only_five() {
        BookingTally tally = tally();
        for (int i = 1; i <= 7; i++) {
            tally.fold(booking("bad" + i, s("TBD"), "confirmed", "2026-11-20", null, null, null));
        }

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.unreadable()).isEqualTo(7);
        assertThat(facts.issues()).hasSize(5);
        assertThat(facts.issues()).extracting(DataIssue::where).containsExactly(
                "jada-bookings booking_id=bad1", "jada-bookings booking_id=bad2", "jada-bookings booking_id=bad3",
                "jada-bookings booking_id=bad4", "jada-bookings booking_id=bad5");
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
    }

    @Test
    void should_treat_an_amount_stored_as_a_list_as_unreadable() {
        BookingTally tally = tally();
        Map<String, AttributeValue> item = booking("listed", null, "confirmed", "2026-11-20", null, null, null);
        item.put("amount", AttributeValue.fromL(List.of(AttributeValue.fromN("1"))));

        assertThatCode(() -> tally.fold(item)).doesNotThrowAnyException();

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=listed", "attribute 'amount' is not a string or number"));
    }

    @Test
    void should_count_an_item_whose_id_is_not_a_string_or_number_without_failing() {
        BookingTally tally = tally();
        Map<String, AttributeValue> item = booking(null, n("100"), "confirmed", "2026-11-20", null, null, null);
        item.put("booking_id", AttributeValue.fromSs(List.of("a", "b")));

        assertThatCode(() -> tally.fold(item)).doesNotThrowAnyException();

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(1);
        assertThat(facts.issues()).singleElement().satisfies(i ->
                assertThat(i.reason()).contains("'booking_id'"));
    }

    // ---------------------------------------------------------------- hostile values (issue 12)

    @org.junit.jupiter.params.ParameterizedTest(name = "amount {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1,5         | attribute 'amount' is not an amount: '1,5' (a decimal comma or mixed separators; write 1234.56)",
            "1.234,56    | attribute 'amount' is not an amount: '1.234,56' (a decimal comma or mixed separators; write 1234.56)",
            "1e30        | attribute 'amount' is out of range: '1e30' (beyond 10,000,000,000,000)",
            "9e16        | attribute 'amount' is out of range: '9e16' (beyond 10,000,000,000,000)",
            "1e100000000 | attribute 'amount' is out of range: '1e100000000' (beyond 10,000,000,000,000)"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_an_amount_that_reads_two_ways_or_beyond_bounds_and_keep_the_others(String amount, String reason) {
        BookingTally tally = tally();
        tally.fold(booking("good", s("1,234.56"), "confirmed", "2026-11-20", null, "direct", "INV-1"));
        tally.fold(booking("bad", s(amount), "confirmed", "2026-11-20", null, "direct", "INV-2"));
        tally.fold(booking("bad-too", s(amount), "confirmed", "2026-11-20", null, "direct", "INV-3"));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(new DataIssue("jada-bookings booking_id=bad", reason),
                new DataIssue("jada-bookings booking_id=bad-too", reason));
        assertThat(((BookingFacts) facts.data()).revenueCents()).isEqualTo(123_456);
        assertThat(((BookingFacts) facts.data()).bookings()).isEqualTo(1);
    }

    @Test
    void should_read_an_amount_with_a_dollar_sign_grouping_and_spaces() {
        BookingTally tally = tally();
        tally.fold(booking("a", s("$1,200.00"), "confirmed", "2026-11-20", null, "direct", "INV-1"));
        tally.fold(booking("b", s(" 12 "), "confirmed", "2026-11-20", null, "direct", "INV-2"));
        tally.fold(booking("c", s("-0"), "confirmed", "2026-11-20", null, "direct", "INV-3"));

        assertThat(data(tally).revenueCents()).isEqualTo(121_200);
        assertThat(tally.facts(RUN_ID).issues()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void should_refuse_the_booking_that_would_overflow_the_revenue_and_keep_the_sum_as_it_was() {
        BookingTally tally = tally();
        long fits = Long.MAX_VALUE / StrictNumbers.MAX_CENTS; // 9,223 of the largest amount read
        for (int i = 0; i < fits; i++) {
            tally.fold(booking(String.format("b%05d", i), n("10000000000000"), "confirmed", "2026-11-20", null, null, "I"));
        }
        tally.fold(booking("overflow", n("10000000000000"), "confirmed", "2026-11-20", null, null, "I"));

        Facts facts = tally.facts(RUN_ID);
        BookingFacts b = (BookingFacts) facts.data();
        assertThat(b.revenueCents()).isEqualTo(fits * StrictNumbers.MAX_CENTS).isPositive();
        assertThat(b.revenueByMonth()).containsExactly(entry("2026-11", fits * StrictNumbers.MAX_CENTS));
        assertThat(facts.unreadable()).isEqualTo(1);
        assertThat(facts.issues()).contains(new DataIssue("jada-bookings booking_id=overflow",
                "attribute 'amount' (1000000000000000 cents) would overflow the sums; left out"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "service date {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "9999-12-31       | attribute 'service_date' is out of range: '9999-12-31' (outside 1970-01-01 … 2031-11-23)",
            "2031-11-24       | attribute 'service_date' is out of range: '2031-11-24' (outside 1970-01-01 … 2031-11-23)",
            "1969-12-31       | attribute 'service_date' is out of range: '1969-12-31' (outside 1970-01-01 … 2031-11-23)",
            "+999999999-12-31 | attribute 'service_date' is not a date: '+999999999-12-31'",
            "+999999999-12-31T00:00:00Z | attribute 'service_date' is out of range: '+999999999-12-31T00:00:00Z' (outside 1970-01-01 … 2031-11-23)",
            "99999999999      | attribute 'service_date' is out of range: '99999999999' (outside 1970-01-01 … 2031-11-23)"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_date_outside_the_window_and_name_it(String date, String reason) {
        BookingTally tally = tally();
        tally.fold(booking("far", n("100"), "confirmed", "2026-11-20", date, "direct", "INV-1"));
        tally.fold(booking("near", n("100"), "confirmed", "2026-11-20", "2031-11-23", "direct", "INV-2"));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(new DataIssue("jada-bookings booking_id=far", reason));
        assertThat(((BookingFacts) facts.data()).deferredCents()).isEqualTo(10_000);
    }

    @Test
    void should_read_epoch_seconds_within_the_window() {
        BookingTally tally = tally();
        tally.fold(bookingWith("epoch", n("100"), "confirmed", n("1795424400"), null, "INV-1")); // 2026-11-23 (UTC-8)

        assertThat(tally.facts(RUN_ID).issues()).isEmpty();
        assertThat(data(tally).revenueByMonth()).containsExactly(entry("2026-11", 10_000L));
    }

    @Test
    void should_refuse_a_booking_without_its_id_and_name_it() {
        BookingTally tally = tally();
        tally.fold(booking(null, n("100"), "confirmed", "2026-11-20", null, "direct", null));
        tally.fold(booking("ok", n("100"), "confirmed", "2026-11-20", null, "direct", null));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-bookings booking_id=(missing)", "attribute 'booking_id' is missing"));
        assertThat(((BookingFacts) facts.data()).bookings()).isEqualTo(1);
    }

    @Test
    void should_quote_a_very_long_amount_shortened() {
        BookingTally tally = tally();
        tally.fold(booking("long", s("1".repeat(1_000_000)), "confirmed", "2026-11-20", null, "direct", null));

        assertThat(tally.facts(RUN_ID).issues()).singleElement().satisfies(i -> assertThat(i.reason())
                .isEqualTo("attribute 'amount' is too long: '" + "1".repeat(40) + "…' (longer than 40 characters)"));
    }

    // ---------------------------------------------------------------- helpers

    private static BookingTally tally() {
        BookingMapping mapping = BookingMapping.of("booking_id", "amount", "status", "channel", "booked_at", "service_date",
                "invoice_id", "lead, Quote", "cancelled,refunded");
        return new BookingTally("jada", "bookings", TABLE, mapping, TODAY, ZONE);
    }

    private static BookingFacts data(BookingTally tally) {
        return (BookingFacts) tally.facts(RUN_ID).data();
    }

    private static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    /** A bookings item; null values leave their attribute out. */
    private static Map<String, AttributeValue> booking(String id, AttributeValue amount, String status, String bookedAt,
                                                       String serviceDate, String channel, String invoice) {
        return bookingWith(id, amount, status, bookedAt == null ? null : s(bookedAt), serviceDate, invoice, channel);
    }

    private static Map<String, AttributeValue> bookingWith(String id, AttributeValue amount, String status,
                                                           AttributeValue bookedAt, String serviceDate, String invoice) {
        return bookingWith(id, amount, status, bookedAt, serviceDate, invoice, null);
    }

    private static Map<String, AttributeValue> bookingWith(String id, AttributeValue amount, String status,
                                                           AttributeValue bookedAt, String serviceDate, String invoice,
                                                           String channel) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        if (id != null) {
            item.put("booking_id", s(id));
        }
        if (amount != null) {
            item.put("amount", amount);
        }
        if (status != null) {
            item.put("status", s(status));
        }
        if (bookedAt != null) {
            item.put("booked_at", bookedAt);
        }
        if (serviceDate != null) {
            item.put("service_date", s(serviceDate));
        }
        if (channel != null) {
            item.put("channel", s(channel));
        }
        if (invoice != null) {
            item.put("invoice_id", s(invoice));
        }
        return item;
    }
}
