package com.execreports.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Finds credentials in code and configuration: text (a Lambda environment, a file) or whole stored objects
 * (deployment packages, tarballs, .env exports), archives opened as streams within {@link ScanLimits}.
 *
 * <p>A finding names the secret by rule, place, assigned name, a keyed fingerprint and a 4-character preview;
 * the value itself never leaves the scanner — not in a finding, a reason, an exception or a log line (it logs
 * nothing). Immutable and thread-safe: one instance serves every source of a run.
 */
public final class SecretScanner {

    private final SecretRules rules;
    private final Fingerprints fingerprints;
    private final ScanLimits limits;
    private final LongSupplier nanoClock;

    /**
     * @param rules          the rules, e.g. {@link SecretRules#bundled()}
     * @param fingerprintKey the HMAC key of fingerprints, from configuration: at least 16 bytes, 32 random bytes
     *                       recommended; the same key gives the same fingerprints run after run
     * @param limits         how far to go into one object
     */
    public SecretScanner(SecretRules rules, byte[] fingerprintKey, ScanLimits limits) {
        this(rules, fingerprintKey, limits, System::nanoTime);
    }

    /** With {@link ScanLimits#DEFAULTS}. */
    public SecretScanner(SecretRules rules, byte[] fingerprintKey) {
        this(rules, fingerprintKey, ScanLimits.DEFAULTS);
    }

    /** The bundled rules and default limits; the key as configured text (UTF-8). */
    public static SecretScanner withBundledRules(String fingerprintKey) {
        Objects.requireNonNull(fingerprintKey, "fingerprint key");
        return new SecretScanner(SecretRules.bundled(), fingerprintKey.getBytes(StandardCharsets.UTF_8));
    }

    /** With a clock of the test's choosing, so time limits can be tested without waiting for them. */
    SecretScanner(SecretRules rules, byte[] fingerprintKey, ScanLimits limits, LongSupplier nanoClock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.fingerprints = new Fingerprints(fingerprintKey);
        this.limits = Objects.requireNonNull(limits, "limits");
        this.nanoClock = Objects.requireNonNull(nanoClock, "clock");
    }

    public SecretRules rules() {
        return rules;
    }

    /** Names the fingerprint key (not the key): see {@link Fingerprints#keyId()}. */
    public String fingerprintKeyId() {
        return fingerprints.keyId();
    }

    public ScanLimits limits() {
        return limits;
    }

    /** Redacts values read from data sources with these rules and this scanner's fingerprint key. */
    public ValueRedaction valueRedaction() {
        return new ValueRedaction(rules, fingerprints);
    }

    /**
     * The secrets in a text the caller already holds (an environment rendered as {@code NAME=value} lines, a
     * file's content), in line order.
     *
     * @param resource what the text is, e.g. "Lambda jada-booking-api environment"
     * @param file     a path within the resource, or null
     */
    public List<SecretFinding> scanText(String resource, String file, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FileScan scan = new FileScan(rules, fingerprints, Budget.untimed(limits), FileScan.mask(resource, rules),
                FileScan.mask(file, rules));
        LineReader lines = new LineReader(new StringReader(text));
        try {
            String line;
            while ((line = lines.next()) != null) {
                scan.line(line, lines.number());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e); // a StringReader does not fail
        }
        return scan.finish();
    }

    /**
     * Scans one stored object as a stream: a zip or jar, a .tar.gz or .tgz, a .gz, a tar, or text; archives inside
     * archives too, within the limits. Recognises the kind by its first bytes, then its name. Never throws for
     * what the object contains: a hostile, corrupt, oversized or unreadable object is an outcome that is not
     * scanned, with the reason and whatever was found before.
     *
     * @param resource what the object is, e.g. {@code s3://portfolio-code/lambda/jada-booking-api.zip}
     * @param key      its name (the S3 key), for its extension
     * @param content  its bytes; read at most to the limits, never closed (the caller closes it)
     * @param size     its declared size (-1 when unknown): above the object limit it is not read at all
     */
    public ScanOutcome scanObject(String resource, String key, InputStream content, long size) {
        Objects.requireNonNull(content, "content");
        String shownResource = FileScan.mask(resource, rules);
        return new ObjectScan(rules, fingerprints, Budget.of(limits, nanoClock), shownResource)
                .run(key == null ? "" : key, content, size);
    }

    @Override
    public String toString() {
        return "SecretScanner[" + rules.rules().size() + " rules, " + limits + "]";
    }
}
