package com.execreports.sources;

/**
 * Keeps a tally's sums from overflowing a {@code long}, with one check per record: the record's values are admitted
 * only while the sum of the absolute values of everything admitted stays within a {@code long}
 * ({@link Math#addExact}). Every total, monthly figure or per-key figure a tally keeps adds a subset of admitted values,
 * so none of them can overflow either, whatever the signs. A record that does not fit is refused — named by the caller
 * — and every sum stays as it was.
 */
final class SumBound {

    /** What a refusal says after the value. */
    static final String REASON = "would overflow the sums; left out";

    private long absolute;

    /** True, and the values counted, when they fit; false, and nothing counted, when a sum could overflow. */
    boolean admit(long... values) {
        long next = absolute;
        try {
            for (long v : values) {
                next = Math.addExact(next, Math.absExact(v));
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        absolute = next;
        return true;
    }
}
