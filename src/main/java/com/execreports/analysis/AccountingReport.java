package com.execreports.analysis;

import java.util.ArrayList;
import java.util.List;

import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.PortfolioSnapshot.Fact;

/** The accountant's view: earned vs deferred revenue, invoicing gaps, records that could not be read. */
public final class AccountingReport {

    private final ReportFrame frame;

    public AccountingReport(ReportSettings settings) {
        this.frame = new ReportFrame(settings);
    }

    public Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings) {
        return write(snapshot, findings, Trend.firstRun(snapshot));
    }

    Report write(PortfolioSnapshot snapshot, List<PortfolioFinding> findings, Trend trend) {
        List<Fact<BookingFacts>> bookings = snapshot.all(BookingFacts.class);
        long earned = bookings.stream().mapToLong(f -> f.data().earnedCents()).sum();
        long deferred = bookings.stream().mapToLong(f -> f.data().deferredCents()).sum();
        long uninvoiced = bookings.stream().mapToLong(f -> f.data().withoutInvoiceCents()).sum();
        long count = bookings.stream().mapToLong(f -> f.data().withoutInvoice()).sum();
        List<Kpi> kpis = List.of(
                new Kpi("Earned revenue", Figures.money(earned), trend.change(Measures::earnedCents), "service date on or before " + snapshot.run().asOf().toLocalDate()),
                new Kpi("Deferred revenue", Figures.money(deferred), trend.change(Measures::deferredCents), "booked, service still ahead"),
                new Kpi("Bookings with no invoice", Figures.count(count), trend.change(Measures::uninvoiced), Figures.money(uninvoiced)));
        List<String> lead = List.of("Of " + Figures.money(earned + deferred) + " booked, " + Figures.money(earned) + " is earned and "
                + Figures.money(deferred) + " is deferred until the service date; " + Figures.count(count)
                + " bookings worth " + Figures.money(uninvoiced) + " carry no invoice.");
        return frame.report("accounting", "Accounting report", snapshot, findings, trend, lead, kpis, List.of(recognition(snapshot, bookings)));
    }

    private static Section recognition(PortfolioSnapshot snapshot, List<Fact<BookingFacts>> bookings) {
        List<List<String>> rows = new ArrayList<>();
        for (Fact<BookingFacts> f : bookings) {
            BookingFacts b = f.data();
            rows.add(List.of(snapshot.businessName(f.domain()), Figures.money(b.earnedCents()), Figures.money(b.deferredCents()),
                    Figures.money(b.withoutInvoiceCents()), Figures.percent(b.bookings() - b.withoutInvoice(), b.bookings())));
        }
        return new Section("Revenue recognition", "Earned when the service date has passed; deferred until then.",
                List.of("Business", "Earned", "Deferred", "No invoice", "Invoiced share"), rows);
    }
}
