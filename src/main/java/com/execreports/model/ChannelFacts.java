package com.execreports.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the marketing exports say about each business's channels: its email list, its listings on travel and
 * service marketplaces (OTAs), and its Google Search Console performance. A business absent from every file
 * has no entry; {@link #forBusiness} answers it with zeros.
 *
 * @param bucket     the S3 bucket holding the exports
 * @param emailKey   the subscribers export
 * @param otaKey     the OTA listings export
 * @param seoPrefix  the prefix of the Search Console exports
 * @param emailRead  the subscribers export was found and read: without it, zero subscribers means nothing
 * @param otaRead    the listings export was found and read: without it, no listing means nothing
 * @param seoFiles   the Search Console exports read (their SEO figures are summed)
 * @param businesses business id → its channels
 */
public record ChannelFacts(String bucket, String emailKey, String otaKey, String seoPrefix, boolean emailRead,
                           boolean otaRead, List<String> seoFiles, SortedMap<String, BusinessChannels> businesses)
        implements SourceData {

    /** The channels of one business; all zeros when no file mentions it. */
    public BusinessChannels forBusiness(String business) {
        return businesses.getOrDefault(business, BusinessChannels.NONE);
    }

    /**
     * @param emailSubscribed       subscribers whose status is subscribed
     * @param emailUnsubscribed     status unsubscribed
     * @param emailBounced          status bounced
     * @param emailOther            any other status (pending, cleaned, complained, ...)
     * @param newSubscribersByMonth sign-ups by month of {@code subscribed_at} (yyyy-MM, as written), whatever their status now
     * @param otaListings           its marketplace listings, in file order
     * @param seoClicks             Search Console clicks, all pages and files
     * @param seoImpressions        Search Console impressions
     * @param seoAveragePosition    average position weighted by impressions (2 decimals), or null without impressions
     * @param seoPages              page rows in the Search Console exports
     * @param stillSubscribedByMonth of {@code newSubscribersByMonth}, those whose status is subscribed now: the sign-ups
     *                              that stayed
     */
    public record BusinessChannels(long emailSubscribed, long emailUnsubscribed, long emailBounced, long emailOther,
                                   SortedMap<String, Long> newSubscribersByMonth, List<OtaListing> otaListings,
                                   long seoClicks, long seoImpressions, BigDecimal seoAveragePosition, long seoPages,
                                   SortedMap<String, Long> stillSubscribedByMonth) {

        public static final BusinessChannels NONE =
                new BusinessChannels(0, 0, 0, 0, Collections.unmodifiableSortedMap(new TreeMap<>()), List.of(), 0, 0, null, 0);

        public BusinessChannels {
            // snapshots archived before sign-ups were split by status have no such field
            stillSubscribedByMonth = stillSubscribedByMonth == null ? Collections.unmodifiableSortedMap(new TreeMap<>())
                    : stillSubscribedByMonth;
        }

        public BusinessChannels(long emailSubscribed, long emailUnsubscribed, long emailBounced, long emailOther,
                                SortedMap<String, Long> newSubscribersByMonth, List<OtaListing> otaListings, long seoClicks,
                                long seoImpressions, BigDecimal seoAveragePosition, long seoPages) {
            this(emailSubscribed, emailUnsubscribed, emailBounced, emailOther, newSubscribersByMonth, otaListings, seoClicks,
                    seoImpressions, seoAveragePosition, seoPages, null);
        }

        /** Everyone who left the list: unsubscribed or bounced. */
        public long emailLeft() {
            return emailUnsubscribed + emailBounced;
        }

        /** Everyone on the list, whatever their status. */
        public long emailRows() {
            return emailSubscribed + emailUnsubscribed + emailBounced + emailOther;
        }
    }

    /**
     * One marketplace listing.
     *
     * @param rating  the listing's rating as published (e.g. 4.87), or null when it has none yet
     * @param reviews reviews behind that rating
     */
    public record OtaListing(String platform, String url, String status, BigDecimal rating, long reviews) {
    }
}
