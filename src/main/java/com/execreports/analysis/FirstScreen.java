package com.execreports.analysis;

import java.util.List;

import com.execreports.analysis.Report.Kpi;

/**
 * What an executive reads on the first phone screen of the brief: the role's headline figure with its trend, a few
 * figures the role acts on, what changed since the last report, the worst risks with the action for each, and (for the
 * CEO) the decisions only the owner can take.
 *
 * @param headline  the role's one number, as the subject line carries it too
 * @param figures   3–5 figures of the role, each with its trend
 * @param changes   the largest moves and the new and resolved findings, one sentence each
 * @param risks     the top risks (at most 3), each with the action that removes it
 * @param decisions decisions for the reader, each with its options and what each costs; empty for most roles
 */
public record FirstScreen(Headline headline, List<Kpi> figures, List<String> changes, List<Risk> risks,
                          List<Decision> decisions) {

    public FirstScreen {
        figures = List.copyOf(figures);
        changes = List.copyOf(changes);
        risks = List.copyOf(risks);
        decisions = List.copyOf(decisions);
    }

    /**
     * @param name      what the number is, e.g. "Cash and runway"
     * @param value     the number(s) in full, e.g. "$91,887 cash, 5.4 months of runway"
     * @param change    its trend, e.g. "-18% on July" or "-6% vs 2026-W47"
     * @param subject   the same in a few characters for the subject line, e.g. "cash $91.9k, runway 5.4 mo"
     * @param sparkline the last months of the figure (or the one it rests on), with what they are
     * @param trendOf   what the sparkline draws, e.g. "month-end cash"
     */
    public record Headline(String name, String value, String change, String subject, Sparkline sparkline, String trendOf) {
    }

    /**
     * @param finding   "business — title" of the risk
     * @param action    what removes it
     * @param resolves  the ids of the findings it resolves (for their F-references)
     */
    public record Risk(String finding, String action, List<String> resolves) {
    }

    /**
     * A decision the data puts to the reader.
     *
     * @param question what to decide, e.g. "Fund the runway gap of $11,039 a month"
     * @param why      the figures that ask for it
     * @param options  2–3 ways to decide it
     */
    public record Decision(String question, String why, List<Option> options) {
    }

    /** One way to decide, and what it costs. */
    public record Option(String choice, String cost) {
    }
}
