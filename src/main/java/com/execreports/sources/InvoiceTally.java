package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.model.Facts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.sources.LedgerCsv.BadValue;
import com.execreports.sources.LedgerCsv.Row;
import com.execreports.sources.LedgerCsv.Stopped;

/**
 * Folds every invoice CSV under a prefix into {@link InvoiceFacts}: totals by business, status and month issued,
 * what is still open, what was collected by business and month paid, and — for reconciliation with the bookings —
 * the cents invoiced per booking reference.
 */
public final class InvoiceTally implements ObjectTally {

    private static final List<String> COLUMNS = List.of("business", "booking_ref", "issued", "amount", "status");
    /** Optional column: the date a paid invoice was paid (yyyy-MM-dd). Without it a paid invoice counts in its month issued. */
    static final String PAID_DATE = "paid_date";
    /** The one status that means the money came in (void, written off and refunded settle an invoice without it). */
    static final String PAID = "paid";
    /** Statuses known to be settled; any other status (open, sent, overdue, an unfamiliar one) counts as open. */
    static final Set<String> SETTLED = Set.of("paid", "void", "voided", "cancelled", "canceled", "written_off",
            "written off", "refunded");

    private final String domain;
    private final String source;
    private final String bucket;
    private final String prefix;
    private final long maxRowBytes;
    private final DateWindow window;
    private final SumBound sums = new SumBound();
    private final IssueSample issues = new IssueSample();

    private boolean listingChecked;
    private final TreeSet<String> invoiceKeys = new TreeSet<>();
    private final List<String> keysRead = new ArrayList<>();

    private long rowsRead;
    private long rowsUnreadable;
    private long invoices;
    private long amountCents;
    private final SortedMap<String, Total> byBusiness = new TreeMap<>();
    private final SortedMap<String, Total> byStatus = new TreeMap<>();
    private final SortedMap<String, Total> byMonth = new TreeMap<>();
    private long openInvoices;
    private long openCents;
    private Total withoutBookingRef = Total.NONE;
    private final SortedMap<String, SortedMap<String, Long>> bookingCents = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> collectedCents = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> paidBookingCents = new TreeMap<>();
    private Total paidUndated = Total.NONE;
    private final SortedMap<String, Total> openByBusiness = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Long>> openCentsByIssued = new TreeMap<>();

    /** @param maxRowBytes a row longer than this stops its file (see {@link LedgerCsv}); files of any size stream */
    public InvoiceTally(String domain, String source, String bucket, String prefix, long maxRowBytes, DateWindow window) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.prefix = prefix;
        this.maxRowBytes = maxRowBytes;
        this.window = window;
    }

    @Override
    public void inventory(String key, long size) {
        if (key.startsWith(prefix) && LedgerCsv.isCsv(key)) {
            invoiceKeys.add(key);
        }
    }

    /** Every .csv under the prefix, in key order (so a ledger split by year reads oldest first). */
    @Override
    public List<String> objectsToRead() {
        if (invoiceKeys.isEmpty() && !listingChecked) {
            issues.add(bucket + "/" + prefix, "no invoice .csv found under the prefix");
        }
        listingChecked = true;
        return List.copyOf(invoiceKeys);
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        keysRead.add(key);
        try {
            LedgerCsv.rows(content, maxRowBytes, COLUMNS, row -> invoice(key, row));
        } catch (Stopped stopped) {
            if (stopped.line > 1) {
                rowsRead++;
                rowsUnreadable++;
            }
            issues.add(IssueText.at(bucket + "/" + key, stopped.line), stopped.getMessage());
        }
    }

    private void invoice(String key, Row row) {
        rowsRead++;
        long cents;
        String month;
        String issued;
        String paidMonth;
        try {
            String problem = row.shapeProblem();
            if (problem != null) {
                throw new BadValue(problem);
            }
            issued = LedgerCsv.date("issued", row.get("issued"), window).toString();
            month = issued.substring(0, 7);
            cents = LedgerCsv.cents("amount", row.get("amount"));
            LedgerCsv.usd(row.get("currency"));
            String paid = row.get(PAID_DATE);
            paidMonth = paid.isEmpty() ? null : LedgerCsv.date(PAID_DATE, paid, window).toString().substring(0, 7);
            if (!sums.admit(cents)) {
                throw new BadValue("amount " + IssueText.quoted(row.get("amount")) + " " + SumBound.REASON);
            }
        } catch (BadValue e) {
            rowsUnreadable++;
            issues.add(IssueText.at(bucket + "/" + key, row.line()), e.getMessage() + " — " + context(row));
            return;
        }
        String business = LedgerCsv.orBlank(row.get("business"));
        String status = LedgerCsv.orBlank(row.get("status").toLowerCase(Locale.ROOT));
        Total one = new Total(1, cents);
        invoices++;
        amountCents += cents;
        byBusiness.merge(business, one, Total::plus);
        byStatus.merge(status, one, Total::plus);
        byMonth.merge(month, one, Total::plus);
        if (!SETTLED.contains(status)) {
            openInvoices++;
            openCents += cents;
            openByBusiness.merge(business, one, Total::plus);
            openCentsByIssued.computeIfAbsent(business, b -> new TreeMap<>()).merge(issued, cents, Long::sum);
        }
        // the status says whether it was paid; the paid date only says when
        if (status.equals(PAID)) {
            if (paidMonth == null) {
                paidUndated = paidUndated.plus(one);
            }
            collectedCents.computeIfAbsent(business, b -> new TreeMap<>())
                    .merge(paidMonth == null ? month : paidMonth, cents, Long::sum);
        }
        String bookingRef = row.get("booking_ref");
        if (bookingRef.isEmpty()) {
            withoutBookingRef = withoutBookingRef.plus(one);
        } else {
            bookingCents.computeIfAbsent(business, b -> new TreeMap<>()).merge(bookingRef, cents, Long::sum);
            if (status.equals(PAID)) {
                paidBookingCents.computeIfAbsent(business, b -> new TreeMap<>()).merge(bookingRef, cents, Long::sum);
            }
        }
    }

    /** What a bookkeeper looks for to find the row: "INV-1042, jada, 2026-05-03". */
    private static String context(Row row) {
        List<String> cells = new ArrayList<>();
        for (String column : List.of("invoice_number", "business", "issued")) {
            if (!row.get(column).isEmpty()) {
                cells.add(IssueText.shown(row.get(column)));
            }
        }
        return cells.isEmpty() ? "no invoice number, business or issue date" : String.join(", ", cells);
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        InvoiceFacts data = new InvoiceFacts(bucket, List.copyOf(keysRead), rowsRead, rowsUnreadable, invoices,
                amountCents, FactMaps.frozen(byBusiness), FactMaps.frozen(byStatus), FactMaps.frozen(byMonth), openInvoices, openCents,
                withoutBookingRef, FactMaps.frozenTwice(bookingCents), FactMaps.frozenTwice(collectedCents), paidUndated, FactMaps.frozen(openByBusiness),
                FactMaps.frozenTwice(paidBookingCents), FactMaps.frozenTwice(openCentsByIssued));
        return Facts.read(runId, domain, source, "s3-invoices", bucket, data, issues.kept(), issues.count());
    }
}
