package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.execreports.model.CostFacts;
import com.execreports.model.Facts;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

/** One Cost Explorer read's figures: groups summed exactly and rounded once a cell, tag keys, carried months, refused amounts. */
class CostExplorerTallyTest {

    @Test
    void should_round_each_cell_once_and_read_an_empty_tag_value_as_untagged() {
        CostExplorer.Tally tally = new CostExplorer(null, null).open("portfolio", "cost-explorer", "business");
        tally.service("2026-10", "Amazon Simple Storage Service", new BigDecimal("54.1657440645"));
        tally.service("2026-10", "AWS Lambda", new BigDecimal("0.1832485919"));
        tally.tagged("2026-10", "business$jada", new BigDecimal("54.1657440645"));
        tally.tagged("2026-10", "business$", new BigDecimal("0.1832485919"));
        tally.asked("2026-10", true);
        tally.forecast("2026-11", "2026-11-23", 6012);

        CostFacts c = (CostFacts) tally.facts("run").data();

        assertThat(c.spendByMonth()).isEqualTo(Map.of("2026-10", 5435L)); // 54.3489926564, not 5417 + 18
        assertThat(c.spendByServiceMonth().get("AWS Lambda")).isEqualTo(Map.of("2026-10", 18L));
        assertThat(c.spendByBusinessMonth().keySet()).containsExactly(CostFacts.UNTAGGED, "jada");
        assertThat(c.untaggedCents()).isEqualTo(18);
        assertThat(c.explorer().closedMonths()).containsExactly("2026-10");
        assertThat(c.origin()).isEqualTo("Cost Explorer");
        assertThat(c.monthEndForecastCents()).as("no spend read for 2026-11 yet: the forecast alone").hasValue(6012);
    }

    @Test
    void should_carry_a_closed_month_as_archived_and_name_an_amount_that_is_not_one() {
        CostExplorer.Tally before = new CostExplorer(null, null).open("portfolio", "cost-explorer", "business");
        before.service("2026-09", "Amazon CloudFront", new BigDecimal("67.9634857142"));
        before.tagged("2026-09", "business$jada", new BigDecimal("67.9634857142"));
        before.asked("2026-09", true);
        CostFacts archived = (CostFacts) before.facts("run").data();

        CostExplorer.Tally tally = new CostExplorer(null, null).open("portfolio", "cost-explorer", "business");
        tally.carry("2026-09", archived);
        BigDecimal refused = tally.amount("2026-10 [AWS Lambda]", "1,5");
        Facts facts = tally.facts("run");

        assertThat(refused).isNull();
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).hasSize(1);
        assertThat(facts.issues().get(0).where()).isEqualTo("Cost Explorer 2026-10 [AWS Lambda]");
        CostFacts c = (CostFacts) facts.data();
        assertThat(c.spendByMonth()).isEqualTo(archived.spendByMonth());
        assertThat(c.spendByServiceMonth()).isEqualTo(archived.spendByServiceMonth());
        assertThat(c.spendByBusinessMonth()).isEqualTo(archived.spendByBusinessMonth());
        assertThat(c.explorer().closedMonths()).isEqualTo(List.of("2026-09"));
    }
}
