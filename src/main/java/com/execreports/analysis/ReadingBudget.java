package com.execreports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import com.execreports.analysis.Report.Detail;
import com.execreports.analysis.Report.Section;

/**
 * How much of a report fits the owner's five minutes on a phone ({@code reports.max-words}, 1,200 words at about
 * 240 words a minute). A report over the budget is sent as a brief: summary, key figures, chart descriptions,
 * findings, actions and data gaps always stay; first fewer findings keep their evidence in detail (the others stay, one
 * line each), then whole tables move to the full report, the supporting ones first, the largest first, then fewer
 * findings still are detailed, then the essential ones. Nothing is lost: the full report is archived beside the brief,
 * which names what it left there.
 *
 * <p>Every candidate brief is measured, not estimated: {@code textWords} counts the words of the text part it renders
 * to (in the service, the role's text template with the report's own charts described, so a report without charts
 * keeps no room for them). A model of the layout overshot the rendered text by 2–8% and cost tables that fit; a
 * render of the text part takes milliseconds, and a brief is settled in a few dozen at most.
 */
public final class ReadingBudget {

    /** 5 minutes at about 240 words a minute, the silent-reading rate of adults reading non-fiction. */
    public static final int DEFAULT_MAX_WORDS = 1200;

    /** Findings shown with their evidence in a brief; then the fewest, when tables alone do not make it fit. */
    static final int BRIEF_DETAILED = 6;
    static final int FEWEST_DETAILED = 3;

    /** The text part's table width (layout.txt.ftl). */
    private static final int TEXT_TABLE_WIDTH = 100;

    private final int maxWords;
    private final ToIntFunction<Report> textWords;

    /**
     * @param textWords the words of the text part a report renders to, counted by {@link #words(String)}; given the
     *                  report with its charts attached
     */
    public ReadingBudget(int maxWords, ToIntFunction<Report> textWords) {
        if (maxWords < 200) {
            throw new IllegalArgumentException("reports.max-words must be at least 200, was " + maxWords);
        }
        this.maxWords = maxWords;
        this.textWords = textWords;
    }

    public int maxWords() {
        return maxWords;
    }

    /**
     * The report as it is when its text part fits the budget, else the brief cut from it. Called once the charts are
     * attached: their descriptions are read in the text part too.
     */
    public Report fit(Report whole) {
        if (!whole.complete() || textWords.applyAsInt(whole) <= maxWords) {
            return whole;
        }
        List<Detail> detail = whole.briefDetail().isEmpty() ? List.of(new Detail(whole.findings(), whole.minorFindings()))
                : whole.briefDetail();
        Cut cut = new Cut(whole, detail);
        cut.leaveTables(false);
        if (!cut.fits()) {
            cut.detail = detail.size() - 1;
            cut.leaveTables(true);
        }
        return cut.brief();
    }

    /** A brief in the making: how much detail its findings keep and which tables it leaves to the full report. */
    private final class Cut {
        final Report whole;
        final List<Detail> details;
        int detail;
        /** Indexes into the whole report's sections: what the brief leaves out. */
        final List<Integer> left = new ArrayList<>();
        /** Words of each brief measured so far, so a state seen twice is rendered once. */
        final Map<List<Object>, Integer> measured = new HashMap<>();

        Cut(Report whole, List<Detail> details) {
            this.whole = whole;
            this.details = details;
        }

        boolean fits() {
            List<Object> state = List.of(detail, left.stream().sorted().toList());
            return measured.computeIfAbsent(state, s -> textWords.applyAsInt(brief())) <= maxWords;
        }

        /** Leaves the largest tables to the full report until the brief fits: the supporting ones, then if need be the essential. */
        void leaveTables(boolean essentialToo) {
            while (!fits()) {
                Integer largest = kept().stream().filter(i -> essentialToo || !section(i).essential())
                        .max(Comparator.comparingInt(i -> words(section(i)))).orElse(null);
                if (largest == null) {
                    return;
                }
                left.add(largest);
            }
        }

        List<Integer> kept() {
            return IntStream.range(0, whole.sections().size()).filter(i -> !left.contains(i)).boxed().toList();
        }

        Section section(int i) {
            return whole.sections().get(i);
        }

        Report brief() {
            List<Section> kept = kept().stream().map(this::section).toList();
            // named in the order the full report shows them
            List<String> leftOut = IntStream.range(0, whole.sections().size()).filter(left::contains)
                    .mapToObj(i -> leftOutName(section(i))).toList();
            return whole.brief(details.get(detail), kept, leftOut);
        }
    }

    /** How large a table reads: its words, as the text part prints them. */
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
