package com.execreports.model;

import java.util.List;
import java.util.SortedMap;

/**
 * What the AWS cost export (Cost and Usage Report), or Cost Explorer, says the portfolio spends, by month, service and
 * business.
 * Money is in cents. CUR costs carry up to 10 decimals, so every monthly figure is summed exactly and rounded
 * half-up once, per cell: a month's services (or businesses) may therefore add up to a cent more or less than the
 * month's total. Totals over months add the rounded months, as AWS bills them.
 *
 * @param bucket               the S3 bucket holding the export; null for Cost Explorer
 * @param prefix               the key prefix read; null for Cost Explorer
 * @param businessTag          the cost-allocation tag key that names the business (e.g. {@code business})
 * @param files                CSV objects read
 * @param lineItems            line items folded (unreadable ones are counted in the facts' issues); of Cost Explorer, the
 *                             groups held, asked now or carried from the archive
 * @param totalCents           all spend read: the sum of {@code spendByMonth}
 * @param spendByMonth         spend by usage month (yyyy-MM)
 * @param spendByServiceMonth  product code (e.g. AmazonEC2), or Cost Explorer's service name, → month → spend
 * @param serviceNames         product code → product name, where the export names it
 * @param spendByBusinessMonth business tag value → month → spend; line items without the tag are {@value #UNTAGGED}
 * @param untaggedCents        spend without the business tag: the sum of its months in {@code spendByBusinessMonth}
 * @param topResourcesMonth    the latest usage month seen, which {@code topResources} ranks; null when nothing was read
 * @param topResources         the costliest resources of that month, at most {@value #TOP_RESOURCES}, costliest first
 * @param topResourcesCapped   true when that month had more distinct resources than the tally tracks, so a resource
 *                             first seen after the cap is missing from the ranking
 * @param explorer             what Cost Explorer adds (closed months, the month-end forecast); null for a
 *                             cost export
 */
public record CostFacts(String bucket, String prefix, String businessTag, long files, long lineItems, long totalCents,
                        SortedMap<String, Long> spendByMonth,
                        SortedMap<String, SortedMap<String, Long>> spendByServiceMonth,
                        SortedMap<String, String> serviceNames,
                        SortedMap<String, SortedMap<String, Long>> spendByBusinessMonth,
                        long untaggedCents, String topResourcesMonth, List<TopResource> topResources,
                        boolean topResourcesCapped, Explorer explorer) implements SourceData {

    /** Facts of a cost export. */
    public CostFacts(String bucket, String prefix, String businessTag, long files, long lineItems, long totalCents,
                     SortedMap<String, Long> spendByMonth, SortedMap<String, SortedMap<String, Long>> spendByServiceMonth,
                     SortedMap<String, String> serviceNames, SortedMap<String, SortedMap<String, Long>> spendByBusinessMonth,
                     long untaggedCents, String topResourcesMonth, List<TopResource> topResources, boolean topResourcesCapped) {
        this(bucket, prefix, businessTag, files, lineItems, totalCents, spendByMonth, spendByServiceMonth, serviceNames,
                spendByBusinessMonth, untaggedCents, topResourcesMonth, topResources, topResourcesCapped, null);
    }

    /** Where the figures come from, as a reader is told: "s3://portfolio-costs/cur/" or "Cost Explorer". */
    public String origin() {
        return explorer != null ? "Cost Explorer" : "s3://" + bucket + "/" + prefix;
    }

    /** The business of spend whose line items carry no business tag. */
    public static final String UNTAGGED = "(untagged)";

    /** How many resources {@code topResources} keeps. */
    public static final int TOP_RESOURCES = 10;

    /** Spend of one month, 0 when the export has none. */
    public long monthCents(String month) {
        return spendByMonth.getOrDefault(month, 0L);
    }

    /**
     * What Cost Explorer's read adds to the figures.
     *
     * The figures only, never how this read came by them (calls made, months carried): a month read again or carried
     * states the same facts, so an unchanged bill is not archived twice.
     *
     * @param closedMonths      months whose bill is final: read once, then carried from the source's archived facts
     * @param forecastMonth     the month the forecast ends (the run's month, in UTC); null without a forecast
     * @param forecastFrom      the first day the forecast covers (yyyy-MM-dd, the read's day in UTC)
     * @param forecastRestCents Cost Explorer's forecast of the spend from {@code forecastFrom} to the month's end
     */
    public record Explorer(List<String> closedMonths, String forecastMonth, String forecastFrom, long forecastRestCents) {

        public Explorer {
            closedMonths = closedMonths == null ? List.of() : List.copyOf(closedMonths);
        }
    }

    /** The month-end forecast: the month's spend so far and Cost Explorer's forecast of the rest; none without one. */
    public java.util.OptionalLong monthEndForecastCents() {
        return explorer == null || explorer.forecastMonth() == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(monthCents(explorer.forecastMonth()) + explorer.forecastRestCents());
    }

    /**
     * One resource's spend in {@code topResourcesMonth}.
     *
     * @param resourceId  the line items' resource id (instance id, ARN, bucket name, ...)
     * @param productCode the service it is billed under
     * @param usageType   its costliest usage type that month (e.g. USW2-BoxUsage:t3.medium)
     * @param business    its business tag, or {@value CostFacts#UNTAGGED}
     * @param cents       its spend that month
     */
    public record TopResource(String resourceId, String productCode, String usageType, String business, long cents) {
    }
}
