package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.PortfolioFinding.Stake;
import com.execreports.analysis.RiskScore.Exposure;
import com.execreports.analysis.Report.Action;

import org.junit.jupiter.api.Test;

class ActionRankingTest {

    @Test
    void should_rank_a_critical_fix_of_a_day_above_a_medium_fix_of_an_hour() {
        List<Action> actions = ActionRanking.rank(worstFirst(
                finding("undated-transition.dana", "medium", 0, "Set a date and a named successor", 1),
                finding("secret.stripe", "high", 0, "Rotate every exposed credential", 2).exposedTo(Set.of(Exposure.LIVE, Exposure.PAYMENT_PATH))));

        assertThat(actions).extracting(Action::title).containsExactly("Rotate every exposed credential", "Set a date and a named successor");
        assertThat(actions).extracting(Action::rank).containsExactly(1, 2);
    }

    @Test
    void should_let_effort_decide_only_between_comparable_risks() {
        // the same severity and money: a fix of an hour before a fix of a few days
        List<Action> actions = ActionRanking.rank(worstFirst(
                finding("a", "high", 1_000_000, "Slow fix", 3),
                finding("b", "high", 1_000_000, "Quick fix", 1)));

        assertThat(actions).extracting(Action::title).containsExactly("Quick fix", "Slow fix");
    }

    @Test
    void should_order_by_title_when_risk_and_effort_tie() {
        List<Action> actions = ActionRanking.rank(worstFirst(
                finding("z", "medium", 0, "Beta fix", 2),
                finding("y", "medium", 0, "Alpha fix", 2)));

        assertThat(actions).extracting(Action::title).containsExactly("Alpha fix", "Beta fix");
    }

    @Test
    void should_call_an_action_critical_when_it_resolves_a_live_credential_or_large_money() {
        List<Action> actions = ActionRanking.rank(worstFirst(
                finding("secret.aws", "high", 0, "Rotate", 2).exposedTo(Set.of(Exposure.LIVE)),
                finding("uncollected.eyd", "high", 32_870_500, "Collect", 2),
                finding("no-handoff", "high", 0, "Write handoff procedures", 3),
                finding("no-analytics.jada", "medium", 0, "Add analytics", 1),
                finding("stale-copy.jada", "low", 0, "Refresh copy", 2)));

        assertThat(actions).extracting(Action::title, Action::impact).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Collect", "critical ($328,705 at stake)"),
                org.assertj.core.groups.Tuple.tuple("Rotate", "critical"),
                org.assertj.core.groups.Tuple.tuple("Write handoff procedures", "high"),
                org.assertj.core.groups.Tuple.tuple("Add analytics", "medium"),
                org.assertj.core.groups.Tuple.tuple("Refresh copy", "low"));
        assertThat(actions).extracting(Action::effort).containsExactly("a day", "a day", "a few days", "an hour", "a day");
    }

    @Test
    void should_merge_findings_that_share_a_fix_into_one_action_listing_all_their_ids() {
        List<Action> actions = ActionRanking.rank(worstFirst(
                finding("no-invoice.jada", "high", 100_000, "Invoice every booking", 2),
                finding("no-analytics.jada", "medium", 0, "Add an analytics tag", 1),
                finding("no-invoice.rental", "medium", 50_000, "Invoice every booking", 2)));

        assertThat(actions).hasSize(2);
        Action invoice = actions.get(0);
        assertThat(invoice.title()).isEqualTo("Invoice every booking");
        assertThat(invoice.resolves()).containsExactly("no-invoice.jada", "no-invoice.rental");
        assertThat(invoice.impact()).isEqualTo("high ($1,500 at stake)");
        assertThat(invoice.effort()).isEqualTo("a day");
        assertThat(actions.get(1).resolves()).containsExactly("no-analytics.jada");
    }

    @Test
    void should_count_money_two_actions_point_at_once_with_the_first() {
        // $200,000 uncollected, of which $80,000 is revenue with no invoice: the same money the invoicing fix claims
        PortfolioFinding uncollected = finding("uncollected.eyd", "high", 20_000_000, "Collect what is earned", 2)
                .staking(List.of(new Stake("uninvoiced.eyd", 8_000_000), new Stake("uncollected.eyd", 12_000_000)));
        PortfolioFinding uninvoiced = finding("no-invoice.eyd", "medium", 8_000_000, "Invoice every booking", 2)
                .staking(List.of(new Stake("uninvoiced.eyd", 8_000_000)));

        List<Action> actions = ActionRanking.rank(worstFirst(uncollected, uninvoiced));

        assertThat(actions).extracting(Action::impact).containsExactly("critical ($200,000 at stake)", "medium");
    }

    @Test
    void should_leave_money_out_of_the_impact_when_none_is_at_stake() {
        List<Action> actions = ActionRanking.rank(List.of(finding("gap", "high", 0, "Restore the failing data sources", 2)));

        assertThat(actions).containsExactly(new Action(1, "Restore the failing data sources", "high", "a day", List.of("gap")));
    }

    @Test
    void should_keep_ten_actions_and_every_later_one_that_resolves_a_high_finding() {
        List<PortfolioFinding> findings = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            findings.add(finding("m" + i, "medium", 1_000_000L * i, "Fix %02d".formatted(i), 1));
        }
        // a high finding nobody is sure of ranks below twelve medium ones with money, and still keeps its action
        findings.add(finding("handoff", "high", 0, "Write handoff procedures", 5).withConfidence(RiskScore.Confidence.SUSPECTED));
        findings.add(finding("seo", "low", 0, "Add a sitemap", 1));

        List<Action> actions = ActionRanking.rank(worstFirst(findings.toArray(PortfolioFinding[]::new)));

        assertThat(actions).hasSize(11);
        assertThat(actions).extracting(Action::title).contains("Write handoff procedures").doesNotContain("Add a sitemap");
        assertThat(actions.get(10).rank()).isEqualTo(11);
    }

    @Test
    void should_say_the_top_action_resolves_the_worst_risk() {
        List<PortfolioFinding> findings = worstFirst(
                finding("secret.stripe", "high", 0, "Rotate every exposed credential", 2).exposedTo(Set.of(Exposure.LIVE)),
                finding("no-analytics.jada", "medium", 0, "Add an analytics tag", 1));

        assertThat(ActionRanking.topActionSentence(findings))
                .isEqualTo("Top action: rotate every exposed credential (impact critical, effort a day).");
    }

    @Test
    void should_say_why_the_top_action_does_not_resolve_the_worst_risk() {
        // one fix for three businesses' uncollected money outweighs one business's uninvoiced bookings
        List<PortfolioFinding> findings = worstFirst(
                finding("no-invoice.jada", "high", 54_899_000, "Invoice every booking", 2),
                finding("uncollected.eyd", "high", 32_870_500, "Collect what is earned", 2),
                finding("uncollected.dc", "high", 4_330_500, "Collect what is earned", 2),
                finding("uncollected.rental", "high", 937_200, "Collect what is earned", 2));

        assertThat(findings.get(0).id()).isEqualTo("no-invoice.jada");
        assertThat(ActionRanking.topActionSentence(findings)).isEqualTo("Top action: collect what is earned (impact critical "
                + "($381,382 at stake), effort a day) — more risk removed than by the worst risk's fix (action 2).");
    }

    @Test
    void should_rank_nothing_when_there_are_no_findings() {
        assertThat(ActionRanking.rank(List.of())).isEmpty();
        assertThat(ActionRanking.topActionSentence(List.of())).isEmpty();
    }

    private static List<PortfolioFinding> worstFirst(PortfolioFinding... findings) {
        return java.util.Arrays.stream(findings).sorted(PortfolioFinding.WORST_FIRST).toList();
    }

    private static PortfolioFinding finding(String id, String severity, long cents, String fixTitle, int effort) {
        return new PortfolioFinding(id, severity, "JADA", "Finding " + id, "somewhere", "some impact", cents,
                Set.of("ceo"), new Fix(fixTitle, effort));
    }
}
