package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.execreports.model.CostFacts;
import com.execreports.model.CostFacts.TopResource;
import com.execreports.model.Facts;
import com.execreports.sources.CsvRows;

import org.apache.commons.csv.CSVRecord;

/**
 * Folds an AWS Cost and Usage Report export (every .csv and .csv.gz under a prefix) into {@link CostFacts}, row by
 * row. It reads the legacy CUR column names ({@code lineItem/UnblendedCost}) and the CUR 2.0 / Athena ones
 * ({@code line_item_unblended_cost}), chosen per file by its header.
 *
 * <p>Memory is bounded by months × services and months × business tag values, plus one map of the resources of
 * the latest month only (at most {@value #MAX_TRACKED_RESOURCES} of them): a resource's spend in older months is
 * never needed, because only the latest month is ranked. Sums are exact {@link BigDecimal}s, rounded to cents
 * once per month (and per service or business within it) when the facts are stated.
 *
 * <p>The prefix must hold one version of each billing period: a legacy CUR delivered without "overwrite" keeps
 * every re-run of a period in its own assembly folder, and reading them all would count the period twice.
 */
public final class CostExportTally implements ObjectTally {

    public static final String KIND = "s3-cost-export";

    /** Distinct resources tracked for the latest month; beyond it the ranking is flagged as capped. */
    static final int MAX_TRACKED_RESOURCES = 20_000;

    private static final String UNKNOWN_SERVICE = "(unknown)";

    private final String domain;
    private final String source;
    private final String bucket;
    private final String prefix;
    private final String businessTag;
    private final IssueSample issues = new IssueSample();

    private final List<String> csvKeys = new ArrayList<>();
    private long files;
    private long lineItems;
    private final SumBound sums = new SumBound();
    private final SortedMap<String, BigDecimal> byMonth = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, BigDecimal>> byServiceMonth = new TreeMap<>();
    private final SortedMap<String, String> serviceNames = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, BigDecimal>> byBusinessMonth = new TreeMap<>();
    private String latestMonth;
    private final Map<String, ResourceSpend> latestResources = new HashMap<>();
    private boolean capped;

    private DateWindow window = DateWindow.of(null);

    /** The months an export may bill: those of the run ({@link DateWindow}); a line dated 9999 is named, not ranked. */
    CostExportTally within(DateWindow window) {
        this.window = window;
        return this;
    }

    /**
     * @param prefix      only keys under it are read ("" for the whole bucket)
     * @param businessTag the cost-allocation tag key naming the business, e.g. {@code business}
     */
    public CostExportTally(String domain, String source, String bucket, String prefix, String businessTag) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.prefix = prefix;
        this.businessTag = businessTag;
    }

    @Override
    public void inventory(String key, long size) {
        if (key.startsWith(prefix) && ObjectTally.endsWithAny(key, ".csv", ".csv.gz")) {
            csvKeys.add(key);
        }
    }

    /** Every CSV (gzipped or not) under the prefix, in listing order. */
    @Override
    public List<String> objectsToRead() {
        return List.copyOf(csvKeys);
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        String where = bucket + "/" + key;
        InputStream in;
        try {
            in = ObjectTally.endsWithAny(key, ".gz") ? new GZIPInputStream(content, 64 * 1024) : content;
        } catch (IOException e) {
            issues.add(where, "not a gzip file (" + e.getMessage() + ")");
            return;
        }
        CsvRows.read(in, where, issues, rows -> {
            Columns columns = columns(rows, where);
            if (columns == null) {
                return;
            }
            files++;
            for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
                fold(where, rows, row, columns);
            }
        });
    }

    private void fold(String where, CsvRows rows, CSVRecord row, Columns c) {
        String at = IssueText.at(where, rows.line());
        if (row.size() != rows.width()) {
            issues.add(at, "has " + row.size() + " of " + rows.width() + " columns");
            return;
        }
        String costText = CsvRows.value(row, c.cost);
        BigDecimal cost;
        try {
            cost = StrictNumbers.decimal(costText);
        } catch (StrictNumbers.Refused e) {
            issues.add(at, c.costName + " " + e.verdict("not a number", costText, true));
            return;
        }
        String startText = CsvRows.value(row, c.start);
        String month = month(startText);
        if (month == null) {
            issues.add(at, c.startName + " " + IssueText.quoted(startText) + " is not a date");
            return;
        }
        if (!window.contains(LocalDate.parse(startText.substring(0, 10)))) {
            issues.add(at, c.startName + " " + IssueText.quoted(startText) + " is out of range (" + window.outside() + ")");
            return;
        }
        String service = CsvRows.value(row, c.product);
        service = service.isEmpty() ? UNKNOWN_SERVICE : service;
        String tag = CsvRows.value(row, c.tag);
        String business = tag.isEmpty() ? CostFacts.UNTAGGED : tag;

        // a cent over the rounded value: the monthly sums are rounded only at the end, so this bounds them too
        if (!sums.admit(Math.addExact(cents(cost.abs()), 1))) {
            issues.add(at, c.costName + " " + IssueText.quoted(costText) + " " + SumBound.REASON);
            return;
        }
        lineItems++;
        byMonth.merge(month, cost, BigDecimal::add);
        byServiceMonth.computeIfAbsent(service, k -> new TreeMap<>()).merge(month, cost, BigDecimal::add);
        String productName = CsvRows.value(row, c.productName);
        if (!productName.isEmpty()) {
            serviceNames.putIfAbsent(service, productName);
        }
        byBusinessMonth.computeIfAbsent(business, k -> new TreeMap<>()).merge(month, cost, BigDecimal::add);
        resource(month, CsvRows.value(row, c.resource), service, CsvRows.value(row, c.usageType), business, cost);
    }

    // only the latest month is ranked, so a later month replaces what was gathered for an earlier one
    private void resource(String month, String id, String service, String usageType, String business, BigDecimal cost) {
        if (latestMonth == null || month.compareTo(latestMonth) > 0) {
            latestMonth = month;
            latestResources.clear();
            capped = false;
        } else if (month.compareTo(latestMonth) < 0) {
            return;
        }
        if (id.isEmpty()) {
            return; // account-level usage (metrics, DNS queries): nothing to switch off
        }
        ResourceSpend spend = latestResources.get(id);
        if (spend == null) {
            if (latestResources.size() >= MAX_TRACKED_RESOURCES) {
                capped = true;
                return;
            }
            spend = new ResourceSpend(service, business);
            latestResources.put(id, spend);
        }
        spend.add(usageType, business, cost);
    }

    /** yyyy-MM of an ISO date or date-time ("2026-09-01T00:00:00Z", "2026-09-01 00:00:00.000"), or null. */
    static String month(String text) {
        if (text.length() < 10 || (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10)).toString().substring(0, 7);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        SortedMap<String, Long> monthly = centsByKey(byMonth);
        SortedMap<String, SortedMap<String, Long>> byBusiness = nested(byBusinessMonth);
        // AWS bills each month rounded, so the total is what those bills add up to, not the rounded grand sum
        long total = monthly.values().stream().mapToLong(Long::longValue).sum();
        long untaggedCents = byBusiness.getOrDefault(CostFacts.UNTAGGED, Collections.emptySortedMap()).values().stream()
                .mapToLong(Long::longValue).sum();
        Comparator<Map.Entry<String, ResourceSpend>> costliest =
                Comparator.comparing((Map.Entry<String, ResourceSpend> e) -> e.getValue().total).reversed()
                        .thenComparing(Map.Entry::getKey);
        List<TopResource> top = latestResources.entrySet().stream().sorted(costliest).limit(CostFacts.TOP_RESOURCES)
                .map(e -> e.getValue().top(e.getKey())).toList();
        CostFacts data = new CostFacts(bucket, prefix, businessTag, files, lineItems, total, monthly,
                nested(byServiceMonth), Collections.unmodifiableSortedMap(new TreeMap<>(serviceNames)),
                byBusiness, untaggedCents, latestMonth, top, capped);
        return Facts.read(runId, domain, source, KIND, bucket, data, issues.kept(), issues.count());
    }

    static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static SortedMap<String, Long> centsByKey(SortedMap<String, BigDecimal> amounts) {
        SortedMap<String, Long> cents = new TreeMap<>();
        amounts.forEach((k, v) -> cents.put(k, cents(v)));
        return Collections.unmodifiableSortedMap(cents);
    }

    private static SortedMap<String, SortedMap<String, Long>> nested(SortedMap<String, SortedMap<String, BigDecimal>> amounts) {
        SortedMap<String, SortedMap<String, Long>> cents = new TreeMap<>();
        amounts.forEach((k, v) -> cents.put(k, centsByKey(v)));
        return Collections.unmodifiableSortedMap(cents);
    }

    private Columns columns(CsvRows rows, String where) {
        String tagSuffix = businessTag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        boolean legacy = rows.column("lineItem/UnblendedCost") >= 0;
        boolean snake = !legacy && rows.column("line_item_unblended_cost") >= 0;
        if (!legacy && !snake) {
            issues.add(IssueText.at(where, 1), "no lineItem/UnblendedCost or line_item_unblended_cost column: not a cost export");
            return null;
        }
        Columns c = legacy
                ? new Columns(rows, "lineItem/UsageStartDate", "lineItem/ProductCode", "lineItem/UnblendedCost",
                        "lineItem/ResourceId", "lineItem/UsageType", "product/ProductName", "resourceTags/user:" + businessTag)
                // Athena and CUR 2.0 name a tag column after the tag key, lower-cased, other characters as '_'
                : new Columns(rows, "line_item_usage_start_date", "line_item_product_code", "line_item_unblended_cost",
                        "line_item_resource_id", "line_item_usage_type", "product_product_name",
                        "resource_tags_user_" + tagSuffix);
        if (c.start < 0) {
            issues.add(IssueText.at(where, 1), "no " + c.startName + " column: spend cannot be put in a month");
            return null;
        }
        return c;
    }

    /** Where the figures are in one file's header. */
    private static final class Columns {
        final String startName;
        final String costName;
        final int start;
        final int product;
        final int cost;
        final int resource;
        final int usageType;
        final int productName;
        final int tag;

        Columns(CsvRows rows, String start, String product, String cost, String resource, String usageType,
                String productName, String tag) {
            this.startName = start;
            this.costName = cost;
            this.start = rows.column(start);
            this.product = rows.column(product);
            this.cost = rows.column(cost);
            this.resource = rows.column(resource);
            this.usageType = rows.column(usageType);
            this.productName = rows.column(productName);
            this.tag = rows.column(tag);
        }
    }

    /** One resource's spend in the latest month, by usage type (a resource has a handful at most). */
    private static final class ResourceSpend {
        final String service;
        String business;
        BigDecimal total = BigDecimal.ZERO;
        final Map<String, BigDecimal> byUsageType = new HashMap<>();

        ResourceSpend(String service, String business) {
            this.service = service;
            this.business = business;
        }

        void add(String usageType, String lineBusiness, BigDecimal cost) {
            total = total.add(cost);
            byUsageType.merge(usageType, cost, BigDecimal::add);
            if (CostFacts.UNTAGGED.equals(business)) {
                business = lineBusiness; // a tag on any of its line items names its business
            }
        }

        TopResource top(String id) {
            String usageType = "";
            BigDecimal most = null;
            for (Map.Entry<String, BigDecimal> e : new TreeMap<>(byUsageType).entrySet()) {
                if (most == null || e.getValue().compareTo(most) > 0) { // ties: the first name alphabetically
                    usageType = e.getKey();
                    most = e.getValue();
                }
            }
            return new TopResource(id, service, usageType, business, cents(total));
        }
    }
}
