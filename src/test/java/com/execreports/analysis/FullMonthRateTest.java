package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.CostFacts;
import com.execreports.model.CostFacts.TopResource;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;

import org.junit.jupiter.api.Test;

class FullMonthRateTest {

    /** Monday 23 November: the export's November holds 22 days. */
    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final PortfolioSnapshot SNAPSHOT = new PortfolioSnapshot(RUN, List.of());
    private static final TopResource INSTANCE = new TopResource("i-0c7f3a91e2b48d615", "AmazonEC2", "USW2-BoxUsage:t3.medium", "jada", 2_196);

    @Test
    void should_take_the_rate_of_the_last_full_month_not_22_days_as_a_month() {
        // EC2: $38.67 in October, $27.54 in November to date, of which the instance is $21.96
        CostFacts costs = costs("2026-11", ec2(3_867, 2_754), INSTANCE);

        FullMonthRate rate = FullMonthRate.of(SNAPSHOT, costs, INSTANCE).orElseThrow();

        assertThat(rate.month()).isEqualTo("2026-10");
        assertThat(rate.monthlyCents()).isEqualTo(3_083); // 21.96 × 38.67 ÷ 27.54 = 30.83
        assertThat(Figures.money(rate.yearCents())).isEqualTo("$370"); // not 21.96 × 12 = $264
    }

    @Test
    void should_take_the_ranked_month_as_it_is_when_it_is_already_over() {
        TopResource october = new TopResource("i-1", "AmazonEC2", "BoxUsage", "jada", 3_095);

        FullMonthRate rate = FullMonthRate.of(SNAPSHOT, costs("2026-10", ec2(3_867, 0), october), october).orElseThrow();

        assertThat(rate).isEqualTo(new FullMonthRate(3_095, "2026-10"));
    }

    @Test
    void should_give_no_rate_for_a_service_with_no_full_month_yet() {
        assertThat(FullMonthRate.of(SNAPSHOT, costs("2026-11", ec2(0, 2_754), INSTANCE), INSTANCE)).isEmpty();
    }

    @Test
    void should_say_a_new_instance_has_no_yearly_figure_rather_than_annualise_its_first_days() {
        java.util.List<PortfolioFinding> found = new java.util.ArrayList<>();

        SpendFindings.costs(SNAPSHOT, costs("2026-11", ec2(0, 2_754), INSTANCE), 10, found);

        PortfolioFinding ec2 = found.stream().filter(f -> f.id().startsWith("ec2-instance.")).findFirst().orElseThrow();
        assertThat(ec2.impactCents()).isZero();
        assertThat(ec2.title()).contains("costs $22 so far in 2026-11");
        assertThat(ec2.impact()).isEqualTo("a yearly figure needs a full month of its cost; 2026-11 is the first");
    }

    @Test
    void should_annualise_the_idle_instance_from_its_full_month_rate() {
        java.util.List<PortfolioFinding> found = new java.util.ArrayList<>();

        SpendFindings.costs(SNAPSHOT, costs("2026-11", ec2(3_867, 2_754), INSTANCE), 10, found);

        PortfolioFinding ec2 = found.stream().filter(f -> f.id().startsWith("ec2-instance.")).findFirst().orElseThrow();
        assertThat(ec2.impactCents()).isEqualTo(36_996);
        assertThat(ec2.title()).contains("costs about $31 a month");
        assertThat(ec2.impact()).isEqualTo("about $370 a year at the rate of 2026-10, the last full month");
    }

    private static SortedMap<String, SortedMap<String, Long>> ec2(long october, long november) {
        SortedMap<String, Long> months = new TreeMap<>();
        months.put("2026-10", october);
        months.put("2026-11", november);
        SortedMap<String, SortedMap<String, Long>> services = new TreeMap<>();
        services.put("AmazonEC2", months);
        return services;
    }

    private static CostFacts costs(String ranked, SortedMap<String, SortedMap<String, Long>> services, TopResource top) {
        SortedMap<String, Long> byMonth = new TreeMap<>(services.get("AmazonEC2"));
        long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
        return new CostFacts("portfolio-costs", "cur/", "business", 2, 10, total, byMonth, services, new TreeMap<>(), new TreeMap<>(),
                0, ranked, List.of(top), false);
    }
}
