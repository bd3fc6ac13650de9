package com.execreports.localaws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data sharing archive of the classes the service loads, written by the first service process of a test JVM
 * that starts Camel and ends by itself ({@code -XX:ArchiveClassesAtExit}), then mapped by every later one
 * ({@code -XX:SharedArchiveFile}) instead of each reading, verifying and linking some 15,000 classes again — as
 * README's production launch does with target/exec-reports.jsa. One archive per class path ({@link ServiceClassPath}).
 */
final class ServiceClassArchive {

    /** The JVM's own CDS messages go nowhere: the tests read every line the service prints. */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path*=off");
    /** What the process writing the archive writes at its exit; null while none does. */
    private static Path writer;

    /** The archive options of one process and, for the one writing the archive, the file it writes at its exit. */
    record Launch(List<String> options, Path writes) {
    }

    private ServiceClassArchive() {
    }

    static synchronized Launch next() {
        Path archive = archive();
        if (Files.isRegularFile(archive)) {
            return new Launch(with("-XX:SharedArchiveFile=" + archive), null);
        }
        if (writer != null) {
            return new Launch(List.of(), null);
        }
        writer = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".partial");
        return new Launch(with("-XX:ArchiveClassesAtExit=" + writer), writer);
    }

    /**
     * After the process ended, killed or not: what it wrote becomes the archive when Camel started in it (a refused
     * start loads too few classes to be worth mapping); otherwise the next process writes one.
     */
    static synchronized void ended(Launch launch, boolean camelStarted) {
        if (launch.writes() == null || !launch.writes().equals(writer)) {
            return; // not the writer, or told twice (a test kills in its finally what it stopped)
        }
        writer = null;
        try {
            if (camelStarted && Files.isRegularFile(launch.writes()) && Files.size(launch.writes()) > 0) {
                Files.move(launch.writes(), archive(), StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(launch.writes());
            }
        } catch (IOException e) {
            // no archive this time: processes run without one, and the next one to end writes it
        }
    }

    private static List<String> with(String option) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(option), QUIET.stream()).toList();
    }

    private static Path archive() {
        return LocalAws.projectDir().resolve("target/service-jvm/service-" + ServiceClassPath.digest() + ".jsa");
    }
}
