package com.execreports.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

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
            all.put(domain, InvoiceReconciliation.of(snapshot.invoiceMatch(domain), terms.notInvoiced(domain)));
        }
        return all;
    }

    static InvoiceReconciliation total(Map<String, InvoiceReconciliation> all) {
        return all.values().stream().reduce(InvoiceReconciliation.NONE, InvoiceReconciliation::plus);
    }
}
