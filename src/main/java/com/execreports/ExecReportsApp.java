package com.execreports;

/**
 * Runs exec-reports: as a long-running service on its schedule, or with {@code --once} for one full cycle
 * whose exit status says how it went (see {@link com.execreports.delivery.RunOutcome}); {@code --help} lists them.
 */
public final class ExecReportsApp {

    private ExecReportsApp() {
    }

    public static void main(String[] args) {
        // before any logger is made: every log line passes the secret rules
        com.execreports.logging.RedactedLogProvider.select();
        System.exit(ExecReportsCommand.execute(args));
    }
}
