package com.execreports.security;

import static com.execreports.security.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Findings carry where and what kind, never the value. Assertions about a secret are written so that a failure
 * prints "finding leaks the secret", not the secret: {@code assertThat(x.contains(secret)).as(…).isFalse()}.
 */
class SecretScannerTest {

    private static final SecretScanner SCANNER = Planted.SCANNER;
    private static final byte[] KEY = Planted.KEY;
    private static final String STRIPE = Planted.STRIPE;
    private static final String GENERIC = Planted.GENERIC;
    private static final String PEM_BODY = Planted.PEM_BODY;
    private static final String PLANTED = Planted.TEXT;
    private static final List<String> SECRETS = Planted.SECRETS;

    @Test
    void finds_one_of_every_kind_with_its_rule_line_and_variable() {
        List<SecretFinding> found = SCANNER.scanText("test resource", "planted.env", PLANTED);

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::line, SecretFinding::variable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stripe-secret-key", 2, "STRIPE_SECRET_KEY"),
                org.assertj.core.groups.Tuple.tuple("stripe-restricted-key", 3, "STRIPE_RESTRICTED_KEY"),
                org.assertj.core.groups.Tuple.tuple("stripe-test-key", 4, "STRIPE_TEST_KEY"),
                org.assertj.core.groups.Tuple.tuple("aws-access-key-id", 5, "AWS_ACCESS_KEY_ID"),
                org.assertj.core.groups.Tuple.tuple("aws-secret-access-key", 6, "AWS_SECRET_ACCESS_KEY"),
                org.assertj.core.groups.Tuple.tuple("slack-token", 7, "SLACK_BOT_TOKEN"),
                org.assertj.core.groups.Tuple.tuple("slack-webhook", 8, "SLACK_WEBHOOK_URL"),
                org.assertj.core.groups.Tuple.tuple("google-api-key", 9, "mapsKey"),
                org.assertj.core.groups.Tuple.tuple("database-url", 10, "DATABASE_URL"),
                org.assertj.core.groups.Tuple.tuple("generic-secret", 11, "api_key"),
                org.assertj.core.groups.Tuple.tuple("private-key", 12, null));
        assertThat(found).allSatisfy(f -> {
            assertThat(f.resource()).isEqualTo("test resource");
            assertThat(f.file()).isEqualTo("planted.env");
        });
        assertThat(found.get(0).severity()).isEqualTo("critical");
        assertThat(found.get(0).description()).contains("Stripe");
    }

    @Test
    void no_field_and_no_tostring_of_a_finding_carries_a_planted_value() {
        List<SecretFinding> found = SCANNER.scanText("test resource", "planted.env", PLANTED);
        assertThat(found).hasSize(SECRETS.size());

        for (SecretFinding f : found) {
            List<String> shown = new ArrayList<>(List.of(f.toString(), f.ruleId(), f.severity(), f.description(),
                    f.resource(), f.file(), f.fingerprint(), f.preview(), String.valueOf(f.variable())));
            for (String secret : SECRETS) {
                for (String text : shown) {
                    assertThat(text.contains(secret)).as("finding %s line %d leaks a planted secret", f.ruleId(), f.line()).isFalse();
                    // nor a piece of it past the preview
                    assertThat(text.contains(secret.substring(4, 12))).as("finding %s line %d leaks part of a planted secret", f.ruleId(), f.line()).isFalse();
                }
            }
        }
    }

    @Test
    void an_outcome_carries_no_planted_value_either() {
        byte[] zip = Archives.zip("config/planted.env", utf8(PLANTED));

        ScanOutcome outcome = SCANNER.scanObject("s3://bucket/planted.zip", "planted.zip", new ByteArrayInputStream(zip), zip.length);

        assertThat(outcome.findings()).hasSize(SECRETS.size());
        for (String secret : SECRETS) {
            assertThat(outcome.toString().contains(secret)).as("outcome leaks a planted secret").isFalse();
        }
    }

    @Test
    void a_secret_in_an_entry_name_is_masked_in_the_file_and_in_the_reason() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("keys/" + STRIPE + ".txt", utf8("API_KEY=" + GENERIC + "\n"));
        entries.put("../" + STRIPE + ".sh", utf8("echo hi\n"));
        byte[] zip = Archives.zip(entries);

        ScanOutcome outcome = SCANNER.scanObject("s3://bucket/named.zip", "named.zip", new ByteArrayInputStream(zip), zip.length);

        // boolean assertions: were the masking broken, a failure message must not print the secret
        String reason = outcome.notScannedReason();
        assertThat(outcome.scanned()).isFalse();
        assertThat(reason.startsWith("not scanned: zip entry '../sk_l…")).as("the reason names the entry, masked").isTrue();
        assertThat(reason.endsWith("has a path-traversal name")).as("the reason says why").isTrue();
        assertThat(outcome.findings()).hasSize(1);
        assertThat(outcome.findings().get(0).file().equals("keys/sk_l….txt")).as("the file is named, masked").isTrue();
        assertThat(outcome.toString().contains(STRIPE)).as("outcome leaks the secret in a name").isFalse();
    }

    @Test
    void the_preview_shows_at_most_four_characters() {
        List<SecretFinding> found = SCANNER.scanText("r", null, PLANTED);

        assertThat(found).allSatisfy(f -> {
            assertThat(f.preview()).endsWith("…");
            assertThat(f.preview().length()).isLessThanOrEqualTo(5);
        });
        assertThat(found.get(0).preview()).isEqualTo("sk_l…");
        assertThat(found.get(8).preview()).isEqualTo("post…");
        assertThat(Fingerprints.preview("FAKEpw12345")).isEqualTo("…");
        assertThat(Fingerprints.preview("FAKEpw123456")).isEqualTo("FAKE…");
    }

    @Test
    void the_same_secret_gives_the_same_fingerprint_across_files_resources_and_scanners() {
        SecretScanner another = new SecretScanner(SecretRules.bundled(), KEY.clone());

        SecretFinding a = SCANNER.scanText("Lambda a environment", null, "STRIPE_SECRET_KEY=" + STRIPE).get(0);
        SecretFinding b = another.scanText("s3://code/b.zip", "src/pay.js", "const stripe = require('stripe')('" + STRIPE + "');").get(0);
        SecretFinding other = SCANNER.scanText("x", null, "STRIPE_SECRET_KEY=" + STRIPE.replace('7', '8')).get(0);

        assertThat(a.fingerprint()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(b.fingerprint());
        assertThat(other.fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void a_different_fingerprint_key_gives_a_different_fingerprint() {
        SecretScanner otherKey = new SecretScanner(SecretRules.bundled(), utf8("another-fingerprint-key-000002"));

        String text = "STRIPE_SECRET_KEY=" + STRIPE;

        assertThat(otherKey.scanText("r", null, text).get(0).fingerprint())
                .isNotEqualTo(SCANNER.scanText("r", null, text).get(0).fingerprint());
    }

    @Test
    void a_private_key_has_the_same_fingerprint_in_a_pem_file_and_in_escaped_json() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + PEM_BODY.substring(0, 64) + "\n" + PEM_BODY.substring(64)
                + "\n-----END RSA PRIVATE KEY-----\n";
        String json = "{\"private_key\": \"-----BEGIN RSA PRIVATE KEY-----\\n" + PEM_BODY.substring(0, 64) + "\\n"
                + PEM_BODY.substring(64) + "\\n-----END RSA PRIVATE KEY-----\\n\", \"client_email\": \"x@y.z\"}";

        SecretFinding fromPem = SCANNER.scanText("r", "key.pem", pem).get(0);
        List<SecretFinding> fromJson = SCANNER.scanText("r", "sa.json", json);

        assertThat(fromJson).extracting(SecretFinding::ruleId).containsExactly("private-key");
        assertThat(fromJson.get(0).variable()).isEqualTo("private_key");
        assertThat(fromJson.get(0).fingerprint()).isEqualTo(fromPem.fingerprint());
    }

    @Test
    void a_truncated_private_key_is_still_found_and_the_code_after_it_still_scanned() {
        String text = "KEY = \"\"\"-----BEGIN OPENSSH PRIVATE KEY-----\n" + PEM_BODY.substring(0, 64) + "\n"
                + PEM_BODY.substring(64) + "\"\"\"\nAPI_KEY = \"" + GENERIC + "\"\n";

        List<SecretFinding> found = SCANNER.scanText("r", "keys.py", text);

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("private-key", 1),
                org.assertj.core.groups.Tuple.tuple("generic-secret", 4));
    }

    @Test
    void a_short_fingerprint_key_is_refused() {
        assertThatThrownBy(() -> new SecretScanner(SecretRules.bundled(), utf8("short")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 bytes");
    }

    @Test
    void a_specific_rule_wins_over_the_generic_rule_for_the_same_value() {
        List<SecretFinding> found = SCANNER.scanText("r", null, "stripe_api_key = \"" + STRIPE + "\"");

        assertThat(found).extracting(SecretFinding::ruleId).containsExactly("stripe-secret-key");
    }

    @Test
    void scans_in_parallel_with_the_same_results() throws Exception {
        byte[] zip = Archives.zip("planted.env", utf8(PLANTED));
        List<SecretFinding> expected = SCANNER.scanObject("r", "p.zip", new ByteArrayInputStream(zip), zip.length).findings();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ScanOutcome>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> SCANNER.scanObject("r", "p.zip", new ByteArrayInputStream(zip), zip.length)));
            }
            for (Future<ScanOutcome> run : runs) {
                assertThat(run.get().findings()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void text_in_other_encodings_or_with_broken_bytes_is_still_scanned() {
        byte[] latin1 = ("caf\u00e9 = 1\nSTRIPE_SECRET_KEY=" + STRIPE + "\n").getBytes(StandardCharsets.ISO_8859_1);

        ScanOutcome outcome = SCANNER.scanObject("r", "latin1.env", new ByteArrayInputStream(latin1), latin1.length);

        assertThat(outcome.findings()).extracting(SecretFinding::ruleId, SecretFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stripe-secret-key", 2));
    }
}
