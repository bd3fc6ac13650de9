package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** YAML from a source within limits: a hostile file is refused with a reason, never a StackOverflowError or a hang. */
class BoundedYamlTest {

    @Test
    void should_read_an_ordinary_register() throws Exception {
        assertThat(BoundedYaml.compose("org.yaml", in("people:\n  - name: \"A\"\n    businesses: [jada, qdn]\n    notes: 'it''s fine'\n")))
                .get().isInstanceOf(MappingNode.class);
    }

    @Test
    @Timeout(10)
    void should_refuse_a_hundred_thousand_nested_brackets_by_depth() {
        assertThatThrownBy(() -> BoundedYaml.compose("org.yaml", in("people: " + "[".repeat(100_000))))
                .isInstanceOf(BoundedYaml.Refused.class).hasMessage("nested deeper than 64 levels: not read");
    }

    @Test
    @Timeout(10)
    void should_refuse_compact_block_sequences_nested_on_one_line() {
        assertThatThrownBy(() -> BoundedYaml.compose("org.yaml", in("people:\n" + "- ".repeat(50_000) + "x\n")))
                .isInstanceOf(BoundedYaml.Refused.class);
    }

    @Test
    @Timeout(10)
    void should_refuse_an_alias_bomb() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1)
                    .append(", *a").append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> BoundedYaml.compose("org.yaml", in(yaml.toString()))).isInstanceOf(YamlEngineException.class);
    }

    @Test
    void should_refuse_a_file_over_the_size_limit_unread() {
        byte[] big = new byte[BoundedYaml.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> BoundedYaml.compose("org.yaml", new ByteArrayInputStream(big)))
                .isInstanceOf(BoundedYaml.Refused.class).hasMessageStartingWith("larger than 4 MB");
    }

    @Test
    void should_not_count_brackets_in_quotes_or_comments() {
        assertThat(BoundedYaml.depth("notes: \"" + "[".repeat(500) + "\"  # " + "{".repeat(500) + "\nx: '" + "[".repeat(200) + "'\n"))
                .isLessThanOrEqualTo(2);
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
