package com.execreports.analysis;

/**
 * A money word the reports use, with the one definition every report gives it. All are to date: over all the history
 * the bookings tables and the invoice ledger hold at the run, per business (a portfolio figure sums the businesses).
 */
enum MoneyTerm {

    BOOKED("Booked", "revenue bookings; no leads, cancellations or refunds"),
    EARNED("Earned", "booked, service date passed"),
    BACKLOG("Backlog", "booked, service ahead; not deferred revenue, as prepayments are unknown"),
    INVOICED("Invoiced", "ledger invoices, any status"),
    NOT_INVOICED("Not invoiced", "earned bookings with no invoice id"),
    COLLECTED("Collected", "invoices with status paid"),
    NOT_COLLECTED("Earned, not collected", "earned − collected on bookings not cancelled, per business, not below $0");

    private final String label;
    private final String definition;

    MoneyTerm(String label, String definition) {
        this.label = label;
        this.definition = definition;
    }

    String label() {
        return label;
    }

    String definition() {
        return definition;
    }
}
