package com.execreports.sources;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.BookingIndex;
import com.execreports.model.Facts;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Folds a bookings table, page by page, into {@link BookingFacts}: sums, counts and month/status/channel
 * histograms only, so memory does not grow with the table.
 */
public final class BookingTally implements ItemTally {

    private static final int SAMPLE = 5;

    private final String domain;
    private final String source;
    private final String table;
    private final BookingMapping map;
    private final LocalDate today;
    private final SumBound sums = new SumBound();
    private final IssueSample issues = new IssueSample(true); // a table may be read in parallel segments
    private final TableItems items;

    private long itemsRead;
    private long bookings;
    private long revenue;
    private final SortedMap<String, Long> revenueByMonth = new TreeMap<>();
    private final SortedMap<String, Long> bookingsByMonth = new TreeMap<>();
    private final SortedMap<String, Long> countByStatus = new TreeMap<>();
    private final SortedMap<String, Long> countByChannel = new TreeMap<>();
    private final SortedMap<String, Long> revenueByChannel = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> revenueByMonthAndChannel = new TreeMap<>();
    private long cancelled;
    private long cancelledCents;
    private long withoutInvoice;
    private long withoutInvoiceCents;
    // the smallest ids, not the first seen: the same evidence whatever order the pages arrive in
    private final java.util.TreeSet<String> withoutInvoiceSample = new java.util.TreeSet<>();
    private long openLeads;
    private long openLeadsCents;
    private long earned;
    private long deferred;
    private final SortedMap<String, Long> deferredByMonth = new TreeMap<>();
    private final SortedMap<String, Long> openLeadsByMonth = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> bookingsByMonthAndChannel = new TreeMap<>();
    private final SortedMap<String, Long> openLeadsByChannel = new TreeMap<>();
    private final SortedMap<String, Long> aheadByChannel = new TreeMap<>();
    private long last30;
    private long previous30;
    // each id's revenue, cancellation or unreadable item, for matching invoices: compact, as it grows with the table
    private final BookingIndex index = new BookingIndex();
    private final SortedMap<String, Long> earnedByMonth = new TreeMap<>();
    private long uninvoicedEarned;
    private long uninvoicedEarnedCents;

    public BookingTally(String domain, String source, String table, BookingMapping map, LocalDate today, ZoneId zone) {
        this.domain = domain;
        this.source = source;
        this.table = table;
        this.map = map;
        this.today = today;
        this.items = new TableItems(map.id(), map.status(), zone, DateWindow.asOf(today), issues);
    }

    @Override
    public void fold(Map<String, AttributeValue> item) {
        fold(item, table);
    }

    /**
     * Folds one item that an issue names by {@code where} rather than the table: a line of an export's data file
     * ("bucket/key:12"), so whoever keeps the data can find it.
     */
    void fold(Map<String, AttributeValue> item, String where) {
        itemsRead++;
        String leftOut = items.fold(item, where, this::fold);
        if (leftOut != null) {
            index.unreadable(leftOut);
        }
    }

    private void fold(AttributeReader read, String id, String status) {
        long cents = read.cents(map.amount());
        LocalDate bookedAt = read.requiredDate(map.bookedAt());
        LocalDate serviceDate = read.date(map.serviceDate());
        String channel = lower(read.text(map.channel()));
        String invoice = read.text(map.invoice());
        if (!sums.admit(cents)) {
            throw AttributeReader.overflow(map.amount(), cents);
        }

        countByStatus.merge(status, 1L, Long::sum);
        if (map.leadStatuses().contains(status)) {
            if (serviceDate == null || !serviceDate.isBefore(today)) {
                openLeads++;
                openLeadsCents += cents;
                openLeadsByMonth.merge((serviceDate == null ? bookedAt : serviceDate).toString().substring(0, 7), cents, Long::sum);
                openLeadsByChannel.merge(channel == null ? "unknown" : channel, 1L, Long::sum);
            }
            return;
        }
        if (map.cancelledStatuses().contains(status)) {
            cancelled++;
            cancelledCents += cents;
            index.cancelled(id);
            return;
        }
        bookings++;
        revenue += cents;
        index.revenue(id, cents);
        String month = bookedAt.toString().substring(0, 7);
        revenueByMonth.merge(month, cents, Long::sum);
        bookingsByMonth.merge(month, 1L, Long::sum);
        String ch = channel == null ? "unknown" : channel;
        countByChannel.merge(ch, 1L, Long::sum);
        revenueByChannel.merge(ch, cents, Long::sum);
        revenueByMonthAndChannel.computeIfAbsent(month, m -> new TreeMap<>()).merge(ch, cents, Long::sum);
        bookingsByMonthAndChannel.computeIfAbsent(month, m -> new TreeMap<>()).merge(ch, 1L, Long::sum);
        if (invoice == null) {
            withoutInvoice++;
            withoutInvoiceCents += cents;
            withoutInvoiceSample.add(id);
            if (withoutInvoiceSample.size() > SAMPLE) {
                withoutInvoiceSample.pollLast();
            }
        }
        if (serviceDate != null && serviceDate.isAfter(today)) {
            deferred += cents;
            aheadByChannel.merge(ch, 1L, Long::sum);
            deferredByMonth.merge(serviceDate.toString().substring(0, 7), cents, Long::sum);
        } else {
            earned += cents;
            if (invoice == null) {
                uninvoicedEarned++;
                uninvoicedEarnedCents += cents;
            }
            earnedByMonth.merge((serviceDate == null ? bookedAt : serviceDate).toString().substring(0, 7), cents, Long::sum);
        }
        if (!bookedAt.isAfter(today) && bookedAt.isAfter(today.minusDays(30))) {
            last30 += cents;
        } else if (!bookedAt.isAfter(today.minusDays(30)) && bookedAt.isAfter(today.minusDays(60))) {
            previous30 += cents;
        }
    }

    /**
     * Items this tally never saw, named with why: a line that is not an item, a data file that is missing. Counted as
     * {@code items} unreadable (at least one), so the facts are partial and say how many were left out.
     */
    void unreadable(String where, String reason, long items) {
        issues.add(where, reason);
        issues.countMore(Math.max(1, items) - 1);
    }

    @Override
    public Facts facts(String runId) {
        BookingFacts data = new BookingFacts(table, itemsRead, bookings, revenue, revenueByMonth, bookingsByMonth,
                countByStatus, countByChannel, revenueByChannel, cancelled, cancelledCents, withoutInvoice,
                withoutInvoiceCents, List.copyOf(withoutInvoiceSample), openLeads, openLeadsCents, earned, deferred,
                last30, previous30, new TreeMap<>(), earnedByMonth,
                uninvoicedEarned, uninvoicedEarnedCents, new java.util.TreeSet<>(), new java.util.TreeSet<>(), revenueByMonthAndChannel,
                deferredByMonth, openLeadsByMonth, bookingsByMonthAndChannel, openLeadsByChannel, aheadByChannel, index);
        return Facts.read(runId, domain, source, "ddb-bookings", table, data, issues.kept(), issues.count());
    }

    /**
     * The item's id for evidence; an id of an unexpected type, or none at all, still names the item rather than failing
     * it ("bookingId=(missing) attribute 'bookingId' is missing").
     */
    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
