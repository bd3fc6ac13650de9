package com.execreports.analysis;

import java.util.List;
import java.util.Set;

import com.execreports.analysis.PortfolioFinding.Fix;
import com.execreports.model.PortfolioSnapshot;

/**
 * A business whose domain file names an owner the organisation register does not name for it: actions and reports may
 * go to the wrong person, so the two records must be made to agree (the actions follow the register meanwhile).
 */
final class OwnerMismatchFindings {

    static final Fix FIX = new Fix("Make each domain file's owner agree with the organisation register", 1);

    private OwnerMismatchFindings() {
    }

    static void find(PortfolioSnapshot snapshot, List<PortfolioFinding> found) {
        ActionOwners owners = new ActionOwners(snapshot);
        for (ActionOwners.Mismatch m : owners.mismatches()) {
            String register = m.registered().isEmpty() ? "names no one for " + m.domain() : "names " + String.join(", ", m.registered());
            found.add(new PortfolioFinding("owner-mismatch." + m.domain(), "medium", snapshot.businessName(m.domain()),
                    "The domain file names " + m.fileOwner() + " as owner; the org register does not name them for this business",
                    m.file() + " — owner: " + m.fileOwner() + "; " + owners.registerWhere() + " — " + register,
                    "its actions go to " + owners.business(m.domain()).name() + ", whom the register names, not to " + m.fileOwner(), 0, Set.of("ceo"), FIX));
        }
    }
}
