package com.execreports.sources;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where a source's facts are archived: {@code <prefix><domain>/<source>/<read-at UTC>.json}. The read-at time in UTC
 * makes the keys of one source sort in time, so the greatest is the newest.
 *
 * @param prefix archive.facts-prefix, ending in '/'
 */
public record FactsArchiveKeys(String prefix) {

    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    /** The folder of one source's facts. */
    public String folder(String domain, String source) {
        return prefix + domain + "/" + source + "/";
    }

    public String key(String domain, String source, OffsetDateTime readAt) {
        return folder(domain, source) + READ_AT.format(readAt.withOffsetSameInstant(ZoneOffset.UTC)) + ".json";
    }

    /** When the facts under a key of that folder were read. */
    public OffsetDateTime readAt(String folder, String key) {
        return LocalDateTime.parse(key.substring(folder.length()).replace(".json", ""), READ_AT).atOffset(ZoneOffset.UTC);
    }
}
