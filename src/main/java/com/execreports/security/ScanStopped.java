package com.execreports.security;

/**
 * Thrown from deep inside a scan (a stream read, a regex step) when a limit is reached or the content cannot be
 * read; the object scan catches it and reports the object as not scanned with {@link #reason()}. The message is
 * the reason, built only from names, counts and limits — never from content.
 */
final class ScanStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ScanStopped(String reason) {
        super(reason, null, false, false);
    }

    /** "not scanned: …" */
    String reason() {
        return getMessage();
    }
}
