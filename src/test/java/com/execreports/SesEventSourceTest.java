package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import com.execreports.analysis.CmoReport;
import com.execreports.analysis.CtoReport;
import com.execreports.analysis.PortfolioFindings;
import com.execreports.analysis.Report;
import com.execreports.analysis.ReportSettings;
import com.execreports.demo.DemoSesEvents;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SesEventFacts;
import com.execreports.model.SesEventFacts.Stream;
import com.execreports.model.SourceStatus;

import org.apache.camel.Exchange;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The s3-ses-events source reads the SES event records Firehose delivered to S3 (gzip JSON lines) through its route
 * from the local S3: the demo week's campaigns with exact figures, in the CMO's and CTO's tables; a broken line named by
 * object key and line, the rest of its object still counted.
 */
class SesEventSourceTest extends DemoPipelineTestSupport {

    private static final Run RUN = Run.at(OffsetDateTime.parse("2026-11-23T07:00:00-08:00"), ZoneId.of("America/Los_Angeles"));

    @Test
    void should_count_the_demo_weeks_campaigns_and_show_them_to_the_cmo_and_cto() throws Exception {
        Facts events = read("portfolio", "ses-events");

        assertThat(events.status()).isEqualTo(SourceStatus.OK);
        SesEventFacts facts = (SesEventFacts) events.data();
        assertThat(facts.objects()).as("every object under the prefix, the week before included").isEqualTo(DemoSesEvents.objects().size());
        assertThat(facts.streams()).as("the campaign before the week is not counted").containsExactly(
                new Stream("jada-mail", "jadacharters.com", "winter-charters", 400, 394, 4, 2, 0, 151, 38),
                new Stream("queenofsandiego-marketing", "queenofsandiego.com", "holiday-cruises", 300, 279, 19, 2, 0, 96, 22),
                new Stream("queenofsandiego-marketing", "queenofsandiego.com", "nye-gala", 200, 186, 12, 2, 0, 71, 19));

        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(events, read("portfolio", "ses"), read("jada", "profile"),
                read("queenofsandiego", "profile")));
        ReportSettings settings = new ReportSettings("Demo portfolio", 365, 20, 10);
        var findings = new PortfolioFindings(settings).find(snapshot);

        Report.Section campaigns = section(new CmoReport(settings).write(snapshot, findings), "Email campaigns");
        assertThat(campaigns.columns()).containsExactly("Business", "Campaign", "Sent", "Delivered", "Opened", "Clicked");
        assertThat(campaigns.rows()).containsExactly(
                List.of("JADA (yacht charters)", "winter-charters", "400", "394", "151 (38%)", "38 (10%)"),
                List.of("Queen of San Diego (sailing and events)", "holiday-cruises", "300", "279", "96 (34%)", "22 (8%)"),
                List.of("Queen of San Diego (sailing and events)", "nye-gala", "200", "186", "71 (38%)", "19 (10%)"));

        Report.Section sending = section(new CtoReport(settings).write(snapshot, findings), "Email sending");
        assertThat(sending.rows()).containsExactly(
                List.of("JADA (yacht charters)", "jada-mail", "400", "4 (1.0%)", "2", "0 (0.00%)"),
                List.of("Queen of San Diego (sailing and events)", "queenofsandiego-marketing", "500", "31 (6.2%)", "4", "0 (0.00%)"));
        assertThat(sending.note()).endsWith("Suppression list: 51 addresses, +37 in the period.");
    }

    @Test
    void should_name_a_broken_line_by_object_and_line_and_count_the_rest_of_the_object() throws Exception {
        S3Client s3 = aws.clients().s3();
        String bucket = "ses-events-broken-lines";
        s3.createBucket(b -> b.bucket(bucket));
        String mail = "{\"timestamp\":\"2026-11-20T10:00:00Z\",\"source\":\"JADA <hello@jadacharters.com>\",\"messageId\":\"m-1\","
                + "\"tags\":{\"ses:configuration-set\":[\"jada-mail\"],\"campaign\":[\"winter-charters\"]}}";
        String key = "ses-events/2026/11/20/10/stream-1-2026-11-20-10-05-00-abc.gz";
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(gzip(String.join("\n",
                "{\"eventType\":\"Send\",\"mail\":" + mail + ",\"send\":{}}",
                "{\"eventType\":\"Delivery\",\"mail\":" + mail + ",\"delivery\":{\"timestamp\":\"2026-11-20T10:00:02",
                "{\"eventType\":\"Open\",\"mail\":" + mail + ",\"open\":{\"timestamp\":\"2026-11-20T11:00:00Z\"}}"))));
        TemplatedRouteBuilder.builder(context, "s3-ses-events").routeId("ses-events-broken").parameter("domain", "portfolio")
                .parameter("source", "ses-events-broken").parameter("bucket", bucket).add();

        Facts events = read("portfolio", "ses-events-broken");

        assertThat(events.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(events.issues()).extracting(DataIssue::where, DataIssue::reason)
                .containsExactly(tuple(bucket + "/" + key + ":2", "not JSON (column 250)"));
        assertThat(((SesEventFacts) events.data()).streams())
                .containsExactly(new Stream("jada-mail", "jadacharters.com", "winter-charters", 1, 0, 0, 0, 0, 1, 0));
    }

    private static Report.Section section(Report report, String title) {
        Report whole = Optional.ofNullable(report.full()).orElse(report);
        return whole.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title + " in " + whole.sections().stream().map(Report.Section::title).toList()));
    }

    private Facts read(String domain, String source) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty("run", RUN);
        exchange.setProperty(Exchange.CHARSET_NAME, "UTF-8");
        return template.send("bean:sourcePolls?method=poll(*,'" + domain + "','" + source + "')", exchange).getMessage().getBody(Facts.class);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
