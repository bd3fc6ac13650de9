package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(10)
class StrictNumbersTest {

    @ParameterizedTest(name = "{0} -> {1} cents")
    @CsvSource(delimiter = '|', value = {
            "1,234.56     | 123456",
            "1,234        | 123400",
            "$1,200.00    | 120000",
            "-$1,200.00   | -120000",
            "' 12 '       | 1200",
            "-0           | 0",
            "0.005        | 1",
            ".5           | 50",
            "1.2E-5       | 0",
            "1.5e3        | 150000",
            "10000000000000 | 1000000000000000"})
    void should_read_amounts_as_a_us_spreadsheet_writes_them(String text, long cents) {
        assertThat(StrictNumbers.cents(text)).isEqualTo(cents);
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "1,5            | is not a number: '1,5' (a decimal comma or mixed separators; write 1234.56)",
            "1.234,56       | is not a number: '1.234,56' (a decimal comma or mixed separators; write 1234.56)",
            "12,34          | is not a number: '12,34' (a decimal comma or mixed separators; write 1234.56)",
            "1,23,456       | is not a number: '1,23,456'",
            "1e30           | is out of range: '1e30' (beyond 10,000,000,000,000)",
            "9e16           | is out of range: '9e16' (beyond 10,000,000,000,000)",
            "1e100000000    | is out of range: '1e100000000' (beyond 10,000,000,000,000)",
            "1e20000000     | is out of range: '1e20000000' (beyond 10,000,000,000,000)",
            "10000000000000.01 | is out of range: '10000000000000.01' (beyond 10,000,000,000,000)",
            "TBD            | is not a number: 'TBD'",
            "--1            | is not a number: '--1'",
            "-$-1           | is not a number: '-$-1'",
            ".              | is not a number: '.'",
            "1e             | is not a number: '1e'",
            "NaN            | is not a number: 'NaN'",
            "Infinity       | is not a number: 'Infinity'",
            "0x10           | is not a number: '0x10'"})
    void should_refuse_what_can_be_read_two_ways_or_is_out_of_range(String text, String verdict) {
        assertThatThrownBy(() -> StrictNumbers.cents(text)).isInstanceOfSatisfying(StrictNumbers.Refused.class,
                e -> assertThat(e.verdict("not a number", text, false)).isEqualTo(verdict));
    }

    @Test
    void should_refuse_blank_and_very_long_values_before_reading_them() {
        assertThat(refusal("")).isEqualTo("is blank");
        assertThat(refusal("   ")).isEqualTo("is blank");
        String long41 = "1".repeat(41);
        assertThat(refusal(long41)).isEqualTo("is too long: '" + "1".repeat(40) + "…' (longer than 40 characters)");
        // a megabyte of digits is refused by its length, in no time
        long started = System.nanoTime();
        assertThat(refusal("9".repeat(1_000_000))).endsWith("(longer than 40 characters)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void should_refuse_exponents_of_any_length_at_once() {
        long started = System.nanoTime();
        for (String text : new String[] {"1e100000000", "1E+999999999", "-1e-99999999", "1.5e123"}) {
            assertThatThrownBy(() -> StrictNumbers.decimal(text)).isInstanceOf(StrictNumbers.Refused.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        // a tiny exponent stays a small plain number, so a quantity cannot make a snapshot grow
        assertThat(StrictNumbers.decimal("1e-99").toPlainString()).hasSizeLessThan(120);
    }

    @Test
    void should_read_counts_whole_and_bounded() {
        assertThat(StrictNumbers.count("3")).isEqualTo(3);
        assertThat(StrictNumbers.count("3.0")).isEqualTo(3);
        assertThat(StrictNumbers.count("1,204")).isEqualTo(1_204);
        assertThat(StrictNumbers.count("-2")).isEqualTo(-2);
        assertThat(StrictNumbers.count("1000000000000")).isEqualTo(StrictNumbers.MAX_COUNT);
        assertThat(countRefusal("2.5")).isEqualTo("is not a whole number: '2.5'");
        assertThat(countRefusal("1e30")).isEqualTo("is out of range: '1e30' (beyond 10,000,000,000,000)");
        assertThat(countRefusal("1e13")).isEqualTo("is out of range: '1e13' (beyond 1,000,000,000,000)");
        assertThat(countRefusal("1000000000001")).isEqualTo("is out of range: '1000000000001' (beyond 1,000,000,000,000)");
        assertThat(countRefusal("many")).isEqualTo("is not a number: 'many'");
    }

    @Test
    void should_read_rates_within_their_scale() {
        assertThat(StrictNumbers.within("4.87", BigDecimal.ZERO, BigDecimal.TEN)).isEqualByComparingTo("4.87");
        assertThat(StrictNumbers.within("10", BigDecimal.ZERO, BigDecimal.TEN)).isEqualByComparingTo("10");
        assertThatThrownBy(() -> StrictNumbers.within("10.5", BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOfSatisfying(StrictNumbers.Refused.class, e -> assertThat(e.verdict("not a number", "10.5", true))
                        .isEqualTo("'10.5' is out of range (outside 0 to 10)"));
        assertThatThrownBy(() -> StrictNumbers.within("1e20000000", BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOf(StrictNumbers.Refused.class);
        assertThatThrownBy(() -> StrictNumbers.within("-1", BigDecimal.ZERO, BigDecimal.TEN))
                .isInstanceOf(StrictNumbers.Refused.class);
    }

    @Test
    void should_mask_a_secret_it_quotes() {
        String canary = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";
        String verdict = refusal(canary);
        assertThat(verdict).doesNotContain(canary.substring(0, 12));
    }

    private static String refusal(String text) {
        try {
            StrictNumbers.cents(text);
        } catch (StrictNumbers.Refused e) {
            return e.verdict("not a number", text, false);
        }
        throw new AssertionError("read, not refused");
    }

    private static String countRefusal(String text) {
        try {
            StrictNumbers.count(text);
        } catch (StrictNumbers.Refused e) {
            return e.verdict("not a number", text, false);
        }
        throw new AssertionError("read, not refused");
    }
}
