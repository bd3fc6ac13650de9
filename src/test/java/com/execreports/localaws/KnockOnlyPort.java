package com.execreports.localaws;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A port that answers the service's start-up knock once and then refuses every connection: an endpoint that was up
 * when the service started and went down before it called it.
 */
public final class KnockOnlyPort implements AutoCloseable {

    private final ServerSocket server;

    public KnockOnlyPort() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread answer = new Thread(() -> {
            try (Socket knock = server.accept()) {
                // the knock is a bare connect: nothing to read or write
            } catch (IOException e) {
                // closed before anyone knocked
            } finally {
                close();
            }
        }, "knock-only-port");
        answer.setDaemon(true);
        answer.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
