package com.execreports.config;

import com.execreports.model.PortfolioSnapshot;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The archived form of a snapshot: stable key order and ISO dates, so two runs diff cleanly; its size bounded by
 * businesses and months ({@link SnapshotBound}), whatever the number of items read.
 */
public final class SnapshotJson {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotJson.class);

    private final SnapshotBound bound;

    public SnapshotJson() {
        this(SnapshotBound.DEFAULT_MAX_ENTRIES);
    }

    /** @param maxPerItemEntries how many per-item entries (booking ids, booking refs) the archived copy keeps at most */
    public SnapshotJson(long maxPerItemEntries) {
        this.bound = new SnapshotBound(maxPerItemEntries);
    }

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
        SnapshotBound.Bounded bounded = bound.apply(snapshot);
        if (!bounded.leftOut().isEmpty()) {
            LOG.warn("snapshot.json of run {}: per-item maps left out to keep it bounded (aggregates kept): {}", snapshot.run().runId(),
                    String.join("; ", bounded.leftOut()));
        }
        // bytes straight from the writer: no whole-document String (UTF-16) and its copy
        return mapper.writeValueAsBytes(bounded.snapshot());
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
