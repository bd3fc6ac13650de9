package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCheckTest {

    @TempDir
    Path dir;

    @Test
    void should_compile_the_project_templates() {
        assertThat(new TemplateCheck().problems("templates")).isEmpty();
    }

    @Test
    void should_name_the_template_line_and_column_of_a_syntax_error() throws Exception {
        copyProjectTemplates();
        Path cmo = dir.resolve("cmo.txt.ftl");
        Files.writeString(cmo, Files.readString(cmo) + "\n<#if report.findings?size > 0>unclosed\n");

        assertThat(new TemplateCheck().problems(dir.toString())).singleElement().asString()
                .startsWith(dir + "/cmo.txt.ftl line ").contains(": not valid FreeMarker (").contains("#if");
    }

    @Test
    void should_name_a_report_template_that_is_missing() throws Exception {
        copyProjectTemplates();
        Files.delete(dir.resolve("cfo.html.ftl"));

        assertThat(new TemplateCheck().problems(dir.toString()))
                .containsExactly(dir + "/cfo.html.ftl: missing (expected a template for the cfo report in templates.dir)");
    }

    private void copyProjectTemplates() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
