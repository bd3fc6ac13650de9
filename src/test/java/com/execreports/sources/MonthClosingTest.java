package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthClosingTest {

    @Test
    void a_month_is_final_from_the_day_after_its_settle_days_and_the_open_month_never_is() {
        YearMonth october = YearMonth.of(2026, 10);

        assertThat(MonthClosing.closed(october, LocalDate.of(2026, 11, 5), 5)).isFalse();
        assertThat(MonthClosing.closed(october, LocalDate.of(2026, 11, 6), 5)).isTrue();
        assertThat(MonthClosing.closed(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 30), 5)).isFalse();
        assertThat(MonthClosing.closed(YearMonth.of(2025, 12), LocalDate.of(2026, 1, 2), 1)).isTrue();
    }
}
