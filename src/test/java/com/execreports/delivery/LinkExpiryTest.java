package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LinkExpiryTest {

    @Test
    void should_accept_one_to_seven_days_and_refuse_what_sigv4_cannot_sign_naming_the_property() {
        assertThat(ChartLinks.requireExpiryDays(1)).isEqualTo(1);
        assertThat(ChartLinks.requireExpiryDays(7)).isEqualTo(7);
        assertThatIllegalArgumentException().isThrownBy(() -> ChartLinks.requireExpiryDays(8))
                .withMessage("delivery.link-expiry-days = 8: a pre-signed S3 link lives 1 to 7 days (SigV4)");
        assertThatIllegalArgumentException().isThrownBy(() -> ChartLinks.requireExpiryDays(0))
                .withMessageContaining("delivery.link-expiry-days = 0");
    }

    @Test
    void should_sign_chart_links_for_the_configured_days_and_refuse_a_lifetime_at_start_up() {
        assertThat(new ChartLinks(7).expiryMillis()).isEqualTo(7L * 24 * 3600 * 1000);
        assertThatIllegalArgumentException().isThrownBy(() -> new ChartLinks(8)).withMessageContaining("delivery.link-expiry-days = 8");
    }
}
