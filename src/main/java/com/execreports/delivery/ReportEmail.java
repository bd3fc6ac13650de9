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
    private final String ops;

    public ReportEmail(Recipients recipients) {
        this(recipients, null);
    }

    /** @param ops where alerts about undelivered reports go (property mail.ops) */
    public ReportEmail(Recipients recipients, String ops) {
        this.recipients = recipients;
        this.ops = ops;
    }

    /** The ops address, checked like every recipient: an ops alert reaches only an allowed address. */
    public String opsDestination() {
        return recipients.allowed("mail.ops", ops);
    }

    /**
     * The SES sender (mail.from), checked as one plain address. The routes pass it as the CamelAwsSesFrom header,
     * never in the endpoint URI, where text after a '?' would become the endpoint's options (a bcc, say).
     */
    public String sender() {
        Recipients.requireAddress("mail.from", recipients.from());
        return recipients.from();
    }

    public MimeMessage compose(Report report, String text, String html) throws MessagingException {
        return compose(report, text, html, List.of());
    }

    /**
     * With charts, the HTML alternative becomes multipart/related: the HTML first, then each PNG under the
     * Content-ID the HTML refers to, so mail clients show them inline without fetching anything.
     */
    public MimeMessage compose(Report report, String text, String html, List<ChartImage> charts) throws MessagingException {
        return compose(ReportMessage.of(report, text, html, charts, null, null));
    }

    public ReportMessage message(Report report, String text, String html, List<ChartImage> charts) {
        return ReportMessage.of(report, text, html, charts, null, null);
    }

    /**
     * @param fullText the whole report's text part when {@code report} is a brief; null or blank otherwise
     * @param fullHtml the whole report's HTML when {@code report} is a brief; null or blank otherwise
     */
    public ReportMessage message(Report report, String text, String html, List<ChartImage> charts, String fullText, String fullHtml) {
        return ReportMessage.of(report, text, html, charts, fullText, fullHtml);
    }

    /** A subject with a control character could inject headers: the report is refused, not cleaned. */
    public void requireSafeSubject(ReportMessage report) {
        if (report.subject().chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("subject of the " + report.role() + " report contains a control character: '"
                    + Recipients.printable(report.subject()) + "'");
        }
    }

    /** The configured recipients of a role's report. */
    public List<String> to(String role) {
        return recipients.to(role);
    }

    public MimeMessage compose(ReportMessage report) throws MessagingException {
        requireSafeSubject(report);
        String subject = report.subject();
        String text = report.text();
        String html = report.html();
        List<ChartImage> charts = report.charts();
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
        if (report.fullText() == null) {
            message.setContent(alternative);
        } else {
            // the brief is the body; the whole report rides along as attachments a phone opens: its HTML, laid out for a
            // phone like the brief, and its plain text
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            if (report.fullHtml() != null) {
                mixed.addBodyPart(attachment(report.fullHtml(), "html", report.fullHtmlFile()));
            }
            mixed.addBodyPart(attachment(report.fullText(), "plain", report.fullReportFile()));
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart attachment(String content, String subtype, String fileName) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, StandardCharsets.UTF_8.name(), subtype);
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        part.setFileName(fileName);
        return part;
    }

    /** The raw size SES counts against its message limit. */
    public long size(MimeMessage message) throws java.io.IOException, MessagingException {
        java.io.OutputStream counter = new java.io.OutputStream() {
            long n;

            @Override
            public void write(int b) {
                n++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                n += len;
            }

            @Override
            public String toString() {
                return Long.toString(n);
            }
        };
        message.writeTo(counter);
        return Long.parseLong(counter.toString());
    }

    public void requireWithin(MimeMessage message, long limit) throws java.io.IOException, MessagingException {
        long size = size(message);
        if (size > limit) {
            throw new IllegalStateException("the " + message.getHeader("X-Exec-Reports-Role", null) + " report is " + size
                    + " bytes even with its charts linked, over the " + limit + "-byte limit (delivery.max-message-bytes)");
        }
    }

    /**
     * The message for a report too large to send with its charts inline: each chart becomes a link to its archived
     * copy (a pre-signed URL), in the HTML where the image was and in the text part after the report.
     *
     * @param links chart file name → URL
     */
    public ReportMessage withChartLinks(ReportMessage report, java.util.Map<String, String> links) {
        String html = report.html();
        StringBuilder text = new StringBuilder(report.text()).append("\n\nCharts (too large to attach; links to the archived images):\n");
        for (ChartImage chart : report.charts()) {
            String url = links.get(chart.fileName());
            if (url == null) {
                throw new IllegalStateException("no archive link for chart " + chart.fileName() + " of the " + report.role() + " report");
            }
            html = html.replace("cid:" + chart.cid(), url.replace("&", "&amp;"));
            text.append("- ").append(chart.title()).append(": ").append(url).append('\n');
        }
        return new ReportMessage(report.role(), report.period(), report.subject(), text.toString(), html, List.of(), report.degraded(),
                report.fullText(), report.fullHtml());
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
