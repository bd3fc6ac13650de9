package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> read(String text) throws IOException {
        LineReader r = new LineReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        String line;
        while ((line = r.next()) != null) {
            out.add(r.number() + ":" + (line.length() > 20 ? line.length() + " chars" : line));
        }
        return out;
    }

    @Test
    void numbers_lines_from_one_and_drops_their_terminators() throws IOException {
        assertThat(read("a\r\nb\n\nc")).containsExactly("1:a", "2:b", "3:", "4:c");
        assertThat(read("a\n")).containsExactly("1:a");
        assertThat(read("")).isEmpty();
    }

    @Test
    void cuts_a_line_longer_than_a_megabyte_at_a_separator_and_keeps_its_number() throws IOException {
        String chunk = "x".repeat(1000) + ";";
        String longLine = chunk.repeat(1100);

        List<String> lines = read("first\n" + longLine + "\nlast\n");

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("1:first");
        assertThat(lines.get(1)).startsWith("2:").endsWith(" chars");
        assertThat(lines.get(2)).startsWith("2:");
        assertThat(lines.get(3)).isEqualTo("3:last");
        int first = Integer.parseInt(lines.get(1).substring(2, lines.get(1).indexOf(' ')));
        assertThat(first % 1001).as("cut right after a ';'").isZero();
    }

    @Test
    void a_secret_in_a_minified_bundle_longer_than_a_megabyte_is_found_on_its_line() {
        String filler = "var a=function(b){return b+1};".repeat(40_000);
        String text = "/*! bundle */\n" + filler + "var k=\"" + Planted.STRIPE + "\";" + filler + "\n";

        List<SecretFinding> found = Planted.SCANNER.scanText("r", "app.min.js", text);

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stripe-secret-key", 2));
    }
}
