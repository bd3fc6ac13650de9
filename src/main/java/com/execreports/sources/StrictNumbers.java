package com.execreports.sources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of money, counts and rates for every source: what a US spreadsheet or a DynamoDB attribute holds
 * ("1,234.56", "$1,200.00", "-0", " 12 ", "3.0", "1.2E-5"), and nothing a person could read two ways. A decimal comma
 * ("1,5") or mixed separators ("1.234,56") is refused rather than guessed; grouping commas are accepted only in
 * well-formed threes before the point ("1,234", "1,234.56").
 *
 * <p>Everything is bounded before {@link BigDecimal} sees it: at most {@value #MAX_CHARS} characters, an exponent of
 * at most two digits, a magnitude of at most {@link #MAX_AMOUNT} (10^15 cents) — so "1e100000000" is refused at once
 * instead of running for minutes, and no value can make a sum or a snapshot blow up. A refusal is a
 * {@link Refused} saying what is wrong in words a bookkeeper reads; the caller names the cell or attribute and where.
 */
final class StrictNumbers {

    /** Longer than any amount a person types (10 trillion with cents and grouping is 22 characters). */
    static final int MAX_CHARS = 40;

    /** The largest amount read, in the currency's main unit: 10^13, i.e. 10^15 cents. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(13);

    /** The largest cents value an amount yields (10^15): a {@code long} holds over 9,000 of them before overflowing. */
    static final long MAX_CENTS = 1_000_000_000_000_000L;

    /** The largest count read (clicks, reviews, renewal attempts): 10^12. */
    static final long MAX_COUNT = 1_000_000_000_000L;

    // sign, an optional "$" on either side of it, digits grouped by well-formed thousands commas or not at all, an
    // optional fraction, an optional exponent of at most two digits; at least one digit before or after the point
    private static final Pattern NUMBER = Pattern.compile(
            "(?<sign>[+-]?)\\$?(?<sign2>[+-]?)(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(?<frac>\\d+))?(?:[eE](?<exp>[+-]?\\d{1,2}))?");
    // what a European spreadsheet writes: "1,5", "1.234,56", "1.234.567"
    private static final Pattern EUROPEAN = Pattern.compile("[+-]?\\$?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|[+-]?\\$?\\d+,\\d+");

    // an exponent of three digits or more: refused by its length alone, before any arithmetic
    private static final Pattern HUGE_EXPONENT = Pattern.compile("[+-]?\\$?[\\d,]*\\.?\\d*[eE][+-]?\\d{3,}");

    private StrictNumbers() {
    }

    /** A decimal in the currency's main unit (or any quantity), at most {@link #MAX_AMOUNT} either side of zero. */
    static BigDecimal decimal(String text) {
        String s = checkedLength(text);
        Matcher m = NUMBER.matcher(s);
        if (!m.matches() || m.group("int") == null && m.group("frac") == null
                || !m.group("sign").isEmpty() && !m.group("sign2").isEmpty()) {
            if (s.indexOf(',') >= 0 && EUROPEAN.matcher(s).matches()) {
                throw new Refused(Refused.Kind.MALFORMED, "a decimal comma or mixed separators; write 1234.56");
            }
            if (HUGE_EXPONENT.matcher(s).matches()) {
                throw new Refused(Refused.Kind.OUT_OF_RANGE, "beyond " + plain(MAX_AMOUNT));
            }
            throw new Refused(Refused.Kind.MALFORMED, null);
        }
        String sign = m.group("sign").isEmpty() ? m.group("sign2") : m.group("sign");
        String digits = (m.group("int") == null ? "0" : m.group("int").replace(",", ""))
                + (m.group("frac") == null ? "" : "." + m.group("frac"))
                + (m.group("exp") == null ? "" : "E" + m.group("exp"));
        BigDecimal value = new BigDecimal(("-".equals(sign) ? "-" : "") + digits); // bounded: 40 characters, |exp| < 100
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new Refused(Refused.Kind.OUT_OF_RANGE, "beyond " + plain(MAX_AMOUNT));
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value; // "-0" is zero, not a negative amount
    }

    /** An amount in the currency's main unit as cents, rounded half up to the cent. */
    static long cents(String text) {
        return decimal(text).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(); // ≤ 10^15
    }

    /**
     * A count: whole ("3", "3.0", "1,204"), at most {@link #MAX_COUNT} either side of zero; whether a negative count
     * makes sense is the caller's to say.
     */
    static long count(String text) {
        BigDecimal value = decimal(text);
        if (value.abs().compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0) {
            throw new Refused(Refused.Kind.OUT_OF_RANGE, "beyond " + plain(BigDecimal.valueOf(MAX_COUNT)));
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new Refused(Refused.Kind.NOT_WHOLE, null);
        }
    }

    /** A rate or score (a rating, a position) from {@code min} to {@code max}. */
    static BigDecimal within(String text, BigDecimal min, BigDecimal max) {
        BigDecimal value = decimal(text);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new Refused(Refused.Kind.OUT_OF_RANGE, "outside " + plain(min) + " to " + plain(max));
        }
        return value;
    }

    private static String checkedLength(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused(Refused.Kind.BLANK, null);
        }
        if (text.startsWith("[redacted ")) {
            // a credential pasted where a number belongs, already redacted where it was read: not a number, whatever its length
            throw new Refused(Refused.Kind.MALFORMED, null);
        }
        if (text.length() > MAX_CHARS * 4) {
            throw new Refused(Refused.Kind.TOO_LONG, "longer than " + MAX_CHARS + " characters");
        }
        String s = text.strip();
        if (s.length() > MAX_CHARS) {
            throw new Refused(Refused.Kind.TOO_LONG, "longer than " + MAX_CHARS + " characters");
        }
        return s;
    }

    private static String plain(BigDecimal value) {
        return String.format(java.util.Locale.ROOT, "%,d", value.toBigIntegerExact());
    }

    /**
     * Why a value was not read. {@link Kind#MALFORMED} and {@link Kind#NOT_WHOLE} keep the wording each source has
     * always used ("is not a number", "is not an amount", "is not a whole number"); the detail, when there is one,
     * says more ("a decimal comma …", "beyond 10,000,000,000,000").
     */
    static final class Refused extends RuntimeException {

        enum Kind { BLANK, MALFORMED, NOT_WHOLE, OUT_OF_RANGE, TOO_LONG }

        final Kind kind;
        final String detail;

        Refused(Kind kind, String detail) {
            super(kind + (detail == null ? "" : ": " + detail), null, false, false);
            this.kind = kind;
            this.detail = detail;
        }

        /**
         * "is not a number: '1,5' (a decimal comma …)", "is out of range: '1e30' (beyond …)": the verdict on a
         * value, quoted (secrets masked, shortened), after the caller's name for it.
         *
         * @param malformed how this source says the value is not readable at all ("not a number", "not an amount")
         * @param quoteFirst true for "'1e30' is out of range (…)", false for "is out of range: '1e30' (…)"
         */
        String verdict(String malformed, String raw, boolean quoteFirst) {
            String what = switch (kind) {
                case BLANK -> "blank";
                case MALFORMED -> malformed;
                case NOT_WHOLE -> "not a whole number";
                case OUT_OF_RANGE -> "out of range";
                case TOO_LONG -> "too long";
            };
            if (kind == Kind.BLANK) {
                return "is blank";
            }
            String more = detail == null ? "" : " (" + detail + ")";
            return quoteFirst ? IssueText.quoted(raw) + " is " + what + more : "is " + what + ": " + IssueText.quoted(raw) + more;
        }
    }
}
