package com.execreports.analysis;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.PortfolioSnapshot;

/**
 * One figure's monthly history as the sources keep it (yyyy-MM → value), read from the run's month: its last full
 * month against the month before and the same month a year earlier, and the range of the twelve months before. It
 * gives every report a comparison on the very first run, from the data's own history.
 *
 * @param byMonth  the figure by month; a month inside the history that the map lacks counts as 0 (nothing booked)
 * @param current  the run's month: its value is month to date, never compared as a full month
 * @param noun     what a count counts ("cancellation"); null for money in cents
 */
record MonthlySeries(SortedMap<String, Long> byMonth, YearMonth current, String noun) {

    MonthlySeries {
        byMonth = Collections.unmodifiableSortedMap(new TreeMap<>(byMonth));
    }

    static MonthlySeries money(PortfolioSnapshot snapshot, SortedMap<String, Long> byMonth) {
        return new MonthlySeries(byMonth, YearMonth.from(snapshot.run().asOf()), null);
    }

    static MonthlySeries counts(PortfolioSnapshot snapshot, SortedMap<String, Long> byMonth, String noun) {
        return new MonthlySeries(byMonth, YearMonth.from(snapshot.run().asOf()), noun);
    }

    /** Several sources' histories added month by month (every business's bookings, say). */
    static SortedMap<String, Long> added(List<? extends SortedMap<String, Long>> maps) {
        SortedMap<String, Long> sum = new TreeMap<>();
        maps.forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Long::sum)));
        return sum;
    }

    /** The same history from {@code first} on: the months before it are unknown rather than compared. */
    MonthlySeries from(YearMonth first) {
        return new MonthlySeries(byMonth.tailMap(first.toString()), current, noun);
    }

    /** "$292,919" or "121": the figure alone, as a range "13–24" shows it. */
    String amount(long value) {
        return noun == null ? Figures.money(value) : Figures.count(value);
    }

    /** "$292,919" or "121 cancellations". */
    String format(long value) {
        return noun == null ? Figures.money(value) : Figures.plural(value, noun);
    }

    YearMonth lastFull() {
        return current.minusMonths(1);
    }

    /** True when the history reaches back to that month (a month before the first one recorded is unknown, not 0). */
    boolean covers(YearMonth month) {
        return !byMonth.isEmpty() && !month.isBefore(YearMonth.parse(byMonth.firstKey())) && !month.isAfter(current);
    }

    long at(YearMonth month) {
        return byMonth.getOrDefault(month.toString(), 0L);
    }

    /** Whether any full month before the last one is known: without it there is nothing to compare. */
    boolean hasHistory() {
        return covers(lastFull()) && covers(lastFull().minusMonths(1));
    }

    /** The full months of the year before {@code month} that the history covers, oldest first. */
    List<YearMonth> yearBefore(YearMonth month) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            if (covers(month.minusMonths(i))) {
                months.add(month.minusMonths(i));
            }
        }
        return months;
    }

    /**
     * "October bookings $292,919: -56% on September, -43% on October 2025" — the last full month against the month
     * before and the same month last year (the latter only where the history reaches it); "" without history.
     *
     * @param what the figure as the sentence names it after the month ("bookings"); "" for a count that names itself
     */
    String lastFullMonthChange(String what) {
        if (!hasHistory()) {
            return "";
        }
        YearMonth m = lastFull();
        return name(m) + (what.isEmpty() ? "" : " " + what) + " " + format(at(m)) + ": " + changes(m);
    }

    /** The last full month's changes alone, for a KPI whose value is that month: "" without history. */
    String lastFullMonthChanges() {
        return hasHistory() ? changes(lastFull()) : "";
    }

    /** "-56% on September, -43% on October 2025", the second part only where the history reaches a year back. */
    String changes(YearMonth m) {
        String s = Figures.change(at(m), at(m.minusMonths(1))) + " on " + name(m.minusMonths(1));
        if (covers(m.minusYears(1))) {
            s += ", " + Figures.change(at(m), at(m.minusYears(1))) + " on " + name(m.minusYears(1));
        }
        return s;
    }

    /** "October", or "October 2025" when the month is not of the run's year. */
    String name(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
        return month.getYear() == current.getYear() ? name : name + " " + month.getYear();
    }
}
