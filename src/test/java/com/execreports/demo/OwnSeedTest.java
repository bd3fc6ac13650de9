package com.execreports.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/demo --seed DIR: the example seed reads as the README says, and a broken table file is named with its item. */
class OwnSeedTest {

    @TempDir
    Path dir;

    @Test
    void should_read_the_example_business_tables_and_buckets() throws Exception {
        OwnSeed seed = new OwnSeed(Path.of("demo/own-business/seed"));

        assertThat(seed.tables()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("harbor-kayaks-bookings");
            assertThat(t.partitionKey()).isEqualTo("tourId");
            assertThat(t.items()).hasSize(5);
            assertThat(t.items().get(0).get("price").n()).isEqualTo("240.00");
            assertThat(t.items().get(0).get("invoiceId").s()).isEqualTo("INV-HK-101");
        });
        assertThat(seed.buckets().resolve("harbor-kayaks-site/index.html")).exists();
    }

    @Test
    void should_name_the_file_and_item_that_cannot_be_seeded() throws Exception {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(tables.resolve("t.json"), "{\"partitionKey\":\"id\",\"Items\":[{\"id\":{\"S\":\"a\"}},{\"id\":{\"X\":\"b\"}}]}");
        assertThatThrownBy(() -> new OwnSeed(dir).tables()).hasMessageStartingWith(tables.resolve("t.json") + ": item 2: ");

        Files.writeString(tables.resolve("t.json"), "{\"partitionKey\":\"id\",\"Items\":[{\"other\":{\"S\":\"a\"}}]}");
        assertThatThrownBy(() -> new OwnSeed(dir).tables()).hasMessage(tables.resolve("t.json") + ": item 1 has no string \"id\" (the partition key)");

        Files.writeString(tables.resolve("t.json"), "{\"Items\":[]}");
        assertThatThrownBy(() -> new OwnSeed(dir).tables()).hasMessageContaining("\"partitionKey\" must name the table's partition key");

        Files.writeString(tables.resolve("t.json"), "{\"partitionKey\":\"id\",\n\"Items\": [,]}");
        assertThatThrownBy(() -> new OwnSeed(dir).tables()).hasMessage(tables.resolve("t.json") + ": not JSON (line 2)");

        assertThatThrownBy(() -> new OwnSeed(dir.resolve("missing"))).hasMessageContaining("does not exist");
    }
}
