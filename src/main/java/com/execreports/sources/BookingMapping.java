package com.execreports.sources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.execreports.model.Run;

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

    /**
     * The mapping as a route template names it, bound as the template's local bean {@code mapping}: each template
     * parameter ({@code idAttribute}, {@code leadStatuses}, ...) under its own name, so {@code ddb-bookings} and
     * {@code s3-ddb-export} hand their parameters over by name, once, instead of in a 13-argument call. The mapping
     * is checked on the first poll (a bad name fails that source, named, as before) and then kept.
     */
    public static final class Parameters {
        private final Map<String, String> parameters = new HashMap<>();
        private BookingMapping mapping;

        /** The template's parameters by their names; Camel fills it from the bean's {@code parameters[name]} properties. */
        public Map<String, String> getParameters() {
            return parameters;
        }

        /** Opens the fold of one scan of a bookings table ({@code ddb-bookings}). */
        public BookingTally tally(Run run, String domain, String source, String table) {
            return new BookingTally(domain, source, table, mapping(), run.today(), run.zone());
        }

        /** Opens the fold of a bookings table's DynamoDB export in S3 ({@code s3-ddb-export}): the same facts. */
        public BookingExportTally exportTally(Run run, String domain, String source, String bucket) {
            return new BookingExportTally(domain, source, bucket, mapping(), run.today(), run.zone());
        }

        synchronized BookingMapping mapping() {
            if (mapping == null) {
                mapping = of(parameters.get("idAttribute"), parameters.get("amountAttribute"),
                        parameters.get("statusAttribute"), parameters.get("channelAttribute"),
                        parameters.get("bookedAtAttribute"), parameters.get("serviceDateAttribute"),
                        parameters.get("invoiceAttribute"), parameters.getOrDefault("leadStatuses", ""),
                        parameters.getOrDefault("cancelledStatuses", ""));
            }
            return mapping;
        }
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
