package com.execreports.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.execreports.sources.SiteMarkers;

/**
 * What a route-template parameter's value must look like, by the parameter's name (the convention the source
 * templates follow): {@code *Attribute} an attribute name, {@code *Attributes} a list of them, {@code *Statuses} and
 * {@code *Runtimes} ','-lists, {@code *Markers} ';'-lists, {@code pageSize}/{@code segments}/{@code units} counts,
 * {@code table}/{@code bucket} AWS names, {@code domain}/{@code source} ids, {@code kind} a business kind. Every value
 * is spliced into a quoted {@code '...'} argument of the routes, so none may hold a single quote. Tables and buckets
 * go to AWS as headers, and their strict shape keeps '?', '&', '#', '%', spaces, '{' and '$' out of every expression.
 */
enum ParameterFormat {

    DOMAIN_ID("a domain id", "lower-case letters, digits and '-'", matching("[a-z0-9][a-z0-9-]{0,62}")),
    SOURCE_ID("a source id", "lower-case letters, digits and '-', unique within the domain", matching("[a-z0-9][a-z0-9-]{0,62}")),
    KIND("a business kind", "one of bookings, subscription, rental, logistics, portfolio",
            v -> Set.of("bookings", "subscription", "rental", "logistics", "portfolio").contains(v) ? null : ""),
    ATTRIBUTE("a valid attribute name", "letters, digits, '_', '-', '.', starting with a letter or '_'", matching(ParameterFormat.NAME)),
    ATTRIBUTE_LIST("a list of attribute names", "attribute names separated by ',', such as nauticalMiles,fuelLitres",
            v -> items(v, ",").stream().filter(i -> !i.matches(ParameterFormat.NAME)).findFirst().map(i -> "'" + i + "' is not one").orElse(null)),
    WORD_LIST("a list", "words separated by ',', such as lead,quote,inquiry",
            v -> items(v, ",").stream().filter(i -> i.isEmpty() || i.contains(";") || i.contains("=")).findFirst()
                    .map(i -> i.isEmpty() ? "an empty item" : "'" + i + "' is not one word").orElse(null)),
    ANALYTICS_MARKERS("a list of analytics markers", "Name=text pairs separated by ';', such as GA4=gtag(;Plausible=plausible.io/js",
            v -> {
                try {
                    SiteMarkers.analytics(v);
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage().replace("parameter analyticsMarkers: ", "");
                }
            }),
    TEXT_MARKERS("a list of markers", "texts separated by ';', such as calendly.com;fareharbor.com",
            v -> SiteMarkers.calendar(v).isEmpty() ? "none given"
                    : SiteMarkers.calendar(v).stream().filter(m -> m.contains(",")).findFirst().map(m -> "'" + m + "' holds a ','").orElse(null)),
    COUNT("a count", "a whole number of at least 1", v -> v.matches("[1-9][0-9]{0,8}") ? null : ""),
    TABLE("a DynamoDB table name", "3 to 255 letters, digits, '_', '-' and '.'", matching("[A-Za-z0-9_.-]{3,255}")),
    BUCKET("an S3 bucket name", "3 to 63 lower-case letters, digits, '.' and '-'", matching("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")),
    TEXT("a text", "any text", v -> null);

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_.\\-]{0,254}";

    private final String noun;
    private final String expected;
    private final Function<String, String> objection;

    ParameterFormat(String noun, String expected, Function<String, String> objection) {
        this.noun = noun;
        this.expected = expected;
        this.objection = objection;
    }

    static ParameterFormat forName(String name) {
        return switch (name) {
            case "domain" -> DOMAIN_ID;
            case "source" -> SOURCE_ID;
            case "kind" -> KIND;
            case "analyticsMarkers" -> ANALYTICS_MARKERS;
            case "calendarMarkers" -> TEXT_MARKERS;
            case "pageSize", "segments", "units", "periodDays", "idleDays", "months", "settleDays", "maxObjectMb" -> COUNT; // whole numbers: they go into a bean call as written
            case "table" -> TABLE;
            case "bucket" -> BUCKET;
            default -> name.endsWith("Attribute") ? ATTRIBUTE : name.endsWith("Attributes") ? ATTRIBUTE_LIST
                    : name.endsWith("Statuses") || name.endsWith("Runtimes") ? WORD_LIST : TEXT;
        };
    }

    /**
     * Why the value does not fit, as "is not X (expected …)"; null when it fits.
     *
     * @param blankAllowed the template's own default is blank ("not used"), so a blank value means the same
     */
    String refuse(String value, boolean blankAllowed) {
        if (value.contains("'")) {
            return "holds a single quote (expected none: the value is quoted in the route)";
        }
        if (awsName() && value.contains("{{")) {
            return "is a placeholder (expected the " + noun.substring(noun.indexOf(' ') + 1) + " itself: a placeholder's value is not checked)";
        }
        if (value.isBlank() && (blankAllowed || this == TEXT)) {
            return null;
        }
        String detail = objection.apply(value);
        return detail == null ? null : "is not " + noun + " (expected " + expected + (detail.isEmpty() ? "" : ": " + detail) + ")";
    }

    /** A table or bucket: named to AWS as it is written here, so only a literal name, checked, is taken. */
    boolean awsName() {
        return this == TABLE || this == BUCKET;
    }

    private static Function<String, String> matching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return v -> pattern.matcher(v).matches() ? null : "";
    }

    private static List<String> items(String value, String separator) {
        return Arrays.stream(value.split(separator, -1)).map(String::trim).toList();
    }
}
