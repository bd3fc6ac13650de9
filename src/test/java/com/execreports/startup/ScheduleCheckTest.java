package com.execreports.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The named schedules at start-up: the shipped two accepted, each malformed one refused with one line naming its key. */
class ScheduleCheckTest {

    @TempDir
    Path dir;

    @Test
    void should_accept_the_shipped_schedules_and_a_third_added_by_minus_d() throws Exception {
        assertThat(problems(Map.of(), Map.of())).isEmpty();
        assertThat(problems(Map.of(), Map.of("schedule.monthly-cfo.cron", "0 0 7 1 * ?", "schedule.monthly-cfo.timezone", "Europe/Paris",
                "schedule.monthly-cfo.roles", "cfo, accounting", "schedule.monthly-cfo.period", "month"))).isEmpty();
    }

    @Test
    void should_refuse_each_malformed_part_with_one_line() throws Exception {
        assertThat(problems(Map.of("schedule.daily-ceo.roles", "ceo,coo", "schedule.daily-ceo.period", "fortnight",
                "schedule.weekly.timezone", "America/Los_Angles"), Map.of())).containsExactlyInAnyOrder(
                file() + ": schedule.weekly.timezone = 'America/Los_Angles': expected a time zone id such as America/Los_Angeles or UTC"
                        + " (did you mean America/Los_Angeles?)",
                file() + ": schedule.daily-ceo.roles = 'ceo,coo': expected some of ceo,cto,cfo,cmo,accounting, comma-separated ('coo' is"
                        + " not a report)",
                file() + ": schedule.daily-ceo.period = 'fortnight': expected one of day, week, month");
    }

    @Test
    void should_name_a_schedule_without_its_cron_or_zone_and_one_that_never_fires() throws Exception {
        assertThat(problems(Map.of(), Map.of("schedule.quarterly.roles", "cfo", "schedule.weekly.cron", "0 0 7 1 1 ? 2020")))
                .containsExactlyInAnyOrder(
                        file() + ": schedule.quarterly.cron is not set (expected a Quartz cron expression (second minute hour day-of-month"
                                + " month day-of-week [year]) such as 0 0 7 ? * MON)",
                        file() + ": schedule.quarterly.timezone is not set (expected a time zone id such as America/Los_Angeles or UTC)",
                        "-Dschedule.weekly.cron='0 0 7 1 1 ? 2020': never fires from now on (expected a schedule with a next run)");
    }

    @Test
    void should_refuse_the_single_schedule_of_old_beside_named_ones_and_accept_it_alone() throws Exception {
        assertThat(problems(Map.of(), Map.of("schedule.cron", "0 0 8 ? * MON"))).containsExactly(
                "-Dschedule.cron: replaced by the named schedules (weekly, daily-ceo): set schedule.weekly.cron instead");

        Map<String, String> old = new HashMap<>();
        for (String name : List.of("weekly", "daily-ceo")) {
            for (String part : List.of("cron", "timezone", "roles", "period")) {
                old.put("schedule." + name + "." + part, null);
            }
        }
        old.put("schedule.cron", "0 0 7 ? * MON");
        old.put("schedule.timezone", "America/Los_Angeles");
        assertThat(problems(old, Map.of())).isEmpty();
        old.put("schedule.cron", null);
        assertThat(problems(old, Map.of())).containsExactly(file() + ": no schedule is set (expected schedule.NAME.cron and"
                + " schedule.NAME.timezone, such as schedule.weekly.cron = 0 0 7 ? * MON)");
    }

    @Test
    void should_suggest_the_part_meant_for_a_misspelt_schedule_key() throws Exception {
        assertThat(new PropertyCheck(PropertyCatalog.service()).problems(ConfigFiles.settings(ConfigFiles.projectWith(dir, Map.of()),
                Map.of("schedule.weekly.timezon", "UTC"), Map.of()), file())).containsExactly(
                "-Dschedule.weekly.timezon: not a property the service reads (did you mean schedule.weekly.timezone?)");
    }

    private List<String> problems(Map<String, String> fileChanges, Map<String, String> system) throws Exception {
        Path file = ConfigFiles.projectWith(dir, fileChanges);
        return new ScheduleCheck(ConfigFiles.settings(file, system, Map.of()), file.toString()).problems();
    }

    private String file() {
        return dir.resolve("application.properties").toString();
    }
}
