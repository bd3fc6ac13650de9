package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class FactsArchiveKeysTest {

    private final FactsArchiveKeys keys = new FactsArchiveKeys("facts/");

    @Test
    void should_name_a_read_by_its_time_in_utc_and_read_the_time_back() {
        OffsetDateTime readAt = OffsetDateTime.parse("2028-03-06T07:00:00-08:00");
        String key = keys.key("timed", "bookings", readAt);

        assertThat(key).isEqualTo("facts/timed/bookings/20280306T150000Z.json");
        assertThat(keys.readAt(keys.folder("timed", "bookings"), key)).isEqualTo(readAt);
    }

    @Test
    void should_sort_one_source_s_reads_in_time_whatever_their_offsets() {
        // 06:30 UTC, though its local date is the day before the other's (06:00 UTC): the later read sorts last
        String lateInLosAngeles = keys.key("jada", "bookings", OffsetDateTime.parse("2027-08-02T23:30:00-07:00"));
        String earlyInLondon = keys.key("jada", "bookings", OffsetDateTime.parse("2027-08-03T07:00:00+01:00"));

        assertThat(lateInLosAngeles.compareTo(earlyInLondon)).isPositive();
    }
}
