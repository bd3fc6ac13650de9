package com.execreports.sources;

import com.execreports.model.Run;
import com.execreports.security.SecretScanner;

/** Opens the secret-scan tally of a code bucket. Bound as {@code securityTallies}. */
public final class SecurityTallies {

    private final SecretScanner scanner;

    public SecurityTallies(SecretScanner scanner) {
        this.scanner = scanner;
    }

    public CodeScanTally codeScan(Run run, String domain, String source, String bucket) {
        return new CodeScanTally(domain, source, bucket, scanner);
    }
}
