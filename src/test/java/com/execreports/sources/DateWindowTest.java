package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@Timeout(5)
class DateWindowTest {

    private static final DateWindow WINDOW = DateWindow.asOf(LocalDate.of(2026, 11, 23));

    @Test
    void should_span_the_epoch_to_five_years_after_the_as_of_date() {
        assertThat(WINDOW).isEqualTo(new DateWindow(LocalDate.of(1970, 1, 1), LocalDate.of(2031, 11, 23)));
        assertThat(WINDOW.contains(LocalDate.of(1970, 1, 1))).isTrue();
        assertThat(WINDOW.contains(LocalDate.of(2031, 11, 23))).isTrue();
        assertThat(WINDOW.contains(LocalDate.of(1969, 12, 31))).isFalse();
        assertThat(WINDOW.contains(LocalDate.of(2031, 11, 24))).isFalse();
        assertThat(WINDOW.contains(LocalDate.MAX)).isFalse();
        assertThat(WINDOW.outside()).isEqualTo("outside 1970-01-01 … 2031-11-23");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-23                | 2026-11-23",
            "2026-11-23T07:00:00Z      | 2026-11-22",
            "2026-11-23T07:00:00-08:00 | 2026-11-23",
            "2026-11-23T07:00          | 2026-11-23",
            "1795424400                | 2026-11-23",
            "000000000                 | 1969-12-31"})
    void should_read_iso_dates_date_times_and_epoch_seconds(String text, String expected) {
        if (expected.equals("1969-12-31")) {
            assertThatThrownBy(() -> reader(text).date("day")).hasMessage(
                    "attribute 'day' is out of range: '000000000' (outside 1970-01-01 … 2031-11-23)");
            return;
        }
        assertThat(reader(text).date("day")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "9999-12-31                 | attribute 'day' is out of range: '9999-12-31' (outside 1970-01-01 … 2031-11-23)",
            "1969-12-31                 | attribute 'day' is out of range: '1969-12-31' (outside 1970-01-01 … 2031-11-23)",
            "99999999999                | attribute 'day' is out of range: '99999999999' (outside 1970-01-01 … 2031-11-23)",
            "+999999999-12-31           | attribute 'day' is not a date: '+999999999-12-31'",
            "+999999999-12-31T23:59:59Z | attribute 'day' is out of range: '+999999999-12-31T23:59:59Z' (outside 1970-01-01 … 2031-11-23)",
            "2026-13-45                 | attribute 'day' is not a date: '2026-13-45'"})
    void should_refuse_a_date_outside_the_window_or_unreadable_and_name_the_attribute(String text, String message) {
        assertThatThrownBy(() -> reader(text).date("day")).isInstanceOf(AttributeReader.UnreadableItem.class).hasMessage(message);
    }

    @Test
    void should_refuse_a_very_long_date_before_parsing_it() {
        String text = "2026-11-23T07:00:00" + "0".repeat(1_000_000);
        assertThatThrownBy(() -> reader(text).date("day")).hasMessageStartingWith("attribute 'day' is not a date: '2026-11-23T07:00:00")
                .hasMessageEndingWith("…'");
    }

    private static AttributeReader reader(String text) {
        return new AttributeReader(Map.of("day", AttributeValue.fromS(text)), ZoneOffset.ofHours(-8), WINDOW);
    }
}
