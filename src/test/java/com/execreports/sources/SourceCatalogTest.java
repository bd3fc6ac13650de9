package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.junit.jupiter.api.Test;

class SourceCatalogTest {

    @Test
    void should_parse_domain_and_source_from_a_source_timer() {
        ExpectedSource e = SourceCatalog.parse("quartz://sources/rental-3028-51st.stays");

        assertThat(e).isEqualTo(new ExpectedSource("rental-3028-51st", "stays"));
        assertThat(e.name()).isEqualTo("rental-3028-51st/stays");
    }

    @Test
    void should_find_a_source_timer_behind_the_leader_prefix_and_nothing_else() {
        assertThat(SourceCatalog.timer("quartz://sources/jada.bookings")).isEqualTo("quartz://sources/jada.bookings");
        assertThat(SourceCatalog.timer("master://exec-reports:quartz:sources/jada.bookings")).isEqualTo("quartz://sources/jada.bookings");
        assertThat(SourceCatalog.timer("master://exec-reports:quartz://sources/jada.bookings")).isEqualTo("quartz://sources/jada.bookings");
        assertThat(SourceCatalog.timer("quartz://exec-reports/weekly")).isNull();
        assertThat(SourceCatalog.timer("direct://run")).isNull();
    }

    @Test
    void should_take_the_last_dot_as_the_separator_between_domain_and_source() {
        ExpectedSource e = SourceCatalog.parse("quartz://sources/example.com.site");

        assertThat(e.domain()).isEqualTo("example.com");
        assertThat(e.source()).isEqualTo("site");
    }

    @Test
    void should_refuse_an_endpoint_without_a_source_part_naming_the_endpoint() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SourceCatalog.parse("quartz://sources/jada"))
                .withMessage("source endpoint quartz://sources/jada is not quartz:sources/<domain>.<source>");
    }

    @Test
    void should_refuse_an_endpoint_without_a_domain_part() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SourceCatalog.parse("quartz://sources/.bookings"))
                .withMessageContaining("quartz://sources/.bookings");
    }
}
