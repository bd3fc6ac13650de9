package com.execreports.sources;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.Facts;
import com.execreports.model.SubscriptionFacts;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Folds a subscriptions table into recurring revenue, renewal failures and churn by month. */
public final class SubscriptionTally implements ItemTally {

    private static final int SAMPLE = 5;

    private final String domain;
    private final String source;
    private final String table;
    private final String monthlyAmountAttribute;
    private final String renewalAttemptsAttribute;
    private final String renewalFailuresAttribute;
    private final String lastRenewalAttribute;
    private final String cancelledAtAttribute;
    private final Set<String> activeStatuses;
    private final SumBound cents = new SumBound();
    private final SumBound counts = new SumBound();
    private final SumBound renewalCents = new SumBound();
    private long paidRenewals;
    private long failedRenewals;
    private final IssueSample issues = new IssueSample(true); // a table may be read in parallel segments
    private final TableItems items;

    private long subscriptions;
    private long active;
    private long mrr;
    private long attempts;
    private long failures;
    private final SortedMap<String, Long> byStatus = new TreeMap<>();
    private final SortedMap<String, Long> cancelledByMonth = new TreeMap<>();
    // the smallest ids, not the first seen: the same evidence whatever order the pages arrive in
    private final java.util.TreeSet<String> failedSample = new java.util.TreeSet<>();

    public SubscriptionTally(String domain, String source, String table, Map<String, String> attributes,
                             String activeStatuses, LocalDate today, ZoneId zone) {
        this.domain = domain;
        this.source = source;
        this.table = table;
        this.items = new TableItems(attribute(attributes, "idAttribute"), attribute(attributes, "statusAttribute"), zone,
                DateWindow.asOf(today), issues);
        this.monthlyAmountAttribute = attribute(attributes, "monthlyAmountAttribute");
        this.renewalAttemptsAttribute = attribute(attributes, "renewalAttemptsAttribute");
        this.renewalFailuresAttribute = attribute(attributes, "renewalFailuresAttribute");
        this.lastRenewalAttribute = attribute(attributes, "lastRenewalStatusAttribute");
        this.cancelledAtAttribute = attribute(attributes, "cancelledAtAttribute");
        this.activeStatuses = BookingMapping.values(activeStatuses);
    }

    private static String attribute(Map<String, String> attributes, String parameter) {
        String v = attributes.get(parameter);
        BookingMapping.requireName(parameter, v);
        return v;
    }

    @Override
    public void fold(Map<String, AttributeValue> item) {
        subscriptions++;
        items.fold(item, table, this::fold);
    }

    private void fold(AttributeReader read, String id, String status) {
        // read everything before counting anything, so an unreadable item is left out whole
        long monthly = read.cents(monthlyAmountAttribute);
        long itemAttempts = read.longValue(renewalAttemptsAttribute, 0);
        long itemFailures = read.longValue(renewalFailuresAttribute, 0);
        String last = read.text(lastRenewalAttribute);
        LocalDate cancelledAt = read.date(cancelledAtAttribute);
        if (!cents.admit(monthly)) {
            throw AttributeReader.overflow(monthlyAmountAttribute, monthly);
        }
        if (!counts.admit(itemAttempts, itemFailures)) {
            throw new AttributeReader.UnreadableItem("attributes '" + renewalAttemptsAttribute + "' and '"
                    + renewalFailuresAttribute + "' (" + itemAttempts + ", " + itemFailures + ") " + SumBound.REASON);
        }
        long[] renewals = renewalCents(monthly, itemAttempts, itemFailures);

        byStatus.merge(status, 1L, Long::sum);
        if (activeStatuses.contains(status)) {
            active++;
            mrr += monthly;
        }
        attempts += itemAttempts;
        failures += itemFailures;
        paidRenewals += renewals[0];
        failedRenewals += renewals[1];
        if (last != null && last.toLowerCase(Locale.ROOT).startsWith("fail")) {
            failedSample.add(id);
            if (failedSample.size() > SAMPLE) {
                failedSample.pollLast();
            }
        }
        if (cancelledAt != null) {
            cancelledByMonth.merge(cancelledAt.toString().substring(0, 7), 1L, Long::sum);
        }
    }

    /**
     * What the item's renewals brought in and what its failed ones would have: each renewal is one month at the monthly
     * price. Refused, like any sum that could overflow, before anything is counted.
     */
    private long[] renewalCents(long monthly, long itemAttempts, long itemFailures) {
        try {
            long paid = Math.multiplyExact(Math.max(0, itemAttempts - itemFailures), monthly);
            long failed = Math.multiplyExact(itemFailures, monthly);
            if (renewalCents.admit(paid, failed)) {
                return new long[] {paid, failed};
            }
        } catch (ArithmeticException overflow) {
            // named below
        }
        throw new AttributeReader.UnreadableItem("renewals × '" + monthlyAmountAttribute + "' (" + itemAttempts + " × " + monthly
                + " cents) " + SumBound.REASON);
    }

    @Override
    public Facts facts(String runId) {
        SubscriptionFacts data = new SubscriptionFacts(table, subscriptions, byStatus, active, mrr, attempts, failures,
                List.copyOf(failedSample), cancelledByMonth, paidRenewals, failedRenewals);
        return Facts.read(runId, domain, source, "ddb-subscriptions", table, data, issues.kept(), issues.count());
    }
}
