package com.execreports.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a container reader pulls from beneath it (the compressed side of a zip or gzip), so a
 * compression ratio can be measured while inflating; checks the clock on every read; and notices a zip's
 * end-of-central-directory signature going by, so a zip cut short at an entry boundary is not taken as whole.
 * Never closes what it wraps: the caller owns that stream.
 */
final class CountingStream extends FilterInputStream {

    private static final int ZIP_END_SIGNATURE = 0x504B0506; // "PK\5\6"

    private final Budget budget;
    private final long maxBytes;
    private final String overMaxReason;
    private long count;
    private int last4;
    private boolean sawZipEnd;

    /** @param maxBytes the most bytes this stream may deliver (-1: no limit), else stop with {@code overMaxReason} */
    CountingStream(InputStream in, Budget budget, long maxBytes, String overMaxReason) {
        super(in);
        this.budget = budget;
        this.maxBytes = maxBytes;
        this.overMaxReason = overMaxReason;
    }

    long count() {
        return count;
    }

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
        budget.checkTime();
        int n = in.read(b, off, len);
        if (n > 0) {
            count += n;
            for (int i = off; i < off + n; i++) {
                last4 = (last4 << 8) | (b[i] & 0xff);
                if (last4 == ZIP_END_SIGNATURE) {
                    sawZipEnd = true;
                }
            }
            if (maxBytes >= 0 && count > maxBytes) {
                throw new ScanStopped(overMaxReason);
            }
        }
        return n;
    }

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
        // the caller's stream, or a container entry the container reader still needs
    }
}
