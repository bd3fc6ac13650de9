package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.execreports.analysis.ActionRecord;

import org.junit.jupiter.api.Test;

class ActionRecordJsonTest {

    private final ActionRecordJson json = new ActionRecordJson();

    @Test
    void should_read_back_what_it_wrote() throws Exception {
        ActionRecord record = new ActionRecord("2026-W48", "2026-W47", List.of(
                new ActionRecord.Entry("Invoice every booking", "open", "2026-W47", null, "2026-11-30", "Jordan Alvarez (org register: Founder)",
                        List.of("no-invoice.jada"), Set.of("ceo", "cfo")),
                new ActionRecord.Entry("Refresh copy", "done", "2026-W45", "2026-W48", "2026-12-20", "Marco Reyes (domain file)",
                        List.of("stale-copy.jada"), Set.of("cmo"))));

        assertThat(json.read(new ByteArrayInputStream(json.write(record)))).isEqualTo(record);
    }

    @Test
    void should_refuse_what_is_not_an_action_record() {
        assertThatIOException().isThrownBy(() -> json.read(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
        assertThatIOException().isThrownBy(() -> json.read(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8))));
    }
}
