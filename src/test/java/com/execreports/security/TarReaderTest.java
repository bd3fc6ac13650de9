package com.execreports.security;

import static com.execreports.security.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.execreports.security.Archives.TarEntry;

import org.junit.jupiter.api.Test;

class TarReaderTest {

    private static List<String> read(byte[] tar) throws IOException {
        TarReader reader = new TarReader(new ByteArrayInputStream(tar));
        List<String> out = new ArrayList<>();
        TarReader.Entry e;
        while ((e = reader.next()) != null) {
            String data = e.regular() ? new String(reader.content().readAllBytes(), StandardCharsets.UTF_8) : "";
            out.add(e.type() + " " + e.name() + " " + data);
        }
        return out;
    }

    @Test
    void reads_files_and_returns_directories_and_links_as_not_regular() throws IOException {
        byte[] tar = Archives.tar(List.of(TarEntry.directory("app/"), TarEntry.file("app/a.txt", "alpha"),
                TarEntry.symlink("app/link", "a.txt"), TarEntry.file("app/b.txt", "x".repeat(1000))));

        assertThat(read(tar)).containsExactly("5 app/ ", "0 app/a.txt alpha", "2 app/link ", "0 app/b.txt " + "x".repeat(1000));
    }

    @Test
    void skips_the_data_of_an_entry_the_caller_did_not_read() throws IOException {
        byte[] tar = Archives.tar(List.of(TarEntry.file("big.bin", "y".repeat(5000)), TarEntry.file("after.txt", "z")));
        TarReader reader = new TarReader(new ByteArrayInputStream(tar));

        assertThat(reader.next().name()).isEqualTo("big.bin");
        TarReader.Entry after = reader.next();

        assertThat(after.name()).isEqualTo("after.txt");
        assertThat(new String(reader.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("z");
        assertThat(reader.next()).isNull();
    }

    @Test
    void joins_the_ustar_prefix_to_the_name() throws IOException {
        byte[] header = Archives.header("file.txt", '0', 2, "");
        System.arraycopy(utf8("deep/path"), 0, header, 345, 9);
        fixChecksum(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(Arrays.copyOf(utf8("hi"), 512));
        out.writeBytes(new byte[1024]);

        assertThat(read(out.toByteArray())).containsExactly("0 deep/path/file.txt hi");
    }

    @Test
    void takes_the_path_of_a_pax_header() throws IOException {
        String record = "path=pax/very/long/name.env\n";
        String pax = (record.length() + 3) + " " + record;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archives.writeEntry(out, "PaxHeader", 'x', utf8(pax), "");
        Archives.writeEntry(out, "short.env", '0', utf8("k=v"), "");
        out.writeBytes(new byte[1024]);

        assertThat(read(out.toByteArray())).containsExactly("0 pax/very/long/name.env k=v");
    }

    @Test
    void refuses_a_header_with_a_wrong_checksum_or_cut_data() {
        byte[] tar = Archives.tar(List.of(TarEntry.file("a.txt", "alpha".repeat(300))));
        byte[] bad = tar.clone();
        bad[0] ^= 1;

        assertThatThrownBy(() -> read(bad)).isInstanceOf(IOException.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> read(Arrays.copyOf(tar, 900))).isInstanceOf(IOException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> read(Arrays.copyOf(tar, 512 + 1536))).isInstanceOf(IOException.class)
                .hasMessageContaining("end-of-archive");
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
