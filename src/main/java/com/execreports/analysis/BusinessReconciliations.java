package com.execreports.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.execreports.model.BookingFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;

/** Every business's {@link InvoiceReconciliation} of one snapshot, so the CFO, the accountant and the findings read the same buckets. */
final class BusinessReconciliations {

    private BusinessReconciliations() {
    }

    /** Business → its buckets, in snapshot order; empty when no invoice ledger was read. */
    static Map<String, InvoiceReconciliation> of(PortfolioSnapshot snapshot) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        Map<String, InvoiceReconciliation> all = new LinkedHashMap<>();
        if (invoices == null) {
            return all;
        }
        MoneyTerms terms = new MoneyTerms(snapshot);
        for (String domain : terms.businesses()) {
            Map<String, Long> booked = new LinkedHashMap<>();
            Set<String> cancelled = new java.util.TreeSet<>();
            Set<String> unreadable = new java.util.TreeSet<>();
            for (PortfolioSnapshot.Fact<BookingFacts> f : snapshot.all(BookingFacts.class)) {
                if (f.domain().equals(domain)) {
                    booked.putAll(f.data().revenueById());
                    cancelled.addAll(f.data().cancelledIds());
                    unreadable.addAll(f.data().unreadableIds());
                }
            }
            all.put(domain, InvoiceReconciliation.of(booked, cancelled, unreadable,
                    invoices.bookingCents().getOrDefault(domain, Collections.emptySortedMap()), terms.notInvoiced(domain)));
        }
        return all;
    }

    static InvoiceReconciliation total(Map<String, InvoiceReconciliation> all) {
        return all.values().stream().reduce(InvoiceReconciliation.NONE, InvoiceReconciliation::plus);
    }
}
