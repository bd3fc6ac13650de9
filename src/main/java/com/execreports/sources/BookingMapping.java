package com.execreports.sources;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How one business's bookings table names things, so a table with other attribute names needs only its
 * domain file. Attribute names are checked when the route is built, so a typo fails at start-up.
 */
public record BookingMapping(String id, String amount, String status, String channel, String bookedAt,
                             String serviceDate, String invoice, Set<String> leadStatuses,
                             Set<String> cancelledStatuses) {

    // DynamoDB allows any UTF-8 name, but names in our domain files are identifiers; anything else is a typo
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,254}");

    public BookingMapping {
        for (String[] p : new String[][] {{"idAttribute", id}, {"amountAttribute", amount}, {"statusAttribute", status},
                {"channelAttribute", channel}, {"bookedAtAttribute", bookedAt}, {"serviceDateAttribute", serviceDate},
                {"invoiceAttribute", invoice}}) {
            requireName(p[0], p[1]);
        }
    }

    public static BookingMapping of(String id, String amount, String status, String channel, String bookedAt,
                                    String serviceDate, String invoice, String leadStatuses, String cancelledStatuses) {
        return new BookingMapping(id, amount, status, channel, bookedAt, serviceDate, invoice, values(leadStatuses),
                values(cancelledStatuses));
    }

    static void requireName(String parameter, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("parameter " + parameter + "='" + value
                    + "' is not a valid attribute name (expected letters, digits, '_', '-', '.', starting with a letter)");
        }
    }

    static Set<String> values(String csv) {
        return Arrays.stream(csv.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
