package com.execreports.sources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one site page declares for the audit, read the way a browser and a search engine read it: parsed by jsoup,
 * so attributes in any order, any case, any quoting (or none) and tags across lines count, and a page of unclosed
 * tags costs linear time. The caller bounds the page's size before it gets here.
 *
 * @param titled          a {@code <title>} with text (an empty or blank one is no title)
 * @param described       a {@code <meta name="description">}
 * @param declaredModified the date the copy says it was last changed, as written ({@code yyyy-MM-dd}), or null:
 *                        {@code article:modified_time} first, then JSON-LD {@code dateModified}
 */
record SitePage(boolean titled, boolean described, String declaredModified) {

    /** JSON-LD is JSON, not HTML: jsoup hands over the script's text and this finds the key in it. */
    private static final Pattern JSON_LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");

    static SitePage of(String html) {
        Document page = Jsoup.parse(html);
        boolean titled = page.select("title").stream().anyMatch(t -> !t.text().isBlank());
        boolean described = !page.select("meta[name=description]").isEmpty();
        return new SitePage(titled, described, declaredModified(page));
    }

    private static String declaredModified(Document page) {
        for (Element meta : page.select("meta[property=article:modified_time], meta[name=article:modified_time]")) {
            String content = meta.attr("content").trim();
            if (startsWithDate(content)) {
                return content.substring(0, 10);
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_MODIFIED.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** {@code 2026-11-01} or {@code 2026-11-01T08:00:00-08:00}: the date part is what the audit ages. */
    private static boolean startsWithDate(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
