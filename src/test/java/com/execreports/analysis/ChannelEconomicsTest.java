package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.months;
import static com.execreports.analysis.FinanceSnapshots.profile;
import static com.execreports.analysis.FinanceSnapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.BookingFacts;
import com.execreports.model.Facts;
import com.execreports.model.LedgerFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceData;

import org.junit.jupiter.api.Test;

/**
 * The demo's channels over 2026-08 to 2026-10, in small: JADA takes bookings on its website and GetMyBoat and keeps
 * quotes open for dates ahead; the rental books through Airbnb (whose $250 of host fees the ledger records), VRBO and
 * directly, and keeps no leads; JADA's and QuickDumpNow's Stripe card fees are booked as commissions but name no channel.
 */
class ChannelEconomicsTest {

    @Test
    void should_give_each_channel_its_bookings_booked_share_and_cost_per_booking() {
        Section s = ChannelEconomics.section(demo(true));

        assertThat(s.title()).isEqualTo("Channel cost and conversion");
        assertThat(s.columns()).containsExactly("Channel", "Bookings", "Booked share ahead", "Cost / booking");
        assertThat(s.rows()).containsExactly(
                List.of("website", "161", "77% (24 of 31)", "no cost recorded"),
                List.of("getmyboat", "59", "94% (15 of 16)", "no cost recorded"),
                List.of("airbnb", "5", "no leads kept", "$50"),
                List.of("direct", "5", "no leads kept", "no cost recorded"),
                List.of("vrbo", "3", "no leads kept", "no cost recorded"));
    }

    @Test
    void should_name_the_cost_it_used_the_cost_it_could_not_place_and_the_businesses_without_leads() {
        assertThat(ChannelEconomics.section(demo(true)).note()).isEqualTo("2026-08 to 2026-10, all businesses. Cost = the ledger's "
                + "advertising and commissions paid to a vendor of the channel's name (airbnb: Airbnb $250); a marketplace that nets "
                + "its fee from payouts leaves none. No channel of that name: JADA (yacht charters) Stripe $588, quickdumpnow Stripe $450. Cost / booking is the CAC if "
                + "every booking is a new customer. Booked share = bookings for dates ahead ÷ (those + open leads); lost leads are "
                + "not kept; no leads recorded: 3028 51st St Rental.");
    }

    @Test
    void should_say_every_cost_is_unknown_without_an_expense_ledger() {
        Section s = ChannelEconomics.section(demo(false));

        assertThat(s.note()).contains("No expense ledger was read: every channel's cost is unknown.");
        assertThat(s.rows()).allMatch(r -> r.get(3).equals("no cost recorded"));
    }

    @Test
    void should_match_a_vendor_to_a_channel_by_its_name_alone() {
        assertThat(ChannelEconomics.sameName("airbnb", "Airbnb")).isTrue();
        assertThat(ChannelEconomics.sameName("airbnb", "AIRBNB PAYMENTS")).isTrue();
        assertThat(ChannelEconomics.sameName("getmyboat", "GetMyBoat, Inc.")).isTrue();
        assertThat(ChannelEconomics.sameName("website", "Stripe")).isFalse();
        assertThat(ChannelEconomics.sameName("tv", "TV ads")).isFalse(); // too short to tell a name from a word
    }

    // ---------------------------------------------------------------- fixtures

    private static PortfolioSnapshot demo(boolean ledger) {
        Facts jada = facts("jada", "bookings", bookings("jada-bookings", 2,
                channelMonths("website", 50L, 55L, 56L, "getmyboat", 20L, 19L, 20L),
                months("website", 7L, "getmyboat", 1L), months("website", 24L, "getmyboat", 15L)));
        Facts stays = facts("rental-3028-51st", "stays", bookings("rental-3028-51st-stays", 0,
                channelMonths("airbnb", 2L, 1L, 2L, "vrbo", 1L, 1L, 1L, "direct", 2L, 2L, 1L), new TreeMap<>(),
                months("airbnb", 2L, "direct", 1L)));
        return ledger
                ? snapshot(profile("jada", "JADA (yacht charters)", "bookings"), jada,
                        profile("rental-3028-51st", "3028 51st St Rental", "rental"), stays, ledger())
                : snapshot(profile("jada", "JADA (yacht charters)", "bookings"), jada,
                        profile("rental-3028-51st", "3028 51st St Rental", "rental"), stays);
    }

    /** channel, then its bookings in 2026-08, 2026-09 and 2026-10, for each channel: month → channel → bookings */
    private static SortedMap<String, SortedMap<String, Long>> channelMonths(Object... channelAndCounts) {
        SortedMap<String, SortedMap<String, Long>> out = new TreeMap<>();
        List<String> m = List.of("2026-08", "2026-09", "2026-10");
        for (int i = 0; i < channelAndCounts.length; i += 4) {
            for (int k = 0; k < 3; k++) {
                out.computeIfAbsent(m.get(k), x -> new TreeMap<>()).put((String) channelAndCounts[i], (Long) channelAndCounts[i + 1 + k]);
            }
        }
        return out;
    }

    private static BookingFacts bookings(String table, long openLeads, SortedMap<String, SortedMap<String, Long>> byMonthAndChannel,
                                         SortedMap<String, Long> leadsByChannel, SortedMap<String, Long> aheadByChannel) {
        SortedMap<String, Long> byChannel = new TreeMap<>();
        byMonthAndChannel.values().forEach(c -> c.forEach((k, v) -> byChannel.merge(k, v, Long::sum)));
        return new BookingFacts(table, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), byChannel, new TreeMap<>(), 0, 0,
                0, 0, List.of(), openLeads, 0, 0, 0, 0, 0, new TreeMap<>(), new TreeMap<>(), null, null, null, null, null, null, null,
                byMonthAndChannel, leadsByChannel, aheadByChannel, null);
    }

    /** Airbnb's host fees $90 + $80 + $80 for the rental in 2026-08..10 (and $95 in 2026-07, outside); Stripe's card fees for JADA. */
    private static Facts ledger() {
        SortedMap<String, SortedMap<String, SortedMap<String, Long>>> costs = new TreeMap<>();
        costs.put("rental-3028-51st", new TreeMap<>(java.util.Map.of("Airbnb",
                months("2026-07", 9_500L, "2026-08", 9_000L, "2026-09", 8_000L, "2026-10", 8_000L))));
        costs.put("jada", new TreeMap<>(java.util.Map.of("Stripe", months("2026-08", 20_000L, "2026-09", 19_800L, "2026-10", 19_000L))));
        // a subscription business has no bookings table: its fees are named, not dropped
        costs.put("quickdumpnow", new TreeMap<>(java.util.Map.of("Stripe", months("2026-08", 16_257L, "2026-09", 13_837L,
                "2026-10", 14_940L))));
        return facts("portfolio", "ledger", new LedgerFacts("portfolio-ledgers", List.of(), 0, 0, new TreeMap<>(), 0, new TreeMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0, new TreeMap<>(), null, List.of(), null, null, null,
                costs, null));
    }

    private static Facts facts(String domain, String source, SourceData data) {
        return Facts.read(RUN.runId(), domain, source, "test", domain + "-" + source, data, List.of(), 0);
    }
}
