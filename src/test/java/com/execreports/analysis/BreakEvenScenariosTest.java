package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.execreports.analysis.BreakEvenScenarios.Scenario;
import com.execreports.analysis.FinanceMeasures.Burn;
import com.execreports.analysis.Report.Section;

import org.junit.jupiter.api.Test;

/**
 * The demo's cash over 2026-08 to 2026-10: $1,757,457 in (invoices paid and QuickDumpNow's MRR), month-end balances
 * down $51,462, so $17,154 a month burnt and $91,887 of cash lasting 5.4 months; each scenario moves those flows.
 */
class BreakEvenScenariosTest {

    private static final List<String> MONTHS = List.of("2026-08", "2026-09", "2026-10");
    private static final Burn DEMO = new Burn(MONTHS, 5_902_800, 175_745_700, -5_146_200L, 9_188_700, 6, "2026-10-31", true);

    @Test
    void should_keep_todays_burn_and_runway_as_the_headline_gives_them() {
        Scenario today = BreakEvenScenarios.scenarios(DEMO).get(0);

        assertThat(today).isEqualTo(new Scenario("Today", 58_581_900, 60_297_300, "5.4 months"));
        assertThat(today.runway()).isEqualTo(DEMO.runwayText());
    }

    @Test
    void should_move_cash_in_with_prices_and_volume_and_cash_out_with_costs_alone() {
        assertThat(BreakEvenScenarios.scenarios(DEMO)).containsExactly(
                new Scenario("Today", 58_581_900, 60_297_300, "5.4 months"),
                new Scenario("Prices +10%", 64_440_090, 60_297_300, "no limit"),
                new Scenario("Costs −10%", 58_581_900, 54_267_570, "no limit"),
                // costs do not fall with volume: the worst case, $134,318 a month burnt
                new Scenario("Volume −20%", 46_865_520, 60_297_300, "0.7 months"));
    }

    @Test
    void should_show_the_cash_in_that_breaks_even_as_a_rise_on_todays() {
        Section s = BreakEvenScenarios.section(FinanceSnapshots.portfolioWithBalances());

        assertThat(s.title()).isEqualTo("Break-even scenarios");
        assertThat(s.columns()).containsExactly("Scenario", "Cash in a month", "Net a month", "Runway");
        // balances down $63,000 over the three months against $14,800 in: $25,933 out a month, $142,000 of cash
        assertThat(s.rows()).containsExactly(
                List.of("Today", "$4,933", "-$21,000", "6.8 months"),
                List.of("Prices +10%", "$5,427", "-$20,507", "6.9 months"),
                List.of("Costs −10%", "$4,933", "-$18,407", "7.7 months"),
                List.of("Volume −20%", "$3,947", "-$21,987", "6.5 months"),
                List.of("To break even", "$25,933 (+426%)", "$0", "no limit"));
        assertThat(s.note()).startsWith("2026-08 to 2026-10, a month. Cash in = invoices paid (+ MRR not invoiced); cash out = "
                + "cash in + the balances' fall");
    }

    @Test
    void should_say_a_runway_shown_by_recorded_flows_alone_is_unproven() {
        // no month-end balances span the months: cash in $14,800 against $46,000 recorded out; prices +10% do not cover it
        Burn flows = new Burn(MONTHS, 4_600_000, 1_480_000, null, 14_200_000, 2, "2026-10-31", true);
        Burn growing = new Burn(MONTHS, 1_000_000, 1_480_000, null, 14_200_000, 2, "2026-10-31", true);

        assertThat(BreakEvenScenarios.scenarios(flows).get(0).runway()).isEqualTo("13.7 months");
        assertThat(BreakEvenScenarios.scenarios(growing).get(0).runway()).isEqualTo("no limit on recorded flows");
    }

    @Test
    void should_say_why_there_are_no_scenarios_without_a_cash_balance() {
        Section s = BreakEvenScenarios.section(FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA", "bookings"),
                FinanceSnapshots.jadaBookings()));

        assertThat(s.rows()).isEmpty();
        assertThat(s.note()).isEqualTo("Unknown: no expense ledger read.");
    }
}
