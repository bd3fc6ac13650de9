package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;
import com.execreports.model.SubscriptionFacts;

/** The CFO's view: revenue by business and month, invoicing coverage, recurring revenue. */
public final class CfoReport {

    static final int MONTHS_SHOWN = 6;

    private final ReportFrame frame;

    public CfoReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long revenue = bookings.stream().mapToLong(f -> f.data().revenueCents()).sum();
        long last30 = bookings.stream().mapToLong(f -> f.data().last30DaysCents()).sum();
        long prev30 = bookings.stream().mapToLong(f -> f.data().previous30DaysCents()).sum();
        long uninvoiced = bookings.stream().mapToLong(f -> f.data().withoutInvoiceCents()).sum();
        long cancelled = bookings.stream().mapToLong(f -> f.data().cancelledCents()).sum();
        long mrr = snapshot.all(SubscriptionFacts.class).stream().mapToLong(f -> f.data().mrrCents()).sum();
        List<Kpi> kpis = List.of(
                new Kpi("Revenue booked, last 30 days", Figures.money(last30), Figures.change(last30, prev30), "vs the 30 days before"),
                new Kpi("Revenue booked, all history", Figures.money(revenue), trend.change(Measures::revenueCents), "excludes leads, cancellations and refunds"),
                new Kpi("Revenue with no invoice", Figures.money(uninvoiced), trend.change(Measures::uninvoicedCents), Figures.percent(uninvoiced, revenue) + " of revenue"),
                new Kpi("Cancelled or refunded", Figures.money(cancelled), trend.change(Measures::cancelledCents), "not counted as revenue"),
                new Kpi("Monthly recurring revenue", Figures.money(mrr), trend.change(Measures::mrrCents), "active subscriptions"));
        return frame.report("cfo", "CFO report", snapshot, findings, trend, ReportFrame.revenueSentences(snapshot), kpis,
                List.of(revenueByMonth(snapshot, bookings), invoicing(snapshot, bookings)));
    }

    static Section revenueByMonth(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        SortedSet<String> months = new TreeSet<>();
        bookings.forEach(f -> months.addAll(f.data().revenueByMonth().keySet()));
        String current = snapshot.run().asOf().toLocalDate().toString().substring(0, 7);
        List<String> shown = months.headSet(current + "\uffff").stream().toList();
        shown = shown.subList(Math.max(0, shown.size() - MONTHS_SHOWN), shown.size());
        List<String> columns = new ArrayList<>(List.of("Business"));
        columns.addAll(shown);
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            List<String> row = new ArrayList<>(List.of(snapshot.businessName(f.domain())));
            shown.forEach(m -> row.add(Figures.money(f.data().revenueByMonth().getOrDefault(m, 0L))));
            rows.add(row);
        }
        return new Section("Revenue booked by month", "By month the booking was taken; " + current + " is month to date.", columns, rows);
    }

    private static Section invoicing(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), Figures.count(b.bookings()), Figures.money(b.revenueCents()),
                    Figures.count(b.withoutInvoice()), Figures.money(b.withoutInvoiceCents()), Figures.money(b.averageBookingCents())));
        }
        return new Section("Invoicing coverage", "Bookings counted as revenue and how many of them carry an invoice id.",
                List.of("Business", "Bookings", "Revenue", "No invoice", "No-invoice value", "Avg booking"), rows);
    }
}
