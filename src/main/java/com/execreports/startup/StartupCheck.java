package com.execreports.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.execreports.config.DomainFileCheck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks everything a person types before Camel starts: the properties (file, {@code -D}, environment), the rules
 * between them, the FreeMarker templates, the domain files' parameters and that each endpoint override answers.
 * Reads no source and sends nothing; takes about a second (the endpoint knocks wait at most two).
 */
public final class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);
    private static final Duration KNOCK_TIMEOUT = Duration.ofSeconds(2);
    private static final String ROUTES = "camel.main.routes-include-pattern";

    private final PropertyCatalog catalog = PropertyCatalog.service();

    /** The service's own configuration: the file, this JVM's -D properties and its environment. */
    public StartupProblems check(Path configFile) throws IOException {
        return check(configFile, true);
    }

    /** @param serving whether the command serves HTTP (the service); --once and --resend open no port */
    public StartupProblems check(Path configFile, boolean serving) throws IOException {
        return check(ServiceSettings.read(configFile, System.getProperties(), System.getenv()), configFile.toString(), serving);
    }

    StartupProblems check(ServiceSettings settings, String configFile) throws IOException {
        return check(settings, configFile, true);
    }

    StartupProblems check(ServiceSettings settings, String configFile, boolean serving) throws IOException {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        problems.addAll(timed("properties", () -> new PropertyCheck(catalog).problems(settings, configFile)));
        problems.addAll(timed("schedules", () -> new ScheduleCheck(settings, configFile).problems()));
        problems.addAll(timed("rules between properties", () -> new SettingsConsistency(catalog, settings, serving).problems()));
        Optional<ConfiguredValue> templates = fitting(settings, "templates.dir");
        if (templates.isPresent()) {
            problems.addAll(timed("templates", () -> new TemplateCheck().problems(templates.get().value())));
        }
        problems.addAll(timed("route files", () -> DomainFileCheck.problems(settings.value(ROUTES, ""))));
        Optional<ConfiguredValue> endpoint = fitting(settings, "aws.endpoint").filter(v -> !v.value().isBlank());
        if (endpoint.isPresent()) {
            problems.addAll(timed("endpoints", () -> new EndpointProbe(KNOCK_TIMEOUT).problems(endpoint.get(), CalledServices.of(settings))));
        }
        LOG.info("Start-up check of {}: {} in {} ms", configFile, problems.isEmpty() ? "all well" : problems.size() + " problem(s)",
                (System.nanoTime() - started) / 1_000_000);
        return new StartupProblems(problems);
    }

    private interface Part {
        List<String> problems() throws IOException;
    }

    private static List<String> timed(String what, Part part) throws IOException {
        long started = System.nanoTime();
        try {
            return part.problems();
        } finally {
            LOG.debug("Start-up check of the {} took {} ms", what, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Optional<ConfiguredValue> fitting(ServiceSettings settings, String key) {
        return settings.effective(key).filter(v -> catalog.get(key).map(p -> p.format().refuse(v.value()).isEmpty()).orElse(true));
    }
}
