package com.execreports.sources;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.execreports.model.Facts;
import com.execreports.model.SesEventFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Folds SES event records, as SES event publishing delivers them to S3 through Kinesis Data Firehose — one JSON
 * object a line, objects gzip-compressed or not (told by their first bytes, not their name) — into sends,
 * deliveries, bounces (hard and soft), complaints, opens and clicks per configuration set, sender domain and campaign
 * (a mail tag). Each event counts in the period of its own timestamp. A line that is not an event is named by object
 * key and line number and the rest of the object still counts; an object larger than the cap is named, not read.
 */
public final class SesEventTally implements ObjectTally {

    public static final String KIND = "s3-ses-events";

    /** Real event records are a few KB (headers included); a longer line is not one. */
    static final int MAX_LINE_BYTES = 256 * 1024;
    /** Messages remembered as opened or clicked, so a message opened twice counts once; past it each event counts. */
    static final int MAX_TRACKED_MESSAGES = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIGURATION_SET_TAG = "ses:configuration-set";

    private final String domain;
    private final String source;
    private final String bucket;
    private final String prefix;
    private final String campaignTag;
    private final Instant start;
    private final Instant end;
    private final int periodDays;
    private final long maxObjectBytes;
    private final IssueSample issues = new IssueSample();
    private final List<String> keys = new ArrayList<>();
    private final Map<StreamKey, Counts> streams = new TreeMap<>();
    private final Set<String> opened = new HashSet<>();
    private final Set<String> clicked = new HashSet<>();
    private boolean trackingCapped;
    private long objects;
    private long events;

    /**
     * @param start          the period's first instant (events before it are not counted)
     * @param end            the instant after the period
     * @param maxObjectBytes an object larger than this, as listed or once inflated, is not read (named)
     */
    public SesEventTally(String domain, String source, String bucket, String prefix, String campaignTag, Instant start,
                         Instant end, int periodDays, long maxObjectBytes) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.prefix = prefix;
        this.campaignTag = campaignTag;
        this.start = start;
        this.end = end;
        this.periodDays = periodDays;
        this.maxObjectBytes = maxObjectBytes;
    }

    @Override
    public void inventory(String key, long size) {
        if (!key.startsWith(prefix) || key.endsWith("/")) {
            return;
        }
        if (size > maxObjectBytes) {
            issues.add(bucket + "/" + key, "object of " + megabytes(size) + " is above the " + megabytes(maxObjectBytes)
                    + " cap: not read");
            return;
        }
        keys.add(key);
    }

    @Override
    public List<String> objectsToRead() {
        return List.copyOf(keys);
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        String file = bucket + "/" + key;
        JsonLines lines = null;
        try {
            InputStream in = new BufferedInputStream(content, 64 * 1024);
            // Firehose names gzip objects .gz only when it compresses: the magic bytes tell, whatever the name
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            InputStream data = new Capped(gzip ? new GZIPInputStream(in, 64 * 1024) : in, maxObjectBytes);
            lines = new JsonLines(data, MAX_LINE_BYTES);
            objects++;
            while (lines.next()) {
                fold(file, lines);
            }
        } catch (IOException e) {
            // a truncated gzip, a broken connection, an object inflating past the cap: what was read counts
            issues.add(IssueText.at(file, lines == null ? 1 : lines.number() + 1), "the rest of the object is unreadable ("
                    + (e instanceof Capped.Exceeded ? "more than " + megabytes(maxObjectBytes) + " once inflated"
                            : e instanceof EOFException ? "it ends early" : e instanceof ZipException ? "not gzip"
                            : e.getClass().getSimpleName()) + ")");
        }
    }

    private void fold(String file, JsonLines line) {
        String where = IssueText.at(file, line.number());
        if (line.tooLong()) {
            issues.add(where, "line longer than " + MAX_LINE_BYTES / 1024 + " KB: not an SES event");
            return;
        }
        JsonNode event;
        try {
            event = JSON.readTree(line.bytes(), 0, line.length());
        } catch (JsonProcessingException e) {
            // never Jackson's message: it quotes the line, which may hold anything
            issues.add(where, "not JSON (column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
            return;
        } catch (IOException e) {
            issues.add(where, "not JSON");
            return;
        }
        // event publishing says eventType; the older SNS notifications say notificationType
        String type = text(event, "eventType", text(event, "notificationType", ""));
        JsonNode mail = event.path("mail");
        if (type.isEmpty() || !mail.isObject()) {
            issues.add(where, "not an SES event record: no eventType or mail");
            return;
        }
        Instant at = timestamp(event, type, mail);
        if (at == null) {
            issues.add(where, type + " event without a readable timestamp");
            return;
        }
        if (at.isBefore(start) || !at.isBefore(end)) {
            return;
        }
        String messageId = text(mail, "messageId", "");
        Counts counts = streams.computeIfAbsent(new StreamKey(tag(mail, CONFIGURATION_SET_TAG), senderDomain(mail),
                tag(mail, campaignTag)), k -> new Counts());
        events++;
        switch (type) {
            case "Send" -> counts.sent++;
            case "Delivery" -> counts.delivered++;
            case "Bounce" -> {
                if ("Permanent".equals(text(event.path("bounce"), "bounceType", ""))) {
                    counts.hardBounces++;
                } else {
                    counts.softBounces++;
                }
            }
            case "Complaint" -> counts.complaints++;
            case "Open" -> {
                if (first(opened, messageId)) {
                    counts.opened++;
                }
            }
            case "Click" -> {
                if (first(clicked, messageId)) {
                    counts.clicked++;
                }
            }
            default -> events--; // Reject, DeliveryDelay, Rendering Failure, Subscription: not what the reports count
        }
    }

    /** Whether this is the message's first open (or click); past the cap every event counts, said once. */
    private boolean first(Set<String> seen, String messageId) {
        if (messageId.isEmpty()) {
            return true;
        }
        if (seen.contains(messageId)) {
            return false;
        }
        if (opened.size() + clicked.size() >= MAX_TRACKED_MESSAGES) {
            if (!trackingCapped) {
                trackingCapped = true;
                issues.add(bucket + "/" + prefix, "more than " + String.format(Locale.ROOT, "%,d", MAX_TRACKED_MESSAGES)
                        + " messages opened or clicked: past them each open and click counts, not each message");
            }
            return true;
        }
        seen.add(messageId);
        return true;
    }

    /** The event's own time (a delivery's, a bounce's …), else the mail's. */
    private static Instant timestamp(JsonNode event, String type, JsonNode mail) {
        String field = switch (type) {
            case "Delivery" -> "delivery";
            case "Bounce" -> "bounce";
            case "Complaint" -> "complaint";
            case "Open" -> "open";
            case "Click" -> "click";
            default -> "mail";
        };
        String text = text(event.path(field), "timestamp", text(mail, "timestamp", ""));
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A mail tag's first value (SES gives each tag as a list), "" when the mail has none. */
    private static String tag(JsonNode mail, String name) {
        JsonNode values = mail.path("tags").path(name);
        JsonNode first = values.isArray() ? values.path(0) : values;
        return first.isTextual() ? first.asText().trim() : "";
    }

    /** The domain of the source address ("Queen of San Diego <news@queenofsandiego.com>" → queenofsandiego.com). */
    static String senderDomain(JsonNode mail) {
        String source = text(mail, "source", "");
        int close = source.lastIndexOf('>');
        int at = source.lastIndexOf('@', close < 0 ? source.length() - 1 : close);
        return at < 0 ? "" : source.substring(at + 1, close < 0 ? source.length() : close).trim().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.path(field);
        return v.isTextual() ? v.asText() : fallback;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, Math.round(bytes / (1024.0 * 1024))));
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        List<SesEventFacts.Stream> list = streams.entrySet().stream().map(e -> e.getValue().stream(e.getKey())).toList();
        return Facts.read(runId, domain, source, KIND, bucket, new SesEventFacts(bucket, prefix, campaignTag, periodDays, objects,
                events, list), issues.kept(), issues.count());
    }

    private record StreamKey(String configurationSet, String senderDomain, String campaign) implements Comparable<StreamKey> {

        @Override
        public int compareTo(StreamKey o) {
            int c = configurationSet.compareTo(o.configurationSet);
            c = c != 0 ? c : senderDomain.compareTo(o.senderDomain);
            return c != 0 ? c : campaign.compareTo(o.campaign);
        }
    }

    private static final class Counts {
        long sent;
        long delivered;
        long hardBounces;
        long softBounces;
        long complaints;
        long opened;
        long clicked;

        SesEventFacts.Stream stream(StreamKey k) {
            return new SesEventFacts.Stream(k.configurationSet(), k.senderDomain(), k.campaign(), sent, delivered, hardBounces,
                    softBounces, complaints, opened, clicked);
        }
    }

    /** Stops reading past the cap: an object that inflates beyond it is a bomb or not an event file. */
    private static final class Capped extends FilterInputStream {

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;

            Exceeded() {
                super("inflated past the cap");
            }
        }

        private final long cap;
        private long read;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > cap) {
                throw new Exceeded();
            }
        }
    }
}
