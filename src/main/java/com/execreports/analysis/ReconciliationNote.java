package com.execreports.analysis;

import com.execreports.model.InvoiceFacts;

/**
 * The note over a bookings-to-invoices reconciliation. It says the level the reconciliation is done at — per
 * business, by count and value — so a matched count is not read as booking-by-booking proof, and it carries the
 * invoice figures the ledger gives only for the whole portfolio.
 *
 * @param invoices the invoice ledger reconciled against, or null when none was read
 */
record ReconciliationNote(InvoiceFacts invoices) {

    /** What the reconciliation compares, and what it cannot. */
    static final String LEVEL = "Reconciled per business by count and value, not booking by booking: the bookings "
            + "tables give totals, not each booking's invoice id and amount, so a difference shows where to look, not which booking.";

    static final String MATCHED = "Matched = the smaller of the bookings with an invoice id and the bookings the invoices name.";

    String text() {
        if (invoices == null) {
            return "No invoice ledger was read, so bookings cannot be reconciled against invoices this run.";
        }
        InvoiceFacts.Total noRef = invoices.withoutBookingRef();
        return LEVEL + " " + MATCHED + " Known only for the whole portfolio: " + withoutBookingRef(noRef) + "; "
                + Figures.plural(invoices.openInvoices(), "invoice") + " worth " + Figures.money(invoices.openCents())
                + (invoices.openInvoices() == 1 ? " is" : " are") + " open (unpaid).";
    }

    /** "1 invoice worth $500 names no booking", or "every invoice names a booking". */
    static String withoutBookingRef(InvoiceFacts.Total noRef) {
        return noRef.count() == 0 ? "every invoice names a booking"
                : Figures.plural(noRef.count(), "invoice") + " worth " + Figures.money(noRef.cents())
                        + (noRef.count() == 1 ? " names" : " name") + " no booking";
    }
}
