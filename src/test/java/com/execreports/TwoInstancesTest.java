package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.execreports.localaws.LocalAws;
import com.execreports.localaws.ServiceProcess;
import com.execreports.localaws.ServiceProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two replicas triggered for the same period at the same moment: the ledger lets each report out once. */
class TwoInstancesTest {

    static LocalAws aws;

    @BeforeAll
    static void emulators() throws Exception {
        aws = LocalAws.withDemoPortfolio();
    }

    @Test
    void should_deliver_five_messages_not_ten() throws Exception {
        aws.clearSes();
        List<String> args = List.of("-Daws.endpoint=" + aws.endpointProperty(), "-Dportfolio.name=Demo portfolio",
                "-Dsecurity.fingerprint-key=demo-only-fingerprint-key", "-Ddelivery.ledger-table=two-instances-" + System.nanoTime(),
                "--once", "--as-of", "2027-03-01T07:00:00-08:00");

        ServiceProcess.Running first = ServiceProcess.start(args);
        ServiceProcess.Running second = ServiceProcess.start(args);
        Result a = first.await(300);
        Result b = second.await(300);

        assertThat(a.exit()).as(a.output()).isZero();
        assertThat(b.exit()).as(b.output()).isZero();
        List<JsonNode> sent = aws.sesAccepted().stream().filter(r -> "2027-W09".equals(r.path("period").asText())).toList();
        Map<String, Long> byRole = sent.stream().collect(Collectors.groupingBy(r -> r.path("role").asText(), Collectors.counting()));
        assertThat(byRole).containsOnly(Map.entry("ceo", 1L), Map.entry("cto", 1L), Map.entry("cfo", 1L), Map.entry("cmo", 1L),
                Map.entry("accounting", 1L));
        // between them: five sent, five found already sent — whichever instance won each report
        long delivered = count(a, "delivered ") + count(b, "delivered ");
        long already = count(a, "already ") + count(b, "already ");
        assertThat(delivered).isEqualTo(5);
        assertThat(already).isEqualTo(5);
        System.out.printf("two instances: first sent %d, second sent %d%n", count(a, "delivered "), count(b, "delivered "));
    }

    private static long count(Result r, String prefix) {
        return r.stdout().stream().filter(l -> l.startsWith(prefix)).count();
    }
}
