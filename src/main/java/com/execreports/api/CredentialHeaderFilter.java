package com.execreports.api;

import java.util.List;

import org.apache.camel.http.base.HttpHeaderFilterStrategy;

/**
 * platform-http's own header filter, plus the request's credentials: Authorization, Cookie and a {@code token} field
 * never become Camel headers, so no trace, error log or message history can show them (Camel's tracer prints every
 * header). {@link ApiGate} reads them from the HTTP request itself.
 */
public final class CredentialHeaderFilter extends HttpHeaderFilterStrategy {

    static final List<String> CREDENTIALS = List.of("authorization", "cookie", "token");

    @Override
    protected void initialize() {
        super.initialize();
        setLowerCase(true);
        getInFilter().addAll(CREDENTIALS);
    }
}
