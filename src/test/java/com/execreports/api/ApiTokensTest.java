package com.execreports.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which token opens what: the full one everything, the read-only one reading, anything else nothing; none set = off. */
class ApiTokensTest {

    private static final Map<String, String> ENV = Map.of("FULL", "canary-full-4b1d7e", "READ", "canary-read-9c2a55", "BLANK", "  ");

    @Test
    void should_tell_the_full_the_read_only_and_a_wrong_token_apart() {
        ApiTokens tokens = new ApiTokens("FULL", "READ", ENV::get);

        assertThat(tokens.enabled()).isTrue();
        assertThat(tokens.check("canary-full-4b1d7e")).isEqualTo(ApiTokens.Access.FULL);
        assertThat(tokens.check("canary-read-9c2a55")).isEqualTo(ApiTokens.Access.READ);
        assertThat(tokens.check("canary-full-4b1d7")).isEqualTo(ApiTokens.Access.DENIED);
        assertThat(tokens.check("canary-full-4b1d7ee")).isEqualTo(ApiTokens.Access.DENIED);
        assertThat(tokens.check("")).isEqualTo(ApiTokens.Access.DENIED);
        assertThat(tokens.check(null)).isEqualTo(ApiTokens.Access.DENIED);
    }

    @Test
    void should_be_off_when_the_variable_is_unset_or_blank_and_have_no_read_token_unless_named() {
        assertThat(new ApiTokens("UNSET", "READ", ENV::get).check("canary-read-9c2a55")).isEqualTo(ApiTokens.Access.DISABLED);
        assertThat(new ApiTokens("BLANK", "", ENV::get).enabled()).isFalse();
        assertThat(new ApiTokens("FULL", "", ENV::get).check("canary-read-9c2a55")).isEqualTo(ApiTokens.Access.DENIED);
    }

    @Test
    void should_read_a_bearer_header_and_the_browser_cookie() {
        assertThat(ApiGate.bearer("Bearer abc")).isEqualTo("abc");
        assertThat(ApiGate.bearer("bearer  abc ")).isEqualTo("abc");
        assertThat(ApiGate.bearer("Basic abc")).isNull();
        assertThat(ApiGate.cookie("a=1; exec_reports_token=x%2By; b=2")).isEqualTo("x+y");
        assertThat(ApiGate.cookie("a=1")).isNull();
    }
}
