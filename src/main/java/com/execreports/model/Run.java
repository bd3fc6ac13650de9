package com.execreports.model;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * One reporting cycle: every report of a run is rendered from the same snapshot.
 *
 * @param runId  unique id of this cycle (used to correlate source answers)
 * @param period the ISO week being reported, e.g. {@code 2026-W48}; names the archive folder
 * @param asOf   the instant the figures are taken at, in the schedule's time zone
 */
public record Run(String runId, String period, OffsetDateTime asOf) {

    public static Run at(OffsetDateTime asOf, ZoneId zone) {
        OffsetDateTime local = asOf.atZoneSameInstant(zone).toOffsetDateTime();
        String period = week(local);
        String runId = period + "-" + local.toLocalDateTime().toString().replace(":", "").replace("-", "");
        return new Run(runId, period, local);
    }

    /** The day the figures are taken on, in the schedule's time zone: where "last 30 days" and "this month" end. */
    public java.time.LocalDate today() {
        return asOf.toLocalDate();
    }

    /** The schedule's offset at the run, which bare dates and times in the sources are read in. */
    public ZoneId zone() {
        return asOf.getOffset();
    }

    /** The period reported a week before this one: where the trend compares against. */
    public String previousPeriod() {
        return week(asOf.minusWeeks(1));
    }

    private static String week(OffsetDateTime t) {
        return "%d-W%02d".formatted(t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
