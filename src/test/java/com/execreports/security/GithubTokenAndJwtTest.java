package com.execreports.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GitHub tokens wherever they stand, and JWTs told from other base64 JSON by their header. */
class GithubTokenAndJwtTest {

    private static final SecretScanner SCANNER = Planted.SCANNER;

    private static List<SecretFinding> scan(String text) {
        return SCANNER.scanText("Lambda booking-api environment", null, text);
    }

    @Test
    void an_inline_octokit_token_is_a_high_github_finding() {
        List<SecretFinding> found = scan("const octokit = new Octokit({ auth: '" + Planted.GITHUB + "' });");

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::severity, SecretFinding::line)
                .containsExactly(tuple("github-token", "high", 1));
    }

    @Test
    void a_github_token_assigned_to_a_telling_name_is_the_github_rule_not_the_generic_one() {
        List<SecretFinding> found = scan("GITHUB_TOKEN=" + Planted.GITHUB + "\nGH_PAT=" + Planted.GITHUB_FINE_GRAINED);

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::severity, SecretFinding::variable)
                .containsExactly(tuple("github-token", "high", "GITHUB_TOKEN"), tuple("github-token", "high", "GH_PAT"));
    }

    @Test
    void every_classic_prefix_is_a_github_token() {
        String body = Planted.GITHUB.substring(4);
        for (String prefix : List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")) {
            assertThat(scan("x " + prefix + body + " y")).as(prefix).extracting(SecretFinding::ruleId)
                    .containsExactly("github-token");
        }
        assertThat(scan("x ghx_" + body + " y")).as("an unknown prefix").isEmpty();
        assertThat(scan("x ghp_" + body.substring(1) + " y")).as("35 characters").isEmpty();
    }

    @Test
    void a_jwt_in_a_lambda_environment_is_a_high_finding_with_a_four_character_preview() {
        List<SecretFinding> found = scan("NODE_ENV=production\nPARTNER_JWT=" + Planted.JWT);

        assertThat(found).extracting(SecretFinding::ruleId, SecretFinding::severity, SecretFinding::line,
                SecretFinding::variable).containsExactly(tuple("jwt", "high", 2, "PARTNER_JWT"));
        assertThat(found.get(0).toString().contains(Planted.JWT.substring(0, 12))).as("finding leaks the token").isFalse();
    }

    @Test
    void a_jwt_inline_in_code_is_found_without_a_name() {
        List<SecretFinding> found = scan("fetch(u, { headers: { Authorization: `Bearer " + Planted.JWT + "` } });");

        assertThat(found).extracting(SecretFinding::ruleId).containsExactly("jwt");
    }

    @Test
    void three_base64_json_segments_without_an_alg_header_are_not_a_jwt() {
        String cursor = b64("{\"page\":2,\"size\":50}") + "." + b64("{\"typ\":\"cursor\",\"v\":2}") + ".FAKEdemo7Hq2Wn5Tz7Yb3Vc8";
        String notJson = "eyJ" + "FAKEdemo7Hq2Wn5Tz7Yb3Vc8Xr1" + "." + Planted.JWT.substring(Planted.JWT.indexOf('.') + 1);

        assertThat(scan("const next = \"" + cursor + "\";")).isEmpty();
        assertThat(scan("const bad = \"" + notJson + "\";")).isEmpty();
    }

    @Test
    void the_header_may_name_alg_after_typ_and_carry_padding() {
        assertThat(JwtHeader.isToken(b64("{\"typ\":\"JWT\",\"alg\":\"RS256\"}") + "==.eyJx.sig")).isTrue();
        assertThat(JwtHeader.isToken(b64("{\"typ\":\"JWT\",\"algorithm\":\"RS256\"}") + ".eyJx.sig")).isFalse();
        assertThat(JwtHeader.isToken(b64("[\"alg\"]") + ".eyJx.sig")).isFalse();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
