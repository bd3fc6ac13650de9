package com.execreports.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds the archives the tests scan, in memory. */
final class Archives {

    private Archives() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of name → content, in order; a name ending in '/' is a directory entry. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String name, byte[] content) {
        return zip(Map.of(name, content));
    }

    /** The files of a folder, as the zip the folder stands for (paths relative to it, '/'-separated, sorted). */
    static byte[] zipFolder(Path folder) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip(entries);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One tar entry: a name, a type flag ('0' file, '5' directory, '2' symlink) and data. */
    record TarEntry(String name, char type, byte[] data, String linkName) {

        static TarEntry file(String name, String content) {
            return new TarEntry(name, '0', utf8(content), "");
        }

        static TarEntry file(String name, byte[] content) {
            return new TarEntry(name, '0', content, "");
        }

        static TarEntry directory(String name) {
            return new TarEntry(name, '5', new byte[0], "");
        }

        static TarEntry symlink(String name, String target) {
            return new TarEntry(name, '2', new byte[0], target);
        }
    }

    /** A ustar archive; names over 100 bytes get a GNU long-name entry first. */
    static byte[] tar(List<TarEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TarEntry e : entries) {
            byte[] name = utf8(e.name());
            if (name.length > 100) {
                writeEntry(out, "././@LongLink", 'L', concat(name, new byte[] {0}), "");
                writeEntry(out, e.name().substring(0, 90), e.type(), e.data(), e.linkName());
            } else {
                writeEntry(out, e.name(), e.type(), e.data(), e.linkName());
            }
        }
        out.writeBytes(new byte[CheckedTarInput.BLOCK * 2]);
        return out.toByteArray();
    }

    static void writeEntry(ByteArrayOutputStream out, String name, char type, byte[] data, String linkName) {
        out.writeBytes(header(name, type, data.length, linkName));
        out.writeBytes(data);
        int pad = (CheckedTarInput.BLOCK - data.length % CheckedTarInput.BLOCK) % CheckedTarInput.BLOCK;
        out.writeBytes(new byte[pad]);
    }

    static byte[] header(String name, char type, long size, String linkName) {
        byte[] h = new byte[CheckedTarInput.BLOCK];
        put(h, 0, 100, utf8(name));
        put(h, 100, 8, utf8("0000644\0"));
        put(h, 108, 8, utf8("0000000\0"));
        put(h, 116, 8, utf8("0000000\0"));
        put(h, 124, 12, utf8(String.format("%011o\0", size)));
        put(h, 136, 12, utf8(String.format("%011o\0", 1_700_000_000L)));
        h[156] = (byte) type;
        put(h, 157, 100, utf8(linkName));
        put(h, 257, 6, utf8("ustar\0"));
        put(h, 263, 2, utf8("00"));
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, 8, utf8(String.format("%06o\0 ", sum)));
        return h;
    }

    private static void put(byte[] h, int off, int len, byte[] value) {
        System.arraycopy(value, 0, h, off, Math.min(len, value.length));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
