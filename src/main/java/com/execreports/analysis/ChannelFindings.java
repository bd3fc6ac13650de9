package com.execreports.analysis;

import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.BusinessProfile;
import com.execreports.model.ChannelFacts;
import com.execreports.model.PortfolioSnapshot;
import com.execreports.model.SiteFacts;

/** Marketing channels a business lacks: OTA listings where its customers book, an email list, search data for its site. */
final class ChannelFindings {

    /** Kinds whose customers look for them on online travel/booking marketplaces. */
    static final Set<String> OTA_KINDS = Set.of("bookings", "rental");

    private ChannelFindings() {
    }

    static void find(PortfolioSnapshot snapshot, ChannelFacts channels, List<PortfolioFinding> found) {
        for (String domain : snapshot.businesses()) {
            String kind = snapshot.of(domain, BusinessProfile.class).map(BusinessProfile::kind).orElse("");
            ChannelFacts.BusinessChannels c = channels.businesses().get(domain);
            String business = snapshot.businessName(domain);
            if (channels.otaRead() && OTA_KINDS.contains(kind) && (c == null || c.otaListings().isEmpty())) {
                found.add(new PortfolioFinding("no-ota." + domain, "medium", business,
                        "No OTA listing: the business is absent from the marketplaces where customers search and book",
                        channels.bucket() + "/" + channels.otaKey() + " — no row for " + domain,
                        "bookings from marketplace search go to competitors", 0, Set.of("cmo", "ceo"),
                        new Fix("List the booking businesses on the marketplaces their customers use", 2)));
            }
            if (channels.emailRead() && (c == null || c.emailSubscribed() == 0)) {
                found.add(new PortfolioFinding("no-email-list." + domain, "medium", business,
                        "No email subscribers: past customers cannot be reached for repeat bookings",
                        channels.bucket() + "/" + channels.emailKey() + " — 0 subscribed rows for " + domain,
                        "every booking has to be won again from scratch", 0, Set.of("cmo"),
                        new Fix("Capture an email opt-in at every booking and site form", 2)));
            }
            boolean hasSite = snapshot.of(domain, SiteFacts.class).isPresent();
            if (hasSite && !channels.seoFiles().isEmpty() && (c == null || (c.seoImpressions() == 0 && c.seoPages() == 0))) {
                // the exports were read and cover other businesses: this site is not verified in Search Console, or not exported
                found.add(new PortfolioFinding("no-search-data." + domain, "medium", business,
                        "No Search Console data: how the site is found in search (clicks, impressions, position) is unmeasured",
                        channels.bucket() + "/" + String.join(", ", channels.seoFiles()) + " — no row for " + domain,
                        "search demand and lost rankings go unseen; SEO work cannot be judged", 0, Set.of("cmo"),
                        new Fix("Verify every site in Google Search Console and add it to the monthly export", 1)));
            }
        }
    }
}
