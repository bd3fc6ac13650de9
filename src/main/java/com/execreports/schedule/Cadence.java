package com.execreports.schedule;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * What one run of a schedule reports on, and how its period is named: a day ({@code 2026-11-23}), an ISO week
 * ({@code 2026-W48}) or a month ({@code 2026-11}). The name keys the archive folder and the delivery ledger, so a daily
 * CEO digest and the weekly CEO report never share one.
 */
public enum Cadence {
    DAY, WEEK, MONTH;

    /** The period holding this local date. */
    public String period(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(date.getYear(), date.getMonthValue());
        };
    }

    /** The period just before the one holding this date, of the same kind: what trends compare with. */
    public String previous(LocalDate date) {
        return period(switch (this) {
            case DAY -> date.minusDays(1);
            case WEEK -> date.minusWeeks(1);
            case MONTH -> date.minusMonths(1);
        });
    }

    /** As written in schedule.NAME.period: day, week or month. */
    public static Cadence parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The kind of a period from its name (the three shapes never overlap); null for none of them. */
    public static Cadence ofPeriod(String period) {
        if (period == null) {
            return null;
        }
        if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY;
        }
        if (period.matches("\\d{4}-W\\d{2}")) {
            return WEEK;
        }
        return period.matches("\\d{4}-\\d{2}") ? MONTH : null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
