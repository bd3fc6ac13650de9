package com.execreports.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.execreports.analysis.ActionRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The archived form of a run's actions ({@code actions.json} beside {@code snapshot.json}): plain data, no types named,
 * so reading one back can build nothing but an {@link ActionRecord}.
 */
public final class ActionRecordJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            // a record written by a later version may carry more: what this one knows is still read
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public byte[] write(ActionRecord record) throws JsonProcessingException {
        // one array element a line: ids side by side ("secret.stripe-secret-key.a15b…", "secret.…") read to the leak guard as
        // a name and its value, and a record the guard refuses is never archived
        DefaultPrettyPrinter lines = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return mapper.writer(lines).writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
    }

    public ActionRecord read(InputStream json) throws IOException {
        try (json) {
            ActionRecord record = mapper.readValue(json, ActionRecord.class);
            if (record == null || record.period() == null) {
                throw new IOException("not an action record");
            }
            return record;
        }
    }
}
