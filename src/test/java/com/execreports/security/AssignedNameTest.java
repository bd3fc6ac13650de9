package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a value is assigned to, in the syntaxes code and configuration use. VALUE marks where the value starts. */
class AssignedNameTest {

    private static String name(String lineWithValue) {
        return AssignedName.before(lineWithValue, lineWithValue.indexOf("VALUE"));
    }

    @Test
    void reads_the_name_of_env_properties_and_shell_assignments() {
        assertThat(name("STRIPE_SECRET_KEY=VALUE")).isEqualTo("STRIPE_SECRET_KEY");
        assertThat(name("export API_TOKEN=\"VALUE\"")).isEqualTo("API_TOKEN");
        assertThat(name("stripe.api.key = VALUE")).isEqualTo("stripe.api.key");
    }

    @Test
    void reads_the_name_of_json_yaml_and_object_literals() {
        assertThat(name("  \"apiKey\": \"VALUE\",")).isEqualTo("apiKey");
        assertThat(name("  token: VALUE")).isEqualTo("token");
        assertThat(name("{ a: 1, 'x-api-key': 'VALUE' }")).isEqualTo("x-api-key");
        assertThat(name("config = {\"stripe\": {\"secretKey\": \"VALUE\"}}")).isEqualTo("secretKey");
    }

    @Test
    void reads_the_name_of_code_assignments() {
        assertThat(name("const stripe = require('stripe')('VALUE');")).isEqualTo("stripe");
        assertThat(name("private static final String API_KEY = \"VALUE\";")).isEqualTo("API_KEY");
        assertThat(name("apiKey := \"VALUE\"")).isEqualTo("apiKey");
        assertThat(name("'api_key' => 'VALUE',")).isEqualTo("api_key");
        assertThat(name("stripe.api_key = 'VALUE'")).isEqualTo("stripe.api_key");
        assertThat(name("this.secret = 'VALUE';")).isEqualTo("secret");
        assertThat(name("os.environ[\"STRIPE_KEY\"] = \"VALUE\"")).isEqualTo("STRIPE_KEY");
        assertThat(name("client = Stripe(api_key=\"VALUE\")")).isEqualTo("api_key");
    }

    @Test
    void skips_type_annotations_to_the_name() {
        assertThat(name("const apiKey: string = 'VALUE';")).isEqualTo("apiKey");
        assertThat(name("API_KEY: str = \"VALUE\"")).isEqualTo("API_KEY");
    }

    @Test
    void reads_xml_elements_attributes_and_dockerfile_env() {
        assertThat(name("<password>VALUE</password>")).isEqualTo("password");
        assertThat(name("<add key=\"StripeSecret\" value=\"VALUE\" />")).isEqualTo("StripeSecret");
        assertThat(name("ENV SERVICE_TOKEN VALUE")).isEqualTo("SERVICE_TOKEN");
    }

    @Test
    void gives_no_name_where_the_syntax_assigns_nothing() {
        assertThat(name("AwsBasicCredentials.create(\"AKIA\", \"VALUE\")")).isNull();
        assertThat(name("VALUE")).isNull();
        assertThat(name("  - VALUE")).isNull();
        assertThat(name("x = 1; call('VALUE')")).isNull();
        assertThat(name("if (token == 'VALUE')")).isNull();
    }

    @Test
    void puts_names_in_snake_case_for_the_name_allow_list() {
        assertThat(AssignedName.snakeCase("secretAccessKeyId")).isEqualTo("secret_access_key_id");
        assertThat(AssignedName.snakeCase("APIKey")).isEqualTo("api_key");
        assertThat(AssignedName.snakeCase("x-api-key")).isEqualTo("x_api_key");
        assertThat(AssignedName.snakeCase("STRIPE_SECRET_KEY")).isEqualTo("stripe_secret_key");
        assertThat(AssignedName.snakeCase("stripe.tokenUrl")).isEqualTo("stripe_token_url");
    }
}
