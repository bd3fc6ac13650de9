package com.execreports.security;

import java.util.List;

/**
 * What scanning one object (a file, a deployment package, an archive) found, and whether it could be scanned
 * completely. A package the scanner gave up on is never reported clean: the findings seen before it stopped are
 * kept and {@code scanned} is false, with the reason.
 *
 * @param resource         what was scanned, e.g. {@code s3://portfolio-code/lambda/jada-booking-api.zip}
 * @param scanned          true when every file of the object was read to its end
 * @param notScannedReason why not, e.g. "not scanned: compression ratio above 100 in entry 'zeros.bin' (zip
 *                         bomb?)"; null when scanned
 * @param filesScanned     text files read (archives count their text entries, not themselves)
 * @param binariesSkipped  binary files passed over (images, compiled code, anything with NUL bytes)
 * @param findings         the secrets found, in file then line order
 */
public record ScanOutcome(String resource, boolean scanned, String notScannedReason, long filesScanned,
                          long binariesSkipped, List<SecretFinding> findings) {

    public ScanOutcome {
        if (scanned != (notScannedReason == null)) {
            throw new IllegalArgumentException("an outcome is scanned exactly when it has no not-scanned reason");
        }
        findings = List.copyOf(findings);
    }

    /** Scanned completely and nothing found: the only outcome that may be reported as clean. */
    public boolean clean() {
        return scanned && findings.isEmpty();
    }
}
