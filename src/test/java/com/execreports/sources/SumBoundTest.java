package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SumBoundTest {

    @Test
    void should_admit_values_while_every_sum_of_them_fits_a_long() {
        SumBound bound = new SumBound();
        assertThat(bound.admit(Long.MAX_VALUE - 10)).isTrue();
        assertThat(bound.admit(-10)).isTrue();
        // +1 would not overflow the signed total (MAX - 20 + 1), but a sum of a subset (MAX - 10 + 1) would
        assertThat(bound.admit(1)).isFalse();
        assertThat(bound.admit(0)).isTrue();
    }

    @Test
    void should_leave_the_bound_as_it_was_when_a_record_is_refused() {
        SumBound bound = new SumBound();
        assertThat(bound.admit(Long.MAX_VALUE - 5)).isTrue();
        assertThat(bound.admit(3, 3)).isFalse(); // the second value does not fit: neither is counted
        assertThat(bound.admit(5)).isTrue();
    }

    @Test
    void should_refuse_the_value_no_long_can_negate() {
        assertThat(new SumBound().admit(Long.MIN_VALUE)).isFalse();
    }

    @Test
    void should_hold_over_nine_thousand_of_the_largest_amounts_read() {
        SumBound bound = new SumBound();
        long admitted = 0;
        while (bound.admit(StrictNumbers.MAX_CENTS)) {
            admitted++;
        }
        assertThat(admitted).isEqualTo(Long.MAX_VALUE / StrictNumbers.MAX_CENTS).isGreaterThan(9_000);
    }
}
