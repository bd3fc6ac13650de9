package com.execreports.sources;

import java.util.List;
import java.util.Optional;

import com.execreports.config.SnapshotJson;
import com.execreports.model.DeployedCodeFacts;
import com.execreports.model.Facts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The deployed packages a source scanned before, read back from its newest archived facts
 * ({@code <archive.facts-prefix><domain>/<source>/<read-at>.json}): the archive is the memory of what was scanned, so a
 * restart or another replica downloads nothing that has not changed either.
 */
public final class RememberedPackages {

    private static final Logger LOG = LoggerFactory.getLogger(RememberedPackages.class);

    private final S3Client s3;
    private final String bucket;
    private final FactsArchiveKeys keys;
    private final SnapshotJson json;

    public RememberedPackages(S3Client s3, String bucket, String factsPrefix, SnapshotJson json) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = new FactsArchiveKeys(factsPrefix);
        this.json = json;
    }

    /**
     * The packages of the source's newest archived facts; none when it has none, they cannot be read, or their secrets
     * were fingerprinted under another key (then all are scanned: carried, each secret would be said twice).
     */
    public List<DeployedCodeFacts.Package> of(String domain, String source, String fingerprintKeyId) {
        String folder = keys.folder(domain, source);
        try {
            Optional<String> newest = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(folder)).contents().stream()
                    .map(S3Object::key).filter(k -> k.endsWith(".json")).max(String::compareTo);
            if (newest.isEmpty()) {
                return List.of();
            }
            Facts facts = json.readFacts(s3.getObjectAsBytes(b -> b.bucket(bucket).key(newest.get())).asByteArray());
            if (!(facts.data() instanceof DeployedCodeFacts d)) {
                return List.of();
            }
            if (!fingerprintKeyId.equals(d.fingerprintKeyId())) {
                LOG.warn("Earlier scans of {}/{} in s3://{}/{} were fingerprinted under another security.fingerprint-key: every"
                        + " package is downloaded and scanned again", domain, source, bucket, newest.get());
                return List.of();
            }
            return d.packages();
        } catch (Exception e) {
            LOG.warn("Earlier scans of {}/{} not read from s3://{}/{}: {}; every package is downloaded again", domain, source, bucket,
                    folder, SourceFacts.describe(e));
            return List.of();
        }
    }
}
