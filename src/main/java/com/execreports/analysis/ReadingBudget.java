package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import com.execreports.analysis.Report.Action;
import com.execreports.analysis.Report.Finding;
import com.execreports.analysis.Report.FindingLine;
import com.execreports.analysis.Report.Kpi;
import com.execreports.analysis.Report.Section;
import com.execreports.analysis.Report.SourceLine;

/**
 * How much of a report fits the owner's five minutes on a phone ({@code reports.max-words}, 1,200 words at about
 * 240 words a minute). A report over the budget is sent as a brief: summary, key figures, findings, actions and
 * data gaps always stay; first fewer findings keep their evidence in detail (the others stay, one line each), then
 * whole tables move to the full report, the largest first, then fewer findings still are detailed. Nothing is lost:
 * the full report is archived beside the brief, which names what it left there.
 *
 * <p>Words are counted as a reader meets them in the text part: whitespace-separated tokens holding a letter or a
 * digit (table rules and bars are not words), labels included. The estimate runs on the model, before rendering;
 * the golden tests measure the rendered text against the same budget.
 */
public record ReadingBudget(int maxWords) {

    /** 5 minutes at about 240 words a minute, the silent-reading rate of adults reading non-fiction. */
    public static final int DEFAULT_MAX_WORDS = 1200;

    /** Findings shown with their evidence in a brief; then the fewest, when tables alone do not make it fit. */
    static final int BRIEF_DETAILED = 6;
    static final int FEWEST_DETAILED = 3;

    /**
     * The chart descriptions the text part carries: drawn after the analysis, so the budget keeps room for them (the
     * CFO's two charts take about 80 words in the demo).
     */
    static final int CHART_ALLOWANCE = 90;

    /** The text part's table width (layout.txt.ftl). */
    private static final int TEXT_TABLE_WIDTH = 100;

    /** Role lead, headings, completeness header and closing line: what every text part prints besides its data. */
    static final int FRAME_WORDS = 45;

    public ReadingBudget {
        if (maxWords < 200) {
            throw new IllegalArgumentException("reports.max-words must be at least 200, was " + maxWords);
        }
    }

    /**
     * @param whole        the whole report: every finding in detail and every table
     * @param withDetailed the same report as a brief lists it: only that many findings in detail, and look-alike high
     *                     findings sharing a line
     */
    Report fit(Report whole, IntFunction<Report> withDetailed) {
        if (words(whole) <= maxWords) {
            return whole;
        }
        Cut cut = new Cut(withDetailed.apply(BRIEF_DETAILED));
        cut.leaveTables(false);
        if (cut.over()) {
            cut.report = withDetailed.apply(FEWEST_DETAILED);
            cut.leaveTables(true);
        }
        // named in the order the full report shows them
        List<String> leftOut = whole.sections().stream().filter(cut.left::contains).map(ReadingBudget::leftOutName).toList();
        return cut.report.briefOf(whole, cut.kept, leftOut);
    }

    /** A brief in the making: which tables it keeps and which it leaves to the full report. */
    private final class Cut {
        Report report;
        final List<Section> kept;
        final List<Section> left = new ArrayList<>();

        Cut(Report report) {
            this.report = report;
            this.kept = new ArrayList<>(report.sections());
        }

        boolean over() {
            return wordsWithout(shortLines(report)) + sectionWords(kept) + leftOutWords(left) > maxWords;
        }

        /** Leaves the largest tables to the full report until the brief fits: the supporting ones, then if need be the essential. */
        void leaveTables(boolean essentialToo) {
            while (over()) {
                Section largest = kept.stream().filter(s -> essentialToo || !s.essential())
                        .max(Comparator.comparingInt(ReadingBudget::words)).orElse(null);
                if (largest == null) {
                    return;
                }
                kept.remove(largest);
                left.add(largest);
            }
        }
    }

    private static Report shortLines(Report r) {
        return r.briefOf(null, r.sections(), List.of());
    }

    /** The words of the text part this report renders to, estimated from the model. */
    static int words(Report r) {
        return wordsWithout(r) + sourceNames(r) + sectionWords(r.sections()) + leftOutWords(r.leftOut().size());
    }

    /** A report that was not cut names every source read completely (two words each, about); a brief counts them. */
    private static int sourceNames(Report r) {
        return r.complete() ? 2 * (int) r.completeness().stream().filter(s -> "ok".equals(s.status())).count() : 0;
    }

    /** Every part but the tables. */
    private static int wordsWithout(Report r) {
        int n = FRAME_WORDS + words(r.riskOrder()) + CHART_ALLOWANCE + words(r.title()) + words(r.portfolio()) + words(r.asOf()) + 4;
        for (String s : r.summary()) {
            n += words(s);
        }
        for (Kpi k : r.kpis()) {
            n += words(k.name()) + words(k.value()) + words(k.change()) + words(k.note());
        }
        for (Finding f : r.findings()) {
            // "[HIGH] F1 (new) business — title", "where:", "impact:"
            n += 4 + words(f.since()) + words(f.business()) + words(f.title()) + words(f.where()) + words(f.impact());
        }
        if (!r.minorFindings().isEmpty()) {
            n += 3;
        }
        for (FindingLine l : r.minorFindings()) {
            n += 2 + words(l.text()) + words(l.since()) + Math.min(l.ids().size(), 3);
        }
        if (!r.resolved().isEmpty()) {
            n += 5;
        }
        for (Finding f : r.resolved()) {
            n += words(f.business()) + words(f.title());
        }
        for (Action a : r.actions()) {
            // "1. title (impact: x, effort: y; resolves: F1, F2)"
            n += 5 + words(a.title()) + words(a.impact()) + words(a.effort()) + Math.min(a.resolves().size(), 3);
        }
        for (SourceLine s : r.completeness()) {
            boolean read = "ok".equals(s.status()) && "read completely".equals(s.note());
            n += read ? 0 : words(s.source()) + words(s.resource()) + words(s.status()) + words(s.note());
        }
        return n;
    }

    private static int sectionWords(List<Section> sections) {
        return sections.stream().mapToInt(ReadingBudget::words).sum();
    }

    static int words(Section s) {
        int header = 0;
        for (String c : s.columns()) {
            header += words(c);
        }
        int n = words(s.title()) + words(s.note()) + header;
        for (List<String> row : s.rows()) {
            for (String c : row) {
                n += words(c);
            }
        }
        // a table too wide for a phone's text part prints each row as "column: value" lines (layout.txt.ftl, macro table)
        return n + (asBlocks(s) ? header * s.rows().size() : 0);
    }

    /** Mirrors the text layout: wider than 100 columns, with under 24 left for the last column, rows become blocks. */
    static boolean asBlocks(Section s) {
        int columns = s.columns().size();
        for (List<String> row : s.rows()) {
            columns = Math.max(columns, row.size());
        }
        int total = 0;
        int last = 0;
        for (int i = 0; i < columns; i++) {
            int width = i < s.columns().size() ? s.columns().get(i).length() : 0;
            for (List<String> row : s.rows()) {
                width = Math.max(width, i < row.size() && row.get(i) != null ? row.get(i).length() : 0);
            }
            total += width + (i < columns - 1 ? 3 : 0);
            last = width;
        }
        return total > TEXT_TABLE_WIDTH && TEXT_TABLE_WIDTH - (total - last) < 24;
    }

    /** "Left for the full report (cfo-full.html): Title (30 rows), ..." */
    private static int leftOutWords(List<Section> left) {
        return left.isEmpty() ? 0 : 8 + left.stream().mapToInt(s -> words(s.title()) + 2).sum();
    }

    private static int leftOutWords(int sections) {
        return sections == 0 ? 0 : 8 + 4 * sections;
    }

    private static String leftOutName(Section s) {
        return s.title() + " (" + Figures.plural(s.rows().size(), "row") + ")";
    }

    /** Tokens between whitespace that hold a letter or a digit: what a reader reads as a word. */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int n = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
