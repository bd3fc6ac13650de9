package com.execreports.sources;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Asks CloudWatch many metric statistics at once: GetMetricData takes at most 500 queries a call, and may answer
 * one call in several pages (NextToken). Each query covers its whole window in one period, so each answers one number.
 */
final class MetricBatches {

    /** GetMetricData's limit of queries per call. */
    static final int MAX_QUERIES = 500;

    private final CloudWatchClient cloudWatch;
    private long calls;

    MetricBatches(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /** One statistic of one metric over [start, end) as a single period; {@code id} must start with a lower-case letter. */
    static MetricDataQuery query(String id, String namespace, String metric, String dimension, String value, String stat,
                                 Instant start, Instant end) {
        return query(id, namespace, metric, List.of(Dimension.builder().name(dimension).value(value).build()), stat, start, end);
    }

    /** The same with several dimensions (CloudFront's DistributionId and Region=Global). */
    static MetricDataQuery query(String id, String namespace, String metric, List<Dimension> dimensions, String stat,
                                 Instant start, Instant end) {
        int seconds = (int) java.time.Duration.between(start, end).getSeconds();
        return MetricDataQuery.builder().id(id).returnData(true).metricStat(MetricStat.builder().stat(stat)
                .period(seconds - seconds % 60)
                .metric(Metric.builder().namespace(namespace).metricName(metric).dimensions(dimensions).build()).build()).build();
    }

    /**
     * @return query id → the sum of its datapoints (one, for a query over one period); a query CloudWatch has no
     *         datapoint for is absent: nothing was recorded
     */
    Map<String, Double> ask(List<MetricDataQuery> queries, Instant start, Instant end) {
        Map<String, Double> values = new HashMap<>();
        for (int from = 0; from < queries.size(); from += MAX_QUERIES) {
            List<MetricDataQuery> batch = queries.subList(from, Math.min(queries.size(), from + MAX_QUERIES));
            String token = null;
            do {
                String next = token;
                GetMetricDataResponse page = cloudWatch.getMetricData(b -> b.metricDataQueries(batch).startTime(start).endTime(end)
                        .nextToken(next));
                calls++;
                for (MetricDataResult r : page.metricDataResults()) {
                    if (r.hasValues() && !r.values().isEmpty()) {
                        values.merge(r.id(), r.values().stream().mapToDouble(Double::doubleValue).sum(), Double::sum);
                    }
                }
                token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
            } while (token != null);
        }
        return values;
    }

    long calls() {
        return calls;
    }
}
