package org.pledgewatch.extractor.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scraped page leaves of its links inside sentences: Reuters' pages render every linked company as
 * "Stellantis (STLAM.MI), opens new tab will invest" and every linked document as "said in a statement, opens new
 * tab". Read as words, they cut the subject from its verb ("opens new tab will invest" names no one). They are
 * blanked, each character replaced by a space, so that every offset into the body stays the same: quotes and
 * evidence are still cut from the body as it came.
 */
public final class LinkLeftovers {
    /** The link's mark, and the ticker in brackets that stands before it when the link is a company's. */
    private static final Pattern LEFTOVER = Pattern.compile(
            "(?:\\s\\((?:[A-Z0-9]{1,6}(?:\\.[A-Z]{1,3})?|[A-Z]{1,6}:[A-Z0-9.]{1,8})\\))?,? opens new tab\\b");

    private LinkLeftovers() {
    }

    /** The body with every leftover blanked, or the body itself when it has none. */
    public static String blank(String body) {
        if (body.indexOf("opens new tab") < 0) {
            return body;
        }
        Matcher m = LEFTOVER.matcher(body);
        StringBuilder out = new StringBuilder(body);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
