package com.execreports.security;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Measures the secret scanner on the labelled corpus: per rule and in total, true positives, false positives and
 * false negatives, precision and recall. Exits 0 when precision reaches {@value #MIN_PRECISION} and recall
 * {@value #MIN_RECALL}, 1 below, 2 when the corpus
 * cannot be read.
 *
 * <pre>java -cp target/exec-reports.jar com.execreports.security.ScannerAccuracy [corpus-file-or-directory]</pre>
 *
 * It prints case ids, file names and line numbers — never a text or a value: the corpus secrets are fake, but a
 * report that prints what it finds would print real ones the day it runs on real files.
 */
public final class ScannerAccuracy {

    /** A false alarm costs an owner's trust in every finding; a miss costs a leaked key: both kept near perfect. */
    public static final double MIN_PRECISION = 0.99;
    public static final double MIN_RECALL = 0.98;
    public static final String DEFAULT_CORPUS = "src/test/resources/security/corpus";

    private ScannerAccuracy() {
    }

    public static void main(String[] args) {
        com.execreports.logging.RedactedLogProvider.select();
        System.exit(run(args, System.out, System.err));
    }

    /** The command without exiting: the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1 || (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help")))) {
            err.println("usage: ScannerAccuracy [corpus-file-or-directory]   (default " + DEFAULT_CORPUS + ")");
            return 2;
        }
        Path corpus = Path.of(args.length == 1 ? args[0] : DEFAULT_CORPUS);
        if (!Files.exists(corpus)) {
            err.println("scanner-accuracy: corpus " + corpus + " not found (run from the project directory, or name it)");
            return 2;
        }
        SecretRules rules = SecretRules.bundled();
        List<AccuracyCorpus.Case> cases;
        try {
            cases = AccuracyCorpus.load(corpus);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("scanner-accuracy: " + e.getMessage());
            return 2;
        }
        for (AccuracyCorpus.Case c : cases) {
            for (String id : c.expected()) {
                if (rules.rule(id).isEmpty()) {
                    err.println("scanner-accuracy: case " + c.id() + " expects unknown rule '" + id + "'");
                    return 2;
                }
            }
        }
        Result result = measure(cases, scanner(rules));
        result.print(corpus.toString(), out);
        return result.passes() ? 0 : 1;
    }

    /** A scanner with a throw-away fingerprint key: fingerprints play no part in accuracy. */
    static SecretScanner scanner(SecretRules rules) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretScanner(rules, key);
    }

    /** Scans every case and compares what each rule found with what the case expects. */
    static Result measure(List<AccuracyCorpus.Case> cases, SecretScanner scanner) {
        Map<String, Counts> byRule = new LinkedHashMap<>();
        for (SecretRule r : scanner.rules().rules()) {
            byRule.put(r.id(), new Counts());
        }
        List<String> falsePositives = new ArrayList<>();
        List<String> falseNegatives = new ArrayList<>();
        int withSecrets = 0;
        for (AccuracyCorpus.Case c : cases) {
            if (!c.expected().isEmpty()) {
                withSecrets++;
            }
            List<SecretFinding> found = c.encoding() == null
                    ? scanner.scanText("corpus case " + c.id(), c.file(), c.text())
                    : scanner.scanObject("corpus case " + c.id(), c.file(), new ByteArrayInputStream(c.bytes()),
                            c.bytes().length).findings();
            Map<String, Integer> expected = tally(c.expected());
            Map<String, List<Integer>> foundLines = new LinkedHashMap<>();
            for (SecretFinding f : found) {
                foundLines.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f.line());
            }
            for (String rule : new TreeSet<>(union(expected.keySet(), foundLines.keySet()))) {
                int want = expected.getOrDefault(rule, 0);
                List<Integer> lines = foundLines.getOrDefault(rule, List.of());
                int tp = Math.min(want, lines.size());
                Counts counts = byRule.computeIfAbsent(rule, k -> new Counts());
                counts.tp += tp;
                counts.fp += lines.size() - tp;
                counts.fn += want - tp;
                if (lines.size() > want) {
                    falsePositives.add(rule + " in case " + c.id() + " (" + c.file() + ", line"
                            + (lines.size() > 1 ? "s " : " ") + join(lines) + ")");
                }
                if (want > lines.size()) {
                    falseNegatives.add(rule + " in case " + c.id() + " (" + c.file() + "): " + (want - lines.size())
                            + " of " + want + " missed");
                }
            }
        }
        return new Result(cases.size(), withSecrets, byRule, falsePositives, falseNegatives);
    }

    private static Map<String, Integer> tally(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        ids.forEach(id -> m.merge(id, 1, Integer::sum));
        return m;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }

    /** Counts of one rule (or the total). */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    /** The measurement: per rule, in total, and the cases that went wrong (by id). */
    record Result(int cases, int casesWithSecrets, Map<String, Counts> byRule, List<String> falsePositives,
                  List<String> falseNegatives) {

        Counts total() {
            Counts t = new Counts();
            for (Counts c : byRule.values()) {
                t.tp += c.tp;
                t.fp += c.fp;
                t.fn += c.fn;
            }
            return t;
        }

        boolean passes() {
            Counts t = total();
            return t.precision() >= MIN_PRECISION && t.recall() >= MIN_RECALL;
        }

        void print(String corpus, PrintStream out) {
            out.printf(Locale.ROOT, "secret scanner accuracy on %s: %d cases (%d with secrets, %d without)%n%n", corpus,
                    cases, casesWithSecrets, cases - casesWithSecrets);
            out.printf(Locale.ROOT, "%-24s %5s %5s %5s %10s %8s%n", "rule", "TP", "FP", "FN", "precision", "recall");
            for (Map.Entry<String, Counts> e : byRule.entrySet()) {
                row(out, e.getKey(), e.getValue());
            }
            row(out, "total", total());
            out.println();
            if (!falsePositives.isEmpty()) {
                out.println("false positives:");
                falsePositives.forEach(f -> out.println("  " + f));
            }
            if (!falseNegatives.isEmpty()) {
                out.println("false negatives:");
                falseNegatives.forEach(f -> out.println("  " + f));
            }
            Counts t = total();
            out.printf(Locale.ROOT, "%s: precision %.3f, recall %.3f (must reach %.2f and %.2f)%n", passes() ? "PASS" : "FAIL",
                    t.precision(), t.recall(), MIN_PRECISION, MIN_RECALL);
        }

        private static void row(PrintStream out, String name, Counts c) {
            boolean none = c.tp + c.fp + c.fn == 0;
            out.printf(Locale.ROOT, "%-24s %5d %5d %5d %10s %8s%n", name, c.tp, c.fp, c.fn,
                    none || c.tp + c.fp == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.precision()),
                    none || c.tp + c.fn == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.recall()));
        }
    }
}
