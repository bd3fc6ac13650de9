package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SourceStatus;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SubscriptionTallyTest {

    private static final ZoneOffset ZONE = ZoneOffset.ofHours(-8);
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 23);
    private static final String TABLE = "quickdumpnow-subscriptions";
    private static final String RUN_ID = "2026-W48-20261123T0700";

    @Test
    void should_add_monthly_amounts_of_active_statuses_only_to_mrr() {
        SubscriptionTally tally = tally("active, Trialing");
        tally.fold(sub("s1", "active", "49.00"));
        tally.fold(sub("s2", "Active", "$99.50"));
        tally.fold(sub("s3", "trialing", "10"));
        tally.fold(sub("s4", "past_due", "49"));
        tally.fold(sub("s5", "cancelled", "29"));

        SubscriptionFacts s = data(tally);

        assertThat(s.table()).isEqualTo(TABLE);
        assertThat(s.subscriptions()).isEqualTo(5);
        assertThat(s.active()).isEqualTo(3);
        assertThat(s.mrrCents()).isEqualTo(15_850);
        assertThat(s.countByStatus()).containsExactly(entry("active", 2L), entry("cancelled", 1L), entry("past_due", 1L),
                entry("trialing", 1L));
    }

    @Test
    void should_sum_renewal_attempts_and_failures_treating_missing_counts_as_zero() {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("s1", "12", "1", "succeeded"));
        tally.fold(renewals("s2", "3", "2", "failed"));
        tally.fold(sub("s3", "active", "10"));

        SubscriptionFacts s = data(tally);

        assertThat(s.renewalsAttempted()).isEqualTo(15);
        assertThat(s.renewalsFailed()).isEqualTo(3);
        assertThat(s.renewalFailurePercent()).isEqualTo(20);
    }

    @Test
    void should_count_each_paid_renewal_as_a_month_at_the_price_and_the_failed_ones_apart() {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("s1", "12", "1", "succeeded")); // $10 a month: 11 paid, 1 failed
        tally.fold(renewals("s2", "3", "2", "failed"));    // 1 paid, 2 failed
        tally.fold(sub("s3", "active", "10"));            // no renewal yet

        SubscriptionFacts s = data(tally);

        assertThat(s.paidRenewalsCents()).isEqualTo(12 * 1_000);
        assertThat(s.failedRenewalsCents()).isEqualTo(3 * 1_000);
    }

    @Test
    void should_refuse_a_renewal_product_that_would_overflow_and_keep_the_other_sums() {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("s1", "3", "1", "succeeded"));
        Map<String, AttributeValue> huge = renewals("s2", "999999999999", "0", "succeeded");
        huge.put("monthly_amount", AttributeValue.fromS("9999999"));
        tally.fold(huge);

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).extracting(DataIssue::where).containsExactly("quickdumpnow-subscriptions sub_id=s2");
        assertThat(facts.issues().get(0).reason()).endsWith("would overflow the sums; left out");
        assertThat(((SubscriptionFacts) facts.data()).paidRenewalsCents()).isEqualTo(2_000);
        assertThat(((SubscriptionFacts) facts.data()).renewalsAttempted()).isEqualTo(3);
    }

    @Test
    void should_round_the_renewal_failure_percent_half_up() {
        assertThat(percentOf("8", "1")).isEqualTo(13);   // 12.5 %
        assertThat(percentOf("3", "1")).isEqualTo(33);   // 33.3 %
        assertThat(percentOf("3", "2")).isEqualTo(67);   // 66.7 %
        assertThat(percentOf("12", "1")).isEqualTo(8);   // 8.3 %
    }

    @Test
    void should_report_zero_failure_percent_when_no_renewal_was_attempted() {
        SubscriptionTally tally = tally("active");
        tally.fold(sub("s1", "active", "10"));

        assertThat(data(tally).renewalFailurePercent()).isZero();
    }

    @Test
    void should_sample_at_most_five_subscriptions_whose_last_renewal_failed() {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("ok", "1", "0", "succeeded"));
        tally.fold(renewals("f1", "1", "1", "failed"));
        tally.fold(renewals("f2", "1", "1", "Failure"));
        tally.fold(renewals("f3", "1", "1", "FAILED_CARD_DECLINED"));
        tally.fold(renewals("f4", "1", "1", "failed"));
        tally.fold(renewals("f5", "1", "1", "failed"));
        tally.fold(renewals("f6", "1", "1", "failed"));

        SubscriptionFacts s = data(tally);

        assertThat(s.failedRenewalSample()).containsExactly("f1", "f2", "f3", "f4", "f5");
        assertThat(s.renewalsFailed()).isEqualTo(6);
    }

    @Test
    void should_count_cancellations_by_month_from_iso_dates_date_times_and_epoch_seconds() {
        SubscriptionTally tally = tally("active");
        tally.fold(cancelled("c1", AttributeValue.fromS("2026-10-03")));
        tally.fold(cancelled("c2", AttributeValue.fromS("2026-10-31T20:00:00-08:00")));
        // 2026-11-01T05:00Z is 31 October at -08:00
        tally.fold(cancelled("c3", AttributeValue.fromS("2026-11-01T05:00:00Z")));
        // 1795176000 = 2026-11-20T12:00:00Z
        tally.fold(cancelled("c4", AttributeValue.fromN("1795176000")));
        tally.fold(cancelled("c5", AttributeValue.fromS("2026-09-15")));
        tally.fold(sub("live", "active", "10"));

        assertThat(data(tally).cancelledByMonth()).containsExactly(entry("2026-09", 1L), entry("2026-10", 3L),
                entry("2026-11", 1L));
    }

    @Test
    void should_count_an_unreadable_amount_without_failing_and_name_the_attribute() {
        SubscriptionTally tally = tally("active");
        tally.fold(sub("good", "active", "10"));

        assertThatCode(() -> tally.fold(sub("tbd", "active", "TBD"))).doesNotThrowAnyException();

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.kind()).isEqualTo("ddb-subscriptions");
        assertThat(facts.resource()).isEqualTo(TABLE);
        assertThat(facts.unreadable()).isEqualTo(1);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("quickdumpnow-subscriptions sub_id=tbd", "attribute 'monthly_amount' is not an amount: 'TBD'"));
        SubscriptionFacts s = (SubscriptionFacts) facts.data();
        assertThat(s.mrrCents()).isEqualTo(1_000);
        assertThat(s.active()).isEqualTo(1);
    }

    @Test
    void should_name_a_missing_status() {
        SubscriptionTally tally = tally("active");
        Map<String, AttributeValue> item = sub("nostatus", "active", "10");
        item.remove("status");

        tally.fold(item);

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(
                new DataIssue("quickdumpnow-subscriptions sub_id=nostatus", "attribute 'status' is missing"));
    }

    @Test
    void should_leave_an_unreadable_subscription_out_of_every_figure() {
        SubscriptionTally tally = tally("active");
        Map<String, AttributeValue> item = sub("odd", "active", "10");
        item.put("renewal_attempts", AttributeValue.fromS("many"));

        tally.fold(item);

        Facts facts = tally.facts(RUN_ID);
        SubscriptionFacts s = (SubscriptionFacts) facts.data();
        assertThat(facts.issues()).containsExactly(
                new DataIssue("quickdumpnow-subscriptions sub_id=odd", "attribute 'renewal_attempts' is not a number: 'many'"));
        assertThat(s.active()).isZero();
        assertThat(s.mrrCents()).isZero();
        assertThat(s.countByStatus()).isEmpty();
    }

    @Test
    void should_name_a_count_that_is_not_a_whole_number_instead_of_cutting_it() {
        SubscriptionTally tally = tally("active");
        Map<String, AttributeValue> item = sub("half", "active", "10");
        item.put("renewal_attempts", AttributeValue.fromN("2.5"));

        tally.fold(item);

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(
                new DataIssue("quickdumpnow-subscriptions sub_id=half", "attribute 'renewal_attempts' is not a whole number: '2.5'"));
        assertThat(((SubscriptionFacts) tally.facts(RUN_ID).data()).renewalsAttempted()).isZero();
    }

    @Test
    void should_count_an_item_whose_id_is_not_a_string_or_number_without_failing() {
        SubscriptionTally tally = tally("active");
        Map<String, AttributeValue> item = sub("x", "active", "10");
        item.put("sub_id", AttributeValue.fromL(List.of(AttributeValue.fromS("x"))));

        assertThatCode(() -> tally.fold(item)).doesNotThrowAnyException();

        assertThat(tally.facts(RUN_ID).unreadable()).isEqualTo(1);
    }

    @Test
    void should_refuse_an_invalid_attribute_name_naming_the_parameter() {
        Map<String, String> attributes = attributes();
        attributes.put("monthlyAmountAttribute", "monthly amount");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SubscriptionTally("quickdumpnow", "subscriptions", TABLE, attributes, "active", TODAY, ZONE))
                .withMessageContaining("monthlyAmountAttribute='monthly amount'");
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- hostile values (issue 12)

    @org.junit.jupiter.params.ParameterizedTest(name = "renewal attempts {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1e30         | attribute 'renewal_attempts' is out of range: '1e30' (beyond 10,000,000,000,000)",
            "1e13         | attribute 'renewal_attempts' is out of range: '1e13' (beyond 1,000,000,000,000)",
            "1e100000000  | attribute 'renewal_attempts' is out of range: '1e100000000' (beyond 10,000,000,000,000)"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_count_beyond_bounds_instead_of_a_huge_figure(String attempts, String reason) {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("s1", "3", "1", "succeeded"));
        tally.fold(renewals("s2", attempts, "1", "failed"));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(new DataIssue("quickdumpnow-subscriptions sub_id=s2", reason));
        assertThat(((SubscriptionFacts) facts.data()).renewalsAttempted()).isEqualTo(3);
    }

    @Test
    void should_refuse_a_monthly_amount_with_a_decimal_comma() {
        SubscriptionTally tally = tally("active");
        tally.fold(sub("comma", "active", "49,5"));
        tally.fold(sub("ok", "active", "1,049.50"));

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.issues()).containsExactly(new DataIssue("quickdumpnow-subscriptions sub_id=comma",
                "attribute 'monthly_amount' is not an amount: '49,5' (a decimal comma or mixed separators; write 1234.56)"));
        assertThat(((SubscriptionFacts) facts.data()).mrrCents()).isEqualTo(104_950);
    }

    @Test
    void should_refuse_a_cancellation_date_outside_the_window() {
        SubscriptionTally tally = tally("active");
        tally.fold(cancelled("c1", AttributeValue.fromS("9999-12-31")));

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(new DataIssue("quickdumpnow-subscriptions sub_id=c1",
                "attribute 'cancelled_at' is out of range: '9999-12-31' (outside 1970-01-01 … 2031-11-23)"));
        assertThat(data(tally).cancelledByMonth()).isEmpty();
    }

    @Test
    void should_refuse_a_subscription_without_its_id() {
        SubscriptionTally tally = tally("active");
        Map<String, AttributeValue> item = sub("x", "active", "10");
        item.remove("sub_id");
        tally.fold(item);

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(
                new DataIssue("quickdumpnow-subscriptions sub_id=(missing)", "attribute 'sub_id' is missing"));
        assertThat(data(tally).mrrCents()).isZero();
    }

    private static int percentOf(String attempts, String failures) {
        SubscriptionTally tally = tally("active");
        tally.fold(renewals("s1", attempts, failures, "succeeded"));
        return data(tally).renewalFailurePercent();
    }

    private static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("idAttribute", "sub_id");
        attributes.put("statusAttribute", "status");
        attributes.put("monthlyAmountAttribute", "monthly_amount");
        attributes.put("renewalAttemptsAttribute", "renewal_attempts");
        attributes.put("renewalFailuresAttribute", "renewal_failures");
        attributes.put("lastRenewalStatusAttribute", "last_renewal");
        attributes.put("cancelledAtAttribute", "cancelled_at");
        return attributes;
    }

    private static SubscriptionTally tally(String activeStatuses) {
        return new SubscriptionTally("quickdumpnow", "subscriptions", TABLE, attributes(), activeStatuses, TODAY, ZONE);
    }

    private static SubscriptionFacts data(SubscriptionTally tally) {
        return (SubscriptionFacts) tally.facts(RUN_ID).data();
    }

    private static Map<String, AttributeValue> sub(String id, String status, String monthly) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("sub_id", AttributeValue.fromS(id));
        item.put("status", AttributeValue.fromS(status));
        item.put("monthly_amount", AttributeValue.fromS(monthly));
        return item;
    }

    private static Map<String, AttributeValue> renewals(String id, String attempts, String failures, String last) {
        Map<String, AttributeValue> item = sub(id, "active", "10");
        item.put("renewal_attempts", AttributeValue.fromN(attempts));
        item.put("renewal_failures", AttributeValue.fromN(failures));
        item.put("last_renewal", AttributeValue.fromS(last));
        return item;
    }

    private static Map<String, AttributeValue> cancelled(String id, AttributeValue at) {
        Map<String, AttributeValue> item = sub(id, "cancelled", "29");
        item.put("cancelled_at", at);
        return item;
    }
}
