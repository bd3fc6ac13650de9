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
        // past 65,536 ids the arrays go to temporary files: the heap holds one part at a time
        assertThat(index.wroteOut()).isTrue();
        assertThat(index).hasToString("BookingIndex[1000000 ids, 15 parts written out]");
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

    @Test
    void should_merge_an_id_written_out_in_several_parts_when_matching() {
        BookingIndex index = new BookingIndex(3);
        index.revenue("A", 100);   // part 1: A, B, C
        index.revenue("B", 200);
        index.revenue("C", 300);
        index.cancelled("A");      // part 2: A again (cancelled later), D, E
        index.revenue("D", 400);
        index.unreadable("E");
        index.revenue("A", 50);    // in memory: A a third time, F
        index.revenue("F", 600);

        assertThat(index.wroteOut()).isTrue();
        BookingIndex named = index.only(List.of("A", "D", "E", "Z"));

        assertThat(named.wroteOut()).isFalse();
        assertThat(named.size()).isEqualTo(3);
        assertThat(named.revenueCents("A")).isEqualTo(150);
        assertThat(named.state("A")).isEqualTo(BookingIndex.State.REVENUE);
        assertThat(named.isCancelled("A")).isTrue();
        assertThat(named.state("E")).isEqualTo(BookingIndex.State.UNREADABLE);
        assertThat(named.state("Z")).isEqualTo(BookingIndex.State.NONE);
        assertThat(named.state("B")).as("not asked for").isEqualTo(BookingIndex.State.NONE);
    }

    @Test
    void should_equal_and_combine_indexes_whatever_they_wrote_out() {
        BookingIndex small = new BookingIndex(2);
        BookingIndex whole = new BookingIndex();
        for (BookingIndex index : List.of(small, whole)) {
            index.revenue("T1", 500);
            index.cancelled("T2");
            index.revenue("T3", 700);
            index.revenue("T1", 5);
        }
        assertThat(small.wroteOut()).isTrue();
        assertThat(small).isEqualTo(whole);

        BookingIndex jobs = new BookingIndex(1);
        jobs.revenue("T2", 900);
        jobs.unreadable("J9");
        BookingIndex both = small.plus(jobs);

        assertThat(both.only(List.of("T1", "T2", "J9")))
                .isEqualTo(BookingIndex.of(Map.of("T1", 505L, "T2", 900L), Set.of("T2"), Set.of("J9")));
        assertThat(InvoiceMatch.of(both, Map.of("T1", 505L, "T2", 900L, "J9", 10L, "X1", 20L), Map.of("T2", 900L)))
                .isEqualTo(new InvoiceMatch(new InvoiceFacts.Total(2, 1405), InvoiceFacts.Total.NONE, 0, InvoiceFacts.Total.NONE,
                        new InvoiceFacts.Total(1, 20), new InvoiceFacts.Total(1, 10), 900));
    }
}
