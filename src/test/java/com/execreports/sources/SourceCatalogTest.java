package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.junit.jupiter.api.Test;

class SourceCatalogTest {

    @Test
    void should_parse_domain_and_source_from_a_source_endpoint() {
        ExpectedSource e = SourceCatalog.parse("direct://source.rental-3028-51st.stays");

        assertThat(e).isEqualTo(new ExpectedSource("rental-3028-51st", "stays", "direct:source.rental-3028-51st.stays"));
    }

    @Test
    void should_take_the_last_dot_as_the_separator_between_domain_and_source() {
        ExpectedSource e = SourceCatalog.parse("direct://source.example.com.site");

        assertThat(e.domain()).isEqualTo("example.com");
        assertThat(e.source()).isEqualTo("site");
        assertThat(e.endpoint()).isEqualTo("direct:source.example.com.site");
    }

    @Test
    void should_refuse_an_endpoint_without_a_source_part_naming_the_endpoint() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SourceCatalog.parse("direct://source.jada"))
                .withMessage("source endpoint direct://source.jada is not direct:source.<domain>.<source>");
    }

    @Test
    void should_refuse_an_endpoint_without_a_domain_part() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SourceCatalog.parse("direct://source..bookings"))
                .withMessageContaining("direct://source..bookings");
    }
}
