package com.execreports.sources;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When RDS standard support of an engine's major version ends: past it, RDS bills Extended Support per vCPU-hour
 * (or, where there is none, upgrades the instance itself in a maintenance window). Dates from AWS's "Supported MySQL
 * major versions on Amazon RDS" and "Release calendar for Amazon RDS for PostgreSQL" (RDS User Guide and PostgreSQL
 * Release Notes, as of 2026); {@code aws rds describe-db-major-engine-versions} gives the same per account. Engines
 * and versions not listed are not judged.
 */
final class RdsStandardSupport {

    private static final Map<String, LocalDate> END = Map.ofEntries(
            Map.entry("mysql 5.7", LocalDate.of(2024, 2, 29)),
            Map.entry("mysql 8.0", LocalDate.of(2026, 7, 31)),
            Map.entry("mysql 8.4", LocalDate.of(2029, 7, 31)),
            Map.entry("postgres 11", LocalDate.of(2024, 2, 29)),
            Map.entry("postgres 12", LocalDate.of(2025, 2, 28)),
            Map.entry("postgres 13", LocalDate.of(2026, 2, 28)),
            Map.entry("postgres 14", LocalDate.of(2027, 2, 28)),
            Map.entry("postgres 15", LocalDate.of(2028, 2, 29)),
            Map.entry("postgres 16", LocalDate.of(2029, 2, 28)));

    private RdsStandardSupport() {
    }

    /** @param version as RDS reports it: 5.7.44, 8.0.35, 13.12 */
    static Optional<LocalDate> end(String engine, String version) {
        if (engine == null || version == null) {
            return Optional.empty();
        }
        String[] parts = version.split("\\.");
        // MySQL's major version is two numbers (8.0), PostgreSQL's one since 10 (13.12 → 13)
        String major = "mysql".equals(engine) && parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
        return Optional.ofNullable(END.get(engine + " " + major));
    }
}
