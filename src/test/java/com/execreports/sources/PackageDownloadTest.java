package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads from a pre-signed URL on a local HTTP server: the bytes, the cap, the deadline, and no URL in any reason. */
class PackageDownloadTest {

    private static final String SIGNATURE = "X-Amz-Signature=5f0e9a7c1d2b3a4e";
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> {
            byte[] body = "PK package bytes".getBytes();
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.createContext("/denied", x -> {
            x.sendResponseHeaders(403, -1);
            x.close();
        });
        server.createContext("/declared-big", x -> {
            x.sendResponseHeaders(200, 5000);
            x.getResponseBody().write(new byte[5000]);
            x.close();
        });
        server.createContext("/chunked-big", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write(new byte[3000]);
            }
        });
        server.createContext("/stalled", x -> {
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write(new byte[10]);
            x.getResponseBody().flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void should_stream_the_package_bytes() throws Exception {
        try (InputStream in = download(1000, Duration.ofSeconds(5)).open(url("/ok"))) {
            assertThat(new String(in.readAllBytes())).isEqualTo("PK package bytes");
        }
    }

    @Test
    void should_say_why_a_download_failed_without_the_signed_url() {
        assertThatThrownBy(() -> download(1000, Duration.ofSeconds(5)).open(url("/denied")))
                .isInstanceOf(PackageDownload.Failed.class).hasMessage("download failed: HTTP 403");
        assertThatThrownBy(() -> download(1000, Duration.ofSeconds(5)).open("http://127.0.0.1:1/x?" + SIGNATURE))
                .isInstanceOf(PackageDownload.Failed.class).message().doesNotContain("Signature").doesNotContain("127.0.0.1");
    }

    @Test
    void should_refuse_a_package_declared_above_the_cap_before_reading_it() {
        assertThatThrownBy(() -> download(1000, Duration.ofSeconds(5)).open(url("/declared-big")))
                .isInstanceOf(PackageDownload.Failed.class).hasMessage("package is 5,000 bytes, above the 1,000-byte limit");
    }

    @Test
    void should_stop_reading_past_the_cap_when_no_size_is_declared() throws Exception {
        try (InputStream in = download(1000, Duration.ofSeconds(5)).open(url("/chunked-big"))) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessage("package is more than 1,000 bytes");
        }
    }

    @Test
    void should_cut_off_a_stalled_download_at_its_deadline() throws Exception {
        try (InputStream in = download(1000, Duration.ofMillis(500)).open(url("/stalled"))) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessage("download took longer than its time limit");
        }
    }

    private static PackageDownload download(long max, Duration timeout) {
        return new PackageDownload(max, timeout);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path + "?X-Amz-Date=20261123T150000Z&" + SIGNATURE;
    }
}
