package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeliveryKeyTest {

    @Test
    void should_name_period_role_and_recipient_set_whatever_the_order_or_case_of_addresses() {
        DeliveryKey a = new DeliveryKey("2026-W48", "cfo", List.of("cfo@example.com", "ceo@example.com"), List.of("audit@example.com"));
        DeliveryKey b = new DeliveryKey("2026-W48", "cfo", List.of("CEO@example.com", "cfo@example.com"), List.of("audit@example.com"));

        assertThat(a.id()).matches("2026-W48#cfo#[0-9a-f]{12}").isEqualTo(b.id());
    }

    @Test
    void should_be_a_new_delivery_for_other_recipients_or_another_audit_copy() {
        DeliveryKey base = new DeliveryKey("2026-W48", "cfo", List.of("cfo@example.com"), List.of("audit@example.com"));

        assertThat(new DeliveryKey("2026-W48", "cfo", List.of("cfo2@example.com"), List.of("audit@example.com")).id()).isNotEqualTo(base.id());
        assertThat(new DeliveryKey("2026-W48", "cfo", List.of("cfo@example.com"), List.of()).id()).isNotEqualTo(base.id());
        // a To address is not the same delivery as the same address as BCC
        assertThat(new DeliveryKey("2026-W48", "cfo", List.of("audit@example.com"), List.of("cfo@example.com")).id()).isNotEqualTo(base.id());
    }
}
