package com.execreports.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.execreports.model.Facts;
import com.execreports.model.RdsFacts;

import org.apache.camel.Exchange;

import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;
import software.amazon.awssdk.services.rds.model.Tag;

/** Lists the account's RDS instances page by page (Marker): engine, exposure, encryption, backups, Multi-AZ. Bound as {@code rdsInstances}. */
public final class RdsInstances {

    private final Supplier<RdsClient> rds;

    public RdsInstances(Supplier<RdsClient> rds) {
        this.rds = rds;
    }

    public Tally open(String domain, String source) {
        return new Tally(domain, source);
    }

    /** @param pageSize MaxRecords, 20–100 as RDS takes it */
    public void read(Exchange exchange, int pageSize) {
        Tally tally = exchange.getProperty("tally", Tally.class);
        ReadDeadline deadline = ReadDeadline.of(exchange);
        int max = Math.max(20, Math.min(100, pageSize));
        String marker = null;
        do {
            String from = marker;
            DescribeDbInstancesResponse page = rds.get().describeDBInstances(b -> b.maxRecords(max).marker(from));
            page.dbInstances().forEach(tally::instance);
            deadline.counted(page.dbInstances().size(), "instances");
            marker = page.marker() == null || page.marker().isEmpty() ? null : page.marker();
        } while (marker != null && deadline.goOn());
    }

    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final List<RdsFacts.Instance> instances = new ArrayList<>();

        Tally(String domain, String source) {
            this.domain = domain;
            this.source = source;
        }

        void instance(DBInstance d) {
            String business = d.tagList().stream().filter(t -> "business".equals(t.key())).map(Tag::value).findFirst().orElse(null);
            instances.add(new RdsFacts.Instance(d.dbInstanceIdentifier(), business, d.engine(), d.engineVersion(), d.dbInstanceClass(),
                    Boolean.TRUE.equals(d.publiclyAccessible()), Boolean.TRUE.equals(d.storageEncrypted()),
                    d.backupRetentionPeriod() == null ? 0 : d.backupRetentionPeriod(), Boolean.TRUE.equals(d.multiAZ()),
                    RdsStandardSupport.end(d.engine(), d.engineVersion()).orElse(null)));
        }

        @Override
        public Facts facts(String runId) {
            return Facts.read(runId, domain, source, "aws-rds", "RDS DB instances", new RdsFacts(instances), List.of(), 0);
        }
    }
}
