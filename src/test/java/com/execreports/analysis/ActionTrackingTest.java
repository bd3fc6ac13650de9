package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.analysis.Report.Action;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/** The run's actions get an owner, a due date and a status; a report looks its own up. */
class ActionTrackingTest {

    private static final Fix INVOICE = new Fix("Invoice every booking", 2);
    private static final Fix FUNNEL = new Fix("Capture every inquiry as a lead", 1);

    @Test
    void should_give_each_action_of_the_run_its_owner_urgency_and_due_date() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        List<PortfolioFinding> found = List.of(finding("no-invoice.jada", "JADA (yacht charters)", "high", INVOICE),
                finding("no-invoice.dc", "DangerousCentaur (studio)", "medium", INVOICE),
                finding("empty-funnel.dc", "DangerousCentaur (studio)", "medium", FUNNEL));

        ActionRecord record = ActionTracking.record(snapshot, found, null, DueDates.DEFAULT);

        ActionRecord.Entry invoice = record.entry("Invoice every booking");
        // two businesses: the register's principal; its worst finding is high, so two weeks
        assertThat(invoice.owner()).isEqualTo("Jordan Alvarez");
        assertThat(invoice.due()).isEqualTo("2026-12-07");
        assertThat(invoice.findings()).containsExactly("no-invoice.jada", "no-invoice.dc");
        assertThat(record.entry("Capture every inquiry as a lead").owner())
                .isEqualTo("Tess Lindqvist (register; domain file says Sam Okafor)");
        assertThat(record.entry("Capture every inquiry as a lead").due()).isEqualTo("2026-12-23");
    }

    @Test
    void should_put_owner_due_date_status_ids_and_the_done_actions_on_a_report() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        PortfolioFinding invoice = finding("no-invoice.jada", "JADA (yacht charters)", "high", INVOICE);
        PortfolioFinding funnel = finding("empty-funnel.dc", "DangerousCentaur (studio)", "medium", FUNNEL);
        ActionRecord lastWeek = new ActionRecord("2026-W47", null, List.of(
                new ActionRecord.Entry(INVOICE.title(), "open", "2026-W47", null, "2026-11-30", "Jordan Alvarez (x)", List.of(invoice.id()),
                        Set.of("ceo")),
                new ActionRecord.Entry(FUNNEL.title(), "open", "2026-W46", null, "2026-11-30", "Tess Lindqvist (x)", List.of(funnel.id()),
                        Set.of("ceo"))));
        ActionRecord record = ActionTracking.record(snapshot, List.of(invoice), lastWeek, DueDates.DEFAULT);
        Report report = new Report("ceo", "CEO report", "P", "2026-W48", "as of", List.of(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new Action(1, INVOICE.title(), "high", "a day", List.of(invoice.id()))), List.of());

        Report tracked = ActionTracking.track(report, snapshot, FindingRefs.of(snapshot, List.of(invoice, funnel)), record);

        assertThat(tracked.actions()).containsExactly(new Action(1, INVOICE.title(), "high", "a day", List.of(invoice.id()),
                "Jordan Alvarez", "due 30 Nov", "open 2 weeks (since 2026-W47)"));
        assertThat(tracked.tracking().done()).containsExactly(new Action(0, FUNNEL.title(), "", "", List.of(funnel.id()),
                "Tess Lindqvist (x)", "", "done"));
        assertThat(tracked.tracking().refs()).containsEntry("empty-funnel.dc", "F-DC-EMPTY-FUNNEL");
        assertThat(tracked.tracking().note()).isEqualTo("Owners are the org register's unless marked.");
        // ids that differ only in their business share one token in a list
        assertThat(tracked.tracking().codes()).contains("JADA", "DC");
    }

    @Test
    void should_say_so_when_last_weeks_actions_could_not_be_read() {
        PortfolioSnapshot snapshot = ActionOwnersTest.snapshot(true);
        PortfolioFinding invoice = finding("no-invoice.jada", "JADA (yacht charters)", "high", INVOICE);
        ActionRecord record = ActionTracking.record(snapshot, List.of(invoice), null, DueDates.DEFAULT);
        Report report = new Report("ceo", "CEO report", "P", "2026-W48", "as of", List.of(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new Action(1, INVOICE.title(), "high", "a day", List.of(invoice.id()))), List.of());

        Report tracked = ActionTracking.track(report, snapshot, FindingRefs.of(snapshot, List.of(invoice)), record);

        // said once for all, not on every action
        assertThat(tracked.actions().get(0).status()).isEmpty();
        assertThat(tracked.tracking().note()).isEqualTo("Owners are the org register's unless marked. No action record of 2026-W47 in the "
                + "archive: every action is new.");
    }

    private static PortfolioFinding finding(String id, String business, String severity, Fix fix) {
        return new PortfolioFinding(id, severity, business, "t", "w", "i", 0, Set.of("ceo"), fix);
    }
}
