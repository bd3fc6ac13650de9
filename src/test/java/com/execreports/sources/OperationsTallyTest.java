package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.config.SnapshotJson;
import com.execreports.demo.DemoPortfolio;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class OperationsTallyTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final String STAYS = "rental-3028-51st-stays";
    private static final String JOBS = "expert-yacht-delivery-jobs";

    private final DdbTallyFactory tallies = new DdbTallyFactory();

    // ---------------------------------------------------------------- intervals

    @Test
    void should_count_each_night_of_a_stay_in_the_month_it_falls_in() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "completed", "2026-01-30", "2026-02-02", "900"));

        OperationsFacts o = data(tally);

        assertThat(o.daysByMonth()).containsExactly(entry("2026-01", 2L), entry("2026-02", 1L));
        assertThat(o.itemsByMonth()).containsExactly(entry("2026-01", 1L));
        assertThat(o.revenueByMonth()).containsExactly(entry("2026-01", 90_000L));
        assertThat(o.intervals()).isTrue();
    }

    @Test
    void should_split_a_stay_over_several_month_ends_and_a_leap_february() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "confirmed", "2028-01-31", "2028-04-02", "5000"));

        assertThat(data(tally).daysByMonth())
                .containsExactly(entry("2028-01", 1L), entry("2028-02", 29L), entry("2028-03", 31L), entry("2028-04", 1L));
    }

    @Test
    void should_count_no_night_for_a_stay_that_ends_on_the_day_it_starts() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "completed", "2026-03-31", "2026-03-31", "125"));
        tally.fold(stay("S-2", "completed", "2026-03-31", "2026-04-01", "200"));

        OperationsFacts o = data(tally);

        assertThat(o.daysByMonth()).containsExactly(entry("2026-03", 1L));
        assertThat(o.itemsByMonth()).containsExactly(entry("2026-03", 2L));
        assertThat(o.counted()).isEqualTo(2);
    }

    @Test
    void should_add_up_the_nights_of_several_stays_in_one_month() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "completed", "2026-06-01", "2026-06-05", "800"));
        tally.fold(stay("S-2", "completed", "2026-06-07", "2026-06-14", "1400"));
        tally.fold(stay("S-3", "confirmed", "2026-06-28", "2026-07-03", "1000"));

        OperationsFacts o = data(tally);

        assertThat(o.days("2026-06")).isEqualTo(4 + 7 + 3);
        assertThat(o.days("2026-07")).isEqualTo(2);
        assertThat(o.revenue("2026-06")).isEqualTo(320_000);
        assertThat(o.revenueCents()).isEqualTo(320_000);
    }

    @Test
    void should_read_dates_written_as_date_times_or_epoch_seconds_in_the_run_zone() {
        OperationsTally tally = stays();
        Map<String, AttributeValue> item = stay("S-1", "completed", "2026-04-30", "2026-05-02T10:00:00-08:00", "300");
        // 2026-05-01T06:00Z is still 30 April at -08:00
        item.put("checkIn", AttributeValue.fromN(String.valueOf(OffsetDateTime.parse("2026-05-01T06:00:00Z").toEpochSecond())));
        tally.fold(item);

        assertThat(data(tally).daysByMonth()).containsExactly(entry("2026-04", 1L), entry("2026-05", 1L));
    }

    // ---------------------------------------------------------------- statuses

    @Test
    void should_count_only_the_statuses_that_count_whatever_their_case() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "Completed", "2026-06-01", "2026-06-03", "400"));
        tally.fold(stay("S-2", "CONFIRMED", "2026-06-10", "2026-06-11", "200"));
        tally.fold(stay("S-3", "cancelled", "2026-06-20", "2026-06-25", "1000"));
        tally.fold(stay("S-4", "inquiry", "2026-06-26", "2026-06-28", "500"));

        OperationsFacts o = data(tally);

        assertThat(o.itemsRead()).isEqualTo(4);
        assertThat(o.counted()).isEqualTo(2);
        assertThat(o.days("2026-06")).isEqualTo(3);
        assertThat(o.revenueCents()).isEqualTo(60_000);
        assertThat(o.countByStatus()).containsExactly(entry("cancelled", 1L), entry("completed", 1L),
                entry("confirmed", 1L), entry("inquiry", 1L));
        assertThat(o.countStatuses()).containsExactly("completed", "confirmed");
    }

    @Test
    void should_ask_nothing_more_of_an_item_whose_status_does_not_count() {
        OperationsTally tally = trips();
        Map<String, AttributeValue> quote = new LinkedHashMap<>();
        quote.put("jobId", AttributeValue.fromS("EYD-Q"));
        quote.put("status", AttributeValue.fromS("quoted"));
        tally.fold(quote);

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(((OperationsFacts) facts.data()).countByStatus()).containsExactly(entry("quoted", 1L));
    }

    // ---------------------------------------------------------------- quantities

    @Test
    void should_sum_each_quantity_per_departure_month_keeping_decimals() {
        OperationsTally tally = tallies.operations(RUN, "expert-yacht-delivery", "trips", JOBS, "jobId", "status",
                "delivered,scheduled", "departDate", "", "nauticalMiles, engineHours", "quoteAmount");
        tally.fold(job("EYD-1", "delivered", "2026-10-02", "750", "5400", "96.5"));
        tally.fold(job("EYD-2", "delivered", "2026-10-30", "65.5", "1162", "11"));
        tally.fold(job("EYD-3", "scheduled", "2026-11-25", "1,250", "7150", "160"));

        OperationsFacts o = data(tally);

        assertThat(o.quantityAttributes()).containsExactly("nauticalMiles", "engineHours");
        assertThat(o.quantitiesByMonth().get("nauticalMiles"))
                .containsExactly(entry("2026-10", new BigDecimal("815.5")), entry("2026-11", new BigDecimal("1250")));
        assertThat(o.quantity("engineHours", "2026-10")).isEqualByComparingTo("107.5");
        assertThat(o.quantity("engineHours", "2026-09")).isEqualByComparingTo("0");
        assertThat(o.itemsByMonth()).containsExactly(entry("2026-10", 2L), entry("2026-11", 1L));
        assertThat(o.revenueByMonth()).containsExactly(entry("2026-10", 656_200L), entry("2026-11", 715_000L));
        assertThat(o.daysByMonth()).isEmpty();
        assertThat(o.intervals()).isFalse();
    }

    @Test
    void should_keep_a_quantity_attribute_with_no_counted_item_as_an_empty_month_map() {
        OperationsTally tally = trips();

        assertThat(data(tally).quantitiesByMonth()).containsOnlyKeys("nauticalMiles");
        assertThat(data(tally).quantitiesByMonth().get("nauticalMiles")).isEmpty();
    }

    // ---------------------------------------------------------------- unreadable items

    @Test
    void should_leave_out_and_sample_a_counted_item_it_cannot_read_whole() {
        OperationsTally tally = trips();
        tally.fold(job("EYD-1", "delivered", "2026-10-02", "750", "5400", null));
        tally.fold(job("EYD-2", "delivered", "2026-10-05", "about 400", "3000", null));
        tally.fold(job("EYD-3", "delivered", "soon", "390", "2460", null));
        tally.fold(job("EYD-4", "delivered", "2026-10-09", "390", "TBD", null));
        Map<String, AttributeValue> noMiles = job("EYD-5", "scheduled", "2026-12-01", "0", "900", null);
        noMiles.remove("nauticalMiles");
        tally.fold(noMiles);
        Map<String, AttributeValue> noStatus = job("EYD-6", "delivered", "2026-10-09", "65", "1160", null);
        noStatus.remove("status");
        tally.fold(noStatus);

        Facts facts = tally.facts(RUN.runId());
        OperationsFacts o = (OperationsFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(5);
        assertThat(facts.issues()).containsExactly(
                new DataIssue(JOBS + " jobId=EYD-2", "attribute 'nauticalMiles' is not a number: 'about 400'"),
                new DataIssue(JOBS + " jobId=EYD-3", "attribute 'departDate' is not a date: 'soon'"),
                new DataIssue(JOBS + " jobId=EYD-4", "attribute 'quoteAmount' is not an amount: 'TBD'"),
                new DataIssue(JOBS + " jobId=EYD-5", "attribute 'nauticalMiles' is missing"),
                new DataIssue(JOBS + " jobId=EYD-6", "attribute 'status' is missing"));
        // nothing of an unreadable item is folded: only EYD-1 counts
        assertThat(o.itemsRead()).isEqualTo(6);
        assertThat(o.counted()).isEqualTo(1);
        assertThat(o.itemsByMonth()).containsExactly(entry("2026-10", 1L));
        assertThat(o.quantitiesByMonth().get("nauticalMiles")).containsExactly(entry("2026-10", new BigDecimal("750")));
        assertThat(o.revenueCents()).isEqualTo(540_000);
        assertThat(o.countByStatus()).containsExactly(entry("delivered", 1L));
    }

    @Test
    void should_leave_out_a_stay_without_check_out_or_that_ends_before_it_starts() {
        OperationsTally tally = stays();
        Map<String, AttributeValue> open = stay("S-1", "confirmed", "2026-06-01", null, "400");
        tally.fold(open);
        tally.fold(stay("S-2", "completed", "2026-06-10", "2026-06-08", "200"));

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.issues()).containsExactly(
                new DataIssue(STAYS + " stayId=S-1", "attribute 'checkOut' is missing"),
                new DataIssue(STAYS + " stayId=S-2", "attribute 'checkOut' (2026-06-08) is before 'checkIn' (2026-06-10)"));
        assertThat(((OperationsFacts) facts.data()).daysByMonth()).isEmpty();
        assertThat(((OperationsFacts) facts.data()).revenueCents()).isZero();
    }

    @Test
    void should_keep_five_issues_as_evidence_but_count_them_all() {
        OperationsTally tally = stays();
        for (int i = 1; i <= 8; i++) {
            tally.fold(stay("S-" + i, "completed", "2026-06-01", "2026-06-03", "n/a"));
        }

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.unreadable()).isEqualTo(8);
        assertThat(facts.issues()).hasSize(5);
    }

    // ---------------------------------------------------------------- facts and parameters

    @Test
    void should_state_its_facts_as_a_ddb_operations_source_of_its_table() {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "completed", "2026-06-01", "2026-06-03", "400"));

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.domain()).isEqualTo("rental-3028-51st");
        assertThat(facts.source()).isEqualTo("occupancy");
        assertThat(facts.kind()).isEqualTo("ddb-operations");
        assertThat(facts.resource()).isEqualTo(STAYS);
        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        OperationsFacts o = (OperationsFacts) facts.data();
        assertThat(o.table()).isEqualTo(STAYS);
        assertThat(o.startAttribute()).isEqualTo("checkIn");
        assertThat(o.endAttribute()).isEqualTo("checkOut");
        assertThat(o.quantityAttributes()).isEmpty();
    }

    @Test
    void should_read_back_its_facts_from_the_snapshot_archive() throws Exception {
        OperationsTally tally = trips();
        tally.fold(job("EYD-1", "delivered", "2026-10-02", "65.5", "1162", null));
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(tally.facts(RUN.runId())));
        SnapshotJson json = new SnapshotJson();

        assertThat(json.read(json.write(snapshot))).isEqualTo(snapshot);
    }

    @Test
    void should_count_no_revenue_when_the_table_has_no_amount_attribute() {
        OperationsTally tally = tallies.operations(RUN, "d", "ops", "t", "id", "status", "done", "day", " ", "", "");
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS("1"));
        item.put("status", AttributeValue.fromS("done"));
        item.put("day", AttributeValue.fromS("2026-06-01"));
        tally.fold(item);

        OperationsFacts o = data(tally);

        assertThat(o.counted()).isEqualTo(1);
        assertThat(o.revenueByMonth()).isEmpty();
        assertThat(o.endAttribute()).isNull();
    }

    @Test
    void should_refuse_parameters_that_cannot_be_right_naming_them() {
        assertThatThrownBy(() -> tallies.operations(RUN, "d", "ops", "t", "id", "status", " , ", "day", "", "", ""))
                .hasMessageContaining("countStatuses");
        assertThatThrownBy(() -> tallies.operations(RUN, "d", "ops", "t", "id", "status", "done", "day", "", "miles;hours", ""))
                .hasMessageContaining("quantityAttributes='miles;hours'");
        assertThatThrownBy(() -> tallies.operations(RUN, "d", "ops", "t", "id", "status", "done", "", "", "", ""))
                .hasMessageContaining("startAttribute");
    }

    // ---------------------------------------------------------------- the demo tables

    @Test
    void should_fold_the_demo_stays_into_nights_per_month() {
        OperationsTally tally = stays();
        demoTable(STAYS).forEach(tally::fold);

        Facts facts = tally.facts(RUN.runId());
        OperationsFacts o = (OperationsFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        // no month can hold more nights than it has days: a stay never overlaps another
        o.daysByMonth().forEach((month, nights) ->
                assertThat(nights).isLessThanOrEqualTo(java.time.YearMonth.parse(month).lengthOfMonth()));
        long nights = o.daysByMonth().values().stream().mapToLong(Long::longValue).sum();
        long declared = demoTable(STAYS).stream()
                .filter(i -> !i.get("status").s().equals("cancelled"))
                .mapToLong(i -> Long.parseLong(i.get("nights").n())).sum();
        assertThat(nights).isEqualTo(declared);
    }

    @Test
    void should_fold_the_demo_jobs_into_trips_and_miles_per_month() {
        OperationsTally tally = trips();
        demoTable(JOBS).forEach(tally::fold);

        Facts facts = tally.facts(RUN.runId());
        OperationsFacts o = (OperationsFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        long trips = demoTable(JOBS).stream()
                .filter(i -> List.of("delivered", "scheduled").contains(i.get("status").s())).count();
        assertThat(o.counted()).isEqualTo(trips);
        assertThat(o.itemsByMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(trips);
    }

    // ---------------------------------------------------------------- hostile values (issue 12)

    @org.junit.jupiter.params.ParameterizedTest(name = "check-out {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"9999-12-31", "+999999999-12-31T00:00:00Z", "2031-11-24"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_check_out_outside_the_window_instead_of_keeping_its_months(String checkOut) {
        OperationsTally tally = stays();
        tally.fold(stay("S-1", "completed", "2026-06-01", "2026-06-03", "400"));
        tally.fold(stay("S-far", "completed", "2026-06-10", checkOut, "200"));

        Facts facts = tally.facts(RUN.runId());
        OperationsFacts o = (OperationsFacts) facts.data();

        assertThat(facts.issues()).containsExactly(new DataIssue(STAYS + " stayId=S-far",
                "attribute 'checkOut' is out of range: '" + checkOut + "' (outside 1970-01-01 … 2031-11-23)"));
        assertThat(o.daysByMonth()).containsExactly(entry("2026-06", 2L));
        assertThat(o.revenueCents()).isEqualTo(40_000);
    }

    @Test
    void should_keep_a_stay_up_to_the_end_of_the_window_in_bounded_months() {
        OperationsTally tally = stays();
        tally.fold(stay("S-long", "completed", "1970-01-01", "2031-11-23", "400"));

        OperationsFacts o = data(tally);
        assertThat(o.daysByMonth()).hasSize(743); // 1970-01 … 2031-11
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "miles {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "1e20000000 | attribute 'nauticalMiles' is out of range: '1e20000000' (beyond 10,000,000,000,000)",
            "1,5        | attribute 'nauticalMiles' is not a number: '1,5' (a decimal comma or mixed separators; write 1234.56)",
            "1e30       | attribute 'nauticalMiles' is out of range: '1e30' (beyond 10,000,000,000,000)"})
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_quantity_that_would_blow_up_the_snapshot(String miles, String reason) {
        OperationsTally tally = trips();
        tally.fold(job("EYD-1", "delivered", "2026-10-02", "750", "5400", null));
        tally.fold(job("EYD-2", "delivered", "2026-10-03", miles, "5400", null));

        Facts facts = tally.facts(RUN.runId());
        assertThat(facts.issues()).containsExactly(new DataIssue(JOBS + " jobId=EYD-2", reason));
        assertThat(((OperationsFacts) facts.data()).quantity("nauticalMiles", "2026-10")).isEqualByComparingTo("750");
    }

    @Test
    void should_refuse_an_item_without_its_id_and_name_it() {
        OperationsTally tally = trips();
        Map<String, AttributeValue> item = job("EYD-1", "delivered", "2026-10-02", "750", "5400", null);
        item.remove("jobId");
        tally.fold(item);

        Facts facts = tally.facts(RUN.runId());
        assertThat(facts.issues()).containsExactly(new DataIssue(JOBS + " jobId=(missing)", "attribute 'jobId' is missing"));
        assertThat(((OperationsFacts) facts.data()).counted()).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private OperationsTally stays() {
        return tallies.operations(RUN, "rental-3028-51st", "occupancy", STAYS, "stayId", "status", "completed,confirmed",
                "checkIn", "checkOut", "", "total");
    }

    private OperationsTally trips() {
        return tallies.operations(RUN, "expert-yacht-delivery", "trips", JOBS, "jobId", "status", "delivered,scheduled",
                "departDate", "", "nauticalMiles", "quoteAmount");
    }

    private static Map<String, AttributeValue> stay(String id, String status, String checkIn, String checkOut, String total) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("stayId", AttributeValue.fromS(id));
        item.put("status", AttributeValue.fromS(status));
        item.put("checkIn", AttributeValue.fromS(checkIn));
        if (checkOut != null) {
            item.put("checkOut", AttributeValue.fromS(checkOut));
        }
        item.put("total", AttributeValue.fromS(total));
        return item;
    }

    private static Map<String, AttributeValue> job(String id, String status, String departDate, String miles, String quote,
                                                   String engineHours) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("jobId", AttributeValue.fromS(id));
        item.put("status", AttributeValue.fromS(status));
        item.put("departDate", AttributeValue.fromS(departDate));
        item.put("nauticalMiles", miles.matches("[0-9.]+") ? AttributeValue.fromN(miles) : AttributeValue.fromS(miles));
        item.put("quoteAmount", quote.matches("[0-9.]+") ? AttributeValue.fromN(quote) : AttributeValue.fromS(quote));
        if (engineHours != null) {
            item.put("engineHours", AttributeValue.fromN(engineHours));
        }
        return item;
    }

    private static List<Map<String, AttributeValue>> demoTable(String name) {
        return new DemoPortfolio().tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().items();
    }

    private static OperationsFacts data(OperationsTally tally) {
        return (OperationsFacts) tally.facts(RUN.runId()).data();
    }
}
