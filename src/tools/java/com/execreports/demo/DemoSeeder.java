package com.execreports.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.execreports.config.AwsClients;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * Seeds local AWS with the demo portfolio through the AWS SDK: the generated DynamoDB tables, every bucket
 * under {@code demo/buckets/} (a folder named {@code *.zip} becomes one zip object), the invoice ledger that
 * matches the generated bookings ({@link DemoInvoiceLedger}), the SES event records ({@link DemoSesEvents}) and the
 * empty archive bucket.
 *
 * <p>usage: {@code DemoSeeder <aws.endpoint> [demo/buckets] [archive-bucket] [own-seed-dir]}: the last, a user's own
 * tables and buckets ({@link OwnSeed}, {@code bin/demo --seed DIR}), seeded after the demo's.
 */
public final class DemoSeeder {

    private final DynamoDbClient ddb;
    private final S3Client s3;

    public DemoSeeder(DynamoDbClient ddb, S3Client s3) {
        this.ddb = ddb;
        this.s3 = s3;
    }

    public static void main(String[] args) throws IOException {
        com.execreports.logging.RedactedLogProvider.select();
        if (args.length < 1) {
            System.err.println("usage: DemoSeeder <aws.endpoint> [demo/buckets] [archive-bucket] [own-seed-dir]");
            System.exit(2);
        }
        AwsClients aws = new AwsClients(System.getProperty("aws.region", "us-west-2"), args[0], Duration.ofSeconds(60));
        Path buckets = Path.of(args.length > 1 ? args[1] : "demo/buckets");
        String archive = args.length > 2 ? args[2] : "exec-reports-archive";
        try (DynamoDbClient ddb = aws.dynamoDb(); S3Client s3 = aws.s3()) {
            DemoSeeder seeder = new DemoSeeder(ddb, s3);
            Summary summary = seeder.seed(buckets, archive);
            System.out.println("seeded " + summary);
            if (args.length > 3) {
                try {
                    System.out.println("seeded from " + args[3] + ": " + seeder.seed(new OwnSeed(Path.of(args[3]))));
                } catch (IllegalArgumentException e) {
                    System.err.println("DemoSeeder: " + e.getMessage());
                    System.exit(1);
                }
            }
        }
    }

    /** What a seeding wrote. */
    public record Summary(int tables, long items, int buckets, int objects) {
        @Override
        public String toString() {
            return tables + " tables (" + items + " items), " + buckets + " buckets (" + objects + " objects)";
        }
    }

    /**
     * A static file on its way to its bucket, as another portfolio than the demo edits it: the content to upload
     * (shifted in time, replaced), or null to leave the file out.
     */
    @FunctionalInterface
    public interface FileEdit {
        FileEdit AS_IS = (bucket, key, content) -> content;

        byte[] edit(String bucket, String key, byte[] content);
    }

    public Summary seed(Path bucketsDir, String archiveBucket) throws IOException {
        DemoPortfolio portfolio = new DemoPortfolio();
        List<DemoPortfolio.Table> tables = portfolio.tables();
        return seed(bucketsDir, archiveBucket, tables, DemoInvoiceLedger.csv(portfolio.invoices()), FileEdit.AS_IS);
    }

    /**
     * Seeds generated tables, the files under {@code bucketsDir} as {@code edit} makes them, and an invoice ledger.
     *
     * @param invoicesCsv the invoice ledger matching the tables' bookings
     */
    public Summary seed(Path bucketsDir, String archiveBucket, List<DemoPortfolio.Table> tables, String invoicesCsv, FileEdit edit)
            throws IOException {
        long items = 0;
        for (DemoPortfolio.Table t : tables) {
            createTable(t.name(), t.key());
            write(t.name(), t.items());
            items += t.items().size();
        }
        List<Path> buckets = bucketFolders(bucketsDir);
        int objects = uploadAll(buckets, edit);
        s3.putObject(b -> b.bucket("portfolio-ledgers").key("invoices/invoices.csv").contentType("text/csv"),
                RequestBody.fromString(invoicesCsv, StandardCharsets.UTF_8));
        objects++;
        // SES event records as Firehose writes them: generated, gzip, one object per hour of events
        createBucket(DemoSesEvents.BUCKET);
        for (Map.Entry<String, byte[]> o : DemoSesEvents.objects().entrySet()) {
            s3.putObject(b -> b.bucket(DemoSesEvents.BUCKET).key(o.getKey()).contentType("application/octet-stream"),
                    RequestBody.fromBytes(o.getValue()));
            objects++;
        }
        createBucket(archiveBucket);
        return new Summary(tables.size(), items, buckets.size() + 2, objects);
    }

    /** A user's own tables and buckets, beside the demo's (a table or bucket of the same name is replaced/overwritten). */
    public Summary seed(OwnSeed own) throws IOException {
        List<OwnSeed.Table> tables = own.tables();
        long items = 0;
        for (OwnSeed.Table t : tables) {
            createTable(t.name(), t.partitionKey());
            write(t.name(), t.items());
            items += t.items().size();
        }
        List<Path> buckets = Files.isDirectory(own.buckets()) ? bucketFolders(own.buckets()) : List.of();
        return new Summary(tables.size(), items, buckets.size(), uploadAll(buckets, FileEdit.AS_IS));
    }

    /** The folders of a buckets folder, one per bucket, in name order. */
    private static List<Path> bucketFolders(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.list(dir)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Creates each folder's bucket and uploads its files; how many objects that made. */
    private int uploadAll(List<Path> buckets, FileEdit edit) throws IOException {
        int objects = 0;
        for (Path bucket : buckets) {
            createBucket(bucket.getFileName().toString());
            objects += upload(bucket, edit);
        }
        return objects;
    }

    private void createTable(String name, String key) {
        try {
            ddb.deleteTable(b -> b.tableName(name));
        } catch (ResourceNotFoundException fresh) {
            // the usual case: a fresh emulator
        }
        ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName(key).keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName(key).attributeType(ScalarAttributeType.S).build()));
        ddb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    private void write(String table, List<Map<String, AttributeValue>> items) {
        TableWriter.put(ddb, table, items);
    }

    private void createBucket(String name) {
        try {
            s3.createBucket(b -> b.bucket(name));
        } catch (BucketAlreadyOwnedByYouException exists) {
            // seeding twice keeps the bucket and overwrites its objects
        }
    }

    private int upload(Path bucket, FileEdit edit) throws IOException {
        String name = bucket.getFileName().toString();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(bucket)) {
            entries = walk.filter(p -> !p.equals(bucket)).sorted().toList();
        }
        int count = 0;
        for (Path p : entries) {
            if (insideZipFolder(bucket, p)) {
                continue;
            }
            String key = bucket.relativize(p).toString().replace('\\', '/');
            boolean zip = Files.isDirectory(p) && key.endsWith(".zip");
            if (!zip && !(Files.isRegularFile(p) && !key.equals("README.md"))) {
                continue;
            }
            byte[] content = edit.edit(name, key, zip ? zip(p) : Files.readAllBytes(p));
            if (content != null) {
                s3.putObject(b -> b.bucket(name).key(key).contentType(zip ? "application/zip" : contentType(key)), RequestBody.fromBytes(content));
                count++;
            }
        }
        return count;
    }

    private static boolean insideZipFolder(Path bucket, Path p) {
        for (Path parent = p.getParent(); parent != null && !parent.equals(bucket); parent = parent.getParent()) {
            if (parent.getFileName().toString().endsWith(".zip")) {
                return true;
            }
        }
        return false;
    }

    /** A zip of a folder's files, with fixed entry times so the bytes are the same on every seeding. */
    static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry e = new ZipEntry(folder.relativize(f).toString().replace('\\', '/'));
                e.setTime(0L);
                zip.putNextEntry(e);
                try {
                    Files.copy(f, zip);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String contentType(String key) {
        if (key.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (key.endsWith(".csv")) {
            return "text/csv";
        }
        if (key.endsWith(".json")) {
            return "application/json";
        }
        if (key.endsWith(".xml")) {
            return "application/xml";
        }
        return "text/plain; charset=utf-8";
    }
}
