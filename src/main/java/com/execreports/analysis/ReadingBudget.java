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
 * findings, actions and data gaps always stay. Until the brief fits, it leaves to the full report, in this order:
 * <ol>
 * <li>supporting tables, the largest first;</li>
 * <li>the findings' evidence: the worst finding of each kind keeps it, six of them, then one fewer at a time down to
 * none (every finding stays on the page, in a short line, look-alike ones sharing a line);</li>
 * <li>the lowest-ranked actions, one at a time, down to the top {@value #FEWEST_ACTIONS} (each carries its owner, due
 * date and status; the full report lists them all): a role's operating tables come before its lesser actions;</li>
 * <li>only then the role's essential tables (the CEO's untracked KPIs, the CFO's burn and break-even, ...): the fewest
 * that make the brief fit, and of those the ones the role needs least. The words they leave free go back to the
 * actions, then the findings' evidence, as much as fits.</li>
 * </ol>
 * Nothing is lost: the full report is archived beside the brief, which names every table it left there. A table with a
 * short form (a line a row) leaves that form in its place.
 *
 * <p>Every candidate brief is measured, not estimated: {@code textWords} counts the words of the text part it renders
 * to (in the service, the role's text template with the report's own charts described, so a report without charts
 * keeps no room for them). A model of the layout overshot the rendered text by 2–8% and cost tables that fit; a
 * render of the text part takes milliseconds, and the demo's briefs take 2 to 12 renders each.
 */
public final class ReadingBudget {

    /** 5 minutes at about 240 words a minute, the silent-reading rate of adults reading non-fiction. */
    public static final int DEFAULT_MAX_WORDS = 1200;

    /**
     * Findings shown with their evidence in a brief; then one fewer at a time, down to the worst one, before an
     * essential table goes. The worst risk keeps its evidence (where, what it costs) whatever the tables: an owner acts
     * on it first, and a headline alone does not say where to look.
     */
    static final int BRIEF_DETAILED = 6;
    static final int FEWEST_DETAILED = 1;
    /** The actions a brief keeps whatever its length: the first screen's top risks each have one. */
    static final int FEWEST_ACTIONS = 3;

    /** Essential tables of one report for which every set is tried (2^10 sets at most). */
    private static final int MOST_ESSENTIAL_TRIED = 10;

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

    /**
     * The report as it is when its text part fits the budget (or it is a brief already), else the brief cut from it.
     * Called once the charts are attached: their descriptions are read in the text part too.
     */
    public Report fit(Report whole) {
        if (!whole.complete() || textWords.applyAsInt(whole) <= maxWords) {
            return whole;
        }
        List<Detail> detail = whole.briefDetail().isEmpty() ? List.of(new Detail(whole.findings(), whole.minorFindings()))
                : whole.briefDetail();
        Cut cut = new Cut(whole, detail);
        cut.leaveSupportingTables();
        cut.lessDetailUntilItFits();
        // the role's operating tables come before its lesser actions, which the full report lists with their owners
        cut.fewerActionsUntilItFits();
        if (!cut.fits()) {
            cut.leaveLeastNeededEssentialTables();
            // the words the tables leave free go back to the actions, then the findings: as much as now fits
            cut.actions = whole.actions().size();
            cut.detail = 0;
            cut.lessDetailUntilItFits();
            cut.fewerActionsUntilItFits();
        }
        return cut.brief();
    }

    /** A brief in the making: how much detail its findings keep and which tables it leaves to the full report. */
    private final class Cut {
        final Report whole;
        final List<Detail> details;
        int detail;
        /** How many of the whole report's actions, best first, the brief lists. */
        int actions;
        /** Indexes into the whole report's sections: what the brief leaves out. */
        final List<Integer> left = new ArrayList<>();
        /** Words of each brief measured so far, so a state seen twice is rendered once. */
        final Map<List<Object>, Integer> measured = new HashMap<>();

        Cut(Report whole, List<Detail> details) {
            this.whole = whole;
            this.details = details;
            this.actions = whole.actions().size();
        }

        boolean fits() {
            List<Object> state = List.of(detail, left.stream().sorted().toList(), actions);
            return measured.computeIfAbsent(state, s -> textWords.applyAsInt(brief())) <= maxWords;
        }

        void leaveSupportingTables() {
            List<Integer> supporting = kept().stream().filter(i -> !section(i).essential())
                    .sorted(Comparator.comparingInt((Integer i) -> words(section(i))).reversed()).toList();
            for (int i : supporting) {
                if (fits()) {
                    break;
                }
                left.add(i);
            }
        }

        void fewerActionsUntilItFits() {
            while (!fits() && actions > FEWEST_ACTIONS) {
                actions--;
            }
        }

        void lessDetailUntilItFits() {
            while (!fits() && detail < details.size() - 1) {
                detail++;
            }
        }

        /**
         * Leaves the essential tables whose loss costs least: the fewest that make the brief fit and, of those, the ones the
         * role needs least. A report lists its essential tables most needed first, and a table counts for more than every
         * table listed after it together. Their sizes do not decide: a long table is not the less needed for it. A role has
         * two to four essential tables, so trying every set takes at most fifteen renders. When leaving all of them is not
         * enough, all of them go.
         */
        void leaveLeastNeededEssentialTables() {
            List<Integer> essential = kept().stream().filter(i -> section(i).essential()).toList();
            if (essential.size() > MOST_ESSENTIAL_TRIED) {
                // no role has so many; should one, its least needed tables go one at a time instead of every set being tried
                for (int k = essential.size() - 1; k >= 0 && !fits(); k--) {
                    left.add(essential.get(k));
                }
                return;
            }
            // a set's cost: bit (n-1-k) for the k-th most needed table in it, so the most needed table outweighs all the others
            Comparator<List<Integer>> leastNeeded = Comparator.comparingLong(
                    set -> set.stream().mapToLong(i -> 1L << (essential.size() - 1 - essential.indexOf(i))).sum());
            for (int size = 1; size <= essential.size(); size++) {
                for (List<Integer> set : subsets(essential, size).stream().sorted(leastNeeded).toList()) {
                    if (fitsWithout(set)) {
                        left.addAll(set);
                        return;
                    }
                }
            }
            left.addAll(essential);
        }

        private boolean fitsWithout(List<Integer> set) {
            left.addAll(set);
            boolean fits = fits();
            left.removeAll(set);
            return fits;
        }

        List<Integer> kept() {
            return IntStream.range(0, whole.sections().size()).filter(i -> !left.contains(i)).boxed().toList();
        }

        Section section(int i) {
            return whole.sections().get(i);
        }

        Report brief() {
            // a table left out keeps its short form in its place, when it has one
            List<Section> kept = IntStream.range(0, whole.sections().size())
                    .mapToObj(i -> left.contains(i) ? section(i).shortForm() : section(i)).filter(java.util.Objects::nonNull).toList();
            // named in the order the full report shows them
            List<String> leftOut = IntStream.range(0, whole.sections().size()).filter(left::contains)
                    .mapToObj(i -> leftOutName(section(i))).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            int all = whole.actions().size();
            if (actions < all) {
                leftOut.add((actions + 1 == all ? "Action " + all : "Actions " + (actions + 1) + "–" + all) + " (owners, due dates)");
            }
            return whole.brief(details.get(detail), kept, leftOut, whole.actions().subList(0, actions));
        }
    }

    private static List<List<Integer>> subsets(List<Integer> of, int size) {
        List<List<Integer>> sets = new ArrayList<>();
        if (size == 0) {
            sets.add(List.of());
            return sets;
        }
        for (int first = 0; first <= of.size() - size; first++) {
            for (List<Integer> rest : subsets(of.subList(first + 1, of.size()), size - 1)) {
                List<Integer> set = new ArrayList<>();
                set.add(of.get(first));
                set.addAll(rest);
                sets.add(set);
            }
        }
        return sets;
    }

    /** How much a table gives to read, its words as the text part prints them: the largest supporting table goes first. */
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
        return s.title() + " (" + Figures.plural(s.rows().size(), "row") + (s.shortForm() == null ? "" : "; in short above") + ")";
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
