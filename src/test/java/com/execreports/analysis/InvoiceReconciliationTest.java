package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.execreports.model.InvoiceFacts.Total;

import org.junit.jupiter.api.Test;

class InvoiceReconciliationTest {

    private static final Map<String, Long> BOOKED = Map.of("B1", 50_000L, "B2", 30_000L, "B3", 12_500L);
    private static final Set<String> CANCELLED = Set.of("C1", "C2");
    private static final Total NOT_INVOICED = new Total(4, 170_000);

    @Test
    void should_sort_every_invoice_into_one_of_the_five_buckets() {
        Map<String, Long> invoiced = Map.of(
                "B1", 50_000L,            // matched
                "B2", 31_500L,            // bills $15 more than booked
                "C1", 120_000L, "C2", 80_000L, // on cancelled or refunded bookings
                "X9", 375_000L);          // names a booking the table does not hold

        InvoiceReconciliation r = InvoiceReconciliation.of(BOOKED, CANCELLED, invoiced, NOT_INVOICED);

        assertThat(r.matched()).isEqualTo(new Total(1, 50_000));
        assertThat(r.amountDiffers()).isEqualTo(new Total(1, 31_500));
        assertThat(r.differenceCents()).isEqualTo(1_500);
        assertThat(r.onCancelled()).isEqualTo(new Total(2, 200_000));
        assertThat(r.namingNoBooking()).isEqualTo(new Total(1, 375_000));
        assertThat(r.notInvoiced()).isEqualTo(NOT_INVOICED);
    }

    @Test
    void should_keep_an_invoice_on_a_cancelled_booking_apart_from_one_naming_no_booking() {
        InvoiceReconciliation r = InvoiceReconciliation.of(BOOKED, CANCELLED, Map.of("C2", 80_000L), Total.NONE);

        assertThat(r.onCancelled()).isEqualTo(new Total(1, 80_000));
        assertThat(r.namingNoBooking()).isEqualTo(Total.NONE);
        assertThat(ReconciliationFindings.title(r)).isEqualTo("1 invoice ($800) bills a cancelled booking (credit note or refund?)");
    }

    @Test
    void should_add_up_the_buckets_of_two_businesses() {
        InvoiceReconciliation a = InvoiceReconciliation.of(BOOKED, CANCELLED, Map.of("B1", 50_000L, "X1", 125_000L), new Total(1, 12_500));
        InvoiceReconciliation b = InvoiceReconciliation.of(BOOKED, CANCELLED, Map.of("B3", 12_000L, "C1", 120_000L), new Total(2, 80_000));

        InvoiceReconciliation both = a.plus(b);

        assertThat(both).isEqualTo(new InvoiceReconciliation(new Total(1, 50_000), new Total(1, 12_000), -500, new Total(1, 120_000),
                new Total(1, 125_000), new Total(3, 92_500)));
        assertThat(ReconciliationFindings.title(both)).isEqualTo("1 invoice bills a different amount than the booking (-$5); "
                + "1 invoice ($1,200) bills a cancelled booking (credit note or refund?); 1 invoice ($1,250) names no booking at all");
    }

    @Test
    void should_not_count_an_invoice_on_an_unreadable_booking_item_as_naming_no_booking() {
        // the demo's JADA: two items typed with an amount nobody can read, and invoices for bookings that never existed
        InvoiceReconciliation r = InvoiceReconciliation.of(BOOKED, CANCELLED, Set.of("U1", "U2"),
                Map.of("U1", 250_000L, "U2", 325_000L, "X1", 125_000L, "X2", 125_000L, "X3", 125_000L), Total.NONE);

        assertThat(r.namingNoBooking()).isEqualTo(new Total(3, 375_000));
        assertThat(r.onUnreadable()).isEqualTo(new Total(2, 575_000));
        assertThat(ReconciliationFindings.title(r)).isEqualTo("3 invoices ($3,750) name no booking at all");
    }
}
