package com.execreports.startup;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period as the archive and the ledger name it: an ISO week such as 2026-W48. */
public record IsoWeek(int year, int week) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Refuses a text that is not an ISO week, or a week the year does not have (2026-W53). */
    public static IsoWeek parse(String text) {
        Matcher m = WEEK.matcher(text == null ? "" : text.trim());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            // 28 December is always in the year's last ISO week
            int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (week >= 1 && week <= weeks) {
                return new IsoWeek(year, week);
            }
            throw new IllegalArgumentException("'" + text + "': " + year + " has weeks 01 to " + weeks);
        }
        throw new IllegalArgumentException("'" + text + "' is not an ISO week (expected YYYY-Www such as 2026-W48)");
    }

    @Override
    public String toString() {
        return "%04d-W%02d".formatted(year, week);
    }
}
