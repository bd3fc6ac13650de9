package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.execreports.model.ReadStop;

import org.junit.jupiter.api.Test;

class ReadDeadlineTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean collecting = new AtomicBoolean(true);
    private final ReadDeadline deadline = new ReadDeadline(30_000, collecting, now::get);

    @Test
    void should_go_on_within_the_budget_and_say_nothing_stopped() {
        deadline.counted(500, "items");
        now.set(TimeUnit.SECONDS.toNanos(29));

        assertThat(deadline.goOn()).isTrue();
        assertThat(deadline.stop()).isNull();
    }

    @Test
    void should_stop_once_the_budget_is_spent_and_say_how_far_reading_got() {
        deadline.counted(41_000, "items");
        now.set(TimeUnit.SECONDS.toNanos(30));

        assertThat(deadline.goOn()).isFalse();
        // a segment still folding its page when the other noticed: counted, and the stop says so
        deadline.counted(200, "items");
        ReadStop stop = deadline.stop();
        assertThat(stop.text()).isEqualTo("read stopped after 30 s at 41,200 items; figures from this source are partial");
        assertThat(stop.why()).isEqualTo("budget");
    }

    @Test
    void should_stay_stopped_even_if_asked_again() {
        now.set(TimeUnit.SECONDS.toNanos(31));
        assertThat(deadline.goOn()).isFalse();
        now.set(TimeUnit.SECONDS.toNanos(45));

        assertThat(deadline.goOn()).isFalse();
        assertThat(deadline.stop().afterMillis()).isEqualTo(31_000);
    }

    @Test
    void should_stop_at_once_when_the_run_stopped_waiting_for_its_sources() {
        collecting.set(false);

        assertThat(deadline.goOn()).isFalse();
        assertThat(deadline.stop().why()).isEqualTo("collection closed");
    }

    @Test
    void should_count_a_bucket_listing_and_its_reading_apart() {
        deadline.counted(1_000, "objects listed");
        deadline.counted(0, "of 40 objects read");
        deadline.counted(1);
        deadline.counted(1);
        now.set(TimeUnit.MILLISECONDS.toNanos(30_500));

        assertThat(deadline.goOn()).isFalse();
        assertThat(deadline.stop().text()).isEqualTo("read stopped after 30 s at 2 of 40 objects read; figures from this source are partial");
    }

    @Test
    void should_say_tenths_of_a_second_under_ten_seconds() {
        ReadDeadline tiny = new ReadDeadline(1, collecting, now::get);
        tiny.counted(5, "items");
        now.set(TimeUnit.MILLISECONDS.toNanos(340));

        assertThat(tiny.goOn()).isFalse();
        assertThat(tiny.stop().text()).startsWith("read stopped after 0.3 s at 5 items");
    }
}
