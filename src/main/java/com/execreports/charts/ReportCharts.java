package com.execreports.charts;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.execreports.analysis.Figures;
import com.execreports.analysis.Report;
import com.execreports.model.BookingFacts;
import com.execreports.model.CostFacts;
import com.execreports.model.OperationsFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and draws the charts of each report where a person would rather look than read: revenue by business
 * and month (CEO, CFO), AWS spend by service (CTO, CFO), channel mix (CMO). A chart that cannot be drawn is left
 * out with a warning — the report still goes, its tables hold the same numbers. Bound as {@code reportCharts}.
 */
public final class ReportCharts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCharts.class);
    static final int MONTHS = 6;

    /** Draws the current report's charts: property {@code chartImages} holds them, the report refers to them. */
    public void attach(Exchange exchange) {
        Report report = exchange.getProperty("report", Report.class);
        List<ChartImage> images = draw(exchange.getProperty("snapshot", PortfolioSnapshot.class), report);
        Report withCharts = report.withCharts(images.stream().map(c -> new Report.Chart(c.cid(), c.title(), c.description())).toList());
        exchange.setProperty("chartImages", images);
        exchange.setProperty("report", withCharts);
        exchange.getMessage().setBody(withCharts);
    }

    public List<ChartImage> draw(PortfolioSnapshot snapshot, Report report) {
        List<ChartImage> charts = new ArrayList<>();
        try {
            switch (report.role()) {
                case "ceo" -> {
                    add(charts, revenue(snapshot, report.role()));
                    add(charts, occupancy(snapshot, report.role()));
                }
                case "cfo" -> {
                    add(charts, revenue(snapshot, report.role()));
                    add(charts, spend(snapshot, report.role()));
                }
                case "cto" -> add(charts, spend(snapshot, report.role()));
                case "cmo" -> add(charts, channels(snapshot, report.role()));
                default -> {
                    // the accounting report is read as tables
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            LOG.warn("Charts of the {} report not drawn, sending it without them: {}", report.role(), e.toString());
            return List.of();
        }
        return charts;
    }

    private static void add(List<ChartImage> charts, ChartImage chart) {
        if (chart != null) {
            charts.add(chart);
        }
    }

    ChartImage revenue(PortfolioSnapshot snapshot, String role) throws IOException {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        if (bookings.isEmpty()) {
            return null;
        }
        SortedSet<String> months = new TreeSet<>();
        bookings.forEach(f -> months.addAll(f.data().revenueByMonth().keySet()));
        String current = snapshot.run().asOf().toLocalDate().toString().substring(0, 7);
        List<String> shown = lastMonths(months, current);
        Map<String, SortedMap<String, Long>> series = new LinkedHashMap<>();
        List<String> totals = new ArrayList<>();
        for (String m : shown) {
            long cents = bookings.stream().mapToLong(f -> f.data().revenueByMonth().getOrDefault(m, 0L)).sum();
            totals.add(m + " " + Figures.money(cents));
        }
        for (Fact<BookingFacts> f : bookings) {
            SortedMap<String, Long> dollars = new TreeMap<>();
            f.data().revenueByMonth().forEach((m, c) -> dollars.put(m, c / 100));
            series.put(snapshot.businessName(f.domain()), dollars);
        }
        byte[] png = ChartDrawing.stackedBars("Revenue booked by business and month", "US$", "$", shown, series);
        // the text part carries what the stacks show: each business's share of the last full month
        String lastFull = shown.stream().filter(m -> m.compareTo(current) < 0).reduce((a, b) -> b).orElse(current);
        List<String> byBusiness = bookings.stream()
                .sorted(java.util.Comparator.comparingLong((Fact<BookingFacts> f) -> -f.data().revenueByMonth().getOrDefault(lastFull, 0L)))
                .map(f -> snapshot.businessName(f.domain()) + " " + Figures.money(f.data().revenueByMonth().getOrDefault(lastFull, 0L)))
                .toList();
        return new ChartImage(role + "-revenue@exec-reports", role + "-revenue.png", "Revenue booked by business and month",
                "Revenue booked per month, all businesses: " + String.join(", ", totals) + " (" + current
                        + " is month to date); " + lastFull + " by business: " + String.join(", ", byBusiness) + ".", png);
    }

    ChartImage spend(PortfolioSnapshot snapshot, String role) throws IOException {
        List<Fact<CostFacts>> costs = snapshot.costs();
        if (costs.isEmpty()) {
            return null;
        }
        CostFacts c = costs.get(0).data();
        List<String> months = List.copyOf(c.spendByMonth().keySet());
        // the five costliest services, the rest as one series, so the legend stays readable
        List<String> top = c.spendByServiceMonth().entrySet().stream()
                .sorted((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue()))).limit(5).map(Map.Entry::getKey).toList();
        Map<String, SortedMap<String, Long>> series = new LinkedHashMap<>();
        SortedMap<String, Long> other = new TreeMap<>();
        c.spendByServiceMonth().forEach((service, byMonth) -> {
            if (top.contains(service)) {
                SortedMap<String, Long> dollars = new TreeMap<>();
                byMonth.forEach((m, v) -> dollars.put(m, Math.round(v / 100.0)));
                series.put(service, dollars);
            } else {
                byMonth.forEach((m, v) -> other.merge(m, Math.round(v / 100.0), Long::sum));
            }
        });
        if (!other.isEmpty()) {
            series.put("other", other);
        }
        List<String> totals = months.stream().map(m -> m + " " + Figures.money(c.spendByMonth().get(m))).toList();
        byte[] png = ChartDrawing.stackedBars("AWS spend by service and month", "US$", "$", months, series);
        return new ChartImage(role + "-spend@exec-reports", role + "-spend.png", "AWS spend by service and month",
                "AWS spend per month: " + String.join(", ", totals) + "; costliest services: " + String.join(", ", top) + "."
                        + com.execreports.analysis.AwsCostSources.chartNote(snapshot), png);
    }

    ChartImage channels(PortfolioSnapshot snapshot, String role) throws IOException {
        SortedMap<String, Long> byChannel = new TreeMap<>();
        snapshot.all(BookingFacts.class).forEach(f -> f.data().revenueByChannel().forEach((ch, cents) -> byChannel.merge(ch, cents, Long::sum)));
        if (byChannel.isEmpty()) {
            return null;
        }
        Map<String, Long> dollars = new LinkedHashMap<>();
        byChannel.forEach((k, v) -> dollars.put(k, v / 100));
        List<String> parts = byChannel.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> e.getKey() + " " + Figures.money(e.getValue())).toList();
        byte[] png = ChartDrawing.bars("Booking value by channel, all businesses", "US$", "$", dollars);
        return new ChartImage(role + "-channels@exec-reports", role + "-channels.png", "Booking value by channel",
                "Booking value by channel, all history: " + String.join(", ", parts) + ".", png);
    }

    /** Occupancy of the businesses whose operations are stays (intervals): nights booked ÷ nights in the month. */
    ChartImage occupancy(PortfolioSnapshot snapshot, String role) throws IOException {
        List<Fact<OperationsFacts>> stays = snapshot.all(OperationsFacts.class).stream().filter(f -> f.data().intervals()).toList();
        if (stays.isEmpty()) {
            return null;
        }
        YearMonth current = YearMonth.from(snapshot.run().asOf());
        List<String> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(current.minusMonths(i).toString());
        }
        Map<String, SortedMap<String, Long>> series = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (Fact<OperationsFacts> f : stays) {
            SortedMap<String, Long> percent = new TreeMap<>();
            for (String m : months) {
                long pct = Math.round(100.0 * f.data().days(m) / YearMonth.parse(m).lengthOfMonth());
                percent.put(m, pct);
                parts.add(m + " " + pct + "%");
            }
            series.put(snapshot.businessName(f.domain()), percent);
        }
        byte[] png = ChartDrawing.groupedBars("Occupancy by month", "% of nights booked", "%", months, series);
        return new ChartImage(role + "-occupancy@exec-reports", role + "-occupancy.png", "Occupancy by month",
                "Nights booked as a share of nights in the month: " + String.join(", ", parts) + " (" + current
                        + " counts stays on the books).", png);
    }

    private static List<String> lastMonths(SortedSet<String> months, String current) {
        List<String> upTo = List.copyOf(months.headSet(current + "\uffff"));
        return upTo.subList(Math.max(0, upTo.size() - MONTHS), upTo.size());
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
