package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void should_read_an_iso_week_as_the_archive_names_periods() {
        assertThat(IsoWeek.parse("2026-W48")).hasToString("2026-W48");
        assertThat(IsoWeek.parse("2026-W53")).isEqualTo(new IsoWeek(2026, 53));
    }

    @Test
    void should_refuse_a_week_the_year_does_not_have_or_another_shape() {
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessage("'2025-W53': 2025 has weeks 01 to 52");
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00")).hasMessage("'2026-W00': 2026 has weeks 01 to 53");
        assertThatThrownBy(() -> IsoWeek.parse("2026-48")).hasMessage("'2026-48' is not an ISO week (expected YYYY-Www such as 2026-W48)");
    }
}
