package com.execreports;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.InflightRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On SIGTERM the long-running service lets a run in flight end before Camel stops anything: Camel's own graceful
 * shutdown stops the routes one by one, so a run half way through its reports lost the routes and AWS producers it
 * still needed, and its unsent reports failed. Waits at most the shutdown timeout (camel.main.shutdown-timeout), then
 * Camel stops as it would; the delivery ledger lets a restart take over what is left.
 */
final class RunInFlightDrain extends MainListenerSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RunInFlightDrain.class);

    /** The route every run passes through, whatever triggered it (schedule, re-check, API, start-up). */
    static final String RUN_ROUTE = "run";

    @Override
    public void beforeStop(BaseMainSupport main) {
        InflightRepository inflight = main.getCamelContext().getInflightRepository();
        if (inflight.size(RUN_ROUTE) == 0) {
            return;
        }
        Duration limit = Duration.ofSeconds(main.configure().getShutdownTimeout());
        LOG.info("Stopping: waiting for the run in flight to end (at most {} s, camel.main.shutdown-timeout)", limit.toSeconds());
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (inflight.size(RUN_ROUTE) > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (inflight.size(RUN_ROUTE) > 0) {
            LOG.warn("Stopping with a run still in flight after {} s: its unsent reports are taken over when the service runs again",
                    limit.toSeconds());
        } else {
            LOG.info("The run in flight ended: stopping");
        }
    }
}
