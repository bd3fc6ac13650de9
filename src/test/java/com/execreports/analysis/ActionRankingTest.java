package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.Action;

import org.junit.jupiter.api.Test;

class ActionRankingTest {

    @Test
    void should_rank_actions_by_impact_divided_by_effort() {
        List<Action> actions = ActionRanking.rank(List.of(
                finding("c", "Fix C", 3, 3, 0),
                finding("a", "Fix A", 5, 1, 0),
                finding("d", "Fix D", 2, 4, 0),
                finding("b", "Fix B", 4, 2, 0)));

        assertThat(actions).extracting(Action::title).containsExactly("Fix A", "Fix B", "Fix C", "Fix D");
        assertThat(actions).extracting(Action::rank).containsExactly(1, 2, 3, 4);
    }

    @Test
    void should_put_the_higher_impact_first_when_scores_tie() {
        List<Action> actions = ActionRanking.rank(List.of(
                finding("small", "Quick small fix", 2, 1, 0),
                finding("big", "Bigger fix", 4, 2, 0)));

        assertThat(actions).extracting(Action::title).containsExactly("Bigger fix", "Quick small fix");
    }

    @Test
    void should_order_by_title_when_score_and_impact_tie() {
        List<Action> actions = ActionRanking.rank(List.of(
                finding("z", "Beta fix", 3, 2, 0),
                finding("y", "Alpha fix", 3, 2, 0)));

        assertThat(actions).extracting(Action::title).containsExactly("Alpha fix", "Beta fix");
    }

    @Test
    void should_describe_impact_and_effort_in_words() {
        List<Action> actions = ActionRanking.rank(List.of(
                finding("a", "Critical in an hour", 5, 1, 0),
                finding("b", "High in a day", 4, 2, 0),
                finding("c", "Medium in a few days", 3, 3, 0),
                finding("d", "Low in a week", 2, 4, 0),
                finding("e", "Minor project", 1, 5, 0)));

        assertThat(actions).extracting(Action::impact).containsExactly("critical", "high", "medium", "low", "minor");
        assertThat(actions).extracting(Action::effort).containsExactly("an hour", "a day", "a few days", "a week", "a project");
    }

    @Test
    void should_merge_findings_that_share_a_fix_into_one_action_listing_all_their_ids() {
        List<Action> actions = ActionRanking.rank(List.of(
                finding("no-invoice.jada", "Invoice every booking", 5, 2, 100_000),
                finding("no-analytics.jada", "Add an analytics tag", 3, 2, 0),
                finding("no-invoice.rental", "Invoice every booking", 5, 2, 50_000)));

        assertThat(actions).hasSize(2);
        Action invoice = actions.get(0);
        assertThat(invoice.title()).isEqualTo("Invoice every booking");
        assertThat(invoice.resolves()).containsExactly("no-invoice.jada", "no-invoice.rental");
        assertThat(invoice.impact()).isEqualTo("critical ($1,500 at stake)");
        assertThat(invoice.effort()).isEqualTo("a day");
        assertThat(actions.get(1).resolves()).containsExactly("no-analytics.jada");
    }

    @Test
    void should_leave_money_out_of_the_impact_when_none_is_at_stake() {
        List<Action> actions = ActionRanking.rank(List.of(finding("gap", "Restore the failing data sources", 4, 2, 0)));

        assertThat(actions).containsExactly(new Action(1, "Restore the failing data sources", "high", "a day", List.of("gap")));
    }

    @Test
    void should_keep_at_most_ten_actions_dropping_the_lowest_scores() {
        List<PortfolioFinding> findings = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            // fix i: impact 5, effort 1 for i <= 10; the last two are the weakest
            findings.add(finding("f" + i, "Fix %02d".formatted(i), i <= 10 ? 5 : 1, i <= 10 ? 1 : 5, 0));
        }

        List<Action> actions = ActionRanking.rank(findings);

        assertThat(actions).hasSize(10);
        assertThat(actions).extracting(Action::title).doesNotContain("Fix 11", "Fix 12");
        assertThat(actions.get(9).rank()).isEqualTo(10);
    }

    @Test
    void should_rank_nothing_when_there_are_no_findings() {
        assertThat(ActionRanking.rank(List.of())).isEmpty();
    }

    private static PortfolioFinding finding(String id, String fixTitle, int impact, int effort, long cents) {
        return new PortfolioFinding(id, "medium", "JADA", "Finding " + id, "somewhere", "some impact", cents,
                Set.of("ceo"), new Fix(fixTitle, impact, effort));
    }
}
