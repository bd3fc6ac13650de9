package com.execreports.model;

import java.util.List;

/**
 * What CloudWatch measured of each Lambda function: over the reporting period (the week before the run) and
 * whether it ran at all over a longer look-back; and of each CloudFront distribution, its error rates over the period.
 *
 * @param periodDays    the days the period's sums cover
 * @param idleDays      the look-back of {@link Function#invocationsIdleWindow()}
 * @param queries       metric queries asked of GetMetricData (at most 500 a call)
 * @param calls         GetMetricData calls made, pages included
 * @param distributions every CloudFront distribution's error rates (AWS/CloudFront, asked in us-east-1)
 */
public record MetricFacts(int periodDays, int idleDays, List<Function> functions, long queries, long calls,
                          List<Distribution> distributions) implements SourceData {

    public MetricFacts {
        functions = List.copyOf(functions);
        // facts archived before distributions were read have none
        distributions = distributions == null ? List.of() : List.copyOf(distributions);
    }

    public MetricFacts(int periodDays, int idleDays, List<Function> functions, long queries, long calls) {
        this(periodDays, idleDays, functions, queries, calls, List.of());
    }

    /**
     * @param invocationsIdleWindow invocations over the last {@code idleDays} days: 0 is a function nobody calls
     * @param durationP95Ms         the 95th percentile of its Duration over the period, in ms; null when it did not run
     */
    public record Function(String name, long invocations, long errors, long throttles, long invocationsIdleWindow,
                           Double durationP95Ms) {

        public Function(String name, long invocations, long errors, long throttles, long invocationsIdleWindow) {
            this(name, invocations, errors, throttles, invocationsIdleWindow, null);
        }

        /** Errors per invocation, in percent; 0 when it was not invoked. */
        public double errorPercent() {
            return invocations == 0 ? 0 : 100.0 * errors / invocations;
        }
    }

    /**
     * One distribution over the period, as CloudFront's default metrics say (dimension Region=Global).
     *
     * @param serves        its aliases, else its cloudfront.net domain name
     * @param requests      viewer requests over the period (Sum of Requests)
     * @param errorRate4xx  percent of requests answered 4xx (Average of 4xxErrorRate), null when CloudWatch has none
     * @param errorRate5xx  percent answered 5xx, null when none
     */
    public record Distribution(String id, String serves, long requests, Double errorRate4xx, Double errorRate5xx) {
    }
}
