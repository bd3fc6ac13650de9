package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Canary: fake secrets of every rule type planted in a code artifact and an env file of the code bucket, plus
 * hostile packages, go through the real service. Every secret is found and named in the CTO report, every
 * hostile package is "not scanned" with its reason, the run goes on — and no planted value appears in the
 * emails, the archive or anything the service printed. Failure messages never print a secret.
 */
class CanaryTest {

    static final String PREFIX = "canary/";
    static LocalAws aws;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_find_every_planted_secret_and_name_hostile_packages_without_leaking_any_value(@TempDir Path dir) throws Exception {
        Map<String, byte[]> planted = new LinkedHashMap<>();
        planted.put(PREFIX + "service/config.zip", Archives.zip("src/config.js", Archives.utf8(Planted.TEXT)));
        planted.put(PREFIX + "exports/canary.env", Archives.utf8(Planted.TEXT));
        planted.put(PREFIX + "hostile/bomb.zip", zipBomb());
        planted.put(PREFIX + "hostile/traversal.zip", Archives.zip("../evil.sh", Archives.utf8("echo hi\n")));
        byte[] good = Archives.zip("a.txt", Archives.utf8("hello\n".repeat(2000)));
        planted.put(PREFIX + "hostile/corrupt.zip", java.util.Arrays.copyOf(good, good.length / 2));
        planted.put(PREFIX + "hostile/huge.tar.gz", new byte[5 * 1024 * 1024]);
        try (S3Client s3 = aws.clients().s3()) {
            try {
                planted.forEach((key, bytes) -> s3.putObject(b -> b.bucket("portfolio-code").key(key), RequestBody.fromBytes(bytes)));
                aws.clearSes();

                ServiceProcess.Result r = ServiceProcess.run(dir, List.of("-Daws.endpoint=" + aws.endpointProperty(),
                        "-Drun.clock=2027-01-04T07:00:00-08:00", "-Dsecurity.fingerprint-key=canary-fingerprint-key",
                        "-Dsecurity.max-object-mb=4", "--once"));

                assertThat(r.exit()).as("exit status").isEqualTo(RunOutcome.SUCCESS);
                // the CTO brief counts the secrets on one line, each value once however many files hold it; the full report
                // attached to it names each place
                String brief = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W01/cto.txt").replaceAll("\\s+", " ");
                assertThat(brief).containsPattern("HIGH Hardcoded credentials that anyone with read access to the code can use — \\d+ (more )?secrets");
                String cto = aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W01/cto-full.txt").replaceAll("\\s+", " ");
                // every planted line of both files is named by a finding (lines 2-12: one secret per line, 12 the key block)
                for (String file : List.of("src/config.js", "canary.env")) {
                    for (int line = 2; line <= 12; line++) {
                        // both files hold the same values: one finding per value names both places
                        assertThat(cto.contains(file + " line " + line)).as("a finding at %s line %d", file, line).isTrue();
                    }
                }
                assertThat(cto).contains("Package s3://portfolio-code/canary/hostile/bomb.zip could not be audited for secrets:"
                                + " not scanned: compression ratio above 100 in entry 'zeros.bin' (zip bomb?)")
                        .contains("Package s3://portfolio-code/canary/hostile/traversal.zip could not be audited for secrets:"
                                + " not scanned: zip entry '../evil.sh' has a path-traversal name")
                        .contains("Package s3://portfolio-code/canary/hostile/corrupt.zip could not be audited for secrets: not scanned: corrupt")
                        .contains("Package s3://portfolio-code/canary/hostile/huge.tar.gz could not be audited for secrets:"
                                + " not scanned: object is 5,242,880 bytes, above the 4 MB limit")
                        .contains("Plaintext env file stored in a bucket: canary.env");

                List<String> places = new ArrayList<>();
                places.add(r.output());
                for (JsonNode email : aws.sesEmails()) {
                    places.add(email.toString());
                    places.add(new String(aws.rawMessage(email.path("messageId").asText()), StandardCharsets.ISO_8859_1));
                }
                for (String key : aws.keys(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W01/")) {
                    places.add(new String(aws.bytes(LocalAws.ARCHIVE_BUCKET, key), StandardCharsets.ISO_8859_1));
                }
                assertThat(places).hasSizeGreaterThan(10);
                for (String secret : Planted.SECRETS) {
                    for (String place : places) {
                        assertThat(place.contains(secret)).as("a planted value appears in what the service sent, archived or printed").isFalse();
                        // quoted-printable or base64 bodies must not carry it either: check a long inner fragment too
                        assertThat(place.contains(secret.substring(4, Math.min(secret.length(), 20))))
                                .as("a fragment of a planted value appears").isFalse();
                    }
                }
            } finally {
                planted.keySet().forEach(key -> s3.deleteObject(b -> b.bucket("portfolio-code").key(key)));
            }
        }
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 512; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

}
