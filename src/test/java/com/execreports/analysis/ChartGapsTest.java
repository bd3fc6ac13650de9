package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;

import com.execreports.model.LedgerFacts;
import com.execreports.model.LedgerFacts.Account;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class ChartGapsTest {

    private static final List<Account> DEMO_CHART = List.of(
            new Account("1000", "Operating cash", "asset", "Balance sheet"),
            new Account("1100", "Stripe clearing", "asset", "Balance sheet"),
            new Account("1200", "Accounts receivable", "asset", "Balance sheet"),
            new Account("1500", "Vessels & equipment", "asset", "Balance sheet"),
            new Account("1550", "Trucks", "asset", "Balance sheet"),
            new Account("2200", "Customer deposits", "liability", "Balance sheet"),
            new Account("2500", "Mortgage - 3028 51st St", "liability", "Balance sheet"),
            new Account("4300", "Rental income", "income", "Gross receipts"),
            new Account("6100", "Fuel", "expense", "Car and truck expenses"));

    @Test
    void should_name_fixed_assets_without_depreciation_loans_without_interest_and_a_rental_without_occupancy_tax() {
        List<List<String>> rows = ChartGaps.rows(rental(), ledger(DEMO_CHART));

        assertThat(rows).extracting(r -> r.get(0) + " | " + r.get(1) + " | " + r.get(3)).containsExactly(
                "No depreciation | Portfolio-wide | unknown",
                "No interest expense | Portfolio-wide | unknown",
                "No occupancy tax | 3028 51st St Rental | $1,800");
        assertThat(rows.get(0).get(2)).startsWith("The chart of accounts lists fixed assets (1500 Vessels & equipment, "
                + "1550 Trucks), no depreciation account");
        assertThat(rows.get(1).get(2)).startsWith("The chart of accounts lists 2500 Mortgage - 3028 51st St, no "
                + "interest expense account");
        // the stays of 2026 only: 2025's were taxed (or not) on last year's returns
        assertThat(rows.get(2).get(2)).startsWith("$1,800 of stays booked in 2026 (rental-stays), no occupancy-tax account");
    }

    @Test
    void should_stay_quiet_when_the_chart_has_the_accounts() {
        List<Account> complete = new java.util.ArrayList<>(DEMO_CHART);
        complete.add(new Account("6950", "Depreciation", "expense", "Depreciation"));
        complete.add(new Account("6960", "Mortgage interest", "expense", "Mortgage interest"));
        complete.add(new Account("2300", "Transient occupancy tax payable", "liability", "Balance sheet"));

        assertThat(ChartGaps.rows(rental(), ledger(complete))).isEmpty();
        assertThat(ChartGaps.rows(rental(), ledger(List.of()))).as("no chart read: nothing to judge").isEmpty();
    }

    private static PortfolioSnapshot rental() {
        return FinanceSnapshots.snapshot(FinanceSnapshots.profile("rental", "3028 51st St Rental", "rental"),
                FinanceSnapshots.bookings("rental", "rental-stays", months("2025-12", 90_000L, "2026-03", 100_000L, "2026-10", 80_000L)));
    }

    private static LedgerFacts ledger(List<Account> chart) {
        return new LedgerFacts("portfolio-ledgers", List.of("chart-of-accounts.csv"), 0, 0, new TreeMap<>(), 0, new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, chart);
    }
}
