package com.execreports.analysis;

import java.util.Map;
import java.util.Set;

import com.execreports.model.InvoiceFacts.Total;

/**
 * One business's invoices matched against its bookings by the booking reference each invoice names, sorted into the
 * five buckets a bookkeeper acts on. Money in cents.
 *
 * @param matched            invoices whose revenue booking has the same amount
 * @param amountDiffers      invoices whose revenue booking has another amount (cents: what they invoice)
 * @param differenceCents    invoiced minus booked, over those
 * @param onCancelled        invoices naming a cancelled or refunded booking: a credit note or refund is owed
 * @param namingNoBooking    invoices naming a booking the table does not hold at all: to investigate
 * @param notInvoiced        earned bookings that carry no invoice id (the glossary's "not invoiced")
 * @param onUnreadable       invoices naming a booking whose item could not be read: it exists, so they are kept out of
 *                           "names no booking", and cannot be checked until the item is fixed
 */
record InvoiceReconciliation(Total matched, Total amountDiffers, long differenceCents, Total onCancelled,
                             Total namingNoBooking, Total notInvoiced, Total onUnreadable) {

    static final InvoiceReconciliation NONE = new InvoiceReconciliation(Total.NONE, Total.NONE, 0, Total.NONE, Total.NONE, Total.NONE,
            Total.NONE);

    InvoiceReconciliation(Total matched, Total amountDiffers, long differenceCents, Total onCancelled, Total namingNoBooking,
                          Total notInvoiced) {
        this(matched, amountDiffers, differenceCents, onCancelled, namingNoBooking, notInvoiced, Total.NONE);
    }

    static InvoiceReconciliation of(Map<String, Long> bookedById, Set<String> cancelledIds, Map<String, Long> invoicedByBooking,
                                    Total notInvoiced) {
        return of(bookedById, cancelledIds, Set.of(), invoicedByBooking, notInvoiced);
    }

    /**
     * @param bookedById        revenue booking id → cents
     * @param cancelledIds      ids of the cancelled or refunded bookings
     * @param unreadableIds     ids of the booking items that could not be read
     * @param invoicedByBooking booking reference → cents invoiced for it
     * @param notInvoiced       earned bookings with no invoice id, as the bookings table counts them
     */
    static InvoiceReconciliation of(Map<String, Long> bookedById, Set<String> cancelledIds, Set<String> unreadableIds,
                                    Map<String, Long> invoicedByBooking, Total notInvoiced) {
        Total unreadable = Total.NONE;
        Total matched = Total.NONE;
        Total differs = Total.NONE;
        long difference = 0;
        Total cancelled = Total.NONE;
        Total noBooking = Total.NONE;
        for (Map.Entry<String, Long> invoice : invoicedByBooking.entrySet()) {
            Total one = new Total(1, invoice.getValue());
            Long booked = bookedById.get(invoice.getKey());
            if (booked == null) {
                if (cancelledIds.contains(invoice.getKey())) {
                    cancelled = cancelled.plus(one);
                } else if (unreadableIds.contains(invoice.getKey())) {
                    unreadable = unreadable.plus(one);
                } else {
                    noBooking = noBooking.plus(one);
                }
            } else if (booked.equals(invoice.getValue())) {
                matched = matched.plus(one);
            } else {
                differs = differs.plus(one);
                difference += invoice.getValue() - booked;
            }
        }
        return new InvoiceReconciliation(matched, differs, difference, cancelled, noBooking, notInvoiced, unreadable);
    }

    InvoiceReconciliation plus(InvoiceReconciliation o) {
        return new InvoiceReconciliation(matched.plus(o.matched), amountDiffers.plus(o.amountDiffers), differenceCents + o.differenceCents,
                onCancelled.plus(o.onCancelled), namingNoBooking.plus(o.namingNoBooking), notInvoiced.plus(o.notInvoiced),
                onUnreadable.plus(o.onUnreadable));
    }
}
