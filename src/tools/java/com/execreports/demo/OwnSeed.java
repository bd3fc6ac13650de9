package com.execreports.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.execreports.sources.DynamoJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user's own seed data for {@code bin/demo --seed DIR}, beside the demo portfolio's: {@code DIR/buckets/<bucket>/<key>}
 * uploaded as the demo's buckets are, and each {@code DIR/tables/<table>.json} a table — what
 * {@code aws dynamodb scan --table-name <table>} prints ({@code {"Items": [...]}}, DynamoDB JSON), with the table's
 * partition key named in {@code "partitionKey"}.
 */
public final class OwnSeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One table of the seed: its name, partition key and items. */
    public record Table(String name, String partitionKey, List<Map<String, AttributeValue>> items) {
    }

    private final Path dir;

    public OwnSeed(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("seed folder " + dir + " does not exist (expected DIR/buckets/<bucket>/<key> and DIR/tables/<table>.json)");
        }
        this.dir = dir;
    }

    /** The buckets folder, laid out as demo/buckets; absent when the seed has no objects. */
    public Path buckets() {
        return dir.resolve("buckets");
    }

    /** Every table file, read whole before anything is written: a broken file stops the seeding naming file and item. */
    public List<Table> tables() throws IOException {
        Path folder = dir.resolve("tables");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Table> tables = new ArrayList<>();
        for (Path f : files) {
            tables.add(table(f));
        }
        return tables;
    }

    private static Table table(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        JsonNode key = root == null ? null : root.get("partitionKey");
        if (key == null || !key.isTextual() || key.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": \"partitionKey\" must name the table's partition key attribute, e.g. \"bookingId\"");
        }
        JsonNode items = root.get("Items");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(file + ": \"Items\" must be the list `aws dynamodb scan` prints");
        }
        List<Map<String, AttributeValue>> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, AttributeValue> item;
            try {
                item = DynamoJson.attributes(items.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": item " + (i + 1) + ": " + e.getMessage());
            }
            AttributeValue k = item.get(key.asText());
            if (k == null || k.s() == null) {
                throw new IllegalArgumentException(file + ": item " + (i + 1) + " has no string \"" + key.asText() + "\" (the partition key)");
            }
            read.add(item);
        }
        return new Table(name, key.asText(), read);
    }
}
