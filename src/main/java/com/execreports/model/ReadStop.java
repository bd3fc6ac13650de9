package com.execreports.model;

import java.util.Locale;

/**
 * Where the reading of a source stopped before its end: its time budget was spent (or the run stopped waiting), so its
 * figures hold what was read up to then and no more.
 *
 * @param afterMillis  how long the source had read when it stopped
 * @param budgetMillis the source's budget
 * @param units        how many units (items, objects) were folded before the stop
 * @param unit         what a unit is: "items" for a table, "objects" for a bucket
 * @param why          "budget" (the source's own budget) or "collection closed" (the run's hard timeout)
 */
public record ReadStop(long afterMillis, long budgetMillis, long units, String unit, String why) {

    /** "read stopped after 30 s at 41,200 items; figures from this source are partial". */
    public String text() {
        return "read stopped after " + seconds(afterMillis) + " at " + String.format(Locale.US, "%,d", units) + " " + unit
                + "; figures from this source are partial";
    }

    /** Whole seconds from 10 s on, tenths below, so a tiny budget does not read "after 0 s". */
    static String seconds(long millis) {
        return millis >= 10_000 ? (millis / 1000) + " s" : String.format(Locale.US, "%.1f s", millis / 1000.0);
    }
}
