package com.execreports.security;

import java.util.function.LongSupplier;

/**
 * The limits of one object scan and what it has used of them so far: time, entries, inflated bytes. One per
 * {@code scanObject} call, used by one thread.
 */
final class Budget {

    private final ScanLimits limits;
    private final LongSupplier nanoClock;
    private final long deadline;
    private final boolean timed;
    private long entries;
    private long inflatedBytes;
    long filesScanned;
    long binariesSkipped;

    private Budget(ScanLimits limits, LongSupplier nanoClock, boolean timed) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.timed = timed;
        this.deadline = timed ? nanoClock.getAsLong() + limits.maxTime().toNanos() : 0;
    }

    static Budget of(ScanLimits limits, LongSupplier nanoClock) {
        return new Budget(limits, nanoClock, true);
    }

    /** For text handed over whole (an environment, a string): no clock, the caller already holds it all. */
    static Budget untimed(ScanLimits limits) {
        return new Budget(limits, System::nanoTime, false);
    }

    ScanLimits limits() {
        return limits;
    }

    void checkTime() {
        if (timed && nanoClock.getAsLong() - deadline > 0) {
            throw new ScanStopped("not scanned: time limit of " + ScanLimits.time(limits.maxTime()) + " reached");
        }
    }

    void entry() {
        if (++entries > limits.maxEntries()) {
            throw new ScanStopped("not scanned: more than " + ScanLimits.count(limits.maxEntries()) + " archive entries");
        }
    }

    void inflated(long bytes) {
        inflatedBytes += bytes;
        if (inflatedBytes > limits.maxTotalBytes()) {
            throw new ScanStopped("not scanned: more than " + ScanLimits.size(limits.maxTotalBytes())
                    + " uncompressed in all");
        }
    }

    /** The line as the regex engine sees it: every few thousand character reads check the clock. */
    CharSequence watched(String line) {
        return timed && line.length() > 256 ? new Watched(line, this) : line;
    }

    /**
     * A catastrophic regex on a long line is the one place a scan could spin without reading: this view of the
     * line checks the deadline as the engine steps through it.
     */
    private static final class Watched implements CharSequence {

        private final String s;
        private final Budget budget;
        private int steps;

        Watched(String s, Budget budget) {
            this.s = s;
            this.budget = budget;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if ((++steps & 0xFFFF) == 0) {
                budget.checkTime();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        /** The text itself, as CharSequence requires: this view lives only inside one regex search. */
        @Override
        public String toString() {
            return s;
        }
    }
}
