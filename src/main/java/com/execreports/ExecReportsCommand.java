package com.execreports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import com.execreports.config.ServiceConfiguration;
import com.execreports.delivery.RunOutcome;
import com.execreports.startup.IsoWeek;
import com.execreports.startup.StartupCheck;
import com.execreports.startup.StartupProblems;

import org.apache.camel.main.Main;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command ops type: its arguments, then the start-up check of everything configured, then the service. A mistake
 * on the command line or in the configuration is refused with one line per problem and exit status 2, before Camel
 * starts, reads a source or sends a message.
 */
@Command(name = "exec-reports", sortOptions = false, usageHelpWidth = 100, synopsisHeading = "Usage:%n",
        customSynopsis = {
                "  java -jar exec-reports.jar [--config FILE]       the service, on its schedule",
                "  java -jar exec-reports.jar --once [--dry-run] [--as-of DATE-TIME] [--schedule NAME] [--config FILE]",
                "  java -jar exec-reports.jar --resend ROLE --period WEEK [--config FILE]"},
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExit status:%n",
        footer = {
                "  0  every report delivered, every source read",
                "  3  every report delivered, but a source failed or timed out",
                "  4  reports held while sources are missing (delivery.degraded = hold)",
                "  1  a report failed, is unconfirmed or held by another instance, or the",
                "     run failed (--resend: the report was not sent)",
                "  2  refused: a usage error, or a configuration problem; each is printed on",
                "     one line naming the property or file and what was expected, and",
                "     nothing was read or sent"})
final class ExecReportsCommand implements Callable<Integer> {

    /** A usage error or a refused configuration: nothing was read or sent. Distinct from every run outcome. */
    static final int REFUSED = 2;

    private static final java.util.Map<String, String> EXPECTED = java.util.Map.of(
            "--as-of", "an ISO offset date-time such as 2026-11-16T07:00:00-08:00",
            "--resend", "one of " + String.join(", ", ServiceConfiguration.ROLES),
            "--period", "an ISO week such as 2026-W48",
            "--config", "a properties file such as application.properties");

    @Option(names = "--once", description = "one full cycle (collect, snapshot, five reports, archive, send), then exit with its status")
    boolean once;

    @Option(names = "--dry-run", description = "with --once: render everything into dry-run.dir (default ./dry-run), laid out as "
            + "the archive, each report's email as <role>.eml; claim nothing in the ledger, send nothing, archive nothing")
    boolean dryRun;

    @Option(names = "--as-of", paramLabel = "DATE-TIME", converter = AsOf.class,
            description = "with --once: re-run the period of this instant, an ISO offset date-time such as 2026-11-16T07:00:00-08:00")
    String asOf;

    @Option(names = "--schedule", paramLabel = "NAME",
            description = "with --once: run as the schedule NAME (schedule.NAME.*: its zone, reports and period); default weekly, or the first")
    String schedule;

    @Option(names = "--resend", paramLabel = "ROLE", converter = Role.class,
            description = "send the archived report of ROLE (ceo, cto, cfo, cmo, accounting) for --period once more, whatever the ledger says")
    String resend;

    @Option(names = "--period", paramLabel = "WEEK", converter = Week.class, description = "with --resend: the ISO week, such as 2026-W48")
    IsoWeek period;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${sys:execreports.config:-application.properties}",
            description = "read configuration from FILE (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    /** Parses the arguments and runs; returns the process's exit status. */
    static int execute(String... args) {
        CommandLine line = new CommandLine(new ExecReportsCommand());
        line.setParameterExceptionHandler((e, given) -> {
            line.getErr().println("exec-reports: " + usageError(e) + " (try --help)");
            return REFUSED;
        });
        // one line on the console, the stack trace in the log at debug
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            LoggerFactory.getLogger(ExecReportsCommand.class).debug("Start-up failed", e);
            line.getErr().println("exec-reports: could not start: " + rootMessage(e));
            return e instanceof java.io.IOException ? REFUSED : RunOutcome.FAILED;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (asOf != null && !once) {
            throw new ParameterException(spec.commandLine(), "--as-of goes with --once (re-running the period of that instant)");
        }
        if (schedule != null && !once) {
            throw new ParameterException(spec.commandLine(), "--schedule goes with --once (one run of that schedule)");
        }
        if (dryRun && !once) {
            throw new ParameterException(spec.commandLine(), "--dry-run goes with --once (one run, rendered into a folder)");
        }
        if ((resend == null) != (period == null)) {
            throw new ParameterException(spec.commandLine(), "--resend ROLE and --period WEEK go together");
        }
        if (once && resend != null) {
            throw new ParameterException(spec.commandLine(), "--once and --resend are two different runs: give one of them");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(config)) {
            err.println("exec-reports: configuration not found: " + config.toAbsolutePath()
                    + " (run from the project directory or pass --config FILE)");
            return REFUSED;
        }
        StartupProblems problems = new StartupCheck().check(config, !once && resend == null);
        if (!problems.isEmpty()) {
            problems.lines().forEach(p -> err.println("exec-reports: " + p));
            err.println("exec-reports: not started: " + problems.lines().size() + " configuration problem(s), listed above (exit "
                    + REFUSED + ")");
            return REFUSED;
        }
        return runService(err);
    }

    private int runService(PrintWriter err) {
        // no package scan: it would register ServiceConfiguration a second time and run its configure() twice
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + config);
        main.configure().addConfiguration(ServiceConfiguration.class);
        OnceRun onceRun = null;
        if (once || resend != null) {
            // --once drives the run itself: the schedule and the start-up run stay off
            main.addOverrideProperty("schedule.enabled", "false");
            main.addOverrideProperty("schedule.run-at-startup", "false");
            // nor do the sources' own timers tick: the one run reads every source itself
            main.addOverrideProperty("camel.component.quartz.auto-start-scheduler", "false");
            // nothing to probe or scrape in a one-shot run, and the service may hold the port on this host
            main.addOverrideProperty("camel.server.enabled", "false");
            main.addOverrideProperty("camel.management.enabled", "false");
            quiet(main);
            onceRun = resend != null ? OnceRun.resend(resend, period.toString()) : dryRun ? OnceRun.dryRun(asOf) : new OnceRun(asOf);
            onceRun.schedule(schedule);
            main.addMainListener(onceRun);
            if (System.console() != null) {
                // a person watching: each source and report as it ends, the summary lines after
                OnceProgress progress = new OnceProgress(new PrintWriter(System.out, true));
                main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
                    @Override
                    public void afterConfigure(org.apache.camel.main.BaseMainSupport configured) {
                        configured.getCamelContext().getManagementStrategy().addEventNotifier(progress);
                    }
                });
            }
        }
        if (onceRun == null) {
            // SIGTERM lets a run in flight finish before the routes it needs stop
            main.addMainListener(new RunInFlightDrain());
        }
        int camelExit;
        try {
            camelExit = main.run(new String[0]);
        } catch (Exception e) {
            err.println("exec-reports: could not start: " + rootMessage(e));
            return RunOutcome.FAILED;
        }
        return onceRun != null ? onceRun.exitCode(camelExit) : camelExit;
    }

    /**
     * A one-shot run prints its own lines (one per report, the verdict), so the log keeps to what happened: Camel's
     * start-up summaries (every route, every property: some 220 lines) shrink to one line, and the per-source lines
     * and component wiring go to DEBUG. Each comes back when set explicitly ({@code -Dcamel.main.startup-summary-level=Classic},
     * {@code -Dcamel.main.auto-configuration-log-summary=true}, {@code -Dorg.slf4j.simpleLogger.log.com.execreports.sources.SourceFacts=info}).
     */
    private static void quiet(Main main) {
        if (System.getProperty("camel.main.startup-summary-level") == null) {
            main.addOverrideProperty("camel.main.startup-summary-level", "Oneline");
        }
        if (System.getProperty("camel.main.auto-configuration-log-summary") == null) {
            main.addOverrideProperty("camel.main.auto-configuration-log-summary", "false");
        }
        for (String logger : java.util.List.of("com.execreports.sources.SourceFacts", "org.apache.camel.support.LifecycleStrategySupport",
                "org.apache.camel.component.micrometer.prometheus.MicrometerPrometheus")) {
            if (System.getProperty("org.slf4j.simpleLogger.log." + logger) == null) {
                System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
            }
        }
    }

    /** The parse error on one line: a converter's own words, what a value-less option expects, or picocli's with the option meant. */
    private static String usageError(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException conversion) {
            return conversion.getMessage();
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return option.longestName() + " needs a value: expected " + EXPECTED.getOrDefault(option.longestName(), option.paramLabel());
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return e.getMessage() + " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        return e.getMessage().lines().findFirst().orElse("");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " — caused by: " + root.getMessage();
    }

    /** Checks the instant and keeps it as typed: the run reads it the same way (RunClock). */
    static final class AsOf implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                OffsetDateTime.parse(value);
                return value;
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("--as-of '" + value + "': expected " + EXPECTED.get("--as-of"));
            }
        }
    }

    static final class Role implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!ServiceConfiguration.ROLES.contains(value)) {
                throw new TypeConversionException("--resend '" + value + "': expected " + EXPECTED.get("--resend"));
            }
            return value;
        }
    }

    static final class Week implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            try {
                return IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("--period " + e.getMessage());
            }
        }
    }
}
