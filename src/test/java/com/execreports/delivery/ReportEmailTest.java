package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.execreports.analysis.Report;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

class ReportEmailTest {

    private static final String TEXT = "CEO report\n==========\nRevenue with no invoice: $1,235 — café\n";
    private static final String HTML = "<!DOCTYPE html><html><body><p>Revenue with no invoice: $1,235 — café</p></body></html>";

    private final ReportEmail email = new ReportEmail(recipients());

    @Test
    void should_compose_one_multipart_alternative_with_the_text_part_then_the_html_part() throws Exception {
        MimeMessage received = received(email.compose(report("ceo", "CEO report", false), TEXT, HTML));

        assertThat(received.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        MimeBodyPart text = (MimeBodyPart) parts.getBodyPart(0);
        MimeBodyPart html = (MimeBodyPart) parts.getBodyPart(1);
        assertThat(text.isMimeType("text/plain")).isTrue();
        assertThat(html.isMimeType("text/html")).isTrue();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).containsIgnoringCase("charset=UTF-8");
        // mail carries text with CRLF line ends
        assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(TEXT);
        assertThat(html.getContent()).isEqualTo(HTML);
    }

    @Test
    void should_attach_the_full_report_of_a_brief_as_html_and_as_a_text_file_after_the_brief() throws Exception {
        String full = "CFO report\n==========\nEvery table, every finding in detail — café\n";
        String fullHtml = "<!DOCTYPE html><html><body><h1>CFO report</h1><p>Every table — café</p></body></html>";
        ReportMessage brief = email.message(report("cfo", "CFO report", false), TEXT, HTML, List.of(), full, fullHtml);

        MimeMessage received = received(email.compose(brief));

        assertThat(received.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        MimeBodyPart body = (MimeBodyPart) mixed.getBodyPart(0);
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) body.getContent();
        assertThat(((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(TEXT);
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo(HTML);
        // the HTML first: on a phone it opens laid out like the brief; the text for any client
        MimeBodyPart html = (MimeBodyPart) mixed.getBodyPart(1);
        assertThat(html.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(html.getFileName()).isEqualTo("cfo-full.html");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) html.getContent()).replace("\r\n", "\n")).isEqualTo(fullHtml);
        MimeBodyPart text = (MimeBodyPart) mixed.getBodyPart(2);
        assertThat(text.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(text.getFileName()).isEqualTo("cfo-full.txt");
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(full);
    }

    @Test
    void should_send_a_report_that_was_not_cut_without_an_attachment() throws Exception {
        ReportMessage whole = email.message(report("cfo", "CFO report", false), TEXT, HTML, List.of(), "", "<p>only with a full text</p>");

        assertThat(whole.fullText()).isNull();
        assertThat(whole.fullReportFile()).isNull();
        assertThat(whole.fullHtml()).isNull();
        assertThat(whole.fullHtmlFile()).isNull();
        assertThat(received(email.compose(whole)).getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void should_address_the_message_to_the_role_recipients_only() throws Exception {
        MimeMessage received = received(email.compose(report("ceo", "CEO report", false), TEXT, HTML));

        assertThat(addresses(received.getRecipients(Message.RecipientType.TO)))
                .containsExactly("ceo@example.com", "chair@example.com");
        assertThat(received.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(addresses(received.getFrom())).containsExactly("reports@example.com");
    }

    @Test
    void should_never_show_the_audit_address_in_the_headers() throws Exception {
        MimeMessage received = received(email.compose(report("cfo", "CFO report", false), TEXT, HTML));

        assertThat(received.getHeader("Bcc")).isNull();
        for (Header h : Collections.list(received.getAllHeaders())) {
            assertThat(h.getValue()).as(h.getName()).doesNotContainIgnoringCase("audit@example.com");
        }
        assertThat(raw(email.compose(report("cfo", "CFO report", false), TEXT, HTML))).doesNotContain("audit@example.com");
    }

    @Test
    void should_carry_the_report_subject_role_and_period() throws Exception {
        Report report = report("ceo", "CEO report", true);

        MimeMessage received = received(email.compose(report, TEXT, HTML));

        assertThat(received.getSubject()).isEqualTo("[exec-reports] CEO report — Test portfolio — 2026-W48 (data incomplete)");
        assertThat(received.getHeader("X-Exec-Reports-Role", null)).isEqualTo("ceo");
        assertThat(received.getHeader("X-Exec-Reports-Period", null)).isEqualTo("2026-W48");
    }

    @Test
    void should_send_to_the_role_recipients_and_the_audit_address() {
        assertThat(email.destinations("ceo")).containsExactly("ceo@example.com", "chair@example.com", "audit@example.com");
        assertThat(email.destinations("cfo")).containsExactly("cfo@example.com", "audit@example.com");
        assertThat(email.destinationHeader("cfo")).isEqualTo("cfo@example.com,audit@example.com");
    }

    @Test
    void should_not_send_twice_to_an_audit_address_that_is_also_a_recipient() {
        ReportEmail overlapping = new ReportEmail(new Recipients("reports@example.com",
                Map.of("ceo", List.of("ceo@example.com", "audit@example.com")), List.of("audit@example.com"), List.of("example.com")));

        assertThat(overlapping.destinations("ceo")).containsExactly("ceo@example.com", "audit@example.com");
    }

    @Test
    void should_refuse_a_subject_containing_cr_lf() {
        Report injected = report("ceo", "CEO report\r\nBcc: spy@evil.example", false);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> email.compose(injected, TEXT, HTML))
                .withMessageContaining("ceo report")
                .withMessageContaining("control character")
                .withMessageNotContaining("\r")
                .withMessageNotContaining("\n");
    }

    @Test
    void should_refuse_to_compose_for_a_role_without_recipients() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> email.compose(report("cmo", "CMO report", false), TEXT, HTML))
                .withMessageContaining("mail.to.cmo");
    }

    // ---------------------------------------------------------------- helpers

    private static Recipients recipients() {
        return new Recipients("reports@example.com",
                Map.of("ceo", List.of("ceo@example.com", "chair@example.com"), "cfo", List.of("cfo@example.com")),
                List.of("audit@example.com"), List.of("example.com"));
    }

    private static Report report(String role, String title, boolean degraded) {
        return new Report(role, title, "Test portfolio", "2026-W48", "Mon 23 Nov 2026 07:00 -08:00", List.of(), degraded,
                List.of("One.", "Two.", "Three."), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static String raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The message as a mail client reads it: written out and parsed back. */
    private static MimeMessage received(MimeMessage sent) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sent.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> addresses(Address[] addresses) {
        return java.util.Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
