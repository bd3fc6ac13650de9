package com.execreports.delivery;

/**
 * The claim lease must outlast the longest delivery of one report — every SES call timing out and every retry
 * waiting its longest — or a live instance could lose its claim mid-retry and another would take the report
 * over. Checked at start-up, so a retuned property fails loudly instead of risking a report's fate.
 */
public final class DeliveryRetryBudget {

    /** Camel's collision avoidance spreads each delay by up to this share either way. */
    private static final double JITTER = 0.15;

    private DeliveryRetryBudget() {
    }

    /** The longest one report's SES calls can take, in milliseconds. */
    public static long worstCaseMillis(int retries, long maxDelayMs, int callTimeoutSeconds) {
        return (long) ((retries + 1) * callTimeoutSeconds * 1000L + retries * maxDelayMs * (1 + JITTER));
    }

    public static void requireLeaseOutlastsRetries(long leaseSeconds, int retries, long maxDelayMs, int callTimeoutSeconds) {
        long worst = worstCaseMillis(retries, maxDelayMs, callTimeoutSeconds);
        if (leaseSeconds * 1000 <= worst) {
            throw new IllegalArgumentException("delivery.lease-seconds = " + leaseSeconds + " is too short: one report's SES calls may take up to "
                    + (worst + 999) / 1000 + " s (delivery.ses-max-retries = " + retries + ", delivery.ses-max-retry-delay-ms = " + maxDelayMs
                    + ", delivery.ses-call-timeout-seconds = " + callTimeoutSeconds + "); raise the lease or lower those");
        }
    }
}
