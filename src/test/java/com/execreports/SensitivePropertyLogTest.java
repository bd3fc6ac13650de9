package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.execreports.localaws.ServiceProcess.Result;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint key, set from the environment as ops set it, appears nowhere in what the service prints — Camel's
 * start-up property summary names it with its value masked. Assertions never print the output: on a failure it
 * would hold the key.
 */
class SensitivePropertyLogTest {

    static LocalAws aws;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_print_no_part_of_the_fingerprint_key_set_in_the_environment(@TempDir Path dir) throws Exception {
        String key = "FAKEfpk" + UUID.randomUUID().toString().replace("-", "");

        Result r = ServiceProcess.run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Drun.clock=2026-11-23T07:00:00-08:00",
                // --once leaves the property summary out unless asked for it: asked, it must mask the key
                "-Ddelivery.ledger-table=sensitive-" + System.nanoTime(), "-Dcamel.main.auto-configuration-log-summary=true", "--once"),
                Map.of("SECURITY_FINGERPRINT_KEY", key));

        assertThat(r.exit()).as("exit status").isEqualTo(0);
        assertThat(r.output().contains("security.fingerprint-key = xxxxxx")).as("the property summary names the key, masked").isTrue();
        assertThat(holdsAnyTwelve(r.output(), key)).as("the output holds 12 consecutive characters of the fingerprint key").isFalse();
    }

    @Test
    void should_not_echo_a_refused_security_value(@TempDir Path dir) throws Exception {
        String value = "FAKEmb" + UUID.randomUUID().toString().replace("-", "");

        Result r = ServiceProcess.run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(), "--once"),
                Map.of("SECURITY_MAX_OBJECT_MB", value));

        assertThat(r.exit()).as("exit status").isEqualTo(ExecReportsCommand.REFUSED);
        assertThat(r.output().contains("exec-reports: environment SECURITY_MAX_OBJECT_MB (security.max-object-mb) = (value not shown):"
                + " expected a whole number")).as("the refusal names the property, not its value").isTrue();
        assertThat(holdsAnyTwelve(r.output(), value)).as("the refusal holds 12 consecutive characters of the value").isFalse();
    }

    private static boolean holdsAnyTwelve(String text, String secret) {
        for (int i = 0; i + 12 <= secret.length(); i++) {
            if (text.contains(secret.substring(i, i + 12))) {
                return true;
            }
        }
        return false;
    }
}
