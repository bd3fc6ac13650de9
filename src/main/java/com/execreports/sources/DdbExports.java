package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Reads the newest complete DynamoDB export under a bucket's prefix into the source's {@link BookingExportTally}: lists
 * the exports' summaries, picks the latest {@code exportTime}, then streams each data file its {@code
 * manifest-files.json} lists (gzip, line by line), between two files and every few hundred lines asking the source's
 * {@link ReadDeadline} whether to go on. Through the same (autowired) S3 client as the S3 sources, since an export is
 * read in three dependent steps no single camel-aws2-s3 call makes. Bound as {@code ddbExports}.
 */
public final class DdbExports {

    private static final Logger LOG = LoggerFactory.getLogger(DdbExports.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A summary is a few hundred bytes; a manifest line names one file. */
    private static final int MAX_SUMMARY_BYTES = 1024 * 1024;

    private final S3Client s3;

    public DdbExports(S3Client s3) {
        this.s3 = s3;
    }

    /** Thrown when the prefix holds no export this source can read: the source fails, named, and the run goes on. */
    static final class NoExport extends RuntimeException {
        NoExport(String message) {
            super(message, null, false, false);
        }
    }

    /** @param prefix the export prefix given to the export ("" for none); the exports sit under {@code <prefix>/AWSDynamoDB/} */
    public void read(Exchange exchange, String bucket, String prefix) throws IOException {
        BookingExportTally tally = exchange.getProperty("tally", BookingExportTally.class);
        PastedSecrets pasted = exchange.getProperty(SourceFacts.PASTED_SECRETS, PastedSecrets.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        String root = root(prefix);
        DdbExport export = newest(bucket, root);
        tally.reading(export);
        LOG.info("Reading the DynamoDB export s3://{}/{} of {} (table {})", bucket, export.folder(), export.exportTime(),
                export.table());
        for (DataFile file : dataFiles(bucket, root, export, tally)) {
            if (!readFile(bucket, file, tally, deadline, pasted) || !deadline.goOn()) {
                return;
            }
        }
    }

    /** "exports/jada" and "exports/jada/" name the same folder; "" the bucket's root. */
    static String root(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    private DdbExport newest(String bucket, String root) {
        List<DdbExport> usable = new ArrayList<>();
        int summaries = 0;
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(root + "AWSDynamoDB/")).contents()) {
            if (!DdbExport.isSummary(root, o.key())) {
                continue;
            }
            summaries++;
            if (o.size() != null && o.size() > MAX_SUMMARY_BYTES) {
                LOG.warn("Export summary s3://{}/{} skipped: larger than {} bytes", bucket, o.key(), MAX_SUMMARY_BYTES);
                continue;
            }
            try {
                usable.add(DdbExport.of(o.key(), s3.getObjectAsBytes(b -> b.bucket(bucket).key(o.key())).asByteArray()));
            } catch (DdbExport.NotUsable e) {
                // an older export in another format, a failed one: not this source's to read, and not a fault of the data
                LOG.info("Export summary s3://{}/{} skipped: it {}", bucket, o.key(), e.getMessage());
            }
        }
        String none = "no complete DynamoDB export under s3://" + bucket + "/" + root + "AWSDynamoDB/ (" + summaries
                + " manifest-summary.json found, none a complete full export in DynamoDB JSON)";
        return usable.stream().max(Comparator.comparing(DdbExport::exportTime).thenComparing(DdbExport::folder))
                .orElseThrow(() -> new NoExport(none));
    }

    /** One data file of the export, as manifest-files.json lists it. */
    record DataFile(String key, long itemCount) {
    }

    private List<DataFile> dataFiles(String bucket, String root, DdbExport export, BookingExportTally tally) throws IOException {
        List<DataFile> files = new ArrayList<>();
        InputStream manifest;
        try {
            manifest = s3.getObject(b -> b.bucket(bucket).key(export.filesKey()));
        } catch (NoSuchKeyException e) {
            throw new NoExport("the newest export, s3://" + bucket + "/" + export.folder() + ", has a manifest-summary.json but no "
                    + DdbExport.FILES);
        }
        try (InputStream in = manifest) {
            JsonLines lines = new JsonLines(in, MAX_SUMMARY_BYTES);
            while (lines.next()) {
                DataFile file = dataFile(lines, root);
                if (file == null) {
                    tally.unreadableManifestLine(lines.number(), "not a data file's entry (expected {\"dataFileS3Key\": …, \"itemCount\": …})");
                } else if (!file.key().startsWith(root + "AWSDynamoDB/")) {
                    // the manifest is data too: it may only send the reader to the exports under the prefix
                    tally.unreadableManifestLine(lines.number(), "names a data file outside " + root + "AWSDynamoDB/");
                } else {
                    files.add(file);
                }
            }
        }
        return files;
    }

    /**
     * The entry on one line; its key is the object's whole key, but one that starts at {@code AWSDynamoDB/} under a
     * prefix is taken as relative to the prefix (the AWS documentation shows both).
     */
    static DataFile dataFile(JsonLines line, String root) {
        if (line.tooLong()) {
            return null;
        }
        try {
            JsonNode entry = JSON.readTree(line.bytes(), 0, line.length());
            JsonNode key = entry == null ? null : entry.get("dataFileS3Key");
            if (key == null || !key.isTextual() || key.textValue().isBlank()) {
                return null;
            }
            JsonNode count = entry.get("itemCount");
            String k = key.textValue();
            return new DataFile(k.startsWith("AWSDynamoDB/") ? root + k : k, count != null && count.canConvertToLong() ? count.asLong() : -1);
        } catch (IOException e) {
            return null;
        }
    }

    /** @return false when the read budget stopped it */
    private boolean readFile(String bucket, DataFile file, BookingExportTally tally, ReadDeadline deadline, PastedSecrets pasted)
            throws IOException {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(bucket).key(file.key()));
        } catch (NoSuchKeyException e) {
            tally.missing(file.key(), file.itemCount(), "no such key");
            return true;
        } catch (S3Exception e) {
            tally.missing(file.key(), file.itemCount(), SourceFacts.describe(e));
            return true;
        }
        try (in) {
            boolean whole = tally.read(file.key(), file.itemCount(), in, deadline, pasted);
            if (!whole) {
                // the rest of a large object is not wanted: abort rather than drain it
                in.abort();
            }
            return whole;
        }
    }
}
