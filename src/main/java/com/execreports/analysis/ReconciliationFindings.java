package com.execreports.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.BookingFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;

/** Invoices that disagree with the bookings they name: wrong amounts, and invoices for no revenue booking. */
final class ReconciliationFindings {

    private ReconciliationFindings() {
    }

    static void find(PortfolioSnapshot snapshot, InvoiceFacts invoices, List<PortfolioFinding> found) {
        for (PortfolioSnapshot.Fact<BookingFacts> f : snapshot.all(BookingFacts.class)) {
            Map<String, Long> invoiced = invoices.bookingCents().getOrDefault(f.domain(), java.util.Collections.emptySortedMap());
            if (f.data().revenueById().isEmpty() || invoiced.isEmpty()) {
                continue;
            }
            InvoiceReconciliation r = InvoiceReconciliation.of(f.data().revenueById(), invoiced);
            if (r.mismatched() + r.withoutBooking() == 0) {
                continue;
            }
            found.add(new PortfolioFinding("unreconciled-invoices." + f.domain(), "medium", snapshot.businessName(f.domain()),
                    Figures.plural(r.mismatched(), "invoice") + " bill a different amount than the booking ("
                            + (r.mismatchDeltaCents() >= 0 ? "+" : "") + Figures.money(r.mismatchDeltaCents()) + ") and "
                            + Figures.plural(r.withoutBooking(), "invoice") + " (" + Figures.money(r.withoutBookingCents())
                            + ") name no revenue booking",
                    invoices.bucket() + " invoices against DynamoDB " + f.data().table(),
                    "revenue and receivables disagree until each is corrected or explained",
                    Math.abs(r.mismatchDeltaCents()) + r.withoutBookingCents(), Set.of("cfo", "accounting"),
                    new Fix("Reconcile invoices with bookings every week and correct the differences", 3, 2)));
        }
    }
}
