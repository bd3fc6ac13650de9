package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunOutcomeTest {

    private static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    @Test
    void should_succeed_when_all_five_reports_were_delivered_and_every_source_read() {
        RunOutcome outcome = new RunOutcome("2026-W48", allDelivered(), List.of());

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS).isZero();
        assertThat(outcome.verdict()).isEqualTo("delivered: all 5 reports, all sources read");
        assertThat(outcome.withPartial(List.of("jada/bookings", "portfolio/ledger")).verdict())
                .as("read with unreadable items left out: no gap, but said")
                .isEqualTo("delivered: all 5 reports, all sources read, 2 partly (jada/bookings, portfolio/ledger)");
        assertThat(outcome.withPartial(List.of("jada/bookings")).exitCode()).isEqualTo(RunOutcome.SUCCESS);
    }

    @Test
    void should_exit_3_naming_the_missing_sources_when_all_were_delivered_with_gaps() {
        RunOutcome outcome = new RunOutcome("2026-W48", allDelivered(), List.of("quickdumpnow/subscriptions", "jada/site"));

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.DELIVERED_WITH_GAPS).isEqualTo(3);
        assertThat(outcome.verdict()).isEqualTo(
                "delivered with gaps: all reports sent, sources missing: quickdumpnow/subscriptions, jada/site");
    }

    @Test
    void should_fail_naming_the_role_that_was_not_delivered() {
        List<Delivery> deliveries = allDelivered();
        deliveries.set(2, failed("cfo", "MessageRejected: Email address is not verified"));

        RunOutcome outcome = new RunOutcome("2026-W48", deliveries, List.of());

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.FAILED).isEqualTo(1);
        assertThat(outcome.verdict()).isEqualTo("failed: cfo report not delivered: MessageRejected: Email address is not verified");
    }

    @Test
    void should_fail_rather_than_report_gaps_when_a_report_was_not_delivered() {
        List<Delivery> deliveries = allDelivered();
        deliveries.set(4, failed("accounting", "TimeoutException: no answer"));

        RunOutcome outcome = new RunOutcome("2026-W48", deliveries, List.of("jada/site"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.verdict()).startsWith("failed: accounting report not delivered: TimeoutException: no answer");
    }

    @Test
    void should_fail_when_fewer_than_five_reports_reached_delivery() {
        List<Delivery> four = allDelivered().subList(0, 4);

        RunOutcome outcome = new RunOutcome("2026-W48", four, List.of());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.verdict()).startsWith("failed:").isEqualTo("failed: 4 of 5 reports reached delivery");
    }

    @Test
    void should_fail_when_no_report_reached_delivery() {
        RunOutcome outcome = new RunOutcome("2026-W48", List.of(), List.of("all sources (no snapshot)"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.verdict()).isEqualTo("failed: 0 of 5 reports reached delivery");
    }

    @Test
    void should_not_count_a_delivery_without_an_ses_message_id_as_delivered() {
        List<Delivery> deliveries = allDelivered();
        deliveries.set(0, new Delivery("ceo", Delivery.Status.DELIVERED, List.of("ceo@example.com"), List.of(), null, List.of(), 1, null));

        assertThat(deliveries.get(0).delivered()).isFalse();
        assertThat(new RunOutcome("2026-W48", deliveries, List.of()).exitCode()).isEqualTo(1);
    }

    private static List<Delivery> allDelivered() {
        List<Delivery> all = new ArrayList<>();
        for (String role : ROLES) {
            all.add(new Delivery(role, Delivery.Status.DELIVERED, List.of(role + "@example.com"), List.of("audit@example.com"), "ses-" + role,
                    List.of("reports/2026-W48/" + role + ".html", "reports/2026-W48/" + role + ".txt"), 1, null));
        }
        return all;
    }

    private static Delivery failed(String role, String error) {
        return Delivery.failed(role, error);
    }

    @Test
    void should_count_reports_delivered_earlier_as_delivered_and_say_so() {
        List<Delivery> deliveries = allDelivered();
        deliveries.set(1, new Delivery("cto", Delivery.Status.ALREADY_DELIVERED, List.of("cto@example.com"), List.of(), "ses-earlier",
                List.of(), 0, null));

        RunOutcome outcome = new RunOutcome("2026-W48", deliveries, List.of());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.verdict()).isEqualTo("delivered: all 5 reports (1 already delivered earlier, not sent again), all sources read");
    }

    @Test
    void should_fail_when_a_report_is_unconfirmed_naming_it() {
        List<Delivery> deliveries = allDelivered();
        deliveries.set(3, new Delivery("cmo", Delivery.Status.UNCONFIRMED, List.of("cmo@example.com"), List.of(), null, List.of(), 1,
                "host/1/abc stopped inside the SES call"));

        RunOutcome outcome = new RunOutcome("2026-W48", deliveries, List.of());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.verdict()).isEqualTo("failed: cmo report unconfirmed: host/1/abc stopped inside the SES call");
    }

    @Test
    void should_exit_held_when_reports_wait_for_their_sources() {
        List<Delivery> deliveries = new ArrayList<>();
        for (String role : ROLES) {
            deliveries.add(new Delivery(role, Delivery.Status.HELD, List.of(), List.of(), null, List.of(), 0, "held since ..."));
        }

        RunOutcome outcome = new RunOutcome("2026-W48", deliveries, List.of("jada/site"));

        assertThat(outcome.exitCode()).isEqualTo(4);
        assertThat(outcome.verdict()).isEqualTo("held: [ceo, cto, cfo, cmo, accounting] wait for sources to recover: jada/site");
    }

    @Test
    void should_judge_a_resend_by_its_one_report() {
        Delivery cfo = new Delivery("cfo", Delivery.Status.DELIVERED, List.of("cfo@example.com"), List.of(), "ses-9", List.of(), 1, null);

        assertThat(new RunOutcome("2026-W48", List.of(cfo), List.of(), 1).exitCode()).isZero();
        assertThat(new RunOutcome("2026-W48", List.of(), List.of(), 1).verdict()).isEqualTo("failed: 0 of 1 reports reached delivery");
    }
}
