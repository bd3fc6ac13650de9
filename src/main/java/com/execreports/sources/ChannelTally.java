package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.ChannelFacts;
import com.execreports.model.ChannelFacts.BusinessChannels;
import com.execreports.model.ChannelFacts.OtaListing;
import com.execreports.model.Facts;
import com.execreports.sources.CsvRows;

import org.apache.commons.csv.CSVRecord;

/**
 * Folds the marketing exports into {@link ChannelFacts}: the email list ({@code business,email_hash,subscribed_at,
 * source,status}), the marketplace listings ({@code business,platform,listing_url,status,rating,reviews}) and
 * every Search Console export under a prefix ({@code business,page,clicks,impressions,ctr,position}).
 *
 * <p>Rows are streamed and only counted and summed: memory is bounded by businesses × months (sign-ups) plus the
 * listings themselves (a few per business), never by subscribers or pages. Email hashes are not kept. Business ids
 * are lower-cased, as the domain files name them.
 */
public final class ChannelTally implements ObjectTally {

    public static final String KIND = "s3-channels";

    private final String domain;
    private final String source;
    private final String bucket;
    private final String emailKey;
    private final String otaKey;
    private final String seoPrefix;
    private final IssueSample issues = new IssueSample();
    private final SumBound seoSums = new SumBound();
    /** The highest rating any platform gives (Booking.com scores out of 10; the others out of 5). */
    static final BigDecimal MAX_RATING = BigDecimal.TEN;

    private final NamedObjects files;
    private final List<String> seoKeys = new ArrayList<>();
    private boolean listingChecked;
    private boolean emailRead;
    private boolean otaRead;
    private final List<String> seoRead = new ArrayList<>();
    private final SortedMap<String, Business> businesses = new TreeMap<>();

    private DateWindow window = DateWindow.of(null);

    /** The sign-up dates the list may hold: those of the run ({@link DateWindow}). */
    ChannelTally within(DateWindow window) {
        this.window = window;
        return this;
    }

    public ChannelTally(String domain, String source, String bucket, String emailKey, String otaKey, String seoPrefix) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.emailKey = emailKey;
        this.otaKey = otaKey;
        this.seoPrefix = seoPrefix;
        this.files = new NamedObjects(bucket, emailKey, otaKey);
    }

    @Override
    public void inventory(String key, long size) {
        if (files.listed(key)) {
            return;
        }
        if (key.startsWith(seoPrefix) && ObjectTally.endsWithAny(key, ".csv")) {
            seoKeys.add(key);
        }
    }

    /** The email list, the listings and the Search Console exports; a file the listing lacks is recorded as not found. */
    @Override
    public List<String> objectsToRead() {
        List<String> keys = new ArrayList<>(files.toRead(issues));
        if (seoKeys.isEmpty() && !listingChecked) {
            issues.add(bucket + "/" + seoPrefix, "not found: no .csv Search Console export under this prefix");
        }
        listingChecked = true;
        keys.addAll(seoKeys);
        return List.copyOf(keys);
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        String where = bucket + "/" + key;
        CsvRows.read(content, where, issues, rows -> {
            if (key.equals(emailKey)) {
                email(where, rows);
            } else if (key.equals(otaKey)) {
                ota(where, rows);
            } else {
                seo(where, key, rows);
            }
        });
    }

    // ---------------------------------------------------------------- email list

    private void email(String where, CsvRows rows) {
        int business = rows.column("business");
        int subscribedAt = rows.column("subscribed_at");
        int status = rows.column("status");
        if (business < 0 || subscribedAt < 0 || status < 0) {
            issues.add(IssueText.at(where, 1), "header lacks business, subscribed_at or status");
            return;
        }
        emailRead = true;
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            String at = IssueText.at(where, rows.line());
            if (!consistent(at, rows, row)) {
                continue;
            }
            String b = id(row, business);
            String when = CsvRows.value(row, subscribedAt);
            String month = CostExportTally.month(when);
            if (b.isEmpty()) {
                issues.add(at, "no business");
                continue;
            }
            if (month == null) {
                issues.add(at, "subscribed_at " + IssueText.quoted(when) + " is not a date");
                continue;
            }
            if (!window.contains(java.time.LocalDate.parse(when.substring(0, 10)))) {
                issues.add(at, "subscribed_at " + IssueText.quoted(when) + " is out of range (" + window.outside() + ")");
                continue;
            }
            Business acc = business(b);
            switch (CsvRows.value(row, status).toLowerCase(Locale.ROOT)) {
                case "subscribed" -> {
                    acc.subscribed++;
                    acc.stillSubscribed.merge(month, 1L, Long::sum);
                }
                case "unsubscribed" -> acc.unsubscribed++;
                case "bounced" -> acc.bounced++;
                default -> acc.otherStatus++;
            }
            acc.signUps.merge(month, 1L, Long::sum);
        }
    }

    // ---------------------------------------------------------------- marketplace listings

    private void ota(String where, CsvRows rows) {
        int business = rows.column("business");
        int platform = rows.column("platform");
        int url = rows.column("listing_url", "url");
        int status = rows.column("status");
        int rating = rows.column("rating");
        int reviews = rows.column("reviews");
        if (business < 0 || platform < 0) {
            issues.add(IssueText.at(where, 1), "header lacks business or platform");
            return;
        }
        otaRead = true;
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            String at = IssueText.at(where, rows.line());
            if (!consistent(at, rows, row)) {
                continue;
            }
            String b = id(row, business);
            String p = CsvRows.value(row, platform);
            if (b.isEmpty() || p.isEmpty()) {
                issues.add(at, "business and platform are both required");
                continue;
            }
            String ratingText = CsvRows.value(row, rating);
            String reviewsText = CsvRows.value(row, reviews);
            BigDecimal r;
            long n;
            try {
                r = ratingText.isEmpty() ? null : StrictNumbers.within(ratingText, BigDecimal.ZERO, MAX_RATING);
            } catch (StrictNumbers.Refused e) {
                issues.add(at, "rating " + e.verdict("not a number", ratingText, true));
                continue;
            }
            try {
                n = reviewsText.isEmpty() ? 0 : StrictNumbers.count(reviewsText);
            } catch (StrictNumbers.Refused e) {
                issues.add(at, "reviews " + e.verdict("not a whole number", reviewsText, true));
                continue;
            }
            business(b).listings.add(new OtaListing(p, CsvRows.value(row, url), CsvRows.value(row, status), r, n));
        }
    }

    // ---------------------------------------------------------------- Search Console

    private void seo(String where, String key, CsvRows rows) {
        int business = rows.column("business");
        int clicks = rows.column("clicks");
        int impressions = rows.column("impressions");
        int position = rows.column("position");
        if (business < 0 || clicks < 0 || impressions < 0 || position < 0) {
            issues.add(IssueText.at(where, 1), "header lacks business, clicks, impressions or position");
            return;
        }
        seoRead.add(key);
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            String at = IssueText.at(where, rows.line());
            if (!consistent(at, rows, row)) {
                continue;
            }
            String b = id(row, business);
            if (b.isEmpty()) {
                issues.add(at, "no business");
                continue;
            }
            String clicksText = CsvRows.value(row, clicks);
            String impressionsText = CsvRows.value(row, impressions);
            String positionText = CsvRows.value(row, position);
            long c;
            long i;
            BigDecimal p;
            try {
                c = StrictNumbers.count(clicksText);
                i = StrictNumbers.count(impressionsText);
            } catch (StrictNumbers.Refused e) {
                issues.add(at, "clicks " + IssueText.quoted(clicksText) + " or impressions " + IssueText.quoted(impressionsText)
                        + " is not a whole number" + (e.detail == null ? "" : " (" + e.detail + ")"));
                continue;
            }
            try {
                p = StrictNumbers.decimal(positionText);
            } catch (StrictNumbers.Refused e) {
                issues.add(at, "position " + e.verdict("not a number", positionText, true));
                continue;
            }
            if (c < 0 || i < 0 || p.signum() < 0) {
                issues.add(at, "clicks, impressions and position cannot be negative");
                continue;
            }
            if (!seoSums.admit(c, i)) {
                issues.add(at, "clicks " + c + " and impressions " + i + " " + SumBound.REASON);
                continue;
            }
            Business acc = business(b);
            acc.clicks += c;
            acc.impressions += i;
            acc.positionTimesImpressions = acc.positionTimesImpressions.add(p.multiply(BigDecimal.valueOf(i)));
            acc.pages++;
        }
    }

    // ---------------------------------------------------------------- shared

    private boolean consistent(String at, CsvRows rows, CSVRecord row) {
        if (row.size() != rows.width()) {
            issues.add(at, "has " + row.size() + " of " + rows.width() + " columns");
            return false;
        }
        return true;
    }

    private static String id(CSVRecord row, int column) {
        return CsvRows.value(row, column).toLowerCase(Locale.ROOT);
    }

    private Business business(String id) {
        return businesses.computeIfAbsent(id, k -> new Business());
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        SortedMap<String, BusinessChannels> channels = new TreeMap<>();
        businesses.forEach((id, b) -> channels.put(id, b.channels()));
        ChannelFacts data = new ChannelFacts(bucket, emailKey, otaKey, seoPrefix, emailRead, otaRead, List.copyOf(seoRead),
                Collections.unmodifiableSortedMap(channels));
        return Facts.read(runId, domain, source, KIND, bucket, data, issues.kept(), issues.count());
    }

    /** One business's running counts. */
    private static final class Business {
        long subscribed;
        long unsubscribed;
        long bounced;
        long otherStatus;
        final SortedMap<String, Long> signUps = new TreeMap<>();
        final SortedMap<String, Long> stillSubscribed = new TreeMap<>();
        final List<OtaListing> listings = new ArrayList<>();
        long clicks;
        long impressions;
        BigDecimal positionTimesImpressions = BigDecimal.ZERO;
        long pages;

        BusinessChannels channels() {
            // Search Console's own roll-up: each page's average position counts as often as it was shown
            BigDecimal position = impressions == 0 ? null
                    : positionTimesImpressions.divide(BigDecimal.valueOf(impressions), 2, RoundingMode.HALF_UP);
            return new BusinessChannels(subscribed, unsubscribed, bounced, otherStatus,
                    Collections.unmodifiableSortedMap(new TreeMap<>(signUps)), List.copyOf(listings), clicks, impressions,
                    position, pages, Collections.unmodifiableSortedMap(new TreeMap<>(stillSubscribed)));
        }
    }
}
