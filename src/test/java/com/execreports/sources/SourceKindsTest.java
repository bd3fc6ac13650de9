package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

/** Every source template has its timer and freshness keys, and every timer names its own kind's cron. */
class SourceKindsTest {

    private static final Pattern TEMPLATE = Pattern.compile("(?m)^    id: (\\S+)\\n(?s:.*?)cron: \"\\{\\{sources\\.([^.]+)\\.cron}}\"");

    @Test
    void should_list_every_source_template_with_a_timer_on_its_own_kind() throws Exception {
        List<String> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(LocalAws.projectDir().resolve("routes/sources"))) {
            for (Path f : files.sorted().toList()) {
                String yaml = Files.readString(f);
                if (!yaml.contains("- routeTemplate:")) {
                    continue;
                }
                Matcher m = TEMPLATE.matcher(yaml);
                assertThat(m.find()).as(f + " starts from a timer with a cron from properties").isTrue();
                assertThat(m.group(2)).as(f + " timer's kind").isEqualTo(m.group(1));
                // behind the leader's master: prefix when replicas elect one
                assertThat(yaml).as(f.toString()).contains("uri: \"{{execreports.leader}}quartz:sources/{{domain}}.");
                kinds.add(m.group(1));
            }
        }
        assertThat(SourceKinds.ALL).containsExactlyInAnyOrderElementsOf(kinds);
    }

    @Test
    void should_name_the_properties_of_a_kind() {
        assertThat(SourceKinds.cronKey("ddb-bookings")).isEqualTo("sources.ddb-bookings.cron");
        assertThat(SourceKinds.maxAgeKey("s3-site")).isEqualTo("sources.s3-site.max-age-hours");
    }
}
