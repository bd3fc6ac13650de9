package com.execreports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ses.model.MessageRejectedException;
import software.amazon.awssdk.services.ses.model.SesException;

class SesFailuresTest {

    @Test
    void should_retry_throttling_and_server_errors() {
        assertThat(SesFailures.kind(ses("Throttling", 400, "Maximum sending rate exceeded."))).isEqualTo(SesFailures.Kind.RETRY);
        assertThat(SesFailures.kind(ses("InternalFailure", 500, "An internal error occurred."))).isEqualTo(SesFailures.Kind.RETRY);
        assertThat(SesFailures.kind(ses("ServiceUnavailable", 503, "try later"))).isEqualTo(SesFailures.Kind.RETRY);
    }

    @Test
    void should_not_retry_a_rejected_message_an_unverified_sender_or_a_paused_account() {
        assertThat(SesFailures.kind(MessageRejectedException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("MessageRejected").build()).build())).isEqualTo(SesFailures.Kind.FINAL);
        assertThat(SesFailures.kind(ses("MailFromDomainNotVerifiedException", 400, "not verified"))).isEqualTo(SesFailures.Kind.FINAL);
        assertThat(SesFailures.kind(ses("AccountSendingPausedException", 400, "paused"))).isEqualTo(SesFailures.Kind.FINAL);
        assertThat(SesFailures.kind(new IllegalArgumentException("subject"))).isEqualTo(SesFailures.Kind.FINAL);
    }

    @Test
    void should_retry_a_connection_that_never_opened_but_never_a_call_that_may_have_gone_out() {
        SdkClientException refused = SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused")).build();
        ApiCallTimeoutException timeout = ApiCallTimeoutException.create(30_000);

        assertThat(SesFailures.kind(refused)).isEqualTo(SesFailures.Kind.RETRY);
        assertThat(SesFailures.kind(timeout)).isEqualTo(SesFailures.Kind.UNKNOWN_FATE);
        assertThat(SesFailures.kind(SdkClientException.create("Connection reset"))).isEqualTo(SesFailures.Kind.UNKNOWN_FATE);
    }

    @Test
    void should_describe_an_aws_error_by_service_code_status_and_message() {
        assertThat(SesFailures.describe(ses("Throttling", 400, "Maximum sending rate exceeded.")))
                .isEqualTo("SES Throttling (HTTP 400): Maximum sending rate exceeded.");
        assertThat(SesFailures.describe(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
        assertThat(SesFailures.describe(null)).isEqualTo("unknown error");
    }

    private static SesException ses(String code, int status, String message) {
        return (SesException) SesException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Ses").build()).build();
    }
}
