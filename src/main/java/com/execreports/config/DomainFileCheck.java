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
import java.util.stream.Stream;

import com.execreports.sources.BookingMapping;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Checks the route files before Camel loads them, so a mistake in a domain file stops the service at start-up
 * with the file, the route, the parameter and what was expected — not at 07:00 on Monday as a missing report.
 * Checked: the template exists; every required parameter is given; no parameter is unknown to the template
 * (a typo would silently fall back to the default); every value — given, or a template's default — looks like what
 * its parameter takes ({@link ParameterFormat}: attribute names, lists, markers, counts, AWS names, ids), so a
 * comma list where ';' pairs belong is refused here, not found on Monday as a failed source.
 */
public final class DomainFileCheck {

    /**
     * A parameter many source templates take, declared here once instead of in each: a template that takes it reads it
     * as {@code {{name:default}}} (Camel takes a parameter a template does not declare, and the placeholder's default
     * stands in when a domain file gives none).
     */
    record SharedParameter(String name, String defaultValue, String description) {
        String placeholder() {
            return "{{" + name + ":" + defaultValue + "}}";
        }
    }

    static final List<SharedParameter> SHARED_PARAMETERS = List.of(new SharedParameter("readBudgetMs", "0",
            "how long this source may read, in ms, before it stops and keeps what it read as partial (0 = sources.read-budget-ms)"));

    /**
     * Templates that take another template's parameters undeclared, read in Java with that template's defaults:
     * s3-ddb-export maps its items as ddb-bookings does ({@link BookingMapping#ofRoute}).
     */
    static final Map<String, TakenParameters> TAKEN_PARAMETERS = Map.of("s3-ddb-export",
            new TakenParameters(BookingMapping.DECLARED_BY, BookingMapping.PARAMETERS));

    /** The parameters a template takes as {@code from} declares them (description and default). */
    record TakenParameters(String from, List<String> names) {
    }

    /** A template's parameters: name → description, which have no default, and the defaults of the others. */
    record Template(String file, Map<String, String> parameters, List<String> required, Map<String, String> defaults) {
    }

    private DomainFileCheck() {
    }

    /** @param includePattern camel.main.routes-include-pattern (comma-separated {@code file:} globs) */
    public static void check(String includePattern) throws IOException {
        List<String> problems = problems(includePattern);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("route files have " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    /** Every problem of the route files, one line each naming the file and what was expected; empty when all is well. */
    public static List<String> problems(String includePattern) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<String, Template> templates = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : includePattern.split(",")) {
            List<Path> matched = resolve(entry);
            if (matched.isEmpty() && entry.trim().startsWith("file:")) {
                // a mistyped folder would otherwise load no routes from it, silently
                problems.add("camel.main.routes-include-pattern: '" + entry.trim() + "' matches no file (expected file:DIR/*.yaml"
                        + " naming route files, relative to " + Path.of("").toAbsolutePath() + ")");
            }
            files.addAll(matched);
        }
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
        TAKEN_PARAMETERS.forEach((id, taken) -> {
            Template t = templates.get(id);
            Template from = templates.get(taken.from());
            if (t != null && from != null) {
                for (String name : taken.names()) {
                    t.parameters().putIfAbsent(name, from.parameters().getOrDefault(name, ""));
                    if (from.defaults().containsKey(name)) {
                        t.defaults().putIfAbsent(name, from.defaults().get(name));
                    }
                }
            }
        });
        templates.forEach((id, t) -> t.defaults().forEach((name, value) -> {
            String why = ParameterFormat.forName(name).refuse(value, false);
            if (why != null && !value.isBlank()) {
                problems.add(t.file() + ": template '" + id + "' default " + name + "='" + value + "' " + why);
            }
        }));
        documents.forEach((file, items) -> items.forEach(item -> {
            if (item instanceof Map<?, ?> m && m.get("templatedRoute") instanceof Map<?, ?> r) {
                checkInstance(file, r, templates, problems);
            }
        }));
        return problems;
    }

    private static Template template(Path file, Map<?, ?> t) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        if (t.get("parameters") instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof Map<?, ?> param) {
                    String name = String.valueOf(param.get("name"));
                    parameters.put(name, param.get("description") == null ? "" : String.valueOf(param.get("description")));
                    if (!param.containsKey("defaultValue") && !Boolean.FALSE.equals(param.get("required"))) {
                        required.add(name);
                    } else if (param.get("defaultValue") != null) {
                        defaults.put(name, String.valueOf(param.get("defaultValue")));
                    }
                }
            }
        }
        String text = String.valueOf(t);
        for (SharedParameter shared : SHARED_PARAMETERS) {
            if (text.contains(shared.placeholder()) && !parameters.containsKey(shared.name())) {
                parameters.put(shared.name(), shared.description());
                defaults.put(shared.name(), shared.defaultValue());
            }
        }
        return new Template(file.toString(), parameters, required, defaults);
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
            } else if (value != null && (!value.contains("{{") || ParameterFormat.forName(name).awsName())) {
                // a placeholder is resolved by Camel later, unchecked, so tables and buckets take none; a blank value
                // means what a blank default means
                String why = ParameterFormat.forName(name).refuse(value, "".equals(template.defaults().get(name)));
                if (why != null) {
                    problems.add(where + " parameter " + name + "='" + value + "' " + why);
                }
            }
        });
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
