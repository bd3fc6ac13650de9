package com.execreports.logging;

import java.time.Instant;
import java.util.Locale;

/**
 * One log event as one JSON object per line, with the field names of logstash-logback-encoder ({@code @timestamp},
 * {@code level}, {@code logger_name}, {@code thread_name}, {@code message}, {@code stack_trace}), so log shippers
 * (Fluent Bit, Vector, CloudWatch) parse it without a pattern. Chosen before the first logger is made: by
 * {@code -Dexecreports.log.format=json} or the environment variable {@code EXEC_REPORTS_LOG_FORMAT=json}; plain text
 * otherwise. The message and trace are the redacted ones.
 */
final class JsonLogLine {

    private static final boolean ON = "json".equalsIgnoreCase(choice());

    private JsonLogLine() {
    }

    static boolean on() {
        return ON;
    }

    private static String choice() {
        String property = System.getProperty("execreports.log.format");
        return property != null ? property.trim() : String.valueOf(System.getenv("EXEC_REPORTS_LOG_FORMAT")).trim();
    }

    static String of(Instant at, String level, String logger, String thread, String message, String stackTrace) {
        StringBuilder json = new StringBuilder(160 + message.length());
        json.append("{\"@timestamp\":\"").append(at).append("\",\"level\":\"").append(level.toUpperCase(Locale.ROOT))
                .append("\",\"logger_name\":");
        quoted(json, logger).append(",\"thread_name\":");
        quoted(json, thread).append(",\"message\":");
        quoted(json, message);
        if (stackTrace != null) {
            quoted(json.append(",\"stack_trace\":"), stackTrace);
        }
        return json.append('}').toString();
    }

    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
