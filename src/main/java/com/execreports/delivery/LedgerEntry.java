package com.execreports.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item of the delivery ledger (a DynamoDB table). Every change writes the whole item with {@code version}
 * one higher, on the condition that the stored version is still the one read: two instances can never both win.
 *
 * @param key         what is delivered
 * @param state       where it stands
 * @param owner       the instance that last changed it (host/pid/random)
 * @param version     optimistic-lock counter, 1 for a new claim
 * @param leaseUntil  until when the owner's CLAIMED/SENDING hold is valid; after that another instance may act
 * @param updatedAt   when it last changed
 * @param attempts    SES calls made for it, over all runs
 * @param messageId   the SES message id once SENT
 * @param contentHash SHA-256 of the archived report files once SENT (see {@link ContentHash})
 * @param sentAt      when SES accepted it
 * @param error       why it FAILED or is UNCONFIRMED
 * @param heldSince   when a HELD report was first held
 * @param note        the last notable event in words (taken over from, resent by operator, ...)
 * @param runAsOf     the as-of instant of the run that claimed or held the report (ISO offset date-time): the re-check
 *                    runs that period again from it when the report is held or its run died, whichever process comes next
 */
public record LedgerEntry(DeliveryKey key, DeliveryState state, String owner, long version, Instant leaseUntil, Instant updatedAt,
                          int attempts, String messageId, String contentHash, Instant sentAt, String error, Instant heldSince,
                          String note, String runAsOf) {

    static LedgerEntry claimed(DeliveryKey key, String owner, Instant now, Instant leaseUntil, String runAsOf) {
        return new LedgerEntry(key, DeliveryState.CLAIMED, owner, 1, leaseUntil, now, 0, null, null, null, null, null, null, runAsOf);
    }

    static LedgerEntry held(DeliveryKey key, String owner, Instant now, String runAsOf) {
        return new LedgerEntry(key, DeliveryState.HELD, owner, 1, null, now, 0, null, null, null, null, now,
                "held: sources incomplete", runAsOf);
    }

    LedgerEntry next(DeliveryState newState, String newOwner, Instant now, Instant lease) {
        return new LedgerEntry(key, newState, newOwner, version + 1, lease, now, attempts, messageId, contentHash, sentAt, error,
                heldSince, note, runAsOf);
    }

    LedgerEntry withAttempts(int total) {
        return new LedgerEntry(key, state, owner, version, leaseUntil, updatedAt, total, messageId, contentHash, sentAt, error,
                heldSince, note, runAsOf);
    }

    LedgerEntry withSent(String id, String hash, Instant at) {
        return new LedgerEntry(key, state, owner, version, leaseUntil, updatedAt, attempts, id, hash, at, null, heldSince, note, runAsOf);
    }

    LedgerEntry withError(String why) {
        return new LedgerEntry(key, state, owner, version, leaseUntil, updatedAt, attempts, messageId, contentHash, sentAt, why,
                heldSince, note, runAsOf);
    }

    LedgerEntry withHold(Instant since, String runAsOf) {
        return new LedgerEntry(key, state, owner, version, leaseUntil, updatedAt, attempts, messageId, contentHash, sentAt, error,
                since, note, runAsOf);
    }

    LedgerEntry withNote(String text) {
        return new LedgerEntry(key, state, owner, version, leaseUntil, updatedAt, attempts, messageId, contentHash, sentAt, error,
                heldSince, text, runAsOf);
    }

    boolean leaseExpired(Instant now) {
        return leaseUntil == null || !now.isBefore(leaseUntil);
    }

    Map<String, AttributeValue> toItem() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("deliveryId", s(key.id()));
        item.put("period", s(key.period()));
        item.put("role", s(key.role()));
        item.put("recipientsTo", AttributeValue.fromL(key.to().stream().map(LedgerEntry::s).toList()));
        item.put("recipientsBcc", AttributeValue.fromL(key.bcc().stream().map(LedgerEntry::s).toList()));
        item.put("state", s(state.name()));
        item.put("owner", s(owner));
        item.put("version", AttributeValue.fromN(Long.toString(version)));
        item.put("updatedAt", s(updatedAt.toString()));
        item.put("attempts", AttributeValue.fromN(Integer.toString(attempts)));
        put(item, "leaseUntil", leaseUntil == null ? null : leaseUntil.toString());
        put(item, "messageId", messageId);
        put(item, "contentHash", contentHash);
        put(item, "sentAt", sentAt == null ? null : sentAt.toString());
        put(item, "error", error);
        put(item, "heldSince", heldSince == null ? null : heldSince.toString());
        put(item, "note", note);
        put(item, "runAsOf", runAsOf);
        return item;
    }

    static LedgerEntry fromItem(Map<String, AttributeValue> item) {
        DeliveryKey key = new DeliveryKey(text(item, "period"), text(item, "role"), list(item, "recipientsTo"), list(item, "recipientsBcc"));
        return new LedgerEntry(key, DeliveryState.valueOf(text(item, "state")), text(item, "owner"),
                Long.parseLong(item.get("version").n()), instant(item, "leaseUntil"), instant(item, "updatedAt"),
                item.containsKey("attempts") ? Integer.parseInt(item.get("attempts").n()) : 0, text(item, "messageId"),
                text(item, "contentHash"), instant(item, "sentAt"), text(item, "error"), instant(item, "heldSince"), text(item, "note"),
                text(item, "runAsOf"));
    }

    static Map<String, AttributeValue> keyOf(DeliveryKey key) {
        return Map.of("deliveryId", s(key.id()));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static void put(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = text(item, name);
        return v == null ? null : Instant.parse(v);
    }

    private static List<String> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL() ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }
}
