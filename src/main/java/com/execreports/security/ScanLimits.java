package com.execreports.security;

import java.time.Duration;
import java.util.Locale;

/**
 * How far the scanner goes into one object before it gives up and reports it as not scanned. Every limit is
 * enforced while streaming — bytes are counted as they are inflated, never after — so a hostile archive costs
 * at most these amounts of time and reading, and never its declared or inflated size in memory.
 *
 * @param maxEntries          archive entries (at every nesting level together)
 * @param maxEntryBytes       uncompressed bytes of one archive entry, nested archives included
 * @param maxTotalBytes       uncompressed bytes inflated for one object, all entries and levels together
 * @param maxCompressionRatio uncompressed / compressed bytes of one entry, measured while reading (headers lie)
 * @param maxNestingDepth     archives one inside the other: 1 is a plain zip, 2 a zip in a zip
 * @param maxTime             wall time for one object
 * @param maxObjectBytes      bytes of the object as stored (declared size, and bytes actually read)
 */
public record ScanLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
                         int maxNestingDepth, Duration maxTime, long maxObjectBytes) {

    static final long MB = 1024L * 1024;

    /** 10,000 entries, 20 MB per entry, 200 MB in all, ratio 100, 3 levels, 20 s, 100 MB objects. */
    public static final ScanLimits DEFAULTS =
            new ScanLimits(10_000, 20 * MB, 200 * MB, 100, 3, Duration.ofSeconds(20), 100 * MB);

    public ScanLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxCompressionRatio < 1 || maxNestingDepth < 0
                || maxObjectBytes < 1 || maxTime == null || maxTime.isNegative()) {
            throw new IllegalArgumentException("scan limits must be positive");
        }
    }

    public ScanLimits withMaxEntries(int n) {
        return new ScanLimits(n, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxNestingDepth, maxTime, maxObjectBytes);
    }

    public ScanLimits withMaxEntryBytes(long n) {
        return new ScanLimits(maxEntries, n, maxTotalBytes, maxCompressionRatio, maxNestingDepth, maxTime, maxObjectBytes);
    }

    public ScanLimits withMaxTotalBytes(long n) {
        return new ScanLimits(maxEntries, maxEntryBytes, n, maxCompressionRatio, maxNestingDepth, maxTime, maxObjectBytes);
    }

    public ScanLimits withMaxObjectBytes(long n) {
        return new ScanLimits(maxEntries, maxEntryBytes, maxTotalBytes, maxCompressionRatio, maxNestingDepth, maxTime, n);
    }

    /** "100 MB", "512 KB" or "1,000 bytes": limits read as they were set. */
    static String size(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return String.format(Locale.ROOT, "%,d MB", bytes / MB);
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
        }
        return count(bytes) + " bytes";
    }

    /** "20 s", or "250 ms" below a whole second. */
    static String time(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** 209715200 → "209,715,200". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
