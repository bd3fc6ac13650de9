package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.execreports.model.OrgFacts;

import org.junit.jupiter.api.Test;

/** Which IAM user is whose, and who the register shows leaving. */
class IamFindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void should_take_a_user_named_after_the_person_as_theirs_and_no_other() {
        assertThat(IamFindings.belongsTo("dana.whitfield", "Dana Whitfield")).isTrue();
        assertThat(IamFindings.belongsTo("dwhitfield", "Dana Whitfield")).isTrue();
        assertThat(IamFindings.belongsTo("Whitfield-Dana", "Dana Whitfield")).isTrue();
        assertThat(IamFindings.belongsTo("dana", "Dana Whitfield")).as("a first name alone could be anyone's").isFalse();
        assertThat(IamFindings.belongsTo("github-deploy", "Dana Whitfield")).isFalse();
        assertThat(IamFindings.belongsTo("okafor", "Sam Okafor")).isFalse();
    }

    @Test
    void should_say_in_transition_until_a_departure_has_taken_effect() {
        assertThat(IamFindings.leaving(person(null), TODAY)).isEmpty();
        assertThat(IamFindings.leaving(person(new OrgFacts.Transition("Operations lead", "Advisor", null)), TODAY))
                .contains("in transition (Operations lead → Advisor, no date agreed)");
        assertThat(IamFindings.leaving(person(new OrgFacts.Transition("Operations lead", "left", "2026-12-31")), TODAY))
                .contains("in transition (Operations lead → left, from 2026-12-31)");
        assertThat(IamFindings.leaving(person(new OrgFacts.Transition("Operations lead", "left", "2026-10-31")), TODAY))
                .contains("gone (left 2026-10-31)");
    }

    private static OrgFacts.Person person(OrgFacts.Transition transition) {
        return new OrgFacts.Person("Dana Whitfield", "Operations lead", List.of("quickdumpnow"), "5", true, "2021-06-01", transition, null);
    }
}
