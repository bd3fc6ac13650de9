package com.execreports.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.execreports.model.Facts;
import com.execreports.model.MetricFacts;
import com.execreports.model.Run;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/**
 * CloudWatch's view of every Lambda function: Errors, Throttles and Invocations summed over the reporting period, the
 * 95th percentile of its Duration over it, and Invocations over a longer look-back (a function nobody called in it is
 * dead code). The functions are listed page by page (Marker), then asked of GetMetricData five queries each, 500 a
 * call. Then each CloudFront distribution's error rates ({@link DistributionMetrics}): a failure there is a named
 * issue of these facts, not the loss of the functions' figures. Bound as {@code functionMetrics}.
 */
public final class FunctionMetrics {

    private final LambdaClient lambda;
    private final Supplier<CloudWatchClient> cloudWatch;
    private final DistributionMetrics distributions;

    /** @param cloudWatchUsEast1 CloudWatch in us-east-1, where CloudFront's metrics are */
    public FunctionMetrics(LambdaClient lambda, Supplier<CloudWatchClient> cloudWatch, Supplier<CloudFrontClient> cloudFront,
                           Supplier<CloudWatchClient> cloudWatchUsEast1) {
        this.lambda = lambda;
        this.cloudWatch = cloudWatch;
        this.distributions = new DistributionMetrics(cloudFront, cloudWatchUsEast1);
    }

    public Tally open(String domain, String source) {
        return new Tally(domain, source);
    }

    /**
     * @param periodDays the reporting period, ending at the run's instant (whole hours)
     * @param idleDays   the look-back for "never invoked"
     */
    public void read(Exchange exchange, int periodDays, int idleDays) {
        Tally tally = exchange.getProperty("tally", Tally.class);
        Run run = exchange.getProperty("run", Run.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            ListFunctionsResponse page = lambda.listFunctions(b -> b.maxItems(50).marker(from));
            page.functions().stream().map(FunctionConfiguration::functionName).forEach(names::add);
            deadline.counted(page.functions().size(), "functions");
            marker = page.nextMarker() == null || page.nextMarker().isEmpty() ? null : page.nextMarker();
        } while (marker != null && deadline.goOn());

        Instant end = run.asOf().toInstant().truncatedTo(ChronoUnit.HOURS);
        Instant periodStart = end.minus(Duration.ofDays(periodDays));
        Instant idleStart = end.minus(Duration.ofDays(idleDays));
        List<MetricDataQuery> period = new ArrayList<>();
        List<MetricDataQuery> idle = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            period.add(MetricBatches.query("e" + i, "AWS/Lambda", "Errors", "FunctionName", n, "Sum", periodStart, end));
            period.add(MetricBatches.query("t" + i, "AWS/Lambda", "Throttles", "FunctionName", n, "Sum", periodStart, end));
            period.add(MetricBatches.query("i" + i, "AWS/Lambda", "Invocations", "FunctionName", n, "Sum", periodStart, end));
            period.add(MetricBatches.query("d" + i, "AWS/Lambda", "Duration", "FunctionName", n, "p95", periodStart, end));
            idle.add(MetricBatches.query("n" + i, "AWS/Lambda", "Invocations", "FunctionName", n, "Sum", idleStart, end));
        }
        MetricBatches batches = new MetricBatches(cloudWatch.get());
        // one window per call: GetMetricData's StartTime and EndTime are the call's, not the query's
        Map<String, Double> values = new java.util.HashMap<>(batches.ask(period, periodStart, end));
        values.putAll(batches.ask(idle, idleStart, end));
        for (int i = 0; i < names.size(); i++) {
            tally.functions.add(new MetricFacts.Function(names.get(i), whole(values.get("i" + i)), whole(values.get("e" + i)),
                    whole(values.get("t" + i)), whole(values.get("n" + i)), values.get("d" + i)));
        }
        tally.periodDays = periodDays;
        tally.idleDays = idleDays;
        tally.queries = period.size() + idle.size();
        tally.calls = batches.calls();
        try {
            DistributionMetrics.Read cdn = distributions.read(periodStart, end, deadline);
            tally.distributions.addAll(cdn.distributions());
            tally.queries += cdn.queries();
            tally.calls += cdn.calls();
        } catch (RuntimeException e) {
            tally.issues.add("CloudWatch AWS/CloudFront (us-east-1)", "error rates not read: " + SourceFacts.describe(e));
        }
    }

    private static long whole(Double sum) {
        return sum == null ? 0 : Math.round(sum);
    }

    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final List<MetricFacts.Function> functions = new ArrayList<>();
        private final List<MetricFacts.Distribution> distributions = new ArrayList<>();
        private final IssueSample issues = new IssueSample();
        private int periodDays;
        private int idleDays;
        private long queries;
        private long calls;

        Tally(String domain, String source) {
            this.domain = domain;
            this.source = source;
        }

        @Override
        public Facts facts(String runId) {
            return Facts.read(runId, domain, source, "aws-metrics", "CloudWatch AWS/Lambda",
                    new MetricFacts(periodDays, idleDays, functions, queries, calls, distributions), issues.kept(), issues.count());
        }
    }
}
