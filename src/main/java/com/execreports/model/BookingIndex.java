package com.execreports.model;

import java.nio.charset.StandardCharsets;

/**
 * What a bookings table says of each booking id, for matching invoices to bookings: the revenue booked under it, or
 * that it was cancelled (or refunded), or that its item could not be read. It is the one structure of a bookings
 * source that grows with the table, so it is kept small: an id is stored as a 64-bit hash of its UTF-8 bytes (FNV-1a,
 * then mixed), not as a string, in open-addressed arrays — 17 bytes a slot, at most 3/4 full, about 23 bytes a
 * booking against some 110 for a map of strings to boxed longs. Two ids sharing a hash would be taken for one booking:
 * at a million ids the odds of any such pair are about 3 in 100 million.
 *
 * <p>Lives while a run makes its snapshot ({@link InvoiceMatch}); never archived.
 */
public final class BookingIndex {

    /** What the table says of one id. */
    public enum State { NONE, REVENUE, CANCELLED, UNREADABLE }

    // what is known of an id, as bits: an id can be both booked and cancelled (two tables of one business), and each
    // question (matched? paid on a cancelled booking?) reads its own bit
    private static final byte EMPTY = 0;
    private static final byte REVENUE = 1;
    private static final byte CANCELLED = 2;
    private static final byte UNREADABLE = 4;

    private long[] keys = new long[16];
    private long[] cents = new long[16];
    private byte[] states = new byte[16];
    private int size;

    /** An index of ids given as maps (revenue id → cents, cancelled ids, unreadable ids); nulls count as empty. */
    public static BookingIndex of(java.util.Map<String, Long> revenueById, java.util.Collection<String> cancelledIds,
                                  java.util.Collection<String> unreadableIds) {
        BookingIndex index = new BookingIndex();
        if (revenueById != null) {
            revenueById.forEach(index::revenue);
        }
        if (cancelledIds != null) {
            cancelledIds.forEach(index::cancelled);
        }
        if (unreadableIds != null) {
            unreadableIds.forEach(index::unreadable);
        }
        return index;
    }

    /** Revenue booked under the id (summed when the id repeats). */
    public void revenue(String id, long amountCents) {
        long h = hash(id);
        int slot = slot(h);
        if (states[slot] == EMPTY) {
            put(slot, h, REVENUE, amountCents);
        } else {
            states[slot] |= REVENUE;
            cents[slot] += amountCents;
        }
    }

    /** The id was cancelled or refunded (revenue booked under the same id elsewhere still counts as booked). */
    public void cancelled(String id) {
        mark(id, CANCELLED);
    }

    /** The id's item could not be read. */
    public void unreadable(String id) {
        mark(id, UNREADABLE);
    }

    /** The id's state for matching an invoice: booked revenue first, then a cancellation, then an unreadable item. */
    public State state(String id) {
        byte state = states[slot(hash(id))];
        if ((state & REVENUE) != 0) {
            return State.REVENUE;
        }
        if ((state & CANCELLED) != 0) {
            return State.CANCELLED;
        }
        return (state & UNREADABLE) != 0 ? State.UNREADABLE : State.NONE;
    }

    /** Whether the id was cancelled or refunded, whatever else is known of it. */
    public boolean isCancelled(String id) {
        return (states[slot(hash(id))] & CANCELLED) != 0;
    }

    /** Revenue booked under the id; 0 when it holds none. */
    public long revenueCents(String id) {
        int slot = slot(hash(id));
        return cents[slot];
    }

    /** Ids known, whatever their state. */
    public int size() {
        return size;
    }

    /** This index with every id of the other added: what is known of an id in either, its revenue summed. */
    public BookingIndex plus(BookingIndex other) {
        BookingIndex sum = new BookingIndex();
        for (BookingIndex from : new BookingIndex[] {this, other}) {
            for (int i = 0; i < from.keys.length; i++) {
                if (from.states[i] != EMPTY) {
                    int slot = sum.slot(from.keys[i]);
                    if (sum.states[slot] == EMPTY) {
                        sum.put(slot, from.keys[i], from.states[i], from.cents[i]);
                    } else {
                        sum.states[slot] |= from.states[i];
                        sum.cents[slot] += from.cents[i];
                    }
                }
            }
        }
        return sum;
    }

    private void mark(String id, byte state) {
        long h = hash(id);
        int slot = slot(h);
        if (states[slot] == EMPTY) {
            put(slot, h, state, 0);
        } else {
            states[slot] |= state;
        }
    }

    private void put(int slot, long key, byte state, long amount) {
        if (states[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        states[slot] = state;
        cents[slot] = amount;
        if (size * 4 > keys.length * 3) {
            grow();
        }
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (states[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCents = cents;
        byte[] oldStates = states;
        keys = new long[oldKeys.length * 2];
        cents = new long[oldKeys.length * 2];
        states = new byte[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStates[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                cents[slot] = oldCents[i];
                states[slot] = oldStates[i];
            }
        }
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits are weak for ids that differ in their last characters: mix them (Stafford's variant 13)
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** Equal when they know the same ids in the same states with the same revenue (for records holding one). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookingIndex other) || other.size != size) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (states[i] != EMPTY) {
                int slot = other.slot(keys[i]);
                if (other.states[slot] != states[i] || other.cents[slot] != cents[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // cheap on purpose: a record holding the index is hashed by Camel's caches; equal indexes have equal sizes
        return size;
    }

    @Override
    public String toString() {
        long revenue = 0;
        for (int i = 0; i < states.length; i++) {
            revenue += (states[i] & REVENUE) != 0 ? 1 : 0;
        }
        return "BookingIndex[" + size + " ids, " + revenue + " with revenue]";
    }
}
