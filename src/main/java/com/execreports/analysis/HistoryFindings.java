package com.execreports.analysis;

import java.util.List;
import java.util.Set;

import com.execreports.analysis.MonthlyAnomalies.Anomaly;
import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.analysis.RiskScore.Confidence;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SubscriptionFacts;

/**
 * Findings from the sources' own monthly history, so the first run already sees a month that broke with the past
 * ({@link MonthlyAnomalies}) and a subscription book where more customers owe than pay.
 */
final class HistoryFindings {

    /** Below $10,000 a month a 30% swing in bookings is one charter more or less. */
    static final long BOOKINGS_MIN_BASE_CENTS = 1_000_000;
    /** Below 10 a month a cancellation count is noise. */
    static final long CANCELLATIONS_MIN_BASE = 10;

    private HistoryFindings() {
    }

    static void find(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        bookings(snapshot, found);
        for (Fact<SubscriptionFacts> f : snapshot.all(SubscriptionFacts.class)) {
            cancellations(snapshot, f, found);
            pastDue(snapshot, f, found);
        }
    }

    private static void bookings(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        MonthlySeries s = MonthlyHistories.bookings(snapshot);
        MonthlyAnomalies.lastFullMonth(s, "bookings", BOOKINGS_MIN_BASE_CENTS).ifPresent(a -> {
            long gap = Math.abs(a.reference() - a.value());
            found.add(new PortfolioFinding("bookings-month." + a.month(), "high", "Portfolio-wide",
                    a.text(),
                    "revenue by month booked in " + Figures.plural(snapshot.all(BookingFacts.class).size(), "bookings table")
                            + " (leads and cancellations excluded)",
                    Figures.money(gap) + (a.drop() ? " less" : " more") + " than " + s.name(a.month().minusMonths(1)),
                    a.drop() ? gap : 0, Set.of("ceo", "cfo", "cmo"),
                    new Fix("Find out why " + s.name(a.month()) + "'s bookings broke with the past: channels, prices, availability", 1))
                    // one month may be timing or season: a rule of thumb, not a measured loss
                    .withConfidence(Confidence.INFERRED));
        });
    }

    private static void cancellations(PortfolioSnapshot snapshot, Fact<SubscriptionFacts> f, List<PortfolioFinding> found) {
        SubscriptionFacts sub = f.data();
        MonthlySeries s = MonthlySeries.counts(snapshot, sub.cancelledByMonth(), "cancellation");
        MonthlyAnomalies.monthToDate(s, CANCELLATIONS_MIN_BASE).ifPresent(a -> {
            // a year of the cancellations beyond the busiest month at the active subscriptions' average price
            long yearLost = Figures.divideCents((a.value() - a.reference()) * sub.mrrCents() * 12, sub.active());
            found.add(new PortfolioFinding("cancellations-spike." + f.domain(), "high", snapshot.businessName(f.domain()),
                    a.text(), "DynamoDB " + sub.table() + ", cancellations by month cancelled",
                    Figures.count(a.value() - a.reference()) + " more than the busiest month"
                            + (yearLost > 0 ? " (" + Figures.money(yearLost) + " a year at the average price)" : ""),
                    yearLost, Set.of("ceo", "cfo"),
                    new Fix("Ask this month's cancelled customers why they left, and undo what changed", 1)));
        });
    }

    private static void pastDue(PortfolioSnapshot snapshot, Fact<SubscriptionFacts> f, List<PortfolioFinding> found) {
        SubscriptionFacts s = f.data();
        long pastDue = s.countByStatus().getOrDefault("past_due", 0L);
        if (pastDue <= s.active()) {
            return;
        }
        long yearAtRisk = Figures.divideCents(pastDue * s.mrrCents() * 12, s.active());
        // of the renewal failures' kind: the same problem seen in the statuses, so a brief details one of the two
        found.add(new PortfolioFinding("renewal-failures." + f.domain() + ".past-due", "high", snapshot.businessName(f.domain()),
                "Past-due subscriptions (" + Figures.count(pastDue) + ") outnumber active ones (" + Figures.count(s.active()) + ")",
                "DynamoDB " + s.table() + ", subscriptions by status now",
                "more customers owe than pay; MRR " + Figures.money(s.mrrCents()),
                yearAtRisk, Set.of("ceo", "cfo"), PortfolioFindings.RENEWAL_FIX)
                // the same past-due year the renewal finding puts at stake: counted once
                .staking(List.of(new Stake("renewal-failures." + f.domain(), yearAtRisk))));
    }
}
