package com.execreports.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceData;

/**
 * Keeps the archived snapshot's size bounded by businesses and months, not by items. Two structures hold an entry per
 * item, for reconciling invoices against bookings within the run: a bookings table's revenue by booking id (and its
 * cancelled and unreadable ids), and the invoice ledger's cents by booking reference. Past {@link #maxEntries} of them
 * in one snapshot, the largest are left out of the archived copy, one source at a time, until the rest fit; every
 * aggregate (totals, months, statuses, channels, samples) stays. The run's own reports are written from the whole
 * snapshot; a later run reading this one back finds those maps empty, so last period's reconciliation is unknown there.
 */
final class SnapshotBound {

    /** About 35 bytes an entry as archived: 40,000 keep the per-item part of snapshot.json near 1.4 MB. */
    static final long DEFAULT_MAX_ENTRIES = 40_000;

    private final long maxEntries;

    SnapshotBound(long maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** What was left out, one line a source ("portfolio/invoices: 700,000 per-item entries"), empty when nothing was. */
    record Bounded(PortfolioSnapshot snapshot, List<String> leftOut) {
    }

    Bounded apply(PortfolioSnapshot snapshot) {
        List<Facts> sources = new ArrayList<>(snapshot.sources());
        long total = sources.stream().mapToLong(f -> perItem(f.data())).sum();
        if (total <= maxEntries) {
            return new Bounded(snapshot, List.of());
        }
        List<Integer> largestFirst = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            largestFirst.add(i);
        }
        largestFirst.sort(Comparator.comparingLong((Integer i) -> perItem(sources.get(i).data())).reversed());
        List<String> leftOut = new ArrayList<>();
        for (int i : largestFirst) {
            if (total <= maxEntries) {
                break;
            }
            Facts f = sources.get(i);
            long entries = perItem(f.data());
            if (entries == 0) {
                break;
            }
            sources.set(i, new Facts(f.runId(), f.domain(), f.source(), f.kind(), f.resource(), f.status(), withoutPerItem(f.data()),
                    f.error(), f.issues(), f.unreadable(), f.pastedSecrets(), f.stopped()));
            total -= entries;
            leftOut.add(f.name() + ": " + String.format(Locale.US, "%,d", entries) + " per-item entries");
        }
        return new Bounded(new PortfolioSnapshot(snapshot.run(), List.copyOf(sources)), List.copyOf(leftOut));
    }

    static long perItem(SourceData data) {
        if (data instanceof BookingFacts b) {
            return (long) b.revenueById().size() + b.cancelledIds().size() + b.unreadableIds().size();
        }
        if (data instanceof InvoiceFacts inv) {
            return inv.bookingCents().values().stream().mapToLong(m -> m.size()).sum()
                    + inv.paidBookingCents().values().stream().mapToLong(m -> m.size()).sum();
        }
        return 0;
    }

    private static SourceData withoutPerItem(SourceData data) {
        if (data instanceof BookingFacts b) {
            return new BookingFacts(b.table(), b.itemsRead(), b.bookings(), b.revenueCents(), b.revenueByMonth(), b.bookingsByMonth(),
                    b.countByStatus(), b.countByChannel(), b.revenueByChannel(), b.cancelled(), b.cancelledCents(), b.withoutInvoice(),
                    b.withoutInvoiceCents(), b.withoutInvoiceSample(), b.openLeads(), b.openLeadsCents(), b.earnedCents(),
                    b.deferredCents(), b.last30DaysCents(), b.previous30DaysCents(), new TreeMap<>(), b.earnedByMonth(),
                    b.uninvoicedEarned(), b.uninvoicedEarnedCents(), new TreeSet<>(), new TreeSet<>(), b.revenueByMonthAndChannel(),
                    b.deferredByMonth(), b.openLeadsByMonth());
        }
        InvoiceFacts inv = (InvoiceFacts) data;
        return new InvoiceFacts(inv.bucket(), inv.keys(), inv.rowsRead(), inv.rowsUnreadable(), inv.invoices(), inv.amountCents(),
                inv.byBusiness(), inv.byStatus(), inv.byMonth(), inv.openInvoices(), inv.openCents(), inv.withoutBookingRef(),
                new TreeMap<>(), inv.collectedCents(), inv.paidUndated(), inv.openByBusiness(), new TreeMap<>(), inv.openCentsByIssued());
    }
}
