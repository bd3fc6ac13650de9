package com.execreports.model;

import java.util.List;
import java.util.Optional;

/**
 * What the engineering register (a CSV kept by hand) says about how each business ships its software: its
 * repository, whether changes pass CI, go through a staging environment and can be rolled back, and how they
 * are deployed. Business ids are lower-cased, as the domain files name them.
 *
 * @param bucket       the S3 bucket holding the register
 * @param key          the register's key
 * @param registerRead the register was found and its header understood: without it, no row means nothing
 * @param businesses   one entry per readable row, in file order
 */
public record EngineeringFacts(String bucket, String key, boolean registerRead, List<DeliveryPractice> businesses)
        implements SourceData {

    public Optional<DeliveryPractice> forBusiness(String business) {
        return businesses.stream().filter(b -> b.business().equals(business)).findFirst();
    }

    /**
     * One business's delivery practice, as the register states it.
     *
     * @param repo         where its code lives, as written ("" when the register leaves it blank)
     * @param deployMethod how changes reach production, as written
     * @param notes        the register's note, as written
     */
    public record DeliveryPractice(String business, String repo, boolean ci, boolean staging, boolean rollback,
                                   String deployMethod, String notes) {

        /** What the business lacks, in the order CI, staging, rollback; empty when it has all three. */
        public List<String> missing() {
            List<String> missing = new java.util.ArrayList<>();
            if (!ci) {
                missing.add("CI");
            }
            if (!staging) {
                missing.add("staging");
            }
            if (!rollback) {
                missing.add("rollback");
            }
            return List.copyOf(missing);
        }
    }
}
