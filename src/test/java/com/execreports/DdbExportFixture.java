package com.execreports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes what {@code aws dynamodb export-table-to-point-in-time} leaves in S3 for a set of items: {@code _started},
 * gzip JSON-lines data files of {@code {"Item": …}} in DynamoDB JSON, {@code manifest-files.json} and {@code
 * manifest-summary.json} — with the faults a test asks for (a corrupt line, a listed file never written, a wrong
 * item count).
 */
final class DdbExportFixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String table;

    /** @param prefix the export's --s3-prefix with its trailing '/', e.g. {@code bookings/} */
    DdbExportFixture(S3Client s3, String bucket, String prefix, String table) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.table = table;
    }

    /** One export to write: its id, point in time, items split over {@code files} data files, and its faults. */
    final class Export {
        private final String id;
        private final Instant time;
        private final List<Map<String, AttributeValue>> items;
        private final int files;
        private Integer corruptLine;
        private int missingFile = -1;
        private int miscountedFile = -1;
        private long claimedCount;
        private boolean finished = true;

        Export(String id, Instant time, List<Map<String, AttributeValue>> items, int files) {
            this.id = id;
            this.time = time;
            this.items = items;
            this.files = files;
        }

        /** Line {@code line} (1-based) of the first data file is cut in half. */
        Export corruptLine(int line) {
            this.corruptLine = line;
            return this;
        }

        /** Data file {@code file} (0-based) is listed in the manifest but never written. */
        Export missingFile(int file) {
            this.missingFile = file;
            return this;
        }

        /** The manifest claims {@code count} items for data file {@code file}. */
        Export miscounted(int file, long count) {
            this.miscountedFile = file;
            this.claimedCount = count;
            return this;
        }

        /** Only started: a data file and {@code _started}, no manifests yet. */
        Export unfinished() {
            this.finished = false;
            return this;
        }

        String folder() {
            return prefix + "AWSDynamoDB/" + id + "/";
        }

        /** The key of data file {@code file}. */
        String dataKey(int file) {
            return folder() + "data/" + "part%04d".formatted(file) + "-" + id.substring(id.length() - 8) + ".json.gz";
        }

        /** How many items data file {@code file} holds (round robin, as partitions would spread them). */
        int itemsIn(int file) {
            int n = 0;
            for (int i = file; i < items.size(); i += files) {
                n++;
            }
            return n;
        }

        Export write() {
            put(folder() + "_started", new byte[0]);
            StringBuilder manifest = new StringBuilder();
            for (int f = 0; f < files; f++) {
                List<String> lines = new ArrayList<>();
                for (int i = f; i < items.size(); i += files) {
                    lines.add(line(items.get(i)));
                }
                if (f == 0 && corruptLine != null) {
                    String l = lines.get(corruptLine - 1);
                    lines.set(corruptLine - 1, l.substring(0, l.length() / 2));
                }
                if (f != missingFile) {
                    put(dataKey(f), gzip(String.join("\n", lines) + "\n"));
                }
                ObjectNode entry = NODES.objectNode();
                entry.put("itemCount", f == miscountedFile ? claimedCount : lines.size());
                entry.put("md5Checksum", "AAAAAAAAAAAAAAAAAAAAAA==");
                entry.put("etag", "0123456789abcdef0123456789abcdef-1");
                entry.put("dataFileS3Key", dataKey(f));
                manifest.append(entry).append('\n');
                if (!finished) {
                    return this;
                }
            }
            put(folder() + "manifest-files.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
            ObjectNode summary = NODES.objectNode();
            summary.put("version", "2020-06-30");
            summary.put("exportArn", "arn:aws:dynamodb:us-west-2:123456789012:table/" + table + "/export/" + id);
            summary.put("startTime", time.plusSeconds(60).toString());
            summary.put("endTime", time.plusSeconds(360).toString());
            summary.put("tableArn", "arn:aws:dynamodb:us-west-2:123456789012:table/" + table);
            summary.put("tableId", "12345a12-abcd-123a-ab12-1234abc12345");
            summary.put("exportTime", time.toString());
            summary.put("s3Bucket", bucket);
            summary.put("s3Prefix", prefix.replaceAll("/$", ""));
            summary.put("s3SseAlgorithm", "AES256");
            summary.putNull("s3SseKmsKeyId");
            summary.put("manifestFilesS3Key", folder() + "manifest-files.json");
            summary.put("billedSizeBytes", 0);
            summary.put("itemCount", items.size());
            summary.put("outputFormat", "DYNAMODB_JSON");
            summary.put("exportType", "FULL_EXPORT");
            put(folder() + "manifest-summary.json", summary.toString().getBytes(StandardCharsets.UTF_8));
            return this;
        }
    }

    Export export(String id, Instant time, List<Map<String, AttributeValue>> items, int files) {
        return new Export(id, time, items, files);
    }

    /** Empties the bucket (creating it the first time), so each test starts from the exports it writes. */
    void clear() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()
                .forEach(o -> s3.deleteObject(b -> b.bucket(bucket).key(o.key())));
    }

    /** One item as a line of an export's data file: {@code {"Item": {…}}} in DynamoDB JSON. */
    static String line(Map<String, AttributeValue> item) {
        ObjectNode line = NODES.objectNode();
        line.set("Item", attributes(item));
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode attributes(Map<String, AttributeValue> item) {
        ObjectNode o = NODES.objectNode();
        item.forEach((name, v) -> o.set(name, typed(v)));
        return o;
    }

    private static ObjectNode typed(AttributeValue v) {
        ObjectNode t = NODES.objectNode();
        switch (v.type()) {
            case S -> t.put("S", v.s());
            case N -> t.put("N", v.n());
            case B -> t.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BOOL -> t.put("BOOL", v.bool());
            case NUL -> t.put("NULL", true);
            case M -> t.set("M", attributes(v.m()));
            case L -> {
                ArrayNode a = t.putArray("L");
                v.l().forEach(e -> a.add(typed(e)));
            }
            case SS -> v.ss().forEach(t.putArray("SS")::add);
            case NS -> v.ns().forEach(t.putArray("NS")::add);
            default -> throw new IllegalArgumentException("no fixture for type " + v.type());
        }
        return t;
    }

    private void put(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
