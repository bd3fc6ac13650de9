package com.execreports.analysis;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * A figure's last months as eight-level block characters ("▃▅▇█▂▁"), so a phone's first screen shows the shape of the
 * trend in one line of text, the same in the text and the HTML part. The lowest month is the lowest bar and the highest
 * the highest: the shape, not the scale, is what it tells.
 *
 * @param bars   one character per month, oldest first; "" when fewer than two months are known
 * @param months the months drawn, oldest first (yyyy-MM)
 * @param values their values, oldest first
 */
public record Sparkline(String bars, List<String> months, List<Long> values) {

    static final String LEVELS = "▁▂▃▄▅▆▇█";
    static final Sparkline NONE = new Sparkline("", List.of(), List.of());

    /** The last {@code n} months of the history up to {@code last} (inclusive); months the history lacks are left out. */
    static Sparkline of(SortedMap<String, Long> byMonth, String last, int n) {
        List<String> months = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        YearMonth m = YearMonth.parse(last);
        String first = byMonth.isEmpty() ? last : byMonth.firstKey();
        for (int i = n - 1; i >= 0; i--) {
            String key = m.minusMonths(i).toString();
            if (key.compareTo(first) >= 0 && byMonth.containsKey(key)) {
                months.add(key);
                values.add(byMonth.get(key));
            }
        }
        return of(months, values);
    }

    static Sparkline of(List<String> months, List<Long> values) {
        if (values.size() < 2) {
            return NONE;
        }
        long min = values.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder bars = new StringBuilder();
        for (long v : values) {
            int level = max == min ? 3 : (int) Math.round((LEVELS.length() - 1) * (double) (v - min) / (max - min));
            bars.append(LEVELS.charAt(level));
        }
        return new Sparkline(bars.toString(), List.copyOf(months), List.copyOf(values));
    }

    boolean drawn() {
        return !bars.isEmpty();
    }

    /** "Jun–Nov", the months the bars stand for. */
    public String span() {
        if (months.isEmpty()) {
            return "";
        }
        return shortName(months.get(0)) + "–" + shortName(months.get(months.size() - 1));
    }

    /** The bars with their months and end values: "▇▇█▇▃▂ May–Oct: $658k to $293k"; "" when nothing is drawn. */
    public String line() {
        if (!drawn()) {
            return "";
        }
        return bars + " " + span() + ": " + Figures.compactMoney(values.get(0)) + " to " + Figures.compactMoney(values.get(values.size() - 1));
    }

    private static String shortName(String month) {
        return YearMonth.parse(month).getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
    }
}
