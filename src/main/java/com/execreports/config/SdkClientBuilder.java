package com.execreports.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;

/**
 * The one path every AWS client of the service is built on: the region, credentials from the SDK's default provider
 * chain (never keys in configuration), the per-call timeout and — against local emulators only — the endpoint of
 * that service. A client's own differences (S3 path-style, SES without retries, CloudFront's global region) are
 * the caller's, applied to the builder before or as an argument here.
 *
 * @param region         the region of every client but a global service's
 * @param endpoints      the {@code aws.endpoint} override; empty against real AWS
 * @param apiCallTimeout one call, retries included
 */
record SdkClientBuilder(Region region, AwsEndpoints endpoints, Duration apiCallTimeout) {

    static SdkClientBuilder of(String region, String endpoint, Duration apiCallTimeout) {
        return new SdkClientBuilder(Region.of(region), AwsEndpoints.parse(endpoint), apiCallTimeout);
    }

    /** The client of {@code service} with the shared settings: the region and timeout of the service's calls. */
    <B extends AwsClientBuilder<B, C>, C> C build(B builder, String service) {
        return build(builder, service, region, timeouts());
    }

    /** The same with a region or override configuration of the client's own. */
    <B extends AwsClientBuilder<B, C>, C> C build(B builder, String service, Region clientRegion,
                                                  ClientOverrideConfiguration override) {
        builder.region(clientRegion).credentialsProvider(credentials()).overrideConfiguration(override);
        endpoint(service).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder().apiCallTimeout(apiCallTimeout).build();
    }

    AwsCredentialsProvider credentials() {
        return DefaultCredentialsProvider.builder().build();
    }

    /**
     * The emulator of {@code service} when the override is set; a list that does not name the service is refused —
     * never sent to real AWS or to another service's emulator.
     */
    Optional<URI> endpoint(String service) {
        return local() ? Optional.of(endpoints.url(service)) : Optional.empty();
    }

    boolean local() {
        return !endpoints.byService().isEmpty();
    }
}
