package com.execreports.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import com.execreports.model.BookingFacts;
import com.execreports.model.ChannelFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.InvoiceFacts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceData;
import com.execreports.model.SubscriptionFacts;

/** The portfolio's KPIs that the sources keep month by month, each added up over the businesses that report it. */
final class MonthlyHistories {

    private MonthlyHistories() {
    }

    /** Revenue by month booked (leads and cancellations excluded). */
    static MonthlySeries bookings(PortfolioSnapshot s) {
        return MonthlySeries.money(s, added(s, BookingFacts.class, BookingFacts::revenueByMonth));
    }

    /**
     * A month's earned revenue or cash is whole only once the tables hold the bookings made for it, up to this many
     * months ahead: the first months of a table's history look empty, and a year-on-year change against them is noise.
     */
    static final int BOOKING_LEAD_MONTHS = 3;

    /** Revenue by month of its service date, from the first month the bookings history fully covers. */
    static MonthlySeries earned(PortfolioSnapshot s) {
        return fromFirstWholeMonth(s, MonthlySeries.money(s, added(s, BookingFacts.class, BookingFacts::earnedByMonth)));
    }

    static MonthlySeries expenses(PortfolioSnapshot s) {
        return MonthlySeries.money(s, added(s, LedgerFacts.class, LedgerFacts::expensesByMonth));
    }

    static MonthlySeries awsSpend(PortfolioSnapshot s) {
        return MonthlySeries.money(s, MonthlySeries.added(s.costs().stream().map(f -> f.data().spendByMonth()).toList()));
    }

    /** Paid invoices by month paid, every business. */
    static MonthlySeries collected(PortfolioSnapshot s) {
        List<SortedMap<String, Long>> maps = new ArrayList<>();
        s.all(InvoiceFacts.class).forEach(f -> maps.addAll(f.data().collectedCents().values()));
        return fromFirstWholeMonth(s, MonthlySeries.money(s, MonthlySeries.added(maps)));
    }

    private static MonthlySeries fromFirstWholeMonth(PortfolioSnapshot s, MonthlySeries series) {
        SortedMap<String, Long> booked = bookings(s).byMonth();
        return booked.isEmpty() ? series : series.from(YearMonth.parse(booked.firstKey()).plusMonths(BOOKING_LEAD_MONTHS));
    }

    /** Email sign-ups by month subscribed, every list. */
    static MonthlySeries signUps(PortfolioSnapshot s) {
        List<SortedMap<String, Long>> maps = new ArrayList<>();
        s.all(ChannelFacts.class).forEach(f -> f.data().businesses().values().forEach(b -> maps.add(b.newSubscribersByMonth())));
        return MonthlySeries.counts(s, MonthlySeries.added(maps), "sign-up");
    }

    static MonthlySeries cancellations(PortfolioSnapshot s) {
        return MonthlySeries.counts(s, added(s, SubscriptionFacts.class, SubscriptionFacts::cancelledByMonth), "cancellation");
    }

    private static <T extends SourceData> SortedMap<String, Long> added(PortfolioSnapshot s, Class<T> type,
                                                                         java.util.function.Function<T, SortedMap<String, Long>> f) {
        return MonthlySeries.added(s.all(type).stream().map(x -> f.apply(x.data())).toList());
    }
}
