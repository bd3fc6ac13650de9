package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a bucket (or a prefix of it) completely and feeds the objects a tally asks for to it, streamed.
 * camel-aws2-s3's listObjects returns one page and no truncation flag, so this asks for pages of a known size
 * with a marker and stops at a short page — or at the source's {@link ReadDeadline}, between two pages or two objects.
 * Bound as {@code s3Objects}.
 */
public final class S3Objects {

    private final int pageSize;

    public S3Objects(int pageSize) {
        this.pageSize = pageSize;
    }

    public ListObjectsRequest nextRequest(Exchange exchange) {
        String bucket = exchange.getProperty("sourceBucket", exchange.getProperty("sourceResource", String.class), String.class);
        String prefix = exchange.getProperty("listPrefix", String.class);
        String marker = exchange.getProperty("listMarker", String.class);
        return ListObjectsRequest.builder().bucket(bucket).prefix(prefix == null || prefix.isEmpty() ? null : prefix)
                .maxKeys(pageSize).marker(marker).build();
    }

    /**
     * The object named in the CamelAwsS3Key header, bucket and key in the request itself: given as headers, camel-aws2-s3
     * would run a key holding '${' through the simple language — and an object key is data, written by anyone who can
     * upload.
     */
    public GetObjectRequest getRequest(Exchange exchange) {
        String bucket = exchange.getProperty("sourceBucket", exchange.getProperty("sourceResource", String.class), String.class);
        return GetObjectRequest.builder().bucket(bucket).key(exchange.getMessage().getHeader("CamelAwsS3Key", String.class)).build();
    }

    @SuppressWarnings("unchecked")
    public void fold(Exchange exchange) {
        List<S3Object> objects = exchange.getMessage().getBody(List.class);
        ObjectTally tally = exchange.getProperty("tally", ObjectTally.class);
        String bucket = exchange.getProperty("sourceBucket", exchange.getProperty("sourceResource", String.class), String.class);
        SourceFacts.of(exchange).during(bucket, () -> {
            for (S3Object o : objects) {
                tally.inventory(o.key(), o.size() == null ? 0 : o.size());
            }
        });
        ReadDeadline deadline = ReadDeadline.of(exchange);
        deadline.counted(objects.size(), "objects listed");
        boolean more = objects.size() >= pageSize && deadline.goOn();
        exchange.setProperty("morePages", more);
        if (more) {
            exchange.setProperty("listMarker", objects.get(objects.size() - 1).key());
        }
    }

    public List<String> objectsToRead(Exchange exchange) {
        List<String> keys = exchange.getProperty("tally", ObjectTally.class).objectsToRead();
        ReadDeadline.of(exchange).counted(0, "of " + keys.size() + " objects read");
        return keys;
    }

    /** Whether the source may fetch another object: false once its budget is spent, so the rest are left unread. */
    public boolean goOn(Exchange exchange) {
        return ReadDeadline.of(exchange).goOn();
    }

    /** Feeds one fetched object to the tally; the object stream is always closed. */
    public void read(Exchange exchange) throws IOException {
        ObjectTally tally = exchange.getProperty("tally", ObjectTally.class);
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        String bucket = exchange.getProperty("sourceBucket", exchange.getProperty("sourceResource", String.class), String.class);
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            SourceFacts.of(exchange).during(bucket + "/" + key, () -> tally.read(key, in));
        }
        ReadDeadline.of(exchange).counted(1);
    }

    public void unreadable(Exchange exchange) {
        ObjectTally tally = exchange.getProperty("tally", ObjectTally.class);
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        String bucket = exchange.getProperty("sourceBucket", exchange.getProperty("sourceResource", String.class), String.class);
        SourceFacts.of(exchange).during(bucket + "/" + key,
                () -> tally.unreadable(key, SourceFacts.describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class))));
    }
}
