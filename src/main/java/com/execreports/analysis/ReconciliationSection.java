package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report.Section;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.InvoiceFacts.Total;
import com.execreports.model.PortfolioSnapshot;

/** The table of the five reconciliation buckets per business, as the CFO and the accountant both read it. */
final class ReconciliationSection {

    static final String TITLE = "Invoices reconciled against bookings";
    static final List<String> COLUMNS = List.of("Business", "Matched", "Amount differs", "On cancelled booking",
            "Names no booking", MoneyTerm.NOT_INVOICED.label());

    private ReconciliationSection() {
    }

    static Section of(PortfolioSnapshot snapshot) {
        InvoiceFacts invoices = FinanceMeasures.invoiceLedger(snapshot);
        if (invoices == null) {
            return new Section(TITLE, "No invoice ledger was read, so bookings cannot be reconciled against invoices this run.",
                    COLUMNS, List.of());
        }
        Map<String, InvoiceReconciliation> all = BusinessReconciliations.of(snapshot);
        List<List<String>> rows = new ArrayList<>();
        all.forEach((domain, r) -> rows.add(row(snapshot.businessName(domain), r)));
        if (rows.size() > 1) {
            rows.add(row("All businesses", BusinessReconciliations.total(all)));
        }
        Total blank = invoices.withoutBookingRef();
        Total unreadable = BusinessReconciliations.total(all).onUnreadable();
        return new Section(TITLE, "Each invoice of " + invoices.bucket() + " against the booking it names. On a cancelled "
                + "booking: issue the credit note or refund, or void the invoice. Names no booking: investigate. "
                + "Not invoiced: earned bookings with no invoice id. "
                + (unreadable.count() == 0 ? "" : Figures.plural(unreadable.count(), "invoice") + " (" + Figures.money(unreadable.cents())
                        + (unreadable.count() == 1 ? ") names" : ") name") + " a booking whose item could not be read (data quality): in no column. ")
                + (blank.count() == 0 ? "No invoice leaves its booking reference blank."
                        : Figures.plural(blank.count(), "invoice") + " worth " + Figures.money(blank.cents())
                                + (blank.count() == 1 ? " leaves" : " leave") + " the booking reference blank (not in the table)."), COLUMNS, rows);
    }

    private static List<String> row(String business, InvoiceReconciliation r) {
        return List.of(business, countAndMoney(r.matched()), countAndMoney(r.amountDiffers())
                        + (r.amountDiffers().count() == 0 ? "" : " (" + CfoReport.signedMoney(r.differenceCents()) + ")"),
                countAndMoney(r.onCancelled()), countAndMoney(r.namingNoBooking()), countAndMoney(r.notInvoiced()));
    }

    private static String countAndMoney(Total t) {
        return CfoReport.countAndMoney(t.count(), t.cents());
    }
}
