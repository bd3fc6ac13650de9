package com.execreports.sources;

import java.util.List;
import java.util.Optional;

import com.execreports.config.SnapshotJson;
import com.execreports.model.Facts;
import com.execreports.sources.SourceCatalog.ExpectedSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Each source's last archived facts, read back at start-up: a scheduled run right after a restart (a deploy) uses
 * them while they are fresh, instead of reading every source at once, and an unchanged read is not archived again.
 * Bound as {@code archivedFacts}.
 */
public final class ArchivedFacts {

    private static final Logger LOG = LoggerFactory.getLogger(ArchivedFacts.class);

    private final S3Client s3;
    private final String bucket;
    private final FactsArchiveKeys keys;
    private final SnapshotJson json;
    private final LatestFacts latest;

    public ArchivedFacts(S3Client s3, String bucket, String factsPrefix, SnapshotJson json, LatestFacts latest) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = new FactsArchiveKeys(factsPrefix);
        this.json = json;
        this.latest = latest;
    }

    /** Restores the newest archived facts of every expected source; one that cannot be read is logged and read anew. */
    public int restore(List<ExpectedSource> expected) {
        int restored = 0;
        for (ExpectedSource e : expected) {
            String prefix = keys.folder(e.domain(), e.source());
            try {
                Optional<String> newest = newestKey(prefix);
                if (newest.isEmpty()) {
                    continue;
                }
                byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(newest.get())).asByteArray();
                Facts facts = json.readFacts(bytes);
                latest.record(facts, keys.readAt(prefix, newest.get()));
                latest.changed(facts.name(), SourcePolls.sha256(bytes));
                restored++;
            } catch (Exception ex) {
                LOG.warn("Facts of {} not restored from s3://{}/{}: {}; the source is read before a run uses it", e.name(), bucket,
                        prefix, SourceFacts.describe(ex));
            }
        }
        LOG.info("Restored the last archived facts of {} of {} sources from s3://{}/{}", restored, expected.size(), bucket, keys.prefix());
        return restored;
    }

    /**
     * The newest archived facts of one source, read by the source itself (Cost Explorer carries its closed months
     * from them); none when never archived or unreadable, which is logged: the source then reads everything anew.
     */
    public Optional<Facts> newest(String domain, String source) {
        String prefix = keys.folder(domain, source);
        try {
            Optional<String> newest = newestKey(prefix);
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(json.readFacts(s3.getObjectAsBytes(b -> b.bucket(bucket).key(newest.get())).asByteArray()));
        } catch (Exception ex) {
            LOG.warn("Archived facts of {}/{} not read from s3://{}/{}: {}; every month is asked again", domain, source, bucket,
                    prefix, SourceFacts.describe(ex));
            return Optional.empty();
        }
    }

    /** The last key under the prefix: the keys are read-at times in UTC, so the greatest is the newest. */
    private Optional<String> newestKey(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(S3Object::key).filter(k -> k.endsWith(".json")).max(String::compareTo);
    }
}
