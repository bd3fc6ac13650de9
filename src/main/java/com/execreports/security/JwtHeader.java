package com.execreports.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Whether three dot-separated base64url segments are a JSON Web Token: its first segment must decode to a JSON
 * object naming its signing algorithm ({@code {"alg":"HS256",…}}). A regex alone cannot tell a token from any
 * other {@code eyJ…} blob (a base64 JSON cursor, a config export); the header can.
 */
final class JwtHeader {

    /** A JSON member named alg, wherever it stands in the header (typ often comes first). */
    private static final Pattern ALG = Pattern.compile("[{,]\\s*\"alg\"\\s*:");
    /** Headers are small; a longer first segment is not a header. */
    private static final int MAX_HEADER_CHARS = 2048;

    private JwtHeader() {
    }

    static boolean isToken(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0 || dot > MAX_HEADER_CHARS) {
            return false;
        }
        String header = decoded(value.substring(0, dot));
        return header != null && header.stripLeading().startsWith("{") && ALG.matcher(header).find();
    }

    /** The segment as UTF-8 text, or null when it is not base64url of UTF-8 (padding tolerated). */
    private static String decoded(String segment) {
        String s = segment.replace("=", "");
        if (s.length() % 4 == 1) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(s);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
