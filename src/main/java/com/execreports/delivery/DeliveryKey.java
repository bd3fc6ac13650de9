package com.execreports.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What is delivered exactly once: one role's report of one period to one set of recipients. A changed recipient
 * list is a new delivery (the new readers have not had it); the same list in another order is not.
 *
 * @param period the period reported, e.g. {@code 2026-W48}
 * @param role   the report
 * @param to     its To recipients
 * @param bcc    the audit copies
 */
public record DeliveryKey(String period, String role, List<String> to, List<String> bcc) {

    public DeliveryKey {
        to = List.copyOf(to);
        bcc = List.copyOf(bcc);
    }

    /** The ledger's partition key: readable in the console, unique per recipient set. */
    public String id() {
        return period + "#" + role + "#" + recipientSet();
    }

    String recipientSet() {
        String canonical = String.join(",", to.stream().map(a -> a.toLowerCase(Locale.ROOT)).sorted().toList()) + "|"
                + String.join(",", bcc.stream().map(a -> a.toLowerCase(Locale.ROOT)).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
