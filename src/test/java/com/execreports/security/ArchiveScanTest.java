package com.execreports.security;

import static com.execreports.security.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.execreports.security.Archives.TarEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Objects as they come out of a bucket: archives in archives, hostile ones, broken ones, binaries. */
class ArchiveScanTest {

    private static final SecretScanner SCANNER = Planted.SCANNER;
    private static final String STRIPE = Planted.STRIPE;
    private static final String ENV = "# deploy settings\nNODE_ENV=production\nSTRIPE_SECRET_KEY=" + STRIPE + "\n";

    /** 1 GB of zeros, deflated at the fastest level (1.5 s rather than 6): under 5 MB, a ratio above 200. */
    private static byte[] zipBomb;

    @BeforeAll
    static void buildTheZipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        zipBomb = out.toByteArray();
    }

    private static ScanOutcome scan(String key, byte[] bytes) {
        return SCANNER.scanObject("s3://portfolio-code/" + key, key, new ByteArrayInputStream(bytes), bytes.length);
    }

    // ---------------------------------------------------------------- what is found

    @Test
    void finds_a_secret_in_a_zip_with_its_file_and_line() {
        ScanOutcome outcome = scan("lambda/fn.zip", Archives.zip("config/.env", utf8(ENV)));

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.notScannedReason()).isNull();
        assertThat(outcome.filesScanned()).isEqualTo(1);
        assertThat(outcome.findings()).extracting(SecretFinding::resource, SecretFinding::file, SecretFinding::line, SecretFinding::variable)
                .containsExactly(tuple("s3://portfolio-code/lambda/fn.zip", "config/.env", 3, "STRIPE_SECRET_KEY"));
    }

    @Test
    void finds_a_secret_in_a_zip_inside_a_zip() {
        byte[] inner = Archives.zip("config/.env", utf8(ENV));
        byte[] outer = Archives.zip(Map.of("vendor/inner.zip", inner));

        ScanOutcome outcome = scan("lambda/outer.zip", outer);

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line)
                .containsExactly(tuple("vendor/inner.zip!/config/.env", 3));
    }

    @Test
    void scans_three_archives_deep_but_not_four() {
        byte[] level3 = Archives.zip("l3.env", utf8(ENV));
        byte[] level2 = Archives.zip("l3.zip", level3);
        byte[] level1 = Archives.zip("l2.zip", level2);

        assertThat(scan("l1.zip", level1).scanned()).isTrue();
        assertThat(scan("l1.zip", level1).findings()).extracting(SecretFinding::file).containsExactly("l2.zip!/l3.zip!/l3.env");

        byte[] level0 = Archives.zip(Map.of("a.env", utf8(ENV), "l1.zip", level1));
        ScanOutcome tooDeep = scan("l0.zip", level0);

        assertThat(tooDeep.scanned()).isFalse();
        assertThat(tooDeep.notScannedReason())
                .isEqualTo("not scanned: archive 'l1.zip!/l2.zip!/l3.zip' is nested 4 deep, above the limit of 3");
        assertThat(tooDeep.clean()).isFalse();
    }

    @Test
    void finds_a_secret_in_an_env_file_inside_a_tar_gz_with_its_file_and_line() {
        byte[] tar = Archives.tar(List.of(
                TarEntry.directory("app/"),
                TarEntry.file("app/README.md", "# app\n"),
                TarEntry.symlink("app/current", "/etc/passwd"),
                TarEntry.file("app/.env", ENV)));

        ScanOutcome outcome = scan("repos/app.tar.gz", Archives.gzip(tar));

        assertThat(outcome.scanned()).as(String.valueOf(outcome.notScannedReason())).isTrue();
        assertThat(outcome.filesScanned()).isEqualTo(2);
        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line, SecretFinding::variable)
                .containsExactly(tuple("app/.env", 3, "STRIPE_SECRET_KEY"));
    }

    @Test
    void finds_a_secret_in_a_tgz_recognised_by_its_bytes_whatever_its_name() {
        byte[] tgz = Archives.gzip(Archives.tar(List.of(TarEntry.file("deploy/.env", ENV))));

        ScanOutcome outcome = scan("backups/latest", tgz);

        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly("deploy/.env");
    }

    @Test
    void reads_long_tar_names() {
        String longName = "a/" + "very-long-directory-name/".repeat(6) + ".env";
        byte[] tar = Archives.tar(List.of(TarEntry.file(longName, ENV)));

        ScanOutcome outcome = scan("long.tar", tar);

        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly(longName);
    }

    @Test
    void finds_a_secret_in_a_single_gzipped_file() {
        ScanOutcome outcome = scan("exports/repos.env.gz", Archives.gzip(utf8(ENV)));

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line).containsExactly(tuple("repos.env", 3));
    }

    @Test
    void a_plain_text_object_has_no_file_inside_it() {
        ScanOutcome outcome = scan("repos/repos.env", utf8(ENV));

        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line).containsExactly(tuple(null, 3));
        assertThat(outcome.filesScanned()).isEqualTo(1);
    }

    @Test
    void skips_binaries_by_extension_and_by_nul_bytes_and_counts_them() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("logo.png", png);
        entries.put("Handler.class", utf8("STRIPE_SECRET_KEY=" + STRIPE)); // compiled code is not scanned, whatever it holds
        entries.put("data.txt", Archives.concat(utf8("header"), new byte[] {0, 1, 2, 0}));
        entries.put("index.js", utf8("module.exports = {};\n"));
        entries.put(".env", utf8(ENV));

        ScanOutcome outcome = scan("fn.jar", Archives.zip(entries));

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.binariesSkipped()).isEqualTo(3);
        assertThat(outcome.filesScanned()).isEqualTo(2);
        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly(".env");
    }

    @Test
    void an_env_saved_as_utf16_with_a_bom_is_decoded_and_scanned_not_skipped_as_binary() {
        byte[] utf16 = Archives.concat(new byte[] {(byte) 0xff, (byte) 0xfe}, ENV.getBytes(StandardCharsets.UTF_16LE));

        ScanOutcome outcome = scan("fn.zip", Archives.zip(".env", utf16));

        assertThat(outcome.binariesSkipped()).isZero();
        assertThat(outcome.filesScanned()).isEqualTo(1);
        assertThat(outcome.findings()).extracting(SecretFinding::ruleId, SecretFinding::file, SecretFinding::line)
                .containsExactly(tuple("stripe-secret-key", ".env", 3));
    }

    @Test
    void utf16_and_utf32_without_a_bom_are_told_by_their_nul_pattern() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("le16.env", ENV.getBytes(StandardCharsets.UTF_16LE));
        entries.put("be16.env", ENV.getBytes(StandardCharsets.UTF_16BE));
        entries.put("le32.env", ENV.getBytes(Charset.forName("UTF-32LE")));
        entries.put("be32.env", Archives.concat(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff}, ENV.getBytes(Charset.forName("UTF-32BE"))));

        ScanOutcome outcome = scan("settings.zip", Archives.zip(entries));

        assertThat(outcome.binariesSkipped()).isZero();
        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line).containsExactly(
                tuple("le16.env", 3), tuple("be16.env", 3), tuple("le32.env", 3), tuple("be32.env", 3));
    }

    @Test
    void binaries_whose_nuls_fall_every_other_byte_are_still_skipped() {
        byte[] shorts = new byte[4096]; // little-endian 16-bit samples below 256: a NUL every other byte, no text
        Random random = new Random(11);
        for (int i = 0; i < shorts.length; i += 2) {
            shorts[i] = (byte) (1 + random.nextInt(30));
        }
        byte[] bomThenNoise = new byte[4096];
        random.nextBytes(bomThenNoise);
        bomThenNoise[0] = (byte) 0xff;
        bomThenNoise[1] = (byte) 0xfe;
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("samples.raw", Archives.concat(shorts, utf8("STRIPE_SECRET_KEY=" + STRIPE)));
        entries.put("blob", bomThenNoise);
        entries.put("logo.png", ENV.getBytes(StandardCharsets.UTF_16LE)); // by extension, whatever it holds

        ScanOutcome outcome = scan("assets.zip", Archives.zip(entries));

        assertThat(outcome.binariesSkipped()).isEqualTo(3);
        assertThat(outcome.filesScanned()).isZero();
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void an_empty_zip_is_scanned_and_clean() {
        ScanOutcome outcome = scan("empty.zip", Archives.zip(Map.of()));

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.filesScanned()).isZero();
    }

    // ---------------------------------------------------------------- hostile and broken objects

    @Test
    void a_zip_bomb_is_not_scanned_and_stops_early_without_inflating_it() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        ScanOutcome outcome = scan("bomb.zip", zipBomb);

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(zipBomb.length).isLessThan(8 * 1024 * 1024);
        assertThat(outcome.scanned()).isFalse();
        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: compression ratio above 100 in entry 'zeros.bin' (zip bomb?)");
        assertThat(elapsedMillis).isLessThan(10_000);
        assertThat(allocated).as("bytes allocated while scanning").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_bomb_inside_a_tar_gz_is_named_by_its_entry() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long size = 64L * 1024 * 1024;
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(Archives.header("zeros.log", '0', size, ""));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
            gz.write(new byte[1024]);
        }

        ScanOutcome outcome = scan("logs.tgz", out.toByteArray());

        assertThat(outcome.notScannedReason()).contains("compression ratio above 100").contains("(zip bomb?)");
    }

    @Test
    void a_zip_with_a_path_traversal_entry_is_not_scanned_but_keeps_what_it_found_before() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("app/.env", utf8(ENV));
        entries.put("../evil.sh", utf8("#!/bin/sh\nrm -rf ~\n"));
        entries.put("app/later.env", utf8(ENV));

        ScanOutcome outcome = scan("evil.zip", Archives.zip(entries));

        assertThat(outcome.scanned()).isFalse();
        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: zip entry '../evil.sh' has a path-traversal name");
        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly("app/.env");
        assertThat(outcome.clean()).isFalse();
    }

    @Test
    void absolute_and_drive_letter_names_are_path_traversal_too() {
        assertThat(scan("a.zip", Archives.zip("/etc/cron.d/job", utf8("x"))).notScannedReason())
                .isEqualTo("not scanned: zip entry '/etc/cron.d/job' has a path-traversal name");
        assertThat(scan("b.zip", Archives.zip("C:\\Windows\\evil.bat", utf8("x"))).notScannedReason())
                .contains("has a path-traversal name");
        assertThat(scan("c.zip", Archives.zip("a/b/../../../evil.sh", utf8("x"))).notScannedReason())
                .contains("has a path-traversal name");
        assertThat(scan("d.tar", Archives.tar(List.of(TarEntry.file("../../etc/passwd", "x")))).notScannedReason())
                .isEqualTo("not scanned: tar entry '../../etc/passwd' has a path-traversal name");
        assertThat(scan("e.zip", Archives.zip("docs/..notes..md", utf8("x"))).scanned()).isTrue();
    }

    @Test
    void an_object_declared_above_the_size_limit_is_not_read_at_all() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the object was read");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new AssertionError("the object was read");
            }
        };

        ScanOutcome outcome = SCANNER.scanObject("s3://portfolio-code/big.zip", "big.zip", untouchable, 200L * 1024 * 1024);

        assertThat(outcome.scanned()).isFalse();
        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: object is 209,715,200 bytes, above the 100 MB limit");
        assertThat(outcome.filesScanned()).isZero();
    }

    @Test
    void an_object_longer_than_declared_stops_at_the_size_limit() {
        SecretScanner small = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS.withMaxObjectBytes(1024));
        byte[] text = utf8("x = 1\n".repeat(1000));

        ScanOutcome outcome = small.scanObject("r", "notes.txt", new ByteArrayInputStream(text), 100);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: object is more than 1 KB (declared 100 bytes)");
    }

    @Test
    void a_truncated_zip_is_a_corrupt_archive() {
        byte[] zip = Archives.zip(Map.of("a.env", utf8(ENV.repeat(50)), "b.env", utf8(ENV.repeat(50))));

        ScanOutcome outcome = scan("cut.zip", Arrays.copyOf(zip, zip.length / 2));

        assertThat(outcome.scanned()).isFalse();
        assertThat(outcome.notScannedReason()).startsWith("not scanned: corrupt archive: ");
    }

    @Test
    void a_zip_cut_between_entries_and_so_without_its_central_directory_is_a_corrupt_archive() {
        byte[] first = Archives.zip("a.env", utf8(ENV));
        // the local entry alone: everything before the central directory
        int centralDirectory = indexOf(first, new byte[] {'P', 'K', 1, 2});

        ScanOutcome outcome = scan("cut.zip", Arrays.copyOf(first, centralDirectory));

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: corrupt archive: 'cut.zip' has no end of central directory (truncated?)");
        assertThat(outcome.findings()).hasSize(1);
    }

    @Test
    void a_file_named_zip_that_is_not_one_is_a_corrupt_archive() {
        assertThat(scan("fake.zip", utf8("hello")).notScannedReason()).isEqualTo("not scanned: corrupt archive: 'fake.zip' not a zip file");
        assertThat(scan("fake.tar.gz", utf8("hello")).notScannedReason()).isEqualTo("not scanned: corrupt archive: 'fake.tar.gz' not a gzip file");
    }

    @Test
    void a_truncated_tar_gz_and_a_tar_with_a_bad_checksum_are_corrupt_archives() {
        byte[] tgz = Archives.gzip(Archives.tar(List.of(TarEntry.file("a.env", ENV.repeat(100)))));
        assertThat(scan("cut.tgz", Arrays.copyOf(tgz, tgz.length - 40)).notScannedReason()).startsWith("not scanned: corrupt archive: ");

        byte[] tar = Archives.tar(List.of(TarEntry.file("a.env", ENV)));
        tar[10] ^= 0x20;
        assertThat(scan("bad.tar", tar).notScannedReason()).contains("corrupt archive").contains("checksum");

        byte[] noEnd = Arrays.copyOf(Archives.tar(List.of(TarEntry.file("a.env", ENV))), 1024);
        assertThat(scan("noend.tar", noEnd).notScannedReason()).contains("corrupt archive").contains("end-of-archive");
    }

    @Test
    void an_entry_above_the_entry_limit_is_not_scanned() {
        SecretScanner small = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS.withMaxEntryBytes(1024));

        ScanOutcome outcome = small.scanObject("r", "a.zip", new ByteArrayInputStream(Archives.zip("big.log", utf8("y\n".repeat(2000)))), -1);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: entry 'big.log' is larger than the 1 KB entry limit");
    }

    @Test
    void too_many_entries_are_not_scanned() {
        SecretScanner small = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS.withMaxEntries(3));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", utf8("x"));
        }

        ScanOutcome outcome = small.scanObject("r", "many.zip", new ByteArrayInputStream(Archives.zip(entries)), -1);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: more than 3 archive entries");
        assertThat(outcome.filesScanned()).isEqualTo(3);
    }

    @Test
    void too_many_bytes_in_all_are_not_scanned() {
        SecretScanner small = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS.withMaxTotalBytes(10_000));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", utf8("line of text\n".repeat(300)));
        }

        ScanOutcome outcome = small.scanObject("r", "big.zip", new ByteArrayInputStream(Archives.zip(entries)), -1);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: more than 10,000 bytes uncompressed in all");
    }

    @Test
    void the_time_limit_stops_a_scan_and_says_so() {
        AtomicLong now = new AtomicLong();
        // every look at the clock takes a second: the 20 s budget runs out after twenty reads or lines
        SecretScanner slow = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS,
                () -> now.addAndGet(Duration.ofSeconds(1).toNanos()));
        byte[] text = utf8(ENV + "x = 1\n".repeat(100));

        ScanOutcome outcome = slow.scanObject("r", "slow.env", new ByteArrayInputStream(text), text.length);

        assertThat(outcome.scanned()).isFalse();
        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: time limit of 20 s reached");
        assertThat(outcome.findings()).extracting(SecretFinding::line).containsExactly(3);
    }

    @Test
    void a_failing_source_stream_is_unreadable_not_corrupt() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        ScanOutcome outcome = SCANNER.scanObject("r", "a.zip", failing, 100);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: could not read the object: connection reset");
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
