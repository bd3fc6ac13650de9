package com.execreports.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.execreports.analysis.Report;
import com.execreports.charts.ChartImage;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Builds the message an executive receives: one multipart/alternative with the text part first and the HTML
 * part last (mail clients show the last part they can render). The BCC audit copy is not a header — it is
 * added to the SES destinations only, so no recipient ever sees the audit address.
 */
public final class ReportEmail {

    private final Recipients recipients;

    public ReportEmail(Recipients recipients) {
        this.recipients = recipients;
    }

    public MimeMessage compose(Report report, String text, String html) throws MessagingException {
        return compose(report, text, html, List.of());
    }

    /**
     * With charts, the HTML alternative becomes multipart/related: the HTML first, then each PNG under the
     * Content-ID the HTML refers to, so mail clients show them inline without fetching anything.
     */
    public MimeMessage compose(Report report, String text, String html, List<ChartImage> charts) throws MessagingException {
        String subject = report.subject();
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("subject of the " + report.role() + " report contains a control character: '"
                    + Recipients.printable(subject) + "'");
        }
        Properties session = new Properties();
        // Message-ID takes its domain from the sender rather than the host name
        session.setProperty("mail.from", recipients.from());
        MimeMessage message = new MimeMessage(Session.getInstance(session));
        message.setFrom(new InternetAddress(recipients.from()));
        for (String to : recipients.to(report.role())) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setHeader("X-Exec-Reports-Role", report.role());
        message.setHeader("X-Exec-Reports-Period", report.period());

        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart);
        if (charts == null || charts.isEmpty()) {
            alternative.addBodyPart(htmlPart);
        } else {
            MimeMultipart related = new MimeMultipart("related");
            related.addBodyPart(htmlPart);
            for (ChartImage chart : charts) {
                MimeBodyPart image = new MimeBodyPart();
                image.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(chart.png(), "image/png")));
                image.setContentID("<" + chart.cid() + ">");
                image.setDisposition(jakarta.mail.Part.INLINE);
                image.setFileName(chart.fileName());
                related.addBodyPart(image);
            }
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);
            alternative.addBodyPart(relatedPart);
        }
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** SES destinations: the To recipients and, invisibly, the audit BCC. */
    public List<String> destinations(String role) {
        List<String> all = new ArrayList<>(recipients.to(role));
        recipients.audit().stream().filter(a -> !all.contains(a)).forEach(all::add);
        return all;
    }

    public String destinationHeader(String role) {
        return String.join(",", destinations(role));
    }

    public Recipients recipients() {
        return recipients;
    }
}
