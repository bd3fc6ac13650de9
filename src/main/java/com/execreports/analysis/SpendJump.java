package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.CostFacts;
import com.execreports.model.PortfolioSnapshot;

/**
 * A month whose AWS bill jumped, and the services that made the jump: "S3 went from $2.22 to $54.17 in October and is
 * the whole rise" is what a CTO acts on; a total that grew 39% is not.
 */
final class SpendJump {

    /** A rise smaller than this share of the month before is noise in a small bill. */
    static final int RISE_PERCENT = 20;
    /** ...or smaller than this, in cents: $20 a month is not worth a CTO's look. */
    static final long RISE_CENTS = 2_000;
    /** Services named: those that together explain at least this share of the rise, at most three. */
    static final int EXPLAINED_PERCENT = 80;

    private SpendJump() {
    }

    /** The last full month against the one before it, when the rise is worth a look. */
    static Optional<PortfolioFinding> find(PortfolioSnapshot snapshot, CostFacts costs) {
        String month = ReportMonths.full(snapshot, 1).get(0);
        String before = ReportMonths.previous(month);
        long now = costs.spendByMonth().getOrDefault(month, 0L);
        long then = costs.spendByMonth().getOrDefault(before, 0L);
        long rise = now - then;
        if (then == 0 || rise < RISE_CENTS || rise * 100 < then * RISE_PERCENT) {
            return Optional.empty();
        }
        List<Map.Entry<String, Long>> risers = new ArrayList<>();
        for (Map.Entry<String, SortedMap<String, Long>> e : costs.spendByServiceMonth().entrySet()) {
            long up = e.getValue().getOrDefault(month, 0L) - e.getValue().getOrDefault(before, 0L);
            if (up > 0) {
                risers.add(Map.entry(e.getKey(), up));
            }
        }
        risers.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        List<String> named = new ArrayList<>();
        long explained = 0;
        for (Map.Entry<String, Long> r : risers) {
            if (named.size() == 3 || explained * 100 >= rise * EXPLAINED_PERCENT) {
                break;
            }
            SortedMap<String, Long> byMonth = costs.spendByServiceMonth().get(r.getKey());
            named.add(costs.serviceNames().getOrDefault(r.getKey(), r.getKey()) + " " + AwsSpend.dollarsAndCents(byMonth.getOrDefault(before, 0L))
                    + " → " + AwsSpend.dollarsAndCents(byMonth.getOrDefault(month, 0L)) + " (" + Figures.percent(r.getValue(), rise) + " of the rise)");
            explained += r.getValue();
        }
        String where = costs.origin() + " — spend by service, " + before + " and " + month;
        return Optional.of(new PortfolioFinding("spend-jump." + month, "medium", "Portfolio-wide",
                "AWS spend rose " + AwsSpend.dollarsAndCents(rise) + " (" + Figures.change(now, then) + ") in " + month
                        + (named.isEmpty() ? "" : ": " + String.join("; ", named)),
                where, "about " + Figures.money(rise * 12) + " a year more if the new rate holds", rise * 12, Set.of("cto"),
                new Fix("Find what changed in the services whose cost jumped, and set an AWS Budgets alert on each", 1)));
    }
}
