package com.execreports.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Optional;

/**
 * The anomaly rule for a figure with monthly history (README, "Trends from the data's own history"). A month is
 * anomalous when
 * <ul>
 *   <li>it is the last full month and it moved by at least {@value #THRESHOLD_PERCENT}% against both the month before
 *       and the same month last year, in the same direction, each on a base of at least the figure's minimum; or</li>
 *   <li>it is the last full month and it lies outside the range of the twelve months before it (at least
 *       {@value #MIN_MONTHS} of them known) by at least {@value #OUTSIDE_RANGE_PERCENT}% of the range's nearer end,
 *       the range reaching the minimum (a steady climb does not set off the rule every month); or</li>
 *   <li>it is the month to date and it already exceeds every one of those twelve months, and the figure's minimum,
 *       by the threshold: it can only grow, so no pro rata guess is needed. A month to date is never judged as a full month (a drop waits for the month's end).</li>
 * </ul>
 */
final class MonthlyAnomalies {

    static final int THRESHOLD_PERCENT = 30;
    static final int MIN_MONTHS = 6;
    static final int OUTSIDE_RANGE_PERCENT = 10;

    private MonthlyAnomalies() {
    }

    /**
     * A month that breaks the rule, and the sentence that says so.
     *
     * @param value     the month's figure (month to date for the running month)
     * @param reference what it was set against: the month before for a change, the far end of the year's range otherwise
     */
    record Anomaly(YearMonth month, boolean monthToDate, long value, long reference, String text) {

        boolean drop() {
            return value < reference;
        }
    }

    /**
     * The last full month's anomaly, if any.
     *
     * @param what    the figure's name as a sentence reads it after the month ("bookings"); "" for a count that
     *                names itself ("121 cancellations")
     * @param minBase the smallest base a comparison is made on (a jump from 2 to 5 is no signal)
     */
    static Optional<Anomaly> lastFullMonth(MonthlySeries s, String what, long minBase) {
        YearMonth m = s.lastFull();
        if (!s.hasHistory()) {
            return Optional.empty();
        }
        long now = s.at(m);
        long before = s.at(m.minusMonths(1));
        String lead = s.name(m) + (what.isEmpty() ? ":" : " " + what) + " " + s.format(now) + ": ";
        if (s.covers(m.minusYears(1))) {
            long yearAgo = s.at(m.minusYears(1));
            int vsBefore = percent(now, before, minBase);
            int vsYear = percent(now, yearAgo, minBase);
            if (Math.abs(vsBefore) >= THRESHOLD_PERCENT && Math.abs(vsYear) >= THRESHOLD_PERCENT
                    && Integer.signum(vsBefore) == Integer.signum(vsYear)) {
                return Optional.of(new Anomaly(m, false, now, before, lead + s.changes(m)));
            }
        }
        return range(s, m).filter(r -> r.getMax() >= minBase && (percent(now, r.getMin(), 1) <= -OUTSIDE_RANGE_PERCENT
                        || percent(now, r.getMax(), 1) >= OUTSIDE_RANGE_PERCENT))
                .map(r -> new Anomaly(m, false, now, now < r.getMin() ? r.getMin() : r.getMax(),
                        lead + (now < r.getMin() ? "below" : "above") + " " + rangeText(s, r) + " a month in the last 12 months"));
    }

    /**
     * The month to date's anomaly: already above every full month of the year before, at least by the threshold. A
     * quiet year (its busiest month below the minimum) is measured from the minimum: 60 after at most 7 a month is a
     * spike, 5 after 2 is not.
     */
    static Optional<Anomaly> monthToDate(MonthlySeries s, long minBase) {
        YearMonth m = s.current();
        long now = s.at(m);
        return range(s, m).filter(r -> now >= minBase && percent(now, Math.max(r.getMax(), minBase), minBase) >= THRESHOLD_PERCENT)
                .map(r -> new Anomaly(m, true, now, r.getMax(), s.format(now) + " so far in " + s.name(m)
                        + " (month to date) against " + rangeText(s, r) + " a month in the last 12 months"));
    }

    /** The twelve full months before {@code month}, when enough of them are known. */
    private static Optional<LongSummaryStatistics> range(MonthlySeries s, YearMonth month) {
        List<YearMonth> year = s.yearBefore(month);
        return year.size() < MIN_MONTHS ? Optional.empty()
                : Optional.of(year.stream().mapToLong(s::at).summaryStatistics());
    }

    private static String rangeText(MonthlySeries s, LongSummaryStatistics r) {
        return r.getMin() == r.getMax() ? s.amount(r.getMax()) : s.amount(r.getMin()) + "–" + s.amount(r.getMax());
    }

    /** Signed whole percent of the change, or 0 when the base is below the minimum (no signal). */
    private static int percent(long now, long base, long minBase) {
        return base < minBase || base == 0 ? 0 : (int) Math.round(100.0 * (now - base) / base);
    }
}
