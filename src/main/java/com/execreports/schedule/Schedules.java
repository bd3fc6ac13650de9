package com.execreports.schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.execreports.config.ServiceConfiguration;

/**
 * The service's schedules, read from properties {@code schedule.NAME.cron}, {@code .timezone}, {@code .roles} (default:
 * all five reports) and {@code .period} (day, week or month; default week). A configuration without any keeps the
 * single schedule of {@code schedule.cron} and {@code schedule.timezone}: the schedule {@code weekly}, all five reports,
 * each ISO week. Start-up refuses malformed ones before this reads them (startup.ScheduleCheck).
 *
 * @param all in the order their names first appear
 */
public record Schedules(List<NamedSchedule> all) {

    /** {@code schedule.NAME.PART}; NAME in lower case, digits and '-'. */
    public static final Pattern KEY = Pattern.compile("schedule\\.([a-z0-9][a-z0-9-]*)\\.(cron|timezone|roles|period)");
    public static final List<String> PARTS = List.of("cron", "timezone", "roles", "period");
    /** The name of the schedule the single schedule.cron/schedule.timezone pair stands for. */
    public static final String LEGACY_NAME = "weekly";

    public Schedules {
        all = List.copyOf(all);
    }

    /**
     * @param keys  every property key set (file, -D): where schedule names are found
     * @param value a key's effective value (environment, -D, file)
     */
    public static Schedules read(Set<String> keys, Function<String, Optional<String>> value) {
        Set<String> names = names(keys);
        List<NamedSchedule> all = new ArrayList<>();
        if (names.isEmpty()) {
            String cron = value.apply("schedule.cron").orElseThrow(() -> new IllegalArgumentException("no schedule: set schedule.NAME.cron"));
            String zone = value.apply("schedule.timezone").orElse("UTC");
            all.add(new NamedSchedule(LEGACY_NAME, cron.trim(), ZoneId.of(zone.trim()), ServiceConfiguration.ROLES, Cadence.WEEK));
        }
        for (String name : names) {
            String prefix = "schedule." + name + ".";
            String cron = value.apply(prefix + "cron").orElseThrow(() -> new IllegalArgumentException(prefix + "cron is not set"));
            String zone = value.apply(prefix + "timezone").orElseThrow(() -> new IllegalArgumentException(prefix + "timezone is not set"));
            List<String> roles = value.apply(prefix + "roles").filter(r -> !r.isBlank()).map(Schedules::roles).orElse(ServiceConfiguration.ROLES);
            Cadence cadence = value.apply(prefix + "period").filter(p -> !p.isBlank()).map(Cadence::parse).orElse(Cadence.WEEK);
            all.add(new NamedSchedule(name, cron.trim(), ZoneId.of(zone.trim()), roles, cadence));
        }
        return new Schedules(all);
    }

    /** The schedule names among the keys, in their order. */
    public static Set<String> names(Set<String> keys) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : keys) {
            Matcher m = KEY.matcher(key);
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** "ceo, cfo" → [ceo, cfo], in delivery order whatever order they were typed in. */
    public static List<String> roles(String value) {
        List<String> typed = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String role : typed) {
            if (!ServiceConfiguration.ROLES.contains(role)) {
                throw new IllegalArgumentException("'" + role + "' is not a report");
            }
        }
        return ServiceConfiguration.ROLES.stream().filter(typed::contains).toList();
    }

    /** The schedule of that name; a blank name is the default one ({@link #byDefault}). */
    public NamedSchedule named(String name) {
        if (name == null || name.isBlank()) {
            return byDefault();
        }
        return all.stream().filter(s -> s.name().equals(name.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schedule named '" + name + "' (configured: " + String.join(", ", names()) + ")"));
    }

    /** What {@code --once} runs without {@code --schedule}: the one named weekly, or else the first configured. */
    public NamedSchedule byDefault() {
        return all.stream().filter(s -> s.name().equals(LEGACY_NAME)).findFirst().orElse(all.get(0));
    }

    public List<String> names() {
        return all.stream().map(NamedSchedule::name).toList();
    }
}
