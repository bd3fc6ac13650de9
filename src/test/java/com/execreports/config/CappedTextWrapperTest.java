package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.Template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CappedTextWrapperTest {

    /** A value as a report shows it: a record's text field, in a list, in the data model. */
    public record Row(String name, String note) {
    }

    @TempDir
    Path dir;

    @Test
    void should_cut_a_megabyte_pasted_into_a_field_to_two_thousand_characters_with_a_note() throws Exception {
        String pasted = "x".repeat(1_048_576);

        String out = render("<#list rows as r>${r.name}: ${r.note}\n</#list>", Map.of("rows", List.of(new Row("Cool Breeze HVAC", pasted))));

        assertThat(out).startsWith("Cool Breeze HVAC: xxxx").endsWith("x… (cut at 2,000 of 1,048,576 characters)\n");
        assertThat(out.length()).isLessThan(2_100);
    }

    @Test
    void should_leave_every_value_of_two_thousand_characters_or_fewer_as_it_is() throws Exception {
        String sentence = "y".repeat(2_000);

        assertThat(render("${a}|${b}", Map.of("a", sentence, "b", "$1,287"))).isEqualTo(sentence + "|$1,287");
    }

    @Test
    void should_never_cut_an_emoji_in_half() {
        String s = "z".repeat(1_999) + "😀" + "z".repeat(10);

        String cut = CappedTextWrapper.capped(s);

        assertThat(cut).startsWith("z".repeat(1_999) + "…");
        assertThat(cut.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("a lone surrogate").isTrue();
    }

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), template);
        Configuration cfg = ReportTemplates.from(dir.toFile());
        Template t = cfg.getTemplate("t.ftl");
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }
}
