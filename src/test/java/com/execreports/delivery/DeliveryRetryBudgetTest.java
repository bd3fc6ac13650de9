package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class DeliveryRetryBudgetTest {

    @Test
    void should_count_every_call_timing_out_and_every_retry_waiting_its_longest_with_jitter() {
        // 6 calls × 30 s + 5 waits × 30 s × 1.15
        assertThat(DeliveryRetryBudget.worstCaseMillis(5, 30_000, 30)).isEqualTo(352_500);
    }

    @Test
    void should_accept_the_shipped_defaults() {
        assertThatNoException().isThrownBy(() -> DeliveryRetryBudget.requireLeaseOutlastsRetries(600, 5, 30_000, 30));
    }

    @Test
    void should_refuse_a_lease_shorter_than_one_reports_retries_naming_the_properties() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryRetryBudget.requireLeaseOutlastsRetries(300, 5, 30_000, 30))
                .withMessage("delivery.lease-seconds = 300 is too short: one report's SES calls may take up to 353 s"
                        + " (delivery.ses-max-retries = 5, delivery.ses-max-retry-delay-ms = 30000, delivery.ses-call-timeout-seconds = 30);"
                        + " raise the lease or lower those");
    }
}
