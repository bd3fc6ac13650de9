package com.execreports.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every property a person set against {@link PropertyCatalog}: a key the service would never read (with the
 * key probably meant), a value that does not fit, a required key left unset.
 *
 * <p>Which keys are checked: every key of the configuration file but Camel's own ({@code camel.*}); every {@code -D}
 * key under the service's prefixes, and any other {@code -D} key within two slips of a known one
 * ({@code -Dmetric.port}). Environment variables are checked for the values they give known keys, never for unknown
 * names: a variable maps to a key ambiguously ({@code MAIL_TO_CEO} could be {@code mail.to-ceo}) and the environment
 * holds many that are not the service's ({@code AWS_ACCESS_KEY_ID}), so an unknown one cannot be called a typo.
 */
final class PropertyCheck {

    // the AWS SDK and Jakarta Mail read these -D families themselves: under our prefixes, but not ours
    private static final Set<String> SDK_PROPERTIES = Stream.concat(
                    Arrays.stream(software.amazon.awssdk.core.SdkSystemSetting.values()).map(s -> s.property()),
                    Arrays.stream(software.amazon.awssdk.profiles.ProfileFileSystemSetting.values()).map(s -> s.property()))
            .collect(Collectors.toUnmodifiableSet());
    // keys the service read once, refused with where their setting lives now rather than a near-miss
    private static final java.util.Map<String, String> REPLACED = java.util.Map.of(
            "metrics.port", "health and metrics are served by Camel's HTTP server: set camel.server.port and camel.management.port"
                    + " (the same port: one server)",
            "metrics.host", "health and metrics are served by Camel's HTTP server: set camel.server.host and camel.management.host");
    private static final List<String> MAIL_LIBRARY_PREFIXES = List.of("mail.mime.", "mail.smtp.", "mail.smtps.", "mail.imap.",
            "mail.imaps.", "mail.pop3.", "mail.pop3s.", "mail.store.", "mail.transport.", "mail.debug", "mail.event.");
    // the JVM's and Camel's own -D keys are never near-misses of ours
    private static final List<String> NOT_OURS = List.of("camel.", "java.", "javax.", "jdk.", "sun.", "os.", "user.", "file.",
            "line.", "path.", "org.", "com.", "native.", "stdout.", "stderr.", "surefire.", "maven.", "basedir", "execreports.");

    private final PropertyCatalog catalog;

    PropertyCheck(PropertyCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> problems(ServiceSettings settings, String configFile) {
        List<String> problems = new ArrayList<>();
        for (ConfiguredValue v : settings.fileEntries()) {
            if (!v.key().startsWith("camel.") && catalog.get(v.key()).isEmpty()) {
                problems.add(unknown(v));
            }
        }
        for (ConfiguredValue v : settings.systemEntries()) {
            if (catalog.get(v.key()).isPresent() || foreign(v.key())) {
                continue;
            }
            if (PropertyCatalog.ours(v.key())) {
                problems.add(unknown(v));
            } else if (NOT_OURS.stream().noneMatch(v.key()::startsWith) && v.key().contains(".")
                    && NearestName.of(v.key(), catalog.keys()).filter(k -> NearestName.distance(v.key(), k) <= 2).isPresent()) {
                problems.add(unknown(v));
            }
        }
        for (PropertyCatalog.KnownProperty p : catalog.all()) {
            settings.effective(p.key()).ifPresentOrElse(
                    v -> p.format().refuse(v.value()).ifPresent(why -> problems.add(v.whereWithValue() + ": " + why)),
                    () -> {
                        if (p.required()) {
                            problems.add(configFile + ": " + p.key() + " is not set (expected " + p.format().expected() + ")");
                        }
                    });
        }
        return problems;
    }

    private String unknown(ConfiguredValue v) {
        if (v.key().startsWith(PropertyCatalog.KPI_TARGET)) {
            String kpi = v.key().substring(PropertyCatalog.KPI_TARGET.length());
            List<String> targets = catalog.keys().stream().filter(k -> k.startsWith(PropertyCatalog.KPI_TARGET)).toList();
            return v.where() + ": no KPI is keyed '" + kpi + "'" + NearestName.of(v.key(), targets)
                    .map(k -> " (did you mean " + k + "?)").orElse(" (expected a KPI name in lower case joined by '-', such as "
                            + PropertyCatalog.KPI_TARGET + "monthly-recurring-revenue)");
        }
        java.util.regex.Matcher schedule = java.util.regex.Pattern.compile("(schedule\\.[a-z0-9][a-z0-9-]*\\.)([^.]+)").matcher(v.key());
        if (schedule.matches() && !catalog.keys().contains(v.key())) {
            return v.where() + ": not a property the service reads" + NearestName.of(schedule.group(2),
                    com.execreports.schedule.Schedules.PARTS).map(p -> " (did you mean " + schedule.group(1) + p + "?)")
                    .orElse(" (a schedule's keys are " + schedule.group(1) + "cron, .timezone, .roles and .period)");
        }
        if (REPLACED.containsKey(v.key())) {
            return v.where() + ": no longer read: " + REPLACED.get(v.key());
        }
        return v.where() + ": not a property the service reads" + NearestName.of(v.key(), catalog.keys())
                .map(k -> " (did you mean " + k + "?)").orElse(" (application.properties lists the ones it reads)");
    }

    private static boolean foreign(String key) {
        // the SDK's own settings are camelCase (aws.accessKeyId); the service's keys are lower case
        return SDK_PROPERTIES.contains(key) || key.startsWith("aws.") && !key.equals(key.toLowerCase(java.util.Locale.ROOT))
                || MAIL_LIBRARY_PREFIXES.stream().anyMatch(key::startsWith);
    }
}
