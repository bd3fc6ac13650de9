package com.execreports.security;

/**
 * One secret found in code or configuration, described without the secret itself: the value never leaves the
 * scanner. Two findings of the same value share a fingerprint, so a report can say "the same key is in three
 * places" or "this key is still there since last week" without holding it.
 *
 * @param ruleId      the rule that matched, e.g. {@code stripe-secret-key}
 * @param severity    critical | high | medium | low, from the rule
 * @param description what kind of credential it is, from the rule
 * @param resource    what was scanned, e.g. {@code s3://portfolio-code/lambda/jada-booking-api.zip} or
 *                    {@code Lambda jada-booking-api environment}
 * @param file        the path inside the archive ({@code inner.zip!/config/.env} when nested), or null when the
 *                    resource is the file itself
 * @param line        1-based line of the match (the header line of a private key block)
 * @param variable    the name the value is assigned to when the syntax shows one ({@code STRIPE_SECRET_KEY},
 *                    {@code stripe}, {@code apiKey}), or null
 * @param fingerprint the first 16 hex characters of HMAC-SHA256(key from configuration, secret): stable across
 *                    runs and files, and useless for guessing a short secret without the key
 * @param preview     at most the first 4 characters of the secret followed by "…"; just "…" for a secret shorter
 *                    than 12 characters, where 4 characters would give away too much of it
 */
public record SecretFinding(String ruleId, String severity, String description, String resource, String file,
                            int line, String variable, String fingerprint, String preview) {
}
