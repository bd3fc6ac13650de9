package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.months;
import static com.execreports.analysis.FinanceSnapshots.profile;
import static com.execreports.analysis.FinanceSnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceData;
import com.execreports.model.SubscriptionFacts;

import org.junit.jupiter.api.Test;

/**
 * The demo's unit economics over 2026-08 to 2026-10, rebuilt from its figures: Expert Yacht Delivery's 76 trips at
 * $5,821 and $130 of recorded cost each, the rental's 62 nights at $252 and $27, JADA's 272 bookings at $2,636 and $48,
 * and QuickDumpNow's 265 subscribers at $92 a month with 59 cancellations in the three months.
 */
class UnitEconomicsTest {

    @Test
    void should_give_each_business_its_revenue_and_recorded_cost_per_unit_it_sells() {
        Section s = UnitEconomics.section(demo());

        assertThat(s.title()).isEqualTo("Unit economics");
        assertThat(s.columns()).containsExactly("Business", "Units", "Revenue / unit", "Cost / unit");
        assertThat(s.rows()).containsExactly(
                List.of("Expert Yacht Delivery", "76 trips", "$5,821", "$130"),
                List.of("JADA (yacht charters)", "272 bookings", "$2,636", "$48"),
                List.of("QuickDumpNow (junk removal)", "795 subscriber-months", "$92", "$23"),
                List.of("3028 51st St Rental", "62 nights", "$252", "$27"));
        assertThat(s.note()).startsWith("2026-08 to 2026-10, per unit sold:");
    }

    @Test
    void should_give_a_subscription_business_its_arpu_monthly_churn_and_lifetime_value() {
        UnitEconomics.Lifetime qdn = UnitEconomics.of(demo()).stream().filter(b -> b.lifetime() != null).findFirst().orElseThrow()
                .lifetime();

        assertThat(qdn.arpuCents()).isEqualTo(9_187);
        assertThat(qdn.monthlyChurnPercent()).hasToString("7.4");
        // $91.87 × 74.87% (the break-even's margin: $54,680 of $73,035) ÷ 7.42%
        assertThat(qdn.ltvCents()).isEqualTo(92_680);
        assertThat(UnitEconomics.section(demo()).note()).contains("QuickDumpNow (junk removal): ARPU $92 a month (MRR $24,345 ÷ 265 "
                + "active); monthly churn 7.4% (59 cancelled in 2026-08 to 2026-10 ÷ 3 ÷ 265 active); LTV = ARPU × margin 75% ÷ churn = $927.");
    }

    @Test
    void should_say_a_lifetime_value_cannot_be_bounded_when_no_subscriber_cancelled() {
        UnitEconomics.Lifetime none = new UnitEconomics.Lifetime(265, 2_434_500, 0, List.of("2026-08", "2026-09", "2026-10"),
                5_468_000, 7_303_500);

        assertThat(none.ltvCents()).isNull();
        assertThat(none.sentence("QuickDumpNow")).endsWith("no cancellation in those months, so churn cannot bound a lifetime value.");
    }

    @Test
    void should_say_the_cost_is_unknown_without_an_expense_ledger() {
        PortfolioSnapshot noLedger = snapshot(profile("expert-yacht-delivery", "Expert Yacht Delivery", "logistics"), trips());

        assertThat(UnitEconomics.section(noLedger).rows())
                .containsExactly(List.of("Expert Yacht Delivery", "76 trips", "$5,821", "no expense ledger read"));
    }

    @Test
    void should_give_the_ceos_trips_table_the_same_cost_per_trip_for_the_same_months() {
        // the CEO's table shows months one by one: a one-month window of the same facts gives the same figure
        UnitEconomics.PerUnit august = new UnitEconomics.PerUnit(25, 13_000_000, 300_000);
        Section ceo = OperationsReportSection.logistics(demo(), "expert-yacht-delivery", (OperationsFacts) trips().data());

        assertThat(ceo.rows().stream().filter(r -> r.get(0).equals("2026-08")).findFirst().orElseThrow())
                .containsSubsequence(Figures.money(august.revenuePerUnitCents()), Figures.money(august.costPerUnitCents()));
    }

    // ---------------------------------------------------------------- fixtures

    static PortfolioSnapshot demo() {
        SubscriptionFacts qdn = new SubscriptionFacts("quickdumpnow-subscriptions", 700, new TreeMap<>(), 265, 2_434_500, 4_041, 2_559,
                List.of(), months("2026-07", 14L, "2026-08", 24L, "2026-09", 18L, "2026-10", 17L, "2026-11", 121L));
        return snapshot(profile("expert-yacht-delivery", "Expert Yacht Delivery", "logistics"), trips(),
                profile("jada", "JADA (yacht charters)", "bookings"), jada(),
                profile("quickdumpnow", "QuickDumpNow (junk removal)", "subscription"),
                facts("quickdumpnow", "subscriptions", qdn),
                profile("rental-3028-51st", "3028 51st St Rental", "rental"), stays(), ledger());
    }

    static Facts trips() {
        return facts("expert-yacht-delivery", "trips", new OperationsFacts("expert-yacht-delivery-jobs", List.of("delivered", "scheduled"),
                "departDate", null, List.of(), 80, 80, new TreeMap<>(), months("2026-08", 25L, "2026-09", 27L, "2026-10", 24L, "2026-11", 4L),
                new TreeMap<>(), new TreeMap<>(),
                months("2026-08", 13_000_000L, "2026-09", 15_600_000L, "2026-10", 15_639_600L, "2026-11", 2_000_000L), 46_239_600, 6));
    }

    static Facts stays() {
        return facts("rental-3028-51st", "occupancy", new OperationsFacts("rental-3028-51st-stays", List.of("completed", "confirmed"),
                "checkIn", "checkOut", List.of(), 20, 20, new TreeMap<>(), months("2026-08", 6L, "2026-09", 7L, "2026-10", 7L),
                months("2026-08", 20L, "2026-09", 21L, "2026-10", 21L),
                new TreeMap<>(), months("2026-08", 500_000L, "2026-09", 531_200L, "2026-10", 531_200L), 1_562_400, 1));
    }

    static Facts jada() {
        SortedMap<String, Long> revenue = months("2026-08", 23_000_000L, "2026-09", 25_000_000L, "2026-10", 23_699_200L);
        BookingFacts b = new BookingFacts("jada-bookings", 300, 272, 71_699_200, revenue,
                months("2026-08", 90L, "2026-09", 95L, "2026-10", 87L), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, 0, 0, 0,
                List.of(), 0, 0, 71_699_200, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), null, null, null, null, null, null, null, null, null,
                null, null);
        return facts("jada", "bookings", b);
    }

    /** Expenses in 2026-08..10: yachts $9,879, JADA $13,006, QuickDumpNow $18,355, the rental $1,693. */
    static Facts ledger() {
        SortedMap<String, SortedMap<String, Long>> byBusiness = new TreeMap<>();
        byBusiness.put("expert-yacht-delivery", months("2026-08", 300_000L, "2026-09", 350_000L, "2026-10", 337_900L));
        byBusiness.put("jada", months("2026-08", 400_000L, "2026-09", 450_000L, "2026-10", 450_600L));
        byBusiness.put("quickdumpnow", months("2026-08", 600_000L, "2026-09", 600_000L, "2026-10", 635_500L));
        byBusiness.put("rental-3028-51st", months("2026-08", 50_000L, "2026-09", 60_000L, "2026-10", 59_300L));
        return facts("portfolio", "ledger", new LedgerFacts("portfolio-ledgers", List.of(), 0, 0, new TreeMap<>(), 0, new TreeMap<>(),
                byBusiness, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, List.of()));
    }

    static Facts facts(String domain, String source, SourceData data) {
        return Facts.read(RUN.runId(), domain, source, "test", domain + "-" + source, data, List.of(), 0);
    }
}
