package com.execreports.sources;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.execreports.model.Run;
import com.execreports.security.SecretScanner;

import org.apache.camel.Exchange;

import java.util.function.Supplier;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.Tag;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionUrlConfigResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsRequest;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Reads the Lambda and CloudFront inventory. Functions are listed through camel-aws2-lambda page by page; the
 * calls no Camel component offers (function URL config, tags, CloudFront) go through the same SDK clients.
 * Bound as {@code awsInventory}.
 */
public final class AwsInventory {

    private final LambdaClient lambda;
    private final Supplier<CloudFrontClient> cloudFront;
    private final SecretScanner scanner;

    /** @param cloudFront asked for on the first distribution listing: no Camel component needs it at start-up */
    public AwsInventory(LambdaClient lambda, Supplier<CloudFrontClient> cloudFront, SecretScanner scanner) {
        this.lambda = lambda;
        this.cloudFront = cloudFront;
        this.scanner = scanner;
    }

    /** @param deprecatedRuntimes comma-separated runtime identifiers past their deprecation date */
    public InventoryTally open(Run run, String domain, String source, String deprecatedRuntimes) {
        return new InventoryTally(domain, source, "Lambda + CloudFront",
                Arrays.stream(deprecatedRuntimes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    public ListFunctionsRequest nextFunctionsRequest(Exchange exchange) {
        return ListFunctionsRequest.builder().maxItems(50).marker(exchange.getProperty("listMarker", String.class)).build();
    }

    public void foldFunctions(Exchange exchange) {
        ListFunctionsResponse page = exchange.getMessage().getBody(ListFunctionsResponse.class);
        InventoryTally tally = exchange.getProperty("tally", InventoryTally.class);
        for (FunctionConfiguration f : page.functions()) {
            try {
                Map<String, String> tags = lambda.listTags(b -> b.resource(f.functionArn())).tags();
                String url = null;
                String auth = null;
                List<String> cors = List.of();
                try {
                    GetFunctionUrlConfigResponse config = lambda.getFunctionUrlConfig(b -> b.functionName(f.functionName()));
                    url = config.functionUrl();
                    auth = config.authTypeAsString();
                    if (config.cors() != null && config.cors().hasAllowOrigins()) {
                        cors = List.copyOf(config.cors().allowOrigins());
                    }
                } catch (ResourceNotFoundException noUrl) {
                    // the usual case: the function is not reachable by URL
                }
                tally.function(f, tags, url, auth, cors);
                if (f.environment() != null && f.environment().hasVariables()) {
                    // the values are scanned here and dropped: the facts keep only names and redacted findings
                    String env = f.environment().variables().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
                    tally.environmentSecrets(scanner.scanText("Lambda " + f.functionName() + " environment", null, env));
                }
            } catch (RuntimeException e) {
                tally.unreadable("Lambda function " + f.functionName(), SourceFacts.describe(e));
            }
        }
        ReadDeadline deadline = ReadDeadline.of(exchange);
        deadline.counted(page.functions().size(), "functions");
        boolean more = page.nextMarker() != null && !page.nextMarker().isEmpty() && deadline.goOn();
        exchange.setProperty("morePages", more);
        exchange.setProperty("listMarker", page.nextMarker());
    }

    public void foldDistributions(Exchange exchange) {
        InventoryTally tally = exchange.getProperty("tally", InventoryTally.class);
        String marker = null;
        do {
            String from = marker;
            DistributionList page = cloudFront.get().listDistributions(b -> b.maxItems("100").marker(from)).distributionList();
            for (DistributionSummary d : page.items() == null ? java.util.List.<DistributionSummary>of() : page.items()) {
                distribution(tally, d);
            }
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
        } while (marker != null);
    }

    private void distribution(InventoryTally tally, DistributionSummary d) {
        {
            try {
                Map<String, String> tags = cloudFront.get().listTagsForResource(b -> b.resource(d.arn())).tags().items().stream()
                        .collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> a));
                tally.distribution(d, tags);
            } catch (RuntimeException e) {
                tally.unreadable("CloudFront distribution " + d.id(), SourceFacts.describe(e));
            }
        }
    }

}
