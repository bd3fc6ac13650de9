package com.execreports.sources;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * How old a source's facts may be when a scheduled run uses them, by source kind (sources.&lt;kind&gt;.max-age-hours):
 * older facts are a named gap, as a failed source is.
 */
public final class SourceFreshness {

    private static final Duration AFTER_AS_OF = Duration.ofMinutes(1);

    private final Map<String, Duration> maxAgeByKind;
    private final Duration fallback;

    /** @param fallback for a kind with no limit of its own (a template added without one) */
    public SourceFreshness(Map<String, Duration> maxAgeByKind, Duration fallback) {
        this.maxAgeByKind = Map.copyOf(maxAgeByKind);
        this.fallback = fallback;
    }

    public Duration maxAge(String kind) {
        return kind == null ? fallback : maxAgeByKind.getOrDefault(kind, fallback);
    }

    /** Whether facts read at {@code readAt} may stand for the figures as of {@code asOf}. */
    public boolean fresh(String kind, OffsetDateTime readAt, OffsetDateTime asOf) {
        // facts read after the as-of (a re-run of a past week) describe a later state than the run's; a minute of slack
        // for a timer's read that started with the schedule's run
        return !readAt.isBefore(asOf.minus(maxAge(kind))) && !readAt.isAfter(asOf.plus(AFTER_AS_OF));
    }

    /** "12 h" or "2 days": a limit as the reports say it. */
    static String say(Duration d) {
        long hours = d.toHours();
        return hours % 24 == 0 && hours >= 48 ? hours / 24 + " days" : hours + " h";
    }
}
