package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Downloads a deployment package from the pre-signed URL Lambda hands out (Code.Location, Content.Location) as a
 * stream the scanner reads, with a cap on bytes and a deadline on the whole download. The URL carries a signature that
 * opens the package to anyone holding it: it never appears in an error, a log line or the facts.
 */
public final class PackageDownload {

    private final HttpClient http;
    private final long maxBytes;
    private final Duration timeout;

    /**
     * @param maxBytes the scanner's object limit: a package above it is refused before or while it is read
     * @param timeout  the whole download, headers and body: a stalled body is cut off, not waited for
     */
    public PackageDownload(long maxBytes, Duration timeout) {
        // no redirects: a pre-signed S3 URL answers itself, and a redirect would take the signature elsewhere
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** The package's bytes as they arrive; close it when done. A failure says why, never where from. */
    public Body open(String presignedUrl) throws Failed {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<Body> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(presignedUrl)).timeout(timeout).GET().build(),
                    info -> new Body(maxBytes, deadline));
        } catch (IllegalArgumentException e) {
            throw new Failed("the package location is not a URL");
        } catch (IOException e) {
            throw new Failed("download failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("download interrupted");
        }
        Body body = response.body();
        if (response.statusCode() != 200) {
            body.close();
            throw new Failed("download failed: HTTP " + response.statusCode());
        }
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > maxBytes) {
            body.close();
            throw new Failed("package is " + String.format(Locale.ROOT, "%,d", declared) + " bytes, above the "
                    + String.format(Locale.ROOT, "%,d", maxBytes) + "-byte limit");
        }
        return body;
    }

    /** Why a package could not be downloaded, fit for the facts: no URL, no signature. */
    public static final class Failed extends Exception {
        public Failed(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The body as the client receives it, read with the deadline: every wait for the next bytes is bounded by it (the
     * JDK's own stream waits for ever on a stalled body, even once closed), and bytes past the cap stop the read.
     */
    public static final class Body extends InputStream implements HttpResponse.BodySubscriber<Body> {

        private static final List<ByteBuffer> END = List.of();
        private final LinkedBlockingQueue<List<ByteBuffer>> arriving = new LinkedBlockingQueue<>();
        private final ArrayDeque<ByteBuffer> current = new ArrayDeque<>();
        private final long max;
        private final long deadline;
        private volatile Flow.Subscription subscription;
        private volatile Throwable failed;
        private boolean ended;
        private long count;

        Body(long max, long deadlineNanos) {
            this.max = max;
            this.deadline = deadlineNanos;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            arriving.add(item);
        }

        @Override
        public void onError(Throwable t) {
            failed = t;
            arriving.add(END);
        }

        @Override
        public void onComplete() {
            arriving.add(END);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current.isEmpty() || !current.peek().hasRemaining()) {
                if (!current.isEmpty()) {
                    current.poll();
                    continue;
                }
                if (ended || !next()) {
                    return -1;
                }
            }
            ByteBuffer b = current.peek();
            int n = Math.min(len, b.remaining());
            b.get(buf, off, n);
            count += n;
            if (count > max) {
                close();
                throw new IOException("package is more than " + String.format(Locale.ROOT, "%,d", max) + " bytes");
            }
            return n;
        }

        /** Waits for the next buffers until the deadline; false at the end of the body. */
        private boolean next() throws IOException {
            List<ByteBuffer> got;
            try {
                got = arriving.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IOException("download interrupted");
            }
            if (got == null) {
                close();
                throw new IOException("download took longer than its time limit");
            }
            if (got == END) {
                ended = true;
                if (failed != null) {
                    throw new IOException("download failed: " + failed.getClass().getSimpleName());
                }
                return false;
            }
            current.addAll(got);
            Flow.Subscription s = subscription;
            if (s != null) {
                s.request(1);
            }
            return true;
        }

        /** Bytes read so far. */
        public long count() {
            return count;
        }

        @Override
        public void close() {
            Flow.Subscription s = subscription;
            subscription = null;
            if (s != null && !ended) {
                s.cancel();
            }
            ended = true;
            current.clear();
        }
    }
}
