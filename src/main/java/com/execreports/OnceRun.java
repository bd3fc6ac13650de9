package com.execreports;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.RunOutcome;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.MainSupport;

/**
 * {@code --once}: when Camel has started, runs one cycle, prints one line per report and the verdict, and
 * stops the service with the run's exit status.
 */
final class OnceRun extends MainListenerSupport {

    private final String asOf;
    private volatile Integer exitCode;

    /** @param asOf the instant to report as of (re-running a past period), or null for the service's clock */
    OnceRun(String asOf) {
        this.asOf = asOf;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        Thread runner = new Thread(() -> {
            try (ProducerTemplate template = main.getCamelContext().createProducerTemplate()) {
                RunOutcome outcome = template.requestBodyAndHeader("direct:run", null, "ExecReportsAsOf", asOf, RunOutcome.class);
                for (Delivery d : outcome.deliveries()) {
                    System.out.println(d.delivered()
                            ? "delivered %-10s to=%s bcc=%s ses-message-id=%s archive=%s".formatted(d.role(),
                            String.join(",", d.to()), String.join(",", d.bcc()), d.messageId(), String.join(",", d.archiveKeys()))
                            : "FAILED    %-10s %s".formatted(d.role(), d.error()));
                }
                System.out.println("exec-reports " + outcome.period() + ": " + outcome.verdict());
                exitCode = outcome.exitCode();
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                System.err.println("exec-reports: run failed: " + root.getClass().getSimpleName() + ": " + root.getMessage());
                exitCode = RunOutcome.FAILED;
            } finally {
                ((MainSupport) main).completed();
            }
        }, "exec-reports-once");
        runner.start();
    }

    int exitCode(int camelExit) {
        return exitCode != null ? exitCode : (camelExit == 0 ? RunOutcome.FAILED : camelExit);
    }
}
