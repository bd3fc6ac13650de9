package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which property values are never shown, and the words that make Camel's summary mask them. */
class SensitivePropertiesTest {

    @Test
    void security_keys_tokens_and_secrets_are_sensitive_addresses_and_ports_are_not() {
        for (String key : List.of("security.fingerprint-key", "security.max-object-mb", "partner.api.token", "stripe.key",
                "signing-key", "oauth.client-secret", "SECRET_NAME")) {
            assertThat(SensitiveProperties.isSensitive(key)).as(key).isTrue();
        }
        for (String key : List.of("mail.from", "health.aws-check-seconds", "delivery.ledger-table", "kpi.target.monthly-recurring-revenue",
                "archive.bucket", "keyboard.layout", "monkey.count")) {
            assertThat(SensitiveProperties.isSensitive(key)).as(key).isFalse();
        }
    }

    @Test
    void camel_keywords_cover_every_sensitive_property_the_service_reads_by_its_last_segment() {
        List<String> words = Arrays.asList(SensitiveProperties.camelKeywords().split(","));

        assertThat(words).contains("fingerprintkey", "maxobjectmb", "key");
        for (String key : PropertyCatalog.service().keys()) {
            if (SensitiveProperties.isSensitive(key)) {
                String last = key.substring(key.lastIndexOf('.') + 1).replace("-", "");
                assertThat(words).as(key).contains(last);
            }
        }
    }
}
