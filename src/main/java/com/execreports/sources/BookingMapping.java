package com.execreports.sources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.execreports.model.Run;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteTemplateParameterDefinition;

/**
 * How one business's bookings table names things, so a table with other attribute names needs only its
 * domain file. Attribute names are checked when the route is built, so a typo fails at start-up.
 */
public record BookingMapping(String id, String amount, String status, String channel, String bookedAt,
                             String serviceDate, String invoice, Set<String> leadStatuses,
                             Set<String> cancelledStatuses) {

    /** The template that declares the mapping's parameters, with their defaults; s3-ddb-export takes them undeclared. */
    public static final String DECLARED_BY = "ddb-bookings";

    /** The mapping's template parameters, as {@value #DECLARED_BY} declares them. */
    public static final List<String> PARAMETERS = List.of("idAttribute", "amountAttribute", "statusAttribute",
            "channelAttribute", "bookedAtAttribute", "serviceDateAttribute", "invoiceAttribute", "leadStatuses",
            "cancelledStatuses");

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
     * The mapping by its template parameters' names ({@code idAttribute}, {@code leadStatuses}, ...), as
     * {@link BookingMappings} reads them from a route. The mapping is checked on the first poll (a bad name fails that
     * source, named, as before) and then kept.
     */
    public static final class Parameters {
        private final Map<String, String> parameters = new HashMap<>();
        private BookingMapping mapping;

        /** The template's parameters by their names. */
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

    /** The mapping parameters of a route made from a template: {@value #DECLARED_BY}'s defaults, then those it was given. */
    static Map<String, String> ofRoute(CamelContext camel, String routeId) {
        Model model = camel.getCamelContextExtension().getContextPlugin(Model.class);
        Map<String, String> parameters = new HashMap<>();
        for (RouteTemplateParameterDefinition p : model.getRouteTemplateDefinition(DECLARED_BY).getTemplateParameters()) {
            if (PARAMETERS.contains(p.getName()) && p.getDefaultValue() != null) {
                parameters.put(p.getName(), p.getDefaultValue());
            }
        }
        model.getRouteDefinition(routeId).getTemplateParameters().forEach((name, value) -> {
            if (PARAMETERS.contains(name) && value != null) {
                // a domain file may give a property placeholder, as the template's own {{name}} resolved it
                parameters.put(name, camel.resolvePropertyPlaceholders(String.valueOf(value)));
            }
        });
        return parameters;
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
