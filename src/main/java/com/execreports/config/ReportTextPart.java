package com.execreports.config;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.ToIntFunction;

import com.execreports.analysis.ReadingBudget;
import com.execreports.analysis.Report;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;

/**
 * The text part of a report as its email carries it: the role's {@code <role>.txt.ftl} rendered over the report, as
 * the pipeline's freemarker step renders it (the templates read {@code body} only). The reading budget counts its words
 * to decide what a brief keeps, so the budget holds for the text the owner actually reads.
 */
public final class ReportTextPart implements ToIntFunction<Report> {

    private final Configuration templates;

    public ReportTextPart(Configuration templates) {
        this.templates = templates;
    }

    public String render(Report report) {
        String name = report.role() + ".txt.ftl";
        try {
            StringWriter out = new StringWriter();
            templates.getTemplate(name).process(Map.of("body", report), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("text template " + name + " not readable: " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("text template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The words of the rendered text part, counted as a reader meets them ({@link ReadingBudget#words(String)}). */
    @Override
    public int applyAsInt(Report report) {
        return ReadingBudget.words(render(report));
    }
}
