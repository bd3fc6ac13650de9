package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BookingMappingTest {

    @ParameterizedTest
    @ValueSource(strings = {"amount total", "", "1abc", "a'b"})
    void should_refuse_an_invalid_amount_attribute_naming_the_parameter_and_the_value(String bad) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", bad, "status", "channel", "booked_at", "service_date", "invoice_id"))
                .withMessageContaining("amountAttribute")
                .withMessageContaining("'" + bad + "'");
    }

    @Test
    void should_refuse_a_missing_attribute_name() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping(null, "amount", "status", "channel", "booked_at", "service_date", "invoice_id"))
                .withMessageStartingWith("parameter idAttribute='null' is not a valid attribute name");
    }

    @Test
    void should_name_each_parameter_whose_attribute_name_is_invalid() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking id", "amount", "status", "channel", "booked_at", "service_date", "invoice_id"))
                .withMessageContaining("idAttribute='booking id'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", "amount", "st atus", "channel", "booked_at", "service_date", "invoice_id"))
                .withMessageContaining("statusAttribute='st atus'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", "amount", "status", "9channel", "booked_at", "service_date", "invoice_id"))
                .withMessageContaining("channelAttribute='9channel'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", "amount", "status", "channel", "booked at", "service_date", "invoice_id"))
                .withMessageContaining("bookedAtAttribute='booked at'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", "amount", "status", "channel", "booked_at", "", "invoice_id"))
                .withMessageContaining("serviceDateAttribute=''");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mapping("booking_id", "amount", "status", "channel", "booked_at", "service_date", "inv'oice"))
                .withMessageContaining("invoiceAttribute='inv'oice'");
    }

    @Test
    void should_accept_identifier_names_with_underscores_dots_and_dashes() {
        BookingMapping m = mapping("_id", "amount.total", "status", "sales-channel", "bookedAt", "service_date", "invoice-id");

        assertThat(m.id()).isEqualTo("_id");
        assertThat(m.amount()).isEqualTo("amount.total");
        assertThat(m.channel()).isEqualTo("sales-channel");
        assertThat(m.invoice()).isEqualTo("invoice-id");
    }

    @Test
    void should_lower_case_and_trim_the_status_lists_and_drop_empty_entries() {
        BookingMapping m = BookingMapping.of("booking_id", "amount", "status", "channel", "booked_at", "service_date",
                "invoice_id", " Lead, QUOTE ,, Inquiry ", "Cancelled ,REFUNDED");

        assertThat(m.leadStatuses()).containsExactlyInAnyOrder("lead", "quote", "inquiry");
        assertThat(m.cancelledStatuses()).containsExactlyInAnyOrder("cancelled", "refunded");
    }

    @Test
    void should_read_an_empty_status_list_as_no_statuses() {
        BookingMapping m = BookingMapping.of("booking_id", "amount", "status", "channel", "booked_at", "service_date",
                "invoice_id", "", " , ");

        assertThat(m.leadStatuses()).isEmpty();
        assertThat(m.cancelledStatuses()).isEmpty();
    }

    @Test
    void should_take_the_template_parameters_by_their_names_and_keep_the_mapping_once_made() {
        BookingMapping.Parameters p = new BookingMapping.Parameters();
        p.getParameters().putAll(java.util.Map.of("idAttribute", "booking_id", "amountAttribute", "total",
                "statusAttribute", "state", "channelAttribute", "via", "bookedAtAttribute", "booked_at",
                "serviceDateAttribute", "service_date", "invoiceAttribute", "invoice_no", "leadStatuses", "Lead, quote",
                "cancelledStatuses", "refunded"));

        BookingMapping m = p.mapping();

        assertThat(m).isEqualTo(new BookingMapping("booking_id", "total", "state", "via", "booked_at", "service_date",
                "invoice_no", java.util.Set.of("lead", "quote"), java.util.Set.of("refunded")));
        assertThat(p.mapping()).isSameAs(m);
    }

    @Test
    void should_refuse_a_template_parameter_it_cannot_use_on_every_poll_naming_it() {
        BookingMapping.Parameters p = new BookingMapping.Parameters();
        p.getParameters().putAll(java.util.Map.of("idAttribute", "booking id", "amountAttribute", "total",
                "statusAttribute", "state", "channelAttribute", "via", "bookedAtAttribute", "booked_at",
                "serviceDateAttribute", "service_date", "invoiceAttribute", "invoice_no"));

        assertThatIllegalArgumentException().isThrownBy(p::mapping).withMessageContaining("idAttribute='booking id'");
        assertThatIllegalArgumentException().isThrownBy(p::mapping).withMessageContaining("idAttribute='booking id'");
    }

    @Test
    void should_read_an_export_route_mapping_from_its_parameters_and_the_rest_from_ddb_bookings_defaults() throws Exception {
        try (org.apache.camel.impl.DefaultCamelContext camel = new org.apache.camel.impl.DefaultCamelContext()) {
            camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    routeTemplate("ddb-bookings").templateParameter("idAttribute", "bookingId")
                            .templateParameter("amountAttribute", "amount").from("direct:{{source}}").log("{{idAttribute}}");
                    routeTemplate("s3-ddb-export").from("direct:{{source}}").log("export");
                }
            });
            camel.addRouteFromTemplate("acme-bookings", "s3-ddb-export",
                    java.util.Map.of("source", "acme", "amountAttribute", "total"));

            assertThat(BookingMapping.ofRoute(camel, "acme-bookings"))
                    .isEqualTo(java.util.Map.of("idAttribute", "bookingId", "amountAttribute", "total"));
        }
    }

    private static BookingMapping mapping(String id, String amount, String status, String channel, String bookedAt,
                                          String serviceDate, String invoice) {
        return BookingMapping.of(id, amount, status, channel, bookedAt, serviceDate, invoice, "lead", "cancelled");
    }
}
