package com.execreports.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.config.SnapshotJson;
import com.execreports.model.Facts;
import com.execreports.model.Run;
import com.execreports.sources.LatestFacts.Reading;
import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sources poll on their own timers (each source route starts from {@code quartz:sources/<domain>.<source>}, its
 * cron from sources.&lt;kind&gt;.cron); every read, timed or asked for by a run, ends in {@link #record}, which keeps
 * the newest good facts. A run reads sources now through {@link #poll} — every source for a run on demand (--once,
 * the re-check of held reports, the API), only those without fresh facts for a scheduled run, which otherwise uses
 * what the timers last read. Bound as {@code sourcePolls}.
 */
public final class SourcePolls {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePolls.class);
    private static final Pattern POLL = Pattern.compile("poll\\(\\*,'([^']*)','([^']*)'\\)");
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm xxx", Locale.US);

    /** A source's facts as they go to the archive: the JSON, its SHA-256 and its key. */
    public record ArchiveCopy(byte[] json, String sha256, String key) {
        public Map<String, String> metadata() {
            return Map.of("content-sha256", sha256);
        }
    }

    private final CamelContext camel;
    private final LatestFacts latest;
    private final SourceFreshness freshness;
    private final SnapshotJson json;
    private final FactsArchiveKeys keys;

    /** @param factsPrefix archive.facts-prefix: where facts are archived, {@code <prefix><domain>/<source>/<read-at>.json} */
    public SourcePolls(CamelContext camel, LatestFacts latest, SourceFreshness freshness, SnapshotJson json, String factsPrefix) {
        this.camel = camel;
        this.latest = latest;
        this.freshness = freshness;
        this.json = json;
        this.keys = new FactsArchiveKeys(factsPrefix);
    }

    /**
     * The sources a run reads now: all of them, or, for a run on the latest facts (the schedule's), those whose last
     * good facts are missing (never read since start) or older than their freshness limit.
     *
     * @param latestFacts "true" for a run on the latest facts (header ExecReportsLatestFacts), anything else reads all
     */
    public List<ExpectedSource> toRead(Run run, List<ExpectedSource> expected, String latestFacts) {
        if (!"true".equals(latestFacts)) {
            return expected;
        }
        return expected.stream().filter(e -> latest.good(e.name()).filter(r -> fresh(r, run)).isEmpty()).toList();
    }

    /** The endpoints the run's fan-out calls: one read of each source, on the run's reader threads. */
    public List<String> endpoints(List<ExpectedSource> sources) {
        return sources.stream().map(e -> "bean:sourcePolls?method=poll(*,'" + e.domain() + "','" + e.source() + "')").toList();
    }

    /** The source a fan-out endpoint reads, from the endpoint as the recipient list resolved it. */
    static Optional<ExpectedSource> readBy(String endpoint) {
        Matcher m = POLL.matcher(endpoint == null ? "" : java.net.URLDecoder.decode(endpoint, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(new ExpectedSource(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * Reads one source now for a run: the source route's own steps, exactly as a tick of its timer runs them, on the
     * caller's thread, with the run's properties (the run and its as-of, the collection flag that stops a late source,
     * a dry run). The facts become the body; an error that escaped the source's own handler is left on the exchange.
     */
    public void poll(Exchange exchange, String domain, String source) {
        Consumer consumer = route(domain, source).getConsumer();
        Exchange read = consumer.createExchange(false);
        read.getProperties().putAll(exchange.getProperties());
        try {
            consumer.getProcessor().process(read);
        } catch (Exception e) {
            read.setException(e);
        }
        if (read.getException() != null) {
            exchange.setException(read.getException());
        } else {
            exchange.getMessage().setBody(read.getMessage().getBody());
        }
    }

    private Route route(String domain, String source) {
        return new SourceCatalog(camel).route(domain, source);
    }

    /** Every read ends here: the newest good facts are kept, a failure beside them. The body stays the facts. */
    public void record(Exchange exchange) {
        Facts facts = exchange.getMessage().getBody(Facts.class);
        Run run = exchange.getProperty("run", Run.class);
        if (facts != null && run != null) {
            latest.record(facts, run.asOf());
        }
    }

    /**
     * The archive copy of the facts just read, or null when there is nothing new to keep: a failed read, or facts equal
     * (by content, whatever run read them) to those last archived for the source.
     */
    public ArchiveCopy archiveCopy(Exchange exchange) throws Exception {
        Facts facts = exchange.getMessage().getBody(Facts.class);
        Run run = exchange.getProperty("run", Run.class);
        if (facts == null || run == null || !facts.usable()) {
            return null;
        }
        // the run that read them is not content: the same table read twice hashes the same
        byte[] bytes = json.writeFacts(facts.withRunId(null));
        String sha256 = sha256(bytes);
        if (!latest.changed(facts.name(), sha256)) {
            LOG.debug("Source {}: facts unchanged since last archived ({})", facts.name(), sha256);
            return null;
        }
        return new ArchiveCopy(bytes, sha256, keys.key(facts.domain(), facts.source(), run.asOf()));
    }

    /**
     * What the run's snapshot is made of, one answer per expected source: the answers of the sources read now, and for
     * the others the facts the timers last read (stamped with this run, as of their read). A source read now that
     * failed while older good facts exist says how old they are, so ops know how long it has been failing.
     */
    public List<Facts> answers(Run run, List<ExpectedSource> expected, List<ExpectedSource> readNow, Object body) {
        Map<String, Facts> answered = new LinkedHashMap<>();
        if (body instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Facts f) {
                    answered.putIfAbsent(f.name(), f);
                }
            }
        }
        List<String> now = readNow.stream().map(ExpectedSource::name).toList();
        List<Facts> all = new ArrayList<>();
        for (ExpectedSource e : expected) {
            if (now.contains(e.name())) {
                Facts a = answered.get(e.name());
                if (a != null) {
                    all.add(a.usable() ? a : withLastGood(a, run));
                }
                continue;
            }
            latest.good(e.name()).ifPresent(r -> all.add(r.facts().usedBy(run.runId(), r.readAt(), run.asOf())));
        }
        return all;
    }

    /** A failed read's error, and when its source last read well: older than its limit, or it would not be read now. */
    private Facts withLastGood(Facts failed, Run run) {
        Optional<Reading> good = latest.good(failed.name());
        if (good.isEmpty() || failed.error() == null) {
            return failed;
        }
        Reading r = good.get();
        if (fresh(r, run)) {
            return failed;
        }
        return failed.withError(failed.error() + "; last read well " + SAID.format(r.readAt().atZoneSameInstant(run.asOf().getOffset()))
                + ", older than its " + SourceFreshness.say(freshness.maxAge(r.facts().kind())) + " freshness limit");
    }

    private boolean fresh(Reading r, Run run) {
        return freshness.fresh(r.facts().kind(), r.readAt(), run.asOf());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JVM", e);
        }
    }
}
