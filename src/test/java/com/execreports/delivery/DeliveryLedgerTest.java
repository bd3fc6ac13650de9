package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import com.execreports.localaws.LocalAws;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The ledger's state machine, written through camel-aws2-ddb to the DynamoDB emulator (conditional writes and all). */
class DeliveryLedgerTest {

    static final Duration LEASE = Duration.ofMinutes(10);
    static CamelContext camel;
    static DynamoDbClient ddb;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T15:00:00Z"));
    final String table = "ledger-" + System.nanoTime();
    final DeliveryKey key = new DeliveryKey("2026-W48", "cfo", List.of("cfo@example.com"), List.of("audit@example.com"));

    @BeforeAll
    static void start() throws Exception {
        ddb = LocalAws.get().clients().dynamoDb();
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("dynamoDbClient", ddb);
        camel.start();
    }

    @AfterAll
    static void stop() {
        camel.stop();
        ddb.close();
    }

    @Test
    void should_let_the_first_claim_send_and_a_later_run_find_it_sent() {
        DeliveryLedger a = ledger("a");
        DeliveryLedger b = ledger("b");

        DeliveryLedger.Claim claim = a.claim(key, false);
        LedgerEntry sending = a.sending(claim.entry());
        a.sent(sending, "ses-1", "sha256:abc", 2);
        DeliveryLedger.Claim later = b.claim(key, false);

        assertThat(claim.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(later.decision()).isEqualTo(DeliveryLedger.Decision.ALREADY_SENT);
        LedgerEntry sent = later.entry();
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.messageId()).isEqualTo("ses-1");
        assertThat(sent.contentHash()).isEqualTo("sha256:abc");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.owner()).isEqualTo("a");
        assertThat(sent.version()).isEqualTo(3);
        assertThat(sent.key()).isEqualTo(key);
    }

    @Test
    void should_take_over_a_claim_whose_owner_died_before_the_ses_call_and_stop_the_old_owner_from_sending() {
        DeliveryLedger a = ledger("a");
        DeliveryLedger b = ledger("b");
        DeliveryLedger.Claim old = a.claim(key, false);

        clock.move(LEASE.plusSeconds(1));
        DeliveryLedger.Claim taken = b.claim(key, false);

        assertThat(taken.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(taken.entry().owner()).isEqualTo("b");
        assertThat(taken.entry().note()).isEqualTo("taken over from a, whose claim lapsed before the SES call");
        // the old owner wakes up: its write loses, so it never sends
        assertThatThrownBy(() -> a.sending(old.entry())).isInstanceOf(DeliveryLedger.LedgerConflict.class)
                .hasMessage("the cfo report of 2026-W48 was taken over by another instance before it was sent; not sending it from here");
    }

    @Test
    void should_mark_a_report_whose_sender_died_inside_the_ses_call_unconfirmed_once_and_never_send_it() {
        DeliveryLedger a = ledger("a");
        DeliveryLedger b = ledger("b");
        a.sending(a.claim(key, false).entry());

        clock.move(LEASE.plusSeconds(1));
        DeliveryLedger.Claim first = b.claim(key, false);
        DeliveryLedger.Claim second = b.claim(key, false);

        assertThat(first.decision()).isEqualTo(DeliveryLedger.Decision.NEWLY_UNCONFIRMED);
        assertThat(first.entry().error()).isEqualTo("a stopped inside the SES call at 2026-11-23T15:00:00Z: the report may or may not have been delivered");
        assertThat(second.decision()).as("ops were told once").isEqualTo(DeliveryLedger.Decision.UNCONFIRMED);
    }

    @Test
    void should_let_a_later_run_retry_a_failed_report_and_an_operator_resend_a_sent_one() {
        DeliveryLedger a = ledger("a");
        LedgerEntry sending = a.sending(a.claim(key, false).entry());
        a.failed(sending, "SES MessageRejected (HTTP 400): not verified", 1);

        DeliveryLedger.Claim retry = a.claim(key, false);
        assertThat(retry.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(retry.entry().note()).isEqualTo("retried after: SES MessageRejected (HTTP 400): not verified");
        a.sent(a.sending(retry.entry()), "ses-2", "sha256:def", 1);
        assertThat(a.read(key).orElseThrow().attempts()).as("over both runs").isEqualTo(2);

        DeliveryLedger.Claim forced = a.forceClaim(key, "operator re-send (--resend cfo --period 2026-W48)");
        assertThat(forced.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(forced.entry().note()).isEqualTo("operator re-send (--resend cfo --period 2026-W48) (was SENT, SES message ses-2)");
    }

    @Test
    void should_hold_an_incomplete_report_until_the_hold_runs_out() {
        DeliveryLedger a = ledger("a");

        assertThat(a.claim(key, true).decision()).isEqualTo(DeliveryLedger.Decision.HOLD);
        clock.move(Duration.ofHours(11));
        assertThat(a.claim(key, true).decision()).isEqualTo(DeliveryLedger.Decision.HOLD);
        clock.move(Duration.ofHours(1));
        DeliveryLedger.Claim released = a.claim(key, true);

        assertThat(released.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(released.entry().note()).isEqualTo("held since 2026-11-23T15:00:00Z; hold ran out, sent with sources still missing");
    }

    @Test
    void should_release_a_held_report_as_soon_as_its_sources_recover() {
        DeliveryLedger a = ledger("a");
        a.claim(key, true);

        DeliveryLedger.Claim recovered = a.claim(key, false);

        assertThat(recovered.decision()).isEqualTo(DeliveryLedger.Decision.SEND);
        assertThat(recovered.entry().note()).isEqualTo("held since 2026-11-23T15:00:00Z; sources recovered");
    }

    @Test
    void should_name_the_longest_held_run_from_the_ledger_to_any_instance_until_its_reports_go_out() {
        DeliveryLedger a = ledger("a");
        DeliveryLedger restarted = ledger("b");
        DeliveryKey nextWeek = new DeliveryKey("2026-W49", "cfo", List.of("cfo@example.com"), List.of("audit@example.com"));
        assertThat(restarted.pendingRunAsOf()).isEmpty();

        a.claim(key, true, "2026-11-23T07:00-08:00");
        clock.move(Duration.ofHours(1));
        a.claim(nextWeek, true, "2026-11-30T07:00-08:00");

        // another instance (or this one after a restart) sees the older hold first
        assertThat(restarted.pendingRunAsOf()).contains("2026-11-23T07:00-08:00");
        restarted.claim(key, false, "2026-11-23T07:00-08:00");
        assertThat(restarted.pendingRunAsOf()).contains("2026-11-30T07:00-08:00");
        restarted.claim(nextWeek, false, "2026-11-30T07:00-08:00");
        assertThat(restarted.pendingRunAsOf()).isEmpty();
    }

    @Test
    void should_name_the_run_of_a_report_left_claimed_or_sending_by_a_dead_run_once_its_lease_lapsed() {
        DeliveryLedger dead = ledger("dead");
        DeliveryLedger next = ledger("next");
        DeliveryKey cto = new DeliveryKey("2026-W48", "cto", List.of("cto@example.com"), List.of("audit@example.com"));
        dead.claim(key, false, "2026-11-23T07:00-08:00");
        dead.sending(dead.claim(cto, false, "2026-11-23T07:00-08:00").entry());

        // while the leases run, the owner may still be at work
        assertThat(next.pendingRunAsOf()).isEmpty();
        clock.move(LEASE.plusSeconds(1));
        assertThat(next.pendingRunAsOf()).contains("2026-11-23T07:00-08:00");

        // the re-run takes the unsent report over and marks the one caught inside the SES call unconfirmed
        next.sent(next.sending(next.claim(key, false, "2026-11-23T07:00-08:00").entry()), "ses-1", "sha256:abc", 1);
        assertThat(next.claim(cto, false, "2026-11-23T07:00-08:00").decision()).isEqualTo(DeliveryLedger.Decision.NEWLY_UNCONFIRMED);
        assertThat(next.pendingRunAsOf()).isEmpty();
    }

    @Test
    void should_stop_chasing_a_hold_a_day_past_its_end_that_no_run_settled() {
        DeliveryLedger a = ledger("a");
        a.claim(key, true, "2026-11-23T07:00-08:00");

        clock.move(Duration.ofHours(12 + 24).plusSeconds(1));

        assertThat(a.pendingRunAsOf()).isEmpty();
    }

    @Test
    void should_take_a_failed_condition_for_success_when_the_item_is_exactly_what_this_write_stored() {
        DeliveryLedger a = ledger("a");
        LedgerEntry claimed = a.claim(key, false).entry();
        // the SDK's first PutItem stored the SENDING entry but its answer was lost; the retry meets version 2
        LedgerEntry firstTry = claimed.next(DeliveryState.SENDING, "a", clock.instant(), clock.instant().plus(LEASE));
        ddb.putItem(b -> b.tableName(table).item(firstTry.toItem()));

        LedgerEntry sending = a.sending(claimed);

        assertThat(sending.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(sending.version()).isEqualTo(2);
        // another writer's entry in its place is still a conflict
        LedgerEntry other = sending.next(DeliveryState.CLAIMED, "b", clock.instant(), clock.instant().plus(LEASE));
        ddb.putItem(b -> b.tableName(table).item(other.toItem()));
        assertThatThrownBy(() -> a.sent(sending, "ses-1", "sha256:abc", 1)).isInstanceOf(DeliveryLedger.LedgerConflict.class);
    }

    @Test
    void should_hold_a_failed_report_whose_retry_finds_the_sources_incomplete_under_the_hold_policy() {
        DeliveryLedger a = ledger("a");
        LedgerEntry sending = a.sending(a.claim(key, false).entry());
        a.failed(sending, "SES MessageRejected (HTTP 400): not verified", 1);

        DeliveryLedger.Claim retried = a.claim(key, true, "2026-11-23T07:00-08:00");

        assertThat(retried.decision()).isEqualTo(DeliveryLedger.Decision.HOLD);
        assertThat(retried.entry().heldSince()).isEqualTo(clock.instant());
        assertThat(a.pendingRunAsOf()).contains("2026-11-23T07:00-08:00");
        assertThat(a.claim(key, false).decision()).isEqualTo(DeliveryLedger.Decision.SEND);
    }

    @Test
    void should_keep_other_recipients_a_separate_delivery() {
        DeliveryLedger a = ledger("a");
        a.sent(a.sending(a.claim(key, false).entry()), "ses-1", "h", 1);
        DeliveryKey newReader = new DeliveryKey("2026-W48", "cfo", List.of("cfo@example.com", "controller@example.com"), List.of("audit@example.com"));

        assertThat(a.claim(newReader, false).decision()).isEqualTo(DeliveryLedger.Decision.SEND);
    }

    @Test
    void should_let_exactly_one_of_two_simultaneous_claims_send() throws Exception {
        // real time here: the loser waits for the winner, who sends at once
        DeliveryLedger a = ledger("a", Duration.ofSeconds(30), Duration.ofMillis(50), Clock.systemUTC());
        DeliveryLedger b = ledger("b", Duration.ofSeconds(30), Duration.ofMillis(50), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DeliveryLedger.Decision> fa = pool.submit(() -> sendIfClaimed(a));
            Future<DeliveryLedger.Decision> fb = pool.submit(() -> sendIfClaimed(b));

            assertThat(List.of(fa.get(), fb.get())).containsExactlyInAnyOrder(DeliveryLedger.Decision.SEND, DeliveryLedger.Decision.ALREADY_SENT);
        } finally {
            pool.shutdownNow();
        }
    }

    private DeliveryLedger.Decision sendIfClaimed(DeliveryLedger ledger) {
        DeliveryLedger.Claim claim = ledger.claim(key, false);
        if (claim.send()) {
            ledger.sent(ledger.sending(claim.entry()), "ses-" + ledger.owner(), "h", 1);
        }
        return claim.decision();
    }

    private DeliveryLedger ledger(String owner) {
        return ledger(owner, LEASE, Duration.ofMillis(10), clock);
    }

    private DeliveryLedger ledger(String owner, Duration lease, Duration poll, Clock time) {
        return new DeliveryLedger(camel.createProducerTemplate(), table, owner, lease, Duration.ofHours(12), poll, time);
    }
}
