package com.execreports.security;

import static com.execreports.security.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import com.execreports.security.Archives.TarEntry;

import org.junit.jupiter.api.Test;

/** Tar shapes the scanner meets, read through Commons Compress: names from every header kind, damage, hostility. */
class TarArchiveScanTest {

    private static final String ENV = "# deploy settings\nSTRIPE_SECRET_KEY=" + Planted.STRIPE + "\n";

    private static ScanOutcome scan(String key, byte[] bytes) {
        return Planted.SCANNER.scanObject("s3://portfolio-code/" + key, key, new ByteArrayInputStream(bytes), bytes.length);
    }

    @Test
    void scans_files_and_passes_over_directories_and_links() {
        byte[] tar = Archives.tar(List.of(TarEntry.directory("app/"), TarEntry.file("app/a.txt", "alpha"),
                TarEntry.symlink("app/link", ".env"), TarEntry.file("app/.env", ENV)));

        ScanOutcome outcome = scan("app.tar", tar);

        assertThat(outcome.scanned()).isTrue();
        assertThat(outcome.filesScanned()).isEqualTo(2);
        assertThat(outcome.findings()).extracting(SecretFinding::file, SecretFinding::line).containsExactly(tuple("app/.env", 2));
    }

    @Test
    void reads_utf8_names_whatever_the_platform_charset() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("caf\u00e9/r\u00e9glages.env", ENV)));

        assertThat(scan("names.tar", tar).findings()).extracting(SecretFinding::file)
                .containsExactly("caf\u00e9/r\u00e9glages.env");
    }

    @Test
    void an_entry_left_unread_does_not_hide_the_next_one() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("big.bin", "y".repeat(5000)), TarEntry.file("after.env", ENV)));

        ScanOutcome outcome = scan("skip.tar", tar);

        assertThat(outcome.binariesSkipped()).isEqualTo(1);
        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly("after.env");
    }

    @Test
    void joins_the_ustar_prefix_to_the_name() {
        byte[] header = Archives.header(".env", '0', utf8(ENV).length, "");
        System.arraycopy(utf8("deep/path"), 0, header, 345, 9);
        fixChecksum(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(Arrays.copyOf(utf8(ENV), 512));
        out.writeBytes(new byte[1024]);

        assertThat(scan("prefix.tar", out.toByteArray()).findings()).extracting(SecretFinding::file)
                .containsExactly("deep/path/.env");
    }

    @Test
    void takes_the_path_of_a_pax_header() {
        String record = "path=pax/very/long/name.env\n";
        String pax = (record.length() + 3) + " " + record;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archives.writeEntry(out, "PaxHeader", 'x', utf8(pax), "");
        Archives.writeEntry(out, "short.env", '0', utf8(ENV), "");
        out.writeBytes(new byte[1024]);

        assertThat(scan("pax.tar", out.toByteArray()).findings()).extracting(SecretFinding::file)
                .containsExactly("pax/very/long/name.env");
    }

    @Test
    void data_cut_short_is_a_corrupt_archive_that_keeps_what_it_found() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("a.env", ENV), TarEntry.file("b.txt", "alpha".repeat(300))));

        ScanOutcome outcome = scan("cut.tar", Arrays.copyOf(tar, 1024 + 512 + 700));

        assertThat(outcome.notScannedReason()).startsWith("not scanned: corrupt archive: ");
        assertThat(outcome.findings()).extracting(SecretFinding::file).containsExactly("a.env");
        assertThat(outcome.clean()).isFalse();
    }

    @Test
    void a_tar_that_stops_at_an_entry_boundary_is_truncated_not_complete() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("a.env", ENV), TarEntry.file("b.env", ENV)));

        ScanOutcome outcome = scan("cut.tar", Arrays.copyOf(tar, 1024));

        assertThat(outcome.notScannedReason())
                .isEqualTo("not scanned: corrupt archive: tar ends without its end-of-archive block (truncated?)");
        assertThat(outcome.findings()).hasSize(1);
    }

    @Test
    void a_damaged_header_after_the_first_entry_is_a_corrupt_archive() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("a.env", ENV), TarEntry.file("b.env", ENV)));
        tar[1024 + 3] ^= 0x20; // the second header's name

        assertThat(scan("bad.tar", tar).notScannedReason()).isEqualTo(
                "not scanned: corrupt archive: tar header checksum does not match (not a tar file, or damaged)");
    }

    @Test
    void a_long_name_header_of_megabytes_is_refused_without_being_held() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archives.writeEntry(out, "././@LongLink", 'L', utf8("n".repeat(1024 * 1024)), "");
        Archives.writeEntry(out, "short.env", '0', utf8(ENV), "");
        out.writeBytes(new byte[1024]);

        ScanOutcome outcome = scan("names.tar", out.toByteArray());

        assertThat(outcome.notScannedReason())
                .isEqualTo("not scanned: corrupt archive: tar long-name or PAX header above 64 KB");
    }

    @Test
    void entries_of_a_tar_gz_count_towards_the_entry_limit() {
        SecretScanner small = new SecretScanner(SecretRules.bundled(), Planted.KEY, ScanLimits.DEFAULTS.withMaxEntries(2));
        byte[] tgz = Archives.gzip(Archives.tar(List.of(TarEntry.file("a.txt", "a"), TarEntry.file("b.txt", "b"),
                TarEntry.file("c.txt", "c"))));

        ScanOutcome outcome = small.scanObject("r", "many.tgz", new ByteArrayInputStream(tgz), tgz.length);

        assertThat(outcome.notScannedReason()).isEqualTo("not scanned: more than 2 archive entries");
    }

    private static void fixChecksum(byte[] h) {
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        System.arraycopy(utf8(String.format("%06o\0 ", sum)), 0, h, 148, 8);
    }
}
