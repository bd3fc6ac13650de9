package com.execreports.model;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a bookings (or jobs, stays, events) table says about a business's revenue, folded while paging.
 * Money is in cents.
 *
 * @param table               the DynamoDB table read
 * @param itemsRead           every item seen, readable or not
 * @param bookings            bookings that count as revenue (not leads, not cancelled)
 * @param revenueCents        revenue of those bookings
 * @param revenueByMonth      revenue by month booked (yyyy-MM)
 * @param bookingsByMonth     revenue bookings by month booked
 * @param countByStatus       every item by its status value
 * @param countByChannel      revenue bookings by channel
 * @param revenueByChannel    revenue by channel
 * @param cancelled           cancelled or refunded bookings
 * @param cancelledCents      their value
 * @param withoutInvoice      revenue bookings that carry no invoice id
 * @param withoutInvoiceCents their value
 * @param withoutInvoiceSample a few of their ids, as evidence
 * @param openLeads           leads and quotes not yet booked whose service date is ahead
 * @param openLeadsCents      their value
 * @param earnedCents         revenue whose service date has passed (or is today)
 * @param deferredCents       revenue whose service date is still ahead: booked, not yet earned
 * @param last30DaysCents     revenue booked in the 30 days up to the run
 * @param previous30DaysCents revenue booked in the 30 days before those
 * @param revenueById         revenue booking id → cents: a per-item structure, kept while the run makes its snapshot so
 *                            revenue can be reconciled invoice by invoice ({@link InvoiceMatch}); like the cancelled
 *                            and unreadable ids it is read from an older archive but never written to one
 * @param revenueByMonthAndChannel revenue by month booked (yyyy-MM), then by channel: how each channel moves; empty in
 *                            snapshots archived before it was kept
 * @param earnedByMonth       earned revenue by month of its service date (yyyy-MM; a booking without a service date
 *                            counts in the month booked, as it counts as earned), so earned can be set against
 *                            collected month by month
 * @param deferredByMonth     revenue whose service date is still ahead, by month of that date: the bookings on the
 *                            books for a coming quarter
 * @param openLeadsByMonth    open leads and quotes by month of their service date (the month they were taken when
 *                            they name none): the pipeline for a coming quarter
 * @param bookingsByMonthAndChannel revenue bookings by month booked, then by channel: what each channel's cost buys
 * @param openLeadsByChannel  open leads and quotes by channel
 * @param aheadByChannel      revenue bookings whose service date is still ahead, by channel: set against the open leads
 *                            for the same dates, the share of the demand ahead each channel has already turned into bookings
 * @param bookingIndex        each booking id's revenue, cancellation or unreadable item, compactly (a tally fills it
 *                            instead of the three id maps above, which stay empty); never archived
 */
public record BookingFacts(String table, long itemsRead, long bookings, long revenueCents,
                           SortedMap<String, Long> revenueByMonth, SortedMap<String, Long> bookingsByMonth,
                           SortedMap<String, Long> countByStatus, SortedMap<String, Long> countByChannel,
                           SortedMap<String, Long> revenueByChannel, long cancelled, long cancelledCents,
                           long withoutInvoice, long withoutInvoiceCents, List<String> withoutInvoiceSample,
                           long openLeads, long openLeadsCents, long earnedCents, long deferredCents,
                           long last30DaysCents, long previous30DaysCents,
                           @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) SortedMap<String, Long> revenueById,
                           SortedMap<String, Long> earnedByMonth, Long uninvoicedEarned, Long uninvoicedEarnedCents,
                           @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) SortedSet<String> cancelledIds,
                           @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) SortedSet<String> unreadableIds,
                           SortedMap<String, SortedMap<String, Long>> revenueByMonthAndChannel,
                           SortedMap<String, Long> deferredByMonth, SortedMap<String, Long> openLeadsByMonth,
                           SortedMap<String, SortedMap<String, Long>> bookingsByMonthAndChannel,
                           SortedMap<String, Long> openLeadsByChannel, SortedMap<String, Long> aheadByChannel,
                           @JsonIgnore BookingIndex bookingIndex)
        implements SourceData {

    public BookingFacts {
        // never archived (see revenueById): read back empty
        revenueById = revenueById == null ? new java.util.TreeMap<>() : revenueById;
        // a snapshot archived before earnedByMonth or cancelledIds existed reads back with null
        earnedByMonth = earnedByMonth == null ? new java.util.TreeMap<>() : earnedByMonth;
        cancelledIds = cancelledIds == null ? new java.util.TreeSet<>() : cancelledIds;
        unreadableIds = unreadableIds == null ? new java.util.TreeSet<>() : unreadableIds;
        revenueByMonthAndChannel = revenueByMonthAndChannel == null ? new java.util.TreeMap<>() : revenueByMonthAndChannel;
        // ... and before the months ahead were kept: nothing known on the books for them
        deferredByMonth = deferredByMonth == null ? new java.util.TreeMap<>() : deferredByMonth;
        openLeadsByMonth = openLeadsByMonth == null ? new java.util.TreeMap<>() : openLeadsByMonth;
        // ... and before channels were counted for their cost and conversion: nothing known by channel
        bookingsByMonthAndChannel = bookingsByMonthAndChannel == null ? new java.util.TreeMap<>() : bookingsByMonthAndChannel;
        openLeadsByChannel = openLeadsByChannel == null ? new java.util.TreeMap<>() : openLeadsByChannel;
        aheadByChannel = aheadByChannel == null ? new java.util.TreeMap<>() : aheadByChannel;
        // ... and before the earned ones were told apart: every booking with no invoice id counts, as it did then
        uninvoicedEarned = uninvoicedEarned == null ? withoutInvoice : uninvoicedEarned;
        uninvoicedEarnedCents = uninvoicedEarnedCents == null ? withoutInvoiceCents : uninvoicedEarnedCents;
        // a tally hands its index; facts built from id maps (an archive from before 2026-12, a test) get one from them
        bookingIndex = bookingIndex == null ? BookingIndex.of(revenueById, cancelledIds, unreadableIds) : bookingIndex;
    }

    /**
     * The figures every archive has held, as fixtures build them: the ids, the months ahead and the channel figures
     * left unknown (the canonical constructor fills them as for an archive from before they were kept).
     */
    public BookingFacts(String table, long itemsRead, long bookings, long revenueCents, SortedMap<String, Long> revenueByMonth,
                        SortedMap<String, Long> bookingsByMonth, SortedMap<String, Long> countByStatus,
                        SortedMap<String, Long> countByChannel, SortedMap<String, Long> revenueByChannel, long cancelled,
                        long cancelledCents, long withoutInvoice, long withoutInvoiceCents, List<String> withoutInvoiceSample,
                        long openLeads, long openLeadsCents, long earnedCents, long deferredCents, long last30DaysCents,
                        long previous30DaysCents) {
        this(table, itemsRead, bookings, revenueCents, revenueByMonth, bookingsByMonth, countByStatus, countByChannel,
                revenueByChannel, cancelled, cancelledCents, withoutInvoice, withoutInvoiceCents, withoutInvoiceSample, openLeads,
                openLeadsCents, earnedCents, deferredCents, last30DaysCents, previous30DaysCents, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    public long averageBookingCents() {
        return bookings == 0 ? 0 : java.math.BigDecimal.valueOf(revenueCents)
                .divide(java.math.BigDecimal.valueOf(bookings), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
