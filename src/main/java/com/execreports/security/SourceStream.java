package com.execreports.security;

import java.io.IOException;
import java.io.InputStream;

/**
 * The caller's stream, with its read failures marked as such: a connection reset while fetching an object is
 * "could not read", not "corrupt archive".
 */
final class SourceStream extends InputStream {

    static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super("reading the object failed", cause);
        }
    }

    private final InputStream in;

    SourceStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void close() {
        // the caller closes its stream
    }
}
