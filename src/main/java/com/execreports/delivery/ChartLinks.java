package com.execreports.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;

/**
 * A report too large for SES links its charts instead of embedding them: pre-signed links to the archived PNGs, each
 * living delivery.link-expiry-days. Bound as {@code chartLinks}; the link-charts route collects the links here.
 *
 * @param expiryDays how long a link lives, 1 to 7 days (checked when bound, at start-up)
 */
public record ChartLinks(int expiryDays) {

    public ChartLinks {
        requireExpiryDays(expiryDays);
    }

    /**
     * SigV4 pre-signed links live at most seven days; S3 refuses longer ones only when a reader clicks. Links signed
     * with temporary credentials (an instance or task role) die with those credentials, often within hours.
     */
    public static int requireExpiryDays(int days) {
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("delivery.link-expiry-days = " + days
                    + ": a pre-signed S3 link lives 1 to 7 days (SigV4)");
        }
        return days;
    }

    public long expiryMillis() {
        return Duration.ofDays(expiryDays).toMillis();
    }

    /** Chart file name → pre-signed link (exchange property {@code chartLinks}), filled by {@link #add}. */
    public Map<String, String> open() {
        return new ConcurrentHashMap<>();
    }

    /** Collects one pre-signed chart link (the body) under its file name (exchange property {@code chartFile}). */
    public void add(Exchange exchange) {
        @SuppressWarnings("unchecked")
        Map<String, String> links = exchange.getProperty("chartLinks", Map.class);
        links.put(exchange.getProperty("chartFile", String.class), exchange.getMessage().getBody(String.class));
    }
}
