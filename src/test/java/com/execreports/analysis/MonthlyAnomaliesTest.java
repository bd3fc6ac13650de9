package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.MonthlyAnomalies.Anomaly;

import org.junit.jupiter.api.Test;

/** The anomaly rule and the monthly comparisons, run in November 2026 (October is the last full month). */
class MonthlyAnomaliesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final long MIN_BOOKINGS = 1_000_000;

    /** $500,000 in October 2025, $600,000 a month to August, $680,000 in September, then October as given. */
    private static MonthlySeries bookings(long octoberCents) {
        SortedMap<String, Long> byMonth = new TreeMap<>();
        byMonth.put("2025-10", 50_000_000L);
        for (YearMonth m = YearMonth.of(2025, 11); m.isBefore(YearMonth.of(2026, 9)); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), 60_000_000L);
        }
        byMonth.put("2026-09", 68_000_000L);
        byMonth.put("2026-10", octoberCents);
        byMonth.put("2026-11", 10_000_000L);
        return new MonthlySeries(byMonth, NOVEMBER, null);
    }

    /** Cancellations: 13 to 24 a month from November 2025 to October 2026, then November to date as given. */
    private static MonthlySeries cancellations(long novemberToDate) {
        SortedMap<String, Long> byMonth = new TreeMap<>();
        long n = 13;
        for (YearMonth m = YearMonth.of(2025, 11); m.isBefore(NOVEMBER); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), n++);
        }
        byMonth.put("2026-11", novemberToDate);
        return new MonthlySeries(byMonth, NOVEMBER, "cancellation");
    }

    @Test
    void should_compare_the_last_full_month_with_the_month_before_and_the_same_month_last_year() {
        MonthlySeries s = bookings(29_000_000L);

        assertThat(s.lastFullMonthChange("bookings")).isEqualTo("October bookings $290,000: -57% on September, -42% on October 2025");
        assertThat(s.lastFullMonthChanges()).isEqualTo("-57% on September, -42% on October 2025");
    }

    @Test
    void should_leave_out_the_year_ago_comparison_where_the_history_does_not_reach_it() {
        MonthlySeries aws = new MonthlySeries(months("2026-09", 15_000L, "2026-10", 22_000L, "2026-11", 8_000L), NOVEMBER, null);

        assertThat(aws.lastFullMonthChanges()).isEqualTo("+47% on September");
        // history that starts later than the month compared with is unknown, not zero
        assertThat(aws.from(YearMonth.of(2026, 10)).lastFullMonthChanges()).isEmpty();
    }

    @Test
    void should_have_no_comparison_without_a_full_month_before_the_last() {
        MonthlySeries oneMonth = new MonthlySeries(months("2026-10", 22_000L, "2026-11", 8_000L), NOVEMBER, null);

        assertThat(oneMonth.hasHistory()).isFalse();
        assertThat(oneMonth.lastFullMonthChange("AWS spend")).isEmpty();
    }

    @Test
    void should_count_a_month_missing_inside_the_history_as_nothing_booked() {
        MonthlySeries gap = new MonthlySeries(months("2026-08", 100_000L, "2026-10", 50_000L), NOVEMBER, null);

        assertThat(gap.lastFullMonthChanges()).isEqualTo("new on September");
    }

    @Test
    void should_raise_a_month_that_fell_by_more_than_the_threshold_on_both_comparisons() {
        Anomaly a = MonthlyAnomalies.lastFullMonth(bookings(29_000_000L), "bookings", MIN_BOOKINGS).orElseThrow();

        assertThat(a.text()).isEqualTo("October bookings $290,000: -57% on September, -42% on October 2025");
        assertThat(a.drop()).isTrue();
        assertThat(a.reference()).isEqualTo(68_000_000L);
        assertThat(a.monthToDate()).isFalse();
    }

    @Test
    void should_raise_a_month_outside_the_last_twelve_months_range_though_no_change_crosses_the_threshold() {
        // -35% on September but only -12% on October 2025: not both, yet 12% below the lowest month of the year before
        Anomaly a = MonthlyAnomalies.lastFullMonth(bookings(44_000_000L), "bookings", MIN_BOOKINGS).orElseThrow();

        assertThat(a.text()).isEqualTo("October bookings $440,000: below $500,000–$680,000 a month in the last 12 months");
    }

    @Test
    void should_not_raise_a_month_just_outside_the_range() {
        // 6% below the year's lowest month: within the margin
        assertThat(MonthlyAnomalies.lastFullMonth(bookings(47_000_000L), "bookings", MIN_BOOKINGS)).isEmpty();
        // a steady climb of one more a month
        assertThat(MonthlyAnomalies.lastFullMonth(cancellations(0), "", 10)).isEmpty();
    }

    @Test
    void should_not_raise_an_ordinary_month() {
        assertThat(MonthlyAnomalies.lastFullMonth(bookings(56_000_000L), "bookings", MIN_BOOKINGS)).isEmpty();
    }

    @Test
    void should_not_raise_a_swing_on_a_base_below_the_minimum() {
        MonthlySeries small = new MonthlySeries(months("2025-10", 200_000L, "2026-09", 300_000L, "2026-10", 100_000L),
                NOVEMBER, null);

        assertThat(MonthlyAnomalies.lastFullMonth(small, "bookings", MIN_BOOKINGS)).isEmpty();
    }

    @Test
    void should_raise_a_month_to_date_already_above_every_full_month_and_say_it_is_month_to_date() {
        Anomaly a = MonthlyAnomalies.monthToDate(cancellations(121), 10).orElseThrow();

        assertThat(a.text()).isEqualTo("121 cancellations so far in November (month to date) against 13–24 a month in the last 12 months");
        assertThat(a.monthToDate()).isTrue();
        assertThat(a.reference()).isEqualTo(24);
    }

    @Test
    void should_raise_a_month_to_date_spike_after_a_quiet_year_measured_from_the_minimum() {
        // at most 7 a month: below the minimum of 10, which the spike is measured from
        MonthlySeries quiet = new MonthlySeries(months("2026-03", 1L, "2026-04", 5L, "2026-06", 7L, "2026-08", 3L, "2026-10", 4L,
                "2026-11", 60L), NOVEMBER, "cancellation");

        Anomaly a = MonthlyAnomalies.monthToDate(quiet, 10).orElseThrow();

        assertThat(a.text()).isEqualTo("60 cancellations so far in November (month to date) against 0–7 a month in the last 12 months");
        assertThat(a.reference()).isEqualTo(7);
    }

    @Test
    void should_not_raise_a_month_to_date_that_only_beats_a_quiet_year_below_the_minimum() {
        MonthlySeries quiet = new MonthlySeries(months("2026-03", 1L, "2026-06", 2L, "2026-10", 2L, "2026-11", 12L), NOVEMBER,
                "cancellation");

        // 12 is six times the busiest month, but under 30% above the minimum of 10
        assertThat(MonthlyAnomalies.monthToDate(quiet, 10)).isEmpty();
    }

    @Test
    void should_never_judge_a_month_to_date_as_a_full_month() {
        // 20 so far is within the range, and 1 so far is no drop: the month is not over
        assertThat(MonthlyAnomalies.monthToDate(cancellations(20), 10)).isEmpty();
        assertThat(MonthlyAnomalies.monthToDate(cancellations(1), 10)).isEmpty();
        // nor is a month to date ever the "last full month"
        assertThat(MonthlyAnomalies.lastFullMonth(cancellations(500), "", 10)).isEmpty();
    }
}
