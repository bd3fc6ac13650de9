package com.execreports.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the invoice ledger (CSV files in S3) says, folded while streaming its rows. Money is in cents (USD).
 *
 * <p>{@link #bookingCents} and {@link #paidBookingCents} are the per-row structures of the source summaries:
 * reconciling invoices against bookings needs to know which booking each invoice bills. They live while the run makes
 * its snapshot ({@link InvoiceMatch} keeps the matched totals) and are never written to the archive; everything else is
 * bounded by businesses, statuses and months.
 *
 * @param bucket            the S3 bucket read
 * @param keys              the invoice files read, in reading order
 * @param rowsRead          invoice rows seen, readable or not (header and blank lines excluded)
 * @param rowsUnreadable    rows that could not be used (absent from every total)
 * @param invoices          readable invoices, whatever their status
 * @param amountCents       their total
 * @param byBusiness        invoices by business
 * @param byStatus          invoices by status (lower case; "(blank)" when empty)
 * @param byMonth           invoices by month issued (yyyy-MM)
 * @param openInvoices      invoices not known to be settled (any status but paid, void, cancelled, written off
 *                          or refunded), so an unfamiliar status never hides money still owed
 * @param openCents         their total
 * @param withoutBookingRef invoices that name no booking, so cannot be reconciled
 * @param bookingCents      business → booking reference → cents invoiced for it (every status; several invoices
 *                          for one booking, such as a deposit and a balance, are summed)
 * @param collectedCents    business → month paid (yyyy-MM) → cents of the invoices whose status is paid: the cash
 *                          the ledger says came in. The month is the optional {@code paid_date} column's; a paid
 *                          invoice without one counts in the month it was issued
 * @param paidUndated       paid invoices with no paid date, so counted as collected in their month issued
 * @param openByBusiness    the open invoices (as {@link #openInvoices}) by business: what is still to be collected
 * @param paidBookingCents  business → booking reference → cents of its paid invoices: cash collected on a booking
 *                          later cancelled or refunded is owed back, not a payment for work earned
 * @param openCentsByIssued business → date issued (yyyy-MM-dd) → cents of its open invoices: bounded by the calendar,
 *                          not by the invoices, it is what receivables aging (0–30, 31–60, 61–90, 90+ days) needs
 */
public record InvoiceFacts(String bucket, List<String> keys, long rowsRead, long rowsUnreadable, long invoices,
                           long amountCents, SortedMap<String, Total> byBusiness, SortedMap<String, Total> byStatus,
                           SortedMap<String, Total> byMonth, long openInvoices, long openCents, Total withoutBookingRef,
                           @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) SortedMap<String, SortedMap<String, Long>> bookingCents,
                           SortedMap<String, SortedMap<String, Long>> collectedCents, Total paidUndated,
                           SortedMap<String, Total> openByBusiness,
                           @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) SortedMap<String, SortedMap<String, Long>> paidBookingCents,
                           SortedMap<String, SortedMap<String, Long>> openCentsByIssued) implements SourceData {

    private static final SortedMap<String, Long> EMPTY = java.util.Collections.emptySortedMap();

    public InvoiceFacts {
        // never archived (see above): read back empty
        bookingCents = bookingCents == null ? new TreeMap<>() : bookingCents;
        // a snapshot archived before collections were kept reads back with nulls: nothing known collected
        collectedCents = collectedCents == null ? new TreeMap<>() : collectedCents;
        paidUndated = paidUndated == null ? Total.NONE : paidUndated;
        openByBusiness = openByBusiness == null ? new TreeMap<>() : openByBusiness;
        paidBookingCents = paidBookingCents == null ? new TreeMap<>() : paidBookingCents;
        // ... and before open invoices were dated: their age is unknown
        openCentsByIssued = openCentsByIssued == null ? new TreeMap<>() : openCentsByIssued;
    }

    /** Facts with nothing known of when the open invoices were issued. */
    public InvoiceFacts(String bucket, List<String> keys, long rowsRead, long rowsUnreadable, long invoices, long amountCents,
                        SortedMap<String, Total> byBusiness, SortedMap<String, Total> byStatus, SortedMap<String, Total> byMonth,
                        long openInvoices, long openCents, Total withoutBookingRef, SortedMap<String, SortedMap<String, Long>> bookingCents,
                        SortedMap<String, SortedMap<String, Long>> collectedCents, Total paidUndated, SortedMap<String, Total> openByBusiness,
                        SortedMap<String, SortedMap<String, Long>> paidBookingCents) {
        this(bucket, keys, rowsRead, rowsUnreadable, invoices, amountCents, byBusiness, byStatus, byMonth, openInvoices, openCents,
                withoutBookingRef, bookingCents, collectedCents, paidUndated, openByBusiness, paidBookingCents, null);
    }

    /** Facts with nothing known of which booking each payment was for. */
    public InvoiceFacts(String bucket, List<String> keys, long rowsRead, long rowsUnreadable, long invoices, long amountCents,
                        SortedMap<String, Total> byBusiness, SortedMap<String, Total> byStatus, SortedMap<String, Total> byMonth,
                        long openInvoices, long openCents, Total withoutBookingRef, SortedMap<String, SortedMap<String, Long>> bookingCents,
                        SortedMap<String, SortedMap<String, Long>> collectedCents, Total paidUndated, SortedMap<String, Total> openByBusiness) {
        this(bucket, keys, rowsRead, rowsUnreadable, invoices, amountCents, byBusiness, byStatus, byMonth, openInvoices, openCents,
                withoutBookingRef, bookingCents, collectedCents, paidUndated, openByBusiness, null);
    }

    /** Cents the business collected on the given bookings (e.g. its cancelled ones). */
    public long paidCents(String business, java.util.Collection<String> bookingRefs) {
        SortedMap<String, Long> paid = paidBookingCents.getOrDefault(business, EMPTY);
        return bookingRefs.stream().mapToLong(ref -> paid.getOrDefault(ref, 0L)).sum();
    }

    /** Cents collected for the business in the month (yyyy-MM); 0 when none. */
    public long collectedCents(String business, String month) {
        return collectedCents.getOrDefault(business, EMPTY).getOrDefault(month, 0L);
    }

    /** Cents collected for the business over every month of the ledger. */
    public long collectedCents(String business) {
        return collectedCents.getOrDefault(business, EMPTY).values().stream().mapToLong(Long::longValue).sum();
    }

    /** A count of invoices and their value in cents. */
    public record Total(long count, long cents) {

        public static final Total NONE = new Total(0, 0);

        public Total plus(Total other) {
            return new Total(count + other.count, cents + other.cents);
        }
    }
}
