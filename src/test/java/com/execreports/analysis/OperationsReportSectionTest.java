package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BusinessProfile;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceData;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

class OperationsReportSectionTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final ReportSettings SETTINGS = new ReportSettings("Test portfolio", 365, 20, 10);
    private static final String RENTAL = "rental-3028-51st";
    private static final String YACHTS = "expert-yacht-delivery";

    // ---------------------------------------------------------------- rental

    @Test
    void should_show_a_rentals_occupancy_rent_expenses_and_net_yield_for_six_full_months_and_the_current_one() {
        Section s = only(OperationsReportSection.sections(snapshot(rentalProfile(), rentalOccupancy(), ledger())));

        assertThat(s.title()).isEqualTo("Occupancy and yield — 3028 51st St Rental");
        assertThat(s.columns()).containsExactly("Month", "Nights booked", "Available", "Occupancy", "Rent", "Expenses", "Net yield");
        assertThat(s.rows()).containsExactly(
                List.of("2026-05", "31", "31", "100%", "$6,200", "$620", "90%"),
                List.of("2026-06", "15", "30", "50%", "$3,000", "$3,300", "-10%"),
                List.of("2026-07", "0", "31", "0%", "$0", "$0", "n/a"),
                List.of("2026-08", "0", "31", "0%", "$0", "$0", "n/a"),
                List.of("2026-09", "0", "30", "0%", "$0", "$0", "n/a"),
                List.of("2026-10", "10", "31", "32%", "$2,000", "$0", "100%"),
                List.of("2026-11 (current)", "6", "30", "20%", "$1,200", "$400", "67%"),
                List.of("6 full months", "56", "184", "30%", "$11,200", "$3,920", "65%"));
        assertThat(s.note()).startsWith("Nights of completed or confirmed stays in each month (checkIn to checkOut;")
                .contains("Net yield = (rent − expenses) ÷ rent.")
                .endsWith("the last row totals 2026-05 to 2026-10.");
    }

    @Test
    void should_show_a_rentals_expenses_and_yield_as_not_available_without_a_ledger() {
        Section s = only(OperationsReportSection.sections(snapshot(rentalProfile(), rentalOccupancy())));

        assertThat(s.rows().get(0)).containsExactly("2026-05", "31", "31", "100%", "$6,200", "n/a", "n/a");
        assertThat(s.note()).contains("Expenses and yield are n/a: no expense ledger was read.");
    }

    @Test
    void should_mark_a_months_expenses_and_yield_incomplete_when_an_expense_of_the_rental_could_not_be_read() {
        Section s = only(OperationsReportSection.sections(snapshot(rentalProfile(), rentalOccupancy(),
                ledgerMissing(RENTAL, "2026-05", "portfolio-ledgers/expenses/expenses-2026.csv:109",
                        "amount '12,40O.00' is not a number — rental-3028-51st, Cool Breeze HVAC, 2026-05-14"))));

        // not a confident 90%: the month and the six months it is part of say they leave an expense out
        assertThat(s.rows().get(0)).containsExactly("2026-05", "31", "31", "100%", "$6,200", "$620*", "90%*");
        assertThat(s.rows().get(1)).containsExactly("2026-06", "15", "30", "50%", "$3,000", "$3,300", "-10%");
        assertThat(s.rows().get(7)).containsExactly("6 full months", "56", "184", "30%", "$11,200", "$3,920*", "65%*");
        assertThat(s.note()).endsWith("the last row totals 2026-05 to 2026-10. Figures marked * are incomplete: 1 unreadable "
                + "expense of 2026-05 is left out (portfolio-ledgers/expenses/expenses-2026.csv:109 amount '12,40O.00' is not a number "
                + "— rental-3028-51st, Cool Breeze HVAC, 2026-05-14).");
    }

    @Test
    void should_leave_a_rental_unmarked_when_the_unreadable_expense_is_another_business() {
        Section s = only(OperationsReportSection.sections(snapshot(rentalProfile(), rentalOccupancy(),
                ledgerMissing("jada", "2026-05", "portfolio-ledgers/expenses/expenses-2026.csv:7",
                        "amount 'x' is not a number — jada"))));

        assertThat(s.rows().get(0)).containsExactly("2026-05", "31", "31", "100%", "$6,200", "$620", "90%");
        assertThat(s.note()).doesNotContain("incomplete");
    }

    // ---------------------------------------------------------------- logistics

    @Test
    void should_mark_the_cost_per_trip_of_a_month_that_leaves_an_unreadable_expense_out() {
        Section s = only(OperationsReportSection.sections(snapshot(yachtProfile(), yachtTrips(),
                ledgerMissing(YACHTS, "2026-09", "portfolio-ledgers/expenses/expenses-2026.csv:200",
                        "amount '3OO.00' is not a number — expert-yacht-delivery, Shell, 2026-09-02"))));

        assertThat(s.rows().get(4)).containsExactly("2026-09", "2", "840", "$5,000", "$1,500*", "5", "17%");
        assertThat(s.rows().get(5)).containsExactly("2026-10", "4", "2,521", "$4,500", "$1,000", "15", "48%");
        assertThat(s.note()).endsWith("Figures marked * are incomplete: 1 unreadable expense of 2026-09 is left out "
                + "(portfolio-ledgers/expenses/expenses-2026.csv:200 amount '3OO.00' is not a number — expert-yacht-delivery, Shell, "
                + "2026-09-02).");
    }

    @Test
    void should_show_trips_miles_revenue_and_cost_per_trip_and_one_crews_utilisation() {
        Section s = only(OperationsReportSection.sections(snapshot(yachtProfile(), yachtTrips(), ledger())));

        assertThat(s.title()).isEqualTo("Trips and utilisation — Expert Yacht Delivery");
        assertThat(s.columns()).containsExactly("Month", "Trips", "Miles (nm)", "Revenue / trip", "Cost / trip", "Days at sea", "Utilisation");
        assertThat(s.rows()).containsExactly(
                List.of("2026-05", "0", "0", "n/a", "n/a", "0", "0%"),
                List.of("2026-06", "0", "0", "n/a", "n/a", "0", "0%"),
                List.of("2026-07", "0", "0", "n/a", "n/a", "0", "0%"),
                List.of("2026-08", "0", "0", "n/a", "n/a", "0", "0%"),
                // 840 nm ÷ 168 = 5 days of 30; 2,520.5 nm = 15.003 days of 31
                List.of("2026-09", "2", "840", "$5,000", "$1,500", "5", "17%"),
                List.of("2026-10", "4", "2,521", "$4,500", "$1,000", "15", "48%"),
                List.of("2026-11 (current)", "1", "65", "$1,162", "$0", "0", "1%"),
                // 2,800,000 ¢ ÷ 6 trips; 700,000 ¢ ÷ 6; 20.003 days of 184
                List.of("6 full months", "6", "3,361", "$4,667", "$1,167", "20", "11%"));
        assertThat(s.note()).contains("Utilisation = days at sea (nauticalMiles ÷ 168, i.e. 7 knots around the clock, all in the"
                        + " departure month) ÷ (days in the month × 1 vessel, the template's units)")
                .contains("fuel and crew included, when booked to the business");
    }

    @Test
    void should_count_days_at_sea_from_an_end_date_when_the_jobs_have_one() {
        OperationsFacts withArrival = operations(List.of("delivered"), "departDate", "arriveDate", List.of(),
                Map.of("2026-10", 2L), Map.of("2026-10", 31L), Map.of(), Map.of("2026-10", 400_000L));

        Section s = only(OperationsReportSection.sections(snapshot(yachtProfile(), facts(YACHTS, "trips", withArrival))));

        assertThat(s.rows().get(5)).containsExactly("2026-10", "2", "n/a", "$2,000", "n/a", "31", "100%");
        assertThat(s.note()).contains("days at sea (days from departDate to arriveDate)")
                .contains("Cost per trip is n/a: no expense ledger was read.");
    }

    // ---------------------------------------------------------------- subscriptions

    @Test
    void should_show_recurring_revenue_what_is_at_risk_and_cancellations_by_month() {
        SubscriptionFacts subs = new SubscriptionFacts("quickdumpnow-subscriptions", 900,
                new TreeMap<>(Map.of("active", 265L, "past_due", 371L, "cancelled", 264L)), 265, 2_434_500, 4041, 2559,
                List.of("QDN-SUB-0455"), new TreeMap<>(Map.of("2026-04", 9L, "2026-05", 16L, "2026-07", 14L, "2026-11", 121L)));

        Section s = only(OperationsReportSection.sections(snapshot(
                profile("quickdumpnow", "QuickDumpNow (junk removal)", "subscription"),
                facts("quickdumpnow", "subscriptions", subs))));

        assertThat(s.title()).isEqualTo("Subscriptions — QuickDumpNow (junk removal)");
        assertThat(s.rows()).containsExactly(
                List.of("Monthly recurring revenue", "$24,345"),
                List.of("Active subscriptions", "265"),
                List.of("Past due", "371"),
                List.of("Renewal attempts that failed", "63% (2,559 of 4,041)"),
                List.of("Cancelled per month, 2026-05 to 2026-11", "16, 0, 14, 0, 0, 0, 121 so far in 2026-11"));
    }

    // ---------------------------------------------------------------- when a table appears

    @Test
    void should_show_a_table_only_for_a_business_of_its_kind_that_has_the_facts() {
        PortfolioSnapshot snapshot = snapshot(
                rentalProfile(),                                            // rental without occupancy facts
                profile("jada", "JADA (yacht charters)", "bookings"),      // bookings kind: no kind table
                facts("jada", "operations", operations(List.of("completed"), "serviceDate", null, List.of(),
                        Map.of("2026-10", 1L), Map.of(), Map.of(), Map.of())),
                profile("quickdumpnow", "QuickDumpNow (junk removal)", "subscription"),
                ledger());

        assertThat(OperationsReportSection.sections(snapshot)).isEmpty();
    }

    @Test
    void should_put_the_kind_tables_right_after_the_scorecard_in_the_ceo_report_in_business_order() {
        PortfolioSnapshot snapshot = snapshot(rentalProfile(), rentalOccupancy(), yachtProfile(), yachtTrips(), ledger());

        Report ceo = new CeoReport(SETTINGS).write(snapshot, List.of());

        assertThat(ceo.sections()).extracting(Section::title).containsExactly("Business scorecard",
                "Trips and utilisation — Expert Yacht Delivery", "Occupancy and yield — 3028 51st St Rental",
                "Asset inventory", "KPIs not tracked today", "Money terms");
    }

    @Test
    void should_leave_the_ceo_report_as_it_was_without_kind_facts() {
        Report ceo = new CeoReport(SETTINGS).write(snapshot(rentalProfile()), List.of());

        assertThat(ceo.sections()).extracting(Section::title)
                .containsExactly("Business scorecard", "Asset inventory", "KPIs not tracked today", "Money terms");
    }

    @Test
    void should_list_a_table_read_by_both_bookings_and_operations_once_in_the_asset_inventory() {
        Facts stays = Facts.read(RUN.runId(), RENTAL, "stays", "ddb-bookings", "rental-3028-51st-stays",
                rentalOccupancy().data(), List.of(), 0);
        Facts occupancy = Facts.read(RUN.runId(), RENTAL, "occupancy", "ddb-operations", "rental-3028-51st-stays",
                rentalOccupancy().data(), List.of(), 0);

        Report ceo = new CeoReport(SETTINGS).write(snapshot(rentalProfile(), stays, occupancy), List.of());

        Section inventory = ceo.sections().stream().filter(x -> x.title().equals("Asset inventory")).findFirst().orElseThrow();
        assertThat(inventory.rows().get(0).get(2)).isEqualTo("rental-3028-51st-stays");
    }

    // ---------------------------------------------------------------- fixtures

    private static Facts rentalProfile() {
        return profile(RENTAL, "3028 51st St Rental", "rental");
    }

    private static Facts yachtProfile() {
        return profile(YACHTS, "Expert Yacht Delivery", "logistics");
    }

    private static Facts rentalOccupancy() {
        return facts(RENTAL, "occupancy", operations(List.of("completed", "confirmed"), "checkIn", "checkOut", List.of(),
                Map.of("2026-05", 5L, "2026-06", 3L, "2026-10", 2L, "2026-11", 1L),
                Map.of("2026-04", 30L, "2026-05", 31L, "2026-06", 15L, "2026-10", 10L, "2026-11", 6L),
                Map.of(),
                Map.of("2026-04", 999_900L, "2026-05", 620_000L, "2026-06", 300_000L, "2026-10", 200_000L, "2026-11", 120_000L)));
    }

    private static Facts yachtTrips() {
        return facts(YACHTS, "trips", operations(List.of("delivered", "scheduled"), "departDate", null, List.of("nauticalMiles"),
                Map.of("2026-09", 2L, "2026-10", 4L, "2026-11", 1L),
                Map.of(),
                Map.of("nauticalMiles", Map.of("2026-09", new BigDecimal("840"), "2026-10", new BigDecimal("2520.5"),
                        "2026-11", new BigDecimal("65"))),
                Map.of("2026-09", 1_000_000L, "2026-10", 1_800_000L, "2026-11", 116_200L)));
    }

    /** Expenses of the rental and the yacht business, and of another business that must not be counted. */
    private static Facts ledger() {
        SortedMap<String, SortedMap<String, Long>> byBusiness = new TreeMap<>();
        byBusiness.put(RENTAL, new TreeMap<>(Map.of("2026-05", 62_000L, "2026-06", 330_000L, "2026-11", 40_000L)));
        byBusiness.put(YACHTS, new TreeMap<>(Map.of("2026-09", 300_000L, "2026-10", 400_000L)));
        byBusiness.put("jada", new TreeMap<>(Map.of("2026-05", 777_700L, "2026-09", 777_700L)));
        LedgerFacts ledger = new LedgerFacts("portfolio-ledgers", List.of(), 0, 0, new TreeMap<>(), 0, new TreeMap<>(), byBusiness,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, List.of());
        return facts("portfolio", "ledger", ledger);
    }

    /** The same expenses, with one row of a business's month that could not be read. */
    private static Facts ledgerMissing(String business, String month, String where, String reason) {
        LedgerFacts l = (LedgerFacts) ledger().data();
        SortedMap<String, SortedMap<String, Long>> unreadable = new TreeMap<>();
        unreadable.put(business, new TreeMap<>(Map.of(month, 1L)));
        LedgerFacts ledger = new LedgerFacts(l.bucket(), l.filesRead(), 1, 1, unreadable, 0, l.expensesByMonth(),
                l.expensesByBusinessMonth(), l.expensesByAccount(), l.expensesByTaxCategory(), l.unmappedAccounts(), 0,
                l.cashBalances(), null, List.of());
        return Facts.read(RUN.runId(), "portfolio", "ledger", "s3-ledger", "portfolio-ledgers", ledger,
                List.of(new DataIssue(where, reason, business, month)), 1);
    }

    private static OperationsFacts operations(List<String> statuses, String start, String end, List<String> quantities,
                                              Map<String, Long> items, Map<String, Long> days,
                                              Map<String, Map<String, BigDecimal>> quantityMonths, Map<String, Long> revenue) {
        SortedMap<String, SortedMap<String, BigDecimal>> q = new TreeMap<>();
        quantityMonths.forEach((attribute, months) -> q.put(attribute, new TreeMap<>(months)));
        long counted = items.values().stream().mapToLong(Long::longValue).sum();
        return new OperationsFacts("table", statuses, start, end, quantities, counted, counted, new TreeMap<>(),
                new TreeMap<>(items), new TreeMap<>(days), q, new TreeMap<>(revenue),
                revenue.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Facts profile(String domain, String name, String kind) {
        return facts(domain, "profile", new BusinessProfile(name, kind, ""));
    }

    private static Facts facts(String domain, String source, SourceData data) {
        return Facts.read(RUN.runId(), domain, source, "test", domain + "-" + source, data, List.of(), 0);
    }

    private static PortfolioSnapshot snapshot(Facts... facts) {
        List<Facts> all = new ArrayList<>(List.of(facts));
        all.add(profile("portfolio", "Portfolio-wide", "portfolio"));
        return new PortfolioSnapshot(RUN, all);
    }

    private static Section only(List<Section> sections) {
        assertThat(sections).hasSize(1);
        return sections.get(0);
    }
}
