package com.execreports.sources;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.execreports.model.Facts;

/**
 * The newest facts each source read, between runs: a source polls on its own timer and a scheduled run uses what it
 * last read; a failed read keeps the last good facts (its failure is remembered beside them, for the gap's words).
 * Bound as {@code latestFacts}. Held in memory: after a restart a source is read again before the first run uses it.
 */
public final class LatestFacts {

    /** Facts as one read left them, and the instant that read was as of. */
    public record Reading(Facts facts, OffsetDateTime readAt) {
    }

    private final ConcurrentMap<String, Reading> good = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Reading> failed = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> archivedHash = new ConcurrentHashMap<>();

    /**
     * Remembers a read of a source. Usable facts replace older good ones (never newer ones: a re-run of a past period
     * reads as of that past instant); a failure is kept apart and cleared by the next good read.
     */
    public void record(Facts facts, OffsetDateTime readAt) {
        Reading reading = new Reading(facts, readAt);
        if (facts.usable()) {
            good.merge(facts.name(), reading, (old, now) -> now.readAt().isBefore(old.readAt()) ? old : now);
            failed.computeIfPresent(facts.name(), (name, f) -> f.readAt().isAfter(readAt) ? f : null);
        } else {
            failed.merge(facts.name(), reading, (old, now) -> now.readAt().isBefore(old.readAt()) ? old : now);
        }
    }

    /** The last good facts of a source (domain/source), if it ever read. */
    public Optional<Reading> good(String name) {
        return Optional.ofNullable(good.get(name));
    }

    /** The last failed read of a source since its last good one. */
    public Optional<Reading> failure(String name) {
        return Optional.ofNullable(failed.get(name));
    }

    /**
     * Whether these facts differ from the ones last archived for their source (by content hash), remembering the hash:
     * an hourly poll of a table nobody wrote to archives nothing new.
     */
    public boolean changed(String name, String contentHash) {
        return !contentHash.equals(archivedHash.put(name, contentHash));
    }
}
