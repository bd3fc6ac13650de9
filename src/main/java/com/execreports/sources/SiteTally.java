package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.execreports.model.Facts;
import com.execreports.model.SiteFacts;
import com.execreports.model.SiteFacts.StalePage;

/**
 * Audits a site bucket the way a visitor and a search engine see it: which pages carry an analytics tag or
 * an availability calendar, which marketing copy is stale, and the SEO basics.
 *
 * <p>Copy age comes from the date the page declares (article:modified_time, JSON-LD dateModified), because S3's
 * LastModified is the last deploy, not the last time anyone rewrote the copy.
 */
public final class SiteTally implements ObjectTally {

    private final String domain;
    private final String source;
    private final String bucket;
    private final Map<String, String> analyticsMarkers;
    private final List<String> calendarMarkers;
    private final LocalDate today;
    private final int staleDays;
    private final int maxPageBytes;
    private final IssueSample issues = new IssueSample();

    private long objects;
    private long bytes;
    private final List<String> htmlKeys = new ArrayList<>();
    private boolean sitemap;
    private boolean robots;
    private long htmlPages;
    private long withAnalytics;
    private final TreeSet<String> tags = new TreeSet<>();
    private long withCalendar;
    private final List<StalePage> stale = new ArrayList<>();
    private String newest;
    private final List<String> noTitle = new ArrayList<>();
    private final List<String> noDescription = new ArrayList<>();

    /**
     * @param analyticsMarkers tag name → text that proves it is on a page (e.g. GA4 → "gtag(")
     * @param calendarMarkers  texts that prove an availability calendar is on a page
     */
    public SiteTally(String domain, String source, String bucket, Map<String, String> analyticsMarkers,
                     List<String> calendarMarkers, LocalDate today, int staleDays, int maxPageBytes) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.analyticsMarkers = analyticsMarkers;
        this.calendarMarkers = calendarMarkers;
        this.today = today;
        this.staleDays = staleDays;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public void inventory(String key, long size) {
        objects++;
        bytes += size;
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            htmlKeys.add(key);
        }
        sitemap |= lower.equals("sitemap.xml");
        robots |= lower.equals("robots.txt");
    }

    /** The HTML pages. */
    @Override
    public List<String> objectsToRead() {
        return List.copyOf(htmlKeys);
    }

    /** Reads a page up to the size bound; a larger page is not audited. */
    @Override
    public void read(String key, InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(maxPageBytes + 1);
        if (bytes.length > maxPageBytes) {
            unreadable(key, "page larger than " + maxPageBytes + " bytes; not audited");
            return;
        }
        page(key, new String(bytes, StandardCharsets.UTF_8));
    }

    public void page(String key, String html) {
        htmlPages++;
        String lower = html.toLowerCase(Locale.ROOT);
        boolean tagged = false;
        for (Map.Entry<String, String> marker : analyticsMarkers.entrySet()) {
            if (lower.contains(marker.getValue().toLowerCase(Locale.ROOT))) {
                tags.add(marker.getKey());
                tagged = true;
            }
        }
        if (tagged) {
            withAnalytics++;
        }
        if (calendarMarkers.stream().anyMatch(m -> lower.contains(m.toLowerCase(Locale.ROOT)))) {
            withCalendar++;
        }
        SitePage declared = SitePage.of(html);
        if (!declared.titled()) {
            noTitle.add(key);
        }
        if (!declared.described()) {
            noDescription.add(key);
        }
        String date = declared.declaredModified();
        if (date != null) {
            try {
                LocalDate modified = LocalDate.parse(date);
                DateWindow window = DateWindow.asOf(today);
                if (!window.contains(modified)) {
                    // a page dated 9999 would never read as stale, one dated 1900 as a century old: named, not counted
                    issues.add(bucket + "/" + key, "declared modification date " + IssueText.quoted(date) + " is out of range ("
                            + window.outside() + ")");
                    return;
                }
                if (newest == null || modified.toString().compareTo(newest) > 0) {
                    newest = modified.toString();
                }
                long age = ChronoUnit.DAYS.between(modified, today);
                if (age > staleDays) {
                    stale.add(new StalePage(key, modified.toString(), age));
                }
            } catch (DateTimeParseException e) {
                issues.add(bucket + "/" + key, "declared modification date " + IssueText.quoted(date) + " is not a date");
            }
        }
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        SiteFacts data = new SiteFacts(bucket, objects, bytes, htmlPages, withAnalytics, List.copyOf(tags), withCalendar,
                List.copyOf(stale), newest, List.copyOf(noTitle), List.copyOf(noDescription), sitemap, robots);
        return Facts.read(runId, domain, source, "s3-site", bucket, data, issues.kept(), issues.count());
    }
}
