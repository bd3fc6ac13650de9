package com.execreports.analysis;

import static com.execreports.analysis.FinanceSnapshots.channel;
import static com.execreports.analysis.FinanceSnapshots.channels;
import static com.execreports.analysis.FinanceSnapshots.months;
import static com.execreports.analysis.FinanceSnapshots.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/** The KPI names a kpi.target may name are the ones the reports really show: a renamed KPI fails here, not silently. */
class KpiNamesTest {

    private final ReportBook book = new ReportBook(FinanceSnapshots.SETTINGS);

    @Test
    void should_list_every_kpi_the_reports_show_with_every_source_read_or_none() {
        Set<String> shown = new TreeSet<>();
        for (PortfolioSnapshot snapshot : List.of(everySourceRead(), FinanceSnapshots.snapshot(), FinanceSnapshots.portfolio())) {
            book.write(snapshot).forEach(r -> r.kpis().forEach(k -> shown.add(k.name())));
        }

        assertThat(KpiNames.NAMES).containsExactlyInAnyOrderElementsOf(shown);
    }

    @Test
    void should_key_each_kpi_as_ops_type_it_in_lower_case_joined_by_dashes() {
        assertThat(KpiNames.keys()).contains("monthly-recurring-revenue", "not-invoiced", "aws-spend-last-full-month",
                "collected-cash-basis", "earned-not-collected").doesNotHaveDuplicates();
    }

    @Test
    void should_read_a_target_as_the_reports_read_it() {
        assertThat(KpiNames.isTarget(">= 30000")).isTrue();
        assertThat(KpiNames.isTarget("<= 0")).isTrue();
        assertThat(KpiNames.isTarget("at least 30000")).isFalse();
        assertThat(KpiNames.isTarget("30000")).isFalse();
    }

    private static PortfolioSnapshot everySourceRead() {
        PortfolioSnapshot portfolio = FinanceSnapshots.portfolio();
        List<com.execreports.model.Facts> sources = new java.util.ArrayList<>(portfolio.sources());
        sources.add(profile("rental", "Rental", "rental"));
        sources.add(FinanceSnapshots.site("jada", List.of("GA4")));
        sources.add(FinanceSnapshots.costExplorer());
        sources.add(channels(new java.util.TreeMap<>(java.util.Map.of("jada",
                channel(120, months("2026-10", 4L, "2026-11", 6L), List.of(), 30, 900, new BigDecimal("8.5"))))));
        return FinanceSnapshots.snapshot(sources.toArray(com.execreports.model.Facts[]::new));
    }
}
