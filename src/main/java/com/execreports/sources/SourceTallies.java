package com.execreports.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.execreports.model.Run;

/**
 * Opens the tally a source template folds into, from the template's parameters. Bound as {@code tallies};
 * a parameter that cannot be right (an invalid attribute name, a bad number) fails with its name.
 */
public final class SourceTallies {

    private final int staleCopyDays;
    private final int maxPageBytes;

    public SourceTallies(int staleCopyDays, int maxPageBytes) {
        this.staleCopyDays = staleCopyDays;
        this.maxPageBytes = maxPageBytes;
    }

    public SubscriptionTally subscriptions(Run run, String domain, String source, String table, String idAttribute,
                                           String statusAttribute, String monthlyAmountAttribute,
                                           String renewalAttemptsAttribute, String renewalFailuresAttribute,
                                           String lastRenewalStatusAttribute, String cancelledAtAttribute,
                                           String activeStatuses) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("idAttribute", idAttribute);
        attributes.put("statusAttribute", statusAttribute);
        attributes.put("monthlyAmountAttribute", monthlyAmountAttribute);
        attributes.put("renewalAttemptsAttribute", renewalAttemptsAttribute);
        attributes.put("renewalFailuresAttribute", renewalFailuresAttribute);
        attributes.put("lastRenewalStatusAttribute", lastRenewalStatusAttribute);
        attributes.put("cancelledAtAttribute", cancelledAtAttribute);
        return new SubscriptionTally(domain, source, table, attributes, activeStatuses, run.today(), run.zone());
    }

    /**
     * @param analyticsMarkers "Name=marker;Name=marker", e.g. {@code GA4=gtag(;GTM=googletagmanager.com/gtm.js}
     * @param calendarMarkers  "marker;marker"
     */
    public SiteTally site(Run run, String domain, String source, String bucket, String analyticsMarkers,
                          String calendarMarkers) {
        Map<String, String> analytics = SiteMarkers.analytics(analyticsMarkers);
        List<String> calendar = SiteMarkers.calendar(calendarMarkers);
        return new SiteTally(domain, source, bucket, analytics, calendar, run.today(), staleCopyDays, maxPageBytes);
    }
}
