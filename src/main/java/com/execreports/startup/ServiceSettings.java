package com.execreports.startup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The properties as Camel will see them, each with where it was typed: the configuration file, {@code -D} system
 * properties and environment variables. Camel 4.17 resolves a key from the environment first ({@code a.b-c} →
 * {@code A_B_C}), then {@code -D}, then the file (measured; its README only says both override the file).
 */
public final class ServiceSettings {

    private final List<ConfiguredValue> file;
    private final List<ConfiguredValue> system;
    private final Map<String, String> environment;

    ServiceSettings(List<ConfiguredValue> file, List<ConfiguredValue> system, Map<String, String> environment) {
        this.file = List.copyOf(file);
        this.system = List.copyOf(system);
        this.environment = Map.copyOf(environment);
    }

    /** Reads the file as Camel does (ISO-8859-1 .properties), in its order, values trimmed as the service reads them. */
    public static ServiceSettings read(Path configFile, Properties systemProperties, Map<String, String> environment) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties loader = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put(String.valueOf(key), String.valueOf(value));
                return super.put(key, value);
            }
        };
        try (InputStream in = Files.newInputStream(configFile)) {
            loader.load(in);
        }
        String origin = configFile.toString();
        List<ConfiguredValue> file = new ArrayList<>();
        ordered.forEach((k, v) -> file.add(new ConfiguredValue(k, v.trim(), origin)));
        List<ConfiguredValue> system = new ArrayList<>();
        systemProperties.stringPropertyNames().stream().sorted()
                .forEach(k -> system.add(new ConfiguredValue(k, systemProperties.getProperty(k).trim(), ConfiguredValue.SYSTEM)));
        return new ServiceSettings(file, system, environment);
    }

    List<ConfiguredValue> fileEntries() {
        return file;
    }

    List<ConfiguredValue> systemEntries() {
        return system;
    }

    /** The value Camel will use for the key, and where it comes from; empty when it is set nowhere. */
    Optional<ConfiguredValue> effective(String key) {
        String variable = environmentName(key);
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null) {
            return Optional.of(new ConfiguredValue(key, fromEnvironment.trim(), ConfiguredValue.ENVIRONMENT + variable));
        }
        Optional<ConfiguredValue> fromSystem = system.stream().filter(v -> v.key().equals(key)).findFirst();
        return fromSystem.isPresent() ? fromSystem : file.stream().filter(v -> v.key().equals(key)).reduce((first, last) -> last);
    }

    /** The value Camel will use, or the fallback when the key is set nowhere. */
    String value(String key, String fallback) {
        return effective(key).map(ConfiguredValue::value).orElse(fallback);
    }

    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
