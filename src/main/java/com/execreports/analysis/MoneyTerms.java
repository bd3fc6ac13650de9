package com.execreports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * The one computation of each {@link MoneyTerm} for a business (or, summed, the portfolio), so that a term shown in two
 * reports shows the same figure; and the glossary that closes every report with the terms it used.
 */
final class MoneyTerms {

    private final PortfolioSnapshot snapshot;
    private final InvoiceFacts invoices;

    MoneyTerms(PortfolioSnapshot snapshot) {
        this.snapshot = snapshot;
        this.invoices = FinanceMeasures.invoiceLedger(snapshot);
    }

    /** Businesses with a bookings table or invoices, in snapshot order. */
    List<String> businesses() {
        Set<String> domains = new LinkedHashSet<>();
        snapshot.all(BookingFacts.class).forEach(f -> domains.add(f.domain()));
        if (invoices != null) {
            domains.addAll(invoices.byBusiness().keySet());
        }
        return List.copyOf(domains);
    }

    boolean invoiceLedgerRead() {
        return invoices != null;
    }

    /** The term's cents for the business; a business not given (null) means the whole portfolio. */
    long cents(MoneyTerm term, String domain) {
        if (domain == null) {
            return businesses().stream().mapToLong(d -> cents(term, d)).sum();
        }
        return switch (term) {
            case BOOKED -> bookings(domain).stream().mapToLong(BookingFacts::revenueCents).sum();
            case EARNED -> bookings(domain).stream().mapToLong(BookingFacts::earnedCents).sum();
            case BACKLOG -> bookings(domain).stream().mapToLong(BookingFacts::deferredCents).sum();
            case NOT_INVOICED -> notInvoiced(domain).cents();
            case INVOICED -> invoices == null ? 0 : invoices.byBusiness().getOrDefault(domain, InvoiceFacts.Total.NONE).cents();
            case COLLECTED -> invoices == null ? 0 : invoices.collectedCents(domain);
            case NOT_COLLECTED -> FinanceMeasures.collectionGaps(snapshot).stream().filter(g -> g.domain().equals(domain))
                    .mapToLong(FinanceMeasures.CollectionGap::uncollectedCents).sum();
        };
    }

    /** "$170,433", or "unknown" for a ledger term when no invoice ledger was read. */
    String money(MoneyTerm term, String domain) {
        boolean ledgerTerm = term == MoneyTerm.INVOICED || term == MoneyTerm.COLLECTED || term == MoneyTerm.NOT_COLLECTED;
        return ledgerTerm && invoices == null ? "unknown" : Figures.money(cents(term, domain));
    }

    /** The earned bookings of the business that carry no invoice id: count and value. */
    InvoiceFacts.Total notInvoiced(String domain) {
        List<BookingFacts> mine = domain == null ? snapshot.all(BookingFacts.class).stream().map(Fact::data).toList() : bookings(domain);
        return new InvoiceFacts.Total(mine.stream().mapToLong(BookingFacts::uninvoicedEarned).sum(),
                mine.stream().mapToLong(BookingFacts::uninvoicedEarnedCents).sum());
    }

    private List<BookingFacts> bookings(String domain) {
        return snapshot.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain)).map(Fact::data).toList();
    }

    /**
     * The footer every report closes with: one line for each term it shows, its definition and the portfolio's figure.
     * A supporting table: a brief over the reading budget leaves it to the full report before the CFO's burn or the
     * CEO's inventory, and names it there.
     */
    static final String TITLE = "Money terms";

    Section glossary(MoneyTerm... shown) {
        List<List<String>> rows = new ArrayList<>();
        for (MoneyTerm term : shown) {
            rows.add(List.of(term.label(), money(term, null), term.definition()));
        }
        return new Section(TITLE, "To date, all businesses.",
                List.of("Term", "Portfolio", "Means"), rows);
    }
}
