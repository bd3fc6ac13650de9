package com.execreports.localaws;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The service's classes and its runtime dependencies only (target/runtime.classpath, written by the build), as the jar
 * runs them: not the tests' classpath, which holds test-scoped components the jar does not ship. The classes go in a
 * jar of their own, named by a digest of what it holds, as they go in target/exec-reports.jar: class-data sharing
 * ({@link ServiceClassArchive}) maps classes from jars only.
 */
final class ServiceClassPath {

    private static String classPath;
    private static String digest;

    private ServiceClassPath() {
    }

    static synchronized String get() {
        if (classPath == null) {
            Path target = LocalAws.projectDir().resolve("target");
            Path runtime = target.resolve("runtime.classpath");
            String dependencies;
            try {
                dependencies = Files.readString(runtime).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("no " + runtime + ": run the build (mvn test-compile) first", e);
            }
            Path classes = target.resolve("classes");
            List<Path> files = files(classes);
            digest = digest(classes, files, dependencies);
            classPath = jar(classes, files, target.resolve("service-jvm/classes-" + digest + ".jar")) + File.pathSeparator + dependencies;
        }
        return classPath;
    }

    /** Names what the class path holds: an archive of its classes is good for this class path only. */
    static synchronized String digest() {
        get();
        return digest;
    }

    private static List<Path> files(Path classes) {
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classes, e);
        }
    }

    private static String digest(Path classes, List<Path> files, String dependencies) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(dependencies.getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                sha.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Written once: an archive records the jar's size and time, so a jar written again would leave a test JVM running
     * beside this one (forkCount) an archive it can no longer use.
     */
    private static Path jar(Path classes, List<Path> files, Path jar) {
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        try {
            Files.createDirectories(jar.getParent());
            Path partial = Files.createTempFile(jar.getParent(), "classes-", ".jar.partial");
            try (OutputStream out = Files.newOutputStream(partial); JarOutputStream zip = new JarOutputStream(out)) {
                for (Path f : files) {
                    JarEntry entry = new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/'));
                    entry.setTime(0L);
                    zip.putNextEntry(entry);
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
    }
}
