package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a JSON-lines stream (an export's data file, its manifest), one at a time in a reused buffer, numbered
 * from 1, so a file of any size is read in the memory of its longest line — and no line may take more than {@code
 * maxLineBytes}: a longer one is skipped to its end and said too long, not held.
 */
final class JsonLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int end;
    private byte[] line = new byte[4096];
    private int length;
    private long number;
    private boolean tooLong;

    JsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line that is not blank; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            if (!read()) {
                return false;
            }
            if (tooLong || !blank()) {
                return true;
            }
        }
    }

    /** The current line's bytes, valid up to {@link #length()} until the next call of {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** 1-based number of the current line, blank lines counted, as an editor shows it. */
    long number() {
        return number;
    }

    /** Whether the current line was longer than the limit (its bytes are then not kept). */
    boolean tooLong() {
        return tooLong;
    }

    private boolean read() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (any) {
                        number++;
                    }
                    return any;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && chunk[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < end) {
                pos++; // the newline
                number++;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > maxLineBytes) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + n > line.length) {
            byte[] bigger = new byte[Math.min(maxLineBytes, Math.max(line.length * 2, length + n))];
            System.arraycopy(line, 0, bigger, 0, length);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    private boolean blank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
