package com.execreports.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Checks the route files before Camel loads them, so a mistake in a domain file stops the service at start-up
 * with the file, the route, the parameter and what was expected — not at 07:00 on Monday as a missing report.
 * Checked: the template exists; every required parameter is given; no parameter is unknown to the template
 * (a typo would silently fall back to the default); {@code *Attribute} values are valid attribute names; the
 * domain id is usable in an endpoint name.
 */
public final class DomainFileCheck {

    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,254}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** A template's parameters: name → description, and which have no default. */
    record Template(String file, Map<String, String> parameters, List<String> required) {
    }

    private DomainFileCheck() {
    }

    /** @param includePattern camel.main.routes-include-pattern (comma-separated {@code file:} globs) */
    public static void check(String includePattern) throws IOException {
        List<Path> files = resolve(includePattern);
        Map<String, Template> templates = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<Path, List<Object>> documents = new LinkedHashMap<>();
        for (Path file : files) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Object doc = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromReader(r);
                documents.put(file, doc instanceof List<?> list ? new ArrayList<>(list) : List.of());
            } catch (YamlEngineException e) {
                problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        documents.forEach((file, items) -> items.forEach(item -> {
            if (item instanceof Map<?, ?> m && m.get("routeTemplate") instanceof Map<?, ?> t) {
                templates.put(String.valueOf(t.get("id")), template(file, t));
            }
        }));
        documents.forEach((file, items) -> items.forEach(item -> {
            if (item instanceof Map<?, ?> m && m.get("templatedRoute") instanceof Map<?, ?> r) {
                checkInstance(file, r, templates, problems);
            }
        }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("route files have " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    private static Template template(Path file, Map<?, ?> t) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (t.get("parameters") instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> param) {
                    String name = String.valueOf(param.get("name"));
                    parameters.put(name, param.get("description") == null ? "" : String.valueOf(param.get("description")));
                    if (!param.containsKey("defaultValue") && !Boolean.FALSE.equals(param.get("required"))) {
                        required.add(name);
                    }
                }
            }
        }
        return new Template(file.toString(), parameters, required);
    }

    private static void checkInstance(Path file, Map<?, ?> r, Map<String, Template> templates, List<String> problems) {
        String ref = String.valueOf(r.get("routeTemplateRef"));
        String where = file + ": templatedRoute '" + r.get("routeId") + "'";
        Template template = templates.get(ref);
        if (template == null) {
            problems.add(where + " names unknown template '" + ref + "' (expected one of: " + String.join(", ", templates.keySet()) + ")");
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        if (r.get("parameters") instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> param) {
                    given.put(String.valueOf(param.get("name")), param.get("value") == null ? null : String.valueOf(param.get("value")));
                }
            }
        }
        for (String name : template.required()) {
            if (given.get(name) == null) {
                String description = template.parameters().get(name);
                problems.add(where + " misses required parameter '" + name + "' of template '" + ref + "'"
                        + (description.isEmpty() ? "" : " (" + description + ")"));
            }
        }
        given.forEach((name, value) -> {
            if (!template.parameters().containsKey(name)) {
                problems.add(where + " has parameter '" + name + "' that template '" + ref + "' does not declare (expected one of: "
                        + String.join(", ", template.parameters().keySet()) + ")");
            } else if (name.endsWith("Attribute") && (value == null || !ATTRIBUTE.matcher(value).matches())) {
                problems.add(where + " parameter " + name + "='" + value + "' is not a valid attribute name"
                        + " (expected letters, digits, '_', '-', '.', starting with a letter or '_')");
            }
        });
        String domain = given.get("domain");
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            problems.add(where + " parameter domain='" + domain + "' is not a domain id (expected lower-case letters, digits and '-')");
        }
    }

    /** Expands {@code file:dir/*.yaml} entries; classpath entries are not domain files and are skipped. */
    static List<Path> resolve(String includePattern) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String entry : includePattern.split(",")) {
            String e = entry.trim();
            if (!e.startsWith("file:")) {
                continue;
            }
            Path pattern = Path.of(e.substring("file:".length()));
            Path dir = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
            if (!Files.isDirectory(dir)) {
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.getFileName());
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> matcher.matches(p.getFileName())).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
