package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The planted secrets of the demo portfolio (demo/buckets/README.md, problems 6 and 7), found where the README
 * says, and the clean Lambda left clean. A folder named *.zip in demo/buckets stands for the zip of its content.
 */
class DemoArtifactsTest {

    private static final Path CODE = Path.of(System.getProperty("execreports.projectDir", "."))
            .resolve("demo/buckets/portfolio-code");
    private static final SecretScanner SCANNER = Planted.SCANNER;

    @Test
    void finds_the_hard_coded_stripe_live_key_in_the_jada_booking_lambda() {
        byte[] zip = Archives.zipFolder(CODE.resolve("lambda/jada-booking-api.zip"));

        ScanOutcome outcome = SCANNER.scanObject("s3://portfolio-code/lambda/jada-booking-api.zip",
                "lambda/jada-booking-api.zip", new ByteArrayInputStream(zip), zip.length);

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.filesScanned()).isEqualTo(2);
        assertThat(outcome.findings()).extracting(SecretFinding::ruleId, SecretFinding::severity, SecretFinding::resource,
                        SecretFinding::file, SecretFinding::line, SecretFinding::variable, SecretFinding::preview)
                .containsExactly(tuple("stripe-secret-key", "critical", "s3://portfolio-code/lambda/jada-booking-api.zip",
                        "index.js", 8, "stripe", "sk_l…"));
    }

    @Test
    void finds_every_secret_of_the_exported_env_file_with_its_line_and_name() throws IOException {
        Path env = CODE.resolve("repos/repos.env");

        ScanOutcome outcome;
        try (InputStream in = Files.newInputStream(env)) {
            outcome = SCANNER.scanObject("s3://portfolio-code/repos/repos.env", "repos/repos.env", in, Files.size(env));
        }

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.findings()).extracting(SecretFinding::ruleId, SecretFinding::file, SecretFinding::line,
                        SecretFinding::variable, SecretFinding::preview)
                .containsExactly(
                        tuple("aws-access-key-id", null, 4, "AWS_ACCESS_KEY_ID", "AKIA…"),
                        tuple("aws-secret-access-key", null, 5, "AWS_SECRET_ACCESS_KEY", "FAKE…"),
                        tuple("stripe-secret-key", null, 6, "STRIPE_SECRET_KEY", "sk_l…"),
                        tuple("database-url", null, 7, "DATABASE_URL", "post…"),
                        tuple("slack-webhook", null, 8, "SLACK_WEBHOOK_URL", "http…"));
    }

    @Test
    void the_env_file_findings_never_carry_its_values() throws IOException {
        Path env = CODE.resolve("repos/repos.env");
        String text = Files.readString(env);

        for (SecretFinding f : SCANNER.scanText("s3://portfolio-code/repos/repos.env", null, text)) {
            String line = text.lines().skip(f.line() - 1).findFirst().orElseThrow();
            String value = line.substring(line.indexOf('=') + 1);
            assertThat(f.toString().contains(value)).as("finding on line %d leaks its value", f.line()).isFalse();
        }
    }

    @Test
    void the_quickdumpnow_handler_that_reads_its_key_from_the_environment_is_clean() throws IOException {
        String handler = Files.readString(CODE.resolve("lambda/quickdumpnow-renewals.zip/handler.py"));

        assertThat(SCANNER.scanText("s3://portfolio-code/lambda/quickdumpnow-renewals.zip", "handler.py", handler)).isEmpty();
    }

    @Test
    void the_quickdumpnow_lambda_package_is_scanned_and_clean() {
        byte[] zip = Archives.zipFolder(CODE.resolve("lambda/quickdumpnow-renewals.zip"));

        ScanOutcome outcome = SCANNER.scanObject("s3://portfolio-code/lambda/quickdumpnow-renewals.zip",
                "lambda/quickdumpnow-renewals.zip", new ByteArrayInputStream(zip), zip.length);

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.filesScanned()).isEqualTo(2);
    }

    @Test
    void the_inventory_files_hold_only_the_planted_lambda_environment_key() throws IOException {
        for (String name : new String[] {"inventory/cloudfront-distributions.json", "inventory/engineering-register.csv"}) {
            assertThat(SCANNER.scanText(name, null, Files.readString(CODE.resolve(name)))).as(name).isEmpty();
        }
        String functions = "inventory/lambda-functions.json";
        assertThat(SCANNER.scanText(functions, null, Files.readString(CODE.resolve(functions))))
                .extracting(SecretFinding::ruleId, SecretFinding::variable, SecretFinding::preview)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stripe-secret-key", "STRIPE_SECRET_KEY", "sk_l…"));
    }
}
