package com.execreports.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/** The first bytes of a stream, to recognise its kind, and the whole stream again, those bytes included. */
final class Peek {

    static final int SIZE = 8192;

    private final byte[] head;
    private final int length;
    private final InputStream whole;

    private Peek(byte[] head, int length, InputStream rest) {
        this.head = head;
        this.length = length;
        this.whole = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), rest);
    }

    static Peek of(InputStream in) throws IOException {
        byte[] head = new byte[SIZE];
        int n = in.readNBytes(head, 0, SIZE);
        return new Peek(head, n, in);
    }

    byte[] head() {
        return head;
    }

    int length() {
        return length;
    }

    InputStream whole() {
        return whole;
    }
}
