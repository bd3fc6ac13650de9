package com.execreports.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainFileCheckTest {

    private static final String TEMPLATE = """
            - routeTemplate:
                id: ddb-bookings
                parameters:
                  - name: domain
                  - name: table
                    description: DynamoDB table name
                  - name: amountAttribute
                    defaultValue: amount
            """;

    @Test
    void should_accept_the_project_route_files() {
        assertThatCode(() -> DomainFileCheck.check("file:routes/*.yaml,file:routes/sources/*.yaml,file:routes/domains/*.yaml"))
                .doesNotThrowAnyException();
    }

    @Test
    void should_name_the_file_route_and_missing_parameter_with_its_description(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", instance("acme", "- name: domain\n        value: acme"));

        assertThatThrownBy(() -> check(dir)).hasMessageContaining(dir.resolve("acme.yaml") + ": templatedRoute 'acme-bookings'"
                + " misses required parameter 'table' of template 'ddb-bookings' (DynamoDB table name)");
    }

    @Test
    void should_refuse_a_parameter_the_template_does_not_declare(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", instance("acme", "- name: domain\n        value: acme\n      - name: table\n        value: t\n"
                + "      - name: amountAtribute\n        value: total"));

        assertThatThrownBy(() -> check(dir)).hasMessageContaining("has parameter 'amountAtribute' that template 'ddb-bookings' does not declare"
                + " (expected one of: domain, table, amountAttribute)");
    }

    @Test
    void should_take_the_read_budget_of_a_source_that_reads_it_and_refuse_it_elsewhere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: acme-site}
                      - {name: readBudgetMs, value: "30000"}
                - templatedRoute:
                    routeTemplateRef: business
                    routeId: acme-profile
                    parameters:
                      - {name: domain, value: acme}
                      - {name: name, value: Acme}
                      - {name: kind, value: bookings}
                      - {name: readBudgetMs, value: "1000"}
                """);

        // s3-site reads it ({{readBudgetMs:0}}); the business profile reads no budget
        assertThat(DomainFileCheck.problems("file:routes/sources/*.yaml,file:" + dir + "/*.yaml")).singleElement().asString()
                .contains("templatedRoute 'acme-profile' has parameter 'readBudgetMs' that template 'business' does not declare");
    }

    @Test
    void should_take_ddb_bookings_mapping_parameters_for_an_export_and_refuse_a_typo_or_a_bad_name(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: s3-ddb-export
                    routeId: acme-bookings
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: acme-exports}
                      - {name: amountAttribute, value: total}
                      - {name: leadStatuses, value: "lead,quote"}
                """);
        String routes = "file:routes/sources/*.yaml,file:" + dir + "/*.yaml";
        assertThat(DomainFileCheck.problems(routes)).isEmpty();

        Files.writeString(dir.resolve("acme.yaml"), Files.readString(dir.resolve("acme.yaml"))
                .replace("amountAttribute, value: total", "amountAtribute, value: total")
                .replace("lead,quote", "lead;quote"));
        assertThat(DomainFileCheck.problems(routes)).hasSize(2).anySatisfy(p -> assertThat(p)
                .contains("templatedRoute 'acme-bookings' has parameter 'amountAtribute' that template 's3-ddb-export' does not declare")
                .contains("amountAttribute")).anySatisfy(p -> assertThat(p).contains("parameter leadStatuses='lead;quote'"));
    }

    @Test
    void should_refuse_an_attribute_name_that_cannot_be_one(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", instance("acme", "- name: domain\n        value: acme\n      - name: table\n        value: t\n"
                + "      - name: amountAttribute\n        value: \"total amount\""));

        assertThatThrownBy(() -> check(dir)).hasMessageContaining("parameter amountAttribute='total amount' is not a valid attribute name");
    }

    @Test
    void should_name_an_unknown_template_and_list_the_known_ones(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", "- templatedRoute:\n    routeTemplateRef: ddb-booking\n    routeId: acme-bookings\n");

        assertThatThrownBy(() -> check(dir)).hasMessageContaining("templatedRoute 'acme-bookings' names unknown template 'ddb-booking'"
                + " (expected one of: ddb-bookings)");
    }

    @Test
    void should_refuse_a_domain_id_that_cannot_name_an_endpoint(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", instance("Acme.Co", "- name: domain\n        value: Acme.Co\n      - name: table\n        value: t"));

        assertThatThrownBy(() -> check(dir)).hasMessageContaining("parameter domain='Acme.Co' is not a domain id");
    }

    @Test
    void should_report_a_file_that_is_not_yaml_by_name(@TempDir Path dir) throws Exception {
        write(dir, "broken.yaml", "- templatedRoute: [unclosed\n");

        assertThatThrownBy(() -> check(dir)).hasMessageContaining(dir.resolve("broken.yaml") + ": not valid YAML");
    }

    @Test
    void should_refuse_analytics_markers_given_as_a_comma_list_against_the_real_template(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: acme-site}
                      - {name: analyticsMarkers, value: "GA4,GTM,Plausible"}
                      - {name: calendarMarkers, value: "calendly.com,fareharbor.com"}
                """);

        assertThat(DomainFileCheck.problems("file:routes/sources/*.yaml,file:" + dir + "/*.yaml")).containsExactly(
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-site' parameter analyticsMarkers='GA4,GTM,Plausible' is not a list of"
                        + " analytics markers (expected Name=text pairs separated by ';', such as GA4=gtag(;Plausible=plausible.io/js:"
                        + " 'GA4,GTM,Plausible' is not Name=marker)",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-site' parameter calendarMarkers='calendly.com,fareharbor.com' is not a"
                        + " list of markers (expected texts separated by ';', such as calendly.com;fareharbor.com:"
                        + " 'calendly.com,fareharbor.com' holds a ',')");
    }

    @Test
    void should_check_each_value_by_what_its_parameter_name_says_it_is(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("template.yaml"), """
                - routeTemplate:
                    id: ops
                    parameters:
                      - name: domain
                      - name: table
                      - name: pageSize
                        defaultValue: "500"
                      - name: endAttribute
                        defaultValue: ""
                      - name: quantityAttributes
                        defaultValue: ""
                      - name: countStatuses
                        defaultValue: "completed;confirmed"
                      - name: name
                        defaultValue: ""
                """);
        Files.writeString(dir.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: ops
                    routeId: acme-ops
                    parameters:
                      - {name: domain, value: acme}
                      - {name: table, value: acme-trips}
                      - {name: pageSize, value: "five hundred"}
                      - {name: endAttribute, value: ""}
                      - {name: quantityAttributes, value: "nauticalMiles, fuel litres"}
                      - {name: name, value: "Acme's Kayaks"}
                """);

        assertThat(DomainFileCheck.problems("file:" + dir + "/*.yaml")).containsExactlyInAnyOrder(
                dir.resolve("template.yaml") + ": template 'ops' default countStatuses='completed;confirmed' is not a list (expected words"
                        + " separated by ',', such as lead,quote,inquiry: 'completed;confirmed' is not one word)",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-ops' parameter pageSize='five hundred' is not a count (expected a whole"
                        + " number of at least 1)",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-ops' parameter quantityAttributes='nauticalMiles, fuel litres' is not a"
                        + " list of attribute names (expected attribute names separated by ',', such as nauticalMiles,fuelLitres:"
                        + " 'fuel litres' is not one)",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-ops' parameter name='Acme's Kayaks' holds a single quote (expected none:"
                        + " the value is quoted in the route)");
    }

    @Test
    void should_refuse_tables_and_buckets_carrying_uri_or_expression_characters_against_the_real_templates(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("acme.yaml"), """
                - templatedRoute:
                    routeTemplateRef: ddb-bookings
                    routeId: acme-bookings
                    parameters:
                      - {name: domain, value: acme}
                      - {name: table, value: "acme-bookings?operation=DeleteTable"}
                - templatedRoute:
                    routeTemplateRef: ddb-operations
                    routeId: acme-trips
                    parameters:
                      - {name: domain, value: acme}
                      - {name: table, value: "acme trips#1"}
                      - {name: startAttribute, value: departure}
                - templatedRoute:
                    routeTemplateRef: s3-site
                    routeId: acme-site
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: "acme-site&autoCreateBucket=true"}
                - templatedRoute:
                    routeTemplateRef: s3-org-register
                    routeId: acme-org
                    parameters:
                      - {name: domain, value: acme}
                      - {name: bucket, value: "${header.CamelAwsS3Key}"}
                """);

        assertThat(DomainFileCheck.problems("file:routes/sources/*.yaml,file:" + dir + "/*.yaml")).containsExactly(
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-bookings' parameter table='acme-bookings?operation=DeleteTable' is not a"
                        + " DynamoDB table name (expected 3 to 255 letters, digits, '_', '-' and '.')",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-trips' parameter table='acme trips#1' is not a DynamoDB table name"
                        + " (expected 3 to 255 letters, digits, '_', '-' and '.')",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-site' parameter bucket='acme-site&autoCreateBucket=true' is not an S3"
                        + " bucket name (expected 3 to 63 lower-case letters, digits, '.' and '-')",
                dir.resolve("acme.yaml") + ": templatedRoute 'acme-org' parameter bucket='${header.CamelAwsS3Key}' is not an S3 bucket"
                        + " name (expected 3 to 63 lower-case letters, digits, '.' and '-')");
    }

    @Test
    void should_refuse_a_table_given_as_a_placeholder_whose_value_would_go_unchecked(@TempDir Path dir) throws Exception {
        write(dir, "acme.yaml", instance("acme", "- name: domain\n        value: acme\n      - name: table\n        value: \"{{acme.table}}\""));

        assertThatThrownBy(() -> check(dir)).hasMessageContaining("templatedRoute 'acme-bookings' parameter table='{{acme.table}}' is a"
                + " placeholder (expected the DynamoDB table name itself: a placeholder's value is not checked)");
    }

    @Test
    void should_refuse_an_include_pattern_that_matches_no_file(@TempDir Path dir) throws Exception {
        assertThat(DomainFileCheck.problems("file:routes/*.yaml,file:route/domains/*.yaml")).singleElement().asString()
                .startsWith("camel.main.routes-include-pattern: 'file:route/domains/*.yaml' matches no file (expected file:DIR/*.yaml");
    }

    private static void check(Path dir) throws Exception {
        DomainFileCheck.check("file:" + dir + "/*.yaml");
    }

    private static String instance(String domain, String parameters) {
        return "- templatedRoute:\n    routeTemplateRef: ddb-bookings\n    routeId: " + domain.toLowerCase().replace('.', '-')
                + "-bookings\n    parameters:\n      " + parameters + "\n";
    }

    private static void write(Path dir, String name, String content) throws Exception {
        Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        Files.writeString(dir.resolve(name), content);
    }
}
