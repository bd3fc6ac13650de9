package com.execreports.analysis;

import java.util.function.ToLongFunction;

import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SiteFacts;
import com.execreports.model.SourceData;
import com.execreports.model.SubscriptionFacts;

/** Portfolio totals the KPIs show, as functions of a snapshot so the previous period's value is computed the same way. */
final class Measures {

    private Measures() {
    }

    static <T extends SourceData> long sum(PortfolioSnapshot s, Class<T> type, ToLongFunction<T> f) {
        return s.all(type).stream().mapToLong(x -> f.applyAsLong(x.data())).sum();
    }

    static long openLeads(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::openLeads);
    }

    static long openLeadsCents(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::openLeadsCents);
    }

    static long mrrCents(PortfolioSnapshot s) {
        return sum(s, SubscriptionFacts.class, SubscriptionFacts::mrrCents);
    }

    /** The glossary's "not invoiced" (earned bookings with no invoice id), as {@link MoneyTerms} counts it. */
    static long uninvoicedCents(PortfolioSnapshot s) {
        return new MoneyTerms(s).notInvoiced(null).cents();
    }

    static long uninvoiced(PortfolioSnapshot s) {
        return new MoneyTerms(s).notInvoiced(null).count();
    }

    static long revenueCents(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::revenueCents);
    }

    static long cancelledCents(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::cancelledCents);
    }

    static long earnedCents(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::earnedCents);
    }

    static long deferredCents(PortfolioSnapshot s) {
        return sum(s, BookingFacts.class, BookingFacts::deferredCents);
    }

    static long analyticsPages(PortfolioSnapshot s) {
        return sum(s, SiteFacts.class, SiteFacts::pagesWithAnalytics);
    }

    static long stalePages(PortfolioSnapshot s) {
        return sum(s, SiteFacts.class, f -> f.stalePages().size());
    }

    static long sitesWithCalendar(PortfolioSnapshot s) {
        return sum(s, SiteFacts.class, f -> f.pagesWithCalendar() > 0 ? 1 : 0);
    }

    static long sitesWithoutAnalytics(PortfolioSnapshot s) {
        return sum(s, SiteFacts.class, f -> f.pagesWithAnalytics() == 0 ? 1 : 0);
    }

    static long emptyFunnels(PortfolioSnapshot s) {
        return s.all(BookingFacts.class).stream()
                .filter(f -> PortfolioFindings.expectsFunnel(s, f.domain()) && f.data().openLeads() == 0).count();
    }
}
