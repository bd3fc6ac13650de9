package com.execreports.api;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * The first step of every API and browser route: takes the credentials off the request (so no later step, log or
 * error handler can show them), checks them, and answers 503 (no token configured), or 401 with WWW-Authenticate,
 * ending the route. A browser's credentials are the cookie its login form set; curl's the Authorization header.
 */
public final class ApiGate {

    /** The browser's cookie: the token as typed in the login form, HttpOnly and SameSite=Strict. */
    public static final String COOKIE = "exec_reports_token";
    /** Exchange property holding what the request may do, for the routes that offer less to the read-only token. */
    public static final String ACCESS = "apiAccess";

    private final ApiTokens tokens;

    public ApiGate(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Starting runs: the full token only. */
    public void full(Exchange exchange) {
        ApiTokens.Access access = admit(exchange);
        if (access == ApiTokens.Access.READ) {
            deny(exchange, 403, "the read-only token cannot start runs");
        }
    }

    /** Reading (GET endpoints): the full or the read-only token. */
    public void read(Exchange exchange) {
        admit(exchange);
    }

    /** A browser page: as {@link #read}, but a browser without a token gets the login form. */
    public void page(Exchange exchange) {
        ApiTokens.Access access = access(exchange);
        if (access == ApiTokens.Access.DISABLED) {
            HttpAnswer.html(exchange, 503, BrowserPages.disabled(tokens.tokenVariable()));
            exchange.setRouteStop(true);
        } else if (access == ApiTokens.Access.DENIED) {
            HttpAnswer.html(exchange, 401, BrowserPages.login(false));
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"exec-reports\"");
            exchange.setRouteStop(true);
        }
    }

    /** The login form's answer: the cookie and back to the list, or the form again. */
    public void login(Exchange exchange) {
        Message m = exchange.getMessage();
        String typed = formField(exchange, "token");
        m.removeHeaders("(?i)authorization|cookie|token");
        ApiTokens.Access access = tokens.check(typed);
        if (access == ApiTokens.Access.DISABLED) {
            HttpAnswer.html(exchange, 503, BrowserPages.disabled(tokens.tokenVariable()));
        } else if (!access.mayRead()) {
            HttpAnswer.html(exchange, 401, BrowserPages.login(true));
        } else {
            HttpAnswer.html(exchange, 303, "<!doctype html><title>Signed in</title><a href=\"/reports\">Reports</a>");
            m.setHeader("Location", "/reports");
            m.setHeader("Set-Cookie", COOKIE + "=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8)
                    + "; Path=/; HttpOnly; SameSite=Strict");
        }
        exchange.setRouteStop(true);
    }

    private ApiTokens.Access admit(Exchange exchange) {
        ApiTokens.Access access = access(exchange);
        if (access == ApiTokens.Access.DISABLED) {
            HttpAnswer.json(exchange, 503, Map.of("error", "the API is disabled: environment variable " + tokens.tokenVariable()
                    + " (api.token-env) holds no token"));
            exchange.setRouteStop(true);
        } else if (access == ApiTokens.Access.DENIED) {
            deny(exchange, 401, "unauthorized: no valid token (see WWW-Authenticate)");
        }
        return access;
    }

    private void deny(Exchange exchange, int status, String message) {
        HttpAnswer.json(exchange, status, Map.of("error", message));
        exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"exec-reports\"");
        exchange.setRouteStop(true);
    }

    /**
     * The request's access. Its credentials are read from the HTTP request itself (CredentialHeaderFilter keeps them
     * out of the Camel headers); removed from the message too, should an endpoint lack the filter.
     */
    private ApiTokens.Access access(Exchange exchange) {
        Message m = exchange.getMessage();
        String authorization = requestHeader(exchange, "Authorization");
        String cookies = requestHeader(exchange, "Cookie");
        m.removeHeaders("(?i)authorization|cookie|token");
        exchange.setProperty(ACCESS, null);
        String presented = bearer(authorization);
        if (presented == null) {
            presented = cookie(cookies);
        }
        ApiTokens.Access access = tokens.check(presented);
        exchange.setProperty(ACCESS, access);
        return access;
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    static String cookie(String cookies) {
        if (cookies == null) {
            return null;
        }
        for (String part : cookies.split(";")) {
            String p = part.trim();
            if (p.startsWith(COOKIE + "=")) {
                return java.net.URLDecoder.decode(p.substring(COOKIE.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String requestHeader(Exchange exchange, String name) {
        if (exchange.getIn() instanceof HttpMessage http && http.getRequest() != null) {
            return http.getRequest().getHeader(name);
        }
        return exchange.getMessage().getHeader(name, String.class);
    }

    /** A form field, from the request's parsed form, or from the urlencoded body. */
    private static String formField(Exchange exchange, String name) {
        Message m = exchange.getMessage();
        if (exchange.getIn() instanceof HttpMessage http && http.getRequest() != null && http.getRequest().getFormAttribute(name) != null) {
            return http.getRequest().getFormAttribute(name);
        }
        Object header = m.getHeader(name);
        if (header != null) {
            return header.toString();
        }
        String body = m.getBody(String.class);
        if (body == null) {
            return null;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
