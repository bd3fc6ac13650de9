package com.execreports.security;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text with their 1-based numbers, never holding more than about a megabyte of one line: a minified
 * bundle or a file without newlines is cut into pieces, at a {@code ;} or {@code ,} (else whitespace) near the cut,
 * where no secret value can continue. The pieces keep the line's number.
 */
final class LineReader {

    static final int MAX_PIECE = 1024 * 1024;
    private static final int CUT_WINDOW = 4096;

    private final Reader in;
    private final char[] buf = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int len;
    private int number;
    private boolean continuing;
    private boolean eof;

    LineReader(Reader in) {
        this.in = in;
    }

    /** The number of the line the last piece came from. */
    int number() {
        return number;
    }

    /** The next line (or piece of a long line), without its line terminator; null at the end. */
    String next() throws IOException {
        if (!continuing) {
            number++;
        }
        continuing = false;
        while (true) {
            if (line.length() >= MAX_PIECE) {
                return cut();
            }
            if (pos == len) {
                if (eof || (len = in.read(buf, 0, buf.length)) < 0) {
                    eof = true;
                    len = 0;
                    pos = 0;
                    if (line.length() == 0) {
                        return null;
                    }
                    String last = line.toString();
                    line.setLength(0);
                    return last;
                }
                pos = 0;
            }
            char c = buf[pos++];
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    end--;
                }
                String s = line.substring(0, end);
                line.setLength(0);
                return s;
            }
            line.append(c);
        }
    }

    private String cut() {
        int at = -1;
        for (int i = line.length() - 1; i >= line.length() - CUT_WINDOW && at < 0; i--) {
            char c = line.charAt(i);
            if (c == ';' || c == ',') {
                at = i + 1;
            }
        }
        for (int i = line.length() - 1; i >= line.length() - CUT_WINDOW && at < 0; i--) {
            if (Character.isWhitespace(line.charAt(i))) {
                at = i + 1;
            }
        }
        if (at < 0) {
            at = line.length();
        }
        String piece = line.substring(0, at);
        line.delete(0, at);
        continuing = true;
        return piece;
    }
}
