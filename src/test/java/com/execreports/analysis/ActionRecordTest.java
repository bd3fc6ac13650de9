package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Statuses carried week to week: new, open N weeks, done (once), reopened; due dates that do not slide. */
class ActionRecordTest {

    private static final LocalDate W47 = LocalDate.of(2026, 11, 16);
    private static final LocalDate W48 = LocalDate.of(2026, 11, 23);
    private static final LocalDate W49 = LocalDate.of(2026, 11, 30);

    @Test
    void should_mark_every_action_new_without_a_previous_record() {
        ActionRecord first = ActionRecord.next(null, "2026-W47", W47, List.of(found("Rotate keys", "critical"), found("Invoice", "high")),
                DueDates.DEFAULT);

        assertThat(first.previous()).isNull();
        // with no history every action is new: the reports say it once, not on each action
        assertThat(first.status("Rotate keys")).isEmpty();
        assertThat(first.entry("Rotate keys").openSince()).isEqualTo("2026-W47");
        assertThat(first.due("Rotate keys", W47)).isEqualTo("due 23 Nov");
        assertThat(first.due("Invoice", W47)).isEqualTo("due 30 Nov");
        assertThat(first.status("Unknown")).isEmpty();
    }

    @Test
    void should_carry_an_open_action_count_its_weeks_and_list_a_done_one_only_in_its_week() {
        ActionRecord w47 = ActionRecord.next(null, "2026-W47", W47, List.of(found("Rotate keys", "critical"), found("Invoice", "high")),
                DueDates.DEFAULT);
        ActionRecord w48 = ActionRecord.next(w47, "2026-W48", W48, List.of(found("Rotate keys", "critical"), found("Map expenses", "medium")),
                DueDates.DEFAULT);

        assertThat(w48.previous()).isEqualTo("2026-W47");
        assertThat(w48.status("Rotate keys")).isEqualTo("open 2 weeks (since 2026-W47)");
        assertThat(w48.status("Map expenses")).isEqualTo("new");
        assertThat(w48.status("Invoice")).isEqualTo("done");
        assertThat(w48.doneNow("ceo")).extracting(ActionRecord.Entry::title).containsExactly("Invoice");
        assertThat(w48.doneNow("cto")).isEmpty();
        // the due date set when it opened stays: a week later it is past
        assertThat(w48.due("Rotate keys", W48.plusDays(1))).isEqualTo("overdue since 23 Nov");

        ActionRecord w49 = ActionRecord.next(w48, "2026-W49", W49, List.of(found("Rotate keys", "critical"), found("Map expenses", "medium")),
                DueDates.DEFAULT);
        assertThat(w49.status("Rotate keys")).isEqualTo("open 3 weeks (since 2026-W47)");
        // done is said once, the week it is done; the record keeps it to recognise a reopening
        assertThat(w49.doneNow("ceo")).isEmpty();
        assertThat(w49.entry("Invoice").state()).isEqualTo("done");
    }

    @Test
    void should_say_reopened_when_a_done_action_comes_back() {
        ActionRecord w47 = ActionRecord.next(null, "2026-W47", W47, List.of(found("Invoice", "high")), DueDates.DEFAULT);
        ActionRecord w48 = ActionRecord.next(w47, "2026-W48", W48, List.of(), DueDates.DEFAULT);
        ActionRecord w49 = ActionRecord.next(w48, "2026-W49", W49, List.of(found("Invoice", "high")), DueDates.DEFAULT);

        assertThat(w49.status("Invoice")).isEqualTo("reopened (done in 2026-W48)");
        assertThat(w49.due("Invoice", W49)).isEqualTo("due 14 Dec");
    }

    @Test
    void should_bring_a_due_date_forward_when_an_action_grows_more_urgent_never_back() {
        ActionRecord w47 = ActionRecord.next(null, "2026-W47", W47, List.of(found("Invoice", "low")), DueDates.DEFAULT);
        ActionRecord w48 = ActionRecord.next(w47, "2026-W48", W48, List.of(found("Invoice", "critical")), DueDates.DEFAULT);

        assertThat(w47.due("Invoice", W47)).isEqualTo("due 15 Jan");
        assertThat(w48.due("Invoice", W48)).isEqualTo("due 30 Nov");
    }

    @Test
    void should_keep_a_reworded_actions_status_and_due_date_by_the_findings_it_resolves() {
        ActionRecord w47 = ActionRecord.next(null, "2026-W47", W47, List.of(found("Rotate keys", "critical", "secret.jada.f53a"),
                found("Invoice", "high", "no-invoice.jada")), DueDates.DEFAULT);
        // next week the same findings' fixes read differently, and one more finding joins the invoicing action
        ActionRecord w48 = ActionRecord.next(w47, "2026-W48", W48, List.of(
                found("Rotate every exposed credential", "critical", "secret.jada.f53a"),
                found("Issue an invoice for every earned booking", "high", "no-invoice.qdn", "no-invoice.jada")), DueDates.DEFAULT);

        assertThat(w48.status("Rotate every exposed credential")).isEqualTo("open 2 weeks (since 2026-W47)");
        assertThat(w48.due("Rotate every exposed credential", W48.plusDays(1))).isEqualTo("overdue since 23 Nov");
        assertThat(w48.status("Issue an invoice for every earned booking")).isEqualTo("open 2 weeks (since 2026-W47)");
        assertThat(w48.due("Issue an invoice for every earned booking", W48)).isEqualTo("due 30 Nov");
        // a reworded action is not done: nothing is listed as done, and the old titles are not kept beside the new ones
        assertThat(w48.doneNow("ceo")).isEmpty();
        assertThat(w48.actions()).extracting(ActionRecord.Entry::title)
                .containsExactly("Rotate every exposed credential", "Issue an invoice for every earned booking");
    }

    @Test
    void should_call_an_action_done_when_none_of_its_findings_is_found_whatever_the_titles() {
        ActionRecord w47 = ActionRecord.next(null, "2026-W47", W47, List.of(found("Invoice", "high", "no-invoice.jada")), DueDates.DEFAULT);
        // the same title now fixes a different finding: a new action, and last week's is done
        ActionRecord w48 = ActionRecord.next(w47, "2026-W48", W48, List.of(found("Invoice", "high", "no-invoice.qdn")), DueDates.DEFAULT);

        assertThat(w48.actions()).extracting(ActionRecord.Entry::title, ActionRecord.Entry::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Invoice", "open"), org.assertj.core.groups.Tuple.tuple("Invoice", "done"));
        assertThat(w48.actions().get(0).openSince()).isEqualTo("2026-W48");
        assertThat(w48.doneNow("ceo")).extracting(ActionRecord.Entry::findings).containsExactly(List.of("no-invoice.jada"));
    }

    @Test
    void should_match_an_entry_archived_without_finding_ids_by_its_title() {
        ActionRecord old = new ActionRecord("2026-W47", null, List.of(new ActionRecord.Entry("Invoice", "open", "2026-W46", null,
                "2026-11-30", "Jordan Alvarez", List.of(), Set.of("ceo"))));
        ActionRecord w48 = ActionRecord.next(old, "2026-W48", W48, List.of(found("Invoice", "high", "no-invoice.jada")), DueDates.DEFAULT);

        assertThat(w48.status("Invoice")).isEqualTo("open 3 weeks (since 2026-W46)");
    }

    @Test
    void should_find_the_monday_of_an_iso_week_across_a_year_end() {
        assertThat(ActionRecord.monday("2026-W48")).isEqualTo("2026-11-23");
        assertThat(ActionRecord.monday("2026-W53")).isEqualTo("2026-12-28");
        assertThat(ActionRecord.monday("2027-W01")).isEqualTo("2027-01-04");
    }

    private static ActionRecord.Found found(String title, String urgency, String... findings) {
        return new ActionRecord.Found(title, urgency, "Jordan Alvarez (org register: Founder)", List.of(findings), Set.of("ceo"));
    }

    private static ActionRecord.Found found(String title, String urgency) {
        return new ActionRecord.Found(title, urgency, "Jordan Alvarez (org register: Founder)", List.of(title.toLowerCase() + ".jada"),
                Set.of("ceo"));
    }
}
