package com.execreports.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.execreports.config.SnapshotJson;

import org.junit.jupiter.api.Test;

class DeployedCodeFactsTest {

    private static final String LAYER = "arn:aws:lambda:us-west-2:482913765024:layer:expert-yacht-quote-pdf:2";
    private static final SecurityFacts.Secret KEY = new SecurityFacts.Secret("aws-access-key-id", "high", "AWS access key id",
            "deployed package of Lambda jada-booking-api", "src/config.js", 3, "awsAccessKeyId", "77e1", "AKIA…");
    private static final DeployedCodeFacts.Package SCANNED = new DeployedCodeFacts.Package("jada-booking-api", null, "c2hhLTE=", 2600,
            "2026-W45", List.of(KEY), null);

    @Test
    void should_say_when_a_package_was_scanned_and_what_it_holds() {
        DeployedCodeFacts week45 = new DeployedCodeFacts(List.of(), "2026-W45", "k");
        DeployedCodeFacts week48 = new DeployedCodeFacts(List.of(), "2026-W48", "k");

        assertThat(week45.said(SCANNED)).isEqualTo("scanned 2026-W45, 1 finding");
        assertThat(week48.said(SCANNED.carried("jada-booking-api"))).isEqualTo("unchanged since 2026-W45, 1 finding");
        assertThat(week48.said(new DeployedCodeFacts.Package("f", null, "x", 1, "2026-W45", List.of(), null)))
                .isEqualTo("unchanged since 2026-W45, 0 findings");
        assertThat(week48.said(new DeployedCodeFacts.Package("f", null, "x", 1, null, List.of(), "not scanned: download failed: HTTP 403")))
                .isEqualTo("not scanned: download failed: HTTP 403");
    }

    @Test
    void should_know_the_same_code_by_function_and_code_sha256() {
        assertThat(SCANNED.sameCode("jada-booking-api", "c2hhLTE=")).isTrue();
        assertThat(SCANNED.sameCode("jada-booking-api", "bmV3")).as("a new build").isFalse();
        assertThat(SCANNED.sameCode("other-function", "c2hhLTE=")).isFalse();
        DeployedCodeFacts.Package unscanned = new DeployedCodeFacts.Package("jada-booking-api", null, "c2hhLTE=", 2600, null, List.of(),
                "not scanned: download failed: HTTP 403");
        assertThat(unscanned.sameCode("jada-booking-api", "c2hhLTE=")).as("a gap is tried again").isFalse();
    }

    @Test
    void should_know_a_layer_version_by_its_arn_whichever_function_uses_it() {
        DeployedCodeFacts.Package layer = new DeployedCodeFacts.Package("expert-yacht-delivery-quote", LAYER, "bGF5ZXI=", 418, "2026-W45",
                List.of(), null);

        assertThat(layer.sameLayer(LAYER)).isTrue();
        assertThat(layer.sameLayer(LAYER.replace(":2", ":3"))).isFalse();
        assertThat(layer.sameCode("expert-yacht-delivery-quote", "bGF5ZXI=")).as("a layer is not the function's own code").isFalse();
        assertThat(layer.resource()).isEqualTo("Lambda layer expert-yacht-quote-pdf:2");
        assertThat(layer.carried("another-function").function()).as("named by the function that uses it now").isEqualTo("another-function");
        assertThat(SCANNED.carried("another-function").function()).isEqualTo("jada-booking-api");
    }

    @Test
    void should_read_back_from_the_archive_as_it_was_written() throws Exception {
        DeployedCodeFacts facts = new DeployedCodeFacts(List.of(SCANNED), "2026-W45", "k");
        Facts archived = Facts.read("run-1", "portfolio", "deployed-code", "aws-lambda-code", "Lambda deployed code", facts, List.of(), 0);
        SnapshotJson json = new SnapshotJson();

        Facts read = json.readFacts(json.writeFacts(archived));

        assertThat(read.data()).isEqualTo(facts);
        assertThat(((DeployedCodeFacts) read.data()).secrets()).containsExactly(KEY);
    }
}
