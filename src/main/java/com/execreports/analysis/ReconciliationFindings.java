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
            String mismatched = Figures.plural(r.mismatched(), "invoice") + (r.mismatched() == 1 ? " bills" : " bill")
                    + " a different amount than the booking (" + (r.mismatchDeltaCents() >= 0 ? "+" : "")
                    + Figures.money(r.mismatchDeltaCents()) + ")";
            String orphans = Figures.plural(r.withoutBooking(), "invoice") + " (" + Figures.money(r.withoutBookingCents()) + ")"
                    + (r.withoutBooking() == 1 ? " names" : " name") + " no revenue booking";
            found.add(new PortfolioFinding("unreconciled-invoices." + f.domain(), "medium", snapshot.businessName(f.domain()),
                    mismatched + " and " + orphans,
                    invoices.bucket() + " invoices against DynamoDB " + f.data().table(),
                    "revenue and receivables disagree until each is corrected or explained",
                    Math.abs(r.mismatchDeltaCents()) + r.withoutBookingCents(), Set.of("cfo", "accounting"),
                    new Fix("Reconcile invoices with bookings every week and correct the differences", 2))
                    .groupedAs("Invoices that disagree with the bookings they name (wrong amount, or no revenue booking)",
                            r.mismatched() + r.withoutBooking(), "invoice", Figures.count(r.mismatched()) + " wrong amount ("
                                    + (r.mismatchDeltaCents() >= 0 ? "+" : "") + Figures.money(r.mismatchDeltaCents()) + "), "
                                    + Figures.count(r.withoutBooking()) + " no booking (" + Figures.money(r.withoutBookingCents()) + ")"));
        }
    }
}
