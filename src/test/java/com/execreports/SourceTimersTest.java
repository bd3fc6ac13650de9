package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.execreports.config.SnapshotJson;
import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.model.Facts;
import com.execreports.model.SourceStatus;
import com.execreports.sources.ArchivedFacts;
import com.execreports.sources.LatestFacts;
import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Sources poll on their own timers and the schedule's run uses what they last read. One more business, "timed", whose
 * bookings table the tests take away and give back; its timer ticks when a test fires its Quartz job (the real tick:
 * Quartz runs the route), the run clock pinned at Monday 2028-03-06 07:00. A tick that fails keeps the last good facts
 * and the scheduled run has no gap; facts older than their kind's limit (6 h for a table) that cannot be read again are
 * a gap that says since when.
 */
class SourceTimersTest extends DemoPipelineTestSupport {

    // one length, so the reports' tables wrap the same way in every build
    static final String TABLE = "timed-bookings-%012x".formatted(System.nanoTime() & 0xffffffffffffL);
    static final String TICK = "2028-03-06T07:00:00-08:00";
    private java.nio.file.Path dryRuns;

    @Override
    protected void overrideProperties(Properties p) {
        p.put("camel.main.routes-include-pattern", p.get("camel.main.routes-include-pattern") + ",file:" + timedDomain());
        p.put("run.clock", TICK);
        try {
            dryRuns = java.nio.file.Files.createTempDirectory("timers-dry-run");
            p.put("dry-run.dir", dryRuns.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void should_keep_the_last_good_facts_when_a_tick_fails_and_report_no_gap() throws Exception {
        createTable();
        tick();
        LatestFacts latest = context.getRegistry().lookupByNameAndType("latestFacts", LatestFacts.class);
        assertThat(latest.good("timed/bookings")).get().extracting(LatestFacts.Reading::readAt)
                .isEqualTo(OffsetDateTime.parse(TICK));

        deleteTable();
        tick();
        assertThat(latest.failure("timed/bookings")).get().extracting(r -> r.facts().error()).asString()
                .startsWith("ResourceNotFoundException");
        assertThat(latest.good("timed/bookings")).as("the last good facts, kept").isPresent();

        // an hour later the schedule's run uses what the timer last read: the table is still gone, and no gap
        RunOutcome outcome = scheduledRunAt("2028-03-06T08:00:00-08:00");

        assertThat(outcome.gaps()).isEmpty();
        assertThat(outcome.deliveries()).extracting(Delivery::status).containsOnly(Delivery.Status.DELIVERED).hasSize(5);
        assertThat(archived("2028-W10/cto.txt")).contains("timed/bookings | " + TABLE
                + " | ok | read completely; data as of its last | | | read, Mon 6 Mar 2028 07:00 -08:00");

        // the table is back: the next tick reads it and the failure is forgotten
        createTable();
        tick();
        assertThat(latest.failure("timed/bookings")).isEmpty();
        // the facts archived once, under the time of their read, their SHA-256 beside them
        String key = "facts/timed/bookings/20280306T150000Z.json";
        assertThat(aws.keys(LocalAws.ARCHIVE_BUCKET, "facts/timed/bookings/")).containsExactly(key);
        byte[] json = aws.bytes(LocalAws.ARCHIVE_BUCKET, key);
        Facts facts = new SnapshotJson().readFacts(json);
        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(facts.resource()).isEqualTo(TABLE);
        HeadObjectResponse head = aws.clients().s3().headObject(b -> b.bucket(LocalAws.ARCHIVE_BUCKET).key(key));
        assertThat(head.metadata()).containsEntry("content-sha256", sha256(json));
    }

    @Test
    void should_name_facts_older_than_their_limit_that_cannot_be_read_again_as_a_gap() throws Exception {
        createTable();
        tick();
        deleteTable();

        // a week later (after the change to daylight time): 6 h is long past, the run reads the table again and cannot
        RunOutcome outcome = scheduledRunAt("2028-03-13T07:00:00-07:00");

        assertThat(outcome.gaps()).containsExactly("timed/bookings");
        // the banner every report opens with, its wrapping taken out
        assertThat(archived("2028-W11/cto.txt").replace("!! ", "")).contains("- timed/bookings (" + TABLE + "): failed — "
                + "ResourceNotFoundException: Requested resource not found (HTTP 400); last read well Mon 6 Mar 2028 08:00 -07:00,"
                + " older than its 6 h freshness limit");
        createTable();
    }

    @Test
    void should_take_back_the_last_archived_facts_after_a_restart() throws Exception {
        createTable();
        tick();

        // a service started afresh: nothing in memory, the archive as the ticks left it
        LatestFacts restarted = new LatestFacts();
        int restored = new ArchivedFacts(aws.clients().s3(), LocalAws.ARCHIVE_BUCKET, "facts/", new SnapshotJson(), restarted)
                .restore(List.of(new ExpectedSource("timed", "bookings"), new ExpectedSource("timed", "never-archived")));

        assertThat(restored).isEqualTo(1);
        assertThat(restarted.good("timed/bookings")).get().satisfies(r -> {
            assertThat(r.readAt()).isEqualTo(OffsetDateTime.parse(TICK));
            assertThat(r.facts().resource()).isEqualTo(TABLE);
            assertThat(r.facts().status()).isEqualTo(SourceStatus.OK);
        });
        assertThat(restarted.good("timed/never-archived")).isEmpty();
        // the same facts read again after the restart are not archived a second time
        byte[] archived = aws.bytes(LocalAws.ARCHIVE_BUCKET, "facts/timed/bookings/20280306T150000Z.json");
        assertThat(restarted.changed("timed/bookings", sha256(archived))).isFalse();
    }

    @Test
    void should_render_from_the_timers_facts_alone_when_every_source_is_fresh() throws Exception {
        createTable();
        // a run on demand reads every source (dry: nothing claimed or sent), and the timers' facts are those
        dryRunAt("2028-03-20T07:00:00-07:00", false);

        // an hour later every source is fresh: the schedule's run reads none now, and still renders all five
        Object outcome = dryRunAt("2028-03-20T08:00:00-07:00", true);

        assertThat(outcome).isInstanceOfSatisfying(com.execreports.delivery.DryRun.Outcome.class, dry -> {
            assertThat(dry.previews()).hasSize(5);
            assertThat(dry.verdict()).startsWith("dry run: all 5 reports rendered into ");
        });
        assertThat(dryRun("2028-W12/cto.txt")).contains("read completely; data as of its last read, Mon 20 Mar 2028 07:00 -07:00");
        // facts read after a run's as-of are not its facts: a re-run of the week before reads its sources again
        assertThat(((com.execreports.delivery.DryRun.Outcome) dryRunAt("2028-03-13T07:00:00-07:00", true)).previews()).hasSize(5);
        assertThat(dryRun("2028-W11/cto.txt")).doesNotContain("data as of its last").doesNotContain("20 Mar 2028");
    }

    private String dryRun(String file) throws java.io.IOException {
        return java.nio.file.Files.readString(dryRuns.resolve("reports/exec/" + file));
    }

    /** A dry run as of the instant, on the timers' latest facts (as the schedule runs) or reading every source now. */
    private Object dryRunAt(String asOf, boolean latestFacts) throws Exception {
        // a run that never answers fails here, not the build's timeout
        return template.asyncRequestBodyAndHeaders("direct:run", null, Map.of("ExecReportsAsOf", asOf, "ExecReportsLatestFacts",
                String.valueOf(latestFacts), "ExecReportsDryRun", "true")).get(180, TimeUnit.SECONDS);
    }

    /** One tick of the timed source's own timer: its Quartz job fired now, as the cron fires it. */
    private void tick() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("timed-bookings").whenDone(1).create();
        context.getComponent("quartz", QuartzComponent.class).getScheduler().triggerJob(JobKey.jobKey("timed.bookings", "sources"));
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("the tick ran").isTrue();
    }

    private RunOutcome scheduledRunAt(String asOf) {
        return template.requestBodyAndHeaders("direct:run", null,
                Map.of("ExecReportsAsOf", asOf, "ExecReportsLatestFacts", "true"), RunOutcome.class);
    }

    private static String archived(String file) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + file).replaceAll("\\s+", " ");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void createTable() {
        try {
            HeldSourceTestSupport.createBookingsTable(TABLE);
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceInUseException alreadyThere) {
            // the other test left it in place
        }
    }

    private static void deleteTable() {
        try (DynamoDbClient ddb = aws.clients().dynamoDb()) {
            ddb.deleteTable(b -> b.tableName(TABLE));
        } catch (ResourceNotFoundException gone) {
            // already gone
        }
    }

    private static String timedDomain() {
        try {
            Path file = Files.createTempFile("timed-domain", ".yaml");
            Files.writeString(file, """
                    - templatedRoute:
                        routeTemplateRef: business
                        routeId: timed-profile
                        parameters:
                          - name: domain
                            value: timed
                          - name: name
                            value: Timed Tours
                          - name: kind
                            value: bookings
                    - templatedRoute:
                        routeTemplateRef: ddb-bookings
                        routeId: timed-bookings
                        parameters:
                          - name: domain
                            value: timed
                          - name: table
                            value: %s
                    """.formatted(TABLE));
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
