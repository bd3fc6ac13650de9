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
 * @param minorFindings the findings a brief does not detail, in short lines: one per finding, or one per kind
 *                      and severity where several minor findings look alike (see {@link FindingLine})
 * @param resolved     findings of the previous report that no longer appear
 * @param actions      what to do next, ranked by the risk they remove (see {@link RiskScore}), at most ten and every one that resolves a high finding
 * @param sections     role-specific tables
 * @param charts       charts embedded in the HTML part (described in the text part)
 * @param full         for a brief cut to the reading budget ({@link ReadingBudget}), the whole report it was cut from,
 *                     archived beside it; null when nothing was cut
 * @param leftOut      what the brief leaves to the full report, e.g. "Site audit (6 rows)"; empty when nothing was cut
 * @param briefDetail  how a brief cut from this report may show its findings, the most detail first (see
 *                     {@link ReadingBudget}); empty for a brief, or a report that was never meant to be cut
 * @param tracking     the findings' ids shared by every report and week, and the actions done since the last period
 * @param firstScreen  what the reader sees first: headline, trend, what changed, top risks, decisions; null for a
 *                     report built without one (the subject then names the report, not its headline)
 */
public record Report(String role, String title, String portfolio, String period, String asOf,
                     List<SourceLine> completeness, boolean degraded, List<String> summary, List<Kpi> kpis,
                     List<Finding> findings, List<FindingLine> minorFindings, List<Finding> resolved, List<Action> actions,
                     List<Section> sections, List<Chart> charts, Report full, List<String> leftOut, List<Detail> briefDetail,
                     Tracking tracking, FirstScreen firstScreen) {

    public Report(String role, String title, String portfolio, String period, String asOf,
                  List<SourceLine> completeness, boolean degraded, List<String> summary, List<Kpi> kpis,
                  List<Finding> findings, List<FindingLine> minorFindings, List<Finding> resolved, List<Action> actions,
                  List<Section> sections) {
        this(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings, resolved, actions,
                sections, List.of(), null, List.of(), List.of(), Tracking.NONE, null);
    }

    /**
     * What ties a report to the others of its run and to the weeks around it.
     *
     * @param refs each finding's id (its subject id) → the id the reader sees, the same in every report and week
     *             ("F-JADA-NO-INVOICE"); see {@link FindingRefs}
     * @param done the report's actions found done since the last period, listed once, in that week
     * @param note  said under the actions: whose owners they are, and that every action is new when their history could not
     *              be read
     * @param codes the businesses' short codes the ids start with (JADA, QDN): ids that differ only in them share one
     *              token in a list, "F-JADA/EYD/DC-UNCOLLECTED", as look-alike findings share a line
     */
    public record Tracking(java.util.Map<String, String> refs, List<Action> done, String note, java.util.Set<String> codes) {

        static final Tracking NONE = new Tracking(java.util.Map.of(), List.of(), "");

        public Tracking(java.util.Map<String, String> refs, List<Action> done, String note) {
            this(refs, done, note, java.util.Set.of());
        }

        public Tracking {
            refs = java.util.Map.copyOf(refs);
            done = List.copyOf(done);
            codes = java.util.Set.copyOf(codes);
        }
    }

    /** The same report with its findings' shared ids and its actions' history (the whole report it was cut from too). */
    public Report withTracking(Tracking t) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings,
                resolved, actions, sections, charts, full == null ? null : full.withTracking(t), leftOut, briefDetail, t, firstScreen);
    }

    /** The same report with its first screen (see {@link FirstScreens}). */
    Report withFirstScreen(FirstScreen first) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings,
                resolved, actions, sections, charts, full, leftOut, briefDetail, tracking, first);
    }

    /** The same report with its charts; a brief's full report gets them too, as its HTML shows the same images. */
    public Report withCharts(List<Chart> drawn) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings,
                resolved, actions, sections, List.copyOf(drawn), full == null ? null : full.withCharts(drawn), leftOut, briefDetail, tracking,
                firstScreen);
    }

    /** The same report with the ways a brief may show its findings (see {@link ReadingBudget}). */
    Report withBriefDetail(List<Detail> detail) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, findings, minorFindings,
                resolved, actions, sections, charts, full, leftOut, List.copyOf(detail), tracking, firstScreen);
    }

    /**
     * A brief cut from this report: its findings shown as {@code detail} says, with the evidence of the short lines
     * left out, only the {@code kept} tables and the {@code listed} actions (the best ones), and this whole report beside it,
     * which holds what the brief left.
     */
    Report brief(Detail detail, List<Section> kept, List<String> left, List<Action> listed) {
        return new Report(role, title, portfolio, period, asOf, completeness, degraded, summary, kpis, detail.findings(),
                detail.minorFindings().stream().map(FindingLine::shortened).toList(), resolved, List.copyOf(listed), List.copyOf(kept), charts,
                this, List.copyOf(left), List.of(), tracking, firstScreen);
    }

    /**
     * One way a brief shows the findings: these in detail, the worst of each kind, and the others in short lines, look-alike
     * ones sharing a line.
     */
    public record Detail(List<Finding> findings, List<FindingLine> minorFindings) {
    }

    /** True for the full report a brief was cut from, or a report that needed no cut: it lists every source by name. */
    public boolean complete() {
        return full == null;
    }

    /**
     * The id a reader follows from an action to a finding ("F-JADA-NO-INVOICE"): the same in every report of the run and
     * every week, derived from the finding's subject (see {@link FindingRefs}); "" for a finding this report does not show.
     */
    public String ref(String id) {
        if (!shownIds().contains(id)) {
            return "";
        }
        String ref = tracking.refs().get(id);
        return ref != null ? ref : "F-" + id.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
    }

    /**
     * The ids of several findings, in the order the report shows them, those that differ only in their business code
     * sharing one: "F-JADA/3028-NO-INVOICE, F-CASH-UNEXPLAINED".
     */
    public String refs(List<String> ids) {
        return String.join(", ", joinedByBusiness(shownIds().stream().filter(ids::contains).map(this::ref).distinct().toList()));
    }

    private List<String> joinedByBusiness(List<String> refs) {
        java.util.Map<String, List<String>> codesByRest = new java.util.LinkedHashMap<>();
        List<String> out = new java.util.ArrayList<>();
        for (String ref : refs) {
            int dash = ref.indexOf('-', 2);
            String code = dash < 0 ? "" : ref.substring(2, dash);
            if (tracking.codes().contains(code)) {
                String rest = ref.substring(dash + 1);
                if (!codesByRest.containsKey(rest)) {
                    out.add("\0" + rest); // placeholder: the joined id goes where its first member stood
                }
                codesByRest.computeIfAbsent(rest, r -> new java.util.ArrayList<>()).add(code);
            } else {
                out.add(ref);
            }
        }
        return out.stream().map(r -> r.startsWith("\0")
                ? "F-" + String.join("/", codesByRest.get(r.substring(1))) + "-" + r.substring(1) : r).toList();
    }

    /** The findings' ids in the order the report shows them: detailed ones, those of the short lines, the resolved ones. */
    private List<String> shownIds() {
        List<String> shown = new java.util.ArrayList<>();
        findings.forEach(f -> shown.add(f.id()));
        minorFindings.forEach(l -> shown.addAll(l.ids()));
        resolved.forEach(f -> shown.add(f.id()));
        return shown;
    }

    /**
     * The money terms this report shows, each with its one definition, for the footer: a brief that leaves the money
     * terms table to the attachment still says what its figures mean. Empty when the report shows none.
     */
    public String termsLine() {
        List<Section> all = full == null ? sections : full.sections();
        return all.stream().filter(s -> s.title().equals(MoneyTerms.TITLE)).findFirst()
                .map(s -> "Terms (to date): " + String.join("; ", s.rows().stream().map(r -> r.get(0) + " = " + r.get(2)).toList()) + ".")
                .orElse("");
    }

    /** How the findings and actions are ordered, in the one line every report's footer carries. */
    public String riskOrder() {
        return RiskScore.FORMULA;
    }

    /** A chart embedded in the HTML part by Content-ID; the description carries the same numbers for the text part. */
    public record Chart(String cid, String title, String description) {
    }

    /**
     * The subject carries the headline, so the inbox alone says what moved: "CFO · cash $91.9k, runway 5.4 mo · 3 new
     * findings · Demo portfolio 2026-W48". The portfolio stays in it, as one reader may get the reports of two.
     */
    public String subject() {
        String incomplete = degraded ? " (data incomplete)" : "";
        if (firstScreen == null) {
            return "[exec-reports] " + title + " — " + portfolio + " — " + period + incomplete;
        }
        return title.replaceFirst(" report$", "") + " · " + firstScreen.headline().subject() + " · " + findingCount()
                + " · " + portfolio + " " + period + incomplete;
    }

    /** "3 new findings" against the previous report, or all open ones on a first report. */
    private String findingCount() {
        List<Finding> all = full == null ? findings : full.findings();
        boolean compared = all.stream().anyMatch(f -> !f.since().isEmpty());
        if (!compared) {
            return Figures.plural(all.size(), "finding");
        }
        long fresh = all.stream().filter(f -> "new".equals(f.since())).count();
        return Figures.count(fresh) + " new finding" + (fresh == 1 ? "" : "s");
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
     * @param shortText the line without its per-business evidence ("headline — 7 pages across 3 businesses"), for a brief
     */
    public record FindingLine(String severity, String text, String since, List<String> ids, String shortText) {

        public FindingLine(String severity, String text, String since, List<String> ids) {
            this(severity, text, since, ids, text);
        }

        /** The line as a brief shows it: the headline and the count, the evidence left to the full report. */
        FindingLine shortened() {
            return new FindingLine(severity, shortText, since, ids, shortText);
        }
    }

    /**
     * A next step, tied to the findings it resolves.
     *
     * @param owner  who owns it and where the name comes from: "Tess Lindqvist (org register: Creative director)"
     * @param due    "due Mon 30 Nov" or "overdue since Mon 30 Nov"
     * @param status new | open 2 weeks (since 2026-W47) | reopened (done in 2026-W46) | done
     */
    public record Action(int rank, String title, String impact, String effort, List<String> resolves, String owner, String due,
                         String status) {

        public Action(int rank, String title, String impact, String effort, List<String> resolves) {
            this(rank, title, impact, effort, resolves, "", "", "");
        }

        Action renumbered(int n) {
            return new Action(n, title, impact, effort, resolves, owner, due, status);
        }

        Action tracked(String owner, String due, String status) {
            return new Action(rank, title, impact, effort, resolves, owner, due, status);
        }
    }

    /**
     * A titled table, with a note that says what the numbers are.
     *
     * @param essential part of what the role's report is for (the CFO's burn and break-even, say): a brief keeps it as long
     *                  as anything else can go to the full report instead, supporting tables and findings' evidence; a
     *                  report lists its essential tables most needed first, and when one must still go it is the last
     *                  that makes the brief fit (see {@link ReadingBudget})
     * @param shortForm the table in a line a row, which a brief keeps in its place when it leaves the table to the full
     *                  report; null when the table has none
     */
    public record Section(String title, String note, List<String> columns, List<List<String>> rows, boolean essential,
                          Section shortForm) {

        public Section(String title, String note, List<String> columns, List<List<String>> rows, boolean essential) {
            this(title, note, columns, rows, essential, null);
        }

        public Section(String title, String note, List<String> columns, List<List<String>> rows) {
            this(title, note, columns, rows, false, null);
        }

        Section asEssential() {
            return new Section(title, note, columns, rows, true, shortForm);
        }

        Section withShortForm(Section shorter) {
            return new Section(title, note, columns, rows, essential, shorter);
        }
    }
}
