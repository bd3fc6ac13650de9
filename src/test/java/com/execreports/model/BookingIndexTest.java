package com.execreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BookingIndexTest {

    @Test
    void should_sum_the_revenue_booked_under_a_repeated_id() {
        BookingIndex index = new BookingIndex();
        index.revenue("JADA-00007", 150_000);
        index.revenue("JADA-00007", 50_000);

        assertThat(index.state("JADA-00007")).isEqualTo(BookingIndex.State.REVENUE);
        assertThat(index.revenueCents("JADA-00007")).isEqualTo(200_000);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void should_let_revenue_win_over_a_cancellation_and_a_cancellation_over_an_unreadable_item_in_any_order() {
        BookingIndex index = new BookingIndex();
        index.unreadable("A");
        index.cancelled("A");
        index.cancelled("B");
        index.revenue("B", 900);
        index.revenue("C", 100);
        index.unreadable("C");
        index.unreadable("D");

        assertThat(List.of("A", "B", "C", "D", "E").stream().map(index::state).toList()).containsExactly(BookingIndex.State.CANCELLED,
                BookingIndex.State.REVENUE, BookingIndex.State.REVENUE, BookingIndex.State.UNREADABLE, BookingIndex.State.NONE);
        assertThat(index.revenueCents("B")).isEqualTo(900);
        assertThat(index.revenueCents("A")).isZero();
        // booked and cancelled: a paid invoice on it is still money paid on a cancelled booking
        assertThat(index.isCancelled("B")).isTrue();
        assertThat(index.isCancelled("C")).isFalse();
    }

    @Test
    void should_keep_a_million_ids_apart_as_it_grows() {
        BookingIndex index = new BookingIndex();
        for (int i = 0; i < 1_000_000; i++) {
            index.revenue("JADA-B%07d".formatted(i), i);
        }

        assertThat(index.size()).isEqualTo(1_000_000);
        assertThat(index.revenueCents("JADA-B0000000")).isZero();
        assertThat(index.revenueCents("JADA-B0765432")).isEqualTo(765_432);
        assertThat(index.revenueCents("JADA-B0999999")).isEqualTo(999_999);
        assertThat(index.state("JADA-B1000000")).isEqualTo(BookingIndex.State.NONE);
    }

    @Test
    void should_combine_two_tables_of_one_business() {
        BookingIndex trips = BookingIndex.of(Map.of("T1", 500L), Set.of("T2"), Set.of());
        BookingIndex jobs = BookingIndex.of(Map.of("T2", 700L, "J1", 300L), Set.of(), Set.of("J9"));

        BookingIndex both = trips.plus(jobs);

        assertThat(both.size()).isEqualTo(4);
        assertThat(both.revenueCents("T1")).isEqualTo(500);
        // booked as revenue in one table, cancelled in the other: revenue wins, as it does within one table
        assertThat(both.revenueCents("T2")).isEqualTo(700);
        assertThat(both.state("J9")).isEqualTo(BookingIndex.State.UNREADABLE);
    }

    @Test
    void should_equal_an_index_of_the_same_ids_built_in_another_order() {
        BookingIndex a = BookingIndex.of(Map.of("A", 1L, "B", 2L), Set.of("C"), Set.of());
        BookingIndex b = new BookingIndex();
        b.cancelled("C");
        b.revenue("B", 2);
        b.revenue("A", 1);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        b.revenue("A", 1);
        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasToString("BookingIndex[3 ids, 2 with revenue]");
    }
}
