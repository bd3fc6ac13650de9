package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void should_keep_the_configured_recipients_of_each_role() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com", "chair@example.com")), List.of("audit@example.com"));

        assertThat(r.from()).isEqualTo("reports@example.com");
        assertThat(r.to("ceo")).containsExactly("ceo@example.com", "chair@example.com");
        assertThat(r.audit()).containsExactly("audit@example.com");
    }

    @Test
    void should_refuse_a_to_address_with_cr_lf_naming_the_property() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recipients(Map.of("ceo", List.of("ceo@example.com\r\nBcc: spy@evil.example")), List.of()))
                .withMessage("mail.to.ceo: 'ceo@example.com??Bcc: spy@evil.example' is not a plain email address");
    }

    @Test
    void should_refuse_a_to_address_ending_in_a_line_feed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recipients(Map.of("cfo", List.of("cfo@example.com\n")), List.of()))
                .withMessageStartingWith("mail.to.cfo: ")
                .withMessageNotContaining("\n");
    }

    @Test
    void should_refuse_an_address_with_a_display_name_naming_the_property() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recipients(Map.of("cto", List.of("Chief Tech <cto@example.com>")), List.of()))
                .withMessage("mail.to.cto: 'Chief Tech <cto@example.com>' is not a plain email address");
    }

    @Test
    void should_refuse_a_sender_with_a_display_name_naming_mail_from() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Recipients("Reports <reports@example.com>", Map.of("ceo", List.of("ceo@example.com")), List.of()))
                .withMessageStartingWith("mail.from: ");
    }

    @Test
    void should_refuse_an_audit_address_with_cr_lf_naming_mail_bcc() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recipients(Map.of("ceo", List.of("ceo@example.com")), List.of("audit@example.com\r\nX-Evil: 1")))
                .withMessageStartingWith("mail.bcc: ")
                .withMessageNotContaining("\r");
    }

    @Test
    void should_refuse_a_role_configured_with_no_recipients() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recipients(Map.of("ceo", List.of("ceo@example.com"), "cfo", List.of()), List.of()))
                .withMessage("mail.to.cfo is empty: every report needs a recipient");
    }

    @Test
    void should_refuse_to_address_a_role_that_has_no_recipients_configured() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com")), List.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> r.to("cmo"))
                .withMessage("no recipients configured for role 'cmo' (property mail.to.cmo)");
    }

    @Test
    void should_split_a_comma_separated_list_trimming_and_dropping_blanks() {
        assertThat(Recipients.split(" a@example.com, b@example.com ,, ")).containsExactly("a@example.com", "b@example.com");
        assertThat(Recipients.split("")).isEmpty();
        assertThat(Recipients.split("  ")).isEmpty();
        assertThat(Recipients.split(null)).isEmpty();
    }

    private static Recipients recipients(Map<String, List<String>> byRole, List<String> audit) {
        return new Recipients("reports@example.com", byRole, audit);
    }
}
