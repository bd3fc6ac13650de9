package com.execreports.delivery;

import java.net.ConnectException;
import java.util.Set;

import org.apache.camel.Exchange;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Sorts a failed SES call into what delivery does next. Bound as {@code sesFailures}; the routes' retry policy asks it.
 *
 * <ul>
 *   <li>retry: throttling, 5xx, a connection that never opened — SES did not take the message;</li>
 *   <li>unknown fate: the request may have left (timeout, connection dropped mid-call) — never retried;</li>
 *   <li>final: everything else, such as {@code MessageRejected}, an unverified sender or a paused account.</li>
 * </ul>
 */
public final class SesFailures {

    /** Error codes SES uses when it is only asking the sender to slow down. */
    private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "TooManyRequestsException",
            "RequestThrottled", "ServiceUnavailable", "InternalFailure");

    public enum Kind { RETRY, UNKNOWN_FATE, FINAL }

    public static Kind kind(Throwable error) {
        if (error instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            if (aws.statusCode() >= 500 || (code != null && THROTTLING.contains(code)) || aws.isThrottlingException()) {
                return Kind.RETRY;
            }
            return Kind.FINAL;
        }
        if (error instanceof SdkClientException) {
            return causedBy(error, ConnectException.class) ? Kind.RETRY : Kind.UNKNOWN_FATE;
        }
        return Kind.FINAL;
    }

    public boolean retryable(Exchange exchange) {
        return kind(errorOf(exchange)) == Kind.RETRY;
    }

    public boolean unknownFate(Exchange exchange) {
        return kind(errorOf(exchange)) == Kind.UNKNOWN_FATE;
    }

    /** The error in one line, with the SES error code when there is one. */
    public static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        if (error instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            String service = aws.awsErrorDetails().serviceName() == null ? "AWS" : aws.awsErrorDetails().serviceName().toUpperCase(java.util.Locale.ROOT);
            return service + " " + aws.awsErrorDetails().errorCode() + " (HTTP " + aws.statusCode() + "): "
                    + aws.awsErrorDetails().errorMessage();
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    static Throwable errorOf(Exchange exchange) {
        Throwable e = exchange.getException();
        return e != null ? e : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
