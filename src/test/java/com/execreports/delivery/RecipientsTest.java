package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final List<String> ALLOW = List.of("example.com");

    @Test
    void should_keep_the_configured_recipients_of_each_role() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com", "chair@example.com")), List.of("audit@example.com"));

        assertThat(r.from()).isEqualTo("reports@example.com");
        assertThat(r.to("ceo")).containsExactly("ceo@example.com", "chair@example.com");
        assertThat(r.audit()).containsExactly("audit@example.com");
    }

    @Test
    void should_refuse_a_to_address_with_cr_lf_naming_the_property() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com\r\nBcc: spy@evil.example")), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo"))
                .withMessage("mail.to.ceo: 'ceo@example.com??Bcc: spy@evil.example' is not a plain email address");
    }

    @Test
    void should_refuse_only_the_role_whose_address_is_broken() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com"), "cfo", List.of("cfo@example.com\n")), List.of());

        assertThat(r.to("ceo")).containsExactly("ceo@example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> r.to("cfo"))
                .withMessageStartingWith("mail.to.cfo: ")
                .withMessageNotContaining("\n");
        assertThat(r.problems(List.of("ceo", "cfo"))).containsExactly("mail.to.cfo: 'cfo@example.com?' is not a plain email address");
    }

    @Test
    void should_refuse_an_address_with_a_display_name_naming_the_property() {
        Recipients r = recipients(Map.of("cto", List.of("Chief Tech <cto@example.com>")), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("cto"))
                .withMessage("mail.to.cto: 'Chief Tech <cto@example.com>' is not a plain email address");
    }

    @Test
    void should_refuse_a_sender_with_a_display_name_naming_mail_from() {
        Recipients r = new Recipients("Reports <reports@example.com>", Map.of("ceo", List.of("ceo@example.com")), List.of(), ALLOW);

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo")).withMessageStartingWith("mail.from: ");
    }

    @Test
    void should_refuse_an_audit_address_with_cr_lf_naming_mail_bcc() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com")), List.of("audit@example.com\r\nX-Evil: 1"));

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo"))
                .withMessageStartingWith("mail.bcc: ")
                .withMessageNotContaining("\r");
    }

    @Test
    void should_refuse_a_role_that_has_no_recipients_configured() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com"), "cfo", List.of()), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("cmo"))
                .withMessage("no recipients configured for role 'cmo' (property mail.to.cmo)");
        assertThatIllegalArgumentException().isThrownBy(() -> r.to("cfo"))
                .withMessage("no recipients configured for role 'cfo' (property mail.to.cfo)");
    }

    @Test
    void should_allow_listed_domains_and_addresses_only_ignoring_case() {
        Recipients r = new Recipients("reports@example.com", Map.of("ceo", List.of("CEO@Example.com"), "cfo", List.of("cfo@partner.org"),
                "cmo", List.of("cmo@partner.org", "intruder@partner.org")), List.of(), List.of("example.com", " CMO@partner.org ", "cfo@partner.org"));

        assertThat(r.to("ceo")).containsExactly("CEO@Example.com");
        assertThat(r.to("cfo")).containsExactly("cfo@partner.org");
        assertThatIllegalArgumentException().isThrownBy(() -> r.to("cmo"))
                .withMessage("mail.to.cmo: 'intruder@partner.org' is not on mail.allowlist [example.com, cmo@partner.org, cfo@partner.org]");
    }

    @Test
    void should_refuse_a_subdomain_that_is_not_listed_itself() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@mail.example.com")), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo")).withMessageContaining("is not on mail.allowlist");
    }

    @Test
    void should_fail_closed_when_the_allowlist_is_empty() {
        Recipients r = new Recipients("reports@example.com", Map.of("ceo", List.of("ceo@example.com")), List.of(), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo"))
                .withMessage("mail.to.ceo: 'ceo@example.com' is not on mail.allowlist (the allowlist is empty, so no address is allowed)");
    }

    @Test
    void should_refuse_an_audit_address_off_the_allowlist() {
        Recipients r = recipients(Map.of("ceo", List.of("ceo@example.com")), List.of("audit@elsewhere.net"));

        assertThatIllegalArgumentException().isThrownBy(() -> r.to("ceo")).withMessageStartingWith("mail.bcc: 'audit@elsewhere.net'");
    }

    @Test
    void should_split_a_comma_separated_list_trimming_and_dropping_blanks() {
        assertThat(Recipients.split(" a@example.com, b@example.com ,, ")).containsExactly("a@example.com", "b@example.com");
        assertThat(Recipients.split("")).isEmpty();
        assertThat(Recipients.split("  ")).isEmpty();
        assertThat(Recipients.split(null)).isEmpty();
    }

    private static Recipients recipients(Map<String, List<String>> byRole, List<String> audit) {
        return new Recipients("reports@example.com", byRole, audit, ALLOW);
    }
}
