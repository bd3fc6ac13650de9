package com.execreports.config;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * The object wrapper every report renders through: a text value longer than {@value #MAX_CHARS} characters is cut
 * there, with a note, whatever field it comes from. Sources bound what they read, but a report must not depend on every
 * one of them doing it: one pasted megabyte in a name or a note would otherwise go into five emails and the archive.
 */
public final class CappedTextWrapper extends DefaultObjectWrapper {

    /** Longer than any sentence a report writes (the longest, a finding's evidence, stays under a thousand). */
    public static final int MAX_CHARS = 2_000;

    public CappedTextWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        return super.wrap(obj instanceof String s ? capped(s) : obj);
    }

    static String capped(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        // never between the two halves of a character outside the BMP (an emoji)
        int cut = Character.isHighSurrogate(s.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return s.substring(0, cut) + "… (cut at " + String.format("%,d", MAX_CHARS) + " of " + String.format("%,d", s.length())
                + " characters)";
    }
}
