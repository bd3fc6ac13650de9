package com.execreports.startup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.execreports.config.AwsEndpoints;

/**
 * Knocks once on each configured endpoint override (a TCP connect, no request): an emulator URL nothing answers on
 * is refused at start-up, naming the service and URL, instead of every report spending its SES retries and the ops
 * alerts failing with them. Real AWS (no override) is never probed.
 */
final class EndpointProbe {

    private final Duration timeout;

    EndpointProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * @param endpoint the aws.endpoint value, already fitting its format
     * @param called   the services the configuration calls: an endpoint for another one is not knocked on
     */
    List<String> problems(ConfiguredValue endpoint, List<String> called) {
        AwsEndpoints endpoints = AwsEndpoints.parse(endpoint.value());
        Map<URI, List<String>> servicesByUrl = new LinkedHashMap<>();
        endpoints.byService().entrySet().stream().filter(e -> called.contains(e.getKey())).sorted(Map.Entry.comparingByKey(
                        java.util.Comparator.comparingInt(AwsEndpoints.SERVICES::indexOf)))
                .forEach(e -> servicesByUrl.computeIfAbsent(e.getValue(), u -> new ArrayList<>()).add(e.getKey()));
        // in parallel: start-up waits for the slowest knock, not their sum
        Map<URI, CompletableFuture<Optional<String>>> knocks = new LinkedHashMap<>();
        servicesByUrl.keySet().forEach(url -> knocks.put(url, CompletableFuture.supplyAsync(() -> knock(url))));
        List<String> problems = new ArrayList<>();
        knocks.forEach((url, knock) -> knock.join().ifPresent(why -> problems.add(endpoint.where() + ": nothing answers at " + url
                + " for " + String.join(", ", servicesByUrl.get(url)) + " (" + why + "; expected the emulator or endpoint listening there)")));
        return problems;
    }

    /** Why nothing answers at the URL, or empty when a connection opens. */
    Optional<String> knock(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), (int) timeout.toMillis());
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("connection refused");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer within " + timeout.toSeconds() + " s");
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + url.getHost());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
