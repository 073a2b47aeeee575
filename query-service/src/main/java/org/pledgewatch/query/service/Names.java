package org.pledgewatch.query.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: without accents, case or punctuation ("Sánchez" = "sanchez"). */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    public static String fold(String name) {
        if (name == null) {
            return null;
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
