package com.execreports.sources;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import com.execreports.model.ReadStop;

/**
 * One source's reading budget: the loops that read it (pages of a Scan, of a listing, objects) ask between two units
 * of work whether to go on. Once the budget is spent — or the run stopped waiting for its sources — the loop stops,
 * what was folded so far is kept, and the source's facts say where reading stopped. At least one unit is always read:
 * the check comes after a page, never before the first.
 * <p>
 * Thread-safe: the segments of a parallel Scan share one deadline and one count.
 */
public final class ReadDeadline {

    /** Exchange property of a source's exchange holding its deadline. */
    static final String PROPERTY = "readDeadline";

    private final long startNanos;
    private final long budgetNanos;
    private final long budgetMillis;
    private final AtomicBoolean collectionOpen;
    private final LongSupplier nanoClock;
    private final AtomicLong units = new AtomicLong();
    private final AtomicReference<String> unit = new AtomicReference<>("items");
    /** Elapsed time and cause of the stop, once recorded; the count is taken when the facts are made, all loops ended. */
    private final AtomicReference<ReadStop> stopped = new AtomicReference<>();

    /**
     * @param budgetMillis   how long the source may read
     * @param collectionOpen false once the run stopped waiting for its sources (the hard timeout): reading on would
     *                       only cost memory and calls whose answer nobody collects
     */
    ReadDeadline(long budgetMillis, AtomicBoolean collectionOpen, LongSupplier nanoClock) {
        this.budgetMillis = budgetMillis;
        this.budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        this.collectionOpen = collectionOpen;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    static ReadDeadline start(long budgetMillis, AtomicBoolean collectionOpen) {
        return new ReadDeadline(budgetMillis, collectionOpen, System::nanoTime);
    }

    /** A deadline that never passes: a benchmark's bare exchange, which began no source. */
    static ReadDeadline none() {
        return new ReadDeadline(Long.MAX_VALUE / 1_000_000, new AtomicBoolean(true), System::nanoTime);
    }

    /**
     * Counts units folded, so a stop can say how far reading got. A new unit starts a new count: a bucket's listing
     * counts objects listed, then its reading counts objects read.
     */
    synchronized void counted(long n, String what) {
        if (!what.equals(unit.get())) {
            unit.set(what);
            units.set(0);
        }
        units.addAndGet(n);
    }

    /** Counts units of the kind counted last. */
    void counted(long n) {
        units.addAndGet(n);
    }

    /**
     * Whether the loop may read another unit. The first call that finds the budget spent records the stop, so the
     * facts say it whichever loop noticed first.
     */
    boolean goOn() {
        if (stopped.get() != null) {
            return false;
        }
        long elapsed = nanoClock.getAsLong() - startNanos;
        boolean over = elapsed >= budgetNanos;
        if (!over && collectionOpen.get()) {
            return true;
        }
        recordStop(elapsed, over);
        return false;
    }

    private synchronized void recordStop(long elapsed, boolean over) {
        stopped.compareAndSet(null, new ReadStop(TimeUnit.NANOSECONDS.toMillis(elapsed), budgetMillis, units.get(), unit.get(),
                over ? "budget" : "collection closed"));
    }

    /** How long the source has read so far: its read time, once its facts are made. */
    java.time.Duration elapsed() {
        return java.time.Duration.ofNanos(nanoClock.getAsLong() - startNanos);
    }

    /** Units folded so far, of the kind counted last (a bucket: the objects read, after those listed). */
    long units() {
        return units.get();
    }

    /** Where reading stopped, with every unit folded up to then, or null when the source was read to its end. */
    ReadStop stop() {
        ReadStop s = stopped.get();
        return s == null ? null : new ReadStop(s.afterMillis(), s.budgetMillis(), units.get(), unit.get(), s.why());
    }

    /** The deadline of the source this exchange reads; none when the exchange began no source. */
    static ReadDeadline of(org.apache.camel.Exchange exchange) {
        ReadDeadline d = exchange.getProperty(PROPERTY, ReadDeadline.class);
        return d != null ? d : none();
    }
}
