package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

/**
 * Every archive write goes through the one route that gives the leak guard its last look (archive-put): no route puts
 * an object to S3 on its own, so a new archive write cannot forget the guard.
 */
class ArchiveWritesTest {

    private static final Pattern PUT = Pattern.compile("aws2-s3:[^\"?]*\\?(?![^\"]*operation=)[^\"]*\"");

    @Test
    void should_put_to_the_archive_only_in_archive_put_behind_the_leak_guard() throws IOException {
        Path routes = LocalAws.projectDir().resolve("routes");
        List<Path> files;
        try (Stream<Path> s = Files.walk(routes)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        long puts = 0;
        for (Path file : files) {
            String yaml = Files.readString(file);
            Matcher put = PUT.matcher(yaml);
            while (put.find()) {
                puts++;
                String before = yaml.substring(0, put.start());
                String route = before.substring(before.lastIndexOf("- route:"));
                assertThat(route).as("the route of the S3 put at %s:%d", file.getFileName(),
                        before.split("\n", -1).length).contains("id: archive-put");
                assertThat(route).contains("ref: leakGuard").contains("method: archivable");
            }
        }
        assertThat(puts).as("S3 puts in routes/").isEqualTo(1);
        String pipeline = Files.readString(routes.resolve("pipeline.yaml")) + Files.readString(routes.resolve("delivery.yaml"));
        // a JSON record goes through archive-json (its failure only a WARN through archive-json-or-warn), which puts it by archive-put
        long writes = Pattern.compile("to: direct:archive-(put|json|json-or-warn)\\s").matcher(pipeline).results().count() - 2;
        assertThat(writes).as("archive writes: snapshot, actions, facts, a report's files, its delivery record, metrics").isEqualTo(6);
    }
}
