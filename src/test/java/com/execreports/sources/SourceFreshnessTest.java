package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Facts stand for a run's figures when read within their kind's limit before its as-of — and not after it. */
class SourceFreshnessTest {

    private static final SourceFreshness LIMITS = new SourceFreshness(Map.of("ddb-bookings", Duration.ofHours(6)), Duration.ofHours(48));
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2028-03-20T07:00:00-07:00");

    @Test
    void should_take_facts_read_within_the_limit_before_the_as_of() {
        assertThat(LIMITS.fresh("ddb-bookings", MONDAY.minusHours(6), MONDAY)).isTrue();
        assertThat(LIMITS.fresh("ddb-bookings", MONDAY.minusHours(6).minusSeconds(1), MONDAY)).isFalse();
        assertThat(LIMITS.fresh("s3-site", MONDAY.minusHours(47), MONDAY)).as("the fallback limit").isTrue();
    }

    @Test
    void should_not_take_facts_read_after_the_as_of_for_a_past_period() {
        // a timer's read that started with the schedule's run is the run's
        assertThat(LIMITS.fresh("ddb-bookings", MONDAY.plusSeconds(30), MONDAY)).isTrue();
        // a re-run of last week must not report this week's table
        assertThat(LIMITS.fresh("ddb-bookings", MONDAY.plusMinutes(2), MONDAY)).isFalse();
        assertThat(LIMITS.fresh("ddb-bookings", MONDAY.plusWeeks(1), MONDAY)).isFalse();
    }
}
