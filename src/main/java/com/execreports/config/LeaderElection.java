package com.execreports.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.spi.CamelEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which replica runs the schedules and the re-check timer (cluster.service): {@code none} — every replica does, the
 * delivery ledger keeping each report to one message; {@code file} — the holder of a file lock under cluster.file.root
 * (replicas on one host or a shared file system); {@code kubernetes} — the holder of a Kubernetes Lease in the pod's
 * namespace. Every replica serves HTTP whatever it is; only consumers behind {@code master:} wait for the lead.
 *
 * @param service     none, file or kubernetes
 * @param fileRoot    the lock's folder (file)
 * @param leaseSeconds how long a leader that stopped renewing keeps the lead: a follower takes over within about this
 */
public record LeaderElection(String service, String fileRoot, int leaseSeconds, String kubernetesNamespace) {

    /** One namespace for the schedules and the re-check: one leader does all of them. */
    public static final String NAMESPACE = "exec-reports";

    private static final Logger LOG = LoggerFactory.getLogger(LeaderElection.class);

    public boolean elects() {
        return !"none".equals(service.toLowerCase(Locale.ROOT));
    }

    /** What goes before a consumer's URI so it runs on the leader only: {@code master:exec-reports:}, or "" without election. */
    public String consumerPrefix() {
        return elects() ? "master:" + NAMESPACE + ":" : "";
    }

    /** Adds the cluster service to Camel (before the routes start) and logs every change of leader. */
    public void install(CamelContext camel) throws Exception {
        if (!elects()) {
            LOG.debug("No leader election (cluster.service = none): this replica runs every schedule");
            return;
        }
        CamelClusterService cluster = switch (service.toLowerCase(Locale.ROOT)) {
            case "file" -> file();
            case "kubernetes" -> kubernetes();
            default -> throw new IllegalArgumentException("cluster.service = " + service + ": expected none, file or kubernetes");
        };
        camel.addService(cluster);
        camel.getManagementStrategy().addEventNotifier(new SimpleEventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) throws Exception {
                if (event instanceof CamelEvent.CamelContextStartedEvent) {
                    watch(cluster.getView(NAMESPACE));
                }
            }
        });
    }

    private FileLockClusterService file() {
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(Path.of(fileRoot).toAbsolutePath().toString());
        // the leader rewrites its heartbeat every interval; a follower calls it gone after five missed ones (the lease)
        long intervalMs = Math.max(200, leaseSeconds * 1000L / 5);
        cluster.setAcquireLockInterval(intervalMs, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockDelay(Math.min(intervalMs, 1000), TimeUnit.MILLISECONDS);
        cluster.setHeartbeatTimeoutMultiplier(5);
        return cluster;
    }

    private KubernetesClusterService kubernetes() {
        KubernetesClusterService cluster = new KubernetesClusterService();
        if (kubernetesNamespace != null && !kubernetesNamespace.isBlank()) {
            cluster.setKubernetesNamespace(kubernetesNamespace);
        }
        // Lease exec-reports-<namespace>; the pod's name (HOSTNAME) is its holder identity
        cluster.setKubernetesResourceName("exec-reports");
        cluster.setLeaseDurationMillis(leaseSeconds * 1000L);
        cluster.setRenewDeadlineMillis(leaseSeconds * 1000L * 2 / 3);
        cluster.setRetryPeriodMillis(Math.max(200, leaseSeconds * 1000L / 5));
        return cluster;
    }

    private static void watch(CamelClusterView view) {
        view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> log(v, Optional.ofNullable(leader)));
    }

    private static void log(CamelClusterView view, Optional<CamelClusterMember> leader) {
        if (leader.isPresent() && leader.get().isLocal()) {
            LOG.info("Leader election: this replica ({}) leads {}: it runs the schedules and the re-check", view.getLocalMember().getId(),
                    NAMESPACE);
        } else {
            LOG.info("Leader election: {} leads {}; this replica ({}) serves HTTP and stands by", leader.map(CamelClusterMember::getId)
                    .orElse("no replica"), NAMESPACE, view.getLocalMember().getId());
        }
    }
}
