package com.execreports.sources;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.execreports.model.Run;

import org.apache.camel.CamelContext;

/**
 * The bookings mapping of every route made from {@code ddb-bookings} or {@code s3-ddb-export}, read from the parameters
 * the route was made with, each one not given taking {@value BookingMapping#DECLARED_BY}'s default: the two templates
 * share one declaration of them. Kept by those parameters, so a mapping is built and checked once. Bound as
 * {@code bookingMappings}.
 */
public final class BookingMappings {

    private final Map<Map<String, String>, BookingMapping.Parameters> byParameters = new ConcurrentHashMap<>();

    /** Opens the fold of one scan of a bookings table ({@code ddb-bookings}) for the route {@code routeId}. */
    public BookingTally tally(CamelContext camel, String routeId, Run run, String domain, String source, String table) {
        return of(camel, routeId).tally(run, domain, source, table);
    }

    /** Opens the fold of a bookings table's DynamoDB export in S3 ({@code s3-ddb-export}) for the route {@code routeId}. */
    public BookingExportTally exportTally(CamelContext camel, String routeId, Run run, String domain, String source,
                                          String bucket) {
        return of(camel, routeId).exportTally(run, domain, source, bucket);
    }

    private BookingMapping.Parameters of(CamelContext camel, String routeId) {
        return byParameters.computeIfAbsent(BookingMapping.ofRoute(camel, routeId), given -> {
            BookingMapping.Parameters p = new BookingMapping.Parameters();
            p.getParameters().putAll(given);
            return p;
        });
    }
}
