package com.execreports.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The project's application.properties copied for a test, with lines changed or added as a person would type them. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** @param changes key → new value (an existing key's line is replaced, a new key appended; null removes the key) */
    static Path projectWith(Path dir, Map<String, String> changes) throws IOException {
        StringBuilder text = new StringBuilder();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String line : Files.readAllLines(Path.of("application.properties"), StandardCharsets.ISO_8859_1)) {
            String key = line.startsWith("#") || !line.contains("=") ? null : line.substring(0, line.indexOf('=')).trim();
            if (key != null && changes.containsKey(key)) {
                done.add(key);
                if (changes.get(key) != null) {
                    text.append(key).append(" = ").append(changes.get(key)).append('\n');
                }
            } else {
                text.append(line).append('\n');
            }
        }
        changes.forEach((k, v) -> {
            if (!done.contains(k) && v != null) {
                text.append(k).append(" = ").append(v).append('\n');
            }
        });
        Path file = dir.resolve("application.properties");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    static ServiceSettings settings(Path file, Map<String, String> system, Map<String, String> environment) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(system);
        return ServiceSettings.read(file, properties, environment);
    }
}
