package org.pledgewatch.extractor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SparseFind} finds what {@link Matcher#find()} finds, where the pattern can start only where it is tried. */
class SparseFindTest {

    /** Every match of {@code find()}, as "start-end:group". */
    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> bySparseFind(Pattern p, String text, IntPredicate mayStart) {
        List<String> out = new ArrayList<>();
        Matcher m = SparseFind.matcher(p, text);
        for (int from = 0; SparseFind.find(m, text, from, mayStart); from = m.end()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void digitsAndSymbols() {
        Pattern money = Pattern.compile("(US\\$|U\\.S\\.\\s?\\$|\\$|€|[A-Z]{3}\\s?)(\\d+(?:\\.\\d+)?)(?:\\s?(billion|m)\\b)?");
        for (String text : new String[] {"It pledged U.S. $5 billion and €20m, NOK 600 more, $3", "no amount here", "",
                "12345", "$", "CEO 2 and GDP 3.5m"}) {
            assertEquals(byFind(money, text), bySparseFind(money, text, p -> SparseFind.digitWithin(text, p + 1, p + 7)), text);
        }
    }

    @Test
    void boundariesAndLinesSeeTheWholeText() {
        // a word boundary, a look-behind and a line start at the place where the pattern is tried
        Pattern p = Pattern.compile("\\bhost (\\w+)|(?<=x)y|(?m)^By (\\w+)");
        String text = "ghost Ann, host Bob\nxy and xxy\nBy Carl, aBy Dan\n By Eve";
        assertEquals(byFind(p, text), bySparseFind(p, text, at -> true));
        assertEquals(List.of("11-19:host Bob", "21-22:y", "29-30:y", "31-38:By Carl"), bySparseFind(p, text, at -> true));
    }

    @Test
    void refusesAStartOutsideTheTextAsFindDoes() {
        Pattern p = Pattern.compile("a");
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> p.matcher("ab").find(3));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> SparseFind.find(SparseFind.matcher(p, "ab"), "ab", 3, at -> true));
        assertEquals(false, SparseFind.find(SparseFind.matcher(p, "ab"), "ab", 2, at -> true));
    }

    @Test
    void digitWithin() {
        assertEquals(true, SparseFind.digitWithin("ab3", 0, 10));
        assertEquals(false, SparseFind.digitWithin("ab3", 0, 2));
        assertEquals(false, SparseFind.digitWithin("ab3", 3, 9));
    }
}
