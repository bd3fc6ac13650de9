package com.execreports.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a bookings table says of each booking id, for matching invoices to bookings: the revenue booked under it, or
 * that it was cancelled (or refunded), or that its item could not be read. It is the one structure of a bookings
 * source that grows with the table, so it is kept small and bounded: an id is stored as a 64-bit hash of its UTF-8
 * bytes (FNV-1a, then mixed), not as a string, in open-addressed arrays (17 bytes a slot, at most 3/4 full), and past
 * {@link #IN_MEMORY_IDS} ids the arrays are written to a temporary file (17 bytes an id) and start again empty — so a
 * table of a million bookings holds about 2 MB of heap, not 36. Two ids sharing a hash would be taken for one booking:
 * at a million ids the odds of any such pair are about 3 in 100 million.
 *
 * <p>Matching reads only the ids the invoices name: {@link #only} streams every part (the arrays and each file) once
 * and keeps those, so what is held while matching grows with the invoices, not the bookings. An id written in two
 * parts is merged there (states joined, revenue summed), as within one part. Lives while a run makes its snapshot
 * ({@link InvoiceMatch}); never archived; its files are deleted when no index refers to them any more, or at exit.
 */
public final class BookingIndex {

    /** Ids kept in the arrays before they are written out: about 2 MB of heap at most. */
    public static final int IN_MEMORY_IDS = 1 << 16;

    private static final Logger LOG = LoggerFactory.getLogger(BookingIndex.class);
    private static final Cleaner FILES = Cleaner.create();

    /** What the table says of one id. */
    public enum State { NONE, REVENUE, CANCELLED, UNREADABLE }

    // what is known of an id, as bits: an id can be both booked and cancelled (two tables of one business), and each
    // question (matched? paid on a cancelled booking?) reads its own bit
    private static final byte EMPTY = 0;
    private static final byte REVENUE = 1;
    private static final byte CANCELLED = 2;
    private static final byte UNREADABLE = 4;

    private final int spillAt;
    private long[] keys = new long[16];
    private long[] cents = new long[16];
    private byte[] states = new byte[16];
    private int size;
    // the parts already written out, shared (read-only) with the indexes made from this one by plus()
    private final List<WrittenIds> written = new ArrayList<>();
    private boolean keepInMemory;

    public BookingIndex() {
        this(IN_MEMORY_IDS);
    }

    /** An index that writes its ids out each time it holds {@code spillAt} of them (tests use small ones). */
    BookingIndex(int spillAt) {
        this.spillAt = spillAt;
    }

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
        add(hash(id), REVENUE, amountCents);
    }

    /** The id was cancelled or refunded (revenue booked under the same id elsewhere still counts as booked). */
    public void cancelled(String id) {
        mark(id, CANCELLED);
    }

    /** The id's item could not be read. */
    public void unreadable(String id) {
        mark(id, UNREADABLE);
    }

    /**
     * The id's state for matching an invoice: booked revenue first, then a cancellation, then an unreadable item.
     * Asked of an index that wrote ids out, it first reads them all back: ask {@link #only} the ids you need instead.
     */
    public State state(String id) {
        if (!written.isEmpty()) {
            return only(List.of(id)).state(id);
        }
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
        if (!written.isEmpty()) {
            return only(List.of(id)).isCancelled(id);
        }
        return (states[slot(hash(id))] & CANCELLED) != 0;
    }

    /** Revenue booked under the id; 0 when it holds none. */
    public long revenueCents(String id) {
        if (!written.isEmpty()) {
            return only(List.of(id)).revenueCents(id);
        }
        return cents[slot(hash(id))];
    }

    /** Ids recorded: exact until ids are written out; after that an id recorded in two written parts counts twice. */
    public long size() {
        long total = size;
        for (WrittenIds part : written) {
            total += part.count;
        }
        return total;
    }

    /** Whether some ids were written to a file (the index outgrew {@link #IN_MEMORY_IDS}). */
    public boolean wroteOut() {
        return !written.isEmpty();
    }

    /**
     * What this index knows of the given ids only, all in memory: every part is read once, and an id found in several
     * is merged. This is how a bookings table is matched to invoices in memory that grows with the invoices.
     */
    public BookingIndex only(Collection<String> ids) {
        long[] wanted = new long[ids.size()];
        int n = 0;
        for (String id : ids) {
            wanted[n++] = hash(id);
        }
        Arrays.sort(wanted);
        BookingIndex kept = new BookingIndex(Integer.MAX_VALUE);
        forEachEntry((key, state, amount) -> {
            if (Arrays.binarySearch(wanted, key) >= 0) {
                kept.add(key, state, amount);
            }
        });
        return kept;
    }

    /** This index with every id of the other added: what is known of an id in either, its revenue summed. */
    public BookingIndex plus(BookingIndex other) {
        BookingIndex sum = new BookingIndex(Math.min(spillAt, other.spillAt));
        for (BookingIndex from : new BookingIndex[] {this, other}) {
            sum.written.addAll(from.written);
            from.forEachInMemory(sum::add);
        }
        return sum;
    }

    /** One id's entry as stored: its hash, what is known of it (bits) and its revenue. */
    @FunctionalInterface
    private interface EntryVisitor {
        void visit(long key, byte state, long amount);
    }

    private void forEachInMemory(EntryVisitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (states[i] != EMPTY) {
                visitor.visit(keys[i], states[i], cents[i]);
            }
        }
    }

    private void forEachEntry(EntryVisitor visitor) {
        forEachInMemory(visitor);
        for (WrittenIds part : written) {
            part.forEach(visitor);
        }
    }

    private void add(long key, byte state, long amount) {
        int slot = slot(key);
        if (states[slot] == EMPTY) {
            put(slot, key, state, amount);
        } else {
            states[slot] |= state;
            cents[slot] += amount;
        }
    }

    private void mark(String id, byte state) {
        add(hash(id), state, 0);
    }

    private void put(int slot, long key, byte state, long amount) {
        if (states[slot] == EMPTY) {
            size++;
        }
        keys[slot] = key;
        states[slot] = state;
        cents[slot] = amount;
        if (size >= spillAt && !keepInMemory) {
            writeOut();
        } else if (size * 4 > keys.length * 3) {
            grow();
        }
    }

    /** Writes the arrays' ids to a temporary file and starts again empty; a disk that refuses keeps them in memory. */
    private void writeOut() {
        try {
            written.add(WrittenIds.of(this));
            keys = new long[16];
            cents = new long[16];
            states = new byte[16];
            size = 0;
        } catch (IOException e) {
            keepInMemory = true;
            LOG.warn("Booking ids stay in memory: the temporary directory refused them ({})", e.toString());
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

    /** Every id of this index merged in memory, whatever was written out (for equality; unbounded). */
    private BookingIndex merged() {
        if (written.isEmpty()) {
            return this;
        }
        BookingIndex all = new BookingIndex(Integer.MAX_VALUE);
        forEachEntry(all::add);
        return all;
    }

    /** Equal when they know the same ids in the same states with the same revenue (for records holding one). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BookingIndex that)) {
            return false;
        }
        BookingIndex mine = merged();
        BookingIndex other = that.merged();
        if (other.size != mine.size) {
            return false;
        }
        for (int i = 0; i < mine.keys.length; i++) {
            if (mine.states[i] != EMPTY) {
                int slot = other.slot(mine.keys[i]);
                if (other.states[slot] != mine.states[i] || other.cents[slot] != mine.cents[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        // cheap on purpose: a record holding the index is hashed by Camel's caches
        return 0;
    }

    @Override
    public String toString() {
        if (!written.isEmpty()) {
            return "BookingIndex[" + size() + " ids, " + written.size() + " parts written out]";
        }
        long revenue = 0;
        for (byte state : states) {
            revenue += (state & REVENUE) != 0 ? 1 : 0;
        }
        return "BookingIndex[" + size + " ids, " + revenue + " with revenue]";
    }

    /** One part of an index written to a temporary file; the file goes when no index holds the part any more. */
    private static final class WrittenIds {
        private final Path file;
        private final int count;

        private WrittenIds(Path file, int count) {
            this.file = file;
            this.count = count;
            FILES.register(this, () -> delete(file));
        }

        static WrittenIds of(BookingIndex index) throws IOException {
            Path file = Files.createTempFile("exec-reports-booking-ids-", ".bin");
            file.toFile().deleteOnExit();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                index.forEachInMemory((key, state, amount) -> {
                    try {
                        out.writeLong(key);
                        out.writeByte(state);
                        out.writeLong(amount);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                delete(file);
                throw e.getCause();
            }
            return new WrittenIds(file, index.size);
        }

        void forEach(EntryVisitor visitor) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (int i = 0; i < count; i++) {
                    visitor.visit(in.readLong(), in.readByte(), in.readLong());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Booking ids written to " + file + " could not be read back", e);
            }
        }

        private static void delete(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left for the exit hook or the system's temporary-file cleaning
            }
        }
    }
}
