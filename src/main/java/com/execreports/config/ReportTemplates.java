package com.execreports.config;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker configuration the freemarker component renders with: templates from a directory (so they
 * change without a rebuild), UTF-8, errors rethrown, no class
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
        // no text value, from whatever field, can make a report unbounded
        cfg.setObjectWrapper(new CappedTextWrapper(Configuration.VERSION_2_3_34));
        // HTML escaping is declared in each HTML template (<#ftl output_format="HTML">): the freemarker component
        // clones this configuration, and a TemplateConfiguration cannot follow a clone
        return cfg;
    }
}
