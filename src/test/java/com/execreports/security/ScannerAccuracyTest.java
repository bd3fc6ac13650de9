package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy command on the labelled corpus: it passes, the corpus is broad, and it prints no secret. */
class ScannerAccuracyTest {

    private static final Path CORPUS = Path.of(System.getProperty("execreports.projectDir", "."))
            .resolve(ScannerAccuracy.DEFAULT_CORPUS);

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScannerAccuracy.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_scanner_reaches_099_precision_and_098_recall_on_the_corpus() {
        List<AccuracyCorpus.Case> cases = AccuracyCorpus.load(CORPUS);

        ScannerAccuracy.Result result = ScannerAccuracy.measure(cases, ScannerAccuracy.scanner(SecretRules.bundled()));

        assertThat(result.total().precision()).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(result.total().recall()).as("recall").isGreaterThanOrEqualTo(0.98);
        assertThat(result.passes()).isTrue();
    }

    @Test
    void the_command_passes_and_prints_per_rule_and_total_figures() {
        Run run = run(CORPUS.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("rule", "TP", "FP", "FN", "precision", "recall");
        for (SecretRule rule : SecretRules.bundled().rules()) {
            assertThat(run.out()).contains(rule.id());
        }
        assertThat(run.out()).containsPattern("(?m)^total\\s+\\d+\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{3}\\s+[01]\\.\\d{3}$");
        assertThat(run.out()).contains("PASS: precision");
    }

    @Test
    void the_command_never_prints_a_planted_value() {
        Run run = run(CORPUS.toString());
        String printed = run.out() + run.err();

        for (AccuracyCorpus.Case c : AccuracyCorpus.load(CORPUS)) {
            for (String value : c.planted()) {
                if (value.length() >= 8) {
                    assertThat(printed.contains(value)).as("the report prints a value of case %s", c.id()).isFalse();
                }
            }
            for (String line : c.text().split("\n")) {
                if (line.strip().length() >= 24) {
                    assertThat(printed.contains(line.strip())).as("the report prints a line of case %s", c.id()).isFalse();
                }
            }
        }
    }

    @Test
    void the_corpus_is_large_balanced_and_covers_every_rule_and_syntax() {
        List<AccuracyCorpus.Case> cases = AccuracyCorpus.load(CORPUS);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(220);
        assertThat(cases.stream().filter(c -> c.expected().isEmpty()).count()).as("clean cases").isGreaterThanOrEqualTo(80);
        Map<String, Long> perRule = cases.stream().flatMap(c -> c.expected().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (SecretRule rule : SecretRules.bundled().rules()) {
            assertThat(perRule.getOrDefault(rule.id(), 0L)).as(rule.id()).isGreaterThanOrEqualTo(4);
        }
        Set<String> files = cases.stream().map(c -> c.file().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String syntax : List.of(".json", ".yaml", ".yml", ".properties", ".js", ".ts", ".py", ".java", ".sh",
                ".env", "dockerfile", ".tf", ".xml", ".md", ".go", ".rb", ".php")) {
            assertThat(files.stream().anyMatch(f -> f.endsWith(syntax) || f.contains(syntax + "."))).as(syntax).isTrue();
        }
    }

    @Test
    void the_fake_values_are_the_same_on_every_load() {
        List<AccuracyCorpus.Case> first = AccuracyCorpus.load(CORPUS);
        List<AccuracyCorpus.Case> second = AccuracyCorpus.load(CORPUS);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).text().equals(second.get(i).text())).as("case %s is deterministic", first.get(i).id()).isTrue();
        }
    }

    @Test
    void a_labelled_token_gives_the_same_value_twice_in_a_case_and_tokens_differ_otherwise() {
        List<String> planted = new java.util.ArrayList<>();
        String text = AccuracyCorpus.expand("demo", "[[fake:alnum:20#a]] [[fake:alnum:20#a]] [[fake:alnum:20]]", planted);

        String[] parts = text.split(" ");
        assertThat(parts[0].matches("[A-Za-z0-9]{20}")).as("20 letters and digits").isTrue();
        assertThat(parts[0].equals(parts[1])).as("same label, same value").isTrue();
        assertThat(parts[0].equals(parts[2])).as("another token, another value").isFalse();
        assertThat(planted).hasSize(3);
    }

    @Test
    void a_corpus_below_the_threshold_fails_the_command(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("missed.yaml");
        Files.writeString(corpus, "- id: nothing-there\n  file: a.txt\n  text: hello\n  expected: [stripe-secret-key]\n");

        Run run = run(corpus.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL").contains("stripe-secret-key in case nothing-there");
    }

    @Test
    void an_unknown_rule_or_a_missing_corpus_is_a_usage_error(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("bad.yaml");
        Files.writeString(corpus, "- id: x\n  file: a.txt\n  text: hello\n  expected: [no-such-rule]\n");

        assertThat(run(corpus.toString()).exit()).isEqualTo(2);
        assertThat(run(corpus.toString()).err()).contains("unknown rule 'no-such-rule'");
        assertThat(run(dir.resolve("absent.yaml").toString()).exit()).isEqualTo(2);
    }
}
