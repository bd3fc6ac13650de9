package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SiteFacts;
import com.execreports.model.SiteFacts.StalePage;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class SiteTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String BUCKET = "jada-site";
    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final int MAX_PAGE_BYTES = 4_096;

    // ---------------------------------------------------------------- inventory

    @Test
    void should_count_every_object_and_its_bytes() {
        SiteTally tally = tally(365);
        tally.inventory("index.html", 1_000);
        tally.inventory("img/logo.png", 20_000);
        tally.inventory("css/site.css", 345);

        SiteFacts s = data(tally);

        assertThat(s.bucket()).isEqualTo(BUCKET);
        assertThat(s.objects()).isEqualTo(3);
        assertThat(s.bytes()).isEqualTo(21_345);
    }

    @Test
    void should_find_sitemap_and_robots_at_the_bucket_root() {
        SiteTally tally = tally(365);
        tally.inventory("sitemap.xml", 10);
        tally.inventory("Robots.TXT", 5);

        SiteFacts s = data(tally);

        assertThat(s.hasSitemap()).isTrue();
        assertThat(s.hasRobots()).isTrue();
    }

    @Test
    void should_not_take_a_sitemap_or_robots_file_below_the_root_for_the_site_one() {
        SiteTally tally = tally(365);
        tally.inventory("blog/sitemap.xml", 10);
        tally.inventory("old/robots.txt", 5);
        tally.inventory("sitemap.xml.bak", 5);

        SiteFacts s = data(tally);

        assertThat(s.hasSitemap()).isFalse();
        assertThat(s.hasRobots()).isFalse();
        assertThat(s.objects()).isEqualTo(3);
    }

    @Test
    void should_read_only_html_and_htm_pages_in_listing_order() {
        SiteTally tally = tally(365);
        tally.inventory("index.html", 1);
        tally.inventory("img/logo.png", 1);
        tally.inventory("about.htm", 1);
        tally.inventory("blog/Post.HTML", 1);
        tally.inventory("index.html.bak", 1);
        tally.inventory("html/readme.txt", 1);
        tally.inventory("sitemap.xml", 1);

        assertThat(tally.objectsToRead()).containsExactly("index.html", "about.htm", "blog/Post.HTML");
    }

    // ---------------------------------------------------------------- page audit

    @Test
    void should_find_analytics_markers_whatever_their_case() {
        SiteTally tally = tally(365);
        tally.page("index.html", html("Home", "<script>GTAG('config', 'G-123');</script>"));
        tally.page("about.html", html("About", "<script src=\"https://Plausible.io/js/script.js\"></script>"
                + "<script>gtag('event')</script>"));
        tally.page("contact.html", html("Contact", "<p>call us</p>"));

        SiteFacts s = data(tally);

        assertThat(s.htmlPages()).isEqualTo(3);
        assertThat(s.pagesWithAnalytics()).isEqualTo(2);
        assertThat(s.analyticsTags()).containsExactly("GA4", "Plausible");
    }

    @Test
    void should_count_pages_with_a_calendar_marker() {
        SiteTally tally = tally(365);
        tally.page("book.html", html("Book", "<div class=\"Availability-Calendar\"></div>"));
        tally.page("charters.html", html("Charters", "<a href=\"https://CALENDLY.com/jada\">pick a date</a>"));
        tally.page("about.html", html("About", "<p>we sail</p>"));

        assertThat(data(tally).pagesWithCalendar()).isEqualTo(2);
    }

    @Test
    void should_list_pages_without_a_title() {
        SiteTally tally = tally(365);
        tally.page("untitled.html", "<html><head><meta name=\"description\" content=\"x\"></head><body></body></html>");
        tally.page("titled.html", html("Charters", ""));

        assertThat(data(tally).pagesWithoutTitle()).containsExactly("untitled.html");
    }

    @Test
    void should_list_pages_whose_title_is_empty() {
        SiteTally tally = tally(365);
        tally.page("empty.html", "<html><head><title></title><meta name=\"description\" content=\"x\"></head></html>");
        tally.page("blank.html", "<html><head><title>   </title><meta name=\"description\" content=\"x\"></head></html>");

        assertThat(data(tally).pagesWithoutTitle()).containsExactly("empty.html", "blank.html");
    }

    @Test
    void should_list_pages_without_a_meta_description() {
        SiteTally tally = tally(365);
        tally.page("described.html", html("A", ""));
        tally.page("reversed.html", "<html><head><title>B</title><meta content=\"x\" NAME='description'></head></html>");
        tally.page("og-only.html", "<html><head><title>C</title><meta property=\"og:description\" content=\"x\"></head></html>");
        tally.page("none.html", "<html><head><title>D</title></head></html>");

        assertThat(data(tally).pagesWithoutDescription()).containsExactly("og-only.html", "none.html");
    }

    @Test
    void should_list_a_page_older_than_the_stale_age_with_its_age_in_days_from_its_article_meta() {
        SiteTally tally = tally(365);
        tally.page("about.html", html("About", "<meta property=\"article:modified_time\" content=\"2024-03-12\">"));

        SiteFacts s = data(tally);

        assertThat(s.stalePages()).containsExactly(new StalePage("about.html", "2024-03-12", 986));
        assertThat(s.newestCopy()).isEqualTo("2024-03-12");
    }

    @Test
    void should_read_the_declared_date_from_json_ld_date_modified() {
        SiteTally tally = tally(365);
        tally.page("events.html", html("Events",
                "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"dateModified\": \"2024-03-12\"}</script>"));

        assertThat(data(tally).stalePages()).containsExactly(new StalePage("events.html", "2024-03-12", 986));
    }

    @Test
    void should_read_the_date_of_a_declared_date_time() {
        SiteTally tally = tally(365);
        tally.page("index.html", html("Home",
                "<meta property='article:modified_time' content='2026-11-01T08:00:00-08:00'>"));

        SiteFacts s = data(tally);

        assertThat(s.newestCopy()).isEqualTo("2026-11-01");
        assertThat(s.stalePages()).isEmpty();
    }

    @Test
    void should_not_call_a_page_stale_on_the_day_it_reaches_the_stale_age() {
        SiteTally tally = tally(365);
        tally.page("exactly.html", html("A", "<meta property=\"article:modified_time\" content=\"2025-11-23\">"));
        tally.page("one-more.html", html("B", "<meta property=\"article:modified_time\" content=\"2025-11-22\">"));

        assertThat(data(tally).stalePages()).containsExactly(new StalePage("one-more.html", "2025-11-22", 366));
    }

    @Test
    void should_take_the_newest_declared_date_of_any_page_as_the_newest_copy() {
        SiteTally tally = tally(365);
        tally.page("a.html", html("A", "<meta property=\"article:modified_time\" content=\"2024-03-12\">"));
        tally.page("b.html", html("B", "<script type=\"application/ld+json\">{\"dateModified\": \"2026-10-02\"}</script>"));
        tally.page("c.html", html("C", "<meta property=\"article:modified_time\" content=\"2026-06-30\">"));
        tally.page("d.html", html("D", "<p>no declared date</p>"));

        SiteFacts s = data(tally);

        assertThat(s.newestCopy()).isEqualTo("2026-10-02");
        assertThat(s.stalePages()).extracting(StalePage::key).containsExactly("a.html");
    }

    @Test
    void should_leave_newest_copy_empty_when_no_page_declares_a_date() {
        SiteTally tally = tally(365);
        tally.page("a.html", html("A", ""));

        assertThat(data(tally).newestCopy()).isNull();
    }

    @Test
    void should_refuse_and_name_a_declared_date_outside_the_date_window_rather_than_age_it() {
        SiteTally tally = tally(365);
        tally.page("future.html", html("Future", "<meta property=\"article:modified_time\" content=\"9999-12-31\">"));
        tally.page("ancient.html", html("Ancient", "<meta property=\"article:modified_time\" content=\"1900-01-01\">"));

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.unreadable()).isEqualTo(2);
        assertThat(facts.issues()).extracting(DataIssue::reason).allSatisfy(r -> assertThat(r).contains("is out of range (outside 1970-01-01 … "));
        assertThat(((SiteFacts) facts.data()).newestCopy()).isNull();
        assertThat(((SiteFacts) facts.data()).stalePages()).isEmpty();
    }

    @Test
    void should_record_a_declared_date_that_is_not_a_date_as_an_issue() {
        SiteTally tally = tally(365);
        tally.page("feb.html", html("Feb", "<meta property=\"article:modified_time\" content=\"2024-02-30\">"));

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(1);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-site/feb.html", "declared modification date '2024-02-30' is not a date"));
        assertThat(((SiteFacts) facts.data()).htmlPages()).isEqualTo(1);
    }

    @Test
    void should_audit_a_page_read_from_a_stream_within_the_size_bound() throws Exception {
        SiteTally tally = tally(365);
        String page = html("Café", "<script>gtag('config')</script>");

        tally.read("index.html", stream(page));

        SiteFacts s = data(tally);
        assertThat(s.htmlPages()).isEqualTo(1);
        assertThat(s.pagesWithAnalytics()).isEqualTo(1);
        assertThat(s.pagesWithoutTitle()).isEmpty();
    }

    @Test
    void should_audit_a_page_of_exactly_the_size_bound() throws Exception {
        SiteTally tally = tally(365);
        String page = html("A", "");
        page = page + " ".repeat(MAX_PAGE_BYTES - page.getBytes(StandardCharsets.UTF_8).length);

        tally.read("exact.html", stream(page));

        assertThat(data(tally).htmlPages()).isEqualTo(1);
        assertThat(tally.facts(RUN_ID).status()).isEqualTo(SourceStatus.OK);
    }

    @Test
    void should_not_audit_a_page_larger_than_the_size_bound_but_record_it() throws Exception {
        SiteTally tally = tally(365);
        String page = html("Big", "x".repeat(MAX_PAGE_BYTES));

        tally.read("big.html", stream(page));

        Facts facts = tally.facts(RUN_ID);
        assertThat(((SiteFacts) facts.data()).htmlPages()).isZero();
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-site/big.html", "page larger than 4096 bytes; not audited"));
    }

    @Test
    void should_record_an_unreadable_page_with_bucket_key_and_reason() {
        SiteTally tally = tally(365);
        tally.unreadable("huge.html", "page larger than 1048576 bytes; not audited");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.kind()).isEqualTo("s3-site");
        assertThat(facts.resource()).isEqualTo(BUCKET);
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("jada-site/huge.html", "page larger than 1048576 bytes; not audited"));
    }

    @Test
    void should_state_a_clean_site_as_ok() {
        SiteTally tally = tally(365);
        tally.inventory("index.html", 10);
        tally.page("index.html", html("Home", "gtag("));

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(facts.domain()).isEqualTo("jada");
        assertThat(facts.source()).isEqualTo("site");
    }

    // ---------------------------------------------------------------- helpers

    private static SiteTally tally(int staleDays) {
        Map<String, String> analytics = new LinkedHashMap<>();
        analytics.put("GA4", "gtag(");
        analytics.put("GTM", "googletagmanager.com/gtm.js");
        analytics.put("Plausible", "plausible.io/js");
        return new SiteTally("jada", "site", BUCKET, analytics, List.of("availability-calendar", "calendly.com"), TODAY,
                staleDays, MAX_PAGE_BYTES);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SiteFacts data(SiteTally tally) {
        return (SiteFacts) tally.facts(RUN_ID).data();
    }

    /** A page with a title and a meta description, and the given extra markup in its body. */
    private static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta name=\"description\" content=\"" + title + " page\"></head><body>" + body + "</body></html>";
    }
}
