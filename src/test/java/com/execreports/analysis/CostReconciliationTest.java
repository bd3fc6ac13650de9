package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.analysis.Report.Kpi;
import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

/** Cost Explorer against the CUR export per service-month, and what the CFO reads of the two (AwsCostSources). */
class CostReconciliationTest {

    private static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @Test
    void should_match_ec2_split_in_two_by_cost_explorer_within_a_cent_and_leave_the_open_month_out() {
        CostFacts cur = export(Map.of("AmazonEC2", Map.of("2026-10", 3867L, "2026-11", 2754L), "AmazonS3", Map.of("2026-10", 5417L)));
        // Compute 30.9504 and EC2 - Other 7.72 round to 3095 + 772 = 3867; the open month differs and is not compared
        CostFacts ce = explorer(Map.of("Amazon Elastic Compute Cloud - Compute", Map.of("2026-10", 3095L, "2026-11", 9999L),
                "EC2 - Other", Map.of("2026-10", 773L), "Amazon Simple Storage Service", Map.of("2026-10", 5417L)));

        CostReconciliation r = CostReconciliation.of(snapshot(cur, ce)).orElseThrow();

        assertThat(r.months()).containsExactly("2026-10");
        assertThat(r.cells()).isEqualTo(2);
        assertThat(r.differences()).isEmpty();
        assertThat(AwsCostSources.chartNote(snapshot(cur, ce))).isEqualTo(" Cost Explorer forecasts $160 for 2026-11 and agrees with the"
                + " CUR export within a cent per service in 2026-10.");
    }

    @Test
    void should_name_each_service_month_off_by_more_than_a_cent_the_largest_first() {
        CostFacts cur = export(Map.of("AmazonS3", Map.of("2026-10", 5417L), "AWSLambda", Map.of("2026-10", 18L)));
        CostFacts ce = explorer(Map.of("Amazon Simple Storage Service", Map.of("2026-10", 5729L), "AWS Lambda", Map.of("2026-10", 20L),
                "Amazon Route 53", Map.of("2026-10", 474L)));

        CostReconciliation r = CostReconciliation.of(snapshot(cur, ce)).orElseThrow();

        assertThat(r.differences()).containsExactly(
                new CostReconciliation.Difference("Amazon Route 53", "2026-10", 0, 474),
                new CostReconciliation.Difference("Amazon Simple Storage Service", "2026-10", 5417, 5729),
                new CostReconciliation.Difference("AWS Lambda", "2026-10", 18, 20));
        assertThat(AwsCostSources.chartNote(snapshot(cur, ce))).isEqualTo(" Cost Explorer forecasts $60 for 2026-11 and differs from the"
                + " CUR export in 3 service-months of 3 in 2026-10 (see findings).");
    }

    @Test
    void should_count_cost_explorer_alone_and_give_the_cfo_its_month_end_forecast() {
        CostFacts ce = explorer(Map.of("Amazon Simple Storage Service", Map.of("2026-10", 5417L, "2026-11", 16533L)));
        PortfolioSnapshot alone = snapshot(ce);

        assertThat(alone.costs()).extracting(PortfolioSnapshot.Fact::data).containsExactly(ce);
        assertThat(CostReconciliation.of(alone)).isEmpty();
        assertThat(AwsCostSources.chartNote(alone)).isEqualTo(" The figures are Cost Explorer's; it forecasts $225 for 2026-11.");
        assertThat(AwsCostSources.forecastKpi(alone)).contains(new Kpi("AWS month-end forecast", "$225", "",
                "2026-11: $165 so far + $60 expected 23–30 Nov"));
    }

    @Test
    void should_count_the_export_only_when_both_are_read() {
        CostFacts cur = export(Map.of("AmazonS3", Map.of("2026-10", 5417L)));
        CostFacts ce = explorer(Map.of("Amazon Simple Storage Service", Map.of("2026-10", 5417L)));

        assertThat(snapshot(cur, ce).costs()).extracting(PortfolioSnapshot.Fact::data).containsExactly(cur);
        assertThat(AwsCostSources.chartNote(snapshot(cur))).isEmpty();
        assertThat(AwsCostSources.forecastKpi(snapshot(cur))).isEmpty();
    }

    private static PortfolioSnapshot snapshot(CostFacts... costs) {
        return new PortfolioSnapshot(RUN, java.util.Arrays.stream(costs).map(c -> Facts.read(RUN.runId(), "portfolio",
                c.explorer() == null ? "costs" : "cost-explorer", c.explorer() == null ? "s3-cost-export" : "aws-cost", "r", c,
                List.of(), 0)).toList());
    }

    private static CostFacts export(Map<String, Map<String, Long>> byService) {
        SortedMap<String, String> names = new TreeMap<>(Map.of("AmazonS3", "Amazon Simple Storage Service", "AmazonEC2",
                "Amazon Elastic Compute Cloud", "AWSLambda", "AWS Lambda"));
        return new CostFacts("portfolio-costs", "cur/", "business", 3, 30, 0, byMonth(byService), nested(byService), names,
                new TreeMap<>(), 0, "2026-11", List.of(), false);
    }

    private static CostFacts explorer(Map<String, Map<String, Long>> byService) {
        SortedMap<String, Long> months = byMonth(byService);
        return new CostFacts(null, null, "business", 0, 10, 0, months, nested(byService), new TreeMap<>(), new TreeMap<>(), 0, null,
                List.of(), false, new CostFacts.Explorer(List.of("2026-09", "2026-10"), "2026-11", "2026-11-23", 6012));
    }

    private static SortedMap<String, Long> byMonth(Map<String, Map<String, Long>> byService) {
        SortedMap<String, Long> months = new TreeMap<>();
        byService.values().forEach(m -> m.forEach((k, v) -> months.merge(k, v, Long::sum)));
        return months;
    }

    private static SortedMap<String, SortedMap<String, Long>> nested(Map<String, Map<String, Long>> byService) {
        SortedMap<String, SortedMap<String, Long>> n = new TreeMap<>();
        byService.forEach((k, v) -> n.put(k, new TreeMap<>(v)));
        return n;
    }
}
