package com.execreports.model;

import java.util.List;

/**
 * What runs the businesses in AWS beyond tables and buckets: Lambda functions and CloudFront distributions.
 *
 * @param functions     every function, with what a stack audit needs
 * @param distributions every distribution
 * @param environmentSecrets secrets found in functions' environment variable values (described, never the value)
 */
public record InventoryFacts(List<Function> functions, List<Distribution> distributions,
                             List<SecurityFacts.Secret> environmentSecrets) implements SourceData {

    public InventoryFacts(List<Function> functions, List<Distribution> distributions) {
        this(functions, distributions, List.of());
    }

    /**
     * @param business         the function's {@code business} tag, or null when untagged
     * @param deprecated       its runtime is past AWS's deprecation date (from the template's list)
     * @param environmentNames names of its environment variables (never their values)
     * @param urlAuthType      NONE | AWS_IAM for a function URL, null when it has none
     * @param codeArtifact     where its deployment package is kept (the {@code CodeArtifact} tag), or null
     * @param urlCorsOrigins   the web origins the function URL's CORS lets call it from a browser ("*": any website);
     *                         empty when it has no URL or no CORS
     */
    public record Function(String name, String business, String runtime, boolean deprecated, int memoryMb, int timeoutSeconds,
                           long codeBytes, String lastModified, List<String> environmentNames, String url, String urlAuthType,
                           String codeArtifact, List<String> urlCorsOrigins) {

        public Function {
            // snapshots archived before CORS was read have no such field
            urlCorsOrigins = urlCorsOrigins == null ? List.of() : List.copyOf(urlCorsOrigins);
        }

        public Function(String name, String business, String runtime, boolean deprecated, int memoryMb, int timeoutSeconds,
                        long codeBytes, String lastModified, List<String> environmentNames, String url, String urlAuthType,
                        String codeArtifact) {
            this(name, business, runtime, deprecated, memoryMb, timeoutSeconds, codeBytes, lastModified, environmentNames, url,
                    urlAuthType, codeArtifact, List.of());
        }

        /** A browser on any website may call the URL: a page anywhere can drive it with a visitor's browser. */
        public boolean corsAnyOrigin() {
            return urlCorsOrigins.contains("*");
        }
    }

    /**
     * @param business   the distribution's {@code business} tag, or null
     * @param webAclId   the attached WAF web ACL, or "" when none
     * @param defaultTtl seconds the default cache behaviour keeps an object (0: every request reaches the origin)
     */
    public record Distribution(String id, String business, String domainName, List<String> aliases, List<String> origins,
                               long defaultTtl, long maxTtl, String webAclId, boolean enabled) {

        public boolean hasWaf() {
            return webAclId != null && !webAclId.isBlank();
        }
    }
}
