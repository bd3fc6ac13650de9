package com.execreports.security;

import java.util.Locale;
import java.util.Set;

/**
 * What a file is, by its first bytes first and its name second: a zip renamed .txt is still opened, and a file
 * named .zip that is not one is a corrupt archive, not text. A NUL byte makes a file binary unless the NULs are
 * UTF-16's or UTF-32's ({@link TextEncoding}).
 */
enum ContentKind {
    ZIP, GZIP, TAR, BINARY, TEXT;

    /**
     * Compiled code, images, fonts, media, office binaries and the archive formats the scanner does not open (7z, rar,
     * bz2, xz): skipped and counted, not scanned.
     */
    static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tif", "tiff", "psd", "heic", "avif",
            "pdf", "so", "dll", "dylib", "exe", "bin", "o", "a", "lib", "obj", "class", "pyc", "pyo", "wasm", "node",
            "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "wav", "ogg", "flac", "mov", "avi", "mkv", "webm",
            "7z", "rar", "bz2", "xz", "zst", "lz4", "br", "dmg", "iso", "img", "sqlite", "db", "parquet", "avro", "orc",
            "jks", "p12", "pfx", "keystore", "der", "doc", "xls", "ppt");

    private static final Set<String> ZIP_EXTENSIONS = Set.of("zip", "jar", "war", "ear", "whl", "apk", "nupkg", "vsix");

    /** Recognises the kind; throws {@link ScanStopped} for a file whose name promises an archive its bytes are not. */
    static ContentKind of(String name, byte[] head, int length, String display) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8))) {
            return ZIP;
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (isUstar(head, length)) {
            return TAR;
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String ext = extension(lower);
        if (ZIP_EXTENSIONS.contains(ext)) {
            throw corrupt(display, "not a zip file");
        }
        if (ext.equals("gz") || ext.equals("tgz")) {
            throw corrupt(display, "not a gzip file");
        }
        if (ext.equals("tar")) {
            if (length == 0) {
                throw corrupt(display, "empty tar file");
            }
            return TAR; // an old (v7) tar has no magic: its header checksum decides
        }
        if (BINARY_EXTENSIONS.contains(ext)) {
            return BINARY;
        }
        if (TextEncoding.wide(head, length) != null) {
            return TEXT; // UTF-16 or UTF-32: NULs in a pattern, not a binary's (ObjectScan decodes it)
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }

    static boolean isUstar(byte[] head, int length) {
        return length >= 263 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r';
    }

    static String extension(String lowerName) {
        String base = lowerName.substring(lowerName.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1);
    }

    static ScanStopped corrupt(String display, String detail) {
        return new ScanStopped("not scanned: corrupt archive: " + (display == null ? "" : "'" + display + "' ") + detail);
    }
}
