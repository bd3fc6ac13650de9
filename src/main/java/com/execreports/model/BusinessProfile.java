package com.execreports.model;

/**
 * Who a business is, as its domain file declares it.
 *
 * @param name               display name, e.g. "JADA (yacht charters)"
 * @param kind               bookings | subscription | rental | logistics
 * @param owner              who the reports address for this business
 * @param taxYearStartMonth  the month (1–12) its tax year starts: 1 for a calendar tax year, the default
 */
public record BusinessProfile(String name, String kind, String owner, int taxYearStartMonth) implements SourceData {

    public BusinessProfile {
        // a snapshot archived before tax years were declared reads back with 0: the calendar year
        taxYearStartMonth = taxYearStartMonth < 1 || taxYearStartMonth > 12 ? 1 : taxYearStartMonth;
    }

    /** A business whose tax year is the calendar year. */
    public BusinessProfile(String name, String kind, String owner) {
        this(name, kind, owner, 1);
    }
}
