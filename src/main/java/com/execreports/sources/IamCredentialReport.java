package com.execreports.sources;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.execreports.model.Facts;
import com.execreports.model.IamFacts;

import org.apache.camel.Exchange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CredentialReportNotPresentException;
import software.amazon.awssdk.services.iam.model.CredentialReportNotReadyException;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/**
 * Reads the account's IAM credential report (GenerateCredentialReport until AWS says COMPLETE, then
 * GetCredentialReport): one CSV row per user, root included. AWS regenerates it at most every 4 hours, so asking
 * for it is cheap. Bound as {@code iamCredentials}.
 */
public final class IamCredentialReport {

    /** How long to wait for AWS to finish generating the report; a few seconds for a small account. */
    static final Duration GENERATION_WAIT = Duration.ofSeconds(60);

    private final Supplier<IamClient> iam;
    private final Duration firstPoll;

    public IamCredentialReport(Supplier<IamClient> iam) {
        this(iam, Duration.ofMillis(250));
    }

    IamCredentialReport(Supplier<IamClient> iam, Duration firstPoll) {
        this.iam = iam;
        this.firstPoll = firstPoll;
    }

    public Tally open(String domain, String source) {
        return new Tally(domain, source);
    }

    /** Generates (or reuses) the report, waiting with a doubling pause while AWS writes it, then folds its rows. */
    public void read(Exchange exchange) throws InterruptedException {
        Tally tally = exchange.getProperty("tally", Tally.class);
        IamClient client = iam.get();
        long deadline = System.nanoTime() + GENERATION_WAIT.toNanos();
        long pause = firstPoll.toMillis();
        while (client.generateCredentialReport().state() != ReportStateType.COMPLETE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("IAM credential report still not generated after " + GENERATION_WAIT.toSeconds() + " s");
            }
            Thread.sleep(pause); // AWS's own advice: poll GenerateCredentialReport until COMPLETE
            pause = Math.min(pause * 2, 5000);
        }
        GetCredentialReportResponse report;
        try {
            report = client.getCredentialReport();
        } catch (CredentialReportNotReadyException | CredentialReportNotPresentException e) {
            throw new IllegalStateException("IAM credential report not available after AWS said COMPLETE: " + SourceFacts.describe(e), e);
        }
        tally.generatedAt = report.generatedTime() == null ? null : report.generatedTime().toString();
        tally.fold(report.content().asString(StandardCharsets.UTF_8));
        ReadDeadline.of(exchange).counted(tally.users.size(), "users");
    }

    /** The report's rows as {@link IamFacts}; a row it cannot read is named and left out. */
    public static final class Tally implements SourceTally {

        private final String domain;
        private final String source;
        private final List<IamFacts.User> users = new ArrayList<>();
        private final IssueSample issues = new IssueSample();
        private String generatedAt;

        Tally(String domain, String source) {
            this.domain = domain;
            this.source = source;
        }

        void fold(String csv) {
            try {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
                    String name = row.isMapped("user") ? row.get("user") : "?";
                    try {
                        users.add(user(row));
                    } catch (RuntimeException e) {
                        issues.add("credential report line " + row.getRecordNumber() + " user " + name, "unreadable row: " + e.getMessage());
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IllegalStateException("IAM credential report is not CSV: " + e.getMessage(), e);
            }
        }

        private static IamFacts.User user(CSVRecord row) {
            String name = row.get("user");
            boolean root = "<root_account>".equals(name);
            boolean console = root || "true".equals(row.get("password_enabled"));
            List<IamFacts.AccessKey> keys = new ArrayList<>();
            for (int slot = 1; slot <= 2; slot++) {
                String prefix = "access_key_" + slot + "_";
                boolean active = "true".equals(row.get(prefix + "active"));
                LocalDate rotated = date(row.get(prefix + "last_rotated"));
                if (active || rotated != null) {
                    keys.add(new IamFacts.AccessKey(slot, active, rotated, date(row.get(prefix + "last_used_date"))));
                }
            }
            return new IamFacts.User(name, root, console, "true".equals(row.get("mfa_active")), date(row.get("password_last_used")), keys);
        }

        /** The report writes ISO instants, or N/A, no_information, not_supported where it has none. */
        static LocalDate date(String value) {
            if (value == null || value.isBlank() || !Character.isDigit(value.charAt(0))) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDate.parse(value.substring(0, 10));
            }
        }

        @Override
        public Facts facts(String runId) {
            return Facts.read(runId, domain, source, "aws-iam", "IAM credential report", new IamFacts(generatedAt, users),
                    issues.kept(), issues.count());
        }
    }
}
