package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class ChannelTrendTest {

    @Test
    void should_rank_channels_by_value_in_the_last_three_full_months_against_the_three_before_across_businesses() {
        // as of 2026-11-23: recent = 2026-08..10, before = 2026-05..07; November (month to date) counts in neither
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(
                FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                withChannels(FinanceSnapshots.jadaBookings(), months(
                        "2026-05", channels("website", 100_000L, "getmyboat", 50_000L),
                        "2026-08", channels("website", 60_000L, "getmyboat", 90_000L),
                        "2026-10", channels("getmyboat", 30_000L),
                        "2026-11", channels("instagram", 999_999L))),
                FinanceSnapshots.profile("rental", "3028 51st St Rental", "rental"),
                withChannels(FinanceSnapshots.bookings("rental", "rental-stays", months("2026-09", 20_000L)), months(
                        "2026-06", channels("airbnb", 10_000L),
                        "2026-09", channels("website", 20_000L))));

        Section trend = ChannelTrend.section(snapshot);

        assertThat(trend.columns()).containsExactly("Channel", "Booked 2026-08 to 2026-10", "vs 2026-05 to 2026-07", "Share");
        assertThat(trend.rows()).containsExactly(
                List.of("getmyboat", "$1,200", "+140%", "60%"),
                List.of("website", "$800", "-20%", "40%"),
                // a channel that brought nothing lately stays listed, so its fall is seen
                List.of("airbnb", "$0", "-100%", "0%"));
        assertThat(trend.note()).startsWith("Revenue booked through each channel in 2026-08 to 2026-10 against 2026-05 to 2026-07, "
                + "all businesses, largest first (leads and cancellations excluded); share is of $2,000.");
    }

    @SuppressWarnings("unchecked")
    private static SortedMap<String, Long> channels(Object... pairs) {
        SortedMap<String, Long> out = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return out;
    }

    private static Facts withChannels(Facts plain, SortedMap<String, SortedMap<String, Long>> byMonth) {
        BookingFacts b = (BookingFacts) plain.data();
        BookingFacts with = new BookingFacts(b.table(), b.itemsRead(), b.bookings(), b.revenueCents(), b.revenueByMonth(),
                b.bookingsByMonth(), b.countByStatus(), b.countByChannel(), b.revenueByChannel(), b.cancelled(), b.cancelledCents(),
                b.withoutInvoice(), b.withoutInvoiceCents(), b.withoutInvoiceSample(), b.openLeads(), b.openLeadsCents(), b.earnedCents(),
                b.deferredCents(), b.last30DaysCents(), b.previous30DaysCents(), b.revenueById(), b.earnedByMonth(), b.uninvoicedEarned(),
                b.uninvoicedEarnedCents(), b.cancelledIds(), b.unreadableIds(), byMonth, null, null, null, null, null, null);
        return Facts.read(plain.runId(), plain.domain(), plain.source(), plain.kind(), plain.resource(), with, plain.issues(),
                plain.unreadable());
    }
}
