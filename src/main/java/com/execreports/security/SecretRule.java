package com.execreports.security;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One kind of credential, as {@code security/secret-rules.yaml} describes it. The regex finds candidates; the
 * keywords, length, entropy, stopwords and allow-lists then throw out what only looks like one.
 *
 * @param id          stable id, e.g. {@code stripe-secret-key}; reports and the accuracy corpus use it
 * @param description what it is, for the report
 * @param severity    critical | high | medium | low
 * @param pattern     Java regex with a named group {@code secret} around the value itself
 * @param keywords    lower-case; a line is tried only if it contains one of them (empty: every line)
 * @param minEntropy  Shannon bits per character the value must reach (0: no minimum)
 * @param minLength   characters the value must have (0: no minimum)
 * @param stopwords   lower-case; a value containing one is a placeholder, not a secret
 * @param allowSecrets values matching one of these (find, not whole match) are not secrets
 * @param allowNames  values assigned to a name matching one of these (the name in snake_case lower case:
 *                    {@code tokenUrl} → {@code token_url}) are not secrets
 * @param pemBlock    the match opens a PEM block (a private key): the secret is the base64 body of the lines
 *                    that follow, up to the END line, and length and entropy are measured on that body
 * @param jwtCheck    the value must be a JSON Web Token whose first segment decodes to a header naming its
 *                    algorithm ({@link JwtHeader}): {@code eyJ…} alone is any base64 JSON
 * @param examples    texts the rule must find (positive) and texts no rule may find (negative)
 */
public record SecretRule(String id, String description, String severity, Pattern pattern, List<String> keywords,
                         double minEntropy, int minLength, List<String> stopwords, List<Pattern> allowSecrets,
                         List<Pattern> allowNames, boolean pemBlock, boolean jwtCheck, Examples examples) {

    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");

    public SecretRule {
        keywords = List.copyOf(keywords);
        stopwords = List.copyOf(stopwords);
        allowSecrets = List.copyOf(allowSecrets);
        allowNames = List.copyOf(allowNames);
    }

    /**
     * The cheap prefilters: worth running the regex on this line? It must contain a keyword, and — for a rule
     * with a minimum length — a run of that many characters without whitespace or quotes, as every value has.
     *
     * @param lowerCaseLine the line, lower-cased
     * @param longestRun    the line's longest run of characters that are not whitespace or quotes
     */
    boolean worthTrying(String lowerCaseLine, int longestRun) {
        if (!pemBlock && longestRun < minLength) {
            return false;
        }
        return worthTrying(lowerCaseLine);
    }

    /** The keyword prefilter alone (line already lower-cased). */
    boolean worthTrying(String lowerCaseLine) {
        if (keywords.isEmpty()) {
            return true;
        }
        for (String k : keywords) {
            if (lowerCaseLine.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a candidate value (and the name it is assigned to, or null) passes this rule's filters. */
    boolean accepts(String value, String variable, List<Pattern> globalAllowlist) {
        if (value.length() < minLength) {
            return false;
        }
        if (minEntropy > 0 && Entropy.bitsPerChar(value) < minEntropy) {
            return false;
        }
        if (jwtCheck && !JwtHeader.isToken(value)) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String w : stopwords) {
            if (lower.contains(w)) {
                return false;
            }
        }
        for (Pattern p : globalAllowlist) {
            if (p.matcher(value).find()) {
                return false;
            }
        }
        for (Pattern p : allowSecrets) {
            if (p.matcher(value).find()) {
                return false;
            }
        }
        if (variable != null && !allowNames.isEmpty()) {
            String name = AssignedName.snakeCase(variable);
            for (Pattern p : allowNames) {
                if (p.matcher(name).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The id only: the examples hold (fake) secret-shaped strings that have no business in a log line. */
    @Override
    public String toString() {
        return "SecretRule[" + id + "]";
    }

    /**
     * @param positive texts in which this rule must find a secret
     * @param negative texts in which no rule may find one
     */
    public record Examples(List<String> positive, List<String> negative) {

        public Examples {
            positive = List.copyOf(positive);
            negative = List.copyOf(negative);
        }

        @Override
        public String toString() {
            return "Examples[" + positive.size() + " positive, " + negative.size() + " negative]";
        }
    }
}
