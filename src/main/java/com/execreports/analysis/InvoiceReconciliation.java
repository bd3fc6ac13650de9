package com.execreports.analysis;

import java.util.Map;

/**
 * One business's revenue bookings matched invoice by invoice against the invoice ledger (by the booking reference
 * each invoice names). Money in cents.
 *
 * @param matched            invoices whose booking exists with the same amount
 * @param mismatched         invoices whose booking exists with another amount
 * @param mismatchDeltaCents invoiced minus booked, over the mismatched
 * @param missingInvoice     revenue bookings no invoice names
 * @param withoutBooking     invoices naming a booking that is not among the revenue bookings
 */
record InvoiceReconciliation(long matched, long matchedCents, long mismatched, long mismatchDeltaCents, long missingInvoice,
                             long missingInvoiceCents, long withoutBooking, long withoutBookingCents) {

    static InvoiceReconciliation of(Map<String, Long> bookedById, Map<String, Long> invoicedByBooking) {
        long matched = 0;
        long matchedCents = 0;
        long mismatched = 0;
        long delta = 0;
        long without = 0;
        long withoutCents = 0;
        for (Map.Entry<String, Long> invoice : invoicedByBooking.entrySet()) {
            Long booked = bookedById.get(invoice.getKey());
            if (booked == null) {
                without++;
                withoutCents += invoice.getValue();
            } else if (booked.equals(invoice.getValue())) {
                matched++;
                matchedCents += booked;
            } else {
                mismatched++;
                delta += invoice.getValue() - booked;
            }
        }
        long missing = 0;
        long missingCents = 0;
        for (Map.Entry<String, Long> booking : bookedById.entrySet()) {
            if (!invoicedByBooking.containsKey(booking.getKey())) {
                missing++;
                missingCents += booking.getValue();
            }
        }
        return new InvoiceReconciliation(matched, matchedCents, mismatched, delta, missing, missingCents, without, withoutCents);
    }
}
