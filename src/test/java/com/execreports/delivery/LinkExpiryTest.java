package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LinkExpiryTest {

    @Test
    void should_accept_one_to_seven_days_and_refuse_what_sigv4_cannot_sign_naming_the_property() {
        assertThat(RunDeliveries.requireLinkExpiryDays(1)).isEqualTo(1);
        assertThat(RunDeliveries.requireLinkExpiryDays(7)).isEqualTo(7);
        assertThatIllegalArgumentException().isThrownBy(() -> RunDeliveries.requireLinkExpiryDays(8))
                .withMessage("delivery.link-expiry-days = 8: a pre-signed S3 link lives 1 to 7 days (SigV4)");
        assertThatIllegalArgumentException().isThrownBy(() -> RunDeliveries.requireLinkExpiryDays(0))
                .withMessageContaining("delivery.link-expiry-days = 0");
    }
}
