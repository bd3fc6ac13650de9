package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules file as data: every rule's examples hold, and a broken rule stops loading with its name. Display names
 * and failure messages name rules and example numbers, never the example text (it is secret-shaped).
 */
class SecretRulesTest {

    private static final SecretRules RULES = SecretRules.bundled();
    private static final SecretScanner SCANNER =
            new SecretScanner(RULES, "rules-test-fingerprint-key-0001".getBytes(StandardCharsets.UTF_8));

    @TestFactory
    Stream<DynamicTest> every_positive_example_is_found_by_its_own_rule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SecretRule rule : RULES.rules()) {
            List<String> positive = rule.examples().positive();
            for (int i = 0; i < positive.size(); i++) {
                String text = positive.get(i);
                tests.add(DynamicTest.dynamicTest(rule.id() + " finds its positive example " + (i + 1), () -> {
                    List<String> rules = SCANNER.scanText("rules file", null, text).stream()
                            .map(SecretFinding::ruleId).toList();
                    assertThat(rules).as("rules that matched").contains(rule.id());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> no_rule_finds_anything_in_a_negative_example() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SecretRule rule : RULES.rules()) {
            List<String> negative = rule.examples().negative();
            for (int i = 0; i < negative.size(); i++) {
                String text = negative.get(i);
                tests.add(DynamicTest.dynamicTest("no rule matches " + rule.id() + "'s negative example " + (i + 1), () -> {
                    List<String> rules = SCANNER.scanText("rules file", null, text).stream()
                            .map(SecretFinding::ruleId).toList();
                    assertThat(rules).as("rules that matched").isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void the_bundled_rules_cover_every_kind_the_issue_names() {
        assertThat(RULES.rules()).extracting(SecretRule::id).containsExactly(
                "stripe-secret-key", "stripe-restricted-key", "stripe-test-key", "aws-access-key-id",
                "aws-secret-access-key", "slack-token", "slack-webhook", "google-api-key", "github-token", "jwt", "private-key",
                "database-url", "generic-secret");
        assertThat(RULES.rule("stripe-secret-key")).get().extracting(SecretRule::severity).isEqualTo("critical");
        assertThat(RULES.rule("stripe-test-key")).get().extracting(SecretRule::severity).isEqualTo("low");
        assertThat(RULES.rule("github-token")).get().extracting(SecretRule::severity).isEqualTo("high");
        assertThat(RULES.rule("jwt")).get().satisfies(r -> {
            assertThat(r.severity()).isEqualTo("high");
            assertThat(r.jwtCheck()).isTrue();
        });
        assertThat(RULES.rule("generic-secret")).get().satisfies(r -> {
            assertThat(r.minEntropy()).isGreaterThanOrEqualTo(3.5);
            assertThat(r.minLength()).isGreaterThanOrEqualTo(16);
        });
    }

    @Test
    void every_rule_has_a_description_keywords_and_a_negative_example() {
        for (SecretRule rule : RULES.rules()) {
            assertThat(rule.description()).as(rule.id()).isNotBlank();
            assertThat(rule.keywords()).as(rule.id()).isNotEmpty();
            assertThat(rule.examples().negative()).as(rule.id()).isNotEmpty();
        }
    }

    @Test
    void a_rule_without_a_secret_group_is_refused_with_its_id() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: 'sk_live_[a-z]+'"), "test.yaml"))
                .hasMessageContaining("rule 'demo-rule'").hasMessageContaining("no named group 'secret'");
    }

    @Test
    void an_unknown_severity_is_refused() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: '(?<secret>a+)'").replace("severity: high", "severity: urgent"), "test.yaml"))
                .hasMessageContaining("severity 'urgent'");
    }

    @Test
    void a_regex_that_does_not_compile_is_refused() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: '(?<secret>a+'"), "test.yaml"))
                .hasMessageContaining("rule 'demo-rule' regex does not compile");
    }

    @Test
    void an_unknown_field_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: '(?<secret>a+)'\n    entropyy: 3"), "test.yaml"))
                .hasMessageContaining("unknown field 'entropyy'");
    }

    @Test
    void an_unknown_check_is_refused_rather_than_ignored() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: '(?<secret>a+)'\n    check: jwe"), "test.yaml"))
                .hasMessageContaining("rule 'demo-rule': check 'jwe' is not known (only 'jwt')");
    }

    @Test
    void a_rule_id_used_twice_is_refused() {
        String one = rules("regex: '(?<secret>a+)'");
        String twice = one + one.substring(one.indexOf("  - id:"));
        assertThatThrownBy(() -> SecretRules.parse(twice, "test.yaml")).hasMessageContaining("used twice");
    }

    @Test
    void a_rule_without_a_positive_example_is_refused() {
        assertThatThrownBy(() -> SecretRules.parse(rules("regex: '(?<secret>a+)'").replace("positive: [aaaa]", "positive: []"), "test.yaml"))
                .hasMessageContaining("at least one positive example");
    }

    @Test
    void masking_text_leaves_only_a_four_character_preview_of_each_secret_and_the_words_around_it() {
        String masked = RULES.mask("amount '" + Planted.STRIPE + "' is not a number; db " + Planted.DB_URL);

        assertThat(masked).isEqualTo("amount 'sk_l…' is not a number; db post…");
        assertThat(RULES.mask("amount '12,40O.00' is not a number")).isEqualTo("amount '12,40O.00' is not a number");
    }

    @Test
    void a_rule_shows_only_its_id_when_printed() {
        assertThat(RULES.rule("stripe-secret-key").orElseThrow().toString()).isEqualTo("SecretRule[stripe-secret-key]");
    }

    private static String rules(String regexLine) {
        return "rules:\n"
                + "  - id: demo-rule\n"
                + "    description: demo\n"
                + "    severity: high\n"
                + "    " + regexLine + "\n"
                + "    examples:\n"
                + "      positive: [aaaa]\n";
    }
}
