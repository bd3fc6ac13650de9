package com.execreports.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.Run;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.DataUnavailableException;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.GetCostForecastResponse;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.Metric;

/**
 * Reads the AWS bill from Cost Explorer (the Billing API) into the same cost facts as the CUR export: GetCostAndUsage,
 * monthly unblended cost, one call a month grouped by SERVICE and one by the business cost-allocation tag (every
 * NextPageToken page), and GetCostForecast for the rest of the run's month. Cost Explorer charges each request, so a
 * month whose bill is final is asked once: later reads carry it from the source's archived facts. Bound as
 * {@code costExplorer}.
 */
public final class CostExplorer {

    private static final Logger LOG = LoggerFactory.getLogger(CostExplorer.class);

    static final String KIND = "aws-cost";
    static final String METRIC = "UnblendedCost";

    private final Supplier<CostExplorerClient> ce;
    private final ArchivedFacts archive;

    public CostExplorer(Supplier<CostExplorerClient> ce, ArchivedFacts archive) {
        this.ce = ce;
        this.archive = archive;
    }

    public Tally open(String domain, String source, String businessTag) {
        return new Tally(domain, source, businessTag);
    }

    /**
     * @param months     the months read, the run's month included
     * @param settleDays days into the next month after which a month's bill is final (AWS finishes it in the first days)
     */
    public void read(Exchange exchange, int months, int settleDays) {
        Tally tally = exchange.getProperty("tally", Tally.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        // Cost Explorer's days are UTC days
        LocalDate today = exchange.getProperty("run", Run.class).asOf().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        Optional<CostFacts> before = archive.newest(tally.domain, tally.source).map(Facts::data)
                .filter(d -> d instanceof CostFacts c && c.explorer() != null && tally.businessTag.equals(c.businessTag()))
                .map(CostFacts.class::cast);
        YearMonth open = YearMonth.from(today);
        // the newest month first: a read stopped by its budget keeps the months that matter most
        for (YearMonth month = open; month.isAfter(open.minusMonths(Math.max(1, months))); month = month.minusMonths(1)) {
            boolean closed = MonthClosing.closed(month, today, settleDays);
            String m = month.toString();
            if (closed && before.isPresent() && before.get().explorer().closedMonths().contains(m)) {
                tally.carry(m, before.get());
                continue;
            }
            groups(tally, month, GroupDefinitionType.DIMENSION, "SERVICE", tally::service);
            groups(tally, month, GroupDefinitionType.TAG, tally.businessTag, tally::tagged);
            tally.asked(m, closed);
            deadline.counted(1, "months");
            if (!deadline.goOn()) {
                return;
            }
        }
        forecast(tally, today, open);
    }

    /** Folds one group's cost of one month. */
    private interface GroupFold {
        void add(String month, String key, BigDecimal cost);
    }

    private void groups(Tally tally, YearMonth month, GroupDefinitionType type, String key, GroupFold fold) {
        String start = month.atDay(1).toString();
        String end = month.plusMonths(1).atDay(1).toString();
        String token = null;
        do {
            String page = token;
            GetCostAndUsageResponse answer = ce.get().getCostAndUsage(b -> b.timePeriod(t -> t.start(start).end(end))
                    .granularity(Granularity.MONTHLY).metrics(METRIC).groupBy(g -> g.type(type).key(key)).nextPageToken(page));
            tally.calls++;
            answer.resultsByTime().forEach(r -> r.groups().forEach(g -> {
                String amount = g.metrics().containsKey(METRIC) ? g.metrics().get(METRIC).amount() : null;
                BigDecimal value = tally.amount(month + " " + g.keys(), amount);
                if (value != null && !g.keys().isEmpty()) {
                    fold.add(month.toString(), g.keys().get(0), value);
                }
            }));
            token = answer.nextPageToken() == null || answer.nextPageToken().isEmpty() ? null : answer.nextPageToken();
        } while (token != null);
    }

    private void forecast(Tally tally, LocalDate today, YearMonth open) {
        String end = open.plusMonths(1).atDay(1).toString();
        try {
            GetCostForecastResponse f = ce.get().getCostForecast(b -> b.timePeriod(t -> t.start(today.toString()).end(end))
                    .metric(Metric.UNBLENDED_COST).granularity(Granularity.MONTHLY));
            tally.calls++;
            BigDecimal rest = tally.amount("forecast " + open, f.total() == null ? null : f.total().amount());
            if (rest != null) {
                tally.forecast(open.toString(), today.toString(), CostExportTally.cents(rest));
            }
        } catch (DataUnavailableException e) {
            // too little history to forecast (a new account, a month just begun): the bill was read whole, so the facts
            // stand complete without a forecast and the CFO's forecast line is left out
            tally.calls++;
        }
    }

    /** The figures of one read: months asked now, summed exactly and rounded once per cell, and months carried. */
    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final String businessTag;
        private final IssueSample issues = new IssueSample();
        private final SortedMap<String, BigDecimal> byMonth = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, BigDecimal>> byService = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, BigDecimal>> byBusiness = new TreeMap<>();
        private final SortedMap<String, Long> carriedByMonth = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> carriedByService = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> carriedByBusiness = new TreeMap<>();
        private final List<String> closedMonths = new ArrayList<>();
        private final List<String> carriedMonths = new ArrayList<>();
        private long groups;
        private int calls;
        private String forecastMonth;
        private String forecastFrom;
        private long forecastRestCents;

        Tally(String domain, String source, String businessTag) {
            this.domain = domain;
            this.source = source;
            this.businessTag = businessTag;
        }

        /** A Cost Explorer amount, or null (named) when it is not one. */
        BigDecimal amount(String where, String text) {
            try {
                return StrictNumbers.decimal(text == null ? "" : text);
            } catch (StrictNumbers.Refused e) {
                issues.add("Cost Explorer " + where, METRIC + " " + e.verdict("not a number", text, true));
                return null;
            }
        }

        void service(String month, String name, BigDecimal cost) {
            groups++;
            byMonth.merge(month, cost, BigDecimal::add);
            byService.computeIfAbsent(name, x -> new TreeMap<>()).merge(month, cost, BigDecimal::add);
        }

        /** A tag group's key is "business$jada"; spend without the tag is "business$". */
        void tagged(String month, String key, BigDecimal cost) {
            String value = key.startsWith(businessTag + "$") ? key.substring(businessTag.length() + 1) : key;
            groups++;
            byBusiness.computeIfAbsent(value.isEmpty() ? CostFacts.UNTAGGED : value, x -> new TreeMap<>()).merge(month, cost, BigDecimal::add);
        }

        void asked(String month, boolean closed) {
            if (closed) {
                closedMonths.add(month);
            }
        }

        /** A closed month as the archived facts state it: its bill is final, so no call. */
        void carry(String month, CostFacts before) {
            closedMonths.add(month);
            carriedMonths.add(month);
            if (before.spendByMonth().containsKey(month)) {
                carriedByMonth.put(month, before.spendByMonth().get(month));
            }
            groups += carry(month, before.spendByServiceMonth(), carriedByService);
            groups += carry(month, before.spendByBusinessMonth(), carriedByBusiness);
        }

        /**
         * @return the groups carried: counted as asked ones are, so that the facts of a month say the same whether it was
         * asked now or carried (a read after a restart, or by another replica, equals the first)
         */
        private static int carry(String month, SortedMap<String, SortedMap<String, Long>> from, SortedMap<String, SortedMap<String, Long>> to) {
            int carried = 0;
            for (Map.Entry<String, SortedMap<String, Long>> e : from.entrySet()) {
                if (e.getValue().containsKey(month)) {
                    to.computeIfAbsent(e.getKey(), x -> new TreeMap<>()).put(month, e.getValue().get(month));
                    carried++;
                }
            }
            return carried;
        }

        void forecast(String month, String from, long restCents) {
            forecastMonth = month;
            forecastFrom = from;
            forecastRestCents = restCents;
        }

        @Override
        public Facts facts(String runId) {
            SortedMap<String, Long> monthly = new TreeMap<>(carriedByMonth);
            byMonth.forEach((m, v) -> monthly.put(m, CostExportTally.cents(v)));
            SortedMap<String, SortedMap<String, Long>> services = merged(carriedByService, byService);
            SortedMap<String, SortedMap<String, Long>> businesses = merged(carriedByBusiness, byBusiness);
            long total = monthly.values().stream().mapToLong(Long::longValue).sum();
            long untagged = businesses.getOrDefault(CostFacts.UNTAGGED, Collections.emptySortedMap()).values().stream()
                    .mapToLong(Long::longValue).sum();
            List<String> closed = closedMonths.stream().sorted().toList();
            CostFacts data = new CostFacts(null, null, businessTag, 0, groups, total, Collections.unmodifiableSortedMap(monthly),
                    services, Collections.emptySortedMap(), businesses, untagged, null, List.of(), false,
                    new CostFacts.Explorer(closed, forecastMonth, forecastFrom, forecastRestCents));
            LOG.debug("Cost Explorer {}/{}: {} requests (${} at $0.01), {} closed months carried from the archive", domain, source,
                    calls, String.format(java.util.Locale.ROOT, "%.2f", calls / 100.0), carriedMonths.size());
            return Facts.read(runId, domain, source, KIND, "Cost Explorer", data, issues.kept(), issues.count());
        }

        private static SortedMap<String, SortedMap<String, Long>> merged(SortedMap<String, SortedMap<String, Long>> carried,
                                                                        SortedMap<String, SortedMap<String, BigDecimal>> asked) {
            SortedMap<String, SortedMap<String, Long>> all = new TreeMap<>();
            carried.forEach((k, months) -> all.put(k, new TreeMap<>(months)));
            asked.forEach((k, months) -> months.forEach((m, v) -> all.computeIfAbsent(k, x -> new TreeMap<>())
                    .put(m, CostExportTally.cents(v))));
            SortedMap<String, SortedMap<String, Long>> frozen = new TreeMap<>();
            all.forEach((k, months) -> frozen.put(k, Collections.unmodifiableSortedMap(months)));
            return Collections.unmodifiableSortedMap(frozen);
        }
    }
}
