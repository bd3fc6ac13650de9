package com.execreports.security;

import static com.execreports.security.Archives.utf8;

import java.util.List;

/**
 * Fake secrets of every kind for the tests, assembled so that no source file holds a complete secret-shaped
 * string, and a scanner with a test fingerprint key.
 */
final class Planted {

    private Planted() {
    }

    static final byte[] KEY = utf8("scanner-test-fingerprint-key-0001");

    static final String STRIPE = "sk_" + "live_" + "FAKEdemo7Hq2Wn5Tz7Yb3Vc8Xr1Lp";
    static final String STRIPE_RESTRICTED = "rk_" + "live_" + "FAKEdemo51Hq2Wn5Tz7Yb3Vc8";
    static final String STRIPE_TEST = "sk_" + "test_" + "FAKEdemoQ7wT2mZpLx9vNb3K";
    static final String AWS_ID = "AKIA" + "FAKEDEMO7Q2W3E4R";
    static final String AWS_SECRET = "FAKEdemo7kQ2+Wn5Tz7Yb3" + "Vc8Xr1Lp4Ms6Nd9Fh0Jg";
    static final String SLACK_TOKEN = "xox" + "b-123456789012-1234567890123-FAKEdemoTokenQ7wT2mZp";
    static final String SLACK_HOOK = "https://hooks.slack.com/services/" + "TFAKE0001/BFAKE0002/FAKEdemoHk3Lm8Np2Qr6St";
    static final String GOOGLE = "AI" + "zaSyFAKEdemo-Q7wT2mZpLx9vNb3Kd8Jf7Hg6";
    static final String DB_URL = "postgres://" + "app:FAKEdemoPw7Hq2@db.internal:5432/app";
    static final String GENERIC = "FAKEdemo9Kd8" + "Jf7Hg6Rt5Yu4Ie3W";
    static final String GITHUB = "gh" + "p_" + "FAKEdemo7Hq2Wn5Tz7Yb3Vc8Xr1Lp4Ms6Nd9";
    static final String GITHUB_FINE_GRAINED = "github" + "_pat_" + "11FAKEDEMO0Q7wT2mZpLx9v_"
            + "FAKEdemoNb3Kd8Jf7Hg6Rt5Yu4Ie3Wo2Pa1Sd0Fg9Hj8Kl7Zx6Cv5Bn4Mq3";
    /** {"alg":"HS256","typ":"JWT"} . {"sub":"FAKE-demo-service","iat":1767225600} . a fake signature */
    static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "."
            + "eyJzdWIiOiJGQUtFLWRlbW8tc2VydmljZSIsImlhdCI6MTc2NzIyNTYwMH0" + "." + "FAKEdemo7Hq2Wn5Tz7Yb3Vc8Xr1Lp4Ms6Nd9Fh0Jg";
    static final String PEM_BODY = "MIIEowIBAAKCAQEAFAKEdemoKEYq7wT2mZpLx9vNb3Kd8Jf7Hg6Rt5Yu4Ie3Wo2Pa1"
            + "Sd0Fg9Hj8Kl7Zx6Cv5Bn4Mq3We2Rt1Yu0Io9Pa8Sd7Fg6Hj5Kl4Zx3Cv2Bn1Mq0We";

    static final String TEXT = String.join("\n",
            "# a file with one of everything",                                  // 1
            "STRIPE_SECRET_KEY=" + STRIPE,                                      // 2
            "STRIPE_RESTRICTED_KEY=" + STRIPE_RESTRICTED,                       // 3
            "STRIPE_TEST_KEY=" + STRIPE_TEST,                                   // 4
            "AWS_ACCESS_KEY_ID=" + AWS_ID,                                      // 5
            "AWS_SECRET_ACCESS_KEY=" + AWS_SECRET,                              // 6
            "SLACK_BOT_TOKEN=" + SLACK_TOKEN,                                   // 7
            "SLACK_WEBHOOK_URL=" + SLACK_HOOK,                                  // 8
            "const mapsKey = '" + GOOGLE + "';",                                // 9
            "DATABASE_URL=" + DB_URL,                                           // 10
            "api_key: \"" + GENERIC + "\"",                                     // 11
            "-----BEGIN RSA PRIVATE KEY-----",                                  // 12
            PEM_BODY.substring(0, 64),                                          // 13
            PEM_BODY.substring(64),                                             // 14
            "-----END RSA PRIVATE KEY-----");                                   // 15

    static final List<String> SECRETS = List.of(STRIPE, STRIPE_RESTRICTED, STRIPE_TEST, AWS_ID, AWS_SECRET,
            SLACK_TOKEN, SLACK_HOOK, GOOGLE, DB_URL, GENERIC, PEM_BODY);

    static final SecretScanner SCANNER = new SecretScanner(SecretRules.bundled(), KEY);
}
