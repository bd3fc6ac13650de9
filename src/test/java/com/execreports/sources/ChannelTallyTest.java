package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.execreports.config.SnapshotJson;
import com.execreports.model.ChannelFacts;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.ChannelFacts.OtaListing;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class ChannelTallyTest {

    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String EMAIL = "email/subscribers.csv";
    private static final String OTA = "ota/listings.csv";

    // ---------------------------------------------------------------- email

    @Test
    void should_count_subscribers_by_status_and_sign_ups_by_month_per_business() throws Exception {
        ChannelTally tally = tally();
        feed(tally, EMAIL, """
                business,email_hash,subscribed_at,source,status
                jada,aaaa,2026-10-03T10:00:00Z,website_form,subscribed
                jada,bbbb,2026-10-30T23:59:59Z,referral,unsubscribed
                JADA,cccc,2026-11-01,website_form,Subscribed
                jada,dddd,2026-11-02T08:00:00Z,website_form,bounced
                jada,eeee,2026-11-05T08:00:00Z,website_form,pending
                quickdumpnow,ffff,2025-12-31T12:00:00Z,subscription_checkout,subscribed
                """);

        ChannelFacts c = data(tally);

        assertThat(c.emailRead()).isTrue();
        BusinessChannels jada = c.forBusiness("jada");
        assertThat(jada.emailSubscribed()).isEqualTo(2);
        assertThat(jada.emailUnsubscribed()).isEqualTo(1);
        assertThat(jada.emailBounced()).isEqualTo(1);
        assertThat(jada.emailOther()).isEqualTo(1);
        assertThat(jada.emailRows()).isEqualTo(5);
        assertThat(jada.newSubscribersByMonth()).containsExactly(entry("2026-10", 2L), entry("2026-11", 3L));
        assertThat(c.forBusiness("quickdumpnow").newSubscribersByMonth()).containsExactly(entry("2025-12", 1L));
    }

    @Test
    void should_answer_zeros_for_a_business_no_file_mentions() throws Exception {
        ChannelTally tally = tally();
        feed(tally, EMAIL, "business,email_hash,subscribed_at,source,status\njada,aaaa,2026-10-03T10:00:00Z,x,subscribed\n");

        ChannelFacts c = data(tally);

        assertThat(c.businesses()).doesNotContainKey("dangerouscentaur");
        assertThat(c.forBusiness("dangerouscentaur")).isEqualTo(BusinessChannels.NONE);
        assertThat(c.forBusiness("dangerouscentaur").emailRows()).isZero();
    }

    @Test
    void should_count_unreadable_subscriber_rows_with_their_line() throws Exception {
        ChannelTally tally = tally();
        feed(tally, EMAIL, """
                business,email_hash,subscribed_at,source,status
                jada,aaaa,2026-10-03T10:00:00Z,website_form,subscribed
                jada,bbbb,03/10/2026,website_form,subscribed
                ,cccc,2026-10-03T10:00:00Z,website_form,subscribed
                jada,dddd,2026-10-03T10:00:00Z
                jada,eeee,2026-10-04T10:00:00Z,website_form,subscribed
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(3);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/email/subscribers.csv:3", "subscribed_at '03/10/2026' is not a date"),
                new DataIssue("portfolio-marketing/email/subscribers.csv:4", "no business"),
                new DataIssue("portfolio-marketing/email/subscribers.csv:5", "has 3 of 5 columns"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").emailSubscribed()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- marketplace listings

    @Test
    void should_keep_each_listing_with_its_rating_and_reviews() throws Exception {
        ChannelTally tally = tally();
        feed(tally, OTA, """
                business,platform,listing_url,status,rating,reviews
                jada,GetMyBoat,https://gmb.example/jada,active,4.9,87
                rental-3028-51st,Airbnb,https://airbnb.example/1,active,4.87,132
                rental-3028-51st,VRBO,https://vrbo.example/1,pending,,
                """);

        ChannelFacts c = data(tally);

        assertThat(c.otaRead()).isTrue();
        assertThat(c.forBusiness("jada").otaListings()).containsExactly(
                new OtaListing("GetMyBoat", "https://gmb.example/jada", "active", new BigDecimal("4.9"), 87));
        assertThat(c.forBusiness("rental-3028-51st").otaListings()).containsExactly(
                new OtaListing("Airbnb", "https://airbnb.example/1", "active", new BigDecimal("4.87"), 132),
                new OtaListing("VRBO", "https://vrbo.example/1", "pending", null, 0));
        assertThat(c.forBusiness("quickdumpnow").otaListings()).isEmpty();
    }

    @Test
    void should_count_unreadable_listing_rows_with_their_line() throws Exception {
        ChannelTally tally = tally();
        feed(tally, OTA, """
                business,platform,listing_url,status,rating,reviews
                jada,GetMyBoat,https://gmb.example/jada,active,4.9 stars,87
                jada,Boatsetter,https://bs.example/jada,active,4.8,forty
                jada,,https://x.example/,active,4.8,1
                jada,Viator,https://v.example/jada,active,4.7,12
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/ota/listings.csv:2", "rating '4.9 stars' is not a number"),
                new DataIssue("portfolio-marketing/ota/listings.csv:3", "reviews 'forty' is not a whole number"),
                new DataIssue("portfolio-marketing/ota/listings.csv:4", "business and platform are both required"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").otaListings()).extracting(OtaListing::platform)
                .containsExactly("Viator");
    }

    // ---------------------------------------------------------------- Search Console

    @Test
    void should_sum_clicks_and_impressions_and_weight_the_average_position_by_impressions() throws Exception {
        ChannelTally tally = tally();
        feed(tally, "seo/search-console-2026-09.csv", """
                business,page,clicks,impressions,ctr,position
                jada,https://jada.example/,100,9000,0.0111,5.0
                jada,https://jada.example/about.html,10,1000,0.0100,25.0
                """);
        feed(tally, "seo/search-console-2026-10.csv", """
                business,page,clicks,impressions,ctr,position
                jada,https://jada.example/,5,0,0,40.0
                quickdumpnow,https://qdn.example/,3,3,1.0,1.333
                """);

        ChannelFacts c = data(tally);

        BusinessChannels jada = c.forBusiness("jada");
        assertThat(jada.seoClicks()).isEqualTo(115);
        assertThat(jada.seoImpressions()).isEqualTo(10_000);
        // (5.0 × 9000 + 25.0 × 1000 + 40.0 × 0) / 10000; a plain average of the rows would say 23.33
        assertThat(jada.seoAveragePosition()).isEqualByComparingTo("7.00");
        assertThat(jada.seoPages()).isEqualTo(3);
        assertThat(c.forBusiness("quickdumpnow").seoAveragePosition()).isEqualTo(new BigDecimal("1.33"));
        assertThat(c.forBusiness("rental-3028-51st").seoAveragePosition()).isNull();
        assertThat(c.seoFiles()).containsExactly("seo/search-console-2026-09.csv", "seo/search-console-2026-10.csv");
    }

    @Test
    void should_count_unreadable_search_console_rows_with_their_line() throws Exception {
        ChannelTally tally = tally();
        feed(tally, "seo/a.csv", """
                business,page,clicks,impressions,ctr,position
                jada,https://jada.example/,1.5,9000,0.0111,5.0
                jada,https://jada.example/a,1,100,0.01,n/a
                jada,https://jada.example/b,-1,100,0.01,3
                jada,https://jada.example/c,1,100,0.01,3
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/seo/a.csv:2", "clicks '1.5' or impressions '9000' is not a whole number"),
                new DataIssue("portfolio-marketing/seo/a.csv:3", "position 'n/a' is not a number"),
                new DataIssue("portfolio-marketing/seo/a.csv:4", "clicks, impressions and position cannot be negative"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").seoImpressions()).isEqualTo(100);
    }

    @Test
    void should_record_an_export_without_the_columns_it_needs_on_its_header_line() throws Exception {
        ChannelTally tally = tally();
        feed(tally, "seo/queries.csv", "query,clicks,impressions\njada charters,10,100\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-marketing/seo/queries.csv:1",
                "header lacks business, clicks, impressions or position"));
        assertThat(((ChannelFacts) facts.data()).seoFiles()).isEmpty();
    }

    // ---------------------------------------------------------------- listing

    @Test
    void should_read_the_email_list_the_listings_and_every_search_console_csv_in_that_order() {
        ChannelTally tally = tally();
        tally.inventory("seo/search-console-2026-10.csv", 1);
        tally.inventory("seo/README.txt", 1);
        tally.inventory(OTA, 1);
        tally.inventory(EMAIL, 1);
        tally.inventory("email/old-subscribers.csv", 1);

        assertThat(tally.objectsToRead()).containsExactly(EMAIL, OTA, "seo/search-console-2026-10.csv");
        assertThat(tally.facts(RUN_ID).status()).isEqualTo(SourceStatus.OK);
    }

    @Test
    void should_record_each_missing_file_as_not_found_without_failing() {
        ChannelTally tally = tally();
        tally.inventory(EMAIL, 1);

        assertThat(tally.objectsToRead()).containsExactly(EMAIL);
        tally.objectsToRead();

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.kind()).isEqualTo("s3-channels");
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/ota/listings.csv", "not found"),
                new DataIssue("portfolio-marketing/seo/", "not found: no .csv Search Console export under this prefix"));
        assertThat(((ChannelFacts) facts.data()).otaRead()).isFalse();
    }

    @Test
    void should_read_back_from_the_snapshot_archive_unchanged() throws Exception {
        ChannelTally tally = tally();
        feed(tally, EMAIL, "business,email_hash,subscribed_at,source,status\njada,aaaa,2026-10-03T10:00:00Z,x,subscribed\n");
        feed(tally, OTA, "business,platform,listing_url,status,rating,reviews\njada,GetMyBoat,u,active,4.90,87\n");
        feed(tally, "seo/a.csv", "business,page,clicks,impressions,ctr,position\njada,p,1,3,0.33,2.5\n");
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(CostExportTallyTest.run(), List.of(tally.facts(RUN_ID)));

        assertThat(json.read(json.write(snapshot))).isEqualTo(snapshot);
    }

    // ---------------------------------------------------------------- the demo exports

    @Test
    void should_show_the_demo_channels_of_each_business() throws Exception {
        ChannelTally tally = tally();
        CostExportTallyTest.readDemo(tally, "portfolio-marketing");

        Facts facts = tally.facts(RUN_ID);
        ChannelFacts c = (ChannelFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(c.emailRead()).isTrue();
        assertThat(c.otaRead()).isTrue();
        assertThat(c.seoFiles()).containsExactly("seo/search-console-2026-10.csv");
        assertThat(c.businesses().values().stream().mapToLong(BusinessChannels::emailRows).sum()).isEqualTo(149);

        // dangerouscentaur: no subscriber, no listing, no search data
        assertThat(c.businesses()).doesNotContainKey("dangerouscentaur");
        assertThat(c.forBusiness("dangerouscentaur").emailRows()).isZero();

        // queenofsandiego: a handful of subscribers and no marketplace listing at all
        BusinessChannels queen = c.forBusiness("queenofsandiego");
        assertThat(queen.emailRows()).isEqualTo(6);
        assertThat(queen.emailSubscribed()).isEqualTo(5);
        assertThat(queen.emailUnsubscribed()).isEqualTo(1);
        assertThat(queen.otaListings()).isEmpty();
        assertThat(queen.seoImpressions()).isZero();

        BusinessChannels jada = c.forBusiness("jada");
        assertThat(jada.emailRows()).isEqualTo(52);
        assertThat(jada.emailSubscribed()).isEqualTo(44);
        assertThat(jada.emailUnsubscribed()).isEqualTo(6);
        assertThat(jada.emailBounced()).isEqualTo(2);
        assertThat(jada.newSubscribersByMonth()).containsEntry("2026-05", 8L).containsEntry("2026-11", 3L).hasSize(14);
        assertThat(jada.otaListings()).extracting(OtaListing::platform).containsExactly("GetMyBoat", "Boatsetter");
        assertThat(jada.seoClicks()).isEqualTo(426);
        assertThat(jada.seoImpressions()).isEqualTo(21_510);
        assertThat(jada.seoAveragePosition()).isEqualTo(new BigDecimal("12.42"));
        assertThat(jada.seoPages()).isEqualTo(6);

        assertThat(c.forBusiness("quickdumpnow").emailRows()).isEqualTo(49);
        assertThat(c.forBusiness("quickdumpnow").seoAveragePosition()).isEqualTo(new BigDecimal("7.86"));
        assertThat(c.forBusiness("expert-yacht-delivery").emailRows()).isEqualTo(27);
        assertThat(c.forBusiness("expert-yacht-delivery").otaListings()).isEmpty();
        assertThat(c.forBusiness("rental-3028-51st").emailRows()).isEqualTo(15);
        assertThat(c.forBusiness("rental-3028-51st").otaListings()).extracting(OtaListing::platform)
                .containsExactly("Airbnb", "VRBO");
        assertThat(c.forBusiness("rental-3028-51st").seoAveragePosition()).isEqualTo(new BigDecimal("11.63"));
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- hostile values (issue 12)

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_a_rating_or_reviews_beyond_bounds_without_growing_the_snapshot() throws Exception {
        ChannelTally tally = tally();
        feed(tally, OTA, """
                business,platform,listing_url,status,rating,reviews
                jada,GetMyBoat,https://gmb.example/jada,active,1e20000000,87
                jada,Boatsetter,https://bs.example/jada,active,11,41
                jada,Airbnb,https://a.example/jada,active,4.8,1e30
                jada,Viator,https://v.example/jada,active,"4,7",12
                jada,VRBO,https://vr.example/jada,active,4.7,"1,204"
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/ota/listings.csv:2", "rating '1e20000000' is out of range (beyond 10,000,000,000,000)"),
                new DataIssue("portfolio-marketing/ota/listings.csv:3", "rating '11' is out of range (outside 0 to 10)"),
                new DataIssue("portfolio-marketing/ota/listings.csv:4", "reviews '1e30' is out of range (beyond 10,000,000,000,000)"),
                new DataIssue("portfolio-marketing/ota/listings.csv:5",
                        "rating '4,7' is not a number (a decimal comma or mixed separators; write 1234.56)"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").otaListings()).extracting(OtaListing::reviews)
                .containsExactly(1_204L);
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_search_console_counts_beyond_bounds() throws Exception {
        ChannelTally tally = tally();
        feed(tally, "seo/a.csv", """
                business,page,clicks,impressions,ctr,position
                jada,https://jada.example/,9e16,9000,0.0111,5.0
                jada,https://jada.example/a,10,100,0.01,1e100000000
                jada,https://jada.example/c,1,100,0.01,3
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-marketing/seo/a.csv:2",
                        "clicks '9e16' or impressions '9000' is not a whole number (beyond 10,000,000,000,000)"),
                new DataIssue("portfolio-marketing/seo/a.csv:3", "position '1e100000000' is out of range (beyond 10,000,000,000,000)"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").seoClicks()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_sign_up_date_outside_the_window() throws Exception {
        ChannelTally tally = tally().within(DateWindow.asOf(java.time.LocalDate.of(2026, 11, 23)));
        feed(tally, EMAIL, """
                business,email_hash,subscribed_at,status
                jada,h1,9999-12-31,subscribed
                jada,h2,2026-03-10,subscribed
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-marketing/email/subscribers.csv:2",
                "subscribed_at '9999-12-31' is out of range (outside 1970-01-01 … 2031-11-23)"));
        assertThat(((ChannelFacts) facts.data()).forBusiness("jada").emailSubscribed()).isEqualTo(1);
    }

    private static ChannelTally tally() {
        return new ChannelTally("portfolio", "channels", "portfolio-marketing", EMAIL, OTA, "seo/");
    }

    private static void feed(ChannelTally tally, String key, String csv) throws IOException {
        tally.read(key, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ChannelFacts data(ChannelTally tally) {
        return (ChannelFacts) tally.facts(RUN_ID).data();
    }
}
