package com.execreports.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The RDS database instances of the account, as DescribeDBInstances lists them: a portfolio without any has an empty
 * list, and the reports then say nothing about databases.
 */
public record RdsFacts(List<Instance> instances) implements SourceData {

    public RdsFacts {
        instances = List.copyOf(instances);
    }

    /**
     * @param business               the instance's {@code business} tag, or null when untagged
     * @param endOfStandardSupport   when RDS standard support of its major version ends (or ended), or null when the
     *                               service's table does not know the engine version
     * @param backupRetentionDays    0: automated backups are off, no point-in-time restore
     */
    public record Instance(String id, String business, String engine, String engineVersion, String instanceClass,
                           boolean publiclyAccessible, boolean storageEncrypted, int backupRetentionDays, boolean multiAz,
                           LocalDate endOfStandardSupport) {
    }
}
