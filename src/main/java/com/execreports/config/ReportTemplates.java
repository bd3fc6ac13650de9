package com.execreports.config;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration the freemarker component renders with: templates from a directory (so they
 * change without a rebuild), UTF-8, HTML auto-escaping for {@code *.html.ftl}, errors rethrown, no class
 * instantiation from templates.
 */
public final class ReportTemplates {

    private ReportTemplates() {
    }

    public static Configuration from(File directory) throws IOException {
        if (!directory.isDirectory()) {
            throw new IOException("templates directory not found: " + directory.getAbsolutePath()
                    + " (property templates.dir)");
        }
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(directory);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.html.ftl"), html));
        return cfg;
    }
}
