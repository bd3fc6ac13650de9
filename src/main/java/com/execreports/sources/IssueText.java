package com.execreports.sources;

import com.execreports.security.SecretRules;

/**
 * How a data issue quotes what it names: a value as it was read from a spreadsheet cell or an attribute, and any other
 * text taken from a source. Secrets are masked first, by the bundled secret rules the leak guard checks reports with,
 * and only then is a value shortened — so a secret typed into the wrong cell shows at most 4 characters in a report,
 * a log or the archived snapshot, and shortening can never cut one down to something the rules no longer recognise.
 */
final class IssueText {

    /** Enough of a value to recognise the mistyped cell; too little to carry a document into a report. */
    static final int MAX_VALUE_CHARS = 40;

    /**
     * How much of a value the rules see: a secret that starts in the part shown is far shorter than this, so it is
     * still whole; a runaway cell (a whole file after an unclosed quote) costs no more than this to mask.
     */
    static final int MASKED_CHARS = MAX_VALUE_CHARS + 1024;

    private static final SecretRules RULES = SecretRules.bundled();

    private IssueText() {
    }

    /** "'12,40O.00'": a value as a person finds it in the cell, on one line, secrets masked, shortened. */
    static String quoted(String raw) {
        return "'" + shown(raw) + "'";
    }

    /** A value on one line, secrets masked, then shortened to {@value #MAX_VALUE_CHARS} characters. */
    static String shown(String raw) {
        String head = raw == null ? "" : raw.length() <= MASKED_CHARS ? raw : raw.substring(0, MASKED_CHARS);
        String masked = masked(head.replaceAll("\\p{Cntrl}+", " "));
        if (masked.codePointCount(0, masked.length()) <= MAX_VALUE_CHARS) {
            return masked;
        }
        int cut = masked.offsetByCodePoints(0, MAX_VALUE_CHARS);
        // a redacted secret is kept whole (rule, preview, fingerprint): cut short it would name nothing
        int redacted = masked.lastIndexOf(REDACTED, cut - 1);
        int close = redacted < 0 ? -1 : masked.indexOf(']', redacted);
        if (redacted >= 0 && close >= cut) {
            cut = close + 1;
        }
        return cut >= masked.length() ? masked : masked.substring(0, cut) + "…";
    }

    /** How {@link com.execreports.security.ValueRedaction#redactedForm} starts. */
    private static final String REDACTED = "[redacted ";

    /** Any text taken from a source (an id, a key, a reason quoting it) with its secrets masked. */
    static String masked(String text) {
        return text == null ? null : RULES.mask(text);
    }

    /** "portfolio-ledgers/expenses/expenses-2026.csv:109": a row as editors and "go to line" name it. */
    static String at(String file, long line) {
        return file + ":" + line;
    }
}
