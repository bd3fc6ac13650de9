package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The site audit's title and description checks, as the regexes they replace judged them, in linear time. */
class HtmlTagsTest {

    @Test
    void should_find_a_title_with_text_and_not_an_empty_one() {
        assertThat(HtmlTags.hasTitle("<html><head><TITLE lang=en>\n  JADA charters</title>")).isTrue();
        assertThat(HtmlTags.hasTitle("<title>  </title><p>x</p>")).isFalse();
        assertThat(HtmlTags.hasTitle("<title></title><title>Second</title>")).isTrue();
        assertThat(HtmlTags.hasTitle("<p>no title</p>")).isFalse();
    }

    @Test
    void should_find_a_meta_description_in_either_quote_and_any_case() {
        assertThat(HtmlTags.hasDescription("<meta charset=utf-8><META content=\"x\" NAME='Description'>")).isTrue();
        assertThat(HtmlTags.hasDescription("<meta name=\"description\" content=\"Charters\">")).isTrue();
        assertThat(HtmlTags.hasDescription("<meta name=\"keywords\" content=\"description\">")).isFalse();
        assertThat(HtmlTags.hasDescription("<metadata name=\"description\">")).isFalse();
        // the attribute must be inside the tag, before its >
        assertThat(HtmlTags.hasDescription("<meta charset=utf-8> name=\"description\"")).isFalse();
    }

    @Test
    @Timeout(5)
    void should_audit_two_megabytes_of_unclosed_meta_and_title_tags_in_linear_time() {
        String flood = "<meta ".repeat(2_000_000 / 6);
        String titles = "<title ".repeat(2_000_000 / 7);
        long start = System.nanoTime();

        assertThat(HtmlTags.hasDescription(flood)).isFalse();
        assertThat(HtmlTags.hasTitle(titles)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
