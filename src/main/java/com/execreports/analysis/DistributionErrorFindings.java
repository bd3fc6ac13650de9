package com.execreports.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.InventoryFacts;
import com.execreports.model.MetricFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * CloudFront distributions answering too many requests with errors over the period: 5xx is the origin failing
 * visitors (high), 4xx missing pages or denied requests (medium). Named by the distribution's business (its tag in
 * the inventory) and the domains it serves.
 */
final class DistributionErrorFindings {

    private DistributionErrorFindings() {
    }

    static void find(PortfolioSnapshot snapshot, MetricFacts metrics, int alarm4xxPercent, int alarm5xxPercent,
                     List<PortfolioFinding> found) {
        String days = Figures.plural(metrics.periodDays(), "day");
        for (MetricFacts.Distribution d : metrics.distributions()) {
            String business = inventory(snapshot, d.id()).map(InventoryFacts.Distribution::business).map(snapshot::businessName)
                    .orElse("Portfolio-wide (untagged)");
            String where = "CloudWatch AWS/CloudFront (us-east-1) DistributionId " + d.id() + " (" + d.serves() + "), Region Global, the " + days
                    + " before the run — Requests " + Figures.count(d.requests());
            if (d.errorRate5xx() != null && d.errorRate5xx() > alarm5xxPercent) {
                found.add(new PortfolioFinding("cdn-5xx." + d.id(), "high", business,
                        site(d) + " answered " + rate(d.errorRate5xx()) + " of requests with 5xx errors in " + days + " (threshold "
                                + alarm5xxPercent + "%)",
                        where + ", 5xxErrorRate " + rate(d.errorRate5xx()),
                        "visitors get an error page instead of the site: about " + Figures.count(share(d.requests(), d.errorRate5xx()))
                                + " requests in " + days, 0, Set.of("cto"),
                        new Fix("Find why the sites' origins fail (CloudFront 5xx) and alarm on the 5xx rate", 2)));
            }
            if (d.errorRate4xx() != null && d.errorRate4xx() > alarm4xxPercent) {
                found.add(new PortfolioFinding("cdn-4xx." + d.id(), "medium", business,
                        site(d) + " answered " + rate(d.errorRate4xx()) + " of requests with 4xx errors in " + days + " (threshold "
                                + alarm4xxPercent + "%)",
                        where + ", 4xxErrorRate " + rate(d.errorRate4xx()),
                        "broken links or denied requests: visitors and search engines find missing pages", 0, Set.of("cto"),
                        new Fix("Fix the broken links and missing pages behind CloudFront 4xx errors", 1)));
            }
        }
    }

    private static Optional<InventoryFacts.Distribution> inventory(PortfolioSnapshot snapshot, String id) {
        return snapshot.all(InventoryFacts.class).stream().flatMap(f -> f.data().distributions().stream())
                .filter(d -> d.id().equals(id) && d.business() != null).findFirst();
    }

    /** "jadacharters.com (CloudFront E2JQ8ZK4RT1V6M)": the site a visitor knows, then the distribution; all aliases are in where. */
    private static String site(MetricFacts.Distribution d) {
        return d.serves().split(", ")[0] + " (CloudFront " + d.id() + ")";
    }

    private static long share(long requests, double percent) {
        return Math.round(requests * percent / 100);
    }

    static String rate(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
