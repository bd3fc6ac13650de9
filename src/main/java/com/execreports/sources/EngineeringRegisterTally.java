package com.execreports.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.execreports.model.EngineeringFacts;
import com.execreports.model.EngineeringFacts.DeliveryPractice;
import com.execreports.model.Facts;
import com.execreports.sources.CsvRows;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads the engineering register (CSV: business,repo,ci,staging,rollback,deploy_method,notes; one row per
 * business) into {@link EngineeringFacts}. The register is one small hand-kept object, streamed row by row.
 *
 * <p>ci, staging and rollback are yes/no (also y/n, true/false). A row whose answer is anything else, or that
 * names no business, is left out and sampled as a data issue with its line: guessing "no" would raise a finding
 * the register does not support, guessing "yes" would hide one. A register missing from the listing is an issue,
 * not a failure.
 */
public final class EngineeringRegisterTally implements ObjectTally {

    public static final String KIND = "s3-engineering-register";

    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");

    private final String domain;
    private final String source;
    private final String bucket;
    private final String key;
    private final IssueSample issues = new IssueSample();

    private final NamedObjects register;
    private boolean registerRead;
    private final Set<String> seen = new HashSet<>();
    private final List<DeliveryPractice> practices = new ArrayList<>();

    // each S3 tally stores its own parameters: the constructors look alike (OrgRegisterTally, CodeScanTally), the objects named differ
    public EngineeringRegisterTally(String domain, String source, String bucket, String key) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.key = key;
        this.register = new NamedObjects(bucket, key);
    }

    @Override
    public void inventory(String key, long size) {
        register.listed(key);
    }

    /** The register; when the listing lacks it, it is recorded as not found. */
    @Override
    public List<String> objectsToRead() {
        return List.copyOf(register.toRead(issues));
    }

    @Override
    public void read(String key, InputStream content) throws IOException {
        if (!key.equals(this.key)) {
            return;
        }
        String where = bucket + "/" + key;
        CsvRows.read(content, where, issues, rows -> register(where, rows));
    }

    private void register(String where, CsvRows rows) {
        int business = rows.column("business");
        int repo = rows.column("repo", "repository");
        int ci = rows.column("ci");
        int staging = rows.column("staging");
        int rollback = rows.column("rollback");
        int deploy = rows.column("deploy_method", "deploy method", "deploy");
        int notes = rows.column("notes");
        if (business < 0 || ci < 0 || staging < 0 || rollback < 0) {
            issues.add(IssueText.at(where, 1), "header lacks business, ci, staging or rollback");
            return;
        }
        registerRead = true;
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            row(IssueText.at(where, rows.line()), row, business, repo, ci, staging, rollback, deploy, notes);
        }
    }

    private void row(String at, CSVRecord row, int business, int repo, int ci, int staging, int rollback, int deploy,
                     int notes) {
        String id = CsvRows.value(row, business).toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            issues.add(at, "no business named");
            return;
        }
        Boolean hasCi = yesNo(CsvRows.value(row, ci));
        Boolean hasStaging = yesNo(CsvRows.value(row, staging));
        Boolean hasRollback = yesNo(CsvRows.value(row, rollback));
        List<String> unclear = new ArrayList<>();
        if (hasCi == null) {
            unclear.add("ci " + IssueText.quoted(CsvRows.value(row, ci)));
        }
        if (hasStaging == null) {
            unclear.add("staging " + IssueText.quoted(CsvRows.value(row, staging)));
        }
        if (hasRollback == null) {
            unclear.add("rollback " + IssueText.quoted(CsvRows.value(row, rollback)));
        }
        if (!unclear.isEmpty()) {
            issues.add(at, id + ": " + String.join(", ", unclear) + " is not yes or no");
            return;
        }
        if (!seen.add(id)) {
            issues.add(at, id + " is listed twice; the first row is kept");
            return;
        }
        practices.add(new DeliveryPractice(id, CsvRows.value(row, repo), hasCi, hasStaging, hasRollback,
                CsvRows.value(row, deploy), CsvRows.value(row, notes)));
    }

    private static Boolean yesNo(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return YES.contains(v) ? Boolean.TRUE : NO.contains(v) ? Boolean.FALSE : null;
    }

    @Override
    public void unreadable(String key, String reason) {
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        EngineeringFacts data = new EngineeringFacts(bucket, key, registerRead, List.copyOf(practices));
        return Facts.read(runId, domain, source, KIND, bucket, data, issues.kept(), issues.count());
    }
}
