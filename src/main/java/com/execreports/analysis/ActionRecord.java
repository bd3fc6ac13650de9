package com.execreports.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The run's actions as archived beside its snapshot ({@code actions.json}): what each is, who owns it, when it is due
 * and since when it is open, so next week's run can say what stayed open, what got done and what came back. Actions
 * are known by the findings they resolve (findings that share a fix share an action; a finding's id is stable, an
 * action's title may be reworded), over the whole run, not one report.
 *
 * @param period   the ISO week of the run
 * @param previous the period whose record this one carries on, or null when none was read (every action is then new)
 * @param actions  open ones first, in the order the run found them, then the done ones kept to recognise a reopening
 */
public record ActionRecord(String period, String previous, List<Entry> actions) {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    public ActionRecord {
        actions = List.copyOf(actions);
    }

    /**
     * One action.
     *
     * @param state     open | done
     * @param openSince the period since which it is open without a break
     * @param doneIn    the period it was found done (for a reopened one, when it was done before), or null
     * @param due       yyyy-MM-dd, set when it opens; a later week only brings it forward when the action grew more urgent
     * @param owner     who owns it and where the name comes from, as the reports show it
     * @param findings  the subject ids of the findings it resolves
     * @param roles     the reports its findings appear in
     */
    public record Entry(String title, String state, String openSince, String doneIn, String due, String owner,
                        List<String> findings, Set<String> roles) {

        boolean open() {
            return "open".equals(state);
        }
    }

    /** An action of this run, before the archive tells how long it has been open. */
    record Found(String title, String urgency, String owner, List<String> findings, Set<String> roles) {
    }

    /**
     * This run's record, carrying on the previous one (null when none could be read).
     *
     * @param found this run's actions
     */
    static ActionRecord next(ActionRecord previous, String period, LocalDate asOf, List<Found> found, DueDates dueDates) {
        List<Entry> before = previous == null ? List.of() : previous.actions();
        List<Entry> open = new ArrayList<>();
        List<Entry> done = new ArrayList<>();
        Set<Entry> carried = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Found f : found) {
            List<Entry> same = before.stream().filter(e -> same(e, f)).toList();
            carried.addAll(same);
            // of last week's entries it continues, an open one carries its age and due date (the oldest when two merged)
            Entry was = same.stream().filter(Entry::open).min(java.util.Comparator.comparing((Entry e) -> monday(e.openSince())))
                    .orElse(same.isEmpty() ? null : same.get(0));
            LocalDate due = dueDates.due(asOf, f.urgency());
            if (was != null && was.open()) {
                LocalDate earlier = LocalDate.parse(was.due());
                open.add(new Entry(f.title(), "open", was.openSince(), was.doneIn(), (earlier.isBefore(due) ? earlier : due).toString(),
                        f.owner(), f.findings(), f.roles()));
            } else {
                // new, or reopened: then doneIn says when it was done before
                open.add(new Entry(f.title(), "open", period, was == null ? null : was.doneIn(), due.toString(), f.owner(),
                        f.findings(), f.roles()));
            }
        }
        for (Entry was : before) {
            if (!carried.contains(was)) {
                done.add(was.open() ? new Entry(was.title(), "done", was.openSince(), period, was.due(), was.owner(), was.findings(),
                        was.roles()) : was);
            }
        }
        List<Entry> all = new ArrayList<>(open);
        all.addAll(done);
        return new ActionRecord(period, previous == null ? null : previous.period(), all);
    }

    /**
     * The same action as last week's entry when it resolves one of the same findings (their ids are stable, its title
     * may be reworded); by title only for an entry archived with no finding ids.
     */
    private static boolean same(Entry was, Found now) {
        if (was.findings() == null || was.findings().isEmpty()) {
            return was.title().equals(now.title());
        }
        return now.findings().stream().anyMatch(was.findings()::contains);
    }

    Entry entry(String title) {
        return actions.stream().filter(e -> e.title().equals(title)).findFirst().orElse(null);
    }

    /**
     * new | open 2 weeks (since 2026-W47) | reopened (done in 2026-W46) | done; "" for an action this record does not hold,
     * and for every action when no previous record was read (the reports say once that every action is new).
     */
    String status(String title) {
        Entry e = entry(title);
        if (e == null || previous == null) {
            return "";
        }
        if (!e.open()) {
            return "done";
        }
        if (!e.openSince().equals(period)) {
            long weeks = ChronoUnit.WEEKS.between(monday(e.openSince()), monday(period)) + 1;
            return "open " + Figures.plural(weeks, "week") + " (since " + e.openSince() + ")";
        }
        return e.doneIn() == null ? "new" : "reopened (done in " + e.doneIn() + ")";
    }

    /** "due 30 Nov", or "overdue since 30 Nov" once the as-of date is past it; "" for an unknown action. */
    String due(String title, LocalDate asOf) {
        Entry e = entry(title);
        if (e == null) {
            return "";
        }
        LocalDate due = LocalDate.parse(e.due());
        return (due.isBefore(asOf) ? "overdue since " : "due ") + DUE.format(due);
    }

    /** The actions found done this week (listed once, in the week they are done), of one report. */
    List<Entry> doneNow(String role) {
        return actions.stream().filter(e -> !e.open() && period.equals(e.doneIn()) && e.roles().contains(role)).toList();
    }

    static LocalDate monday(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(isoWeek.indexOf('W') + 1));
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
    }
}
