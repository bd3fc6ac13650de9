package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void should_round_money_half_up_to_whole_dollars_with_thousands_separators() {
        assertThat(Figures.money(123_450)).isEqualTo("$1,235");
        assertThat(Figures.money(123_449)).isEqualTo("$1,234");
        assertThat(Figures.money(12_345_678_950L)).isEqualTo("$123,456,790");
        assertThat(Figures.money(99_999)).isEqualTo("$1,000");
    }

    @Test
    void should_show_small_amounts_and_zero_as_whole_dollars() {
        assertThat(Figures.money(0)).isEqualTo("$0");
        assertThat(Figures.money(49)).isEqualTo("$0");
        assertThat(Figures.money(50)).isEqualTo("$1");
        assertThat(Figures.money(100)).isEqualTo("$1");
    }

    @Test
    void should_show_negative_money_with_the_sign_before_the_dollar() {
        assertThat(Figures.money(-123_450)).isEqualTo("-$1,235");
        assertThat(Figures.money(-50)).isEqualTo("-$1");
        assertThat(Figures.money(-49)).isEqualTo("$0");
    }

    @Test
    void should_show_counts_with_thousands_separators() {
        assertThat(Figures.count(0)).isEqualTo("0");
        assertThat(Figures.count(999)).isEqualTo("999");
        assertThat(Figures.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void should_show_a_percent_rounded_to_whole_percent() {
        assertThat(Figures.percent(1, 3)).isEqualTo("33%");
        assertThat(Figures.percent(2, 3)).isEqualTo("67%");
        assertThat(Figures.percent(1, 8)).isEqualTo("13%");
        assertThat(Figures.percent(0, 10)).isEqualTo("0%");
        assertThat(Figures.percent(10, 10)).isEqualTo("100%");
    }

    @Test
    void should_show_a_percent_of_nothing_as_not_applicable() {
        assertThat(Figures.percent(5, 0)).isEqualTo("n/a");
    }

    @Test
    void should_show_change_as_a_signed_percentage() {
        assertThat(Figures.change(112, 100)).isEqualTo("+12%");
        assertThat(Figures.change(94, 100)).isEqualTo("-6%");
        assertThat(Figures.change(450_000, 400_000)).isEqualTo("+13%");
        assertThat(Figures.change(0, 100)).isEqualTo("-100%");
        assertThat(Figures.change(300, 100)).isEqualTo("+200%");
    }

    @Test
    void should_call_a_change_from_nothing_new() {
        assertThat(Figures.change(100, 0)).isEqualTo("new");
    }

    @Test
    void should_call_nothing_after_nothing_no_change() {
        assertThat(Figures.change(0, 0)).isEqualTo("no change");
    }

    @Test
    void should_divide_money_exactly_rounding_half_a_cent_away_from_zero() {
        assertThat(Figures.divideCents(1_000, 3)).isEqualTo(333);
        assertThat(Figures.divideCents(5, 2)).isEqualTo(3);
        assertThat(Figures.divideCents(-5, 2)).isEqualTo(-3);
        assertThat(Figures.divideCents(Long.MAX_VALUE - 1, 2)).isEqualTo(Long.MAX_VALUE / 2);
        assertThat(Figures.divideCents(700, 0)).isZero();
    }
}
