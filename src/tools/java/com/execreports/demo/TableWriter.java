package com.execreports.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Puts items into a table 25 at a time (BatchWriteItem's limit), sending again what DynamoDB left unprocessed. */
final class TableWriter {

    static final int BATCH = 25;

    private TableWriter() {
    }

    static void put(DynamoDbClient ddb, String table, List<Map<String, AttributeValue>> items) {
        for (int i = 0; i < items.size(); i += BATCH) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(i, Math.min(items.size(), i + BATCH))) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                var answer = ddb.batchWriteItem(b -> b.requestItems(request));
                pending = answer.hasUnprocessedItems() ? answer.unprocessedItems() : Map.of();
            }
        }
    }
}
