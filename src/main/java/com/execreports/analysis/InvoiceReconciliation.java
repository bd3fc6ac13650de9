package com.execreports.analysis;

import java.util.Map;
import java.util.Set;

import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.InvoiceMatch;

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

    /** The buckets of one business's matched invoices ({@link InvoiceMatch#of}), with its earned bookings not invoiced. */
    static InvoiceReconciliation of(Map<String, Long> bookedById, Set<String> cancelledIds, Set<String> unreadableIds,
                                    Map<String, Long> invoicedByBooking, Total notInvoiced) {
        return of(InvoiceMatch.of(bookedById, cancelledIds, unreadableIds, invoicedByBooking, Map.of()), notInvoiced);
    }

    static InvoiceReconciliation of(InvoiceMatch m, Total notInvoiced) {
        return new InvoiceReconciliation(m.matched(), m.amountDiffers(), m.differenceCents(), m.onCancelled(), m.namingNoBooking(),
                notInvoiced, m.onUnreadable());
    }

    InvoiceReconciliation plus(InvoiceReconciliation o) {
        return new InvoiceReconciliation(matched.plus(o.matched), amountDiffers.plus(o.amountDiffers), differenceCents + o.differenceCents,
                onCancelled.plus(o.onCancelled), namingNoBooking.plus(o.namingNoBooking), notInvoiced.plus(o.notInvoiced),
                onUnreadable.plus(o.onUnreadable));
    }
}
