package com.execreports.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SubscriptionFacts;

/**
 * The next calendar quarter as far as it is known today: bookings already on the books for its service dates (and a
 * subscription business's MRR for its three months), the open pipeline for those dates, against the costs the ledger
 * records at the last full months' run rate.
 */
final class ForwardQuarter {

    static final String TITLE = "Next quarter";

    private ForwardQuarter() {
    }

    /** The three months of the calendar quarter after the run's, e.g. 2027-01, 2027-02, 2027-03 for a run in November. */
    static List<String> months(PortfolioSnapshot s) {
        YearMonth now = YearMonth.from(s.run().asOf());
        YearMonth first = YearMonth.of(now.getYear(), ((now.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
        return List.of(first.toString(), first.plusMonths(1).toString(), first.plusMonths(2).toString());
    }

    /** "Q1 2027". */
    static String name(PortfolioSnapshot s) {
        YearMonth first = YearMonth.parse(months(s).get(0));
        return "Q" + ((first.getMonthValue() - 1) / 3 + 1) + " " + first.getYear();
    }

    /**
     * One business's next quarter, computed once for the CFO's table and the accountant's roadmap.
     *
     * @param bookingsRead whether a bookings table of the business was read (else its pipeline is unknown)
     * @param known        whether anything on its books can be known: bookings read, or a subscription business
     * @param booksCents   booked for service in the quarter, plus MRR × 3 for a subscription business
     * @param pipelineCents open leads for the quarter's dates
     * @param costCents    recorded expenses at the last full months' run rate, for the quarter
     */
    record BusinessQuarter(String domain, String name, boolean bookingsRead, boolean known, long booksCents, long pipelineCents,
                           long costCents) {

        /** What the quarter makes if nothing more books. */
        long profitOnBooksCents() {
            return booksCents - costCents;
        }
    }

    static List<BusinessQuarter> businesses(PortfolioSnapshot s) {
        List<String> quarter = months(s);
        List<String> runMonths = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        List<BusinessQuarter> all = new ArrayList<>();
        for (String domain : s.businesses()) {
            List<BookingFacts> bookings = s.all(BookingFacts.class).stream().filter(f -> f.domain().equals(domain))
                    .map(PortfolioSnapshot.Fact::data).toList();
            long mine = bookings.stream().mapToLong(b -> quarter.stream().mapToLong(m -> b.deferredByMonth().getOrDefault(m, 0L)).sum()).sum();
            if (FinanceMeasures.isSubscription(s, domain)) {
                mine += s.all(SubscriptionFacts.class).stream().filter(f -> f.domain().equals(domain))
                        .mapToLong(f -> f.data().mrrCents() * quarter.size()).sum();
            }
            long leads = bookings.stream().mapToLong(b -> quarter.stream().mapToLong(m -> b.openLeadsByMonth().getOrDefault(m, 0L)).sum()).sum();
            long cost = Figures.divideCents(runMonths.stream().mapToLong(m -> MonthlyProfit.expensesCents(s, domain, m)).sum()
                    * quarter.size(), runMonths.size());
            all.add(new BusinessQuarter(domain, s.businessName(domain), !bookings.isEmpty(),
                    !bookings.isEmpty() || FinanceMeasures.isSubscription(s, domain), mine, leads, cost));
        }
        return all;
    }

    static Section section(PortfolioSnapshot s) {
        List<String> quarter = months(s);
        List<String> runMonths = ReportMonths.full(s, FinanceMeasures.BURN_MONTHS);
        List<List<String>> rows = new ArrayList<>();
        long books = 0;
        long pipeline = 0;
        long costs = 0;
        for (BusinessQuarter q : businesses(s)) {
            rows.add(List.of(q.name(), q.known() ? Figures.money(q.booksCents()) : "no bookings read",
                    q.bookingsRead() ? Figures.money(q.pipelineCents()) : "—", FinanceMeasures.ledgerRead(s) ? Figures.money(q.costCents()) : "unknown"));
            books += q.booksCents();
            pipeline += q.pipelineCents();
            costs += q.costCents();
        }
        rows.add(List.of("All businesses", Figures.money(books), Figures.money(pipeline),
                FinanceMeasures.ledgerRead(s) ? Figures.money(costs) : "unknown"));
        String verdict = !FinanceMeasures.ledgerRead(s) ? "No expense ledger was read: costs are unknown."
                : books >= costs ? "What is on the books already covers the quarter's recorded costs by " + Figures.money(books - costs) + "."
                : "The books cover " + Figures.percent(books, costs) + " of the quarter's recorded costs; the pipeline "
                        + (books + pipeline >= costs ? "closes the gap if " + Figures.percent(costs - books, pipeline) + " of it books."
                        : "does not close the gap of " + Figures.money(costs - books) + " even if all of it books.");
        return new Section(TITLE + " (" + name(s) + ")", "Booked for service in " + ReportMonths.span(quarter) + " (+ MRR × 3); "
                + "pipeline = open leads for those dates; costs = recorded expenses at the " + ReportMonths.span(runMonths)
                + " rate. " + verdict,
                List.of("Business", "On the books", "Pipeline", "Costs at run rate"), rows);
    }
}
