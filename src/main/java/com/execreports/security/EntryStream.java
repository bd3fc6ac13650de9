package com.execreports.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The inflated content of one entry (or of a gzip), counted as it is read: the entry, total, ratio and time limits
 * are checked on every read, so a bomb stops after a bounded number of bytes, not after its declared or real size.
 */
final class EntryStream extends InputStream {

    /**
     * Below this many bytes the ratio is not judged: a tiny, very regular file (a config of repeated lines) can
     * compress beyond 100 to 1, and a megabyte is nothing to inflate. A real bomb passes it in a blink.
     */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final InputStream source;
    private final String name;
    private final LongSupplier compressedSoFar;
    private final Budget budget;
    private final boolean inflating;
    private boolean sizeLimited = true;
    private long bytes;

    /**
     * @param source          the inflated data
     * @param name            the entry as reasons name it (already masked and made printable)
     * @param compressedSoFar compressed bytes consumed since this entry started
     * @param inflating       its bytes come out of a decompressor and count towards the total; a tar entry's are
     *                        a slice of a stream counted already
     */
    EntryStream(InputStream source, String name, LongSupplier compressedSoFar, Budget budget, boolean inflating) {
        this.source = source;
        this.name = name;
        this.compressedSoFar = compressedSoFar;
        this.budget = budget;
        this.inflating = inflating;
    }

    /** A gzip layer that carries a tar is not one file: its tar entries are limited one by one instead. */
    void noEntrySizeLimit() {
        sizeLimited = false;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        budget.checkTime();
        ScanLimits limits = budget.limits();
        int want = len;
        if (sizeLimited) {
            // never ask for more than one byte past the limit: enough to know it is exceeded
            want = (int) Math.max(1, Math.min(len, limits.maxEntryBytes() - bytes + 1));
        }
        int n = source.read(b, off, want);
        if (n <= 0) {
            return n;
        }
        bytes += n;
        if (inflating) {
            budget.inflated(n);
        }
        if (sizeLimited && bytes > limits.maxEntryBytes()) {
            throw new ScanStopped("not scanned: entry '" + name + "' is larger than the "
                    + ScanLimits.size(limits.maxEntryBytes()) + " entry limit");
        }
        if (bytes > RATIO_GRACE_BYTES
                && bytes > (double) limits.maxCompressionRatio() * Math.max(1, compressedSoFar.getAsLong())) {
            throw new ScanStopped("not scanned: compression ratio above " + limits.maxCompressionRatio()
                    + " in entry '" + name + "' (zip bomb?)");
        }
        return n;
    }

    @Override
    public void close() {
        // the container reader owns the data beneath
    }
}
