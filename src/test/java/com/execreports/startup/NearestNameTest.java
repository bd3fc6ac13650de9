package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> KEYS = List.of("metrics.port", "metrics.host", "mail.from", "kpi.target.monthly-recurring-revenue",
            "kpi.target.revenue-with-no-invoice");

    @Test
    void should_suggest_the_key_one_slip_away() {
        assertThat(NearestName.of("metric.port", KEYS)).contains("metrics.port");
        assertThat(NearestName.of("kpi.target.montly-recurring-revenue", KEYS)).contains("kpi.target.monthly-recurring-revenue");
    }

    @Test
    void should_count_two_swapped_neighbours_as_one_slip() {
        assertThat(NearestName.distance("metrics.prot", "metrics.port")).isEqualTo(1);
        assertThat(NearestName.of("metrics.prot", KEYS)).contains("metrics.port");
    }

    @Test
    void should_suggest_nothing_for_a_name_that_is_not_a_slip_of_any() {
        assertThat(NearestName.of("quarkus.http.port", KEYS)).isEmpty();
    }

    @Test
    void should_measure_inserts_deletes_and_replacements() {
        assertThat(NearestName.distance("port", "port")).isZero();
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
    }
}
