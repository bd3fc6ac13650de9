package com.execreports.sources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads typed values out of a DynamoDB item the way small businesses actually store them: numbers as N or
 * as text, dates as ISO dates, ISO date-times or epoch seconds. A value that cannot be read throws
 * {@link UnreadableItem} naming the attribute and what it held, quoted by {@link IssueText} (secrets masked,
 * shortened).
 */
final class AttributeReader {

    private final Map<String, AttributeValue> item;
    private final ZoneId zone;

    AttributeReader(Map<String, AttributeValue> item, ZoneId zone) {
        this.item = item;
        this.zone = zone;
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

    String requiredText(String name) {
        String s = text(name);
        if (s == null) {
            throw new UnreadableItem("attribute '" + name + "' is missing");
        }
        return s;
    }

    /** Amount in cents; the attribute holds a decimal amount in the currency's main unit. */
    long cents(String name) {
        String s = requiredText(name);
        try {
            return new BigDecimal(s.replace("$", "").replace(",", "")).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UnreadableItem("attribute '" + name + "' is not an amount: " + IssueText.quoted(s));
        }
    }

    /** A count: a whole number ("3", "3.0"); "3.5" or "1e30" is unreadable rather than silently cut to a long. */
    long longValue(String name, long fallback) {
        String s = text(name);
        if (s == null) {
            return fallback;
        }
        try {
            return new BigDecimal(s).longValueExact();
        } catch (NumberFormatException e) {
            throw new UnreadableItem("attribute '" + name + "' is not a number: " + IssueText.quoted(s));
        } catch (ArithmeticException e) {
            throw new UnreadableItem("attribute '" + name + "' is not a whole number: " + IssueText.quoted(s));
        }
    }

    LocalDate date(String name) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{9,11}")) {
                return Instant.ofEpochSecond(Long.parseLong(s)).atZone(zone).toLocalDate();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(s).atZoneSameInstant(zone).toLocalDate();
            }
            return java.time.LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UnreadableItem("attribute '" + name + "' is not a date: " + IssueText.quoted(s));
        }
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
