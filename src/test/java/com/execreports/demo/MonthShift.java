package com.execreports.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves every date in a text (yyyy-MM-dd, or yyyy-MM alone) by a whole number of months, so a static demo file tells
 * the same story at another time. A month's last day stays its last day (balances and billing periods close months).
 */
record MonthShift(int months) {

    private static final Pattern DATE = Pattern.compile("(?<![0-9])(20[0-9]{2})-([01][0-9])(?:-([0-3][0-9]))?(?![0-9])");

    String shift(String text) {
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            YearMonth moved = month.plusMonths(months);
            String replacement;
            if (m.group(3) == null) {
                replacement = moved.toString();
            } else {
                int day = Integer.parseInt(m.group(3));
                LocalDate date = day == month.lengthOfMonth() ? moved.atEndOfMonth() : moved.atDay(Math.min(day, moved.lengthOfMonth()));
                replacement = date.toString();
            }
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }
}
