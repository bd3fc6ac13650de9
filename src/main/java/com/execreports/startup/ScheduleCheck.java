package com.execreports.startup;

import java.text.ParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import com.execreports.schedule.Schedules;

import org.quartz.CronExpression;

/**
 * The named schedules ({@code schedule.NAME.cron}, {@code .timezone}, {@code .roles}, {@code .period}): each value fits,
 * each schedule has its cron and zone and fires again; the single schedule of old ({@code schedule.cron},
 * {@code schedule.timezone}) is refused beside them, as it would silently stop meaning anything. One line per problem.
 */
final class ScheduleCheck {

    private static final List<String> LEGACY = List.of("schedule.cron", "schedule.timezone");

    private final ServiceSettings settings;
    private final String configFile;

    ScheduleCheck(ServiceSettings settings, String configFile) {
        this.settings = settings;
        this.configFile = configFile;
    }

    List<String> problems() {
        Set<String> keys = new LinkedHashSet<>();
        settings.fileEntries().forEach(v -> keys.add(v.key()));
        settings.systemEntries().forEach(v -> keys.add(v.key()));
        Set<String> names = new LinkedHashSet<>(Schedules.names(keys));
        PropertyCatalog catalog = PropertyCatalog.service();
        names.removeIf(n -> catalog.get("schedule." + n + ".cron").isEmpty());
        List<String> problems = new ArrayList<>();
        if (names.isEmpty()) {
            if (settings.effective("schedule.cron").isEmpty()) {
                problems.add(configFile + ": no schedule is set (expected schedule.NAME.cron and schedule.NAME.timezone, such as "
                        + "schedule.weekly.cron = 0 0 7 ? * MON)");
            }
            return problems;
        }
        for (String legacy : LEGACY) {
            settings.effective(legacy).ifPresent(v -> problems.add(v.where() + ": replaced by the named schedules ("
                    + String.join(", ", names) + "): set schedule." + names.iterator().next() + legacy.substring("schedule".length())
                    + " instead"));
        }
        for (String name : names) {
            String prefix = "schedule." + name + ".";
            Optional<ConfiguredValue> cron = part(prefix + "cron", problems, true);
            Optional<ConfiguredValue> zone = part(prefix + "timezone", problems, true);
            part(prefix + "roles", problems, false);
            part(prefix + "period", problems, false);
            if (cron.isPresent() && zone.isPresent()) {
                neverFires(cron.get(), zone.get(), problems);
            }
        }
        return problems;
    }

    /** The value when it is set and fits; a line for one that does not fit, or for a required one not set. */
    private Optional<ConfiguredValue> part(String key, List<String> problems, boolean required) {
        String part = key.substring(key.lastIndexOf('.') + 1);
        ValueFormat format = PropertyCatalog.schedulePart(part);
        Optional<ConfiguredValue> v = settings.effective(key);
        if (v.isEmpty()) {
            if (required) {
                problems.add(configFile + ": " + key + " is not set (expected " + format.expected() + ")");
            }
            return Optional.empty();
        }
        Optional<String> why = format.refuse(v.get().value());
        why.ifPresent(w -> problems.add(v.get().whereWithValue() + ": " + w));
        return why.isPresent() ? Optional.empty() : v;
    }

    private static void neverFires(ConfiguredValue cron, ConfiguredValue zone, List<String> problems) {
        try {
            CronExpression expression = new CronExpression(cron.value());
            expression.setTimeZone(TimeZone.getTimeZone(ZoneId.of(zone.value())));
            if (expression.getNextValidTimeAfter(new Date()) == null) {
                problems.add(cron.whereWithValue() + ": never fires from now on (expected a schedule with a next run)");
            }
        } catch (ParseException e) {
            problems.add(cron.whereWithValue() + ": " + e.getMessage());
        }
    }
}
