package com.execreports.localaws;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.execreports.ExecReportsApp;

/** The service run as ops run it: its own JVM in the project directory, with everything it prints kept. */
public final class ServiceProcess {

    /** How the process ended and what it printed (stdout lines; stdout and stderr together). */
    public record Result(int exit, List<String> stdout, String output) {
    }

    /** What Camel prints once it started (its one-line start-up summary included). */
    private static final String CAMEL_STARTED = ") started in ";

    private ServiceProcess() {
    }

    /** @param args {@code -Dname=value} properties and program arguments, in any order */
    public static Result run(Path workDir, List<String> args) throws IOException, InterruptedException {
        return run(workDir, args, java.util.Map.of());
    }

    /** @param environment variables added to the process's environment (as ops set SECURITY_FINGERPRINT_KEY) */
    public static Result run(Path workDir, List<String> args, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        ServiceClassArchive.Launch launch = ServiceClassArchive.next();
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command(args, launch)).directory(LocalAws.projectDir().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            ServiceClassArchive.ended(launch, false);
            throw new AssertionError("the service did not finish in 180 s");
        }
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        Result result = new Result(p.exitValue(), stdout, String.join("\n", stdout) + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        ServiceClassArchive.ended(launch, result.output().contains(CAMEL_STARTED));
        return result;
    }

    /** Starts the service without waiting: its output (stdout and log together) can be watched line by line. */
    public static Running start(List<String> args) throws IOException {
        return start(args, java.util.Map.of());
    }

    /** @param environment variables added to the process's environment (as ops set EXEC_REPORTS_API_TOKEN) */
    public static Running start(List<String> args, java.util.Map<String, String> environment) throws IOException {
        ServiceClassArchive.Launch launch = ServiceClassArchive.next();
        ProcessBuilder builder = new ProcessBuilder(command(args, launch)).directory(LocalAws.projectDir().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new Running(builder.start(), launch);
        } catch (IOException e) {
            ServiceClassArchive.ended(launch, false);
            throw e;
        }
    }

    /**
     * The service's JVM as the tests start it, some eighty times a build, for seconds each: C1 only (C2 compiles for a
     * peak speed such a run never reaches, on the cores the run itself needs), one GC thread, and its classes mapped
     * from a class-data sharing archive ({@link ServiceClassArchive}).
     */
    private static List<String> command(List<String> args, ServiceClassArchive.Launch launch) {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(launch.options());
        command.addAll(List.of("-Daws.accessKeyId=local", "-Daws.secretAccessKey=local", "-cp", ServiceClassPath.get()));
        args.stream().filter(a -> a.startsWith("-D")).forEach(command::add);
        command.add(ExecReportsApp.class.getName());
        args.stream().filter(a -> !a.startsWith("-D")).forEach(command::add);
        return command;
    }

    /** A service process being watched: every line it prints is kept as it comes. */
    public static final class Running {

        private final Process process;
        private final ServiceClassArchive.Launch launch;
        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile boolean ended;

        Running(Process process, ServiceClassArchive.Launch launch) {
            this.process = process;
            this.launch = launch;
            this.reader = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                        signal();
                    }
                } catch (IOException e) {
                    // the process was killed: its output ends here
                }
                ended = true;
                signal();
            }, "service-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Woken by the reader at each line it keeps, and when the output ends. */
        private synchronized void signal() {
            notifyAll();
        }

        /** Waits until a printed line matches; false when the output ended or the time ran out first. */
        public synchronized boolean awaitLine(java.util.function.Predicate<String> match, long timeoutMs) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (match.test(lines.get(seen))) {
                        return true;
                    }
                }
                long left = end - System.nanoTime();
                if (ended && seen >= lines.size() || left <= 0) {
                    return false;
                }
                // the reader's next line (or the end of the output) wakes this; the bound only caps the wait
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** SIGKILL: no shutdown hook, no finally block, no last write. */
        public void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            ServiceClassArchive.ended(launch, false);
        }

        /** SIGTERM, as ops stop the long-running service: Camel shuts down in order. */
        public Result stop(long timeoutSeconds) throws InterruptedException {
            process.destroy();
            return await(timeoutSeconds);
        }

        /** SIGTERM with the output read to its end (Process.destroy closes the pipes as it signals: the last lines are lost). */
        public Result terminate(long timeoutSeconds) throws InterruptedException {
            process.toHandle().destroy();
            return await(timeoutSeconds);
        }

        public Result await(long timeoutSeconds) throws InterruptedException {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
                ServiceClassArchive.ended(launch, false);
                throw new AssertionError("the service did not finish in " + timeoutSeconds + " s:\n" + String.join("\n", lines));
            }
            reader.join(5000);
            List<String> all = List.copyOf(lines);
            ServiceClassArchive.ended(launch, all.stream().anyMatch(l -> l.contains(CAMEL_STARTED)));
            return new Result(process.exitValue(), all, String.join("\n", all));
        }

        public List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
