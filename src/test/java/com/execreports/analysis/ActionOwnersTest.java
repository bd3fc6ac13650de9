package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.execreports.model.BusinessProfile;
import com.execreports.model.Facts;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.Person;
import com.execreports.model.PortfolioSnapshot;

import org.junit.jupiter.api.Test;

/** Who owns an action: the register and the domain files, checked against each other. */
class ActionOwnersTest {

    private static final List<String> ALL = List.of("jada", "dc", "eyd");

    @Test
    void should_take_the_domain_files_owner_when_the_register_names_them_for_the_business() {
        ActionOwners owners = new ActionOwners(snapshot(true));

        assertThat(owners.business("jada")).isEqualTo(new ActionOwners.Owner("Jordan Alvarez", true, ""));
        // the register's owners go unmarked
        assertThat(owners.business("jada").text()).isEqualTo("Jordan Alvarez");
    }

    @Test
    void should_follow_the_register_and_name_the_domain_files_owner_when_they_disagree() {
        ActionOwners owners = new ActionOwners(snapshot(true));

        // the register names Tess for DangerousCentaur only, the most specific of its three people
        assertThat(owners.business("dc").text()).isEqualTo("Tess Lindqvist (register; domain file says Sam Okafor)");
        assertThat(owners.mismatches()).containsExactly(new ActionOwners.Mismatch("dc", "routes/domains/dc.yaml", "Sam Okafor",
                List.of("Jordan Alvarez", "Tess Lindqvist", "Priya Natarajan")));
    }

    @Test
    void should_give_portfolio_wide_work_to_the_principal_and_a_trades_work_to_its_tradesperson() {
        ActionOwners owners = new ActionOwners(snapshot(true));

        assertThat(owners.of(Set.of(), Set.of("ceo", "cto"))).isEqualTo(new ActionOwners.Owner("Jordan Alvarez", true, ""));
        assertThat(owners.of(Set.of("jada", "dc"), Set.of("ceo")).name()).isEqualTo("Jordan Alvarez");
        // bookkeeping nobody else reads: the bookkeeper named for every business
        assertThat(owners.of(Set.of(), Set.of("cfo", "accounting"))).isEqualTo(new ActionOwners.Owner("Priya Natarajan", true, ""));
        // engineering work with no engineer in the register: the business's owner
        assertThat(owners.of(Set.of("jada"), Set.of("cto")).name()).isEqualTo("Jordan Alvarez");
    }

    @Test
    void should_fall_back_on_the_domain_file_without_a_register_and_find_no_mismatch() {
        ActionOwners owners = new ActionOwners(snapshot(false));

        assertThat(owners.business("dc").text()).isEqualTo("Sam Okafor (domain file)");
        assertThat(owners.of(Set.of(), Set.of("ceo")).text()).isEqualTo("unassigned");
        assertThat(owners.mismatches()).isEmpty();
    }

    @Test
    void should_report_a_mismatch_as_a_finding_naming_both_owners_and_both_files() {
        List<PortfolioFinding> found = new ArrayList<>();
        OwnerMismatchFindings.find(snapshot(true), found);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("owner-mismatch.dc");
            assertThat(f.business()).isEqualTo("DangerousCentaur (studio)");
            assertThat(f.title()).isEqualTo("The domain file names Sam Okafor as owner; the org register does not name them for this business");
            assertThat(f.where()).isEqualTo("routes/domains/dc.yaml — owner: Sam Okafor; portfolio-org/register/organisation.yaml — "
                    + "names Jordan Alvarez, Tess Lindqvist, Priya Natarajan");
            assertThat(f.impact()).isEqualTo("its actions go to Tess Lindqvist, whom the register names, not to Sam Okafor");
            assertThat(f.roles()).containsExactly("ceo");
        });
    }

    static PortfolioSnapshot snapshot(boolean registerRead) {
        List<Facts> sources = new ArrayList<>();
        sources.add(FinanceSnapshots.profileOwned("jada", "JADA (yacht charters)", "Jordan Alvarez"));
        sources.add(FinanceSnapshots.profileOwned("dc", "DangerousCentaur (studio)", "Sam Okafor"));
        sources.add(FinanceSnapshots.profileOwned("eyd", "Expert Yacht Delivery", "Sam Okafor"));
        sources.add(Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "profile", "business", "routes/domains/portfolio.yaml",
                new BusinessProfile("Portfolio-wide", "portfolio", ""), List.of(), 0));
        sources.add(Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "org", "s3", "portfolio-org", new OrgFacts("portfolio-org",
                "register/organisation.yaml", "register/endpoints.csv", registerRead, false, registerRead ? people() : List.of(), List.of(),
                List.of(), 1, List.of(), List.of()), List.of(), 0));
        return FinanceSnapshots.snapshot(sources.toArray(Facts[]::new));
    }

    private static List<Person> people() {
        return List.of(person("Jordan Alvarez", "Founder / Managing member", ALL, "80"),
                person("Tess Lindqvist", "Creative director", List.of("dc"), "15"),
                person("Sam Okafor", "Captain (USCG 100-ton Master)", List.of("jada", "eyd"), "0"),
                person("Priya Natarajan", "Bookkeeper (contractor)", ALL, "0"));
    }

    private static Person person(String name, String role, List<String> businesses, String equity) {
        return new Person(name, role, businesses, equity, true, "2020-01-01", null, null);
    }
}
