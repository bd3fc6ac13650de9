package com.execreports.logging;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Collectors;

import com.execreports.security.LogRedaction;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.simple.SimpleLogger;

/**
 * slf4j-simple's logger (simplelogger.properties still configures it) with every message formatted, then passed
 * through {@link LogRedaction} before it is written; a stack trace too, as its messages may quote what was read.
 */
final class RedactedLogger extends SimpleLogger {

    private static final long serialVersionUID = 1L;

    RedactedLogger(String name) {
        super(name);
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable t) {
        // formatted here, so an argument holding a secret is redacted in place; written with no arguments left to format
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        written(level, marker, LogRedaction.redact(message), t);
    }

    /** slf4j-simple's line, or one JSON object for log shippers ({@link JsonLogLine}). */
    private void written(Level level, Marker marker, String message, Throwable t) {
        if (!JsonLogLine.on()) {
            super.handleNormalizedLoggingCall(level, marker, message, null, t);
            return;
        }
        String trace = null;
        if (t != null) {
            StringWriter w = new StringWriter();
            t.printStackTrace(new PrintWriter(w));
            trace = LogRedaction.redact(w.toString());
        }
        String line = JsonLogLine.of(java.time.Instant.now(), level.name(), name, Thread.currentThread().getName(), message, trace);
        // one write per line: lines of two threads never interleave
        System.err.println(line);
    }

    /** The fluent API (atInfo().log()) reaches here instead. */
    @Override
    public void log(LoggingEvent event) {
        if (!isLevelEnabled(event.getLevel().toInt())) {
            return;
        }
        String message = MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray());
        if (event.getKeyValuePairs() != null && !event.getKeyValuePairs().isEmpty()) {
            message = event.getKeyValuePairs().stream().map(kv -> kv.key + "=" + kv.value).collect(Collectors.joining(" ")) + " " + message;
        }
        Marker marker = event.getMarkers() == null || event.getMarkers().isEmpty() ? null : event.getMarkers().get(0);
        written(event.getLevel(), marker, LogRedaction.redact(message), event.getThrowable());
    }

    @Override
    protected void writeThrowable(Throwable t, PrintStream out) {
        if (t == null) {
            return;
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        out.print(LogRedaction.redact(trace.toString()));
    }
}
