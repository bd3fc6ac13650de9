package com.execreports.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The secret rules, read once at start-up from {@code security/secret-rules.yaml} (on the classpath) or a file.
 * Every problem — an unknown field, a severity that is not one of the four, a regex that does not compile or has
 * no {@code secret} group — stops loading with a message naming the rule, so a bad rule never silently finds
 * nothing.
 *
 * <p>Rules run in file order, and a later rule never reports a value (or part of one) an earlier rule already
 * reported on the same line: specific rules come first, the generic one last.
 */
public final class SecretRules {

    /** The bundled rules file, on the classpath. */
    public static final String RESOURCE = "/security/secret-rules.yaml";

    private static final Set<String> TOP_FIELDS = Set.of("version", "allowlist", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "description", "severity", "regex", "keywords",
            "entropy", "minLength", "stopwords", "allowlist", "block", "check", "examples");
    private static final Set<String> ALLOWLIST_FIELDS = Set.of("secrets", "names");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("positive", "negative");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final List<SecretRule> rules;
    private final List<Pattern> globalAllowlist;

    private SecretRules(List<SecretRule> rules, List<Pattern> globalAllowlist) {
        this.rules = List.copyOf(rules);
        this.globalAllowlist = List.copyOf(globalAllowlist);
    }

    /** The rules shipped with the service. */
    public static SecretRules bundled() {
        try (InputStream in = SecretRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("secret rules " + RESOURCE + " are not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secret rules " + RESOURCE, e);
        }
    }

    public static SecretRules load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secret rules " + file, e);
        }
    }

    /** Parses and checks a rules document; {@code source} names it in error messages. */
    public static SecretRules parse(String yaml, String source) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(doc, source, "the document", TOP_FIELDS);
        List<Pattern> global = new ArrayList<>();
        if (top.get("allowlist") != null) {
            Map<String, Object> allow = map(top.get("allowlist"), source, "allowlist", Set.of("secrets"));
            global.addAll(patterns(allow.get("secrets"), source, "allowlist.secrets"));
        }
        List<?> ruleList = list(top.get("rules"), source, "rules");
        if (ruleList.isEmpty()) {
            throw new IllegalArgumentException(source + ": no rules");
        }
        List<SecretRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ruleList.size(); i++) {
            SecretRule rule = rule(ruleList.get(i), source, i + 1);
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException(source + ": rule id '" + rule.id() + "' is used twice");
            }
            rules.add(rule);
        }
        return new SecretRules(rules, global);
    }

    public List<SecretRule> rules() {
        return rules;
    }

    public Optional<SecretRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The text with every secret these rules find replaced by its preview (at most its first 4 characters and "…"):
     * for free text read from a source (a spreadsheet cell, an attribute, a name) before a report or an archive
     * shows it. The leak guard checks reports with the same rules, so masked text never blocks one.
     */
    public String mask(String text) {
        return FileScan.mask(text, this);
    }

    /** Values that are never secrets whatever the rule: documented example keys and placeholders. */
    List<Pattern> globalAllowlist() {
        return globalAllowlist;
    }

    @Override
    public String toString() {
        return "SecretRules" + rules.stream().map(SecretRule::id).toList();
    }

    private static SecretRule rule(Object node, String source, int position) {
        String where = "rule " + position;
        Map<String, Object> m = map(node, source, where, RULE_FIELDS);
        String id = text(m, "id", source, where, true);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(source + ": " + where + ": id '" + id + "' must be lower-case words joined by '-'");
        }
        where = "rule '" + id + "'";
        String description = text(m, "description", source, where, true);
        String severity = text(m, "severity", source, where, true).toLowerCase(Locale.ROOT);
        if (!SecretRule.SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException(source + ": " + where + ": severity '" + severity + "' is not one of "
                    + SecretRule.SEVERITIES);
        }
        String regex = text(m, "regex", source, where, true);
        if (!regex.contains("(?<secret>")) {
            throw new IllegalArgumentException(source + ": " + where + ": the regex has no named group 'secret'");
        }
        Pattern pattern = compile(regex, source, where + " regex");
        List<String> keywords = strings(m.get("keywords"), source, where + " keywords").stream()
                .map(k -> k.toLowerCase(Locale.ROOT)).toList();
        double entropy = number(m.get("entropy"), source, where + " entropy");
        int minLength = (int) number(m.get("minLength"), source, where + " minLength");
        List<String> stopwords = strings(m.get("stopwords"), source, where + " stopwords").stream()
                .map(k -> k.toLowerCase(Locale.ROOT)).toList();
        List<Pattern> allowSecrets = List.of();
        List<Pattern> allowNames = List.of();
        if (m.get("allowlist") != null) {
            Map<String, Object> allow = map(m.get("allowlist"), source, where + " allowlist", ALLOWLIST_FIELDS);
            allowSecrets = patterns(allow.get("secrets"), source, where + " allowlist.secrets");
            allowNames = patterns(allow.get("names"), source, where + " allowlist.names");
        }
        String block = m.get("block") == null ? null : text(m, "block", source, where, true);
        if (block != null && !block.equals("pem")) {
            throw new IllegalArgumentException(source + ": " + where + ": block '" + block + "' is not known (only 'pem')");
        }
        String check = m.get("check") == null ? null : text(m, "check", source, where, true);
        if (check != null && !check.equals("jwt")) {
            throw new IllegalArgumentException(source + ": " + where + ": check '" + check + "' is not known (only 'jwt')");
        }
        Map<String, Object> ex = map(m.get("examples"), source, where + " examples", EXAMPLE_FIELDS);
        List<String> positive = strings(ex.get("positive"), source, where + " examples.positive");
        List<String> negative = strings(ex.get("negative"), source, where + " examples.negative");
        if (positive.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + where + ": needs at least one positive example");
        }
        return new SecretRule(id, description, severity, pattern, keywords, entropy, minLength, stopwords,
                allowSecrets, allowNames, block != null, check != null, new SecretRule.Examples(positive, negative));
    }

    private static Pattern compile(String regex, String source, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(source + ": " + where + " does not compile: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    private static List<Pattern> patterns(Object node, String source, String where) {
        List<Pattern> out = new ArrayList<>();
        List<String> regexes = strings(node, source, where);
        for (int i = 0; i < regexes.size(); i++) {
            out.add(compile(regexes.get(i), source, where + "[" + i + "]"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String source, String where, Set<String> allowed) {
        if (!(node instanceof Map)) {
            throw new IllegalArgumentException(source + ": " + where + " must be a mapping");
        }
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) node);
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(source + ": " + where + ": unknown field '" + k + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
            }
        }
        return m;
    }

    private static List<?> list(Object node, String source, String where) {
        if (!(node instanceof List)) {
            throw new IllegalArgumentException(source + ": " + where + " must be a list");
        }
        return (List<?>) node;
    }

    private static List<String> strings(Object node, String source, String where) {
        if (node == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : list(node, source, where)) {
            if (!(o instanceof String) || ((String) o).isEmpty()) {
                throw new IllegalArgumentException(source + ": " + where + " must hold non-empty strings");
            }
            out.add((String) o);
        }
        return out;
    }

    private static String text(Map<String, Object> m, String field, String source, String where, boolean required) {
        Object v = m.get(field);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw new IllegalArgumentException(source + ": " + where + ": '" + field + "' is required");
            }
            return null;
        }
        if (!(v instanceof String)) {
            throw new IllegalArgumentException(source + ": " + where + ": '" + field + "' must be a string");
        }
        return (String) v;
    }

    private static double number(Object v, String source, String where) {
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number) || ((Number) v).doubleValue() < 0) {
            throw new IllegalArgumentException(source + ": " + where + " must be a number ≥ 0");
        }
        return ((Number) v).doubleValue();
    }
}
