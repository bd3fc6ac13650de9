package com.execreports.sources;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site audit's markers as a domain file writes them; read the same way by the start-up check and by the source,
 * so what passes at start-up is what the source uses.
 */
public final class SiteMarkers {

    private SiteMarkers() {
    }

    /** {@code "Name=text;Name=text"} → tag name → text that proves it is on a page; refuses a pair that is not Name=text. */
    public static Map<String, String> analytics(String markers) {
        Map<String, String> analytics = new LinkedHashMap<>();
        for (String pair : markers.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("parameter analyticsMarkers: '" + pair + "' is not Name=marker");
            }
            analytics.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return analytics;
    }

    /** {@code "text;text"} → the texts, blanks dropped. */
    public static List<String> calendar(String markers) {
        return Arrays.stream(markers.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
