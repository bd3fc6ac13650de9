package com.execreports.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Redacts one value read from a data source (a spreadsheet cell, an attribute, a YAML field, a page's text, an object
 * key) by the same rules the code scan uses: every secret in it is replaced by its redacted form — rule, at most 4
 * characters, keyed fingerprint — and reported as a {@link SecretFinding} naming where it was pasted. Data is
 * mostly short words and numbers, so a value that no rule could match is passed back untouched without running a
 * regex. Thread-safe.
 */
public final class ValueRedaction {

    /** No rule finds a secret shorter than this (the shortest, an AWS key id, has 20): shorter values cost nothing. */
    public static final int MIN_CHARS = 12;

    private final SecretRules rules;
    private final Fingerprints fingerprints;

    ValueRedaction(SecretRules rules, Fingerprints fingerprints) {
        this.rules = rules;
        this.fingerprints = fingerprints;
    }

    /**
     * The value with its secrets replaced by {@link #redactedForm}, each reported to {@code found}; the value itself
     * (the same instance) when it holds none.
     *
     * @param resource the file, table or bucket, e.g. {@code portfolio-ledgers/expenses/expenses-2026.csv}
     * @param file     a place within it (a DynamoDB item's key), or null
     * @param line     1-based line, 0 when the source has no lines
     * @param field    what the value is within its place: "column notes", "attribute channel", "field role"
     */
    public String redact(String value, String resource, String file, int line, String field, Consumer<SecretFinding> found) {
        if (value == null || value.length() < MIN_CHARS || FileScan.longestRun(value) < MIN_CHARS) {
            return value;
        }
        List<FileScan.Hit> hits = new ArrayList<>(FileScan.hits(value, rules, Budget.untimed(ScanLimits.DEFAULTS)));
        if (hits.isEmpty()) {
            return value;
        }
        hits.sort(Comparator.comparingInt(FileScan.Hit::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (FileScan.Hit h : hits) {
            if (h.start() < at) {
                continue;
            }
            // a private key header claims its line; in a single value the key's body is the rest of it
            int end = h.rule().pemBlock() ? value.length() : h.end();
            String secret = value.substring(h.start(), end);
            SecretFinding f = new SecretFinding(h.rule().id(), h.rule().severity(), h.rule().description(), resource, file,
                    line, field, fingerprints.of(secret), Fingerprints.preview(secret));
            found.accept(f);
            out.append(value, at, h.start()).append(redactedForm(f));
            at = end;
        }
        return out.append(value.substring(at)).toString();
    }

    /** "[redacted stripe-secret-key sk_l… 0a1b2c3d4e5f6a7b]": what a report or the archive shows in place of a secret. */
    public static String redactedForm(SecretFinding f) {
        return "[redacted " + f.ruleId() + " " + f.preview() + " " + f.fingerprint() + "]";
    }
}
