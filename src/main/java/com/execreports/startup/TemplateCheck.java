package com.execreports.startup;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.execreports.config.ReportTemplates;
import com.execreports.config.ServiceConfiguration;

import freemarker.core.ParseException;
import freemarker.template.Configuration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles every FreeMarker template of {@code templates.dir} with the configuration the reports render with, so a
 * syntax error stops the service at start-up — not after three reports went out and the fourth failed to render.
 * Every report needs its {@code <role>.html.ftl} and {@code <role>.txt.ftl}.
 */
final class TemplateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCheck.class);

    /** @param dir the templates.dir value, already an existing directory */
    List<String> problems(String dir) {
        List<String> problems = new ArrayList<>();
        File directory = new File(dir);
        for (String role : ServiceConfiguration.ROLES) {
            for (String name : List.of(role + ".html.ftl", role + ".txt.ftl")) {
                if (!new File(directory, name).isFile()) {
                    problems.add(shown(dir, name) + ": missing (expected a template for the " + role + " report in templates.dir)");
                }
            }
        }
        Configuration freemarker;
        try {
            freemarker = ReportTemplates.from(directory);
        } catch (IOException e) {
            problems.add("templates.dir '" + dir + "': " + e.getMessage());
            return problems;
        }
        String[] names = directory.list((d, n) -> n.endsWith(".ftl"));
        Arrays.sort(names);
        for (String name : names) {
            try {
                freemarker.getTemplate(name);
            } catch (ParseException e) {
                LOG.debug("Template {} does not compile", name, e);
                problems.add(shown(dir, name) + " line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                        + ": not valid FreeMarker (" + firstLine(e.getEditorMessage()) + ")");
            } catch (IOException e) {
                LOG.debug("Template {} cannot be read", name, e);
                problems.add(shown(dir, name) + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return problems;
    }

    private static String shown(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
