package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.component.aws2.ddb.Ddb2Component;
import org.apache.camel.component.aws2.lambda.Lambda2Component;
import org.apache.camel.component.aws2.s3.AWS2S3Component;
import org.apache.camel.component.aws2.ses.Ses2Component;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * The service started as it is configured, its clients bound lazily (a Supplier each): the camel-aws2-* components
 * still autowire the service's own clients by type — with its timeouts, emulator endpoints and SES without SDK
 * retries — not clients of their own, and each client is built once however often it is looked up.
 */
class AwsClientsWiringTest extends DemoPipelineTestSupport {

    @Test
    void should_autowire_the_service_clients_into_the_aws2_components() {
        var registry = context.getRegistry();

        assertThat(context.getComponent("aws2-s3", AWS2S3Component.class).getConfiguration().getAmazonS3Client())
                .isSameAs(registry.lookupByNameAndType("s3Client", S3Client.class));
        assertThat(context.getComponent("aws2-s3", AWS2S3Component.class).getConfiguration().getAmazonS3Presigner())
                .isSameAs(registry.lookupByNameAndType("amazonS3Presigner", S3Presigner.class));
        assertThat(context.getComponent("aws2-ddb", Ddb2Component.class).getConfiguration().getAmazonDDBClient())
                .isSameAs(registry.lookupByNameAndType("dynamoDbClient", DynamoDbClient.class));
        assertThat(context.getComponent("aws2-ses", Ses2Component.class).getConfiguration().getAmazonSESClient())
                .isSameAs(registry.lookupByNameAndType("sesClient", SesClient.class));
        assertThat(context.getComponent("aws2-lambda", Lambda2Component.class).getConfiguration().getAwsLambdaClient())
                .isSameAs(registry.lookupByNameAndType("lambdaClient", LambdaClient.class));
    }

    @Test
    void should_build_a_client_looked_up_later_once_and_as_configured() {
        var registry = context.getRegistry();
        CloudFrontClient first = registry.lookupByNameAndType("cloudFrontClient", CloudFrontClient.class);

        assertThat(registry.findSingleByType(CloudFrontClient.class)).isSameAs(first);
        assertThat(first.serviceClientConfiguration().endpointOverride()).contains(java.net.URI.create(
                aws.endpointProperty().replaceAll(".*cloudfront=([^,]+).*", "$1")));
        // the site bucket of the demo, listed through the routes' S3 client: path-style against the emulator
        assertThat(registry.lookupByNameAndType("s3Client", S3Client.class).listObjectsV2(b -> b.bucket("jada-site")).contents())
                .isNotEmpty();
    }
}
