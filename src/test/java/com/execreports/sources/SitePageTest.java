package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a page declares for the site audit, from HTML as real sites write it. */
class SitePageTest {

    @Test
    void should_find_a_title_with_text_and_not_an_empty_one() {
        assertThat(SitePage.of("<html><head><TITLE lang=en>\n  JADA charters</title>").titled()).isTrue();
        assertThat(SitePage.of("<title>  </title><p>x</p>").titled()).isFalse();
        assertThat(SitePage.of("<title></title><title>Second</title>").titled()).isTrue();
        assertThat(SitePage.of("<p>no title</p>").titled()).isFalse();
    }

    @Test
    void should_find_a_meta_description_in_either_quote_and_any_case() {
        assertThat(SitePage.of("<meta charset=utf-8><META content=\"x\" NAME='Description'>").described()).isTrue();
        assertThat(SitePage.of("<meta name=\"description\" content=\"Charters\">").described()).isTrue();
        assertThat(SitePage.of("<meta name=\"keywords\" content=\"description\">").described()).isFalse();
        assertThat(SitePage.of("<metadata name=\"description\">").described()).isFalse();
        // the attribute must be inside the tag, before its >
        assertThat(SitePage.of("<meta charset=utf-8> name=\"description\"").described()).isFalse();
    }

    @Test
    void should_read_the_modified_date_whatever_the_attribute_order() {
        assertThat(SitePage.of("<meta property=\"article:modified_time\" content=\"2024-03-12\">").declaredModified())
                .isEqualTo("2024-03-12");
        assertThat(SitePage.of("<meta content=\"2024-03-12\" property=\"article:modified_time\">").declaredModified())
                .isEqualTo("2024-03-12");
        assertThat(SitePage.of("<meta data-x=\"y\" content=\"2026-11-01T08:00:00-08:00\" name=\"article:modified_time\">")
                .declaredModified()).isEqualTo("2026-11-01");
    }

    @Test
    void should_read_uppercase_tags_single_quotes_and_unquoted_attributes() {
        SitePage page = SitePage.of("<HTML><HEAD><TITLE>Charters</TITLE>"
                + "<META NAME=description CONTENT='Sunset sails'>"
                + "<META CONTENT=2025-06-01 PROPERTY='ARTICLE:MODIFIED_TIME'></HEAD></HTML>");

        assertThat(page).isEqualTo(new SitePage(true, true, "2025-06-01"));
    }

    @Test
    void should_read_tags_written_across_lines() {
        SitePage page = SitePage.of("<html>\n<head>\n<title>\n  Queen of San Diego\n</title>\n<meta\n    content=\"Bay cruises\"\n"
                + "    name=\"description\"\n>\n<meta\n  content=\"2026-09-04\"\n  property=\"article:modified_time\">\n</head>");

        assertThat(page).isEqualTo(new SitePage(true, true, "2026-09-04"));
    }

    @Test
    void should_read_json_ld_date_modified_and_prefer_the_article_meta() {
        String jsonLd = "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"dateModified\": \"2024-03-12\"}</script>";

        assertThat(SitePage.of(jsonLd).declaredModified()).isEqualTo("2024-03-12");
        assertThat(SitePage.of(jsonLd + "<meta content=\"2026-10-02\" property=\"article:modified_time\">").declaredModified())
                .isEqualTo("2026-10-02");
    }

    @Test
    void should_not_take_text_that_only_looks_like_a_tag_for_one() {
        // inside a comment, in body text and in a script's string, none of these is a tag of the page
        SitePage page = SitePage.of("<!-- <title>Old</title> <meta name=\"description\" content=\"x\"> -->"
                + "<p>&lt;meta property=\"article:modified_time\" content=\"2020-01-01\"&gt;</p>"
                + "<script>var t = '<title>in js</title>';</script>");

        assertThat(page).isEqualTo(new SitePage(false, false, null));
    }

    @Test
    void should_ignore_a_modified_meta_whose_content_is_not_a_date() {
        assertThat(SitePage.of("<meta property=\"article:modified_time\" content=\"last week\">"
                + "<meta property=\"article:modified_time\" content=\"2025-01-31\">").declaredModified()).isEqualTo("2025-01-31");
        assertThat(SitePage.of("<meta property=\"article:modified_time\" content=\"2025-1-31\">").declaredModified()).isNull();
    }

    @Test
    @Timeout(10)
    void should_audit_two_megabytes_of_unclosed_meta_and_title_tags() {
        assertThat(SitePage.of("<meta ".repeat(2_000_000 / 6)).described()).isFalse();
        assertThat(SitePage.of("<title ".repeat(2_000_000 / 7)).titled()).isFalse();
    }
}
