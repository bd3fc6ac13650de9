package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.SesEventFacts;
import com.execreports.model.SesEventFacts.Stream;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

/** SES event records as Firehose writes them, folded per configuration set, sender domain and campaign. */
class SesEventTallyTest {

    private static final Instant START = Instant.parse("2026-11-16T15:00:00Z");
    private static final Instant END = Instant.parse("2026-11-23T15:00:00Z");

    @Test
    void should_count_each_message_once_per_outcome_by_its_event_time() throws IOException {
        SesEventTally tally = tally(1024 * 1024);
        String a = mail("m-1", "2026-11-17T18:00:00Z", "News <news@queenofsandiego.com>", "queenofsandiego-marketing", "nye-gala");
        String b = mail("m-2", "2026-11-17T18:00:01Z", "News <news@queenofsandiego.com>", "queenofsandiego-marketing", "nye-gala");
        String c = mail("m-3", "2026-11-17T18:00:02Z", "News <news@queenofsandiego.com>", "queenofsandiego-marketing", "nye-gala");
        String old = mail("m-0", "2026-11-10T18:00:00Z", "hello@jadacharters.com", "jada-mail", "fall");
        feed(tally, "ses/a.gz", gzip(String.join("\n",
                event("Send", a, null, null), event("Send", b, null, null), event("Send", c, null, null),
                event("Delivery", a, "delivery", "2026-11-17T18:00:03Z"),
                event("Bounce", b, "bounce", "2026-11-17T18:00:04Z", "\"bounceType\":\"Permanent\""),
                event("Bounce", c, "bounce", "2026-11-17T18:00:04Z", "\"bounceType\":\"Transient\""),
                event("Open", a, "open", "2026-11-18T08:00:00Z"), event("Open", a, "open", "2026-11-19T08:00:00Z"),
                event("Click", a, "click", "2026-11-19T08:00:09Z"),
                event("Complaint", a, "complaint", "2026-11-20T08:00:00Z"),
                // sent before the period: neither the send nor its late open counts
                event("Send", old, null, null), event("Open", old, "open", "2026-11-10T20:00:00Z"))));

        SesEventFacts facts = (SesEventFacts) tally.facts("run").data();

        assertThat(facts.streams()).containsExactly(
                new Stream("queenofsandiego-marketing", "queenofsandiego.com", "nye-gala", 3, 1, 1, 1, 1, 1, 1));
        assertThat(facts.objects()).isEqualTo(1);
        assertThat(facts.events()).as("the second open is read, the message counted once").isEqualTo(10);
    }

    @Test
    void should_read_plain_and_gzip_objects_alike_whatever_their_names() throws IOException {
        SesEventTally tally = tally(1024 * 1024);
        String m = mail("m-1", "2026-11-20T10:00:00Z", "hello@jadacharters.com", "jada-mail", "");

        feed(tally, "ses/2026/11/20/10/stream-1-2026-11-20-10-05-00-abc", event("Send", m, null, null).getBytes(StandardCharsets.UTF_8));
        feed(tally, "ses/2026/11/20/10/stream-1-2026-11-20-10-10-00-def", gzip(event("Delivery", m, "delivery", "2026-11-20T10:00:02Z")));

        assertThat(((SesEventFacts) tally.facts("run").data()).streams())
                .containsExactly(new Stream("jada-mail", "jadacharters.com", "", 1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void should_name_a_broken_line_by_key_and_line_and_count_the_rest() throws IOException {
        SesEventTally tally = tally(1024 * 1024);
        String m = mail("m-1", "2026-11-20T10:00:00Z", "hello@jadacharters.com", "jada-mail", "winter");
        // a canary that matches the Stripe rule: a broken line is named, never quoted
        String canary = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc";

        feed(tally, "ses/b.gz", gzip(String.join("\n", event("Send", m, null, null), "{\"eventType\":\"Send\",\"mail\":{\"source\":\"" + canary,
                "{\"hello\":1}", event("Delivery", m, "delivery", "2026-11-20T10:00:02Z"))));

        Facts facts = tally.facts("run");
        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.unreadable()).isEqualTo(2);
        assertThat(facts.issues()).extracting(DataIssue::where, DataIssue::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portfolio-ses-events/ses/b.gz:2", "not JSON (column 71)"),
                org.assertj.core.groups.Tuple.tuple("portfolio-ses-events/ses/b.gz:3", "not an SES event record: no eventType or mail"));
        assertThat(facts.issues().toString().contains(canary)).as("the broken line's content is not quoted").isFalse();
        assertThat(((SesEventFacts) facts.data()).streams())
                .containsExactly(new Stream("jada-mail", "jadacharters.com", "winter", 1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void should_keep_what_a_truncated_gzip_object_held_and_name_where_it_broke() throws IOException {
        SesEventTally tally = tally(1024 * 1024);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lines.append(event("Send", mail("m-" + i, "2026-11-20T10:00:00Z", "a@jadacharters.com", "jada-mail", "w"), null, null)).append('\n');
        }
        byte[] whole = gzip(lines.toString());

        feed(tally, "ses/cut.gz", Arrays.copyOf(whole, whole.length - 40));

        Facts facts = tally.facts("run");
        assertThat(facts.issues()).hasSize(1);
        assertThat(facts.issues().get(0).where()).startsWith("portfolio-ses-events/ses/cut.gz:");
        assertThat(facts.issues().get(0).reason()).isEqualTo("the rest of the object is unreadable (it ends early)");
        assertThat(((SesEventFacts) facts.data()).streams().get(0).sent()).isBetween(150L, 199L);
    }

    @Test
    void should_name_and_skip_an_object_above_the_cap_listed_or_inflated() throws IOException {
        SesEventTally tally = tally(2 * 1024 * 1024);
        tally.inventory("ses/huge.gz", 3L * 1024 * 1024);
        tally.inventory("ses/bomb.gz", 10_000);
        tally.inventory("other/not-mine.gz", 10);
        assertThat(tally.objectsToRead()).containsExactly("ses/bomb.gz");

        feed(tally, "ses/bomb.gz", gzip("x".repeat(3 * 1024 * 1024)));

        assertThat(tally.facts("run").issues()).extracting(DataIssue::where, DataIssue::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portfolio-ses-events/ses/huge.gz", "object of 3 MB is above the 2 MB cap: not read"),
                org.assertj.core.groups.Tuple.tuple("portfolio-ses-events/ses/bomb.gz:1",
                        "the rest of the object is unreadable (more than 2 MB once inflated)"));
    }

    private static SesEventTally tally(long cap) {
        return new SesEventTally("portfolio", "ses-events", "portfolio-ses-events", "ses/", "campaign", START, END, 7, cap);
    }

    private static void feed(SesEventTally tally, String key, byte[] content) throws IOException {
        tally.read(key, new ByteArrayInputStream(content));
    }

    private static String mail(String id, String at, String source, String set, String campaign) {
        return "{\"timestamp\":\"" + at + "\",\"source\":\"" + source + "\",\"messageId\":\"" + id + "\",\"destination\":[\"x@example.com\"],"
                + "\"tags\":{\"ses:configuration-set\":[\"" + set + "\"]" + (campaign.isEmpty() ? "" : ",\"campaign\":[\"" + campaign + "\"]") + "}}";
    }

    private static String event(String type, String mail, String field, String at, String... more) {
        String detail = field == null ? "" : ",\"" + field + "\":{\"timestamp\":\"" + at + "\"" + (more.length == 0 ? "" : "," + more[0]) + "}";
        return "{\"eventType\":\"" + type + "\",\"mail\":" + mail + detail + "}";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
