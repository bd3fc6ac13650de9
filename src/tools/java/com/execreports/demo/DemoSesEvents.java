package com.execreports.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The demo's SES event records, as SES event publishing delivers them through a Firehose stream to S3 (bucket
 * {@value #BUCKET}, prefix {@value #PREFIX}): one JSON event a line, gzip objects, one per hour of events.
 *
 * <p>Planted, over the week before the demo date: Queen of San Diego's two campaigns (configuration set
 * queenofsandiego-marketing) bounce hard 31 times in 500 sends — 6.2%, the Reputation.BounceRate CloudWatch shows;
 * JADA's winter campaign (jada-mail) bounces hard 4 times in 400 (1.0%). The 35 hard-bounced addresses are the
 * suppression list's additions of the week (ses-account.json). An older JADA campaign, before the week, is not counted.
 */
public final class DemoSesEvents {

    public static final String BUCKET = "portfolio-ses-events";
    public static final String PREFIX = "ses-events/";
    private static final String ACCOUNT = "482913765024";
    private static final DateTimeFormatter HOUR_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

    /**
     * One campaign as sent: its figures are what the reports must show.
     *
     * @param firstBounced which of the week's hard bounces is the campaign's first ({@link #bouncedAddress}), so the 35 are distinct
     */
    record Campaign(String configurationSet, String source, String domain, String campaign, Instant sentAt, int sent,
                    int hardBounces, int softBounces, int opened, int clicked, int firstBounced) {
    }

    static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("queenofsandiego-marketing", "Queen of San Diego <events@queenofsandiego.com>", "queenofsandiego.com",
                    "holiday-cruises", Instant.parse("2026-11-17T18:00:00Z"), 300, 19, 2, 96, 22, 0),
            new Campaign("jada-mail", "JADA Charters <hello@jadacharters.com>", "jadacharters.com", "winter-charters",
                    Instant.parse("2026-11-18T16:00:00Z"), 400, 4, 2, 151, 38, 19),
            new Campaign("queenofsandiego-marketing", "Queen of San Diego <events@queenofsandiego.com>", "queenofsandiego.com",
                    "nye-gala", Instant.parse("2026-11-20T17:00:00Z"), 200, 12, 2, 71, 19, 23),
            // before the demo week: read, not counted
            new Campaign("jada-mail", "JADA Charters <hello@jadacharters.com>", "jadacharters.com", "fall-sunset-sails",
                    Instant.parse("2026-11-09T16:00:00Z"), 60, 0, 0, 20, 4, -1));

    private DemoSesEvents() {
    }

    /** Object key → gzip bytes, the same on every seeding (fixed seed, no gzip timestamp). */
    public static Map<String, byte[]> objects() {
        Random random = new Random(20261123);
        List<Event> events = new ArrayList<>();
        int message = 0;
        for (Campaign c : CAMPAIGNS) {
            for (int i = 0; i < c.sent(); i++) {
                message++;
                String id = String.format(Locale.ROOT, "0101019%09d-demo%04d-%s-000000", message, i, c.campaign());
                boolean hard = i < c.hardBounces();
                boolean soft = !hard && i < c.hardBounces() + c.softBounces();
                String to = hard ? bouncedAddress(c.firstBounced() + i)
                        : String.format(Locale.ROOT, "guest%05d@example.com", message);
                Instant sent = c.sentAt().plusMillis(i * 1200L + random.nextInt(900));
                String mail = mail(c, id, to, sent);
                events.add(new Event(sent, "{\"eventType\":\"Send\",\"mail\":" + mail + ",\"send\":{}}"));
                Instant after = sent.plusMillis(400 + random.nextInt(3000));
                if (hard || soft) {
                    events.add(new Event(after, "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"" + (hard ? "Permanent" : "Transient")
                            + "\",\"bounceSubType\":\"" + (hard ? "General" : "MailboxFull") + "\",\"bouncedRecipients\":[{\"emailAddress\":\""
                            + to + "\",\"action\":\"failed\",\"status\":\"" + (hard ? "5.1.1" : "4.2.2") + "\",\"diagnosticCode\":\"smtp; "
                            + (hard ? "550 5.1.1 user unknown" : "452 4.2.2 mailbox full") + "\"}],\"timestamp\":\"" + after
                            + "\",\"feedbackId\":\"" + id + "-bounce\",\"reportingMTA\":\"dsn; a8-12.smtp-out.amazonses.com\"},\"mail\":" + mail + "}"));
                    continue;
                }
                events.add(new Event(after, "{\"eventType\":\"Delivery\",\"mail\":" + mail + ",\"delivery\":{\"timestamp\":\"" + after
                        + "\",\"processingTimeMillis\":" + (after.toEpochMilli() - sent.toEpochMilli()) + ",\"recipients\":[\"" + to
                        + "\"],\"smtpResponse\":\"250 2.0.0 OK\",\"reportingMTA\":\"a8-12.smtp-out.amazonses.com\"}}"));
                int delivered = i - c.hardBounces() - c.softBounces();
                if (delivered < c.opened()) {
                    Instant open = after.plusSeconds(600 + random.nextInt(86_400));
                    events.add(new Event(open, open(mail, open)));
                    if (delivered % 4 == 0) { // opened again: still one message opened
                        Instant again = open.plusSeconds(3600 + random.nextInt(36_000));
                        events.add(new Event(again, open(mail, again)));
                    }
                    if (delivered < c.clicked()) {
                        Instant click = open.plusSeconds(5 + random.nextInt(120));
                        events.add(new Event(click, "{\"eventType\":\"Click\",\"click\":{\"ipAddress\":\"198.51.100." + (1 + delivered % 250)
                                + "\",\"link\":\"https://" + c.domain() + "/?utm_campaign=" + c.campaign() + "\",\"linkTags\":{},\"timestamp\":\""
                                + click + "\",\"userAgent\":\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"},\"mail\":" + mail + "}"));
                    }
                }
            }
        }
        events.sort(Comparator.comparing(Event::at));
        Map<String, StringBuilder> byHour = new TreeMap<>();
        for (Event e : events) {
            Instant hour = e.at().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            String key = PREFIX + HOUR_PATH.format(hour) + "/portfolio-ses-events-1-" + STAMP.format(hour.plusSeconds(300)) + "-demo.gz";
            byHour.computeIfAbsent(key, k -> new StringBuilder()).append(e.json()).append('\n');
        }
        Map<String, byte[]> objects = new TreeMap<>();
        byHour.forEach((key, lines) -> objects.put(key, gzip(lines.toString())));
        return objects;
    }

    /**
     * The k-th hard bounce of the week: the first 7 are the suppression list's bounced00..06, the others bounced19..46
     * (bounced07..18 were suppressed before the week, so SES would not send to them again).
     */
    private static String bouncedAddress(int k) {
        return String.format(Locale.ROOT, "bounced%02d@example.net", k < 7 ? k : k + 12);
    }

    private static String mail(Campaign c, String id, String to, Instant sent) {
        return "{\"timestamp\":\"" + sent + "\",\"source\":\"" + c.source() + "\",\"sourceArn\":\"arn:aws:ses:us-west-2:" + ACCOUNT
                + ":identity/" + c.domain() + "\",\"sendingAccountId\":\"" + ACCOUNT + "\",\"messageId\":\"" + id
                + "\",\"destination\":[\"" + to + "\"],\"headersTruncated\":false,\"tags\":{\"ses:operation\":[\"SendEmail\"],"
                + "\"ses:configuration-set\":[\"" + c.configurationSet() + "\"],\"ses:source-ip\":[\"192.0.2.10\"],"
                + "\"ses:from-domain\":[\"" + c.domain() + "\"],\"ses:caller-identity\":[\"marketing-sender\"],\"campaign\":[\""
                + c.campaign() + "\"]}}";
    }

    private static String open(String mail, Instant at) {
        return "{\"eventType\":\"Open\",\"open\":{\"ipAddress\":\"203.0.113.9\",\"timestamp\":\"" + at
                + "\",\"userAgent\":\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"},\"mail\":" + mail + "}";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Event(Instant at, String json) {
    }
}
