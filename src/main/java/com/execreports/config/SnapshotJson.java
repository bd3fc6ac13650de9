package com.execreports.config;


import com.execreports.model.PortfolioSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The archived form of a snapshot: stable key order and ISO dates, so two runs diff cleanly. */
public final class SnapshotJson {

    // polymorphic types are named by class: only our own model classes may be instantiated from an archive
    private final ObjectMapper mapper = JsonMapper.builder().polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                    .allowIfSubType("com.execreports.model.").allowIfSubType("java.util.").build()).build()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // keep the run's own offset when reading back (the default moves it to UTC)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public byte[] write(PortfolioSnapshot snapshot) throws JsonProcessingException {
        // straight to UTF-8 bytes: a String first would hold the whole document twice (UTF-16, then the copy)
        return mapper.writeValueAsBytes(snapshot);
    }

    /** One source's facts as archived when its timer read them (facts/&lt;domain&gt;/&lt;source&gt;/&lt;read-at&gt;.json). */
    public byte[] writeFacts(com.execreports.model.Facts facts) throws JsonProcessingException {
        return mapper.writeValueAsBytes(facts);
    }

    public com.execreports.model.Facts readFacts(byte[] json) throws java.io.IOException {
        return mapper.readValue(json, com.execreports.model.Facts.class);
    }

    public PortfolioSnapshot read(byte[] json) throws java.io.IOException {
        return mapper.readValue(json, PortfolioSnapshot.class);
    }

    public PortfolioSnapshot read(java.io.InputStream json) throws java.io.IOException {
        try (json) {
            return mapper.readValue(json, PortfolioSnapshot.class);
        }
    }
}
