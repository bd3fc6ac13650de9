package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A report over the SES size limit goes out with its charts as links to the archived PNGs. In production the limit
 * is SES's 10 MB; here it is set 1,000 bytes below the largest demo report's own size with its charts, measured first,
 * so that report (the CFO's today) must go with its charts linked and the others as they are.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OversizeReportTest extends DemoPipelineTestSupport {

    static final String AS_OF = "2027-02-15T07:00:00-08:00";
    static long largestWithCharts;
    static String largestRole;

    @Override
    protected void overrideProperties(Properties p) {
        super.overrideProperties(p);
        if (largestWithCharts > 0) {
            p.put("delivery.max-message-bytes", Long.toString(largestWithCharts - 1000));
        }
    }

    @Test
    @Order(1)
    void should_embed_the_charts_within_the_limit() throws Exception {
        aws.clearSes();

        assertThat(runAt(AS_OF).exitCode()).isZero();

        String largestMessage = "";
        for (JsonNode accepted : aws.sesAccepted()) {
            byte[] raw = aws.rawMessage(accepted.path("messageId").asText());
            if (raw.length > largestWithCharts) {
                largestWithCharts = raw.length;
                largestRole = accepted.path("role").asText();
                largestMessage = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(largestMessage).as("the %s report, the largest", largestRole).contains("Content-Type: image/png");
    }

    @Test
    @Order(2)
    void should_link_the_charts_from_the_archive_instead_of_embedding_them_over_the_limit() throws Exception {
        assertThat(largestWithCharts).as("measured by the first test").isPositive();
        String role = largestRole;
        aws.clearSes();

        RunOutcome outcome = runAt(AS_OF);

        assertThat(outcome.exitCode()).as(outcome.verdict()).isZero();
        JsonNode largest = aws.sesAccepted().stream().filter(m -> role.equals(m.path("role").asText())).findFirst().orElseThrow();
        byte[] raw = aws.rawMessage(largest.path("messageId").asText());
        assertThat((long) raw.length).isLessThan(largestWithCharts - 1000);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        // the brief and its attached full report (HTML and text); the brief's two parts hold no image
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo(role + "-full.html");
        assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo(role + "-full.txt");
        Multipart parts = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertThat(html.isMimeType("text/html")).as("no multipart/related: no images inside").isTrue();
        String body = (String) html.getContent();
        assertThat(body).doesNotContain("cid:");
        Matcher link = Pattern.compile("src=\"(http[^\"]+/(" + role + "-[a-z]+\\.png)[^\"]*)\"").matcher(body);
        assertThat(link.find()).isTrue();
        String url = link.group(1).replace("&amp;", "&");
        assertThat(url).contains("X-Amz-Signature=").contains("X-Amz-Expires=604800");
        assertThat((String) text.getContent()).contains("Charts (too large to attach; links to the archived images):");
        // the link serves the archived chart itself
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W07/" + link.group(2)));
    }
}
