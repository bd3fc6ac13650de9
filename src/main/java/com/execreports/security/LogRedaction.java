package com.execreports.security;

import java.security.SecureRandom;

/**
 * Every formatted log line passes the secret rules before it is written; a match is replaced by its redacted form (rule,
 * at most 4 characters, fingerprint), as in the snapshot. Log lines are built from facts already redacted when read,
 * so a match here means something quoted a value no reader redacted — an SDK error, a stack trace, a new log line.
 * <p>
 * Cheap for the usual line: no rule runs on a line without a run of 12 characters, nor a rule whose keywords
 * (sk_live_, akia, ghp_ …) the line does not contain. Until the service configures its fingerprint key
 * ({@link #use}), fingerprints are keyed per process: still no secret, just not matching the reports'.
 */
public final class LogRedaction {

    private static volatile ValueRedaction current;

    private LogRedaction() {
    }

    /** Redacts with the service's rules and fingerprint key, so a log line names a secret as its finding does. */
    public static void use(ValueRedaction redaction) {
        current = redaction;
    }

    /** The line with every secret in it replaced by its redacted form; the same instance when it holds none. */
    public static String redact(String line) {
        if (line == null || line.length() < ValueRedaction.MIN_CHARS) {
            return line;
        }
        return redaction().redact(line, "log", null, 0, "log line", found -> { });
    }

    private static ValueRedaction redaction() {
        ValueRedaction r = current;
        if (r == null) {
            synchronized (LogRedaction.class) {
                if (current == null) {
                    byte[] key = new byte[32];
                    new SecureRandom().nextBytes(key);
                    current = new ValueRedaction(SecretRules.bundled(), new Fingerprints(key));
                }
                r = current;
            }
        }
        return r;
    }
}
