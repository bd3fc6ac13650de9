package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The leak guard before any object is archived: snapshot.json, metrics.json, a delivery record. */
class LeakGuardArchiveTest {

    private final LeakGuard guard = new LeakGuard(new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS));

    @Test
    void should_keep_an_object_holding_a_secret_out_of_the_archive() {
        Exchange exchange = object("reports/exec/2026-W48/snapshot.json", "application/json",
                ("{\n  \"channel\" : \"" + Planted.STRIPE + "\"\n}").getBytes(StandardCharsets.UTF_8));

        assertThat(guard.archivable(exchange)).isFalse();
        assertThat(guard.blocking("snapshot.json", "{\"channel\":\"" + Planted.STRIPE + "\"}"))
                .extracting(SecretFinding::ruleId).containsExactly("stripe-secret-key");
    }

    @Test
    void should_archive_a_clean_object_and_a_redacted_one() {
        assertThat(guard.archivable(object("reports/exec/2026-W48/metrics.json", "application/json",
                "{\"reports_delivered\":5}".getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(guard.archivable(object("reports/exec/2026-W48/snapshot.json", "application/json",
                "{\"notes\":\"[redacted stripe-secret-key sk_l… 0a1b2c3d4e5f6a7b]\"}"))).isTrue();
    }

    @Test
    void should_archive_the_actions_of_a_run_whose_findings_are_secrets_named_by_fingerprint() throws Exception {
        com.execreports.analysis.ActionRecord record = new com.execreports.analysis.ActionRecord("2026-W48", null, java.util.List.of(
                new com.execreports.analysis.ActionRecord.Entry("Rotate every exposed credential", "open", "2026-W48", null, "2026-11-30",
                        "Jordan Alvarez (org register: Founder / Managing member)", java.util.List.of("secret.stripe-secret-key.a15b0566c0d6a94d",
                        "secret.aws-access-key-id.d5465f364affff85", "pasted-secret.generic-secret.334888becab017f2"),
                        java.util.Set.of("ceo", "cto"))));
        byte[] json = new com.execreports.config.ActionRecordJson().write(record);

        assertThat(guard.blocking("actions.json", new String(json, StandardCharsets.UTF_8))).isEmpty();
        assertThat(guard.archivable(object("reports/exec/2026-W48/actions.json", "application/json", json))).isTrue();
    }

    @Test
    void should_not_read_images_as_text() {
        assertThat(guard.archivable(object("reports/exec/2026-W48/cfo-chart-1.png", "image/png",
                Planted.STRIPE.getBytes(StandardCharsets.UTF_8)))).isTrue();
    }

    private static Exchange object(String key, String type, Object body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader("CamelAwsS3Key", key);
        exchange.getMessage().setHeader("CamelAwsS3ContentType", type);
        exchange.getMessage().setBody(body);
        return exchange;
    }
}
