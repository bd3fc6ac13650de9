package com.execreports.config;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Builds the AWS clients every camel-aws2-* endpoint uses (they autowire the one client of each type).
 * Credentials always come from the SDK's default provider chain; an endpoint override is only for local
 * emulators and is blank against real AWS.
 */
public record AwsClients(String region, String endpoint, Duration apiCallTimeout, Duration sesCallTimeout) {

    public AwsClients(String region, String endpoint, Duration apiCallTimeout) {
        this(region, endpoint, apiCallTimeout, apiCallTimeout);
    }


    public S3Client s3() {
        var b = S3Client.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(timeouts());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("s3"))).forcePathStyle(true);
        }
        return b.build();
    }

    /** Signs the archive links a report too large for SES carries instead of its charts. */
    public software.amazon.awssdk.services.s3.presigner.S3Presigner s3Presigner() {
        var b = software.amazon.awssdk.services.s3.presigner.S3Presigner.builder().region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("s3")))
                    .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return b.build();
    }

    public DynamoDbClient dynamoDb() {
        var b = DynamoDbClient.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(timeouts());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("dynamodb")));
        }
        return b.build();
    }

    /**
     * The SDK's own retries are off for SES: delivery retries throttling itself (bounded, with jitter, counted),
     * and an SDK retry after a timed-out send could deliver a report twice.
     */
    public SesClient ses() {
        var b = SesClient.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(sesCallTimeout)
                        .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()).build());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("ses")));
        }
        return b.build();
    }

    public LambdaClient lambda() {
        var b = LambdaClient.builder().region(Region.of(region)).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(timeouts());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("lambda")));
        }
        return b.build();
    }

    /** CloudFront is a global service: its API lives in us-east-1 whatever the region of the rest. */
    public CloudFrontClient cloudFront() {
        var b = CloudFrontClient.builder().region(Region.AWS_GLOBAL).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(timeouts());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("cloudfront")));
        }
        return b.build();
    }

    /** The SNS client of the ops alerts' second path (a topic in application.properties; off when blank). */
    public software.amazon.awssdk.services.sns.SnsClient sns() {
        var b = software.amazon.awssdk.services.sns.SnsClient.builder().region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build()).overrideConfiguration(timeouts());
        if (local()) {
            b.endpointOverride(URI.create(endpoint("sns")));
        }
        return b.build();
    }

    /** Where a service's calls go, as an operator reads it in an error: "at http://127.0.0.1:8000" or "in AWS us-west-2". */
    public String location(String service) {
        return local() ? "at " + endpoint(service) : "in AWS " + region;
    }

    private boolean local() {
        return endpoint != null && !endpoint.isBlank();
    }

    /**
     * The override may name one URL for all services or a per-service list: {@code s3=http://..,dynamodb=http://..}.
     * A service the list does not name is refused — never sent to real AWS or to another service's emulator.
     */
    private String endpoint(String service) {
        return AwsEndpoints.parse(endpoint).url(service).toString();
    }

    private ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(apiCallTimeout).build();
    }
}
