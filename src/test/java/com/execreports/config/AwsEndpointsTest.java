package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class AwsEndpointsTest {

    @Test
    void should_give_every_service_the_one_url_or_its_own() {
        assertThat(AwsEndpoints.parse("http://127.0.0.1:4566").url("ses")).isEqualTo(URI.create("http://127.0.0.1:4566"));
        AwsEndpoints list = AwsEndpoints.parse("s3=http://127.0.0.1:1, dynamodb=http://127.0.0.1:2");
        assertThat(list.url("dynamodb")).isEqualTo(URI.create("http://127.0.0.1:2"));
        assertThat(AwsEndpoints.unnamed("s3=http://127.0.0.1:1, dynamodb=http://127.0.0.1:2", AwsEndpoints.SERVICES))
                .containsExactly("ses", "sns", "lambda", "cloudfront", "iam", "rds", "cloudwatch", "sesv2", "ce");
        assertThat(AwsEndpoints.unnamed("http://127.0.0.1:1", AwsEndpoints.SERVICES)).isEmpty();
        assertThat(AwsEndpoints.parse("").byService()).isEmpty();
    }

    @Test
    void should_refuse_a_service_the_list_does_not_name_rather_than_guess_one() {
        AwsEndpoints list = AwsEndpoints.parse("dynamodb=http://127.0.0.1:2");

        assertThatThrownBy(() -> list.url("ses")).hasMessage("aws.endpoint names no endpoint for 'ses'");
    }

    @Test
    void should_refuse_a_malformed_url_naming_the_property_and_the_value() {
        assertThatThrownBy(() -> AwsEndpoints.parse("ses=127.0.0.1:4579"))
                .hasMessage("aws.endpoint: '127.0.0.1:4579' for ses is not an http(s) URL with a host"
                        + " (expected one http(s) URL such as http://127.0.0.1:4566, or service=URL pairs separated by ',')");
    }
}
