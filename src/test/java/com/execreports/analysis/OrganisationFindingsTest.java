package com.execreports.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.execreports.model.Facts;
import com.execreports.model.OrgFacts;
import com.execreports.model.OrgFacts.PublicEndpoint;

import org.junit.jupiter.api.Test;

class OrganisationFindingsTest {

    private static final PublicEndpoint PLAIN_S3_SITE = new PublicEndpoint("dangerouscentaur",
            "http://dangerouscentaur-site.s3-website-us-west-2.amazonaws.com/", "s3_website", "PUBLIC", "no CloudFront");
    private static final PublicEndpoint TLS_SITE = new PublicEndpoint("jada", "https://www.jadacharters.com/", "static_site",
            "PUBLIC", "CloudFront");

    @Test
    void should_flag_each_endpoint_served_over_plain_http_for_the_cto_and_the_cmo() {
        List<PortfolioFinding> found = find(List.of(TLS_SITE, PLAIN_S3_SITE));

        assertThat(found).extracting(PortfolioFinding::id)
                .containsExactly("plain-http.http-dangerouscentaur-site-s3-website-us-west-2-amazonaws-com");
        PortfolioFinding f = found.get(0);
        assertThat(f.severity()).isEqualTo("medium");
        assertThat(f.title()).isEqualTo("Site served over plain HTTP, without TLS: browsers mark it \"Not secure\"");
        assertThat(f.where()).isEqualTo("portfolio-org/register/public-endpoints.csv — "
                + "http://dangerouscentaur-site.s3-website-us-west-2.amazonaws.com/ (s3_website)");
        assertThat(f.roles()).containsExactlyInAnyOrder("cto", "cmo");
        assertThat(f.fix().title()).startsWith("Serve every site over HTTPS");
    }

    @Test
    void should_read_the_scheme_whatever_its_case_and_leave_https_alone() {
        PublicEndpoint upper = new PublicEndpoint("jada", "HTTP://www.jadacharters.com/", "static_site", "PUBLIC", null);

        assertThat(find(List.of(upper))).hasSize(1);
        assertThat(find(List.of(TLS_SITE))).isEmpty();
    }

    private static List<PortfolioFinding> find(List<PublicEndpoint> endpoints) {
        OrgFacts org = new OrgFacts("portfolio-org", "register/organisation.yaml", "register/public-endpoints.csv", false, true,
                List.of(), List.of(), List.of(), 0, endpoints, List.of());
        Facts facts = Facts.read(FinanceSnapshots.RUN.runId(), "portfolio", "org", "s3-org-register", "portfolio-org", org, List.of(), 0);
        List<PortfolioFinding> found = new ArrayList<>();
        OrganisationFindings.find(FinanceSnapshots.snapshot(facts), org, found);
        return found;
    }
}
