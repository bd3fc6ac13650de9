package com.execreports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

import com.execreports.analysis.Report;
import com.execreports.model.BookingFacts;
import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

class ReportChartsTest {

    static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @Test
    void should_draw_revenue_by_business_as_a_png_and_describe_the_same_totals() {
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(
                Facts.read(RUN.runId(), "jada", "profile", "business", "x", new BusinessProfile("JADA", "bookings", ""), List.of(), 0),
                Facts.read(RUN.runId(), "jada", "bookings", "ddb-bookings", "jada-bookings", bookings(), List.of(), 0)));

        List<ChartImage> charts = new ReportCharts().draw(snapshot, report("ceo"));

        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.fileName()).isEqualTo("ceo-revenue.png");
            assertThat(c.cid()).isEqualTo("ceo-revenue@exec-reports");
            assertThat(c.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(c.description()).isEqualTo("Revenue booked per month, all businesses: 2026-10 $1,200, 2026-11 $350"
                    + " (2026-11 is month to date); 2026-10 by business: JADA $1,200.");
        });
    }

    @Test
    void should_draw_nothing_for_the_accounting_report_or_without_data() {
        PortfolioSnapshot empty = new PortfolioSnapshot(RUN, List.of());

        assertThat(new ReportCharts().draw(empty, report("accounting"))).isEmpty();
        assertThat(new ReportCharts().draw(empty, report("ceo"))).isEmpty();
        assertThat(new ReportCharts().draw(empty, report("cto"))).isEmpty();
    }

    private static BookingFacts bookings() {
        TreeMap<String, Long> revenue = new TreeMap<>();
        revenue.put("2026-10", 120_000L);
        revenue.put("2026-11", 35_000L);
        return new BookingFacts("jada-bookings", 3, 3, 155_000, revenue, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), 0, 0, 0, 0, List.of(), 0, 0, 155_000, 0, 35_000, 0);
    }

    private static Report report(String role) {
        return new Report(role, role, "P", RUN.period(), "now", List.of(), false, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
