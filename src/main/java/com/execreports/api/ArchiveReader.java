package com.execreports.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The report archive as the API and the browser read it (archive.bucket, archive.prefix): the periods archived, a
 * period's files, one file. Names are checked by {@link ArchiveNames} first; the bucket is the configured one only.
 */
public final class ArchiveReader {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public ArchiveReader(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /** Every archived period, newest first (ListObjectsV2 by "folder", every page). */
    public List<String> periods() {
        List<String> periods = new ArrayList<>();
        for (var page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/"))) {
            for (CommonPrefix p : page.commonPrefixes()) {
                String name = p.prefix().substring(prefix.length()).replaceAll("/$", "");
                if (ArchiveNames.period(name)) {
                    periods.add(name);
                }
            }
        }
        periods.sort(Comparator.reverseOrder());
        return periods;
    }

    /** The file names archived for a period (only those a request may name). */
    public List<String> files(String period) {
        requirePeriod(period);
        List<String> files = new ArrayList<>();
        String folder = prefix + period + "/";
        for (var page : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(folder))) {
            for (S3Object o : page.contents()) {
                String name = o.key().substring(folder.length());
                if (ArchiveNames.file(name)) {
                    files.add(name);
                }
            }
        }
        return files;
    }

    /** One archived file; empty when the period has none of that name. */
    public Optional<byte[]> read(String period, String file) {
        requirePeriod(period);
        if (!ArchiveNames.file(file)) {
            throw new IllegalArgumentException("not an archived file name: " + file);
        }
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + period + "/" + file)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private static void requirePeriod(String period) {
        if (!ArchiveNames.period(period)) {
            throw new IllegalArgumentException("not an ISO week: " + period);
        }
    }
}
