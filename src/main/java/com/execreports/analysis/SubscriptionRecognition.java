package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Section;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SubscriptionFacts;

/**
 * Subscription revenue as the books recognise it: earned month by month while the service runs, not when booked. The
 * booking figures (earned, backlog) hold none of it, so a subscription business would be missing from recognition.
 */
final class SubscriptionRecognition {

    static final String TITLE = "Subscription revenue";

    private SubscriptionRecognition() {
    }

    /** One row per subscriptions table; null when the portfolio has none. */
    static Section section(PortfolioSnapshot snapshot) {
        List<Fact<SubscriptionFacts>> all = snapshot.all(SubscriptionFacts.class);
        if (all.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Fact<SubscriptionFacts> f : all) {
            SubscriptionFacts s = f.data();
            long paid = Math.max(0, s.renewalsAttempted() - s.renewalsFailed());
            rows.add(List.of(snapshot.businessName(f.domain()),
                    Figures.money(s.mrrCents()) + " (" + Figures.money(s.mrrCents() * 12) + " a year)",
                    Figures.money(s.paidRenewalsCents()) + " (" + Figures.plural(paid, "paid renewal") + ")",
                    Figures.money(s.failedRenewalsCents()) + " (" + Figures.plural(s.renewalsFailed(), "failed renewal") + ")"));
        }
        return new Section(TITLE, "Earned month by month while the service runs: this month's recognised revenue is the monthly "
                + "recurring revenue of the active subscriptions. Earned to date counts each paid renewal as one month at the "
                + "subscription's price. Failed renewals were billed and never paid: not revenue, and a receivable only where the "
                + "customer still owes them. None of this is in the booking figures above.",
                List.of("Business", "Recognised this month", "Earned to date", "Billed, not collected"), rows);
    }

    /** The portfolio's recognised subscription revenue this month (MRR of active subscriptions). */
    static long monthlyCents(PortfolioSnapshot snapshot) {
        return snapshot.all(SubscriptionFacts.class).stream().mapToLong(f -> f.data().mrrCents()).sum();
    }
}
