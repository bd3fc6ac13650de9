package com.execreports.startup;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Properties whose values are never shown — not in a refusal, not in Camel's start-up property summary:
 * {@code security.*}, names ending in {@code .token} or {@code .key} (or {@code -key}, {@code _token} …) and any name
 * with {@code secret} in it. A key's value shown once in a log is a key to rotate.
 */
public final class SensitiveProperties {

    private static final Pattern SENSITIVE = Pattern.compile("(?i)^security\\.|(?:^|[._-])(?:key|token)$|secret");

    private SensitiveProperties() {
    }

    public static boolean isSensitive(String key) {
        return key != null && SENSITIVE.matcher(key).find();
    }

    /**
     * Camel's additional sensitive keywords ({@code camel.main.additionalSensitiveKeywords}) that mask every sensitive
     * property the service reads in Camel's property summary. Camel compares only a key's last segment (after the
     * last '.', lower case, '-' removed) and its own list already holds {@code token}, {@code secret},
     * {@code secretkey} …; the service's own names, like {@code fingerprint-key}, it does not know.
     */
    public static String camelKeywords() {
        Set<String> words = new LinkedHashSet<>();
        words.add("key");
        for (String key : PropertyCatalog.service().keys()) {
            if (isSensitive(key)) {
                words.add(key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ENGLISH).replace("-", ""));
            }
        }
        return String.join(",", words);
    }

    /** The value as a refusal may show it: sensitive ones not at all. */
    static String shown(String key, String value) {
        return isSensitive(key) ? "(value not shown)" : "'" + value.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
