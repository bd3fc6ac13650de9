package com.execreports.security;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last guard before a report leaves: the rendered text and HTML are scanned by the same rules as the
 * code. A match blocks the report — it is neither archived nor sent — and the error names the rule and line,
 * never the value. Every other object the service archives (snapshot.json, metrics.json, a delivery record) passes
 * the same guard just before it is written ({@link #archivable}): a match keeps that object out of the archive,
 * named in the log, and the run goes on. Data values are redacted when read, so a match here means a reader missed
 * one. Bound as {@code leakGuard}.
 */
public final class LeakGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LeakGuard.class);

    public static final String REPORT = "report";
    public static final String ARCHIVE_OBJECT = "archive object";

    private final SecretScanner scanner;
    /** Told of each block, by what was blocked ("report" or "archive object"): the service counts them in its metrics. */
    private final java.util.function.Consumer<String> blocked;

    public LeakGuard(SecretScanner scanner) {
        this(scanner, what -> { });
    }

    public LeakGuard(SecretScanner scanner, java.util.function.Consumer<String> blocked) {
        this.scanner = scanner;
        this.blocked = blocked;
    }

    public void check(Exchange exchange) {
        String role = exchange.getProperty("role", String.class);
        for (String part : List.of("text", "html", "fullText", "fullHtml")) {
            String content = exchange.getProperty(part, String.class);
            String file = switch (part) {
                case "text" -> role + ".txt";
                case "html" -> role + ".html";
                case "fullText" -> role + "-full.txt";
                default -> role + "-full.html";
            };
            List<SecretFinding> found = scanner.scanText("the " + role + " report", file, content == null ? "" : content);
            if (!found.isEmpty()) {
                blocked.accept(REPORT);
                throw new SecretLeakBlocked("blocked by the leak guard: the " + role + " report's " + file + " matches "
                        + found.stream().map(f -> f.ruleId() + " at line " + f.line()).collect(Collectors.joining(", "))
                        + "; nothing was archived or sent");
            }
        }
    }

    /**
     * Whether the object about to be archived (the body, under the key in {@code CamelAwsS3Key}) is free of secrets;
     * false — logged with the key and the rules, never the value — keeps it out of the archive. Images are not text.
     */
    public boolean archivable(Exchange exchange) {
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", "?", String.class);
        String type = exchange.getMessage().getHeader("CamelAwsS3ContentType", "", String.class);
        if (type.startsWith("image/")) {
            return true;
        }
        Object body = exchange.getMessage().getBody();
        String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                : exchange.getMessage().getBody(String.class);
        List<SecretFinding> found = blocking(key, text);
        if (found.isEmpty()) {
            return true;
        }
        blocked.accept(ARCHIVE_OBJECT);
        LOG.warn("Blocked by the leak guard: {} matches {}; not archived", key, found.stream()
                .map(f -> f.ruleId() + " at line " + f.line()).distinct().collect(Collectors.joining(", ")));
        return false;
    }

    /** The secrets in an object about to be archived: none, or what blocks it. */
    List<SecretFinding> blocking(String key, String text) {
        return scanner.scanText("archive object " + key, key, text == null ? "" : text);
    }

    /** A report stopped because it would have carried a secret. */
    public static final class SecretLeakBlocked extends RuntimeException {
        public SecretLeakBlocked(String message) {
            super(message, null, false, false);
        }
    }
}
