package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.AwsServiceClientConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** Every client the service builds, as the SDK reports its own configuration: no call is made. */
class SdkClientBuilderTest {

    private static final String LOCAL = "s3=http://127.0.0.1:4001,dynamodb=http://127.0.0.1:4002,ses=http://127.0.0.1:4003,"
            + "sns=http://127.0.0.1:4004,lambda=http://127.0.0.1:4005,cloudfront=http://127.0.0.1:4006";

    private final AwsClients local = new AwsClients("us-west-2", LOCAL, Duration.ofSeconds(30), Duration.ofSeconds(12));
    private final AwsClients real = new AwsClients("eu-central-1", "", Duration.ofSeconds(45), Duration.ofSeconds(12));

    @Test
    void should_give_each_client_the_region_timeout_and_emulator_of_its_own_service() {
        try (S3Client s3 = local.s3(); DynamoDbClient ddb = local.dynamoDb(); LambdaClient lambda = local.lambda();
             SnsClient sns = local.sns()) {
            assertSettings(s3.serviceClientConfiguration(), Region.US_WEST_2, "http://127.0.0.1:4001", Duration.ofSeconds(30));
            assertSettings(ddb.serviceClientConfiguration(), Region.US_WEST_2, "http://127.0.0.1:4002", Duration.ofSeconds(30));
            assertSettings(sns.serviceClientConfiguration(), Region.US_WEST_2, "http://127.0.0.1:4004", Duration.ofSeconds(30));
            assertSettings(lambda.serviceClientConfiguration(), Region.US_WEST_2, "http://127.0.0.1:4005", Duration.ofSeconds(30));
        }
    }

    @Test
    void should_send_nothing_to_an_endpoint_override_against_real_aws() {
        try (S3Client s3 = real.s3(); DynamoDbClient ddb = real.dynamoDb()) {
            assertThat(s3.serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(ddb.serviceClientConfiguration().endpointOverride()).isEmpty();
            assertThat(s3.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
            assertThat(ddb.serviceClientConfiguration().overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(45));
        }
    }

    @Test
    void should_build_ses_with_its_own_timeout_and_no_sdk_retries() {
        try (SesClient ses = local.ses()) {
            assertSettings(ses.serviceClientConfiguration(), Region.US_WEST_2, "http://127.0.0.1:4003", Duration.ofSeconds(12));
            assertThat(ses.serviceClientConfiguration().overrideConfiguration().retryStrategy())
                    .hasValueSatisfying(retries -> assertThat(retries.maxAttempts()).isEqualTo(1));
        }
    }

    @Test
    void should_build_cloudfront_in_the_global_region_whatever_the_configured_one() {
        try (CloudFrontClient cloudFront = real.cloudFront(); CloudFrontClient localCloudFront = local.cloudFront()) {
            assertThat(cloudFront.serviceClientConfiguration().region()).isEqualTo(Region.AWS_GLOBAL);
            assertSettings(localCloudFront.serviceClientConfiguration(), Region.AWS_GLOBAL, "http://127.0.0.1:4006",
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void should_refuse_a_client_whose_service_the_endpoint_list_does_not_name() {
        AwsClients dynamoOnly = new AwsClients("us-west-2", "dynamodb=http://127.0.0.1:4002", Duration.ofSeconds(30));

        assertThatThrownBy(dynamoOnly::s3).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aws.endpoint names no endpoint for 's3'");
    }

    private static void assertSettings(AwsServiceClientConfiguration config, Region region, String endpoint, Duration timeout) {
        assertThat(config.region()).isEqualTo(region);
        assertThat(config.endpointOverride()).contains(URI.create(endpoint));
        assertThat(config.overrideConfiguration().apiCallTimeout()).contains(timeout);
    }
}
