package com.execreports.model;

import java.util.List;

/**
 * What CloudWatch measured of each Lambda function: over the reporting period (the week before the run) and
 * whether it ran at all over a longer look-back.
 *
 * @param periodDays   the days the period's sums cover
 * @param idleDays     the look-back of {@link Function#invocationsIdleWindow()}
 * @param queries      metric queries asked of GetMetricData (at most 500 a call)
 * @param calls        GetMetricData calls made, pages included
 */
public record MetricFacts(int periodDays, int idleDays, List<Function> functions, long queries, long calls) implements SourceData {

    public MetricFacts {
        functions = List.copyOf(functions);
    }

    /**
     * @param invocationsIdleWindow invocations over the last {@code idleDays} days: 0 is a function nobody calls
     */
    public record Function(String name, long invocations, long errors, long throttles, long invocationsIdleWindow) {

        /** Errors per invocation, in percent; 0 when it was not invoked. */
        public double errorPercent() {
            return invocations == 0 ? 0 : 100.0 * errors / invocations;
        }
    }
}
