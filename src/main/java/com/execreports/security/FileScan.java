package com.execreports.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Scans the lines of one file with every rule, in order, and turns what passes into findings. The raw value of a
 * match lives only in local variables here: it is fingerprinted and previewed, then dropped.
 */
final class FileScan {

    private final SecretRules rules;
    private final Fingerprints fingerprints;
    private final Budget budget;
    private final String resource;
    private final String file;
    private final List<Located> found = new ArrayList<>();
    private int lineNo;
    private OpenBlock open;

    FileScan(SecretRules rules, Fingerprints fingerprints, Budget budget, String resource, String file) {
        this.rules = rules;
        this.fingerprints = fingerprints;
        this.budget = budget;
        this.resource = resource;
        this.file = file;
    }

    /** One line, or one piece of a long line ({@link LineReader} keeps the number of its line). */
    void line(String text, int number) {
        lineNo = number;
        budget.checkTime();
        if (open != null) {
            PemBlock.Step step = open.block().feed(text);
            if (step == PemBlock.Step.MORE) {
                return;
            }
            close(open);
            open = null;
            if (step == PemBlock.Step.DONE) {
                return;
            }
            // REJECTED: this line is not key material, so it is scanned like any other
        }
        for (Hit h : hits(text, rules, budget)) {
            if (h.rule().pemBlock()) {
                OpenBlock b = new OpenBlock(h.rule(), lineNo, h.start(), h.variable(), new PemBlock());
                PemBlock.Step step = b.block().feed(text.substring(h.end()));
                if (step == PemBlock.Step.MORE && open == null) {
                    open = b;
                } else {
                    close(b);
                }
                continue;
            }
            emit(h.rule(), lineNo, h.start(), text.substring(h.start(), h.end()), h.variable());
        }
    }

    /** The findings of the file, in line order; also called when a limit stops the file half-way. */
    List<SecretFinding> finish() {
        if (open != null) {
            close(open);
            open = null;
        }
        found.sort(Comparator.comparingInt(Located::line).thenComparingInt(Located::column));
        return found.stream().map(Located::finding).toList();
    }

    private void close(OpenBlock b) {
        String body = b.block().body();
        if (!body.isEmpty() && b.rule().accepts(body, b.variable(), rules.globalAllowlist())) {
            emit(b.rule(), b.line(), b.column(), body, b.variable());
        }
    }

    private void emit(SecretRule rule, int line, int column, String value, String variable) {
        SecretFinding f = new SecretFinding(rule.id(), rule.severity(), rule.description(), resource, file, line,
                variable, fingerprints.of(value), Fingerprints.preview(value));
        found.add(new Located(f, line, column));
    }

    /**
     * The accepted matches of one line, in rule order, none overlapping an earlier one. A private key header is a
     * hit whose body is judged later, and it claims the rest of its line.
     */
    static List<Hit> hits(String line, SecretRules rules, Budget budget) {
        String lower = line.toLowerCase(Locale.ROOT);
        int longestRun = longestRun(line);
        CharSequence watched = budget.watched(line);
        List<Hit> hits = new ArrayList<>();
        for (SecretRule rule : rules.rules()) {
            if (!rule.worthTrying(lower, longestRun)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(watched);
            while (m.find()) {
                int s = m.start("secret");
                int e = m.end("secret");
                if (s < 0 || e <= s || overlaps(hits, s, e)) {
                    continue;
                }
                String value = line.substring(s, e);
                String variable = AssignedName.before(line, s);
                if (variable != null && (variable.contains(value) || looksSecret(variable, rules))) {
                    variable = null; // a "name" that is itself a secret is no name to report
                }
                if (!rule.pemBlock() && !rule.accepts(value, variable, rules.globalAllowlist())) {
                    continue;
                }
                hits.add(new Hit(rule, s, e, rule.pemBlock() ? line.length() : e, variable));
            }
        }
        return hits;
    }

    /**
     * The text with every secret in it replaced by its preview: for names taken from the scanned content (entry
     * names, error details) before they go into a finding or a reason.
     */
    static String mask(String text, SecretRules rules) {
        if (text == null) {
            return null;
        }
        List<Hit> hits = new ArrayList<>(hits(text, rules, Budget.untimed(ScanLimits.DEFAULTS)));
        hits.sort(Comparator.comparingInt(h -> h.start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Hit h : hits) {
            if (h.start() < at) {
                continue;
            }
            out.append(text, at, h.start()).append(Fingerprints.preview(text.substring(h.start(), h.end())));
            at = h.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** The longest run of characters that are not whitespace or quotes: no value can be longer. */
    static int longestRun(String line) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`') {
                run = 0;
            } else if (++run > best) {
                best = run;
            }
        }
        return best;
    }

    private static boolean looksSecret(String name, SecretRules rules) {
        for (SecretRule r : rules.rules()) {
            if (!r.pemBlock() && r.worthTrying(name.toLowerCase(Locale.ROOT)) && r.pattern().matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Hit> hits, int s, int e) {
        for (Hit h : hits) {
            if (s < h.claimedEnd() && h.start() < e) {
                return true;
            }
        }
        return false;
    }

    /** Where a match is; never what. */
    record Hit(SecretRule rule, int start, int end, int claimedEnd, String variable) {
    }

    private record OpenBlock(SecretRule rule, int line, int column, String variable, PemBlock block) {
    }

    private record Located(SecretFinding finding, int line, int column) {
    }
}
