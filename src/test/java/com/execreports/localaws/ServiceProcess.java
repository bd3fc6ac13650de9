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

    private ServiceProcess() {
    }

    /** @param args {@code -Dname=value} properties and program arguments, in any order */
    public static Result run(Path workDir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Daws.accessKeyId=local", "-Daws.secretAccessKey=local",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        args.stream().filter(a -> a.startsWith("-D")).forEach(command::add);
        command.add(ExecReportsApp.class.getName());
        args.stream().filter(a -> !a.startsWith("-D")).forEach(command::add);
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(LocalAws.projectDir().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the service did not finish in 180 s");
        }
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), stdout, String.join("\n", stdout) + "\n" + Files.readString(err, StandardCharsets.UTF_8));
    }
}
