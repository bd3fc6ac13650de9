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
        String config = System.getProperty("execreports.config", "application.properties");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--once" -> once = true;
                case "--config" -> config = args[++i];
                case "--as-of" -> asOf = args[++i];
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar exec-reports.jar [--once [--as-of 2026-11-23T07:00:00-08:00]] [--config FILE]");
                    System.out.println("  --once    run one cycle and exit: 0 delivered, 3 delivered with gaps, 1 failed");
                    return;
                }
                default -> {
                    System.err.println("exec-reports: unknown argument '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
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
        if (once) {
            // --once drives the run itself: the schedule and the start-up run stay off
            main.addOverrideProperty("schedule.enabled", "false");
            main.addOverrideProperty("schedule.run-at-startup", "false");
            onceRun = new OnceRun(asOf);
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
