package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.execreports.analysis.Report.Kpi;

import org.junit.jupiter.api.Test;

class KpiTargetsTest {

    @Test
    void should_say_in_the_note_whether_the_first_number_of_the_kpi_met_its_target() {
        List<Kpi> kpis = KpiTargets.apply(List.of(
                new Kpi("Monthly recurring revenue", "$24,345", "no change", "active subscriptions"),
                new Kpi("Revenue with no invoice", "$0", "", ""),
                new Kpi("Open pipeline", "35 leads, $135,580", "", "upcoming")),
                Map.of("monthly-recurring-revenue", ">= 30000", "revenue-with-no-invoice", "<= 0", "open-pipeline", "> 40"));

        assertThat(kpis).extracting(Kpi::note).containsExactly("active subscriptions; target ≥ $30,000: missed",
                "target ≤ $0: met", "upcoming; target > 40: missed");
    }

    @Test
    void should_refuse_a_target_that_is_not_a_comparison_naming_the_property() {
        assertThatThrownBy(() -> KpiTargets.apply(List.of(new Kpi("Monthly recurring revenue", "$1", "", "")),
                Map.of("monthly-recurring-revenue", "lots")))
                .hasMessage("kpi.target.monthly-recurring-revenue = 'lots' is not a target (expected e.g. '>= 30000' or '<= 0')");
    }

    @Test
    void should_leave_kpis_without_a_target_alone() {
        Kpi kpi = new Kpi("Data sources read", "25 of 25", "", "failed ones are named below");
        assertThat(KpiTargets.apply(List.of(kpi), Map.of("other", ">= 1"))).containsExactly(kpi);
    }
}
