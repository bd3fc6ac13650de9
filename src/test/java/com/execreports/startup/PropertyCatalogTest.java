package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The catalog knows every property the service uses, and application.properties documents every one it knows: a
 * property added to a route, to the Java or to the file without a catalog entry would be refused at start-up.
 */
class PropertyCatalogTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([a-z][a-z0-9.-]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:" + String.join("|", PropertyCatalog.PREFIXES).replace(".", "\\.")
            + ")[a-z0-9.-]+)\"");

    private final PropertyCatalog catalog = PropertyCatalog.service();
    private final Set<String> known = catalog.keys();

    @Test
    void should_know_every_property_a_route_names() throws IOException {
        assertThat(unknown(used(Path.of("routes"), PLACEHOLDER))).isEmpty();
    }

    @Test
    void should_know_every_property_the_java_reads() throws IOException {
        Set<String> read = used(Path.of("src/main/java"), JAVA_KEY);
        // this package names the libraries' own keys it leaves alone
        read.removeAll(usedIn(Path.of("src/main/java/com/execreports/startup/PropertyCheck.java"), JAVA_KEY));
        read.removeIf(k -> k.endsWith("."));

        assertThat(read).isNotEmpty();
        assertThat(unknown(read)).isEmpty();
    }

    @Test
    void should_know_every_key_of_the_shipped_file_and_find_each_documented_there() throws IOException {
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("application.properties"))) {
            file.load(in);
        }
        Set<String> ours = new TreeSet<>(file.stringPropertyNames());
        ours.removeIf(k -> k.startsWith("camel."));
        String text = Files.readString(Path.of("application.properties"), StandardCharsets.ISO_8859_1);

        assertThat(unknown(ours)).isEmpty();
        assertThat(known).allSatisfy(k -> assertThat(text).contains(k.replace(PropertyCatalog.KPI_TARGET, " ")));
    }

    private Set<String> unknown(Set<String> keys) {
        Set<String> unknown = new TreeSet<>(keys);
        // a named schedule's keys (schedule.NAME.cron …) are known whatever NAME is
        unknown.removeIf(catalog::knows);
        return unknown;
    }

    private static Set<String> used(Path dir, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                keys.addAll(usedIn(f, key));
            }
        }
        return keys;
    }

    private static Set<String> usedIn(Path file, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
            if (PropertyCatalog.ours(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }
}
