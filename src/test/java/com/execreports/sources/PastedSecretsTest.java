package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.execreports.model.ChannelFacts;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SecurityFacts;
import com.execreports.security.SecretRules;
import com.execreports.security.SecretScanner;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Redaction where a value is read: a CSV cell, an attribute, the facts as a whole; each finding names where. */
class PastedSecretsTest {

    // assembled so that no source file holds a whole secret-shaped string
    private static final String STRIPE = "sk_" + "live_" + "FAKEdemo7Hq2Wn5Tz7Yb3Vc8Xr1Lp";
    private static final String AWS_ID = "AKIA" + "FAKEDEMO7Q2W3E4R";

    private final PastedSecrets pasted = new PastedSecrets(new SecretScanner(SecretRules.bundled(),
            "pasted-secrets-test-key-0001".getBytes(StandardCharsets.UTF_8)).valueRedaction());

    @Test
    void should_redact_a_notes_cell_as_the_row_is_read_naming_file_line_and_column() throws Exception {
        String csv = "business,repo,ci,staging,rollback,deploy_method,notes\n"
                + "jada,github.com/jada,no,no,no,manual,ok\n"
                + "qdn,none,no,no,no,manual,\"the key is " + STRIPE + "\"\n";
        CSVRecord[] row = new CSVRecord[1];
        pasted.during("portfolio-code/inventory/engineering-register.csv", () -> {
            try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
                rows.header();
                rows.next();
                row[0] = rows.next();
            }
        });

        assertThat(row[0].get(6)).startsWith("the key is [redacted stripe-secret-key sk_l… ").doesNotContain(STRIPE.substring(5, 17));
        assertThat(row[0].get(0)).isEqualTo("qdn");
        assertThat(pasted.found()).singleElement().satisfies(s -> {
            assertThat(s.resource()).isEqualTo("portfolio-code/inventory/engineering-register.csv");
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.variable()).isEqualTo("column notes");
        });
    }

    @Test
    void should_keep_a_row_without_secrets_as_parsed() throws Exception {
        CSVRecord[] row = new CSVRecord[1];
        pasted.during("f.csv", () -> {
            try (CsvRows rows = CsvRows.open(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))) {
                rows.header();
                row[0] = rows.next();
            }
        });
        assertThat(row[0].toList()).containsExactly("1", "2");
        assertThat(pasted.found()).isEmpty();
    }

    @Test
    void should_redact_a_text_attribute_naming_table_key_and_attribute() {
        Map<String, AttributeValue> item = Map.of("bookingId", AttributeValue.fromS("JADA-00017"),
                "channel", AttributeValue.fromS(AWS_ID), "amount", AttributeValue.fromN("650"));
        String[] channel = new String[1];
        pasted.duringItem("jada-bookings", item, () -> channel[0] = new AttributeReader(item, java.time.ZoneOffset.UTC, DateWindow.asOf(java.time.LocalDate.of(2026, 11, 23))).text("channel"));

        assertThat(channel[0]).startsWith("[redacted aws-access-key-id AKIA… ");
        assertThat(pasted.found()).singleElement().satisfies(s -> {
            assertThat(s.resource()).isEqualTo("jada-bookings");
            assertThat(s.file()).isEqualTo("key bookingId=JADA-00017");
            assertThat(s.variable()).isEqualTo("attribute channel");
        });
    }

    @Test
    void should_mask_without_a_finding_outside_a_read() {
        assertThat(PastedSecrets.cell("key " + STRIPE, 2, "notes")).isEqualTo("key sk_l…");
    }

    @Test
    void should_redact_what_a_reader_missed_in_the_facts_map_keys_and_samples_included() {
        SortedMap<String, ChannelFacts.BusinessChannels> businesses = new TreeMap<>(Map.of("jada", ChannelFacts.BusinessChannels.NONE,
                STRIPE, ChannelFacts.BusinessChannels.NONE));
        ChannelFacts data = new ChannelFacts("portfolio-marketing", "email/subscribers.csv", "ota/listings.csv", "seo/", true, true,
                List.of("seo/search-console-2026-10.csv"), businesses);
        Facts facts = Facts.read("run", "portfolio", "channels", "s3-channels", "portfolio-marketing", data,
                List.of(new DataIssue("portfolio-marketing/x.csv:2", "platform " + AWS_ID + " unknown")), 1);

        Facts redacted = FactsRedaction.redact(facts, pasted).withPastedSecrets(pasted.found());

        String all = redacted.toString();
        assertThat(all).doesNotContain(STRIPE.substring(5, 17)).doesNotContain(AWS_ID.substring(4, 16));
        assertThat(redacted.pastedSecrets()).extracting(SecurityFacts.Secret::variable)
                .containsExactlyInAnyOrder("channels.businesses key", "issues[0].reason");
        assertThat(((ChannelFacts) redacted.data()).businesses()).isInstanceOf(SortedMap.class).containsKey("jada").hasSize(2);
    }

    @Test
    void should_redact_an_object_key_a_site_audit_names() {
        SiteTally site = new SiteTally("jada", "site", "jada-site", Map.of("GA4", "gtag("), List.of("calendly.com"),
                java.time.LocalDate.of(2026, 11, 23), 365, 2_000_000);
        site.inventory("drafts/" + AWS_ID + ".html", 40);
        site.page("drafts/" + AWS_ID + ".html", "<html><head></head><body>draft</body></html>");

        Facts redacted = FactsRedaction.redact(site.facts("run"), pasted).withPastedSecrets(pasted.found());

        assertThat(redacted.toString()).doesNotContain(AWS_ID.substring(4, 16));
        assertThat(redacted.pastedSecrets()).extracting(SecurityFacts.Secret::variable)
                .containsExactlyInAnyOrder("site.pagesWithoutTitle[0]", "site.pagesWithoutDescription[0]");
    }

    @Test
    void should_hand_back_facts_without_secrets_as_they_were() {
        Facts facts = Facts.read("run", "portfolio", "channels", "s3-channels", "b", null, List.of(), 0);
        assertThat(FactsRedaction.redact(facts, pasted)).isSameAs(facts);
    }
}
