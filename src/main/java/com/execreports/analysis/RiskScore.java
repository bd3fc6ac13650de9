package com.execreports.analysis;

import java.util.Set;

/**
 * How much a finding threatens the portfolio, as one number: severity × money at stake × exposure × confidence.
 * It orders the findings and the actions of every report, so "Worst risk" and "Top action" say the same thing the
 * lists do. Money counts in orders of magnitude (a $500,000 gap is not a thousand $500 ones), so a live payment key
 * with no dollar figure still outranks a large but quiet bookkeeping gap, and effort never decides what comes first.
 */
public final class RiskScore {

    /** What the footer of every report and the README say the order is. */
    public static final String FORMULA = "Findings and actions in risk order: severity × money at stake (a year, full months)"
            + " × exposure (public, live, payment path) × confidence; effort breaks ties.";

    /** Above this an action's impact reads "critical": a high finding with a live credential or a public payment path, or ~$100,000 at stake. */
    static final double CRITICAL = 27;

    /** Money stops adding weight here ($1M), so no dollar figure can outweigh a live credential. */
    private static final double MONEY_CAP = 4;

    private RiskScore() {
    }

    /** Who can reach the thing a finding is about; each one multiplies the score. */
    public enum Exposure {
        /** anyone on the internet can reach it without signing in */
        PUBLIC(2),
        /** a production credential (live-mode key, cloud or database secret: the scanner's critical and high rules), not a test one */
        LIVE(3),
        /** it can move money: a payment-provider key, or an endpoint whose code or environment holds one */
        PAYMENT_PATH(2);

        final double factor;

        Exposure(double factor) {
            this.factor = factor;
        }
    }

    /** How sure the finding is of itself. */
    public enum Confidence {
        /** read directly from the data: a key in deployed code, a count in a table */
        MEASURED(1.0),
        /** follows from the data by a rule of thumb (a key in a file copy may already be rotated; leads may be kept elsewhere) */
        INFERRED(0.7),
        /** a suspicion for a person to check (an instance that may or may not be idle) */
        SUSPECTED(0.4);

        final double factor;

        Confidence(double factor) {
            this.factor = factor;
        }
    }

    /**
     * What the score is made of.
     *
     * @param severity     high | medium | low
     * @param centsAtStake money the finding puts at stake: a year of a recurring cost or loss (from full months), the
     *                     whole amount of money owed or unaccounted for; 0 when it cannot be estimated
     */
    public record Inputs(String severity, long centsAtStake, Set<Exposure> exposure, Confidence confidence) {

        public Inputs {
            exposure = Set.copyOf(exposure);
        }
    }

    static double of(Inputs in) {
        return severityWeight(in.severity()) * moneyFactor(in.centsAtStake()) * exposureFactor(in.exposure())
                * in.confidence().factor;
    }

    /** Each severity weighs three of the one below: three medium problems are worth one high one. */
    static double severityWeight(String severity) {
        return switch (severity) {
            case "high" -> 9;
            case "medium" -> 3;
            default -> 1;
        };
    }

    /** 1 with nothing at stake, +1 for every tenfold above $1,000: $10k ≈ 2, $100k ≈ 3, $1M and more 4. */
    static double moneyFactor(long cents) {
        // a weight, not an amount: double is fine here
        return Math.min(MONEY_CAP, 1 + Math.log10(1 + Math.max(0, cents) / 100_000.0));
    }

    static double exposureFactor(Set<Exposure> exposure) {
        double f = 1;
        for (Exposure e : exposure) {
            f *= e.factor;
        }
        return f;
    }
}
