package com.execreports;

import java.io.File;

import com.execreports.config.ServiceConfiguration;

import org.apache.camel.main.Main;

/**
 * Runs exec-reports: as a long-running service on its schedule, or with {@code --once} for one full cycle
 * whose exit status says how it went (see {@link com.execreports.delivery.RunOutcome}).
 */
public final class ExecReportsApp {

    private ExecReportsApp() {
    }

    public static void main(String[] args) throws Exception {
        boolean once = false;
        String asOf = null;
        String resend = null;
        String period = null;
        String config = System.getProperty("execreports.config", "application.properties");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--once" -> once = true;
                case "--config" -> config = args[++i];
                case "--as-of" -> asOf = args[++i];
                case "--resend" -> resend = args[++i];
                case "--period" -> period = args[++i];
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar exec-reports.jar [--once [--as-of 2026-11-23T07:00:00-08:00]] [--config FILE]");
                    System.out.println("       java -jar exec-reports.jar --resend ROLE --period 2026-W48 [--config FILE]");
                    System.out.println("  --once    run one cycle and exit: 0 delivered, 3 delivered with gaps, 4 held (sources missing),");
                    System.out.println("            1 failed (a report failed, is unconfirmed or still held by another instance)");
                    System.out.println("  --resend  send the archived ROLE report of the period once more, whatever the ledger says");
                    System.out.println("            (an explicit operator action, logged): 0 sent, 1 not");
                    return;
                }
                default -> {
                    System.err.println("exec-reports: unknown argument '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        if ((resend == null) != (period == null)) {
            System.err.println("exec-reports: --resend ROLE and --period P go together (try --help)");
            System.exit(2);
        }
        if (resend != null && !java.util.List.of("ceo", "cto", "cfo", "cmo", "accounting").contains(resend)) {
            System.err.println("exec-reports: --resend '" + resend + "': expected one of ceo, cto, cfo, cmo, accounting");
            System.exit(2);
        }
        File properties = new File(config);
        if (!properties.isFile()) {
            System.err.println("exec-reports: configuration not found: " + properties.getAbsolutePath()
                    + " (run from the project directory or pass --config FILE)");
            System.exit(1);
        }
        Main main = new Main(ExecReportsApp.class);
        main.setPropertyPlaceholderLocations("file:" + properties.getPath());
        main.configure().addConfiguration(ServiceConfiguration.class);
        OnceRun onceRun = null;
        if (once || resend != null) {
            // --once drives the run itself: the schedule and the start-up run stay off
            main.addOverrideProperty("schedule.enabled", "false");
            main.addOverrideProperty("schedule.run-at-startup", "false");
            onceRun = resend != null ? OnceRun.resend(resend, period) : new OnceRun(asOf);
            main.addMainListener(onceRun);
        }
        int camelExit;
        try {
            camelExit = main.run(new String[0]);
        } catch (Exception e) {
            System.err.println("exec-reports: could not start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        int exit = onceRun != null ? onceRun.exitCode(camelExit) : camelExit;
        System.exit(exit);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " — caused by: " + root.getMessage();
    }
}
