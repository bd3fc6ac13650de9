package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.s3.model.ListObjectsRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a bucket completely and reads its pages within a size bound. camel-aws2-s3's listObjects returns one
 * page and no truncation flag, so this asks for pages of a known size with a marker and stops at a short page.
 * Bound as {@code s3Pages}.
 */
public final class S3Pages {

    private final int pageSize;
    private final int maxPageBytes;

    public S3Pages(int pageSize, int maxPageBytes) {
        this.pageSize = pageSize;
        this.maxPageBytes = maxPageBytes;
    }

    public ListObjectsRequest nextRequest(Exchange exchange) {
        String bucket = exchange.getProperty("sourceResource", String.class);
        String marker = exchange.getProperty("listMarker", String.class);
        return ListObjectsRequest.builder().bucket(bucket).maxKeys(pageSize).marker(marker).build();
    }

    @SuppressWarnings("unchecked")
    public void fold(Exchange exchange) {
        List<S3Object> objects = exchange.getMessage().getBody(List.class);
        SiteTally tally = exchange.getProperty("tally", SiteTally.class);
        for (S3Object o : objects) {
            tally.inventory(o.key(), o.size() == null ? 0 : o.size());
        }
        boolean more = objects.size() >= pageSize;
        exchange.setProperty("morePages", more);
        if (more) {
            exchange.setProperty("listMarker", objects.get(objects.size() - 1).key());
        }
    }

    public List<String> pagesToRead(Exchange exchange) {
        return exchange.getProperty("tally", SiteTally.class).pagesToRead();
    }

    /** Reads one fetched page (at most the size bound) into the tally; the object stream is always closed. */
    public void readPage(Exchange exchange) throws IOException {
        SiteTally tally = exchange.getProperty("tally", SiteTally.class);
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            byte[] bytes = in.readNBytes(maxPageBytes + 1);
            if (bytes.length > maxPageBytes) {
                tally.unreadable(key, "page larger than " + maxPageBytes + " bytes; not audited");
                return;
            }
            tally.page(key, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    public void unreadablePage(Exchange exchange) {
        SiteTally tally = exchange.getProperty("tally", SiteTally.class);
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        tally.unreadable(key, SourceFacts.describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
    }
}
