package com.execreports.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a secret without holding it: HMAC-SHA256 under a key from configuration, first 16 hex characters. Keyed,
 * so that whoever reads a report cannot confirm a guess of a short password by hashing it themselves.
 */
final class Fingerprints {

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_KEY_BYTES = 16;

    private final SecretKeySpec key;

    Fingerprints(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key must have at least " + MIN_KEY_BYTES
                    + " bytes (32 random bytes recommended)");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A new Mac per call: Mac is not thread-safe, and one HMAC per finding costs nothing worth pooling. */
    String of(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
        }
    }

    /**
     * Names the key itself, so that facts fingerprinted under another key (a rotated key, or none configured and a
     * random one per process) are known as such: their fingerprints would never match this key's.
     */
    String keyId() {
        return of("exec-reports fingerprint key id");
    }

    /** At most the first 4 characters and "…"; only "…" below 12 characters, where 4 would be a third of it. */
    static String preview(String secret) {
        if (secret.codePointCount(0, secret.length()) < 12) {
            return "…";
        }
        return secret.substring(0, secret.offsetByCodePoints(0, 4)) + "…";
    }

    @Override
    public String toString() {
        return "Fingerprints[" + ALGORITHM + "]";
    }
}
