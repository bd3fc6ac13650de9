package com.execreports.sources;

import java.time.LocalDate;

import com.execreports.model.Run;

/**
 * The dates a source value may hold: from {@link #EARLIEST} to {@value #YEARS_AHEAD} years after the run's as-of date.
 * Nothing the businesses record lies outside it (a booking a few years ahead is the furthest), while a typo such as
 * check-out 9999-12-31 or '+999999999-12-31' would otherwise be spread month by month over millennia; such a date
 * is refused and named like any unreadable value.
 */
record DateWindow(LocalDate earliest, LocalDate latest) {

    /** The Unix epoch: before it no business here kept records, and epoch seconds cannot go below it. */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    /** How far past the as-of date a value may lie: long-range bookings and contract ends, not typos. */
    static final int YEARS_AHEAD = 5;

    /** The window of a run as of {@code asOf}. */
    static DateWindow asOf(LocalDate asOf) {
        return new DateWindow(EARLIEST, asOf.plusYears(YEARS_AHEAD));
    }

    /** The window of a run; with no run (a tool, a test) the window ends {@value #YEARS_AHEAD} years from today. */
    static DateWindow of(Run run) {
        return asOf(run == null ? LocalDate.now() : run.asOf().toLocalDate());
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** "outside 1970-01-01 … 2031-11-23": what a refusal says after the value. */
    String outside() {
        return "outside " + earliest + " … " + latest;
    }
}
