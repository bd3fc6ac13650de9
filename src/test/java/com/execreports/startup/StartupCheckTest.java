package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {

    @TempDir
    Path dir;

    @Test
    void should_pass_the_project_as_shipped() throws Exception {
        Path file = ConfigFiles.projectWith(dir, Map.of());

        assertThat(new StartupCheck().check(ConfigFiles.settings(file, Map.of(), Map.of()), file.toString()).lines()).isEmpty();
    }

    @Test
    void should_list_every_problem_of_every_kind_together() throws Exception {
        Path routes = Files.createDirectories(dir.resolve("domains"));
        Files.writeString(routes.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: acme-site}
                      - {name: analyticsMarkers, value: "GA4,GTM"}
                """);
        Path file = ConfigFiles.projectWith(dir, Map.of("metric.port", "9100", "schedule.weekly.timezone", "Mars/Olympus",
                "templates.dir", dir.resolve("no-templates").toString(),
                "camel.main.routes-include-pattern", "file:routes/*.yaml,file:routes/sources/*.yaml,file:" + routes + "/*.yaml"));

        StartupProblems problems = new StartupCheck().check(ConfigFiles.settings(file, Map.of("aws.endpoint", "ses=127.0.0.1:9"), Map.of()),
                file.toString());

        assertThat(problems.lines()).hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith(file + ": metric.port: "))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": schedule.weekly.timezone = 'Mars/Olympus': expected a time zone id"))
                .anySatisfy(l -> assertThat(l).startsWith(file + ": templates.dir = '" + dir.resolve("no-templates") + "': expected a directory"))
                .anySatisfy(l -> assertThat(l).startsWith("-Daws.endpoint='ses=127.0.0.1:9': expected one http(s) URL"))
                .anySatisfy(l -> assertThat(l).startsWith(routes.resolve("acme.yaml") + ": templatedRoute 'acme-site' parameter"
                        + " analyticsMarkers='GA4,GTM' is not a list of analytics markers (expected Name=text pairs separated by ';'"));
    }
}
