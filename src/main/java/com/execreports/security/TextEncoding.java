package com.execreports.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a text file is encoded, told from its first bytes: UTF-8 unless a byte-order mark or the NUL bytes that ASCII
 * leaves in UTF-16 and UTF-32 say otherwise. A {@code .env} saved as UTF-16 by a Windows editor is full of NULs;
 * read as bytes it looks binary, and skipping it would count its secrets as clean.
 *
 * @param charset   what to decode it with
 * @param bomLength bytes of byte-order mark to skip before decoding
 */
record TextEncoding(Charset charset, int bomLength) {

    static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0);

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** Share of the code units where ASCII text has its zero bytes (the rest of text rarely reaches U+0100). */
    private static final double ZERO_SHARE = 0.7;
    /** Share of characters that may be control characters (other than tab, CR, LF, FF) in text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** The encoding of text that starts with these bytes: a wide one when the bytes are one, else UTF-8. */
    static TextEncoding of(byte[] head, int length) {
        TextEncoding wide = wide(head, length);
        if (wide != null) {
            return wide;
        }
        boolean utf8Bom = length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        return utf8Bom ? new TextEncoding(StandardCharsets.UTF_8, 3) : UTF_8;
    }

    /**
     * UTF-16 or UTF-32 (either byte order) when the bytes have its BOM or its zero-byte pattern and decode to text
     * that is not made of control characters; null otherwise (UTF-8 text, or a binary: its NULs fall anywhere).
     */
    static TextEncoding wide(byte[] head, int length) {
        TextEncoding guess = byBom(head, length);
        if (guess == null) {
            guess = byZeros(head, length);
        }
        return guess != null && readsAsText(guess, head, length) ? guess : null;
    }

    private static TextEncoding byBom(byte[] h, int n) {
        if (n >= 4 && h[0] == 0 && h[1] == 0 && (h[2] & 0xff) == 0xfe && (h[3] & 0xff) == 0xff) {
            return new TextEncoding(UTF_32BE, 4);
        }
        if (n >= 4 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xfe && h[2] == 0 && h[3] == 0) {
            return new TextEncoding(UTF_32LE, 4); // before UTF-16LE, whose BOM it starts with
        }
        if (n >= 2 && (h[0] & 0xff) == 0xfe && (h[1] & 0xff) == 0xff) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (n >= 2 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xfe) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static TextEncoding byZeros(byte[] h, int n) {
        int units32 = n / 4;
        if (units32 >= 2) {
            int[] zeros = zeroCounts(h, units32 * 4, 4);
            if (zeros[3] == units32 && zeros[2] >= ZERO_SHARE * units32 && zeros[0] < units32) {
                return new TextEncoding(UTF_32LE, 0);
            }
            if (zeros[0] == units32 && zeros[1] >= ZERO_SHARE * units32 && zeros[3] < units32) {
                return new TextEncoding(UTF_32BE, 0);
            }
        }
        int units16 = n / 2;
        if (units16 >= 4) {
            int[] zeros = zeroCounts(h, units16 * 2, 2);
            if (zeros[1] >= ZERO_SHARE * units16 && zeros[0] == 0) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 0);
            }
            if (zeros[0] >= ZERO_SHARE * units16 && zeros[1] == 0) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 0);
            }
        }
        return null;
    }

    private static int[] zeroCounts(byte[] h, int n, int width) {
        int[] zeros = new int[width];
        for (int i = 0; i < n; i++) {
            if (h[i] == 0) {
                zeros[i % width]++;
            }
        }
        return zeros;
    }

    /** The head decodes without error (a code unit cut at its end aside) to characters that are mostly not controls. */
    private static boolean readsAsText(TextEncoding e, byte[] h, int n) {
        CharsetDecoder decoder = e.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(h, e.bomLength, n - e.bomLength);
        CharBuffer out = CharBuffer.allocate(n);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            return false;
        }
        out.flip();
        if (out.length() == 0) {
            return e.bomLength > 0;
        }
        int controls = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls <= MAX_CONTROL_SHARE * out.length();
    }
}
