package com.execreports.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.model.InvoiceFacts.Total;

/**
 * One business's invoices matched against its bookings by the booking reference each invoice names, as counts and
 * cents. Matching needs the per-item structures of both sources (booking id → cents, booking reference → cents); it
 * runs once, when the snapshot is made, so the archived snapshot keeps these totals and not the items: its size then
 * depends on the businesses, not on how many bookings and invoices they hold.
 *
 * @param matched              invoices whose revenue booking has the same amount
 * @param amountDiffers        invoices whose revenue booking has another amount (cents: what they invoice)
 * @param differenceCents      invoiced minus booked, over those
 * @param onCancelled          invoices naming a cancelled or refunded booking: a credit note or refund is owed
 * @param namingNoBooking      invoices naming a booking the table does not hold at all: to investigate
 * @param onUnreadable         invoices naming a booking whose item could not be read: it exists, so they are kept out
 *                             of "names no booking", and cannot be checked until the item is fixed
 * @param paidOnCancelledCents cents of paid invoices on bookings since cancelled or refunded: owed back, not collected
 *                             for work
 */
public record InvoiceMatch(Total matched, Total amountDiffers, long differenceCents, Total onCancelled, Total namingNoBooking,
                           Total onUnreadable, long paidOnCancelledCents) {

    public static final InvoiceMatch NONE = new InvoiceMatch(Total.NONE, Total.NONE, 0, Total.NONE, Total.NONE, Total.NONE, 0);

    /**
     * @param bookedById        revenue booking id → cents
     * @param cancelledIds      ids of the cancelled or refunded bookings
     * @param unreadableIds     ids of the booking items that could not be read
     * @param invoicedByBooking booking reference → cents invoiced for it
     * @param paidByBooking     booking reference → cents of its paid invoices
     */
    public static InvoiceMatch of(Map<String, Long> bookedById, Set<String> cancelledIds, Set<String> unreadableIds,
                                  Map<String, Long> invoicedByBooking, Map<String, Long> paidByBooking) {
        return of(BookingIndex.of(bookedById, cancelledIds, unreadableIds), invoicedByBooking, paidByBooking);
    }

    /**
     * @param bookings          what the business's bookings tables say of each id
     * @param invoicedByBooking booking reference → cents invoiced for it
     * @param paidByBooking     booking reference → cents of its paid invoices
     */
    public static InvoiceMatch of(BookingIndex bookingsTables, Map<String, Long> invoicedByBooking, Map<String, Long> paidByBooking) {
        return matched(bookingsTables.only(namedByInvoices(invoicedByBooking, paidByBooking)), invoicedByBooking, paidByBooking);
    }

    /** The match over an index that holds (at least) the ids the invoices name, all in memory. */
    private static InvoiceMatch matched(BookingIndex bookings, Map<String, Long> invoicedByBooking, Map<String, Long> paidByBooking) {
        Total unreadable = Total.NONE;
        Total matched = Total.NONE;
        Total differs = Total.NONE;
        long difference = 0;
        Total cancelled = Total.NONE;
        Total noBooking = Total.NONE;
        for (Map.Entry<String, Long> invoice : invoicedByBooking.entrySet()) {
            Total one = new Total(1, invoice.getValue());
            switch (bookings.state(invoice.getKey())) {
                case REVENUE -> {
                    long booked = bookings.revenueCents(invoice.getKey());
                    if (booked == invoice.getValue()) {
                        matched = matched.plus(one);
                    } else {
                        differs = differs.plus(one);
                        difference += invoice.getValue() - booked;
                    }
                }
                case CANCELLED -> cancelled = cancelled.plus(one);
                case UNREADABLE -> unreadable = unreadable.plus(one);
                case NONE -> noBooking = noBooking.plus(one);
            }
        }
        long paidOnCancelled = 0;
        for (Map.Entry<String, Long> paid : paidByBooking.entrySet()) {
            if (bookings.isCancelled(paid.getKey())) {
                paidOnCancelled += paid.getValue();
            }
        }
        return new InvoiceMatch(matched, differs, difference, cancelled, noBooking, unreadable, paidOnCancelled);
    }

    /**
     * Every business's match in one run's answers: the businesses with usable bookings facts or invoices, against the
     * first usable invoice ledger. Empty when no invoice ledger was read.
     */
    static SortedMap<String, InvoiceMatch> of(List<Facts> sources) {
        SortedMap<String, InvoiceMatch> all = new TreeMap<>();
        InvoiceFacts invoices = sources.stream().filter(Facts::usable).map(Facts::data).filter(InvoiceFacts.class::isInstance)
                .map(InvoiceFacts.class::cast).findFirst().orElse(null);
        if (invoices == null) {
            return all;
        }
        Set<String> businesses = new TreeSet<>(invoices.byBusiness().keySet());
        sources.stream().filter(Facts::usable).filter(f -> f.data() instanceof BookingFacts).forEach(f -> businesses.add(f.domain()));
        for (String domain : businesses) {
            Map<String, Long> invoiced = invoices.bookingCents().getOrDefault(domain, Collections.emptySortedMap());
            Map<String, Long> paid = invoices.paidBookingCents().getOrDefault(domain, Collections.emptySortedMap());
            Set<String> named = namedByInvoices(invoiced, paid);
            BookingIndex bookings = new BookingIndex(Integer.MAX_VALUE);
            for (Facts f : sources) {
                if (f.usable() && f.domain().equals(domain) && f.data() instanceof BookingFacts b) {
                    // only the ids the invoices name, each table read once: what is held grows with the invoices
                    bookings = bookings.plus(b.bookingIndex().only(named));
                }
            }
            all.put(domain, matched(bookings, invoiced, paid));
        }
        return all;
    }

    private static Set<String> namedByInvoices(Map<String, Long> invoicedByBooking, Map<String, Long> paidByBooking) {
        Set<String> named = new java.util.HashSet<>(invoicedByBooking.keySet());
        named.addAll(paidByBooking.keySet());
        return named;
    }
}
