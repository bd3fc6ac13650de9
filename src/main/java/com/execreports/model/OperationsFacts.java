package com.execreports.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * What an operations table (stays, delivery jobs, service visits) says about the work a business did, month by
 * month, folded while paging: how many items, how many days they occupied, how much of each measured quantity
 * (nautical miles, loads, ...) and the revenue they carry. Only items whose status is one of {@code countStatuses}
 * are counted; every item is in {@code countByStatus}. Money is in cents; months are yyyy-MM.
 *
 * @param table              the DynamoDB table read
 * @param countStatuses      the statuses that count (lower case), e.g. completed, confirmed
 * @param startAttribute     the attribute an item's month is taken from (check-in, departure)
 * @param endAttribute       the attribute an interval ends on (check-out), exclusive; null when items are not intervals
 * @param quantityAttributes the attributes summed per month, in template order (e.g. nauticalMiles)
 * @param itemsRead          every item seen, readable or not
 * @param counted            items counted (a counting status, and readable)
 * @param countByStatus      every readable item by its status value (lower case)
 * @param itemsByMonth       counted items by month of their start
 * @param daysByMonth        days occupied by counted intervals, each day in its own month (a stay from 30 Jan to
 *                           2 Feb gives Jan 2 nights and Feb 1); empty without {@code endAttribute}
 * @param quantitiesByMonth  quantity attribute → month of start → sum, as written (decimals kept)
 * @param revenueByMonth     revenue of counted items by month of their start; empty without an amount attribute
 * @param revenueCents       their total
 * @param units              vessels, crews or rooms the business operates (the template's {@code units}): capacity
 */
public record OperationsFacts(String table, List<String> countStatuses, String startAttribute, String endAttribute,
                              List<String> quantityAttributes, long itemsRead, long counted,
                              SortedMap<String, Long> countByStatus, SortedMap<String, Long> itemsByMonth,
                              SortedMap<String, Long> daysByMonth,
                              SortedMap<String, SortedMap<String, BigDecimal>> quantitiesByMonth,
                              SortedMap<String, Long> revenueByMonth, long revenueCents, int units) implements SourceData {

    public OperationsFacts(String table, List<String> countStatuses, String startAttribute, String endAttribute,
                           List<String> quantityAttributes, long itemsRead, long counted, SortedMap<String, Long> countByStatus,
                           SortedMap<String, Long> itemsByMonth, SortedMap<String, Long> daysByMonth,
                           SortedMap<String, SortedMap<String, BigDecimal>> quantitiesByMonth, SortedMap<String, Long> revenueByMonth,
                           long revenueCents) {
        this(table, countStatuses, startAttribute, endAttribute, quantityAttributes, itemsRead, counted, countByStatus, itemsByMonth,
                daysByMonth, quantitiesByMonth, revenueByMonth, revenueCents, 1);
    }

    /** Counted items that started in the month. */
    public long items(String month) {
        return itemsByMonth.getOrDefault(month, 0L);
    }

    /** Days occupied in the month (0 without an end attribute). */
    public long days(String month) {
        return daysByMonth.getOrDefault(month, 0L);
    }

    /** The sum of a quantity over the items that started in the month; zero when none. */
    public BigDecimal quantity(String attribute, String month) {
        SortedMap<String, BigDecimal> months = quantitiesByMonth.get(attribute);
        return months == null ? BigDecimal.ZERO : months.getOrDefault(month, BigDecimal.ZERO);
    }

    public long revenue(String month) {
        return revenueByMonth.getOrDefault(month, 0L);
    }

    /** Whether items are intervals (a stay with a check-out), so {@link #daysByMonth} is measured. */
    public boolean intervals() {
        return endAttribute != null;
    }
}
