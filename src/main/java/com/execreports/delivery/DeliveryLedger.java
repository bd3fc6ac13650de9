package com.execreports.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.aws2.ddb.Ddb2Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * The delivery ledger: a DynamoDB table, written through camel-aws2-ddb with conditional writes, that makes each
 * report of each period go out once however many instances, restarts or re-runs there are.
 *
 * <p>A report is claimed before it is rendered into a message, marked SENDING just before the SES call and SENT
 * (or FAILED) after it. A claim whose owner died before the SES call is taken over once its lease ends; a report
 * whose owner died <em>inside</em> the call is marked UNCONFIRMED and reported — sending an executive the same
 * report twice is worse than asking ops. Bound as {@code deliveryLedger}.
 */
public final class DeliveryLedger {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLedger.class);

    /** What a run may do with a report after asking the ledger. */
    public enum Decision {
        /** This instance holds the claim: send it. */
        SEND,
        /** Already sent (by this or another instance): nothing to do. */
        ALREADY_SENT,
        /** Its fate was already unknown before this run: ops were told then. */
        UNCONFIRMED,
        /** This run found a sender that died inside the SES call: tell ops now. */
        NEWLY_UNCONFIRMED,
        /** Another live instance still holds it after waiting out its lease. */
        BUSY,
        /** Held back: sources are incomplete and the hold has not run out. */
        HOLD
    }

    /** The ledger's answer for one report. */
    public record Claim(Decision decision, LedgerEntry entry) {
        public boolean send() {
            return decision == Decision.SEND;
        }
    }

    /** Another instance changed the entry since it was read: this one must not send. */
    public static final class LedgerConflict extends RuntimeException {
        LedgerConflict(String message) {
            super(message);
        }
    }

    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{3,255}");

    private final ProducerTemplate producer;
    private final String table;
    private final String location;
    private final String tableEndpoint;
    private final String endpoint;
    private volatile boolean tableReady;
    private final String owner;
    private final Duration lease;
    private final Duration holdFor;
    private final Duration poll;
    private final Clock clock;

    /**
     * @param table    the ledger's DynamoDB table; created (partition key deliveryId) when missing
     * @param owner    this instance's name in the ledger
     * @param lease    how long a claim holds without its owner writing; must outlast one report's SES retries
     * @param holdFor  how long an incomplete report may be held before it goes out degraded
     * @param poll     how often to look again while another instance holds a report
     */
    public DeliveryLedger(ProducerTemplate producer, String table, String owner, Duration lease, Duration holdFor, Duration poll,
                          Clock clock) {
        this(producer, table, "in DynamoDB", owner, lease, holdFor, poll, clock);
    }

    /** @param location where the table is looked for, as ops would say it ("at http://127.0.0.1:8000", "in AWS us-west-2") */
    public DeliveryLedger(ProducerTemplate producer, String table, String location, String owner, Duration lease, Duration holdFor,
                          Duration poll, Clock clock) {
        this.producer = producer;
        this.table = table;
        this.location = location;
        if (!TABLE_NAME.matcher(table).matches()) {
            // refused at start-up already (delivery.ledger-table); checked again because the name reaches a URI below
            throw new IllegalArgumentException("delivery ledger table is not a DynamoDB table name (expected 3 to 255 letters,"
                    + " digits, '_', '-' and '.')");
        }
        // only the table check names the table in its URI: camel-aws2-ddb creates a missing table from the endpoint path
        this.tableEndpoint = "aws2-ddb://" + table + "?keyAttributeName=deliveryId&keyAttributeType=HASH&keyScalarType=S"
                + "&readCapacity=5&writeCapacity=5&operation=DescribeTable";
        // one table check per ledger (below), not one per operation endpoint; operations name the table in a header
        this.endpoint = "aws2-ddb:delivery-ledger?enabledInitialDescribeTable=false&";
        this.owner = owner;
        this.lease = lease;
        this.holdFor = holdFor;
        this.poll = poll;
        this.clock = clock;
    }

    public String owner() {
        return owner;
    }

    /** Answers (creating the table when missing) or throws one line naming the table, where it was looked for and why. */
    public void requireReachable() {
        try {
            ensureTable();
        } catch (IllegalStateException e) {
            Throwable network = networkCause(e, 0);
            String why;
            if (network != null) {
                why = network.getMessage();
            } else {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                why = root.getClass().getSimpleName() + ": " + root.getMessage();
            }
            throw new IllegalStateException("delivery ledger table '" + table + "' " + location + " cannot be reached: " + why, e);
        }
    }

    /**
     * The network error behind a failed call, if there is one: the SDK retries a refused connection until its time
     * limit and then reports only the timeout, keeping each attempt's error as a suppressed exception.
     */
    private static Throwable networkCause(Throwable error, int depth) {
        if (error == null || depth > 8) {
            return null;
        }
        if (error instanceof java.net.ConnectException || error instanceof java.net.UnknownHostException
                || error instanceof java.net.NoRouteToHostException) {
            return error;
        }
        Throwable found = error.getCause() == error ? null : networkCause(error.getCause(), depth + 1);
        for (Throwable suppressed : error.getSuppressed()) {
            found = found != null ? found : networkCause(suppressed, depth + 1);
        }
        return found;
    }

    /**
     * Claims a report for this instance, or says why not. While another instance holds it, waits (at most one
     * lease) for it to finish or die.
     *
     * @param hold true when the report is incomplete and the policy is to hold such reports
     */
    public Claim claim(DeliveryKey key, boolean hold) {
        return claim(key, hold, null);
    }

    /** @param runAsOf the run's as-of instant, kept in a HELD entry so the hold re-check can run that period again */
    public Claim claim(DeliveryKey key, boolean hold, String runAsOf) {
        Instant giveUp = clock.instant().plus(lease).plus(poll);
        while (true) {
            Instant now = clock.instant();
            Optional<LedgerEntry> current = read(key);
            if (current.isEmpty()) {
                LedgerEntry fresh = hold ? LedgerEntry.held(key, owner, now, runAsOf) : LedgerEntry.claimed(key, owner, now, now.plus(lease), runAsOf);
                if (create(fresh)) {
                    return new Claim(hold ? Decision.HOLD : Decision.SEND, fresh);
                }
                continue;
            }
            LedgerEntry e = current.get();
            switch (e.state()) {
                case SENT:
                    return new Claim(Decision.ALREADY_SENT, e);
                case UNCONFIRMED:
                    return new Claim(Decision.UNCONFIRMED, e);
                case HELD:
                    if (hold && e.heldSince() != null && now.isBefore(e.heldSince().plus(holdFor))) {
                        return new Claim(Decision.HOLD, e);
                    }
                    // sources recovered, or the hold ran out: send (degraded if still incomplete)
                    if (replace(e, e.next(DeliveryState.CLAIMED, owner, now, now.plus(lease)).withNote(hold
                            ? "held since " + e.heldSince() + "; hold ran out, sent with sources still missing" : "held since "
                            + e.heldSince() + "; sources recovered"))) {
                        return claimAgain(key);
                    }
                    continue;
                case FAILED:
                    // nothing reached a recipient: a later run may try again, under the hold policy like a first try
                    if (hold) {
                        LedgerEntry held = e.next(DeliveryState.HELD, owner, now, null).withHold(now, runAsOf)
                                .withNote("failed before (" + e.error() + "); held: sources incomplete");
                        if (replace(e, held)) {
                            return new Claim(Decision.HOLD, held);
                        }
                        continue;
                    }
                    if (replace(e, e.next(DeliveryState.CLAIMED, owner, now, now.plus(lease)).withNote("retried after: " + e.error()))) {
                        return claimAgain(key);
                    }
                    continue;
                case CLAIMED:
                    if (e.leaseExpired(now)) {
                        if (replace(e, e.next(DeliveryState.CLAIMED, owner, now, now.plus(lease))
                                .withNote("taken over from " + e.owner() + ", whose claim lapsed before the SES call"))) {
                            LOG.warn("Took over the {} report of {} from {}: its claim lapsed before it reached SES", key.role(),
                                    key.period(), e.owner());
                            return claimAgain(key);
                        }
                        continue;
                    }
                    break;
                case SENDING:
                    if (e.leaseExpired(now)) {
                        LedgerEntry unknown = e.next(DeliveryState.UNCONFIRMED, owner, now, null)
                                .withError(e.owner() + " stopped inside the SES call at " + e.updatedAt()
                                        + ": the report may or may not have been delivered");
                        if (replace(e, unknown)) {
                            return new Claim(Decision.NEWLY_UNCONFIRMED, unknown);
                        }
                        continue;
                    }
                    break;
                default:
                    throw new IllegalStateException("unknown ledger state " + e.state());
            }
            if (!clock.instant().isBefore(giveUp)) {
                return new Claim(Decision.BUSY, e);
            }
            sleep();
        }
    }

    /** An operator's explicit re-send: takes the report whatever its state, and says so in the log and the ledger. */
    public Claim forceClaim(DeliveryKey key, String operatorReason) {
        while (true) {
            Instant now = clock.instant();
            Optional<LedgerEntry> current = read(key);
            if (current.isEmpty()) {
                LedgerEntry fresh = LedgerEntry.claimed(key, owner, now, now.plus(lease), null).withNote(operatorReason);
                if (create(fresh)) {
                    LOG.warn("Operator re-send of the {} report of {} ({}): no earlier delivery recorded", key.role(), key.period(),
                            operatorReason);
                    return new Claim(Decision.SEND, fresh);
                }
                continue;
            }
            LedgerEntry e = current.get();
            if ((e.state() == DeliveryState.CLAIMED || e.state() == DeliveryState.SENDING) && !e.leaseExpired(now)) {
                return new Claim(Decision.BUSY, e);
            }
            LedgerEntry mine = e.next(DeliveryState.CLAIMED, owner, now, now.plus(lease))
                    .withNote(operatorReason + " (was " + e.state() + (e.messageId() == null ? "" : ", SES message " + e.messageId()) + ")");
            if (replace(e, mine)) {
                LOG.warn("Operator re-send of the {} report of {} ({}): it was {}", key.role(), key.period(), operatorReason, e.state());
                return new Claim(Decision.SEND, mine);
            }
        }
    }

    /** Just before the SES call; a conflict means another instance took the report over, so this one must not send. */
    public LedgerEntry sending(LedgerEntry claimed) {
        Instant now = clock.instant();
        LedgerEntry next = claimed.next(DeliveryState.SENDING, owner, now, now.plus(lease)).withAttempts(claimed.attempts() + 1);
        if (!replace(claimed, next)) {
            throw new LedgerConflict("the " + claimed.key().role() + " report of " + claimed.key().period()
                    + " was taken over by another instance before it was sent; not sending it from here");
        }
        return next;
    }

    public LedgerEntry sent(LedgerEntry sending, String messageId, String contentHash, int attempts) {
        Instant now = clock.instant();
        LedgerEntry next = sending.next(DeliveryState.SENT, owner, now, null).withAttempts(sending.attempts() - 1 + attempts)
                .withSent(messageId, contentHash, now);
        if (!replace(sending, next)) {
            throw new LedgerConflict("the " + sending.key().role() + " report of " + sending.key().period() + " was sent (SES message "
                    + messageId + ") but another instance changed its ledger entry meanwhile");
        }
        return next;
    }

    public LedgerEntry failed(LedgerEntry entry, String error, int attempts) {
        Instant now = clock.instant();
        // a SENDING entry already counted the first of this run's SES calls
        int total = entry.attempts() + attempts - (entry.state() == DeliveryState.SENDING ? 1 : 0);
        LedgerEntry next = entry.next(DeliveryState.FAILED, owner, now, null).withAttempts(total).withError(error);
        if (!replace(entry, next)) {
            throw new LedgerConflict("the " + entry.key().role() + " report of " + entry.key().period()
                    + " failed, but another instance changed its ledger entry meanwhile");
        }
        return next;
    }

    /** The SES call ended without an answer: the message may have gone out, so it is never sent again silently. */
    public LedgerEntry unconfirmed(LedgerEntry sending, String reason, int attempts) {
        Instant now = clock.instant();
        LedgerEntry next = sending.next(DeliveryState.UNCONFIRMED, owner, now, null).withAttempts(sending.attempts() - 1 + attempts)
                .withError(reason);
        if (!replace(sending, next)) {
            throw new LedgerConflict("the " + sending.key().role() + " report of " + sending.key().period()
                    + " has an unknown fate, but another instance changed its ledger entry meanwhile");
        }
        return next;
    }

    /** The as-of instant of a run to run again, for the re-check route; null when none waits (see {@link #pendingRunAsOf}). */
    public String pendingAsOf() {
        return pendingRunAsOf().orElse(null);
    }

    /**
     * The as-of instant of a run that has to run again, read from the ledger (a Scan: the table holds a few items a
     * week), so a restart, another instance or a run of a later period never loses one: a report still HELD (within
     * its hold, plus a day), or one whose run died with it CLAIMED or SENDING and the lease lapsed (within a week) —
     * the re-run takes the first over and marks the second unconfirmed for ops. The oldest comes first.
     */
    public Optional<String> pendingRunAsOf() {
        ensureTable();
        Instant now = clock.instant();
        // a hold or a crash long past that no re-run could settle (its recipients changed since, say) is not chased forever
        Instant staleHold = now.minus(holdFor).minus(Duration.ofDays(1));
        Instant staleCrash = now.minus(Duration.ofDays(7));
        return scan(DeliveryState.HELD, DeliveryState.CLAIMED, DeliveryState.SENDING).stream()
                .filter(e -> e.runAsOf() != null)
                .filter(e -> e.state() == DeliveryState.HELD
                        ? e.heldSince() != null && e.heldSince().isAfter(staleHold)
                        : e.leaseExpired(now) && e.updatedAt().isAfter(staleCrash))
                .min(java.util.Comparator.comparing(e -> e.state() == DeliveryState.HELD ? e.heldSince() : e.updatedAt()))
                .map(LedgerEntry::runAsOf);
    }

    private List<LedgerEntry> scan(DeliveryState... states) {
        List<AttributeValue> wanted = java.util.Arrays.stream(states).map(st -> AttributeValue.fromS(st.name())).toList();
        List<LedgerEntry> found = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> from = startKey;
            Exchange answer = producer.send(endpoint + "operation=Scan", ex -> {
                ex.getIn().setHeader(Ddb2Constants.TABLE_NAME, table);
                ex.getIn().setHeader(Ddb2Constants.SCAN_FILTER, Map.of("state", Condition.builder()
                        .comparisonOperator(ComparisonOperator.IN).attributeValueList(wanted).build()));
                if (from != null) {
                    ex.getIn().setHeader(Ddb2Constants.START_KEY, from);
                }
            });
            rethrow(answer);
            @SuppressWarnings("unchecked")
            List<Map<String, AttributeValue>> items = answer.getMessage().getHeader(Ddb2Constants.ITEMS, List.class);
            if (items != null) {
                items.forEach(i -> found.add(LedgerEntry.fromItem(i)));
            }
            @SuppressWarnings("unchecked")
            Map<String, AttributeValue> last = answer.getMessage().getHeader(Ddb2Constants.LAST_EVALUATED_KEY, Map.class);
            startKey = last == null || last.isEmpty() ? null : last;
        } while (startKey != null);
        return found;
    }

    public Optional<LedgerEntry> read(DeliveryKey key) {
        ensureTable();
        Exchange answer = producer.send(endpoint + "operation=GetItem&consistentRead=true", ex -> {
            ex.getIn().setHeader(Ddb2Constants.TABLE_NAME, table);
            ex.getIn().setHeader(Ddb2Constants.KEY, LedgerEntry.keyOf(key));
            ex.getIn().setHeader(Ddb2Constants.CONSISTENT_READ, true);
        });
        rethrow(answer);
        @SuppressWarnings("unchecked")
        Map<String, AttributeValue> item = answer.getMessage().getHeader(Ddb2Constants.ATTRIBUTES, Map.class);
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LedgerEntry.fromItem(item));
    }

    private Claim claimAgain(DeliveryKey key) {
        return new Claim(Decision.SEND, read(key).orElseThrow());
    }

    private boolean create(LedgerEntry entry) {
        return put(entry, Map.of("deliveryId", ExpectedAttributeValue.builder().exists(false).build()));
    }

    private boolean replace(LedgerEntry old, LedgerEntry next) {
        return put(next, Map.of("version", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.EQ)
                .attributeValueList(AttributeValue.fromN(Long.toString(old.version()))).build()));
    }

    private boolean put(LedgerEntry entry, Map<String, ExpectedAttributeValue> expected) {
        ensureTable();
        Exchange answer = producer.send(endpoint + "operation=PutItem", ex -> {
            ex.getIn().setHeader(Ddb2Constants.TABLE_NAME, table);
            ex.getIn().setHeader(Ddb2Constants.ITEM, entry.toItem());
            ex.getIn().setHeader(Ddb2Constants.UPDATE_CONDITION, expected);
        });
        if (answer.getException() instanceof ConditionalCheckFailedException) {
            // the SDK retries a write whose answer was lost; the retry then fails the condition its first try met:
            // the item as this very write left it means the write happened, anything else is another writer
            return read(entry.key()).filter(stored -> sameWrite(stored, entry)).isPresent();
        }
        rethrow(answer);
        return true;
    }

    private static boolean sameWrite(LedgerEntry stored, LedgerEntry written) {
        return stored.version() == written.version() && stored.state() == written.state()
                && java.util.Objects.equals(stored.owner(), written.owner())
                && java.util.Objects.equals(stored.updatedAt(), written.updatedAt());
    }

    /**
     * Camel's endpoint creates the table when it is missing. Two instances starting together may both try: the
     * loser's ResourceInUseException only means the table now exists, so it looks once more.
     */
    private void ensureTable() {
        if (tableReady) {
            return;
        }
        synchronized (this) {
            for (int attempt = 1; !tableReady; attempt++) {
                Exception failure;
                try {
                    failure = producer.send(tableEndpoint, ex -> { }).getException();
                } catch (RuntimeException e) {
                    // the endpoint itself failed to start: it describes/creates the table then
                    failure = e;
                }
                if (failure == null) {
                    tableReady = true;
                } else if (attempt < 5 && causedBy(failure, software.amazon.awssdk.services.dynamodb.model.ResourceInUseException.class)) {
                    sleep();
                } else {
                    throw new IllegalStateException("delivery ledger table unavailable: " + failure.getMessage(), failure);
                }
            }
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void rethrow(Exchange answer) {
        Exception e = answer.getException();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e != null) {
            throw new IllegalStateException("delivery ledger: " + e.getMessage(), e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another instance's delivery", e);
        }
    }
}
