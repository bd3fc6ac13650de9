package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void should_give_more_urgent_actions_earlier_dates() {
        assertThat(DueDates.DEFAULT.due(MONDAY, "critical")).isEqualTo("2026-11-30");
        assertThat(DueDates.DEFAULT.due(MONDAY, "high")).isEqualTo("2026-12-07");
        assertThat(DueDates.DEFAULT.due(MONDAY, "medium")).isEqualTo("2026-12-23");
        assertThat(DueDates.DEFAULT.due(MONDAY, "low")).isEqualTo("2027-01-22");
        assertThat(new DueDates(1, 2, 3, 4).due(MONDAY, "high")).isEqualTo("2026-11-25");
    }
}
