package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.execreports.config.SnapshotJson;
import com.execreports.model.DataIssue;
import com.execreports.model.EngineeringFacts;
import com.execreports.model.EngineeringFacts.DeliveryPractice;
import com.execreports.model.Facts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.Run;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class EngineeringRegisterTallyTest {

    private static final Run RUN = Run.at(OffsetDateTime.of(2026, 11, 23, 7, 0, 0, 0, ZoneOffset.ofHours(-8)),
            ZoneId.of("America/Los_Angeles"));
    private static final String BUCKET = "portfolio-code";
    private static final String KEY = "inventory/engineering-register.csv";
    private static final String HEADER = "business,repo,ci,staging,rollback,deploy_method,notes\n";

    @Test
    void should_read_one_delivery_practice_per_business_in_register_order() throws IOException {
        EngineeringRegisterTally tally = listedTally();
        read(tally, HEADER
                + "QuickDumpNow,github.com/quickdumpnow/web,yes,no,no,GitHub Actions on push,\"Renewals Lambda, by hand\"\n"
                + "jada,,no,no,no,aws s3 sync from laptop,\n");

        Facts facts = tally.facts(RUN.runId());
        EngineeringFacts e = (EngineeringFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(facts.kind()).isEqualTo("s3-engineering-register");
        assertThat(facts.resource()).isEqualTo(BUCKET);
        assertThat(e.registerRead()).isTrue();
        assertThat(e.bucket()).isEqualTo(BUCKET);
        assertThat(e.key()).isEqualTo(KEY);
        assertThat(e.businesses()).containsExactly(
                new DeliveryPractice("quickdumpnow", "github.com/quickdumpnow/web", true, false, false, "GitHub Actions on push",
                        "Renewals Lambda, by hand"),
                new DeliveryPractice("jada", "", false, false, false, "aws s3 sync from laptop", ""));
        assertThat(e.forBusiness("jada").orElseThrow().missing()).containsExactly("CI", "staging", "rollback");
        assertThat(e.forBusiness("quickdumpnow").orElseThrow().missing()).containsExactly("staging", "rollback");
    }

    @Test
    void should_read_yes_and_no_in_any_case_and_short_form_and_a_header_saved_from_a_spreadsheet() throws IOException {
        EngineeringRegisterTally tally = listedTally();
        read(tally, "\uFEFF Business , Repo ,CI,Staging,Rollback,Deploy_Method,Notes\n"
                + "jada,r,YES,Y,true,ci,\n"
                + "queenofsandiego,r,No,n,FALSE,manual,\n");

        EngineeringFacts e = data(tally);

        assertThat(e.businesses()).extracting(DeliveryPractice::ci, DeliveryPractice::staging, DeliveryPractice::rollback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, true, true),
                        org.assertj.core.groups.Tuple.tuple(false, false, false));
        assertThat(e.forBusiness("jada").orElseThrow().missing()).isEmpty();
    }

    @Test
    void should_leave_out_a_row_whose_answer_is_neither_yes_nor_no_naming_its_line() throws IOException {
        EngineeringRegisterTally tally = listedTally();
        read(tally, HEADER
                + "jada,r,no,no,no,sync,\n"
                + "quickdumpnow,r,partly,,no,sync,\n"
                + ",r,yes,yes,yes,sync,\n"
                + "jada,r,yes,yes,yes,sync,\n");

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue(BUCKET + "/" + KEY + ":3", "quickdumpnow: ci 'partly', staging '' is not yes or no"),
                new DataIssue(BUCKET + "/" + KEY + ":4", "no business named"),
                new DataIssue(BUCKET + "/" + KEY + ":5", "jada is listed twice; the first row is kept"));
        assertThat(((EngineeringFacts) facts.data()).businesses()).extracting(DeliveryPractice::business).containsExactly("jada");
        assertThat(((EngineeringFacts) facts.data()).forBusiness("jada").orElseThrow().ci()).isFalse();
    }

    @Test
    void should_record_a_register_the_listing_lacks_as_not_found_once() {
        EngineeringRegisterTally tally = new EngineeringRegisterTally("portfolio", "engineering", BUCKET, KEY);
        tally.inventory(KEY + ".bak", 10);

        assertThat(tally.objectsToRead()).isEmpty();
        assertThat(tally.objectsToRead()).isEmpty();
        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.issues()).containsExactly(new DataIssue(BUCKET + "/" + KEY, "not found"));
        assertThat(((EngineeringFacts) facts.data()).registerRead()).isFalse();
        assertThat(((EngineeringFacts) facts.data()).businesses()).isEmpty();
    }

    @Test
    void should_read_only_the_register_of_the_listing() {
        EngineeringRegisterTally tally = new EngineeringRegisterTally("portfolio", "engineering", BUCKET, KEY);
        tally.inventory("inventory/lambda-functions.json", 100);
        tally.inventory(KEY, 100);

        assertThat(tally.objectsToRead()).containsExactly(KEY);
    }

    @Test
    void should_record_a_header_without_the_answers_as_an_unread_register() throws IOException {
        EngineeringRegisterTally tally = listedTally();
        read(tally, "business,repo,deploy_method\njada,r,sync\n");

        Facts facts = tally.facts(RUN.runId());

        assertThat(facts.issues()).containsExactly(
                new DataIssue(BUCKET + "/" + KEY + ":1", "header lacks business, ci, staging or rollback"));
        assertThat(((EngineeringFacts) facts.data()).registerRead()).isFalse();
    }

    @Test
    void should_record_an_object_it_could_not_fetch_as_an_issue() {
        EngineeringRegisterTally tally = listedTally();
        tally.unreadable(KEY, "AccessDenied: Access Denied (HTTP 403)");

        assertThat(tally.facts(RUN.runId()).issues())
                .containsExactly(new DataIssue(BUCKET + "/" + KEY, "AccessDenied: Access Denied (HTTP 403)"));
    }

    @Test
    void should_read_back_its_facts_from_the_snapshot_archive() throws Exception {
        EngineeringRegisterTally tally = listedTally();
        read(tally, HEADER + "jada,r,no,yes,no,sync,note\n");
        PortfolioSnapshot snapshot = new PortfolioSnapshot(RUN, List.of(tally.facts(RUN.runId())));
        SnapshotJson json = new SnapshotJson();

        assertThat(json.read(json.write(snapshot))).isEqualTo(snapshot);
    }

    @Test
    void should_show_the_demo_registers_delivery_gaps() throws IOException {
        EngineeringRegisterTally tally = listedTally();
        try (InputStream in = Files.newInputStream(Path.of("demo/buckets", BUCKET, KEY))) {
            tally.read(KEY, in);
        }

        Facts facts = tally.facts(RUN.runId());
        EngineeringFacts e = (EngineeringFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(e.businesses()).extracting(DeliveryPractice::business).containsExactly("jada", "queenofsandiego",
                "quickdumpnow", "dangerouscentaur", "rental-3028-51st", "expert-yacht-delivery");
        assertThat(e.businesses()).filteredOn(p -> p.missing().size() == 3).extracting(DeliveryPractice::business)
                .containsExactly("jada", "queenofsandiego", "dangerouscentaur", "rental-3028-51st");
        assertThat(e.forBusiness("quickdumpnow").orElseThrow().missing()).containsExactly("staging", "rollback");
        assertThat(e.forBusiness("expert-yacht-delivery").orElseThrow().missing()).isEmpty();
        assertThat(e.forBusiness("jada").orElseThrow().deployMethod()).isEqualTo("aws s3 sync from laptop");
    }

    private static EngineeringRegisterTally listedTally() {
        EngineeringRegisterTally tally = new S3TallyFactory(30, 512 * 1024, S3TallyFactory.DEFAULT_MAX_ROW_BYTES, null).engineeringRegister(RUN, "portfolio", "engineering", BUCKET, KEY);
        tally.inventory(KEY, 1);
        assertThat(tally.objectsToRead()).containsExactly(KEY);
        return tally;
    }

    private static void read(EngineeringRegisterTally tally, String csv) throws IOException {
        tally.read(KEY, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static EngineeringFacts data(EngineeringRegisterTally tally) {
        return (EngineeringFacts) tally.facts(RUN.runId()).data();
    }
}
