package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.BookingFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.PortfolioSnapshot;

/**
 * Invoices that disagree with the bookings they name, each kind apart because each is fixed differently: a wrong
 * amount is corrected, an invoice on a cancelled booking calls for a credit note or refund, one naming no booking is
 * investigated.
 */
final class ReconciliationFindings {

    private ReconciliationFindings() {
    }

    static void find(PortfolioSnapshot snapshot, InvoiceFacts invoices, List<PortfolioFinding> found) {
        for (Map.Entry<String, InvoiceReconciliation> e : BusinessReconciliations.of(snapshot).entrySet()) {
            String domain = e.getKey();
            InvoiceReconciliation r = e.getValue();
            long count = r.amountDiffers().count() + r.onCancelled().count() + r.namingNoBooking().count();
            if (count == 0) {
                continue;
            }
            String table = snapshot.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain))
                    .map(f -> "DynamoDB " + f.data().table()).findFirst().orElse("no bookings table");
            found.add(new PortfolioFinding("unreconciled-invoices." + domain, "medium", snapshot.businessName(domain),
                    title(r), invoices.bucket() + " invoices against " + table,
                    "revenue and receivables disagree until each is corrected, credited or explained",
                    Math.abs(r.differenceCents()) + r.onCancelled().cents() + r.namingNoBooking().cents(), Set.of("cfo", "accounting"),
                    new Fix("Reconcile invoices with bookings every week: correct amounts, credit cancelled bookings, trace the rest", 2))
                    .groupedAs("Invoices that disagree with their bookings (wrong amount, cancelled booking, or no booking)",
                            count, "invoice", Figures.count(r.amountDiffers().count()) + " wrong amount ("
                                    + CfoReport.signedMoney(r.differenceCents()) + "), " + Figures.count(r.onCancelled().count())
                                    + " on cancelled bookings (" + Figures.money(r.onCancelled().cents()) + "), "
                                    + Figures.count(r.namingNoBooking().count()) + " no booking (" + Figures.money(r.namingNoBooking().cents()) + ")"));
        }
    }

    /** "8 invoices bill a different amount (+$1,200); 67 invoices ($170,000) are on cancelled bookings; 3 ($3,750) name no booking". */
    static String title(InvoiceReconciliation r) {
        List<String> parts = new ArrayList<>();
        if (r.amountDiffers().count() > 0) {
            parts.add(Figures.plural(r.amountDiffers().count(), "invoice") + (r.amountDiffers().count() == 1 ? " bills" : " bill")
                    + " a different amount than the booking (" + CfoReport.signedMoney(r.differenceCents()) + ")");
        }
        Total cancelled = r.onCancelled();
        if (cancelled.count() > 0) {
            parts.add(Figures.plural(cancelled.count(), "invoice") + " (" + Figures.money(cancelled.cents()) + ")"
                    + (cancelled.count() == 1 ? " bills a cancelled booking" : " bill cancelled bookings") + " (credit note or refund?)");
        }
        Total none = r.namingNoBooking();
        if (none.count() > 0) {
            parts.add(Figures.plural(none.count(), "invoice") + " (" + Figures.money(none.cents()) + ")"
                    + (none.count() == 1 ? " names" : " name") + " no booking at all");
        }
        return String.join("; ", parts);
    }
}
