package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

/**
 * No block of {@value #BLOCK} lines (blank lines and comments left out, indentation ignored) stands twice in the route
 * files ({@code routes/**}{@code /*.yaml}): a step sequence said twice drifts apart when one copy is fixed. A repeat is
 * named with its file and lines and where else it stands, so it can be folded into a shared route or template.
 *
 * <p>One block is exempt: the declaration every source template opens its route with ({@link #SOURCE_DECLARATION}:
 * the group, the {@code source-errors} route configuration and the quartz timer named after the source). Camel 4.17's
 * YAML DSL cannot say it once: a route template cannot extend another or include a shared part, and a route
 * configuration reaches a route that does not name it only when it has no id — it would then handle the errors of
 * every route that names none, not only the sources'. The lines around it differ per template (the last parameter
 * before it, the kind's own cron after it), so only these six lines are passed over.
 */
class RouteYamlRepeatsTest {

    static final int BLOCK = 6;

    /** The declaration every source template's route opens with; each template differs right after it, by its cron. */
    static final List<String> SOURCE_DECLARATION = List.of(
            "route:",
            "group: sources",
            "routeConfigurationId: source-errors",
            "from:",
            "uri: \"{{execreports.leader}}quartz:sources/{{domain}}.{{source}}\"",
            "parameters:");

    /** One counted line of a route file: where it is and what it says, trimmed. */
    record Line(Path file, int number, String text) {
    }

    @Test
    void should_say_no_block_of_six_route_lines_twice() throws IOException {
        Path project = LocalAws.projectDir();
        List<String> repeats = repeats(project.resolve("routes"));
        assertThat(repeats).as("blocks of %d lines that stand twice in the route files (fold each into one shared route"
                + " or template)", BLOCK).isEmpty();
    }

    @Test
    void should_name_a_repeated_block_with_its_files_and_lines() throws IOException {
        Path dir = Files.createTempDirectory(LocalAws.projectDir().resolve("target"), "yaml-repeats");
        String loop = """
                - route:
                    id: %s
                    from:
                      uri: direct:%s
                      steps:
                        # a comment is not a line of the block
                        - setProperty:
                            name: morePages
                            simple: "${type:java.lang.Boolean.TRUE}"

                        - loop:
                            doWhile: true
                            simple: "${exchangeProperty.morePages}"
                """;
        Files.writeString(dir.resolve("a.yaml"), loop.formatted("a", "a"));
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/b.yaml"), "# b\n" + loop.formatted("b", "b"));

        assertThat(repeats(dir)).containsExactly(
                "a.yaml:5-13 stands again at sources/b.yaml:6",
                "sources/b.yaml:6-14 stands again at a.yaml:5");
    }

    @Test
    void should_pass_over_the_declaration_of_a_source_template_only() throws IOException {
        Path dir = Files.createTempDirectory(LocalAws.projectDir().resolve("target"), "yaml-repeats");
        String template = """
                - routeTemplate:
                    id: %s
                    parameters:
                      - name: %s
                    route:
                      group: sources
                      routeConfigurationId: source-errors
                      from:
                        uri: "{{execreports.leader}}quartz:sources/{{domain}}.{{source}}"
                        parameters:
                          cron: "{{sources.%s.cron}}"
                """;
        Files.writeString(dir.resolve("one.yaml"), template.formatted("one", "table", "one"));
        Files.writeString(dir.resolve("two.yaml"), template.formatted("two", "bucket", "two"));
        assertThat(repeats(dir)).isEmpty();

        // the same parameter before it: the declaration and the lines before it are a repeat of their own
        Files.writeString(dir.resolve("two.yaml"), template.formatted("two", "table", "two"));
        assertThat(repeats(dir)).containsExactly(
                "one.yaml:3-9 stands again at two.yaml:3",
                "two.yaml:3-9 stands again at one.yaml:3");
    }

    /** Every repeated block under the folder: per file, its runs of repeated lines and where the first block stands again. */
    static List<String> repeats(Path routes) throws IOException {
        List<List<Line>> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(routes)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(lines(routes, f));
            }
        }
        Map<List<String>, List<Line>> starts = new LinkedHashMap<>();
        for (List<Line> lines : files) {
            for (int i = 0; i + BLOCK <= lines.size(); i++) {
                starts.computeIfAbsent(texts(lines, i), k -> new ArrayList<>()).add(lines.get(i));
            }
        }
        List<String> repeats = new ArrayList<>();
        for (List<Line> lines : files) {
            int i = 0;
            while (i + BLOCK <= lines.size()) {
                List<Line> again = elsewhere(starts, lines, i);
                if (again.isEmpty()) {
                    i++;
                    continue;
                }
                int last = i;
                while (last + 1 + BLOCK <= lines.size() && !elsewhere(starts, lines, last + 1).isEmpty()) {
                    last++;
                }
                repeats.add(lines.get(i).file() + ":" + lines.get(i).number() + "-" + lines.get(last + BLOCK - 1).number()
                        + " stands again at " + again.stream().map(l -> l.file() + ":" + l.number()).collect(Collectors.joining(", ")));
                i = last + 1;
            }
        }
        return repeats;
    }

    private static List<Line> elsewhere(Map<List<String>, List<Line>> starts, List<Line> lines, int i) {
        List<String> block = texts(lines, i);
        if (block.equals(SOURCE_DECLARATION)) {
            return List.of();
        }
        return starts.get(block).stream().filter(l -> l != lines.get(i)).toList();
    }

    private static List<String> texts(List<Line> lines, int from) {
        return lines.subList(from, from + BLOCK).stream().map(Line::text).toList();
    }

    private static List<Line> lines(Path root, Path file) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<String> all = Files.readAllLines(file);
        for (int n = 0; n < all.size(); n++) {
            String text = all.get(n).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                lines.add(new Line(root.relativize(file), n + 1, text));
            }
        }
        return lines;
    }
}
