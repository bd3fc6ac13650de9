package com.execreports.security;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small streaming TAR reader: 512-byte headers with their checksum verified, ustar name prefixes, GNU long
 * names ({@code L}) and PAX {@code path} records; every other kind of entry (directories, links, devices) is
 * returned as not regular so the caller can skip it. Entry data is read straight from the stream beneath, never
 * buffered whole. Anything malformed — a bad checksum, a size that is not a number, data cut short, no
 * end-of-archive block — is an {@link IOException}: a corrupt archive.
 */
final class TarReader {

    static final int BLOCK = 512;
    /** A GNU long name or a PAX header larger than this is not a name: it is an attack or garbage. */
    static final int MAX_META = 64 * 1024;

    private final InputStream in;
    private final byte[] header = new byte[BLOCK];
    private long remaining;
    private long padding;
    private EntryData current;

    TarReader(InputStream in) {
        this.in = in;
    }

    /**
     * @param name    the entry's path, as written
     * @param type    the type flag: '0' (or NUL) file, '5' directory, '2' symlink, …
     * @param size    data bytes that follow the header
     */
    record Entry(String name, char type, long size) {

        boolean regular() {
            return type == '0' || type == '\0' || type == '7';
        }
    }

    /** The next entry, after skipping whatever is left of the current one; null at the end-of-archive block. */
    Entry next() throws IOException {
        skipRest();
        String longName = null;
        while (true) {
            int n = in.readNBytes(header, 0, BLOCK);
            if (n == 0) {
                throw new EOFException("tar ends without its end-of-archive block (truncated?)");
            }
            if (n < BLOCK) {
                throw new EOFException("tar header cut short (truncated?)");
            }
            if (allZero(header)) {
                return null;
            }
            verifyChecksum();
            char type = (char) (header[156] & 0xff);
            long size = size();
            String name = name();
            if (type == 'L' || type == 'x') {
                byte[] meta = readMeta(size);
                if (type == 'L') {
                    int nul = 0;
                    while (nul < meta.length && meta[nul] != 0) {
                        nul++;
                    }
                    longName = new String(meta, 0, nul, StandardCharsets.UTF_8);
                } else {
                    String path = paxPath(meta);
                    if (path != null) {
                        longName = path;
                    }
                }
                continue;
            }
            begin(size);
            return new Entry(longName != null ? longName : name, type, size);
        }
    }

    /** The data of the entry {@link #next()} returned; ends at the entry's end. */
    InputStream content() {
        return current;
    }

    private void begin(long size) {
        remaining = size;
        padding = (BLOCK - size % BLOCK) % BLOCK;
        current = new EntryData();
    }

    private void skipRest() throws IOException {
        if (current == null) {
            return;
        }
        byte[] buf = new byte[8192];
        while (remaining > 0) {
            int n = current.read(buf, 0, buf.length);
            if (n < 0) {
                break;
            }
        }
        skipFully(padding);
        current = null;
    }

    private void skipFully(long n) throws IOException {
        byte[] buf = new byte[BLOCK];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new EOFException("tar data cut short (truncated?)");
            }
            left -= r;
        }
    }

    private byte[] readMeta(long size) throws IOException {
        if (size > MAX_META) {
            throw new IOException("tar long-name or PAX header of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new EOFException("tar data cut short (truncated?)");
        }
        skipFully((BLOCK - size % BLOCK) % BLOCK);
        return data;
    }

    /** PAX records are "length key=value\n", the length in bytes and counting itself; only the path matters here. */
    private static String paxPath(byte[] meta) throws IOException {
        int at = 0;
        String path = null;
        while (at < meta.length && meta[at] != 0) {
            int space = at;
            int len = 0;
            while (space < meta.length && meta[space] >= '0' && meta[space] <= '9' && len < MAX_META) {
                len = len * 10 + (meta[space] - '0');
                space++;
            }
            if (space == at || space >= meta.length || meta[space] != ' ' || len <= space - at + 1
                    || at + len > meta.length) {
                throw new IOException("malformed PAX header");
            }
            String record = new String(meta, space + 1, at + len - space - 1, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                path = record.substring(5).replaceAll("\n$", "");
            }
            at += len;
        }
        return path;
    }

    private String name() {
        String name = field(0, 100);
        if (ContentKind.isUstar(header, BLOCK)) {
            String prefix = field(345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private long size() throws IOException {
        if ((header[124] & 0x80) != 0) {
            // GNU base-256: big-endian binary in the remaining bytes
            long v = 0;
            for (int i = 125; i < 136; i++) {
                if (v > (Long.MAX_VALUE >> 8)) {
                    throw new IOException("tar entry size out of range");
                }
                v = (v << 8) | (header[i] & 0xff);
            }
            return v;
        }
        return octal(124, 12, "size");
    }

    private void verifyChecksum() throws IOException {
        long stored = octal(148, 8, "checksum");
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            int b = (i >= 148 && i < 156) ? ' ' : header[i];
            unsigned += b & 0xff;
            signed += (i >= 148 && i < 156) ? ' ' : header[i];
        }
        if (stored != unsigned && stored != signed) {
            throw new IOException("tar header checksum does not match (not a tar file, or damaged)");
        }
    }

    private long octal(int off, int len, String what) throws IOException {
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            int c = header[i] & 0xff;
            if (c == 0 || (c == ' ' && digits)) {
                break;
            }
            if (c == ' ') {
                continue;
            }
            if (c < '0' || c > '7' || v > (Long.MAX_VALUE >> 3)) {
                throw new IOException("tar header " + what + " is not an octal number");
            }
            v = (v << 3) | (c - '0');
            digits = true;
        }
        return v;
    }

    private String field(int off, int len) {
        int end = off;
        while (end < off + len && header[end] != 0) {
            end++;
        }
        return new String(header, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** The current entry's data: reads at most its size, and fails if the tar ends first. */
    private final class EntryData extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("tar data cut short (truncated?)");
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() {
            // the reader skips what is left
        }
    }
}
