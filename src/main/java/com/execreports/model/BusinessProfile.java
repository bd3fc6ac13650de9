package com.execreports.model;

/**
 * Who a business is, as its domain file declares it.
 *
 * @param name display name, e.g. "JADA (yacht charters)"
 * @param kind bookings | subscription | rental | logistics
 * @param owner who the reports address for this business
 */
public record BusinessProfile(String name, String kind, String owner) implements SourceData {
}
