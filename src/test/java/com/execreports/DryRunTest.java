package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.DryRun;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * --once --dry-run: the whole run rendered into a folder laid out as the archive, each report's email beside it as SES
 * would get it — and the delivery ledger, SES, ops and the archive bucket untouched, so the real run of the same period
 * afterwards delivers all five.
 */
class DryRunTest extends DemoPipelineTestSupport {

    private static final String AS_OF = "2027-07-05T07:00:00-07:00";
    private static final String PERIOD = "2027-W27";
    private static final Path FOLDER = folder();

    @Override
    protected void overrideProperties(Properties p) {
        p.put("dry-run.dir", FOLDER.toString());
    }

    @Test
    void should_render_every_report_into_the_folder_and_claim_send_and_archive_nothing() throws Exception {
        aws.clearSes();
        String ledger = context.getPropertiesComponent().resolveProperty("delivery.ledger-table").orElseThrow();

        Object result = template.requestBodyAndHeaders("direct:run", null, Map.of("ExecReportsAsOf", AS_OF, DryRun.HEADER, "true"));

        assertThat(result).isInstanceOf(DryRun.Outcome.class);
        DryRun.Outcome dry = (DryRun.Outcome) result;
        assertThat(dry.exitCode()).as(dry.verdict()).isZero();
        assertThat(dry.verdict()).isEqualTo("dry run: all 5 reports rendered into " + FOLDER + "; nothing claimed, sent or archived");
        assertThat(dry.previews()).extracting(DryRun.Preview::role).containsExactly("ceo", "cto", "cfo", "cmo", "accounting");
        assertThat(dry.previews().get(2).to()).containsExactly("cfo@example.com");
        assertThat(dry.previews().get(2).subject()).startsWith("CFO · cash $91.9k").endsWith(" · Demo portfolio 2027-W27");

        Path week = FOLDER.resolve("reports/exec/" + PERIOD);
        assertThat(week.resolve("snapshot.json")).isNotEmptyFile();
        assertThat(week.resolve("actions.json")).isNotEmptyFile();
        for (String role : new String[] {"ceo", "cto", "cfo", "cmo", "accounting"}) {
            assertThat(week.resolve(role + ".html")).content().contains("<html");
            assertThat(week.resolve(role + ".txt")).isNotEmptyFile();
            String eml = Files.readString(week.resolve(role + ".eml"));
            assertThat(eml).contains("To: " + role + "@example.com").contains("From: reports@example.com").contains("multipart/");
        }
        assertThat(Files.readString(week.resolve("cfo.eml"))).contains("Subject: =?UTF-8?").contains("X-Exec-Reports-Role: cfo");
        assertThat(week.resolve("cfo-revenue.png")).isNotEmptyFile();
        assertThat(dry.previews().get(2).files()).contains(week.resolve("cfo.eml"), week.resolve("cfo-revenue.png"));

        // nothing left the machine: no email, no alert, no archive object, and the ledger was never even opened
        assertThat(aws.sesEmails()).isEmpty();
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + PERIOD + "/")).isEmpty();
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            assertThat(ddb.listTables().tableNames()).doesNotContain(ledger);
        }

        // so the real run of the period still delivers all five
        RunOutcome real = runAt(AS_OF);
        assertThat(real.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        assertThat(reportsSent()).hasSize(5);
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("exec-reports-dry-run");
            dir.toFile().deleteOnExit();
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
