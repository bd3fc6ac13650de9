package com.execreports.sources;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.execreports.model.Run;

/**
 * Opens the fold ({@code *Tally}) of a DynamoDB source template's poll from the template's parameters:
 * {@code ddb-subscriptions} and {@code ddb-operations} (stays, delivery jobs); {@code ddb-bookings} opens its own
 * through {@link BookingMappings}. Bound as {@code ddbTallyFactory}; a parameter that cannot be right fails
 * with its name. Optional attributes are blank when a business has none.
 */
public final class DdbTallyFactory {

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,254}");

    public SubscriptionTally subscriptions(Run run, String domain, String source, String table, String idAttribute,
                                           String statusAttribute, String monthlyAmountAttribute,
                                           String renewalAttemptsAttribute, String renewalFailuresAttribute,
                                           String lastRenewalStatusAttribute, String cancelledAtAttribute,
                                           String activeStatuses) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("idAttribute", idAttribute);
        attributes.put("statusAttribute", statusAttribute);
        attributes.put("monthlyAmountAttribute", monthlyAmountAttribute);
        attributes.put("renewalAttemptsAttribute", renewalAttemptsAttribute);
        attributes.put("renewalFailuresAttribute", renewalFailuresAttribute);
        attributes.put("lastRenewalStatusAttribute", lastRenewalStatusAttribute);
        attributes.put("cancelledAtAttribute", cancelledAtAttribute);
        return new SubscriptionTally(domain, source, table, attributes, activeStatuses, run.today(), run.zone());
    }

    /**
     * @param countStatuses      statuses that count, comma-separated, case-insensitive (e.g. "completed,confirmed")
     * @param endAttribute       blank when items are not intervals; otherwise days from start to end (exclusive)
     *                           are counted in the month each falls in
     * @param quantityAttributes comma-separated attributes summed per month (e.g. "nauticalMiles"); may be blank
     * @param amountAttribute    revenue per item; blank when the table carries none
     */
    public OperationsTally operations(Run run, String domain, String source, String table, String idAttribute,
                                      String statusAttribute, String countStatuses, String startAttribute,
                                      String endAttribute, String quantityAttributes, String amountAttribute, String units) {
        try {
            return operations(run, domain, source, table, idAttribute, statusAttribute, countStatuses, startAttribute, endAttribute,
                    quantityAttributes, amountAttribute).withUnits(Integer.parseInt(units.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter units='" + units + "' is not a whole number");
        }
    }

    public OperationsTally operations(Run run, String domain, String source, String table, String idAttribute,
                                      String statusAttribute, String countStatuses, String startAttribute,
                                      String endAttribute, String quantityAttributes, String amountAttribute) {
        List<String> statuses = list(countStatuses).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("parameter countStatuses is empty: name the statuses that count");
        }
        List<String> quantities = list(quantityAttributes);
        quantities.forEach(q -> attribute("quantityAttributes", q));
        return new OperationsTally(domain, source, required("table", table), attribute("idAttribute", idAttribute),
                attribute("statusAttribute", statusAttribute), statuses, attribute("startAttribute", startAttribute),
                optionalAttribute("endAttribute", endAttribute), quantities,
                optionalAttribute("amountAttribute", amountAttribute), run.today(), run.zone());
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String required(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("parameter " + parameter + " is empty");
        }
        return value.trim();
    }

    private static String attribute(String parameter, String value) {
        String v = required(parameter, value);
        if (!ATTRIBUTE.matcher(v).matches()) {
            throw new IllegalArgumentException("parameter " + parameter + "='" + v + "' is not a valid attribute name");
        }
        return v;
    }

    private static String optionalAttribute(String parameter, String value) {
        return value == null || value.isBlank() ? null : attribute(parameter, value);
    }
}
