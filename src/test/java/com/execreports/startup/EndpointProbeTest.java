package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.execreports.config.AwsEndpoints;

import org.junit.jupiter.api.Test;

class EndpointProbeTest {

    private final EndpointProbe probe = new EndpointProbe(Duration.ofSeconds(2));

    @Test
    void should_pass_an_endpoint_something_listens_on() throws Exception {
        try (ServerSocket listening = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + listening.getLocalPort();

            assertThat(probe.problems(new ConfiguredValue("aws.endpoint", url, "-D"), AwsEndpoints.SERVICES)).isEmpty();
        }
    }

    @Test
    void should_refuse_an_endpoint_nothing_answers_on_naming_the_service_and_url() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (ServerSocket listening = new ServerSocket(0)) {
            String up = "http://127.0.0.1:" + listening.getLocalPort();
            String down = "http://127.0.0.1:" + closed;
            ConfiguredValue endpoint = new ConfiguredValue("aws.endpoint",
                    "s3=" + up + ",dynamodb=" + up + ",ses=" + down + ",lambda=" + up + ",cloudfront=" + up, "application.properties");

            assertThat(probe.problems(endpoint, AwsEndpoints.SERVICES)).containsExactly("application.properties: aws.endpoint: nothing answers at " + down
                    + " for ses (connection refused; expected the emulator or endpoint listening there)");
        }
    }

    @Test
    void should_not_knock_for_a_service_the_configuration_does_not_call() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (ServerSocket listening = new ServerSocket(0)) {
            String up = "http://127.0.0.1:" + listening.getLocalPort();
            ConfiguredValue endpoint = new ConfiguredValue("aws.endpoint", "s3=" + up + ",dynamodb=" + up + ",ses=" + up
                    + ",sns=http://127.0.0.1:" + closed + ",lambda=" + up + ",cloudfront=" + up, "-D");

            assertThat(probe.problems(endpoint, java.util.List.of("s3", "dynamodb", "ses", "lambda", "cloudfront"))).isEmpty();
        }
    }

    @Test
    void should_say_an_unknown_host_is_one() {
        assertThat(probe.knock(URI.create("http://no-such-host.invalid:4566"))).contains("unknown host no-such-host.invalid");
    }
}
