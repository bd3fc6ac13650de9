package com.execreports.localaws;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.execreports.config.AwsClients;
import com.execreports.demo.DemoSeeder;
import com.execreports.demo.SecondPortfolio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The local AWS emulators of {@code local-aws/start.mjs}, started once per test JVM on free ports. The emulator
 * process watches its stdin, so it stops with this JVM even when the JVM is killed.
 */
public final class LocalAws {

    public static final String ARCHIVE_BUCKET = "exec-reports-archive";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalAws instance;
    private static boolean demoSeeded;
    private static LocalAws second;

    private final Process process;
    private final String dynamodb;
    private final String s3;
    private final String ses;
    private final String inventory;
    private final String sns;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalAws(Process process, JsonNode endpoints) {
        this.process = process;
        this.dynamodb = endpoints.path("dynamodb").asText();
        this.s3 = endpoints.path("s3").asText();
        this.ses = endpoints.path("ses").asText();
        this.inventory = endpoints.path("lambda").asText();
        this.sns = endpoints.path("sns").asText();
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            credentials();
            instance = start();
        }
        return instance;
    }

    private static void credentials() {
        // the emulators accept these dummy credentials; the SDK's default chain reads them from system properties
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        System.setProperty("aws.region", "us-west-2");
    }

    /**
     * Emulators of their own, seeded once per JVM with {@link SecondPortfolio}: the same table and bucket names as the
     * demo's, so the test classes reading the demo in this JVM never see it.
     */
    public static synchronized LocalAws withSecondPortfolio() throws IOException {
        if (second == null) {
            credentials();
            LocalAws aws = start(SecondPortfolio.inventory(projectDir().resolve("demo/buckets/portfolio-code/inventory"),
                    // this JVM's own folder: test JVMs side by side (surefire forkCount) would read each other's half-written files
                    projectDir().resolve("target/second-portfolio-inventory-" + ProcessHandle.current().pid())));
            try (DynamoDbClient ddb = aws.clients().dynamoDb(); S3Client s3 = aws.clients().s3()) {
                new SecondPortfolio().seed(new DemoSeeder(ddb, s3), projectDir().resolve("demo/buckets"), ARCHIVE_BUCKET);
            }
            second = aws;
        }
        return second;
    }

    /** Seeds the demo portfolio once per JVM (tables, buckets, archive bucket). */
    public static synchronized LocalAws withDemoPortfolio() throws IOException {
        LocalAws aws = get();
        if (!demoSeeded) {
            try (DynamoDbClient ddb = aws.clients().dynamoDb(); S3Client s3 = aws.clients().s3()) {
                new DemoSeeder(ddb, s3).seed(projectDir().resolve("demo/buckets"), ARCHIVE_BUCKET);
            }
            demoSeeded = true;
        }
        return aws;
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("execreports.projectDir", ".")).toAbsolutePath();
    }

    private static LocalAws start() {
        return start(projectDir().resolve("demo/buckets/portfolio-code/inventory"));
    }

    /** @param inventory the folder the Lambda and CloudFront inventory server answers from */
    private static LocalAws start(Path inventory) {
        Path dir = projectDir();
        File script = dir.resolve("local-aws/start.mjs").toFile();
        if (!dir.resolve("local-aws/node_modules").toFile().isDirectory()) {
            throw new IllegalStateException("local-aws/node_modules is missing: run 'node local-aws/install.mjs' (mvn verify does)");
        }
        try {
            Process p = new ProcessBuilder("node", script.getPath(), "--watch-stdin",
                    "--inventory", inventory.toString(), "--packages", dir.resolve("demo/lambda-packages").toString(),
                    "--s3proxy-jar", dir.resolve("target/local-aws/s3proxy.jar").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("local AWS emulators exited before becoming ready (exit " + p.waitFor() + ")");
            }
            LocalAws aws = new LocalAws(p, JSON.readTree(line));
            Runtime.getRuntime().addShutdownHook(new Thread(aws::stop, "local-aws-stop"));
            return aws;
        } catch (Exception e) {
            throw new IllegalStateException("could not start local AWS: " + e.getMessage(), e);
        }
    }

    void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    /** The value of the aws.endpoint property for the service under test. */
    public String endpointProperty() {
        return "s3=" + s3 + ",dynamodb=" + dynamodb + ",ses=" + ses + ",sns=" + sns + ",lambda=" + inventory + ",cloudfront=" + inventory
                + ",iam=" + inventory + ",rds=" + inventory + ",cloudwatch=" + inventory + ",sesv2=" + inventory + ",ce=" + inventory;
    }

    /** Creates the ops alert topic (SNS refuses to publish to a topic that does not exist) and returns its ARN. */
    public String opsTopic(String name) {
        try (var client = clients().sns()) {
            return client.createTopic(b -> b.name(name)).topicArn();
        }
    }

    /** What was published to SNS, in order: topicArn, subject, message. */
    public List<JsonNode> snsMessages() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sns + "/__messages")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(r.body()).path("messages").forEach(all::add);
        return all;
    }

    public void clearSns() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(sns + "/__clear")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Steers the IAM/RDS/CloudWatch/SESv2 answers of the inventory server: {@code data} replaces its files by name,
     * {@code faults} plants errors per action ({"DescribeDBInstances": {"count": 1, "code": "Throttling"}}).
     */
    public void steerAccount(Object steering) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(inventory + "/__account")).POST(HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(steering))).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Back to the demo files, no faults, calls counted from zero. */
    public void resetAccount() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(inventory + "/__account/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** How many requests each account action received since the last reset, faults included. */
    public JsonNode accountCalls() throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(inventory + "/__account/calls")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
    }

    public String sesUrl() {
        return ses;
    }

    public AwsClients clients() {
        return new AwsClients("us-west-2", endpointProperty(), Duration.ofSeconds(30));
    }

    /** The messages the SES emulator kept (its /store), in the order received. */
    public List<JsonNode> sesEmails() throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(get("/store")).path("emails").forEach(all::add);
        return all;
    }

    /** What SES was asked to deliver to (Destinations), as the recording proxy saw each SendRawEmail. */
    public List<JsonNode> sesRequests() throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(get("/__requests")).path("requests").forEach(all::add);
        return all;
    }

    /** The raw MIME message as SES received it. */
    public byte[] rawMessage(String messageId) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(ses + "/__raw?messageId="
                + URLEncoder.encode(messageId, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("no raw message " + messageId);
        }
        return r.body();
    }

    /**
     * Injects SES faults through the recording proxy, e.g. {@code [{"error":"Throttling","every":2}]} or
     * {@code [{"error":"MessageRejected","role":"cfo"}]}; see local-aws/start.mjs. Replaces earlier rules.
     */
    public void sesFaults(String rulesJson) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ses + "/__faults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"rules\":" + rulesJson + "}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("SES faults not set: " + r.statusCode() + " " + r.body());
        }
    }

    public void clearSesFaults() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(ses + "/__faults")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    /**
     * SES faults for one period only ({@code "period"} set in each rule), added beside the rules other periods set: runs
     * of periods of their own can be faulted at the same time. {@link #clearSesFaults(String)} removes them.
     */
    public void addSesFaults(String rulesJson) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ses + "/__faults?add"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"rules\":" + rulesJson + "}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("SES faults not added: " + r.statusCode() + " " + r.body());
        }
    }

    /** Removes the SES faults of one period, leaving the other periods'. */
    public void clearSesFaults(String period) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(ses + "/__faults?period=" + URLEncoder.encode(period, StandardCharsets.UTF_8))).DELETE()
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The SendRawEmail calls SES accepted (faulted calls left out). */
    public List<JsonNode> sesAccepted() throws IOException, InterruptedException {
        return sesRequests().stream().filter(r -> !r.has("fault")).toList();
    }

    public void clearSes() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(ses + "/clear-store")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    public List<String> keys(String bucket, String prefix) {
        try (S3Client client = clients().s3()) {
            return client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).sorted().toList();
        }
    }

    /** Any object, binary or not, as bytes. */
    public byte[] bytes(String bucket, String key) {
        try (S3Client client = clients().s3()) {
            return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        }
    }

    public String object(String bucket, String key) {
        try (S3Client client = clients().s3()) {
            ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return bytes.asUtf8String();
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ses + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.body();
    }
}
