package com.execreports.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthShiftTest {

    private final MonthShift fourLater = new MonthShift(4);

    @Test
    void should_move_dates_and_months_keeping_a_month_end_at_its_month_end() {
        assertThat(fourLater.shift("jada,2026-10-31,18432.17")).isEqualTo("jada,2027-02-28,18432.17");
        assertThat(fourLater.shift("2026-11-01T00:00:00Z,2026-12-01T00:00:00Z")).isEqualTo("2027-03-01T00:00:00Z,2027-04-01T00:00:00Z");
        assertThat(fourLater.shift("search-console-2026-10.csv as_of: 2026-11-23")).isEqualTo("search-console-2027-02.csv as_of: 2027-03-23");
        assertThat(new MonthShift(1).shift("2026-01-30")).isEqualTo("2026-02-28");
    }

    @Test
    void should_leave_numbers_that_are_not_dates_alone() {
        assertThat(fourLater.shift("482913765024,2026,15052000.0,Slip B-14")).isEqualTo("482913765024,2026,15052000.0,Slip B-14");
    }
}
