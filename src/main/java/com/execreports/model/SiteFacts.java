package com.execreports.model;

import java.util.List;

/**
 * What a site bucket shows a visitor and a search engine.
 *
 * @param bucket               the S3 bucket serving the site
 * @param objects              objects in the bucket
 * @param bytes                their total size
 * @param htmlPages            HTML pages read
 * @param pagesWithAnalytics   pages carrying an analytics tag
 * @param analyticsTags        which tags were seen (GA4, GTM, Plausible, ...)
 * @param pagesWithCalendar    pages with an availability calendar
 * @param stalePages           marketing pages whose declared last change is older than the stale-copy age
 * @param newestCopy           most recent declared modification of any page (yyyy-MM-dd), or null
 * @param pagesWithoutTitle    pages with no title
 * @param pagesWithoutDescription pages with no meta description
 * @param hasSitemap           sitemap.xml present
 * @param hasRobots            robots.txt present
 */
public record SiteFacts(String bucket, long objects, long bytes, long htmlPages, long pagesWithAnalytics,
                        List<String> analyticsTags, long pagesWithCalendar, List<StalePage> stalePages,
                        String newestCopy, List<String> pagesWithoutTitle, List<String> pagesWithoutDescription,
                        boolean hasSitemap, boolean hasRobots) implements SourceData {

    /** A marketing page not changed for longer than the stale-copy age. */
    public record StalePage(String key, String modified, long ageDays) {
    }
}
