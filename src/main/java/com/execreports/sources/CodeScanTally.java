package com.execreports.sources;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.execreports.model.Facts;
import com.execreports.model.SecurityFacts;
import com.execreports.security.ScanOutcome;
import com.execreports.security.SecretFinding;
import com.execreports.security.SecretScanner;

/**
 * Scans every object of a code bucket (deployment packages, exported repos, env files) for hardcoded secrets.
 * An object above the scanner's size limit is reported as not scanned without being fetched at all.
 */
public final class CodeScanTally implements ObjectTally {

    private final String domain;
    private final String source;
    private final String bucket;
    private final SecretScanner scanner;
    private final Map<String, Long> sizes = new HashMap<>();
    private final List<String> toRead = new ArrayList<>();
    private final List<SecurityFacts.Secret> secrets = new ArrayList<>();
    private final List<SecurityFacts.NotScanned> notScanned = new ArrayList<>();
    private final List<String> envFiles = new ArrayList<>();
    private final IssueSample issues = new IssueSample();
    private long objectsScanned;
    private long filesScanned;
    private long binariesSkipped;

    // each S3 tally stores its own parameters: the constructor looks like EngineeringRegisterTally's, what it reads differs
    public CodeScanTally(String domain, String source, String bucket, SecretScanner scanner) {
        this.domain = domain;
        this.source = source;
        this.bucket = bucket;
        this.scanner = scanner;
    }

    @Override
    public void inventory(String key, long size) {
        String name = key.substring(key.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.endsWith(".env") || name.startsWith(".env.")) {
            envFiles.add("s3://" + bucket + "/" + key);
        }
        if (size > scanner.limits().maxObjectBytes()) {
            notScanned.add(new SecurityFacts.NotScanned("s3://" + bucket + "/" + key, "not scanned: object is "
                    + String.format(Locale.US, "%,d", size) + " bytes, above the " + scanner.limits().maxObjectBytes() / (1024 * 1024)
                    + " MB limit"));
            return;
        }
        sizes.put(key, size);
        toRead.add(key);
    }

    @Override
    public List<String> objectsToRead() {
        return List.copyOf(toRead);
    }

    @Override
    public void read(String key, InputStream content) {
        ScanOutcome outcome = scanner.scanObject("s3://" + bucket + "/" + key, key, content, sizes.getOrDefault(key, -1L));
        filesScanned += outcome.filesScanned();
        binariesSkipped += outcome.binariesSkipped();
        for (SecretFinding f : outcome.findings()) {
            secrets.add(new SecurityFacts.Secret(f.ruleId(), f.severity(), f.description(), f.resource(), f.file(), f.line(),
                    f.variable(), f.fingerprint(), f.preview()));
        }
        if (outcome.scanned()) {
            objectsScanned++;
        } else {
            notScanned.add(new SecurityFacts.NotScanned(outcome.resource(), outcome.notScannedReason()));
        }
    }

    @Override
    public void unreadable(String key, String reason) {
        notScanned.add(new SecurityFacts.NotScanned("s3://" + bucket + "/" + key, "not scanned: " + reason));
        issues.add(bucket + "/" + key, reason);
    }

    @Override
    public Facts facts(String runId) {
        return Facts.read(runId, domain, source, "s3-code-scan", bucket, new SecurityFacts(bucket, objectsScanned, filesScanned,
                binariesSkipped, List.copyOf(secrets), List.copyOf(notScanned), List.copyOf(envFiles)), issues.kept(), issues.count());
    }
}
