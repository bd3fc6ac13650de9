package com.execreports.schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Quartz route per schedule, {@code schedule-NAME}, that starts a run of it: the cron is read in the schedule's own
 * zone (Quartz's CronTrigger with that time zone). Built from properties at start-up because YAML routes cannot be
 * repeated per name. Behind {@code master:} when the replicas elect a leader, so only the leader's fire.
 */
public final class ScheduleRoutes extends RouteBuilder {

    /** The header naming the schedule a run is for (the run route picks its zone, roles and period from it). */
    public static final String HEADER = "ExecReportsSchedule";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRoutes.class);

    private final Schedules schedules;
    private final String leaderPrefix;

    /** @param leaderPrefix {@code master:NAMESPACE:} when one replica leads, "" when every replica runs the schedules */
    public ScheduleRoutes(Schedules schedules, String leaderPrefix) {
        this.schedules = schedules;
        this.leaderPrefix = leaderPrefix;
    }

    @Override
    public void configure() {
        for (NamedSchedule s : schedules.all()) {
            // a placeholder, resolved when the routes start: --once turns the schedules off with an override set after this runs
            from(uri(s)).routeId(s.routeId()).autoStartup("{{schedule.enabled}}")
                    .setHeader(HEADER, constant(s.name()))
                    // a scheduled run uses what the sources' own timers last read (reading now only those without fresh facts)
                    .setHeader("ExecReportsLatestFacts", constant("true"))
                    .to("direct:run");
        }
    }

    /** At start, one line per schedule: its next run in its own zone (Quartz's own line gives it in UTC). */
    public void logNextRuns(Instant now) {
        schedules.all().forEach(s -> LOG.info(s.nextRunLine(now)));
    }

    /** The Quartz endpoint of a schedule: its own trigger in group exec-reports, cron and zone as query options. */
    String uri(NamedSchedule s) {
        return leaderPrefix + "quartz://exec-reports/" + s.name() + "?cron=" + URLEncoder.encode(s.cron(), StandardCharsets.UTF_8)
                + "&trigger.timeZone=" + s.zone().getId()
                // a run still going when the schedule fires again is not joined by a second one of the same schedule
                + "&stateful=true";
    }
}
