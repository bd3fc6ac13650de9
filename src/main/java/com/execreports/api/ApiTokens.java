package com.execreports.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.UnaryOperator;

/**
 * Who may use the API and the report browser: the bearer token (full access: start runs) and an optional read-only
 * token (the browser and the GET endpoints), both taken from environment variables named in properties, never from a
 * file. Without the full token the API and the browser are disabled (503). A presented token is compared with both, in
 * constant time (MessageDigest.isEqual on SHA-256 digests, so neither its content nor its length shows in the timing).
 */
public final class ApiTokens {

    /** What a request may do. */
    public enum Access {
        /** No token configured: the API is off. */
        DISABLED,
        /** No token, or a wrong one. */
        DENIED,
        /** The read-only token: the browser and the GET endpoints. */
        READ,
        /** The token: everything, starting runs too. */
        FULL;

        public boolean mayRead() {
            return this == READ || this == FULL;
        }
    }

    private final String tokenVariable;
    private final byte[] full;
    private final byte[] read;

    /**
     * @param tokenVariable     the environment variable holding the token (api.token-env)
     * @param readTokenVariable the one holding the read-only token (api.read-token-env); blank for none
     * @param environment       the process environment (System::getenv)
     */
    public ApiTokens(String tokenVariable, String readTokenVariable, UnaryOperator<String> environment) {
        this.tokenVariable = tokenVariable;
        this.full = digestOf(value(tokenVariable, environment));
        this.read = digestOf(value(readTokenVariable, environment));
    }

    public boolean enabled() {
        return full != null;
    }

    /** The variable the token is read from: named in the 503 and at start-up, its value never. */
    public String tokenVariable() {
        return tokenVariable;
    }

    /** What the presented token (null when none) allows. */
    public Access check(String presented) {
        if (!enabled()) {
            return Access.DISABLED;
        }
        if (presented == null || presented.isEmpty()) {
            return Access.DENIED;
        }
        byte[] given = digest(presented);
        // both compared every time: which one matched does not show in the timing either
        boolean isFull = MessageDigest.isEqual(given, full);
        boolean isRead = read != null && MessageDigest.isEqual(given, read);
        return isFull ? Access.FULL : isRead ? Access.READ : Access.DENIED;
    }

    private static String value(String variable, UnaryOperator<String> environment) {
        if (variable == null || variable.isBlank()) {
            return null;
        }
        String v = environment.apply(variable.trim());
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static byte[] digestOf(String token) {
        return token == null ? null : digest(token);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
