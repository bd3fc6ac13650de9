package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The reports a user receives from the demo portfolio, compared with committed golden files (a change to a
 * report shows as a diff; rerun with -Dgolden.update=true to accept it), and a second run a week later that
 * shows what moved.
 */
class ReportTrendAndGoldenTest extends DemoPipelineTestSupport {

    static final Path GOLDEN = LocalAws.projectDir().resolve("src/test/resources/golden/2026-W48");
    static final List<String> ROLES = List.of("ceo", "cto", "cfo", "cmo", "accounting");

    @Test
    void should_render_the_demo_reports_exactly_as_the_golden_files() throws Exception {
        RunOutcome outcome = runAt("2026-11-23T07:00:00-08:00");
        assertThat(outcome.exitCode()).isEqualTo(RunOutcome.SUCCESS);

        boolean update = Boolean.getBoolean("golden.update");
        for (String role : ROLES) {
            for (String ext : List.of("txt", "html")) {
                String actual = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W48/" + role + "." + ext);
                Path golden = GOLDEN.resolve(role + "." + ext);
                // the rendered report beside the build, to diff against the golden file when they differ
                Path rendered = LocalAws.projectDir().resolve("target/golden-actual/" + role + "." + ext);
                Files.createDirectories(rendered.getParent());
                Files.writeString(rendered, actual, StandardCharsets.UTF_8);
                if (update) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                }
                assertThat(actual).as("%s differs from %s (rerun with -Dgolden.update=true to accept)", role + "." + ext, golden)
                        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void should_show_changes_and_new_still_open_and_resolved_findings_a_week_later() throws Exception {
        String jadaIndex = aws.object("jada-site", "index.html");
        try (S3Client s3 = aws.clients().s3(); DynamoDbClient ddb = aws.clients().dynamoDb()) {
            try {
                runAt("2026-12-14T07:00:00-08:00");

                // during the week: JADA adds an analytics tag, DangerousCentaur records a quote, QuickDumpNow gets a broken item
                s3.putObject(b -> b.bucket("jada-site").key("index.html"), RequestBody.fromString(
                        jadaIndex.replace("</head>", "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-DEMO\"></script>"
                                + "<script>gtag('config', 'G-DEMO');</script></head>"), StandardCharsets.UTF_8));
                ddb.putItem(b -> b.tableName("dangerouscentaur-bookings").item(Map.of("projectId", AttributeValue.fromS("DC-TREND-1"),
                        "fee", AttributeValue.fromN("1800"), "status", AttributeValue.fromS("quote"), "channel", AttributeValue.fromS("website"),
                        "bookedAt", AttributeValue.fromS("2026-12-15"), "startDate", AttributeValue.fromS("2027-01-20"))));
                ddb.putItem(b -> b.tableName("quickdumpnow-subscriptions").item(Map.of("subscriptionId", AttributeValue.fromS("QDN-TREND-1"),
                        "status", AttributeValue.fromS("active"), "monthlyPrice", AttributeValue.fromS("forty-nine"))));

                RunOutcome second = runAt("2026-12-21T07:00:00-08:00");
                assertThat(second.exitCode()).isEqualTo(RunOutcome.SUCCESS);

                String ceo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/ceo.txt");
                String cto = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cto.txt");
                String cmo = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2026-W52/cmo.txt");
                assertThat(ceo).contains("Since 2026-W51: 0 new findings, 2 resolved.");
                assertThat(ceo).containsPattern("Open pipeline:\\s+\\d+ leads, \\$[\\d,]+ \\([+-]\\d+% vs 2026-W51\\)");
                assertThat(ceo).contains("Monthly recurring revenue:    $24,345 (no change vs 2026-W51)");
                assertThat(ceo).contains("Resolved since the last report (2):")
                        .contains("DangerousCentaur (studio) — Empty sales funnel").contains("[empty-funnel.dangerouscentaur]")
                        .contains("[no-analytics.jada]");
                assertThat(ceo).contains("[HIGH] (still open) JADA (yacht charters) —");
                // listed in full, or among the minor ones on the line of its kind (text is wrapped at 78 columns)
                assertThat(cto.replaceAll("\\s+", " ")).containsPattern("\\(new\\) QuickDumpNow \\(junk removal\\) — 1 item in "
                        + "quickdumpnow-subscriptions could not be read|QuickDumpNow \\(junk removal\\): 1 in quickdumpnow-subscriptions \\(new\\)");
                assertThat(cmo).containsPattern("Open leads and quotes:\\s+\\d+ \\([+-]\\d+% vs 2026-W51\\)");
            } finally {
                s3.putObject(b -> b.bucket("jada-site").key("index.html"), RequestBody.fromString(jadaIndex, StandardCharsets.UTF_8));
                ddb.deleteItem(b -> b.tableName("dangerouscentaur-bookings").key(Map.of("projectId", AttributeValue.fromS("DC-TREND-1"))));
                ddb.deleteItem(b -> b.tableName("quickdumpnow-subscriptions").key(Map.of("subscriptionId", AttributeValue.fromS("QDN-TREND-1"))));
            }
        }
    }
}
