package com.execreports.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The canonical answer of one source in one run: what it read, or why it could not.
 *
 * @param runId    the run this answers
 * @param domain   business id, e.g. {@code jada}
 * @param source   source name within the business, e.g. {@code bookings}
 * @param kind     the source template that produced it, e.g. {@code ddb-bookings}
 * @param resource the AWS resource read: table, bucket or bucket/prefix
 * @param status   ok, partial, failed or timed out
 * @param data     the folded facts; null unless the source was read
 * @param error    why the source failed, naming the resource; null when read
 * @param issues   a bounded sample of unreadable items
 * @param unreadable how many items could not be read in all (the sample holds at most a few)
 * @param pastedSecrets credentials found in the source's data values (a notes cell, an attribute), each named by
 *                 where it was pasted; the values themselves were replaced by their redacted form when read
 * @param stopped  where reading stopped when the source's time budget ran out (its status is then partial); null when
 *                 it was read to its end
 * @param asOf     when the data read was taken: a copy's time (a DynamoDB export), or when the source's timer last read
 *                 it for a run that used those facts; null when it read the resource as it is during the run
 */
public record Facts(String runId, String domain, String source, String kind, String resource, SourceStatus status,
                   SourceData data, String error, List<DataIssue> issues, long unreadable,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SecurityFacts.Secret> pastedSecrets,
                   @JsonInclude(JsonInclude.Include.NON_NULL) ReadStop stopped,
                   @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime asOf) {

    public Facts {
        // a snapshot archived before data values were redacted reads back with none
        pastedSecrets = pastedSecrets == null ? List.of() : List.copyOf(pastedSecrets);
    }

    public Facts(String runId, String domain, String source, String kind, String resource, SourceStatus status,
                 SourceData data, String error, List<DataIssue> issues, long unreadable) {
        this(runId, domain, source, kind, resource, status, data, error, issues, unreadable, List.of(), null, null);
    }

    public Facts(String runId, String domain, String source, String kind, String resource, SourceStatus status,
                 SourceData data, String error, List<DataIssue> issues, long unreadable, List<SecurityFacts.Secret> pastedSecrets) {
        this(runId, domain, source, kind, resource, status, data, error, issues, unreadable, pastedSecrets, null, null);
    }

    /** These facts, read only up to where the source's budget stopped it: partial, whatever else was read. */
    public Facts stoppedAt(ReadStop stop) {
        if (stop == null || data == null) {
            return this;
        }
        return new Facts(runId, domain, source, kind, resource, SourceStatus.PARTIAL, data, error, issues, unreadable,
                pastedSecrets, stop, asOf);
    }

    /** These facts with the credentials found pasted into the source's data added. */
    public Facts withPastedSecrets(List<SecurityFacts.Secret> found) {
        if (found.isEmpty()) {
            return this;
        }
        List<SecurityFacts.Secret> all = new java.util.ArrayList<>(pastedSecrets);
        all.addAll(found);
        return new Facts(runId, domain, source, kind, resource, status, data, error, issues, unreadable, all, stopped, asOf);
    }

    /** These facts, read from a copy of the resource taken at {@code taken} (an export), not the resource itself. */
    public Facts takenAt(OffsetDateTime taken) {
        return new Facts(runId, domain, source, kind, resource, status, data, error, issues, unreadable, pastedSecrets,
                stopped, taken);
    }

    /** These facts under another run's id (null: as archived, where the run that read them is not content). */
    public Facts withRunId(String id) {
        return new Facts(id, domain, source, kind, resource, status, data, error, issues, unreadable, pastedSecrets, stopped, asOf);
    }

    /** These facts with another reason they could not be read. */
    public Facts withError(String reason) {
        return new Facts(runId, domain, source, kind, resource, status, data, reason, issues, unreadable, pastedSecrets, stopped, asOf);
    }

    /**
     * Facts an earlier read left, used by a run: stamped with the run's id, and as of their read when that was not the
     * run's own instant (a copy keeps the time it was taken).
     */
    public Facts usedBy(String id, OffsetDateTime readAt, OffsetDateTime runAsOf) {
        OffsetDateTime taken = asOf != null || readAt.isEqual(runAsOf) ? asOf : readAt.atZoneSameInstant(runAsOf.getOffset()).toOffsetDateTime();
        return new Facts(id, domain, source, kind, resource, status, data, error, issues, unreadable, pastedSecrets, stopped, taken);
    }

    public String name() {
        return domain + "/" + source;
    }

    public boolean usable() {
        return data != null && (status == SourceStatus.OK || status == SourceStatus.PARTIAL);
    }

    public static Facts read(String runId, String domain, String source, String kind, String resource, SourceData data,
                             List<DataIssue> issues, long unreadable) {
        SourceStatus status = unreadable == 0 ? SourceStatus.OK : SourceStatus.PARTIAL;
        return new Facts(runId, domain, source, kind, resource, status, data, null, List.copyOf(issues), unreadable);
    }

    public static Facts failed(String runId, String domain, String source, String kind, String resource, String error) {
        return new Facts(runId, domain, source, kind, resource, SourceStatus.FAILED, null, error, List.of(), 0);
    }

    public static Facts timedOut(String runId, String domain, String source, long timeoutMillis) {
        return new Facts(runId, domain, source, null, null, SourceStatus.TIMED_OUT, null,
                "no answer within " + timeoutMillis / 1000 + " s", List.of(), 0);
    }
}
