package com.execreports.config;

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
