package com.execreports.config;

import java.time.Duration;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds the AWS clients every camel-aws2-* endpoint uses (they autowire the one client of each type), each on
 * the one {@link SdkClientBuilder} path with only its own differences here. Credentials always come from the SDK's
 * default provider chain; an endpoint override is only for local emulators and is blank against real AWS.
 */
public record AwsClients(String region, String endpoint, Duration apiCallTimeout, Duration sesCallTimeout) {

    public AwsClients(String region, String endpoint, Duration apiCallTimeout) {
        this(region, endpoint, apiCallTimeout, apiCallTimeout);
    }

    public S3Client s3() {
        SdkClientBuilder sdk = sdk();
        var b = S3Client.builder();
        if (sdk.local()) {
            b.forcePathStyle(true); // an emulator answers at one host: the bucket goes in the path, not the host name
        }
        return sdk.build(b, "s3");
    }

    /** Signs the archive links a report too large for SES carries instead of its charts (not an AwsClientBuilder). */
    public S3Presigner s3Presigner() {
        SdkClientBuilder sdk = sdk();
        var b = S3Presigner.builder().region(sdk.region()).credentialsProvider(sdk.credentials());
        sdk.endpoint("s3").ifPresent(url -> b.endpointOverride(url)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return b.build();
    }

    public DynamoDbClient dynamoDb() {
        return sdk().build(DynamoDbClient.builder(), "dynamodb");
    }

    /**
     * The SDK's own retries are off for SES: delivery retries throttling itself (bounded, with jitter, counted),
     * and an SDK retry after a timed-out send could deliver a report twice.
     */
    public SesClient ses() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(SesClient.builder(), "ses", sdk.region(), ClientOverrideConfiguration.builder()
                .apiCallTimeout(sesCallTimeout).retryStrategy(AwsRetryStrategy.doNotRetry()).build());
    }

    public LambdaClient lambda() {
        return sdk().build(LambdaClient.builder(), "lambda");
    }

    /**
     * The deployed-code reads (GetFunction, GetLayerVersion, one per function and layer): Lambda throttles its control
     * plane at a few calls a second per account, so these retry throttling like the other account reads. Not bound in
     * the registry: camel-aws2-lambda autowires the one LambdaClient there is.
     */
    public LambdaClient lambdaCode() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(LambdaClient.builder(), "lambda", sdk.region(), readRetries(sdk));
    }

    /** CloudFront is a global service: its API lives in us-east-1 whatever the region of the rest. */
    public CloudFrontClient cloudFront() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(CloudFrontClient.builder(), "cloudfront", Region.AWS_GLOBAL, sdk.timeouts());
    }

    /** IAM is a global service: its API lives in us-east-1 whatever the region of the rest. */
    public IamClient iam() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(IamClient.builder(), "iam", Region.AWS_GLOBAL, readRetries(sdk));
    }

    public RdsClient rds() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(RdsClient.builder(), "rds", sdk.region(), readRetries(sdk));
    }

    public CloudWatchClient cloudWatch() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(CloudWatchClient.builder(), "cloudwatch", sdk.region(), readRetries(sdk));
    }

    /** CloudFront publishes its metrics in us-east-1 only, whatever the region of the rest. */
    public CloudWatchClient cloudWatchUsEast1() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(CloudWatchClient.builder(), "cloudwatch", Region.US_EAST_1, readRetries(sdk));
    }

    /** SESv2 reads the account's sending data (the reports go out through the SES v1 client above). */
    public SesV2Client sesV2() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(SesV2Client.builder(), "sesv2", sdk.region(), readRetries(sdk));
    }

    /** Cost Explorer's API lives in us-east-1 whatever the region of the rest; it throttles, so it retries as the reads below. */
    public CostExplorerClient costExplorer() {
        SdkClientBuilder sdk = sdk();
        return sdk.build(CostExplorerClient.builder(), "ce", Region.US_EAST_1, readRetries(sdk));
    }

    /**
     * The account-audit reads retry throttling (IAM, RDS and CloudWatch throttle at a few calls a second) with the SDK's
     * standard exponential backoff and jitter, up to 5 attempts within the call timeout: a read repeats nothing.
     */
    private static ClientOverrideConfiguration readRetries(SdkClientBuilder sdk) {
        return sdk.timeouts().toBuilder().retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(5).build())
                .build();
    }

    /** The SNS client of the ops alerts' second path (a topic in application.properties; off when blank). */
    public SnsClient sns() {
        return sdk().build(SnsClient.builder(), "sns");
    }

    /** Where a service's calls go, as an operator reads it in an error: "at http://127.0.0.1:8000" or "in AWS us-west-2". */
    public String location(String service) {
        return local() ? "at " + endpoint(service) : "in AWS " + region;
    }

    private boolean local() {
        return endpoint != null && !endpoint.isBlank();
    }

    /** Read when a client is built, as before: a malformed override is refused by the start-up check first. */
    private SdkClientBuilder sdk() {
        return SdkClientBuilder.of(region, endpoint, apiCallTimeout);
    }

    private String endpoint(String service) {
        return AwsEndpoints.parse(endpoint).url(service).toString();
    }
}
