package com.execreports.security;

import java.util.regex.Pattern;

/**
 * The body of a PEM block (a private key), read line by line after its BEGIN line until its END line. It accepts
 * the ways code carries a key: a .pem file, a YAML block scalar, a Python triple-quoted string, JavaScript
 * {@code '…\n' +} concatenations and a JSON string with {@code \n} escapes (a GCP service-account file). The
 * first line that is none of these ends the block without consuming it.
 *
 * <p>Holds key material while it is read: no toString shows it.
 */
final class PemBlock {

    enum Step { MORE, DONE, REJECTED }

    /** A key is a few kilobytes; a block that goes on is not one, or is at least enough to report. */
    static final int MAX_LINES = 400;
    static final int MAX_BODY = 32 * 1024;

    private static final Pattern ESCAPED_NEWLINE = Pattern.compile("\\\\r\\\\n|\\\\n|\\\\r");
    private static final Pattern NOISE = Pattern.compile("^[\\s\"'`+(,|>]+|[\\s\"'`+),;\\\\]+$");
    private static final Pattern END = Pattern.compile("^-----END [A-Z0-9 ]*-----");
    private static final Pattern HEADER_FIELD = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*: ");
    private static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/=]+$");

    private final StringBuilder body = new StringBuilder();
    private int lines;

    /** One line of text (or the rest of the BEGIN line after its marker). */
    Step feed(String line) {
        if (++lines > MAX_LINES || body.length() > MAX_BODY) {
            return Step.DONE;
        }
        for (String unit : ESCAPED_NEWLINE.split(line, -1)) {
            String u = NOISE.matcher(unit).replaceAll("");
            if (u.isEmpty() || HEADER_FIELD.matcher(u).find()) {
                continue;
            }
            if (END.matcher(u).find()) {
                return Step.DONE;
            }
            if (!BASE64.matcher(u).matches()) {
                return Step.REJECTED;
            }
            body.append(u);
        }
        return Step.MORE;
    }

    /** The base64 body read so far: the key itself, the same whichever syntax carried it. */
    String body() {
        return body.toString();
    }

    @Override
    public String toString() {
        return "PemBlock[" + lines + " lines]";
    }
}
