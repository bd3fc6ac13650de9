package com.execreports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.delivery.RunOutcome;
import com.execreports.localaws.LocalAws;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two weeks of the demo, the organisation register changing between them: the owners' names made to agree in the first
 * week, then the demo's register again (two domain files contradict it) with handoff procedures written. One action stays
 * open (its title reworded between the weeks), one is done, one is new; every finding has the same id in all five reports
 * and in both weeks.
 */
class ActionsCarriedOverTest extends DemoPipelineTestSupport {

    private static final String REGISTER_BUCKET = "portfolio-org";
    private static final String REGISTER_KEY = "register/organisation.yaml";
    private static final String WEEK_1 = "2027-06-07T07:00:00-07:00";
    private static final String WEEK_2 = "2027-06-14T07:00:00-07:00";
    private static final String WEEK_1_ACTIONS = "reports/exec/2027-W23/actions.json";
    private static final String CREDENTIALS = "Rotate every exposed credential and move secrets to a secrets manager";
    /** "[HIGH] F-JADA-NO-INVOICE (new) JADA (yacht charters) — title where: …", on a report's lines joined. */
    private static final Pattern DETAILED = Pattern.compile("\\[(?:HIGH|MEDIUM|LOW)\\] (F-[A-Za-z0-9-]+) (?:\\((?:new|still open)\\) )?(.+?) "
            + "(?:where|impact): ");

    @Test
    void should_show_an_action_open_two_weeks_one_done_one_new_and_the_same_finding_ids_everywhere() throws Exception {
        String register = aws.object(REGISTER_BUCKET, REGISTER_KEY);
        try (S3Client s3 = aws.clients().s3()) {
            try {
                // week 1: the register names Sam Okafor for DangerousCentaur and Luis Ortega for Expert Yacht Delivery, as their
                // domain files do: no owner mismatch
                put(s3, register.replace("businesses: [jada, queenofsandiego, expert-yacht-delivery]",
                                "businesses: [jada, queenofsandiego, expert-yacht-delivery, dangerouscentaur]")
                        .replace("businesses: [quickdumpnow]\n", "businesses: [quickdumpnow, expert-yacht-delivery]\n"));
                assertThat(runAt(WEEK_1).exitCode()).isEqualTo(RunOutcome.SUCCESS);
                // as if week 1 ran an older release that worded the credentials' action differently: the action is known by
                // the findings it resolves, so the new wording keeps its age and due date
                String week1 = aws.object(LocalAws.ARCHIVE_BUCKET, WEEK_1_ACTIONS);
                assertThat(week1).contains(CREDENTIALS);
                s3.putObject(b -> b.bucket(LocalAws.ARCHIVE_BUCKET).key(WEEK_1_ACTIONS),
                        RequestBody.fromString(week1.replace(CREDENTIALS, "Rotate the exposed keys"), StandardCharsets.UTF_8));
                // week 2: the demo's register again, now with a handoff procedure
                put(s3, register.replace("handoff_procedures: []", "handoff_procedures:\n  - \"Charter bookings: who answers, who invoices\""));
                assertThat(runAt(WEEK_2).exitCode()).isEqualTo(RunOutcome.SUCCESS);
            } finally {
                put(s3, register);
            }
        }

        String first = text("2027-W23", "ceo-full.txt");
        String ceo = text("2027-W24", "ceo-full.txt");
        assertThat(first).contains("No action record of 2027-W22 in the archive: every action is new.")
                .doesNotContain("Make each domain file's owner agree");
        // open for two weeks: the credentials, owned by the register's principal, due a week after it opened
        assertThat(ceo).contains("1. Rotate every exposed credential and move secrets to a secrets manager (impact: critical")
                .containsPattern("1\\. Rotate every exposed credential [^.]*?\\) Owner: Jordan Alvarez · due 14 Jun · open 2 weeks "
                        + "\\(since 2027-W23\\) 2\\. ")
                .doesNotContain("No action record");
        // done since last week, listed once with the finding it resolved
        assertThat(ceo).contains("Done since the last report (1): - Write handoff procedures for each business's critical operations "
                + "(owner: Jordan Alvarez; resolved: F-NO-HANDOFF-PROCEDURES)");
        assertThat(text("2027-W24", "cto-full.txt")).contains("Done since the last report (1): - Write handoff procedures");
        // new: the domain files' owners contradict the register again; each mismatch names both owners and both files
        assertThat(ceo).containsPattern("Make each domain file's owner agree with the organisation register \\(impact: medium, effort: an hour; "
                        + "resolves: F-DC/EYD-OWNER-MISMATCH\\) Owner: Jordan Alvarez · due 14 Jul · new")
                .contains("[MEDIUM] F-DC-OWNER-MISMATCH (new) DangerousCentaur (studio) — The domain file names Sam Okafor as owner; "
                        + "the org register does not name them for this business where: routes/domains/dangerouscentaur.yaml — owner: "
                        + "Sam Okafor; portfolio-org/register/organisation.yaml — names Jordan Alvarez, Tess Lindqvist, Priya Natarajan");
        // DangerousCentaur's actions follow the register meanwhile, and say whom the domain file names
        assertThat(ceo).contains("impact: its actions go to Tess Lindqvist, whom the register names, not to Sam Okafor");
        // the week's actions are archived beside the snapshot for next week
        assertThat(aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/2027-W24/actions.json"))
                .contains("\"previous\" : \"2027-W23\"", "\"openSince\" : \"2027-W23\"", "\"doneIn\" : \"2027-W24\"")
                .doesNotContain("Rotate the exposed keys");

        // one id per finding, the same in all five reports and both weeks
        Map<String, String> idOf = new HashMap<>();
        for (String week : List.of("2027-W23", "2027-W24")) {
            Map<String, String> findingOf = new HashMap<>();
            for (String role : ReportTrendAndGoldenTest.ROLES) {
                Matcher m = DETAILED.matcher(text(week, role + "-full.txt"));
                int found = 0;
                while (m.find()) {
                    found++;
                    String id = m.group(1);
                    String finding = m.group(2);
                    assertThat(findingOf.putIfAbsent(id, finding)).as("%s %s: %s names one finding", week, role, id).isIn(null, finding);
                    assertThat(idOf.putIfAbsent(finding, id)).as("%s %s: the id of %s", week, role, finding).isIn(null, id);
                }
                assertThat(found).as("%s %s findings", week, role).isGreaterThan(5);
            }
        }
        assertThat(idOf).containsEntry("JADA (yacht charters) — Lambda function jada-booking-api, on the payment path, has a public "
                + "function URL with no authentication (AuthType NONE) and CORS open to every website (AllowOrigins *)",
                "F-JADA-OPEN-FUNCTION-URL-BOOKING-API");
    }

    private static void put(S3Client s3, String register) {
        s3.putObject(b -> b.bucket(REGISTER_BUCKET).key(REGISTER_KEY), RequestBody.fromString(register, StandardCharsets.UTF_8));
    }

    /** An archived report, its lines joined. */
    private static String text(String week, String file) {
        return aws.object(LocalAws.ARCHIVE_BUCKET, "reports/exec/" + week + "/" + file).replaceAll("\\s+", " ");
    }
}
