package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures read in every report: whole dollars, signed percentages, fixed US formatting. */
public final class Figures {

    private Figures() {
    }

    public static String money(long cents) {
        long dollars = BigDecimal.valueOf(cents).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return (dollars < 0 ? "-$" : "$") + f.format(Math.abs(dollars));
    }

    /** cents ÷ n rounded half-up to a cent, in exact arithmetic (0 when n is 0): averages of money never go through double. */
    public static long divideCents(long cents, long n) {
        return n == 0 ? 0 : BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
    }

    public static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    }

    /** "1 page", "3 pages", "1,204 pages". */
    public static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Percentage of part in whole, whole percent; "n/a" when whole is zero. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : Math.round(100.0 * part / whole) + "%";
    }

    /** Change from before to now as a signed percentage, or "new" when there was nothing before. */
    public static String change(long now, long before) {
        if (now == before) {
            return "no change";
        }
        if (before == 0) {
            return "new";
        }
        long pct = Math.round(100.0 * (now - before) / before);
        return (pct > 0 ? "+" : "") + pct + "%";
    }
}
