package com.execreports.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * What an AWS resource costs in a whole month, so a yearly figure is never part of a month times twelve. The cost
 * export ranks resources in its latest month, usually the one still running (22 days of November are not a month):
 * then the resource's share of its service in that month is applied to the service's spend in the last full month.
 *
 * @param monthlyCents the resource's cost over a full month
 * @param month        the full month the rate comes from (yyyy-MM)
 */
record FullMonthRate(long monthlyCents, String month) {

    /** The rate, or none when the service has no full month in the export yet (a year cannot be told from days). */
    static Optional<FullMonthRate> of(PortfolioSnapshot snapshot, CostFacts costs, CostFacts.TopResource r) {
        String ranked = costs.topResourcesMonth();
        if (ranked == null) {
            return Optional.empty();
        }
        if (ranked.compareTo(AwsSpend.currentMonth(snapshot).toString()) < 0) {
            return Optional.of(new FullMonthRate(r.cents(), ranked)); // the export's latest month is already over
        }
        String full = AwsSpend.lastFullMonth(snapshot).toString();
        Map<String, Long> service = costs.spendByServiceMonth().getOrDefault(r.productCode(), Collections.emptySortedMap());
        long serviceFull = service.getOrDefault(full, 0L);
        long serviceNow = service.getOrDefault(ranked, 0L);
        if (serviceFull == 0 || serviceNow == 0) {
            return Optional.empty();
        }
        long cents = BigDecimal.valueOf(Math.min(r.cents(), serviceNow)).multiply(BigDecimal.valueOf(serviceFull))
                .divide(BigDecimal.valueOf(serviceNow), 0, RoundingMode.HALF_UP).longValueExact();
        return Optional.of(new FullMonthRate(cents, full));
    }

    long yearCents() {
        return monthlyCents * 12;
    }
}
