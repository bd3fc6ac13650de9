package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.SETTINGS;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.execreports.analysis.Report.Kpi;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/**
 * On a first run (no archived snapshot) a KPI with monthly history compares its last full month with the month before
 * and the same month last year; "no previous period" is left for the figures that have no history at all.
 */
class KpiHistoryTest {

    private final CfoReport cfo = new CfoReport(SETTINGS);

    @Test
    void should_compare_each_kpi_with_monthly_history_from_the_data_on_the_first_run() {
        Map<String, String> change = changes(cfo.write(FinanceSnapshots.portfolio(), List.of()));

        assertThat(change).containsEntry("Revenue booked, all history", "October bookings $2,500: no change on September")
                .containsEntry("Monthly burn", "October expenses $15,000: -6% on September")
                .containsEntry("AWS spend, last full month", "+47% on September");
        // point-in-time figures and all-history totals the sources keep no months of
        assertThat(change.entrySet().stream().filter(e -> e.getValue().equals("no previous period")).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("Not invoiced", "Cancelled or refunded", "Monthly recurring revenue",
                        "Earned, not collected", "Cash runway", "Days to collect");
    }

    @Test
    void should_say_no_previous_period_for_a_kpi_whose_history_has_no_full_month_before_the_last() {
        PortfolioSnapshot young = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.bookings("jada", "jada-bookings", months("2026-10", 250_000L, "2026-11", 300_000L)));

        assertThat(changes(cfo.write(young, List.of()))).containsEntry("Revenue booked, all history", "no previous period");
    }

    @Test
    void should_keep_the_week_over_week_change_beside_the_monthly_one_where_an_archived_snapshot_exists() {
        PortfolioSnapshot now = FinanceSnapshots.portfolio();
        Trend trend = new Trend(now, FinanceSnapshots.portfolio(), List.of());

        assertThat(changes(cfo.write(now, List.of(), trend))).containsEntry("Revenue booked, all history",
                "no change vs " + now.run().period() + "; October bookings $2,500: no change on September");
    }

    private static Map<String, String> changes(Report report) {
        return report.kpis().stream().collect(Collectors.toMap(Kpi::name, Kpi::change));
    }
}
