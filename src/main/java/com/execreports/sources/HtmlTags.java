package com.execreports.sources;

import java.util.Locale;

/**
 * The SEO basics of a page found by walking its tags once, left to right: a regex such as {@code <meta\s+[^>]*name=…}
 * backtracks over the rest of the page at every {@code <meta} that has no {@code >}, and a 2 MB page of them took
 * the site audit minutes. Each tag here is bounded by the first {@code >} after it, and when there is none, no later
 * tag can close either, so the walk stops: linear in the page.
 */
final class HtmlTags {

    private HtmlTags() {
    }

    /** A {@code <title>} followed by text (whitespace skipped) rather than by the next tag. */
    static boolean hasTitle(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int open = lower.indexOf("<title", from);
            if (open < 0) {
                return false;
            }
            int close = lower.indexOf('>', open);
            if (close < 0) {
                return false;
            }
            int i = close + 1;
            while (i < html.length() && isSpace(html.charAt(i))) {
                i++;
            }
            if (i < html.length() && html.charAt(i) != '<') {
                return true;
            }
            from = close + 1;
        }
    }

    /** A {@code <meta … name="description" …>} (either quote, any case). */
    static boolean hasDescription(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int open = lower.indexOf("<meta", from);
            if (open < 0) {
                return false;
            }
            int after = open + "<meta".length();
            if (after >= lower.length() || !isSpace(lower.charAt(after))) {
                from = after; // "<metadata": not a meta tag
                continue;
            }
            int close = lower.indexOf('>', after);
            if (close < 0) {
                return false;
            }
            if (namesDescription(lower, after, close)) {
                return true;
            }
            from = close + 1;
        }
    }

    private static boolean namesDescription(String lower, int from, int to) {
        int at = from;
        while (true) {
            int name = lower.indexOf("name=", at);
            if (name < 0 || name >= to) {
                return false;
            }
            int value = name + "name=".length();
            int end = value + 1 + "description".length();
            if (end < to && isQuote(lower.charAt(value)) && lower.startsWith("description", value + 1)
                    && isQuote(lower.charAt(end))) {
                return true;
            }
            at = value;
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    // what \s is in a Java regex, so pages are judged as the regexes this replaces judged them
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
