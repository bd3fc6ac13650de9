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

    /** Money as a subject line or a phone's first screen reads it: "$220", "$9.4k", "$91.9k", "$314k", "$1.06M". */
    public static String compactMoney(long cents) {
        BigDecimal dollars = BigDecimal.valueOf(Math.abs(cents)).movePointLeft(2);
        String sign = cents < 0 ? "-" : "";
        if (dollars.compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return sign + "$" + dollars.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        if (dollars.compareTo(BigDecimal.valueOf(999_500)) < 0) {
            BigDecimal k = dollars.movePointLeft(3);
            int scale = k.compareTo(BigDecimal.valueOf(99.95)) < 0 ? 1 : 0;
            return sign + "$" + k.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        BigDecimal m = dollars.movePointLeft(6);
        int scale = m.compareTo(BigDecimal.valueOf(9.995)) < 0 ? 2 : m.compareTo(BigDecimal.valueOf(99.95)) < 0 ? 1 : 0;
        return sign + "$" + m.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
    }
}
