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

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/**
 * CloudWatch's view of every Lambda function: Errors, Throttles and Invocations summed over the reporting period, and
 * Invocations over a longer look-back (a function nobody called in it is dead code). The functions are listed page
 * by page (Marker), then asked of GetMetricData four queries each, 500 a call. Bound as {@code functionMetrics}.
 */
public final class FunctionMetrics {

    private final LambdaClient lambda;
    private final Supplier<CloudWatchClient> cloudWatch;

    public FunctionMetrics(LambdaClient lambda, Supplier<CloudWatchClient> cloudWatch) {
        this.lambda = lambda;
        this.cloudWatch = cloudWatch;
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
            idle.add(MetricBatches.query("n" + i, "AWS/Lambda", "Invocations", "FunctionName", n, "Sum", idleStart, end));
        }
        MetricBatches batches = new MetricBatches(cloudWatch.get());
        // one window per call: GetMetricData's StartTime and EndTime are the call's, not the query's
        Map<String, Double> values = new java.util.HashMap<>(batches.ask(period, periodStart, end));
        values.putAll(batches.ask(idle, idleStart, end));
        for (int i = 0; i < names.size(); i++) {
            tally.functions.add(new MetricFacts.Function(names.get(i), whole(values.get("i" + i)), whole(values.get("e" + i)),
                    whole(values.get("t" + i)), whole(values.get("n" + i))));
        }
        tally.periodDays = periodDays;
        tally.idleDays = idleDays;
        tally.queries = period.size() + idle.size();
        tally.calls = batches.calls();
    }

    private static long whole(Double sum) {
        return sum == null ? 0 : Math.round(sum);
    }

    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final List<MetricFacts.Function> functions = new ArrayList<>();
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
                    new MetricFacts(periodDays, idleDays, functions, queries, calls), List.of(), 0);
        }
    }
}
