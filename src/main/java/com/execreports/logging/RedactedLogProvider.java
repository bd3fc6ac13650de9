package com.execreports.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.simple.SimpleLoggerFactory;
import org.slf4j.simple.SimpleServiceProvider;

/**
 * The service's SLF4J backend: slf4j-simple, configured as ever by simplelogger.properties, whose loggers redact
 * secrets from every line ({@link RedactedLogger}). Registered in META-INF/services ahead of slf4j-simple's own
 * provider (the service's classes come first on its class path) and named by the {@code slf4j.provider} system
 * property, which {@link #select} sets before the first logger is made, so SLF4J need not choose between two.
 */
public final class RedactedLogProvider extends SimpleServiceProvider {

    private ILoggerFactory loggers;

    /** Names this provider to SLF4J: call before anything asks for a logger (first thing in main). */
    public static void select() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", RedactedLogProvider.class.getName());
            // SLF4J would announce the explicit choice on every start; its warnings still show
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    @Override
    public void initialize() {
        super.initialize();
        loggers = new SimpleLoggerFactory() {
            @Override
            protected Logger createLogger(String name) {
                return new RedactedLogger(name);
            }
        };
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }
}
