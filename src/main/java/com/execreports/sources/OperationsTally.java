package com.execreports.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.Facts;
import com.execreports.model.OperationsFacts;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Folds an operations table (stays, delivery jobs, ...) page by page into {@link OperationsFacts}: per-month
 * counts, occupied days, quantities and revenue only, so memory is bounded by the months, not by the items.
 *
 * <p>Only items whose status counts are folded; an item of another status (a quote, a cancellation) is counted
 * by status and nothing else is asked of it. A counted item that lacks its start, its end, an amount or a
 * quantity, or holds one that cannot be read, is left out entirely and sampled as a data issue: a stay with no
 * check-out would otherwise add revenue without nights.
 */
public final class OperationsTally implements ItemTally {

    public static final String KIND = "ddb-operations";

    private final String domain;
    private final String source;
    private final String table;
    private final List<String> countStatuses;
    private final String startAttribute;
    private final String endAttribute;
    private final List<String> quantityAttributes;
    private final String amountAttribute;
    private final SumBound sums = new SumBound();
    private final IssueSample issues = new IssueSample();
    private final TableItems items;

    private long itemsRead;
    private long counted;
    private long revenue;
    private final SortedMap<String, Long> countByStatus = new TreeMap<>();
    private final SortedMap<String, Long> itemsByMonth = new TreeMap<>();
    private final SortedMap<String, Long> daysByMonth = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, BigDecimal>> quantitiesByMonth = new TreeMap<>();
    private final SortedMap<String, Long> revenueByMonth = new TreeMap<>();

    /**
     * @param countStatuses      statuses that count, lower case (at least one), in the order the template gives them
     * @param endAttribute       null when items are not intervals
     * @param quantityAttributes attributes summed per month; may be empty
     * @param amountAttribute    null when items carry no revenue
     */
    private int units = 1;

    /** How many vessels, crews or rooms the business runs: the capacity utilisation is measured against. */
    public OperationsTally withUnits(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("parameter units=" + units + " must be at least 1");
        }
        this.units = units;
        return this;
    }

    // each item is taken whole or named as left out through TableItems, as BookingTally and SubscriptionTally take theirs
    public OperationsTally(String domain, String source, String table, String idAttribute, String statusAttribute,
                           List<String> countStatuses, String startAttribute, String endAttribute,
                           List<String> quantityAttributes, String amountAttribute, LocalDate today, ZoneId zone) {
        this.domain = domain;
        this.source = source;
        this.table = table;
        this.countStatuses = List.copyOf(countStatuses);
        this.startAttribute = startAttribute;
        this.endAttribute = endAttribute;
        this.quantityAttributes = List.copyOf(quantityAttributes);
        this.amountAttribute = amountAttribute;
        this.items = new TableItems(idAttribute, statusAttribute, zone, DateWindow.asOf(today), issues);
        this.quantityAttributes.forEach(q -> quantitiesByMonth.put(q, new TreeMap<>()));
    }

    @Override
    public void fold(Map<String, AttributeValue> item) {
        itemsRead++;
        items.fold(item, table, this::fold);
    }

    private void fold(AttributeReader read, String id, String status) {
        if (!countStatuses.contains(status)) {
            countByStatus.merge(status, 1L, Long::sum);
            return;
        }
        // read everything before adding anything: an item is folded whole or not at all
        LocalDate start = read.requiredDate(startAttribute);
        LocalDate end = endAttribute == null ? null : read.requiredDate(endAttribute);
        if (end != null && end.isBefore(start)) {
            throw new AttributeReader.UnreadableItem("attribute '" + endAttribute + "' (" + end + ") is before '"
                    + startAttribute + "' (" + start + ")");
        }
        Map<String, BigDecimal> quantities = new LinkedHashMap<>();
        for (String q : quantityAttributes) {
            quantities.put(q, read.quantity(q));
        }
        long cents = amountAttribute == null ? 0 : read.cents(amountAttribute);
        if (!sums.admit(cents)) {
            throw AttributeReader.overflow(amountAttribute, cents);
        }

        countByStatus.merge(status, 1L, Long::sum);
        counted++;
        String month = month(start);
        itemsByMonth.merge(month, 1L, Long::sum);
        if (end != null) {
            splitDays(start, end);
        }
        quantities.forEach((q, value) -> quantitiesByMonth.get(q).merge(month, value, BigDecimal::add));
        if (amountAttribute != null) {
            revenue += cents;
            revenueByMonth.merge(month, cents, Long::sum);
        }
    }

    /**
     * Every day from start (inclusive) to end (exclusive) in its own month: the nights of a stay. Both dates lie in the
     * run's {@link DateWindow}, so a stay spans at most a few hundred months.
     */
    private void splitDays(LocalDate start, LocalDate end) {
        LocalDate day = start;
        while (day.isBefore(end)) {
            LocalDate nextMonth = day.withDayOfMonth(1).plusMonths(1);
            LocalDate stop = end.isBefore(nextMonth) ? end : nextMonth;
            daysByMonth.merge(month(day), ChronoUnit.DAYS.between(day, stop), Long::sum);
            day = stop;
        }
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    @Override
    public Facts facts(String runId) {
        SortedMap<String, SortedMap<String, BigDecimal>> quantities = new TreeMap<>();
        quantitiesByMonth.forEach((q, months) -> quantities.put(q, new TreeMap<>(months)));
        OperationsFacts data = new OperationsFacts(table, countStatuses, startAttribute,
                endAttribute, quantityAttributes, itemsRead, counted, new TreeMap<>(countByStatus),
                new TreeMap<>(itemsByMonth), new TreeMap<>(daysByMonth), quantities, new TreeMap<>(revenueByMonth), revenue, units);
        return Facts.read(runId, domain, source, KIND, table, data, issues.kept(), issues.count());
    }
}
