package com.execreports.analysis;

import static com.execreports.analysis.CfoReportTest.kpi;
import static com.execreports.analysis.CfoReportTest.section;
import static com.execreports.analysis.FinanceSnapshots.SETTINGS;
import static com.execreports.analysis.FinanceSnapshots.channel;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

import com.execreports.analysis.Report.Section;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.ChannelFacts.OtaListing;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class CmoReportTest {

    private final CmoReport cmo = new CmoReport(SETTINGS);

    @Test
    void should_lead_with_the_email_list_total_and_the_booking_businesses_without_an_ota_listing() {
        Report report = cmo.write(marketed(), List.of());

        assertThat(report.summary().get(0)).isEqualTo("The email lists hold 57 subscribers (+9 sign-ups in 2026-08 to 2026-10, 7 still subscribed) and 1 of 2 "
                + "booking businesses have no OTA listing; the portfolio has 4 open leads worth $2,000, and 0 of 1 quote-driven "
                + "businesses have none.");
    }

    @Test
    void should_show_each_business_email_list_ota_listings_analytics_seo_and_open_leads() {
        Section channels = section(cmo.write(marketed(), List.of()), "Channels by business");

        assertThat(channels.columns()).containsExactly("Business", "Email list", "OTA listings", "Analytics", "SEO", "Open leads");
        assertThat(channels.rows()).containsExactly(
                List.of("JADA (yacht charters)", "44 subscribed, +7 new (5 stayed)", "GetMyBoat, Boatsetter (paused)", "GA4",
                        "426 clicks, 21,510 impressions, avg position 12.42", "2, $1,000"),
                List.of("QuickDumpNow", "0 subscribed, +0 new (0 stayed)", "none", "no site read", "no data", "no bookings table"),
                List.of("3028 51st St Rental", "13 subscribed, +2 new (2 stayed)", "none", "none", "no data", "2, $1,000"));
        assertThat(channels.note()).isEqualTo("Email: subscribed now, and sign-ups in 2026-08 to 2026-10. OTA: marketplace listings. "
                + "Analytics: tags on the site. SEO: Google Search Console, seo/search-console-2026-10.csv. Leads: open leads and "
                + "quotes for upcoming dates.");
    }

    @Test
    void should_count_email_subscribers_and_booking_businesses_without_a_listing_in_the_key_figures() {
        Report report = cmo.write(marketed(), List.of());

        assertThat(kpi(report, "Email subscribers").value()).isEqualTo("57");
        assertThat(kpi(report, "Email subscribers").note()).isEqualTo("+9 signed up in 2026-08 to 2026-10, 7 of them still subscribed; 2 have left the list");
        assertThat(kpi(report, "Without an OTA listing").value()).isEqualTo("1 of 2");
    }

    @Test
    void should_say_so_when_no_marketing_export_was_read() {
        PortfolioSnapshot bare = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Report report = cmo.write(bare, List.of());

        assertThat(report.summary().get(0)).startsWith("No email list export was read and no OTA listings export was read; ");
        assertThat(section(report, "Channels by business").rows()).containsExactly(
                List.of("JADA (yacht charters)", "not read", "not read", "no site read", "not read", "2, $1,000"));
        assertThat(report.kpis()).extracting(Report.Kpi::name).doesNotContain("Email subscribers");
    }

    @Test
    void should_keep_bookings_by_channel() {
        assertThat(cmo.write(marketed(), List.of()).sections()).extracting(Section::title)
                .containsExactly("Channels by booking value", "Channel cost and conversion", "Channels by business",
                        "Bookings by channel", "Email list health", "Site marketing basics");
    }

    @Test
    void should_show_who_is_reachable_who_left_and_how_many_recent_sign_ups_stayed() {
        Section health = section(cmo.write(marketed(), List.of()), "Email list health");

        assertThat(health.columns()).containsExactly("Business", "Subscribed", "Left the list", "Sign-ups 2026-08 to 2026-10");
        assertThat(health.rows()).containsExactly(
                List.of("JADA (yacht charters)", "44 (98%)", "1 (1 unsub., 0 bounced)", "+7, 5 stayed"),
                List.of("3028 51st St Rental", "13 (93%)", "1 (1 unsub., 0 bounced)", "+2, 2 stayed"),
                List.of("All businesses", "57 (97%)", "2 (2 unsub., 0 bounced)", "+9, 7 stayed"));
        assertThat(health.essential()).isFalse(); // the brief carries its totals in the key figures
    }

    @Test
    void should_say_list_health_is_unknown_without_a_list_export() {
        PortfolioSnapshot bare = FinanceSnapshots.snapshot(FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"),
                FinanceSnapshots.jadaBookings());

        Section health = section(cmo.write(bare, List.of()), "Email list health");

        assertThat(health.rows()).isEmpty();
        assertThat(health.note()).isEqualTo("No email list export was read: list size and churn are unknown.");
    }

    @Test
    void should_name_each_site_the_search_console_exports_do_not_cover() {
        List<PortfolioFinding> found = new PortfolioFindings(SETTINGS).find(marketed()).stream()
                .filter(f -> f.id().startsWith("no-search-data.")).toList();

        // JADA is in the export; QuickDumpNow has no site read; the rental's site is missing from Search Console
        assertThat(found).extracting(PortfolioFinding::id).containsExactly("no-search-data.rental");
        assertThat(found.get(0).title()).isEqualTo(
                "No Search Console data: how the site is found in search (clicks, impressions, position) is unmeasured");
        assertThat(found.get(0).where()).isEqualTo("portfolio-marketing/seo/search-console-2026-10.csv — no row for rental");
        assertThat(found.get(0).roles()).containsExactly("cmo");
    }

    /** JADA listed on two marketplaces, a rental with none, a subscription business absent from the exports. */
    private static PortfolioSnapshot marketed() {
        SortedMap<String, BusinessChannels> businesses = months(
                "jada", channel(44, months("2026-07", 5L, "2026-08", 2L, "2026-09", 3L, "2026-10", 2L, "2026-11", 3L),
                        months("2026-07", 4L, "2026-08", 2L, "2026-09", 2L, "2026-10", 1L, "2026-11", 3L),
                        List.of(new OtaListing("GetMyBoat", "https://getmyboat.example/jada", "active", new BigDecimal("4.9"), 87),
                                new OtaListing("Boatsetter", "https://boatsetter.example/jada", "paused", null, 0)),
                        426, 21_510, new BigDecimal("12.42")),
                "rental", channel(13, months("2026-09", 2L), List.of(), 0, 0, null));
        return FinanceSnapshots.snapshot(
                FinanceSnapshots.profile("jada", "JADA (yacht charters)", "bookings"), FinanceSnapshots.jadaBookings(),
                FinanceSnapshots.site("jada", List.of("GA4")),
                FinanceSnapshots.profile("qdn", "QuickDumpNow", "subscription"), FinanceSnapshots.qdnSubscriptions(300_000),
                FinanceSnapshots.profile("rental", "3028 51st St Rental", "rental"),
                FinanceSnapshots.bookings("rental", "rental-stays", months("2026-10", 100_000L)),
                FinanceSnapshots.site("rental", List.of()),
                FinanceSnapshots.profile("portfolio", "Portfolio-wide", "portfolio"), FinanceSnapshots.channels(businesses));
    }
}
