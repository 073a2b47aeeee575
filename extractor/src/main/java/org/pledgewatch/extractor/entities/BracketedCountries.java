package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Locale;
import org.pledgewatch.extractor.EntityType;

/**
 * "MIKE WALTZ (United States) said", "Christina Markus Lassen (Denmark), speaking also on behalf of ...": the UN's
 * coverage of its meetings names each speaker with the country they speak for in brackets. The bracketed country is
 * the person's, not a subject of its own: it is dropped from the mentions (so the person is who speaks) and given to
 * the person, whose name printed in capitals is written as a name.
 */
final class BracketedCountries {
    private BracketedCountries() {
    }

    static void link(String body, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention person = mentions.get(k);
            Mention country = mentions.get(k + 1);
            if (person.entity().type() != EntityType.PERSON || person.kind() != Mention.Kind.NAME
                    || country.kind() != Mention.Kind.COUNTRY || !body.startsWith(" (", person.end())
                    || country.start() != person.end() + 2 || !body.startsWith(")", country.end())) {
                continue;
            }
            person.entity().addCountry(country.entity().id());
            if (person.entity().name().equals(person.entity().name().toUpperCase(Locale.ROOT))) {
                person.entity().rename(titleCase(person.entity().name()));
            }
            mentions.remove(k + 1);
        }
    }

    /** "CHRISTINA MARKUS LASSEN" as "Christina Markus Lassen". */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
