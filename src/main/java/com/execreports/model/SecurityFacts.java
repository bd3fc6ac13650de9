package com.execreports.model;

import java.util.List;

/**
 * What the secret scan of a code bucket found — never the secrets themselves.
 *
 * @param bucket          the bucket scanned
 * @param objectsScanned  objects scanned completely
 * @param filesScanned    files read inside them (archives opened)
 * @param binariesSkipped binary files not scanned by design
 * @param secrets         every secret found, described by rule, place, fingerprint and a ≤4-character preview
 * @param notScanned      objects that could not be scanned, with the reason (never reported as clean)
 * @param envFiles        plaintext {@code .env}-style objects, which should not sit in a bucket at all
 */
public record SecurityFacts(String bucket, long objectsScanned, long filesScanned, long binariesSkipped, List<Secret> secrets,
                            List<NotScanned> notScanned, List<String> envFiles) implements SourceData {

    /** A secret found: see {@code com.execreports.security.SecretFinding}; there is no field for the value. */
    public record Secret(String ruleId, String severity, String description, String resource, String file, int line,
                         String variable, String fingerprint, String preview) {
    }

    /** An object the scanner could not finish, and why. */
    public record NotScanned(String resource, String reason) {
    }
}
