package com.execreports.analysis;

import java.util.List;

/**
 * One executive report, ready to render: every figure is already formatted, so the HTML and text parts
 * (and every report of the run) read the same numbers the same way.
 *
 * @param role         ceo | cto | cfo | cmo | accounting
 * @param title        e.g. "CEO report"
 * @param portfolio    the portfolio's name
 * @param period       the ISO week reported, e.g. 2026-W48
 * @param asOf         when the figures were taken, formatted with its zone
 * @param completeness one line per expected source
 * @param degraded     true when at least one source failed or timed out
 * @param summary      3–5 sentences generated from the figures
 * @param kpis         headline figures
 * @param findings     what is wrong, with evidence
 * @param minorFindings the findings past the first {@code MAX_DETAILED}, in short lines: one per finding, or one per kind
 *                      and severity where several minor findings look alike (see {@link FindingLine})
 * @param resolved     findings of the previous report that no longer appear
 * @param actions      what to do next, ranked by impact ÷ effort, at most ten
 * @param sections     role-specific tables
 * @param charts       charts embedded in the HTML part (described in the text part)
 */
public record Report(String role, String title, String portfolio, String period, String asOf,
                     List<SourceLine> completeness, boolean degraded, List<String> summary, List<Kpi> kpis,
                     List<Finding> findings, List<FindingLine> minorFindings, List<Finding> resolved, List<Action> actions,
                     List<Section> sections, List<Chart> charts) {

    public Report(String role, String title, String portfolio, String period, String asOf,
                  List<SourceLine> completeness, boolean degraded, List<String> summary, List<Kpi> kpis,
                  List<Finding> findings, List<FindingLine> minorFindings, List<Finding> resolved, List<Action> actions,
                  List<Section> sections) {
        this(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings, resolved, actions,
                sections, List.of());
    }

    public Report withCharts(List<Chart> drawn) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings,
                resolved, actions, sections, List.copyOf(drawn));
    }

    /** A chart embedded in the HTML part by Content-ID; the description carries the same numbers for the text part. */
    public record Chart(String cid, String title, String description) {
    }

    /** Findings shown with their evidence; the rest are listed in one line each. */
    public static final int MAX_DETAILED = 12;

    public String subject() {
        return "[exec-reports] " + title + " — " + portfolio + " — " + period + (degraded ? " (data incomplete)" : "");
    }

    /** How one source fared in this run. */
    public record SourceLine(String source, String resource, String status, String note) {
    }

    /** A headline figure: value, change against the previous period, and what it is measured against. */
    public record Kpi(String name, String value, String change, String note) {
    }

    /**
     * Something wrong, precisely located.
     *
     * @param severity high | medium | low
     * @param where    evidence: table, bucket/key, source
     * @param impact   in money or customers where it can be estimated
     * @param since    new | still open | resolved, against the previous report; "" on the first report
     */
    public record Finding(String id, String severity, String business, String title, String where, String impact, String since) {
    }

    /**
     * One line of the findings past the detailed ones: a single finding as "business — title", or several of one kind
     * and severity under the headline they share, each with its business and evidence.
     *
     * @param since new | still open when every finding of the line shares it, else "" (each part then names its own)
     * @param ids   the ids of the findings on the line, so each stays findable and matches the actions resolving it
     */
    public record FindingLine(String severity, String text, String since, List<String> ids) {
    }

    /** A next step, tied to the findings it resolves. */
    public record Action(int rank, String title, String impact, String effort, List<String> resolves) {
    }

    /** A titled table, with a note that says what the numbers are. */
    public record Section(String title, String note, List<String> columns, List<List<String>> rows) {
    }
}
