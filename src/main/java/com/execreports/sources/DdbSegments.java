package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * A parallel Scan of a large table: camel-aws2-ddb's Scan takes no Segment/TotalSegments, so with more than one
 * segment the source reads through the same (autowired) DynamoDB client, one thread per segment, each paging to
 * its end or to the source's {@link ReadDeadline}. Pages are folded into the source's tally one at a time, so the tally
 * needs no locking of its own.
 * Bound as {@code ddbSegments}.
 */
public final class DdbSegments {

    private final DynamoDbClient ddb;

    public DdbSegments(DynamoDbClient ddb) {
        this.ddb = ddb;
    }

    public void scan(Exchange exchange, String table, int segments, int pageSize) throws InterruptedException, ExecutionException {
        ItemTally tally = exchange.getProperty("tally", ItemTally.class);
        PastedSecrets pasted = exchange.getProperty(SourceFacts.PASTED_SECRETS, PastedSecrets.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        ExecutorService pool = Executors.newFixedThreadPool(segments, r -> {
            Thread t = new Thread(r, "ddb-scan-" + table);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int s = segment;
                results.add(pool.submit(() -> scanSegment(table, s, segments, pageSize, tally, pasted, deadline)));
            }
            int pages = 0;
            for (Future<Integer> f : results) {
                pages += f.get();
            }
            exchange.setProperty("pagesRead", pages);
        } finally {
            pool.shutdownNow();
        }
    }

    private int scanSegment(String table, int segment, int segments, int pageSize, ItemTally tally, PastedSecrets pasted,
                            ReadDeadline deadline) {
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = ddb.scan(b -> b.tableName(table).segment(segment).totalSegments(segments).limit(pageSize)
                    .exclusiveStartKey(from));
            synchronized (tally) {
                page.items().forEach(item -> PastedSecrets.fold(pasted, table, item, tally));
            }
            deadline.counted(page.items().size(), "items");
            pages++;
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && deadline.goOn());
        return pages;
    }
}
