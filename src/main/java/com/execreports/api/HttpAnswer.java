package com.execreports.api;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The answer of an API or browser request. The request's headers are dropped first: platform-http would otherwise
 * echo them (path and query parameters too) as response headers.
 */
final class HttpAnswer {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Pages of the browser: nothing runs, nothing loads from elsewhere, no frame holds them. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    /** Archived reports: our own HTML, served as is, with their charts from beside them and nothing else. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private HttpAnswer() {
    }

    static void json(Exchange exchange, int status, Object body) {
        try {
            answer(exchange, status, "application/json", JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write the answer as JSON", e);
        }
    }

    /** 400 naming the field that was wrong and why. */
    static void badRequest(Exchange exchange, String field, String why) {
        json(exchange, 400, java.util.Map.of("error", "bad request", "field", field, "message", why));
    }

    static void html(Exchange exchange, int status, String page) {
        answer(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
        exchange.getMessage().setHeader("Content-Security-Policy", PAGE_POLICY);
    }

    static void answer(Exchange exchange, int status, String contentType, byte[] body) {
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, contentType);
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("Cache-Control", "no-store");
        m.setBody(body);
    }
}
