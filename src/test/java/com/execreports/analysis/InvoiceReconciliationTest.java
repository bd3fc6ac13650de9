package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class InvoiceReconciliationTest {

    @Test
    void should_sort_every_invoice_and_booking_into_matched_mismatched_missing_or_orphan() {
        Map<String, Long> booked = Map.of("B1", 10_000L, "B2", 25_000L, "B3", 7_500L, "B4", 1_000L);
        Map<String, Long> invoiced = Map.of("B1", 10_000L, "B2", 40_000L, "B9", 12_500L);

        InvoiceReconciliation r = InvoiceReconciliation.of(booked, invoiced);

        assertThat(r).isEqualTo(new InvoiceReconciliation(1, 10_000, 1, 15_000, 2, 8_500, 1, 12_500));
    }

    @Test
    void should_match_everything_when_each_booking_has_its_exact_invoice() {
        InvoiceReconciliation r = InvoiceReconciliation.of(Map.of("B1", 100L, "B2", 200L), Map.of("B1", 100L, "B2", 200L));

        assertThat(r).isEqualTo(new InvoiceReconciliation(2, 300, 0, 0, 0, 0, 0, 0));
    }
}
