package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/**
 * Which channels bring the bookings now and which are fading: each channel's value booked over the last full months
 * against the same number of months before, across the businesses, largest first. Four columns, so a phone shows it.
 */
final class ChannelTrend {

    static final String TITLE = "Channels by booking value";

    /** Compared windows: long enough that one large charter does not make a trend. */
    static final int MONTHS = 3;

    private ChannelTrend() {
    }

    static Section section(PortfolioSnapshot snapshot) {
        List<String> recent = ReportMonths.full(snapshot, MONTHS);
        List<String> before = ReportMonths.between(java.time.YearMonth.parse(recent.get(0)).minusMonths(MONTHS).toString(),
                ReportMonths.previous(recent.get(0)));
        Map<String, Long> now = sum(snapshot, recent);
        Map<String, Long> then = sum(snapshot, before);
        long total = now.values().stream().mapToLong(Long::longValue).sum();
        List<String> channels = new ArrayList<>(new java.util.TreeSet<>(now.keySet()));
        then.keySet().stream().filter(c -> !now.containsKey(c)).sorted().forEach(channels::add);
        channels.sort(Comparator.comparing((String c) -> -now.getOrDefault(c, 0L)).thenComparing(c -> -then.getOrDefault(c, 0L)));
        List<List<String>> rows = new ArrayList<>();
        for (String c : channels) {
            long n = now.getOrDefault(c, 0L);
            rows.add(List.of(c, Figures.money(n), Figures.change(n, then.getOrDefault(c, 0L)), Figures.percent(n, total)));
        }
        return new Section(TITLE, "Revenue booked through each channel in " + ReportMonths.span(recent) + " against "
                + ReportMonths.span(before) + ", all businesses, largest first (leads and cancellations excluded); share is of "
                + Figures.money(total) + ". By business in Bookings by channel.",
                List.of("Channel", "Booked " + ReportMonths.span(recent), "vs " + ReportMonths.span(before), "Share"), rows);
    }

    private static Map<String, Long> sum(PortfolioSnapshot snapshot, List<String> months) {
        Map<String, Long> out = new TreeMap<>();
        for (Fact<BookingFacts> f : snapshot.all(BookingFacts.class)) {
            for (String m : months) {
                f.data().revenueByMonthAndChannel().getOrDefault(m, new TreeMap<>()).forEach((c, cents) -> out.merge(c, cents, Long::sum));
            }
        }
        return out;
    }
}
