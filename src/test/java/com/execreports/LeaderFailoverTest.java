package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the service, two JVMs on one host, electing a leader with a file lock (cluster.service = file): only
 * the leader's schedule fires while both serve HTTP; the leader killed (SIGKILL), the other takes over within the lease
 * and its run finds the period delivered — five messages for the period, one per report.
 */
class LeaderFailoverTest {

    private static final String PERIOD = "2027-W23";
    private static final int LEASE_SECONDS = 5;

    static LocalAws aws;

    @TempDir
    Path lockRoot;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_run_the_schedule_on_the_leader_only_and_fail_over_when_it_is_killed() throws Exception {
        aws.clearSes();
        String ledger = "leader-" + System.nanoTime();
        int portA = freePort();
        int portB = freePort();
        ServiceProcess.Running a = ServiceProcess.start(replica(ledger, portA));
        ServiceProcess.Running b = null;
        try {
            assertThat(a.awaitLine(l -> l.contains("Leader election: this replica"), 120_000)).as(String.join("\n", a.lines())).isTrue();
            b = ServiceProcess.start(replica(ledger, portB));
            ServiceProcess.Running follower = b;
            // the follower serves HTTP while it stands by
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> get(portB, "/observe/health/live") == 200);
            // the leader's schedule delivers the period
            try {
                await().atMost(Duration.ofSeconds(240)).until(() -> sentFor(PERIOD).size() >= 5);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("the leader's schedule did not deliver " + PERIOD + " in 4 minutes; the leader said:\n"
                        + String.join("\n", a.lines()), e);
            }
            assertThat(a.lines()).anyMatch(l -> l.contains("Run " + PERIOD) && l.contains(" started: period " + PERIOD));
            assertThat(follower.lines()).noneMatch(l -> l.contains(" started: period ")).noneMatch(l -> l.contains("Leader election: this replica"));

            long killed = System.nanoTime();
            a.kill9();
            boolean tookOver = b.awaitLine(l -> l.contains("Leader election: this replica"), 60_000);
            long takeoverMs = (System.nanoTime() - killed) / 1_000_000;
            assertThat(tookOver).as(String.join("\n", b.lines())).isTrue();
            // within the lease, give or take one lock attempt and a loaded machine
            assertThat(takeoverMs).isLessThan((LEASE_SECONDS + 10) * 1000L);
            // the new leader's schedule fires and finds every report of the period sent: nothing goes out twice
            assertThat(b.awaitLine(l -> l.contains(PERIOD + ": delivered: all 5 reports (5 already delivered earlier"), 240_000))
                    .as(String.join("\n", b.lines())).isTrue();
            Map<String, Long> byRole = sentFor(PERIOD).stream().collect(Collectors.groupingBy(r -> r.path("role").asText(), Collectors.counting()));
            assertThat(byRole).containsOnly(Map.entry("ceo", 1L), Map.entry("cto", 1L), Map.entry("cfo", 1L), Map.entry("cmo", 1L),
                    Map.entry("accounting", 1L));
            System.out.printf("leader failover: the follower led %d ms after the leader was killed (lease %d s)%n", takeoverMs, LEASE_SECONDS);
        } finally {
            a.kill9();
            if (b != null) {
                b.stop(60);
            }
        }
    }

    /** One replica as ops would start it, but its weekly schedule every 20 s and its clock pinned to one Monday. */
    private List<String> replica(String ledger, int port) {
        return new ArrayList<>(List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Dportfolio.name=Demo portfolio",
                "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Ddelivery.ledger-table=" + ledger,
                "-Dcamel.server.port=" + port, "-Dcamel.management.port=" + port,
                "-Dcluster.service=file", "-Dcluster.file.root=" + lockRoot, "-Dcluster.lease-seconds=" + LEASE_SECONDS,
                "-Dschedule.weekly.cron=0/20 * * * * ?", "-Dschedule.daily-ceo.cron=0 0 7 1 1 ? 2099",
                "-Drun.clock=2027-06-07T07:00:00-07:00"));
    }

    private static List<JsonNode> sentFor(String period) throws Exception {
        return aws.sesAccepted().stream().filter(r -> period.equals(r.path("period").asText())).toList();
    }

    private static int get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
