package com.execreports.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code aws.endpoint} override, read one way for the clients and the start-up check: blank (real AWS), one
 * URL for every service, or {@code s3=http://..,dynamodb=http://..} naming each service the service calls.
 *
 * @param byService service → endpoint URL; empty against real AWS
 */
public record AwsEndpoints(Map<String, URI> byService) {

    /** Every AWS service the service may call, as named in the list form (SNS only for ops alerts, when a topic is set). */
    public static final List<String> SERVICES = List.of("s3", "dynamodb", "ses", "sns", "lambda", "cloudfront", "iam", "rds",
            "cloudwatch", "sesv2", "ce");

    private static final String EXAMPLE = "http://127.0.0.1:4566";

    public AwsEndpoints {
        byService = Map.copyOf(byService);
    }

    /** The override, refusing a malformed one with what was expected. */
    public static AwsEndpoints parse(String property) {
        List<String> problems = problems(property);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("aws.endpoint: " + String.join("; ", problems) + " (expected one http(s) URL such as "
                    + EXAMPLE + ", or service=URL pairs separated by ',')");
        }
        Map<String, URI> byService = new LinkedHashMap<>();
        if (property == null || property.isBlank()) {
            return new AwsEndpoints(byService);
        }
        if (!property.contains("=")) {
            SERVICES.forEach(s -> byService.put(s, URI.create(property.trim())));
        } else {
            for (String pair : property.split(",")) {
                String[] kv = pair.trim().split("=", 2);
                byService.put(kv[0].trim(), URI.create(kv[1].trim()));
            }
        }
        return new AwsEndpoints(byService);
    }

    /**
     * Every problem of the override's form, each naming the entry at fault (empty when it is usable). A list may name
     * only some services (a tool may need one); {@link #unnamed(String, List)} says which a caller would lack.
     */
    public static List<String> problems(String property) {
        List<String> problems = new ArrayList<>();
        if (property == null || property.isBlank()) {
            return problems;
        }
        if (!property.contains("=")) {
            notUrl(property.trim()).ifPresent(p -> problems.add("'" + property.trim() + "' " + p));
            return problems;
        }
        List<String> named = new ArrayList<>();
        for (String pair : property.split(",")) {
            String[] kv = pair.trim().split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                problems.add("'" + pair.trim() + "' is not service=URL");
                continue;
            }
            String service = kv[0].trim();
            if (!SERVICES.contains(service)) {
                problems.add("'" + service + "' is not a service it calls");
            } else if (named.contains(service)) {
                problems.add(service + " is named twice");
            }
            named.add(service);
            notUrl(kv[1].trim()).ifPresent(p -> problems.add("'" + kv[1].trim() + "' for " + service + " " + p));
        }
        return problems;
    }

    /** The endpoint of one service; against real AWS there is none. */
    public URI url(String service) {
        URI uri = byService.get(service);
        if (uri == null) {
            throw new IllegalArgumentException("aws.endpoint names no endpoint for '" + service + "'");
        }
        return uri;
    }

    /** Of the services needed, those a list leaves out: calling one is refused, never sent to real AWS or another emulator. */
    public static List<String> unnamed(String property, List<String> needed) {
        if (property == null || !property.contains("=")) {
            return List.of();
        }
        List<String> named = java.util.Arrays.stream(property.split(",")).map(p -> p.split("=", 2)[0].trim()).toList();
        return needed.stream().filter(s -> !named.contains(s)).toList();
    }

    private static java.util.Optional<String> notUrl(String text) {
        String expected = "is not an http(s) URL with a host";
        try {
            URI uri = new URI(text);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                return java.util.Optional.of(expected);
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of(expected);
        }
    }
}
