package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.RUN;
import static com.execreports.analysis.FinanceSnapshots.months;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

class SpendJumpTest {

    @Test
    void should_name_the_services_that_made_last_full_months_rise() {
        // as of 2026-11-23 the last full month is 2026-10: S3 is the whole rise, CloudFront moved a little
        CostFacts costs = costs(months("2026-09", 15_877L, "2026-10", 21_998L),
                months("AmazonS3", months("2026-09", 222L, "2026-10", 5_417L),
                        "AmazonCloudFront", months("2026-09", 6_796L, "2026-10", 7_417L),
                        "AmazonEC2", months("2026-09", 8_859L, "2026-10", 9_164L)));

        PortfolioFinding jump = find(costs).orElseThrow();

        assertThat(jump.id()).isEqualTo("spend-jump.2026-10");
        assertThat(jump.title()).isEqualTo("AWS spend rose $61.21 (+39%) in 2026-10: Amazon Simple Storage Service $2.22 → $54.17 "
                + "(85% of the rise)");
        assertThat(jump.impact()).isEqualTo("about $735 a year more if the new rate holds");
        assertThat(jump.roles()).containsExactly("cto"); // a CFO acts on burn, which holds it
        assertThat(jump.where()).isEqualTo("s3://portfolio-costs/cur/ — spend by service, 2026-09 and 2026-10");
    }

    @Test
    void should_stay_quiet_about_a_rise_under_20_percent_or_under_20_dollars() {
        assertThat(find(costs(months("2026-09", 100_000L, "2026-10", 115_000L), new TreeMap<>()))).isEmpty();
        assertThat(find(costs(months("2026-09", 1_000L, "2026-10", 2_900L), new TreeMap<>()))).isEmpty();
        assertThat(find(costs(months("2026-10", 50_000L), new TreeMap<>()))).as("no month before to compare").isEmpty();
    }

    private static Optional<PortfolioFinding> find(CostFacts costs) {
        PortfolioSnapshot snapshot = FinanceSnapshots.snapshot(
                Facts.read(RUN.runId(), "portfolio", "costs", "s3-costs", "portfolio-costs", costs, List.of(), 0));
        return SpendJump.find(snapshot, costs);
    }

    private static CostFacts costs(SortedMap<String, Long> byMonth, SortedMap<String, SortedMap<String, Long>> byService) {
        SortedMap<String, String> names = months("AmazonS3", "Amazon Simple Storage Service", "AmazonCloudFront", "Amazon CloudFront",
                "AmazonEC2", "Amazon Elastic Compute Cloud");
        return new CostFacts("portfolio-costs", "cur/", "business", 3, 30, byMonth.values().stream().mapToLong(Long::longValue).sum(),
                byMonth, byService, names, new TreeMap<>(), 0, "2026-11", List.of(), false);
    }
}
