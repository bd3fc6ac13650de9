package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A value read from a data source, redacted by the code scan's rules: the value never whole, the place always named. */
class ValueRedactionTest {

    private final ValueRedaction redaction = new SecretScanner(SecretRules.bundled(), Planted.KEY).valueRedaction();
    private final List<SecretFinding> found = new ArrayList<>();

    @Test
    void should_replace_a_pasted_key_by_rule_preview_and_fingerprint_and_name_file_line_and_column() {
        String shown = redaction.redact("paid by card, key " + Planted.STRIPE + " for refunds",
                "portfolio-ledgers/expenses/expenses-2026.csv", null, 255, "column notes", found::add);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("stripe-secret-key");
            assertThat(f.resource()).isEqualTo("portfolio-ledgers/expenses/expenses-2026.csv");
            assertThat(f.line()).isEqualTo(255);
            assertThat(f.variable()).isEqualTo("column notes");
            assertThat(f.preview()).isEqualTo("sk_l…");
            assertThat(shown).isEqualTo("paid by card, key [redacted stripe-secret-key sk_l… " + f.fingerprint() + "] for refunds");
        });
        assertThat(shown).doesNotContain(Planted.STRIPE.substring(4, 16));
    }

    @Test
    void should_give_the_same_fingerprint_as_the_code_scan_so_copies_in_code_and_data_are_one_secret() {
        redaction.redact(Planted.AWS_ID, "t", "key id=1", 0, "attribute channel", found::add);
        List<SecretFinding> inCode = new SecretScanner(SecretRules.bundled(), Planted.KEY).scanText("code", null, "AWS_ACCESS_KEY_ID=" + Planted.AWS_ID);

        assertThat(found).singleElement().extracting(SecretFinding::fingerprint).isEqualTo(inCode.get(0).fingerprint());
    }

    @Test
    void should_leave_ordinary_values_untouched_and_short_ones_unscanned() {
        String note = "Booking Lambda zipped and uploaded by hand in the Lambda console; only one person knows the steps";

        assertThat(redaction.redact(note, "f", null, 2, "column notes", found::add)).isSameAs(note);
        assertThat(redaction.redact("1480.00", "f", null, 2, "column amount", found::add)).isSameAs("1480.00");
        assertThat(redaction.redact(null, "f", null, 2, "column amount", found::add)).isNull();
        assertThat(found).isEmpty();
    }

    @Test
    void should_redact_every_secret_of_a_value_and_keep_the_redacted_form_free_of_secrets() {
        String shown = redaction.redact(Planted.GOOGLE + " and " + Planted.DB_URL, "f", null, 1, "field notes", found::add);

        assertThat(found).extracting(SecretFinding::ruleId).containsExactly("google-api-key", "database-url");
        assertThat(new SecretScanner(SecretRules.bundled(), Planted.KEY).scanText("again", null, shown)).isEmpty();
    }
}
