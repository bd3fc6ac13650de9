package com.execreports;

import com.execreports.delivery.Delivery;
import com.execreports.delivery.DeliveryMetrics;
import com.execreports.delivery.DryRun;
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
    private final String resendRole;
    private final String resendPeriod;
    private final boolean dryRun;
    private volatile Integer exitCode;
    private volatile String schedule;

    /** @param asOf the instant to report as of (re-running a past period), or null for the service's clock */
    OnceRun(String asOf) {
        this(asOf, null, null, false);
    }

    private OnceRun(String asOf, String resendRole, String resendPeriod, boolean dryRun) {
        this.asOf = asOf;
        this.resendRole = resendRole;
        this.resendPeriod = resendPeriod;
        this.dryRun = dryRun;
    }

    /** {@code --once --dry-run}: the run rendered into a folder; nothing claimed, sent or archived. */
    static OnceRun dryRun(String asOf) {
        return new OnceRun(asOf, null, null, true);
    }

    /** {@code --resend ROLE --period P}: the archived report sent once more, an explicit operator action. */
    static OnceRun resend(String role, String period) {
        return new OnceRun(null, role, period, false);
    }

    /** The schedule the run is of (--schedule NAME); null for the default one. */
    void schedule(String name) {
        this.schedule = name;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        Thread runner = new Thread(() -> {
            try (ProducerTemplate template = main.getCamelContext().createProducerTemplate()) {
                if (dryRun) {
                    java.util.Map<String, Object> headers = new java.util.HashMap<>();
                    headers.put(DryRun.HEADER, "true");
                    if (asOf != null) {
                        headers.put("ExecReportsAsOf", asOf);
                    }
                    if (schedule != null) {
                        headers.put(com.execreports.schedule.ScheduleRoutes.HEADER, schedule);
                    }
                    Object result = template.requestBodyAndHeaders("direct:run", null, headers);
                    exitCode = printed(result);
                    return;
                }
                RunOutcome outcome = resendRole == null
                        ? template.requestBodyAndHeaders("direct:run", null, runHeaders(), RunOutcome.class)
                        : template.requestBodyAndHeaders("direct:resend", null, java.util.Map.of("ExecReportsResendRole", resendRole,
                        "ExecReportsPeriod", resendPeriod), RunOutcome.class);
                for (Delivery d : outcome.deliveries()) {
                    System.out.println(switch (d.status()) {
                        case DELIVERED -> "delivered %-10s to=%s bcc=%s ses-message-id=%s attempts=%d archive=%s".formatted(d.role(),
                                String.join(",", d.to()), String.join(",", d.bcc()), d.messageId(), d.attempts(), String.join(",", d.archiveKeys()));
                        case ALREADY_DELIVERED -> "already   %-10s delivered earlier: ses-message-id=%s (not sent again)".formatted(d.role(),
                                d.messageId());
                        default -> "%-9s %-10s %s".formatted(d.status(), d.role(), d.error());
                    });
                }
                DeliveryMetrics metrics = main.getCamelContext().getRegistry().lookupByNameAndType("deliveryMetrics", DeliveryMetrics.class);
                if (metrics != null) {
                    System.out.println("metrics: " + metrics.line());
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

    private java.util.Map<String, Object> runHeaders() {
        java.util.Map<String, Object> headers = new java.util.HashMap<>();
        headers.put("ExecReportsAsOf", asOf);
        headers.put(com.execreports.schedule.ScheduleRoutes.HEADER, schedule);
        return headers;
    }

    /** Prints a dry run's previews and verdict (or, if the run failed before its reports, the failed outcome). */
    private static int printed(Object result) {
        if (result instanceof DryRun.Outcome dry) {
            for (DryRun.Preview p : dry.previews()) {
                System.out.println("previewed %-10s to=%s subject=\"%s\" files=%s".formatted(p.role(), String.join(",", p.to()), p.subject(),
                        p.files().stream().map(f -> dry.folder().relativize(f).toString()).collect(java.util.stream.Collectors.joining(","))));
            }
            System.out.println("exec-reports " + dry.period() + ": " + dry.verdict());
            return dry.exitCode();
        }
        RunOutcome failed = (RunOutcome) result;
        System.out.println("exec-reports " + failed.period() + ": dry run " + failed.verdict());
        return failed.exitCode();
    }

    int exitCode(int camelExit) {
        return exitCode != null ? exitCode : (camelExit == 0 ? RunOutcome.FAILED : camelExit);
    }
}
