package com.execreports.model;

import java.util.List;
import java.util.SortedMap;

/**
 * What a subscriptions table says about recurring revenue. Money in cents.
 *
 * @param table                the DynamoDB table read
 * @param subscriptions        every subscription seen
 * @param countByStatus        subscriptions by status (active, past_due, cancelled, ...)
 * @param active               subscriptions currently paying
 * @param mrrCents             monthly recurring revenue of the active ones
 * @param renewalsAttempted    renewal attempts recorded
 * @param renewalsFailed       of those, failed
 * @param failedRenewalSample  a few subscription ids whose last renewal failed
 * @param cancelledByMonth     cancellations by month (churn)
 * @param paidRenewalsCents    what the successful renewals brought in, each one month at the subscription's price: the
 *                             subscription revenue earned to date (a renewal pays for the month it starts)
 * @param failedRenewalsCents  what the failed renewals would have brought in: billed, never collected, not revenue
 */
public record SubscriptionFacts(String table, long subscriptions, SortedMap<String, Long> countByStatus, long active,
                                long mrrCents, long renewalsAttempted, long renewalsFailed,
                                List<String> failedRenewalSample, SortedMap<String, Long> cancelledByMonth,
                                long paidRenewalsCents, long failedRenewalsCents)
        implements SourceData {

    /** Without the renewal amounts, as archived before they were read (0 reads as "not measured"). */
    public SubscriptionFacts(String table, long subscriptions, SortedMap<String, Long> countByStatus, long active, long mrrCents,
                             long renewalsAttempted, long renewalsFailed, List<String> failedRenewalSample,
                             SortedMap<String, Long> cancelledByMonth) {
        this(table, subscriptions, countByStatus, active, mrrCents, renewalsAttempted, renewalsFailed, failedRenewalSample,
                cancelledByMonth, 0, 0);
    }

    /** share of renewal attempts that failed, in percent (0 when none were attempted) */
    public int renewalFailurePercent() {
        return renewalsAttempted == 0 ? 0 : (int) Math.round(100.0 * renewalsFailed / renewalsAttempted);
    }
}
