package com.execreports.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a value is assigned to, read from the text before it on its line: {@code STRIPE_SECRET_KEY=…},
 * {@code const stripe = require('stripe')('…')}, {@code "apiKey": "…"}, {@code <password>…},
 * {@code ENV API_TOKEN …}. Null when the syntax shows no assignment (a bare argument, a list item).
 */
final class AssignedName {

    private static final int MAX_NAME = 64;

    /** Dockerfile {@code ENV NAME value} / {@code ARG NAME value}: whitespace is the assignment. */
    private static final Pattern DOCKER_SPACE = Pattern.compile("(?i)^\\s*(?:ENV|ARG)\\s+([A-Za-z_][\\w.-]*)\\s+[\"']?$");
    /** {@code <add key="StripeKey" value="…"/>} (.NET and Java XML config). */
    private static final Pattern XML_KEY_VALUE =
            Pattern.compile("(?i)\\bkey\\s*=\\s*[\"']([^\"']{1,64})[\"']\\s+value\\s*=\\s*[\"']$");
    /** {@code define('DB_PASSWORD', '…')}, {@code headers.put("X-Api-Key", "…")}: a name, then its value. */
    private static final Pattern NAME_THEN_VALUE = Pattern.compile("[\"']([A-Za-z_$][\\w.$-]{0,63})[\"']\\s*,\\s*[\"']$");
    /** A first argument is a name only if it says what it names: {@code create("AKIA…", "…")} names nothing. */
    private static final Pattern SECRET_WORD = Pattern.compile("(?i)key|secret|token|passw|pwd|auth|credential");
    /** .netrc: {@code password …} */
    private static final Pattern NETRC = Pattern.compile("(?:^|\\s)(password|passwd)\\s+$");
    /** {@code <password>…} */
    private static final Pattern XML_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)(?:\\s[^<>]*)?>\\s*$");
    /** {@code apiKey: string = "…"} (TypeScript), {@code API_KEY: str = "…"} (Python): the type is not the name. */
    private static final Pattern TYPED = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*:\\s*(?:str|string|String|bytes|any|unknown|Final|Final\\[str]|Optional\\[str]|"
                    + "SecretStr)\\s*=(?!=)\\s*[\"'`]?$");
    /** Any assignment: {@code name =}, {@code name:}, {@code "name":}, {@code name =>}, {@code name :=}, {@code x["name"] =}. */
    private static final Pattern ASSIGNMENT =
            Pattern.compile("([A-Za-z_$][\\w$.-]*)[\"'`\\]]{0,2}\\s*(?:=>|:=|\\+=|=(?![=>~])|:(?![:/]))");
    private static final Set<String> NOT_NAMES = Set.of("const", "let", "var", "export", "set", "final", "static",
            "private", "public", "protected", "readonly", "string", "http", "https");

    private AssignedName() {
    }

    /** The name assigned the value starting at {@code valueStart} of {@code line}, or null. */
    static String before(String line, int valueStart) {
        String prefix = line.substring(0, valueStart);
        Matcher m = DOCKER_SPACE.matcher(prefix);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = XML_KEY_VALUE.matcher(prefix);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = NAME_THEN_VALUE.matcher(prefix);
        if (m.find() && SECRET_WORD.matcher(m.group(1)).find()) {
            return clean(m.group(1));
        }
        m = NETRC.matcher(prefix);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = XML_ELEMENT.matcher(prefix);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = TYPED.matcher(prefix);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = ASSIGNMENT.matcher(prefix);
        String name = null;
        int end = -1;
        while (m.find()) {
            name = m.group(1);
            end = m.end();
        }
        if (name == null) {
            return null;
        }
        // `a = 1; call('…')` assigns nothing to the value: a statement or argument boundary lies in between
        String between = prefix.substring(end);
        if (between.indexOf(';') >= 0 || between.indexOf(',') >= 0) {
            return null;
        }
        return clean(name);
    }

    private static String clean(String raw) {
        String name = raw;
        for (String p : new String[] {"module.exports.", "exports.", "this.", "self.", "process.env.", "os.environ."}) {
            if (name.startsWith(p) && name.length() > p.length()) {
                name = name.substring(p.length());
            }
        }
        name = name.replaceAll("^[-.]+|[-.]+$", "");
        if (name.isEmpty() || name.length() > MAX_NAME || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return name;
    }

    /** {@code secretAccessKeyId} → {@code secret_access_key_id}, {@code APIKey} → {@code api_key}, {@code x-api-key} → {@code x_api_key}. */
    static String snakeCase(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        return s.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
    }
}
