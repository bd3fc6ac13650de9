package com.execreports.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A credential that reaches a log line — as an argument, in the message, in an exception's message or its cause, or
 * through the fluent API — is written only in its redacted form, through the service's real logging set-up (its SLF4J
 * provider and simplelogger.properties). Canaries are random and built at run time; assertions never print the output.
 */
class RedactedLogTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Logger log = LoggerFactory.getLogger(RedactedLogTest.class);

    @Test
    void should_log_through_the_redacting_provider() {
        assertThat(log.getClass().getSimpleName()).isEqualTo("RedactedLogger");
    }

    @Test
    void should_write_a_credential_passed_as_an_argument_only_redacted() {
        String canary = "sk_" + "live_" + random(24);

        String out = printed(() -> log.info("Source {} read a value: {}", "portfolio/ledger", canary));

        assertThat(leaks(out, canary)).as("the canary is in the log").isFalse();
        assertThat(out).contains("Source portfolio/ledger read a value: [redacted stripe-secret-key sk_l… ");
    }

    @Test
    void should_write_a_credential_in_an_exception_and_its_cause_only_redacted() {
        String key = "AKIA" + random(16, "ABCDEFGHJKLMNPQRSTUVWXYZ234567");
        String token = "ghp_" + random(36);
        Exception e = new IllegalStateException("refused value " + key, new RuntimeException("upstream said token " + token));

        String out = printed(() -> log.warn("Reading failed", e));

        assertThat(leaks(out, key)).as("the key id is in the log").isFalse();
        assertThat(leaks(out, token)).as("the token is in the log").isFalse();
        assertThat(out).contains("IllegalStateException: refused value [redacted aws-access-key-id AKIA… ")
                .contains("[redacted github-token ghp_… ").contains("at com.execreports.logging.RedactedLogTest");
    }

    @Test
    void should_write_a_credential_logged_through_the_fluent_api_only_redacted() {
        String canary = "xoxb-" + digits(12) + "-" + digits(13) + "-" + random(24);

        String out = printed(() -> log.atWarn().addKeyValue("source", "portfolio/org").addArgument(canary).log("role field {}"));

        assertThat(leaks(out, canary)).as("the canary is in the log").isFalse();
        assertThat(out).contains("source=portfolio/org role field [redacted slack-token xoxb… ");
    }

    @Test
    void should_leave_a_line_without_secrets_as_it_was() {
        String out = printed(() -> log.info("Run {}: {} sources, {} failed or timed out", "2027-W23-20270607T0700", 29, 0));

        assertThat(out).contains("Run 2027-W23-20270607T0700: 29 sources, 0 failed or timed out").doesNotContain("redacted");
    }

    /** What the logger wrote to System.err (slf4j-simple's target, looked up at each line). */
    private static String printed(Runnable logging) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream console = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static boolean leaks(String text, String canary) {
        for (int i = 0; i + 12 <= canary.length(); i++) {
            if (text.contains(canary.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }

    private static String random(int n) {
        return random(n, ALPHABET);
    }

    private static String random(int n, String alphabet) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return out.toString();
    }
}
