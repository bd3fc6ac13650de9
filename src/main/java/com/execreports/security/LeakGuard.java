package com.execreports.security;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;

/**
 * The last guard before a report leaves: the rendered text and HTML are scanned by the same rules as the
 * code. A match blocks the report — it is neither archived nor sent — and the error names the rule and line,
 * never the value. Bound as {@code leakGuard}.
 */
public final class LeakGuard {

    private final SecretScanner scanner;

    public LeakGuard(SecretScanner scanner) {
        this.scanner = scanner;
    }

    public void check(Exchange exchange) {
        String role = exchange.getProperty("role", String.class);
        for (String part : List.of("text", "html", "fullText")) {
            String content = exchange.getProperty(part, String.class);
            String file = switch (part) {
                case "text" -> role + ".txt";
                case "html" -> role + ".html";
                default -> role + "-full.txt";
            };
            List<SecretFinding> found = scanner.scanText("the " + role + " report", file, content == null ? "" : content);
            if (!found.isEmpty()) {
                throw new SecretLeakBlocked("blocked by the leak guard: the " + role + " report's " + file + " matches "
                        + found.stream().map(f -> f.ruleId() + " at line " + f.line()).collect(Collectors.joining(", "))
                        + "; nothing was archived or sent");
            }
        }
    }

    /** A report stopped because it would have carried a secret. */
    public static final class SecretLeakBlocked extends RuntimeException {
        public SecretLeakBlocked(String message) {
            super(message, null, false, false);
        }
    }
}
