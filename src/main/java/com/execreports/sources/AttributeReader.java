package com.execreports.sources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads typed values out of a DynamoDB item the way small businesses actually store them: numbers as N or
 * as text, dates as ISO dates, ISO date-times or epoch seconds. Numbers are read by {@link StrictNumbers}, dates
 * within a {@link DateWindow}. A value that cannot be read throws
 * {@link UnreadableItem} naming the attribute and what it held, quoted by {@link IssueText} (secrets masked,
 * shortened).
 */
final class AttributeReader {

    /** Longer than any ISO date-time with nanoseconds and an offset ("2026-11-23T07:00:00.123456789-08:00"). */
    static final int MAX_DATE_CHARS = 40;

    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,11}");
    private static final Pattern WITH_OFFSET = Pattern.compile("[+-]\\d\\d:\\d\\d$");

    private final Map<String, AttributeValue> item;
    private final ZoneId zone;
    private final DateWindow window;

    AttributeReader(Map<String, AttributeValue> item, ZoneId zone, DateWindow window) {
        this.item = item;
        this.zone = zone;
        this.window = window;
    }

    String text(String name) {
        AttributeValue v = item.get(name);
        if (v == null || Boolean.TRUE.equals(v.nul())) {
            return null;
        }
        if (v.s() != null) {
            // the choke point of every text attribute: a pasted key is redacted before any tally keeps it
            return v.s().isBlank() ? null : PastedSecrets.attribute(v.s().trim(), name);
        }
        if (v.n() != null) {
            return v.n();
        }
        if (v.bool() != null) {
            return v.bool().toString();
        }
        throw new UnreadableItem("attribute '" + name + "' is not a string or number");
    }

    /** An amount's cents did not fit the tally's sums ({@link SumBound}): the item is left out, named. */
    static UnreadableItem overflow(String name, long cents) {
        return new UnreadableItem("attribute '" + name + "' (" + cents + " cents) " + SumBound.REASON);
    }

    /**
     * The status of an item, lower-cased as statuses are matched, after its id: an item without its id, or with an
     * id of another type, is named and left out.
     */
    String requiredStatus(String idName, String statusName) {
        requiredText(idName);
        return requiredText(statusName).toLowerCase(java.util.Locale.ROOT);
    }

    String requiredText(String name) {
        String s = text(name);
        if (s == null) {
            throw new UnreadableItem("attribute '" + name + "' is missing");
        }
        return s;
    }

    /** Amount in cents; the attribute holds a decimal amount in the currency's main unit ({@link StrictNumbers}). */
    long cents(String name) {
        String s = requiredText(name);
        try {
            return StrictNumbers.cents(s);
        } catch (StrictNumbers.Refused e) {
            throw new UnreadableItem("attribute '" + name + "' " + e.verdict("not an amount", s, false));
        }
    }

    /** A count: a whole number ("3", "3.0"); "3.5" or "1e30" is unreadable rather than silently cut to a long. */
    long longValue(String name, long fallback) {
        String s = text(name);
        if (s == null) {
            return fallback;
        }
        try {
            return StrictNumbers.count(s);
        } catch (StrictNumbers.Refused e) {
            throw new UnreadableItem("attribute '" + name + "' " + e.verdict("not a number", s, false));
        }
    }

    /** A quantity (nautical miles, hours): any number {@link StrictNumbers} reads, bounded. */
    BigDecimal quantity(String name) {
        String s = requiredText(name);
        try {
            return StrictNumbers.decimal(s);
        } catch (StrictNumbers.Refused e) {
            throw new UnreadableItem("attribute '" + name + "' " + e.verdict("not a number", s, false));
        }
    }

    /**
     * An ISO date, an ISO date-time (with or without offset) or epoch seconds, within the run's {@link DateWindow}:
     * a check-out of 9999-12-31 is refused here rather than spread over 95,679 months by whoever reads it.
     */
    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        LocalDate date;
        try {
            if (s.length() > MAX_DATE_CHARS) {
                throw new DateTimeParseException("too long", s, 0);
            }
            if (EPOCH_SECONDS.matcher(s).matches()) {
                date = Instant.ofEpochSecond(Long.parseLong(s)).atZone(zone).toLocalDate();
            } else if (s.length() == 10) {
                date = LocalDate.parse(s);
            } else if (s.endsWith("Z") || WITH_OFFSET.matcher(s).find()) {
                date = OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDate();
            } else {
                date = java.time.LocalDateTime.parse(s).toLocalDate();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new UnreadableItem("attribute '" + name + "' is not a date: " + IssueText.quoted(s));
        }
        if (!window.contains(date)) {
            throw new UnreadableItem("attribute '" + name + "' is out of range: " + IssueText.quoted(s) + " ("
                    + window.outside() + ")");
        }
        return date;
    }

    LocalDate requiredDate(String name) {
        LocalDate d = date(name);
        if (d == null) {
            throw new UnreadableItem("attribute '" + name + "' is missing");
        }
        return d;
    }

    /** An item that cannot be folded; it is counted and sampled, never fatal. */
    static final class UnreadableItem extends RuntimeException {
        UnreadableItem(String message) {
            super(message, null, false, false);
        }
    }
}
