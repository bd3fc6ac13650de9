package com.execreports.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Every stream of one object scan goes through here, so the scan's limits are checked on each read wherever the
 * bytes come from: the object as fetched, the compressed bytes beneath a decompressor, the inflated content of an
 * entry. Bytes are counted as they are read, never taken from headers, so a bomb stops after a bounded number of
 * bytes. The archive readers (Commons Compress) sit between these streams and never see the limits.
 * Never closes what it wraps: the caller, or the archive reader above, owns that stream.
 */
final class BoundedStream extends InputStream {

    /**
     * Below this many bytes the ratio is not judged: a tiny, very regular file (a config of repeated lines) can
     * compress beyond 100 to 1, and a megabyte is nothing to inflate. A real bomb passes it in a blink.
     */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final int ZIP_END_SIGNATURE = 0x504B0506; // "PK\5\6"

    /** A read of the caller's stream failed: "could not read", not "corrupt archive". */
    static final class Unreadable extends IOException {

        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super("reading the object failed", cause);
        }
    }

    private final InputStream in;
    private final Budget budget;
    private final boolean callersStream;
    private final String entryName;
    private final LongSupplier compressedSoFar;
    private final boolean inflating;
    private boolean entryLimited;
    private long count;
    private long cap = -1;
    private String overCap;
    private int last4;
    private boolean sawZipEnd;

    private BoundedStream(InputStream in, Budget budget, boolean callersStream, String entryName,
                          LongSupplier compressedSoFar, boolean inflating) {
        this.in = in;
        this.budget = budget;
        this.callersStream = callersStream;
        this.entryName = entryName;
        this.compressedSoFar = compressedSoFar;
        this.inflating = inflating;
        this.entryLimited = entryName != null;
    }

    /** The object as the caller fetches it: at most {@code maxBytes}, else stopped with {@code overMax}. */
    static BoundedStream object(InputStream content, Budget budget, long maxBytes, String overMax) {
        BoundedStream s = new BoundedStream(content, budget, true, null, null, false);
        s.capAt(maxBytes, overMax);
        return s;
    }

    /** The compressed (or archived) bytes a reader pulls from beneath it: counted for ratios and caps. */
    static BoundedStream beneath(InputStream in, Budget budget) {
        return new BoundedStream(in, budget, false, null, null, false);
    }

    /**
     * The content of one entry (or of a gzip): its size, the total, the compression ratio and the time limits.
     *
     * @param name            the entry as reasons name it (already masked and made printable)
     * @param compressedSoFar compressed bytes consumed since this entry started
     * @param inflating       its bytes come out of a decompressor and count towards the total; a tar entry's are
     *                        a slice of a stream counted already
     */
    static BoundedStream entry(InputStream data, String name, LongSupplier compressedSoFar, Budget budget,
                               boolean inflating) {
        return new BoundedStream(data, budget, false, name, compressedSoFar, inflating);
    }

    /** A gzip layer that carries a tar is not one file: its tar entries are limited one by one instead. */
    void noEntrySizeLimit() {
        entryLimited = false;
    }

    /** From now on at most {@code maxBytes} in all (counted from the start), else stopped with {@code reason}. */
    void capAt(long maxBytes, String reason) {
        cap = maxBytes;
        overCap = reason;
    }

    long count() {
        return count;
    }

    /** A zip's end-of-central-directory signature went by: a zip cut at an entry boundary is not whole. */
    boolean sawZipEnd() {
        return sawZipEnd;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        budget.checkTime();
        ScanLimits limits = budget.limits();
        int want = len;
        if (entryLimited) {
            // never ask for more than one byte past the limit: enough to know it is exceeded
            want = (int) Math.max(1, Math.min(len, limits.maxEntryBytes() - count + 1));
        }
        int n = pull(b, off, want);
        if (n <= 0) {
            return n;
        }
        count += n;
        for (int i = off; i < off + n; i++) {
            last4 = (last4 << 8) | (b[i] & 0xff);
            if (last4 == ZIP_END_SIGNATURE) {
                sawZipEnd = true;
            }
        }
        if (cap >= 0 && count > cap) {
            throw new ScanStopped(overCap);
        }
        if (inflating) {
            budget.inflated(n);
        }
        if (entryLimited && count > limits.maxEntryBytes()) {
            throw new ScanStopped("not scanned: entry '" + entryName + "' is larger than the "
                    + ScanLimits.size(limits.maxEntryBytes()) + " entry limit");
        }
        if (compressedSoFar != null && count > RATIO_GRACE_BYTES
                && count > (double) limits.maxCompressionRatio() * Math.max(1, compressedSoFar.getAsLong())) {
            throw new ScanStopped("not scanned: compression ratio above " + limits.maxCompressionRatio()
                    + " in entry '" + entryName + "' (zip bomb?)");
        }
        return n;
    }

    private int pull(byte[] b, int off, int len) throws IOException {
        if (!callersStream) {
            return in.read(b, off, len);
        }
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            throw new Unreadable(e);
        }
    }

    /** Skipping reads through the limits too: a skip is how archive readers pass over data they were not asked for. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the caller's stream, or an entry the archive reader still needs
    }
}
