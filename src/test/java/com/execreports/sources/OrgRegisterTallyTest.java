package com.execreports.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.execreports.config.SnapshotJson;
import com.execreports.model.DataIssue;
import com.execreports.model.Facts;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.PendingTransition;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.OrgFacts.PublicEndpoint;
import com.execreports.model.OrgFacts.Transition;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SourceStatus;

import org.junit.jupiter.api.Test;

class OrgRegisterTallyTest {

    private static final String RUN_ID = "2026-W48-20261123T0700";
    private static final String REGISTER = "register/organisation.yaml";
    private static final String ENDPOINTS = "register/public-endpoints.csv";

    private static final String TWO_PEOPLE = """
            people:
              - name: "Ana Founder"
                role: Founder
                businesses: [jada, QuickDumpNow]
                equity_percent: 87.50
                equity_documented: true
                joined: 2016-04-01
                transition: null
              - name: Ben Partner
                role: Partner
                businesses: jada
                equity_percent: null
                equity_documented: false
                joined: 2023-02-15
                transition:
                  from_role: Partner
                  to_role: Advisor
                  effective_date: 2027-01-01
                notes: "verbal agreement"
            handoff_procedures:
              - name: "Site deploy"
              - name: "Payroll"
            """;

    // ---------------------------------------------------------------- register

    @Test
    void should_read_each_person_with_equity_as_written_and_their_transition() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, TWO_PEOPLE);

        OrgFacts o = data(tally);

        assertThat(o.registerRead()).isTrue();
        assertThat(o.people()).containsExactly(
                new Person("Ana Founder", "Founder", List.of("jada", "quickdumpnow"), "87.50", true, "2016-04-01", null, null),
                new Person("Ben Partner", "Partner", List.of("jada"), null, false, "2023-02-15",
                        new Transition("Partner", "Advisor", "2027-01-01"), "verbal agreement"));
        assertThat(o.handoffProcedures()).isEqualTo(2);
        assertThat(o.transitionsWithoutDate()).isEmpty();
    }

    @Test
    void should_list_everyone_whose_equity_is_not_documented_as_true() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, """
                people:
                  - name: Documented
                    equity_documented: true
                  - name: Quoted yes
                    equity_documented: "yes"
                  - name: Said false
                    equity_documented: false
                  - name: Said nothing
                    equity_percent: 10
                  - name: Said null
                    equity_documented: null
                """);

        OrgFacts o = data(tally);

        assertThat(o.undocumentedEquity()).containsExactly("Said false", "Said nothing", "Said null");
        assertThat(o.people()).extracting(Person::equityPercent).containsExactly(null, null, null, "10", null);
    }

    @Test
    void should_list_role_changes_that_have_no_effective_date() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, """
                people:
                  - name: Dated
                    transition: {from_role: Lead, to_role: Advisor, effective_date: 2026-12-01}
                  - name: Undated
                    transition:
                      from_role: Operations lead
                      to_role: Advisor
                      effective_date: null
                  - name: Blank date
                    transition: {from_role: Captain, to_role: Crew, effective_date: ""}
                  - name: Staying
                    transition: null
                """);

        assertThat(data(tally).transitionsWithoutDate()).containsExactly(
                new PendingTransition("Undated", "Operations lead", "Advisor"),
                new PendingTransition("Blank date", "Captain", "Crew"));
    }

    @Test
    void should_name_a_date_or_an_equity_share_it_cannot_read_and_count_an_unreadable_effective_date_as_none() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, """
                people:
                  - name: Dana
                    equity_percent: five
                    joined: last spring
                    transition: {from_role: Operations lead, to_role: Advisor, effective_date: after the season}
                  - name: Eve
                    equity_percent: 12.5%
                    joined: 2021-06-01
                """);

        Facts facts = tally.facts(RUN_ID);
        OrgFacts o = (OrgFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-org/register/organisation.yaml:3",
                        "Dana: equity_percent 'five' is not a percentage (0 to 100); left out"),
                new DataIssue("portfolio-org/register/organisation.yaml:4", "Dana: joined 'last spring' is not a date (yyyy-MM-dd); left out"),
                new DataIssue("portfolio-org/register/organisation.yaml:5", "Dana: transition effective_date 'after the season' "
                        + "is not a date (yyyy-MM-dd); the transition counts as undated"));
        // a date nobody can read is no agreed date: the CEO still hears of the undated transition
        assertThat(o.transitionsWithoutDate()).containsExactly(new PendingTransition("Dana", "Operations lead", "Advisor"));
        assertThat(o.people()).extracting(Person::equityPercent).containsExactly(null, "12.5%");
        assertThat(o.people()).extracting(Person::joined).containsExactly(null, "2021-06-01");
    }

    @Test
    void should_count_no_handoff_procedures_for_an_empty_list_or_none_at_all() throws Exception {
        OrgRegisterTally empty = tally();
        register(empty, "people: []\nhandoff_procedures: []\n");
        OrgRegisterTally absent = tally();
        register(absent, "people: []\n");

        assertThat(data(empty).handoffProcedures()).isZero();
        assertThat(data(absent).handoffProcedures()).isZero();
        assertThat(data(absent).registerRead()).isTrue();
    }

    @Test
    void should_record_a_register_that_is_not_yaml_with_the_line_it_breaks_on_and_not_fail() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, """
                people:
                  - name: Ana
                    role: Founder: CEO
                  - name: Ben
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.status()).isEqualTo(SourceStatus.PARTIAL);
        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-org/register/organisation.yaml:3",
                "not valid YAML: mapping values are not allowed here"));
        assertThat(((OrgFacts) facts.data()).registerRead()).isFalse();
        assertThat(((OrgFacts) facts.data()).people()).isEmpty();
    }

    @Test
    void should_record_an_unclosed_quote_on_the_line_the_reader_gives_up() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, "people:\n  - name: \"Ana\n    role: Founder\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).hasSize(1);
        assertThat(facts.issues().get(0).where()).isEqualTo("portfolio-org/register/organisation.yaml:4");
        assertThat(facts.issues().get(0).reason()).startsWith("not valid YAML: ");
    }

    @Test
    void should_name_the_line_of_a_person_it_cannot_use_and_keep_the_others() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, """
                people:
                  - name: Ana
                  - role: Nameless
                  - just a string
                  - name: Ben
                    transition: soon
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-org/register/organisation.yaml:3", "a person without a name"),
                new DataIssue("portfolio-org/register/organisation.yaml:4",
                        "a person is not a mapping of name, role, businesses, ..."),
                new DataIssue("portfolio-org/register/organisation.yaml:6",
                        "Ben: transition is not a mapping of from_role, to_role, effective_date"));
        assertThat(((OrgFacts) facts.data()).people()).extracting(Person::name).containsExactly("Ana", "Ben");
    }

    @Test
    void should_record_a_register_that_is_not_a_mapping() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, "- Ana\n- Ben\n");

        assertThat(tally.facts(RUN_ID).issues()).containsExactly(new DataIssue(
                "portfolio-org/register/organisation.yaml:1", "the register is not a mapping of people and handoff_procedures"));
    }

    // ---------------------------------------------------------------- endpoints

    @Test
    void should_list_every_endpoint_and_those_open_without_credentials_whatever_the_case() throws Exception {
        OrgRegisterTally tally = tally();
        endpoints(tally, """
                business,endpoint,kind,access,notes
                jada,https://jada.example/,static_site,public,site
                jada,https://fn.example/,lambda_function_url,NONE,"no auth, CORS *"
                queenofsandiego,https://script.example/exec,apps_script_web_app,Anyone_Anonymous,form
                queenofsandiego,https://script.example/internal,apps_script_web_app,ANYONE,
                expert-yacht-delivery,https://quote.example/,lambda_function_url,AWS_IAM,SigV4
                """);

        OrgFacts o = data(tally);

        assertThat(o.endpointsRead()).isTrue();
        assertThat(o.publicEndpoints()).hasSize(5);
        assertThat(o.publicEndpoints().get(1))
                .isEqualTo(new PublicEndpoint("jada", "https://fn.example/", "lambda_function_url", "NONE", "no auth, CORS *"));
        assertThat(o.openEndpoints()).extracting(PublicEndpoint::endpoint).containsExactly("https://jada.example/",
                "https://fn.example/", "https://script.example/exec", "https://script.example/internal");
    }

    @Test
    void should_count_unreadable_endpoint_rows_with_their_line() throws Exception {
        OrgRegisterTally tally = tally();
        endpoints(tally, """
                business,endpoint,kind,access,notes
                jada,https://jada.example/,static_site,PUBLIC,site
                jada,https://fn.example/
                ,https://orphan.example/,static_site,PUBLIC,
                quickdumpnow,https://qdn.example/,static_site,PUBLIC,site
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.unreadable()).isEqualTo(2);
        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-org/register/public-endpoints.csv:3", "has 2 of 5 columns"),
                new DataIssue("portfolio-org/register/public-endpoints.csv:4", "business, endpoint and access are all required"));
        assertThat(((OrgFacts) facts.data()).publicEndpoints()).hasSize(2);
    }

    @Test
    void should_record_an_endpoints_list_without_the_columns_it_needs() throws Exception {
        OrgRegisterTally tally = tally();
        endpoints(tally, "business,url\njada,https://jada.example/\n");

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-org/register/public-endpoints.csv:1",
                "header lacks business, endpoint or access"));
        assertThat(((OrgFacts) facts.data()).endpointsRead()).isFalse();
    }

    // ---------------------------------------------------------------- listing

    @Test
    void should_read_the_two_keys_it_is_given_and_record_a_missing_one_as_not_found() {
        OrgRegisterTally tally = tally();
        tally.inventory(REGISTER, 100);
        tally.inventory("register/old-organisation.yaml", 100);

        assertThat(tally.objectsToRead()).containsExactly(REGISTER);
        assertThat(tally.objectsToRead()).containsExactly(REGISTER);

        Facts facts = tally.facts(RUN_ID);
        assertThat(facts.kind()).isEqualTo("s3-org-register");
        assertThat(facts.issues()).containsExactly(new DataIssue("portfolio-org/register/public-endpoints.csv", "not found"));
        assertThat(((OrgFacts) facts.data()).endpointsRead()).isFalse();
    }

    @Test
    void should_read_back_from_the_snapshot_archive_unchanged() throws Exception {
        OrgRegisterTally tally = tally();
        register(tally, TWO_PEOPLE);
        endpoints(tally, "business,endpoint,kind,access,notes\njada,https://fn.example/,lambda_function_url,NONE,x\n");
        SnapshotJson json = new SnapshotJson();
        PortfolioSnapshot snapshot = new PortfolioSnapshot(CostExportTallyTest.run(), List.of(tally.facts(RUN_ID)));

        assertThat(json.read(json.write(snapshot))).isEqualTo(snapshot);
    }

    // ---------------------------------------------------------------- the demo register

    @Test
    void should_show_the_demo_governance_gaps() throws Exception {
        OrgRegisterTally tally = tally();
        CostExportTallyTest.readDemo(tally, "portfolio-org");

        Facts facts = tally.facts(RUN_ID);
        OrgFacts o = (OrgFacts) facts.data();

        assertThat(facts.status()).isEqualTo(SourceStatus.OK);
        assertThat(o.people()).hasSize(7);
        assertThat(o.people().get(1)).isEqualTo(new Person("Marco Reyes", "Partner, charter operations",
                List.of("jada", "queenofsandiego"), null, false, "2023-02-15", null, "verbal agreement 2023"));
        assertThat(o.undocumentedEquity()).containsExactly("Marco Reyes");
        assertThat(o.transitionsWithoutDate()).containsExactly(new PendingTransition("Dana Whitfield", "Operations lead", "Advisor"));
        assertThat(o.handoffProcedures()).isZero();
        assertThat(o.publicEndpoints()).hasSize(9);
        assertThat(o.openEndpoints()).contains(new PublicEndpoint("queenofsandiego",
                "https://script.google.com/macros/s/AKfycbFAKEdemo/exec", "apps_script_web_app", "ANYONE_ANONYMOUS",
                "Event inquiry form on contact.html posts here; script appends rows to a Google Sheet"));
        assertThat(o.openEndpoints()).filteredOn(e -> e.access().equals("NONE")).extracting(PublicEndpoint::business)
                .containsExactly("jada");
        assertThat(o.openEndpoints()).extracting(PublicEndpoint::access).doesNotContain("AWS_IAM");
        assertThat(o.openEndpoints()).hasSize(8);
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- hostile values (issue 12)

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void should_refuse_dates_outside_the_window_and_shares_with_runaway_exponents() throws Exception {
        OrgRegisterTally tally = tally().within(DateWindow.asOf(java.time.LocalDate.of(2026, 11, 23)));
        register(tally, """
                people:
                  - name: Dana
                    equity_percent: 1e-100000000
                    joined: 9999-12-31
                    transition: {from_role: Operations lead, to_role: Advisor, effective_date: +999999999-12-31}
                  - name: Eve
                    equity_percent: "1,5"
                    joined: 1969-12-31
                """);

        Facts facts = tally.facts(RUN_ID);

        assertThat(facts.issues()).containsExactly(
                new DataIssue("portfolio-org/register/organisation.yaml:3",
                        "Dana: equity_percent '1e-100000000' is not a percentage (0 to 100); left out"),
                new DataIssue("portfolio-org/register/organisation.yaml:4",
                        "Dana: joined '9999-12-31' is out of range (outside 1970-01-01 … 2031-11-23); left out"),
                new DataIssue("portfolio-org/register/organisation.yaml:5", "Dana: transition effective_date '+999999999-12-31' "
                        + "is out of range (outside 1970-01-01 … 2031-11-23); the transition counts as undated"),
                new DataIssue("portfolio-org/register/organisation.yaml:7",
                        "Eve: equity_percent '1,5' is not a percentage (0 to 100); left out"),
                new DataIssue("portfolio-org/register/organisation.yaml:8",
                        "Eve: joined '1969-12-31' is out of range (outside 1970-01-01 … 2031-11-23); left out"));
        assertThat(((OrgFacts) facts.data()).people()).extracting(Person::joined).containsExactly(null, null);
    }

    private static OrgRegisterTally tally() {
        return new OrgRegisterTally("portfolio", "org", "portfolio-org", REGISTER, ENDPOINTS);
    }

    private static void register(OrgRegisterTally tally, String yaml) throws IOException {
        tally.read(REGISTER, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void endpoints(OrgRegisterTally tally, String csv) throws IOException {
        tally.read(ENDPOINTS, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static OrgFacts data(OrgRegisterTally tally) {
        return (OrgFacts) tally.facts(RUN_ID).data();
    }
}
