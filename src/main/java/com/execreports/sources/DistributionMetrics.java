package com.execreports.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.execreports.model.MetricFacts;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/**
 * CloudFront's error rates per distribution over the period: 4xxErrorRate and 5xxErrorRate (Average) and Requests
 * (Sum), dimensions DistributionId and Region=Global. CloudFront publishes its metrics in us-east-1 only, so the
 * CloudWatch client given here must be one of us-east-1, whatever the region of the rest.
 */
final class DistributionMetrics {

    private final Supplier<CloudFrontClient> cloudFront;
    private final Supplier<CloudWatchClient> cloudWatchUsEast1;

    DistributionMetrics(Supplier<CloudFrontClient> cloudFront, Supplier<CloudWatchClient> cloudWatchUsEast1) {
        this.cloudFront = cloudFront;
        this.cloudWatchUsEast1 = cloudWatchUsEast1;
    }

    /** What was asked and answered: the distributions, and the queries and calls it took. */
    record Read(List<MetricFacts.Distribution> distributions, long queries, long calls) {
    }

    Read read(Instant start, Instant end, ReadDeadline deadline) {
        List<DistributionSummary> listed = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            DistributionList page = cloudFront.get().listDistributions(b -> b.maxItems("100").marker(from)).distributionList();
            List<DistributionSummary> items = page.items() == null ? List.of() : page.items();
            listed.addAll(items);
            deadline.counted(items.size(), "distributions");
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
        } while (marker != null && deadline.goOn());
        if (listed.isEmpty()) {
            return new Read(List.of(), 0, 0);
        }
        List<MetricDataQuery> queries = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            List<Dimension> dims = List.of(Dimension.builder().name("DistributionId").value(listed.get(i).id()).build(),
                    Dimension.builder().name("Region").value("Global").build());
            queries.add(MetricBatches.query("r" + i, "AWS/CloudFront", "Requests", dims, "Sum", start, end));
            queries.add(MetricBatches.query("f" + i, "AWS/CloudFront", "4xxErrorRate", dims, "Average", start, end));
            queries.add(MetricBatches.query("s" + i, "AWS/CloudFront", "5xxErrorRate", dims, "Average", start, end));
        }
        MetricBatches batches = new MetricBatches(cloudWatchUsEast1.get());
        Map<String, Double> values = batches.ask(queries, start, end);
        List<MetricFacts.Distribution> distributions = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            DistributionSummary d = listed.get(i);
            Double requests = values.get("r" + i);
            distributions.add(new MetricFacts.Distribution(d.id(), serves(d), requests == null ? 0 : Math.round(requests),
                    values.get("f" + i), values.get("s" + i)));
        }
        return new Read(distributions, queries.size(), batches.calls());
    }

    private static String serves(DistributionSummary d) {
        List<String> aliases = d.aliases() == null || d.aliases().items() == null ? List.of() : d.aliases().items();
        return aliases.isEmpty() ? d.domainName() : String.join(", ", aliases);
    }
}
