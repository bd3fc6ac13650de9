package com.execreports.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many items (rows, objects) each source folded on its last read, by source name ({@code jada/bookings}): the
 * snapshot keeps each source's facts, not the count, so a run's state takes it from here when the run ends. Runs of
 * two periods at once would share the latest counts; the API joins runs of one period, and the schedule runs one.
 */
public final class LastSourceReads {

    private final Map<String, Long> items = new ConcurrentHashMap<>();

    public void read(String source, long count) {
        items.put(source, count);
    }

    /** The items of the source's last read; null when it never read (it failed before its first page). */
    public Long items(String source) {
        return items.get(source);
    }
}
