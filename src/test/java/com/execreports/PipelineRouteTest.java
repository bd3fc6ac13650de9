package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole pipeline against the local AWS emulators and the demo portfolio: what SES received and what the
 * archive holds, read back from the emulators themselves.
 */
class PipelineRouteTest extends DemoPipelineTestSupport {

    static final String PERIOD = "2026-W48";
    static final List<String> ORDER = List.of("CEO", "CTO", "CFO", "CMO", "Accounting");

    @Test
    void should_deliver_five_multipart_reports_in_order_with_the_audit_bcc_and_archive_them() throws Exception {
        aws.clearSes();

        RunOutcome outcome = template.requestBody("direct:run", null, RunOutcome.class);

        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(outcome.deliveries()).extracting(Delivery::role).containsExactly("ceo", "cto", "cfo", "cmo", "accounting");

        List<JsonNode> emails = aws.sesEmails();
        assertThat(emails).hasSize(5);
        List<String> subjects = emails.stream().map(e -> e.path("subject").asText()).toList();
        for (int i = 0; i < 5; i++) {
            // the role, its headline, the findings, the portfolio and the week (RolePackTest reads each headline)
            assertThat(subjects.get(i)).startsWith(ORDER.get(i) + " · ").endsWith(" findings · Demo portfolio " + PERIOD);
        }

        List<JsonNode> requests = aws.sesRequests();
        assertThat(requests).hasSize(5);
        String[] to = {"ceo@example.com", "cto@example.com", "cfo@example.com", "cmo@example.com", "accounting@example.com"};
        for (int i = 0; i < 5; i++) {
            JsonNode request = requests.get(i);
            List<String> destinations = new ArrayList<>();
            request.path("destinations").forEach(d -> destinations.add(d.asText()));
            assertThat(destinations).containsExactly(to[i], "audit@example.com");

            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(aws.rawMessage(request.path("messageId").asText())));
            assertThat(message.getHeader("To", ",")).isEqualTo(to[i]);
            assertThat(message.getHeader("Cc")).isNull();
            assertThat(message.getHeader("Bcc")).isNull();
            // every demo report is over the reading budget: the brief, then the whole report attached as HTML and as text
            assertThat(message.getContentType()).startsWith("multipart/mixed");
            Multipart mixed = (Multipart) message.getContent();
            assertThat(mixed.getCount()).isEqualTo(3);
            Part fullHtml = mixed.getBodyPart(1);
            assertThat(fullHtml.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(fullHtml.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
            Part attachment = mixed.getBodyPart(2);
            assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
            Multipart parts = (Multipart) mixed.getBodyPart(0).getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            Part text = parts.getBodyPart(0);
            Part html = parts.getBodyPart(1);
            if (html.isMimeType("multipart/related")) {
                // charts travel as inline images the HTML refers to by Content-ID
                Multipart related = (Multipart) html.getContent();
                html = related.getBodyPart(0);
                assertThat(related.getCount()).isGreaterThan(1);
                for (int p = 1; p < related.getCount(); p++) {
                    Part image = related.getBodyPart(p);
                    assertThat(image.getContentType()).startsWith("image/png");
                    String cid = ((jakarta.mail.internet.MimeBodyPart) image).getContentID().replaceAll("[<>]", "");
                    assertThat((String) html.getContent()).contains("src=\"cid:" + cid + "\"");
                }
            }
            assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
            assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");

            String role = outcome.deliveries().get(i).role();
            // the archived report is exactly what was sent
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + ".txt"))
                    .isEqualTo(normalise((String) text.getContent()));
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + ".html"))
                    .isEqualTo(normalise((String) html.getContent()));
            assertThat(attachment.getFileName()).isEqualTo(role + "-full.txt");
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + "-full.txt"))
                    .isEqualTo(normalise((String) attachment.getContent()));
            assertThat(fullHtml.getFileName()).isEqualTo(role + "-full.html");
            // the full report's HTML describes the charts the brief shows: an attachment cannot reach the email's images
            assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + "-full.html"))
                    .isEqualTo(normalise((String) fullHtml.getContent())).contains("Full report").doesNotContain("cid:");

            // the delivery record matches the email to the archive: message id, recipients, and a hash an auditor
            // recomputes from the archived files alone (html, txt, the full report's txt and html, then the charts in the order listed)
            JsonNode record = new ObjectMapper().readTree(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + ".delivery.json"));
            assertThat(record.path("state").asText()).isEqualTo("DELIVERED");
            assertThat(record.path("messageId").asText()).isEqualTo(request.path("messageId").asText());
            assertThat(record.path("to").get(0).asText()).isEqualTo(to[i]);
            assertThat(record.path("bcc").get(0).asText()).isEqualTo("audit@example.com");
            assertThat(record.path("attempts").asInt()).isEqualTo(1);
            assertThat(record.path("ledgerId").asText()).startsWith(PERIOD + "#" + role + "#");
            assertThat(record.path("completeness").size()).isGreaterThan(20);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + ".html"));
            sha.update(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + role + ".txt"));
            sha.update(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + record.path("fullReport").asText()));
            assertThat(record.path("fullReportHtml").asText()).isEqualTo(role + "-full.html");
            sha.update(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + record.path("fullReportHtml").asText()));
            for (JsonNode chart : record.path("charts")) {
                sha.update(aws.bytes(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/" + chart.path("fileName").asText()));
            }
            assertThat(record.path("contentHash").asText()).isEqualTo("sha256:" + HexFormat.of().formatHex(sha.digest()));
        }
        assertThat(new ObjectMapper().readTree(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/metrics.json"))
                .path("counters").path("reports_delivered").asLong()).isGreaterThanOrEqualTo(5);

        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/")).containsExactly(
                "reports/exec/2026-W48/accounting-full.html", "reports/exec/2026-W48/accounting-full.txt",
                "reports/exec/2026-W48/accounting.delivery.json", "reports/exec/2026-W48/accounting.html", "reports/exec/2026-W48/accounting.txt",
                "reports/exec/2026-W48/actions.json", "reports/exec/2026-W48/ceo-full.html", "reports/exec/2026-W48/ceo-full.txt",
                "reports/exec/2026-W48/ceo-occupancy.png", "reports/exec/2026-W48/ceo-revenue.png", "reports/exec/2026-W48/ceo.delivery.json",
                "reports/exec/2026-W48/ceo.html", "reports/exec/2026-W48/ceo.txt", "reports/exec/2026-W48/cfo-full.html", "reports/exec/2026-W48/cfo-full.txt",
                "reports/exec/2026-W48/cfo-revenue.png", "reports/exec/2026-W48/cfo-spend.png", "reports/exec/2026-W48/cfo.delivery.json",
                "reports/exec/2026-W48/cfo.html", "reports/exec/2026-W48/cfo.txt", "reports/exec/2026-W48/cmo-channels.png",
                "reports/exec/2026-W48/cmo-full.html", "reports/exec/2026-W48/cmo-full.txt", "reports/exec/2026-W48/cmo.delivery.json", "reports/exec/2026-W48/cmo.html",
                "reports/exec/2026-W48/cmo.txt", "reports/exec/2026-W48/cto-full.html", "reports/exec/2026-W48/cto-full.txt", "reports/exec/2026-W48/cto-spend.png",
                "reports/exec/2026-W48/cto.delivery.json", "reports/exec/2026-W48/cto.html", "reports/exec/2026-W48/cto.txt",
                "reports/exec/2026-W48/metrics.json", "reports/exec/2026-W48/snapshot.json");
    }

    @Test
    void should_find_the_demo_portfolio_problems_in_the_reports_it_sends() throws Exception {
        aws.clearSes();
        template.requestBody("direct:run", null, RunOutcome.class);
        // what an owner receives: the brief, and the full report attached to it, which carries the evidence
        String ceo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/ceo-full.txt");
        String cto = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cto-full.txt");
        String cfo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cfo-full.txt");
        String cmo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cmo-full.txt");
        String ctoBrief = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cto.txt").replaceAll("\\s+", " ");
        String cfoBrief = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cfo.txt").replaceAll("\\s+", " ");
        String ceoBrief = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/ceo.txt").replaceAll("\\s+", " ");
        // the briefs name each problem in a line, with its figure
        assertThat(ceoBrief).contains("F-DC-EMPTY-FUNNEL HIGH DangerousCentaur (studio) — Empty sales funnel: 0 open leads")
                .containsPattern("(\\[HIGH\\] F-QDN-RENEWAL-FAILURES|F-QDN-RENEWAL-FAILURES HIGH) QuickDumpNow \\(junk removal\\) — 2,559 of 4,041 subscription renewals failed \\(63%");
        assertThat(ctoBrief).containsPattern("(F-[A-Za-z0-9-]+, ){5}F-[A-Za-z0-9-]+ HIGH Hardcoded credentials that anyone with read access to the code can use — "
                        + "6 more secrets; 7 secrets in 8 places in all")
                // ids that differ only in their business share one token: F-DC-NO-ANALYTICS, F-JADA-NO-ANALYTICS, ...
                .contains("F-DC/JADA/QOSD/3028-NO-ANALYTICS MEDIUM Site has no analytics tag: visits and conversions are unmeasured — "
                        + "16 pages across 4 businesses")
                .containsPattern("F-[A-Z0-9]+/[A-Z0-9]+/[A-Z0-9]+-STALE-COPY LOW Marketing copy not updated for over 365 days — 7 pages "
                        + "across 3 businesses")
                .containsPattern("Rotate every exposed credential and move secrets to a secrets manager \\(impact: critical, effort: a day; "
                        + "resolves: (F-[A-Za-z0-9-]+, ){7}F-[A-Za-z0-9-]+\\) Owner: Jordan Alvarez · due 30 Nov");
        // worst first, detailed or (when the brief keeps its essential tables instead) on a short line
        assertThat(cfoBrief).containsPattern("(\\[HIGH\\] F-JADA-NO-INVOICE|F-JADA-NO-INVOICE HIGH) JADA \\(yacht charters\\) — 198 earned "
                        + "bookings worth \\$519,885 are not invoiced")
                .contains("Earned, not collected: $1,060,582 ");

        // earned bookings not invoiced (JADA), from the table, with ids as evidence
        assertThat(cfo).contains("JADA (yacht charters)").containsPattern("\\d+ earned bookings worth \\$[\\d,]+ are not\\s+invoiced");
        // empty funnel: DangerousCentaur
        assertThat(ceo.replaceAll("\\s+", " ")).contains("DangerousCentaur (studio) — Empty sales funnel: 0 open leads");
        // QuickDumpNow renewals failing
        assertThat(ceo).containsPattern("subscription renewals\\s+failed \\(6\\d%");
        // sites with no analytics and no availability calendar, stale copy: minor findings, one line per kind
        String ctoFlat = cto.replaceAll("\\s+", " ");
        // the full report beside the brief gives each of them its evidence
        assertThat(ctoFlat).contains("DangerousCentaur (studio) — Site has no analytics tag on any of its 4 pages: visits and conversions"
                + " are unmeasured where: s3://dangerouscentaur-site (4 HTML pages)");
        assertThat(cmo.replaceAll("\\s+", " ")).contains("no availability calendar");
        assertThat(ctoFlat).contains("JADA (yacht charters) — 2 marketing pages not updated for over 365 days (oldest: charters.html,"
                + " 2024-03-12) where: s3://jada-site/charters.html, index.html");
        // every other problem the owners suspect, each in the report that must act on it
        String ceoFlat = ceo.replaceAll("\\s+", " ");
        String cmoFlat = cmo.replaceAll("\\s+", " ");
        assertThat(ctoFlat).contains("Hardcoded Stripe live secret key (full access to the Stripe account) sk_l… in index.js line")
                .contains("Plaintext env file stored in a bucket: repos.env")
                .contains("Lambda function jada-booking-api, on the payment path, has a public function URL with no authentication"
                        + " (AuthType NONE) and CORS open to every website (AllowOrigins *)")
                .contains("Expert Yacht Delivery — Site served over plain HTTP, without TLS: browsers mark it \"Not secure\"")
                .contains("CloudFront distribution E2JQ8ZK4RT1V6M (jadacharters.com, www.jadacharters.com) has no WAF web ACL")
                .contains("in the environment of Lambda quickdumpnow-renewals")
                .contains("Lambda quickdumpnow-renewals environment line 4 (STRIPE_SECRET_KEY)");
        assertThat(ceoFlat).contains("Equity of partner Marco Reyes is not documented")
                .contains("Dana Whitfield is moving from Operations lead to Advisor with no effective date")
                .contains("No handoff procedure exists for any business");
        assertThat(cmoFlat).contains("Queen of San Diego (sailing and events) — No OTA listing");
        for (String report : List.of(ceo, cto, cfo, cmo)) {
            assertThat(report).doesNotContain("sk_live_");
        }
        // the two hand-typed amounts are counted, not fatal
        assertThat(cfo).containsPattern("2\\s+items\\s+in\\s+jada-bookings\\s+could\\s+not\\s+be\\s+read");
        // revenue collected: the invoice ledger's paid dates, late payers, never-paid invoices and the undated 2025 ones
        String cfoFlat = cfo.replaceAll("\\s+", " ");
        assertThat(cfoFlat).contains("Earned, not collected: $1,060,582 (no previous period) — 50% of the $2,103,583 earned in "
                        + "2026-08 to 2026-10; 4 businesses above 50%")
                .contains("367 paid invoices worth $1,140,082 have no paid date and count in the month issued")
                .contains("JADA (yacht charters) | 2026-06 | $292,790 | $225,530 | $245,830")
                .contains("| 2026-10 | $112,970 | $270,620 | $118,595 |")
                .contains("| 2026-10 | $86,065 | $154,350 | $137,200 |")
                .contains("DangerousCentaur (studio) | $380,015 | $329,385 | $50,630 (63%) | 30, $45,185")
                .contains("Expert Yacht Delivery | $1,726,595 | $1,318,660 | $407,935 (92%) | 57, $350,635")
                .contains("JADA (yacht charters) | $2,681,635 | $2,187,690 | $493,945 (57%) | 32, $86,810")
                .contains("Queen of San Diego (sailing and events) | $1,882,765 | $1,784,065 | $98,700 (14%) | 25, $84,550")
                .contains("3028 51st St Rental | $79,823 | $70,451 | $9,372 (60%) | 7, $10,019")
                .contains("All businesses | $6,750,833 | $5,690,251 | $1,060,582 (50%) | 151, $577,199")
                .containsPattern("\\[HIGH\\] F-EYD-UNCOLLECTED Expert Yacht Delivery — \\$407,935 earned but not collected: 92% of the \\$442,370 earned in "
                        + "2026-08 to 2026-10 \\(alarm above 50%\\)")
                .containsPattern("\\[HIGH\\] F-DC-UNCOLLECTED DangerousCentaur \\(studio\\) — \\$50,630 earned but not collected: 63% of the \\$80,115 earned in")
                .containsPattern("\\[HIGH\\] F-3028-UNCOLLECTED 3028 51st St Rental — \\$9,372 earned but not collected: 60% of the \\$15,618 earned in")
                .contains("impact: 57 open invoices worth $350,635 to chase; $133,780 earned is not invoiced, so nothing to collect on")
                // JADA is over the alarm once cash paid on its cancelled bookings no longer counts as collected; Queen of San
                // Diego, at 14%, is under it
                .containsPattern("\\[HIGH\\] F-JADA-UNCOLLECTED JADA \\(yacht charters\\) — \\$493,945 earned but not collected: 57% of")
                .doesNotContainPattern("Queen of San Diego \\(sailing and events\\) — \\$[\\d,]+ earned but not collected");
        String accounting = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/accounting-full.txt").replaceAll("\\s+", " ");
        // not invoiced is the glossary's figure (earned bookings with no invoice id), never earned − invoiced
        assertThat(accounting).contains("Expert Yacht Delivery | $1,726,595 | $1,748,525 | $133,780 | $1,397,890")
                .contains("All businesses | $6,750,833 | $6,580,400 | $807,849 | $6,003,201")
                // the three planted invoices for bookings that never existed stand apart from those on cancelled bookings
                .contains("3 invoices name no booking the tables hold: investigate")
                .contains("113 invoices bill a cancelled or refunded booking: issue the credit note or refund")
                .doesNotContain("every invoice names a booking")
                .containsPattern("\\[HIGH\\] F-EYD-UNCOLLECTED Expert Yacht Delivery — \\$407,935 earned but not collected");
    }

    @Test
    void should_name_the_unreadable_expense_where_a_bookkeeper_fixes_it_and_mark_the_figures_it_leaves_incomplete() throws Exception {
        template.requestBody("direct:run", null, RunOutcome.class);
        String cfoBrief = flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cfo.txt"));
        String cfoFull = flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cfo-full.txt"));
        String accountingBrief = flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/accounting.txt"));
        String ceoFull = flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/ceo-full.txt"));
        String row = "portfolio-ledgers/expenses/expenses-2026.csv:109 amount '12,40O.00' is not a number — rental-3028-51st, "
                + "Cool Breeze HVAC, 2026-05-14";

        // the CFO's cash-flow table shows 2026-07 to date, so May's row is not in it; the CFO's expense total, in the full
        // report, is marked and names the row under it
        assertThat(cfoBrief).doesNotContain("2026-05 |");
        assertThat(cfoFull).contains("$284,309*").contains("Figures marked * are incomplete: 2 unreadable expenses of 2025-12 and "
                + "2026-05 are left out (");
        // the HTML part marks a figure the same way: the accountant's brief keeps its marked tax lines
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/accounting.html")).contains("expenses-2026.csv:109")
                .contains("$284,309*");
        // the finding names both unreadable rows and what they leave incomplete
        String line68 = "portfolio-ledgers/expenses/expenses-2025.csv:68 too few columns (5 of 8) — jada, West Marine, 2025-12-19";
        assertThat(cfoFull).containsPattern("\\[MEDIUM\\] F-DATA-QUALITY-PORTFOLIO-LEDGER Portfolio-wide — 2 items in portfolio-ledgers could not be read and "
                        + "are left out where: ")
                .contains("are left out where: " + line68 + "; " + row + " impact: the expenses of JADA (yacht charters) in 2025-12 "
                        + "and of 3028 51st St Rental in 2026-05 are incomplete");
        // the accountant's brief names both rows under its marked tax lines; the attached full report does too, and its
        // system gaps name them
        assertThat(accountingBrief).contains(line68).contains("$284,309*");
        assertThat(flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/accounting-full.txt")))
                .contains("all expenses 2025-10 to 2026-11: $284,309*")
                .contains("Figures marked * are incomplete: 2 unreadable expenses of 2025-12 and 2026-05 are left out (" + line68 + "; "
                        + row + ").")
                .contains("Unreadable ledger rows Business: Portfolio-wide Evidence: 2 rows in portfolio-ledgers left out of every total: "
                        + line68 + "; " + row);
        // the rental's May yield is no confident 89%: it is marked, and so is the six months' total it is part of
        assertThat(ceoFull).contains("2026-05 | 25 | 31 | 81% | $6,096 | $655* | 89%*")
                .contains("6 full months | 126 | 184 | 68% | $31,979 | $3,511* | 89%*")
                .contains("Figures marked * are incomplete: 1 unreadable expense of 2026-05 is left out (" + row + ").");
        // an unreadable expense is the CFO's and the accountant's to chase, not the CTO's
        assertThat(flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/cto-full.txt")))
                .doesNotContain("items in portfolio-ledgers could not be read");
    }

    @Test
    void should_show_no_more_than_four_characters_of_a_secret_typed_into_a_spreadsheet_cell() throws Exception {
        // a Stripe live key pasted into an amount cell; assembled here so that no source file holds one
        String secret = "sk_" + "live_" + "FAKEcanary" + "Q7wT2mZpLx9vNb";
        String key = "expenses/expenses-canary.csv";
        String period = "2027-W05";
        try (S3Client s3 = aws.clients().s3()) {
            try {
                s3.putObject(b -> b.bucket("portfolio-ledgers").key(key), RequestBody.fromString(
                        "date,business,vendor,account,description,amount,currency,payment_method\n"
                                + "2027-01-12,jada,Stripe,6400 Software & SaaS,Payout fee," + secret + ",USD,Card\n", StandardCharsets.UTF_8));
                aws.clearSes();
                // the service logs through slf4j-simple to System.err: keep a copy of what this run prints
                java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
                java.io.PrintStream console = System.err;
                RunOutcome outcome;
                System.setErr(new java.io.PrintStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        console.write(b);
                        printed.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        console.write(b, off, len);
                        printed.write(b, off, len);
                    }
                }, true, StandardCharsets.UTF_8));
                try {
                    outcome = runAt("2027-02-01T07:00:00-08:00");
                } finally {
                    System.setErr(console);
                }

                // masked before it reaches a report, the value cannot trip the leak guard: every report goes out
                assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);
                assertThat(flat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/cfo-full.txt")))
                        .containsPattern("portfolio-ledgers/expenses/expenses-canary\\.csv:2 amount '\\[redacted stripe-secret-key sk_l… "
                                + "[0-9a-f]{16}]' is not a number — jada, Stripe, 2027-01-12");
                assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/snapshot.json"))
                        .contains("amount '[redacted stripe-secret-key sk_l… ");
                String log = printed.toString(StandardCharsets.UTF_8);
                assertThat(log).contains("portfolio-ledgers/expenses/expenses-canary.csv:2 amount '[redacted stripe-secret-key sk_l… ");
                List<String> places = new ArrayList<>(List.of(log));
                for (String archived : aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + period + "/")) {
                    places.add(new String(aws.bytes(LocalAws.ARCHIVE_BUCKET, archived), StandardCharsets.ISO_8859_1));
                }
                for (JsonNode email : aws.sesEmails()) {
                    places.add(new String(aws.rawMessage(email.path("messageId").asText()), StandardCharsets.ISO_8859_1));
                }
                assertThat(places).hasSizeGreaterThan(10);
                for (String place : places) {
                    // more than its first 4 characters, anywhere: the log, the reports, their attachments, snapshot.json, the emails
                    assertThat(place.contains(secret.substring(0, 5))).as("5 characters of the planted key appear").isFalse();
                    assertThat(place.contains(secret.substring(8, 24))).as("a fragment of the planted key appears").isFalse();
                }
            } finally {
                s3.deleteObject(b -> b.bucket("portfolio-ledgers").key(key));
            }
        }
    }

    private static String flat(String report) {
        return report.replaceAll("\\s+", " ");
    }

    private static String normalise(String part) {
        // MIME canonical form ends text lines with CRLF; the archive keeps the rendered LF
        return part.replace("\r\n", "\n");
    }
}
