package com.execreports.security;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * One {@code scanObject} call: walks the object as a stream — zip, gzip, tar and text, nested archives inside
 * them — and collects findings until the end or a limit. Nothing is written anywhere and nothing is held whole:
 * every archive is read entry by entry from the stream by Commons Compress, between {@link BoundedStream}s that
 * hold the limits.
 */
final class ObjectScan {

    private static final int MAX_NAME_SHOWN = 200;
    /** A GNU long name or a PAX header larger than this is not a name: it is an attack or garbage. */
    static final int MAX_TAR_META = 64 * 1024;

    private final SecretRules rules;
    private final Fingerprints fingerprints;
    private final Budget budget;
    private final String resource;
    private final List<SecretFinding> findings = new ArrayList<>();

    ObjectScan(SecretRules rules, Fingerprints fingerprints, Budget budget, String resource) {
        this.rules = rules;
        this.fingerprints = fingerprints;
        this.budget = budget;
        this.resource = resource;
    }

    ScanOutcome run(String key, InputStream content, long declaredSize) {
        ScanLimits limits = budget.limits();
        if (declaredSize > limits.maxObjectBytes()) {
            return outcome("not scanned: object is " + ScanLimits.count(declaredSize) + " bytes, above the "
                    + ScanLimits.size(limits.maxObjectBytes()) + " limit");
        }
        String overLimit = "not scanned: object is more than " + ScanLimits.size(limits.maxObjectBytes())
                + (declaredSize >= 0 ? " (declared " + ScanLimits.count(declaredSize) + " bytes)" : "");
        BoundedStream raw = BoundedStream.object(content, budget, limits.maxObjectBytes(), overLimit);
        try {
            content(null, key, raw, 0);
            return outcome(null);
        } catch (ScanStopped e) {
            return outcome(e.reason());
        } catch (BoundedStream.Unreadable e) {
            return outcome("not scanned: could not read the object: " + detail(e.getCause()));
        } catch (IOException | IllegalArgumentException e) {
            // Commons Compress reports some malformed headers with IllegalArgumentException
            return outcome("not scanned: corrupt archive: " + detail(e));
        } catch (RuntimeException e) {
            return outcome("not scanned: scanner error: " + e.getClass().getSimpleName());
        }
    }

    private ScanOutcome outcome(String reason) {
        return new ScanOutcome(resource, reason == null, reason, budget.filesScanned, budget.binariesSkipped, findings);
    }

    /**
     * One file: an archive to open, a binary to pass over or text to scan.
     *
     * @param path  its path for findings (inside the archives: {@code a.zip!/b/c.env}), null for the object itself
     * @param name  its own name, for recognising it by extension
     * @param depth archives around it
     */
    private void content(String path, String name, InputStream in, int depth) throws IOException {
        String display = shown(path == null ? name : path);
        Peek peek = Peek.of(in);
        switch (ContentKind.of(name, peek.head(), peek.length(), display)) {
            case ZIP -> {
                nest(display, depth);
                zip(path, display, peek.whole(), depth + 1);
            }
            case GZIP -> {
                nest(display, depth);
                gzip(path, name, display, peek.whole(), depth + 1);
            }
            case TAR -> {
                nest(display, depth);
                tar(path, peek.whole(), null, depth + 1);
            }
            case BINARY -> budget.binariesSkipped++;
            case TEXT -> text(path, peek);
        }
    }

    private void nest(String display, int depth) {
        int max = budget.limits().maxNestingDepth();
        if (depth + 1 > max) {
            throw new ScanStopped("not scanned: archive '" + display + "' is nested " + (depth + 1)
                    + " deep, above the limit of " + max);
        }
    }

    private void zip(String path, String display, InputStream in, int depth) throws IOException {
        BoundedStream compressed = BoundedStream.beneath(in, budget);
        // a stored entry with a data descriptor stays unsupported (a corrupt archive): reading one would buffer it whole
        ZipArchiveInputStream zip = new ZipArchiveInputStream(compressed, StandardCharsets.UTF_8.name(), true, false);
        ZipArchiveEntry e;
        while ((e = nextZipEntry(zip, display)) != null) {
            budget.entry();
            String entryPath = child(path, e.getName());
            String shown = shown(entryPath);
            if (traversal(e.getName())) {
                throw new ScanStopped("not scanned: zip entry '" + shown + "' has a path-traversal name");
            }
            long start = compressed.count();
            BoundedStream data = BoundedStream.entry(zip, shown, () -> compressed.count() - start, budget, true);
            if (!e.isDirectory()) {
                content(entryPath, e.getName(), data, depth);
            }
            // to the entry's end through the limits: the reader would otherwise inflate the rest unchecked
            data.transferTo(OutputStream.nullOutputStream());
        }
        compressed.transferTo(OutputStream.nullOutputStream());
        if (!compressed.sawZipEnd()) {
            throw ContentKind.corrupt(display, "has no end of central directory (truncated?)");
        }
    }

    /** An archive that ends between two entries, where the next header or data descriptor should be, was cut short. */
    private static ZipArchiveEntry nextZipEntry(ZipArchiveInputStream zip, String display) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (EOFException e) {
            throw ContentKind.corrupt(display, "has no end of central directory (truncated?)");
        }
    }

    private void gzip(String path, String name, String display, InputStream in, int depth) throws IOException {
        BoundedStream compressed = BoundedStream.beneath(in, budget);
        // concatenated members are one file, as gzip -d reads them
        GzipCompressorInputStream gz = GzipCompressorInputStream.builder().setInputStream(compressed)
                .setDecompressConcatenated(true).get();
        BoundedStream data = BoundedStream.entry(gz, display, compressed::count, budget, true);
        Peek peek = Peek.of(data);
        String inner = gunzipped(name == null ? "" : name);
        if (ContentKind.isUstar(peek.head(), peek.length()) || inner.toLowerCase(Locale.ROOT).endsWith(".tar")) {
            // a .tar.gz is one archive: its entries are limited one by one, against the gzip's compressed bytes
            data.noEntrySizeLimit();
            tar(path, peek.whole(), compressed::count, depth);
        } else {
            content(path == null ? inner.substring(inner.lastIndexOf('/') + 1) : gunzipped(path), inner, peek.whole(), depth);
        }
        // to the gzip trailer, where its CRC is checked
        data.transferTo(OutputStream.nullOutputStream());
    }

    /** @param compressed compressed bytes beneath (a .tar.gz), or null when the tar is read as it is */
    private void tar(String path, InputStream in, LongSupplier compressed, int depth) throws IOException {
        BoundedStream counted = BoundedStream.beneath(in, budget);
        LongSupplier beneath = compressed != null ? compressed : counted::count;
        CheckedTarInput tar = new CheckedTarInput(counted);
        while (true) {
            // headers are read whole into memory: a long name or PAX header gets a few blocks beyond its 64 KB
            counted.capAt(counted.count() + 2L * MAX_TAR_META + 16L * CheckedTarInput.BLOCK,
                    "not scanned: corrupt archive: tar long-name or PAX header above " + ScanLimits.size(MAX_TAR_META));
            TarArchiveEntry e = tar.getNextEntry();
            counted.capAt(-1, null);
            if (e == null) {
                break;
            }
            budget.entry();
            String entryPath = child(path, e.getName());
            String shown = shown(entryPath);
            if (traversal(e.getName())) {
                throw new ScanStopped("not scanned: tar entry '" + shown + "' has a path-traversal name");
            }
            if (CheckedTarInput.regular(e)) {
                long start = beneath.getAsLong();
                // tar entries are slices, not inflation: the bytes already count where they were inflated
                BoundedStream data = BoundedStream.entry(tar, shown, () -> beneath.getAsLong() - start, budget, false);
                content(entryPath, e.getName(), data, depth);
                data.transferTo(OutputStream.nullOutputStream());
            } else {
                // directories, links, devices: nothing to scan, but any data they carry is passed over here, not
                // inside the next header read
                tar.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    private void text(String path, Peek peek) throws IOException {
        budget.filesScanned++;
        FileScan scan = new FileScan(rules, fingerprints, budget, resource, FileScan.mask(path, rules));
        TextEncoding encoding = TextEncoding.of(peek.head(), peek.length());
        InputStream in = peek.whole();
        in.skipNBytes(encoding.bomLength());
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        LineReader lines = new LineReader(new BufferedReader(new InputStreamReader(in, decoder), 8192));
        try {
            String line;
            while ((line = lines.next()) != null) {
                scan.line(line, lines.number());
            }
        } finally {
            // what was found before a limit stopped the file is kept: a half-read file is not a clean one
            findings.addAll(scan.finish());
        }
    }

    static String child(String path, String name) {
        return path == null ? name : path + "!/" + name;
    }

    /** {@code ../x}, {@code a/../../x}, {@code /etc/x}, {@code C:\x}, {@code \\server\x}: names meant to escape. */
    static boolean traversal(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() >= 2 && Character.isLetter(n.charAt(0)) && n.charAt(1) == ':')) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String gunzipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        if (lower.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        return name;
    }

    /** A name from the content, fit for a reason: secrets masked, control characters replaced, length capped. */
    private String shown(String name) {
        if (name == null) {
            return "";
        }
        String s = FileScan.mask(name, rules);
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(MAX_NAME_SHOWN).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return s.codePointCount(0, s.length()) > MAX_NAME_SHOWN ? out + "…" : out.toString();
    }

    /** An exception's message, shown the same way: the JDK's archive errors name sizes and states, not content. */
    private String detail(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : shown(message);
    }
}
