package com.execreports.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.execreports.config.AwsClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Leaves behind what a person wants to open after a demo run: every message SES received, as an {@code .eml} file of
 * the raw MIME message exactly as sent (kept by the recording proxy in front of the emulator), plus its own record ({@code store.json}) and what SES was asked to deliver to
 * ({@code ses-requests.json}, which shows the BCC audit copy), and a copy of the archive bucket.
 *
 * <p>usage: {@code DemoExport <ses-url> <aws.endpoint> <archive-bucket> <out-dir>}
 */
public final class DemoExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ses;

    DemoExport(String ses) {
        this.ses = ses;
    }

    public static void main(String[] args) throws Exception {
        com.execreports.logging.RedactedLogProvider.select();
        if (args.length != 4) {
            System.err.println("usage: DemoExport <ses-url> <aws.endpoint> <archive-bucket> <out-dir>");
            System.exit(2);
        }
        Path out = Path.of(args[3]);
        DemoExport export = new DemoExport(args[0]);
        List<String> lines = export.outbox(out.resolve("outbox"));
        AwsClients aws = new AwsClients(System.getProperty("aws.region", "us-west-2"), args[1], Duration.ofSeconds(60));
        try (S3Client s3 = aws.s3()) {
            lines.addAll(archive(s3, args[2], out.resolve("archive")));
        }
        lines.forEach(System.out::println);
    }

    List<String> outbox(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        JsonNode store = JSON.readTree(get("/store"));
        Files.writeString(dir.resolve("store.json"), JSON.writeValueAsString(store));
        JsonNode requests = JSON.readTree(get("/__requests"));
        Files.writeString(dir.resolve("ses-requests.json"), JSON.writeValueAsString(requests));
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (JsonNode email : store.path("emails")) {
            n++;
            String id = email.path("messageId").asText();
            byte[] eml = get("/__raw?messageId=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).getBytes(StandardCharsets.ISO_8859_1);
            String role = header(new String(eml, StandardCharsets.UTF_8), "X-Exec-Reports-Role");
            Path file = dir.resolve("%02d-%s.eml".formatted(n, role == null ? id : role));
            Files.write(file, eml);
            lines.add("outbox  " + file + "  (" + email.path("subject").asText() + ")");
        }
        return lines;
    }

    static List<String> archive(S3Client s3, String bucket, Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
            Path file = dir.resolve(o.key()).normalize();
            if (!file.startsWith(dir)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(o.key()))) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            lines.add("archive s3://" + bucket + "/" + o.key() + "  ->  " + file);
        }
        return lines;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ses + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(path.startsWith("/__raw") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException("SES emulator " + path + " answered HTTP " + r.statusCode());
        }
        return r.body();
    }

    static String header(String eml, String name) {
        for (String line : eml.split("\r?\n")) {
            if (line.isEmpty()) {
                return null;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }
}
