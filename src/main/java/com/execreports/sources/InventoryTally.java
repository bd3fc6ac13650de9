package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.execreports.model.Facts;
import com.execreports.model.InventoryFacts;
import com.execreports.model.SecurityFacts;
import com.execreports.security.SecretFinding;

import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** Folds Lambda and CloudFront listings into {@link InventoryFacts}: one small record per function and distribution. */
public final class InventoryTally implements SourceTally {

    private final String domain;
    private final String source;
    private final String resource;
    private final Set<String> deprecatedRuntimes;
    private final List<InventoryFacts.Function> functions = new ArrayList<>();
    private final List<InventoryFacts.Distribution> distributions = new ArrayList<>();
    private final List<SecurityFacts.Secret> environmentSecrets = new ArrayList<>();
    private final IssueSample issues = new IssueSample();

    public InventoryTally(String domain, String source, String resource, Set<String> deprecatedRuntimes) {
        this.domain = domain;
        this.source = source;
        this.resource = resource;
        this.deprecatedRuntimes = deprecatedRuntimes;
    }

    /**
     * @param urlAuthType null when the function has no URL
     * @param corsOrigins the URL's CORS allowed origins; empty when none
     */
    public void function(FunctionConfiguration f, Map<String, String> tags, String url, String urlAuthType, List<String> corsOrigins) {
        String runtime = f.runtimeAsString();
        List<String> env = f.environment() == null || f.environment().variables() == null ? List.of()
                : f.environment().variables().keySet().stream().sorted().toList();
        functions.add(new InventoryFacts.Function(f.functionName(), tags.get("business"), runtime,
                runtime != null && deprecatedRuntimes.contains(runtime), f.memorySize() == null ? 0 : f.memorySize(),
                f.timeout() == null ? 0 : f.timeout(), f.codeSize() == null ? 0 : f.codeSize(), f.lastModified(), env, url,
                urlAuthType, tags.get("CodeArtifact"), corsOrigins));
    }

    public void distribution(DistributionSummary d, Map<String, String> tags) {
        List<String> aliases = d.aliases() == null || d.aliases().items() == null ? List.of() : List.copyOf(d.aliases().items());
        List<String> origins = d.origins() == null ? List.of() : d.origins().items().stream().map(o -> o.domainName()).toList();
        long ttl = d.defaultCacheBehavior() == null || d.defaultCacheBehavior().defaultTTL() == null ? 0 : d.defaultCacheBehavior().defaultTTL();
        long max = d.defaultCacheBehavior() == null || d.defaultCacheBehavior().maxTTL() == null ? 0 : d.defaultCacheBehavior().maxTTL();
        distributions.add(new InventoryFacts.Distribution(d.id(), tags.get("business"), d.domainName(), aliases, origins, ttl, max,
                d.webACLId() == null ? "" : d.webACLId(), Boolean.TRUE.equals(d.enabled())));
    }

    public void environmentSecrets(List<SecretFinding> found) {
        for (SecretFinding f : found) {
            environmentSecrets.add(new SecurityFacts.Secret(f.ruleId(), f.severity(), f.description(), f.resource(), f.file(),
                    f.line(), f.variable(), f.fingerprint(), f.preview()));
        }
    }

    public void unreadable(String where, String reason) {
        issues.add(where, reason);
    }

    @Override
    public Facts facts(String runId) {
        return Facts.read(runId, domain, source, "aws-inventory", resource,
                new InventoryFacts(List.copyOf(functions), List.copyOf(distributions), List.copyOf(environmentSecrets)),
                issues.kept(), issues.count());
    }
}
