package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Locale;
import org.pledgewatch.extractor.EntityType;

/**
 * "MIKE WALTZ (United States) said", "Christina Markus Lassen (Denmark), speaking also on behalf of ...": the UN's
 * coverage of its meetings names each speaker with the country they speak for in brackets. The bracketed country is
 * the person's, not a subject of its own: it is dropped from the mentions (so the person is who speaks) and given to
 * the person, whose name printed in capitals is written as a name. So is a briefer's, whose office follows after a comma
 * ("TOM FLETCHER, Under-Secretary-General for Humanitarian Affairs, said").
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
            writeCapitalsAsName(person.entity());
            mentions.remove(k + 1);
        }
        for (Mention person : mentions) {
            // "TOM FLETCHER, Under-Secretary-General for Humanitarian Affairs, said": a briefer, named with their office
            if (person.entity().type() == EntityType.PERSON && person.kind() == Mention.Kind.NAME
                    && body.startsWith(", ", person.end()) && person.end() + 2 < body.length()
                    && Character.isUpperCase(body.charAt(person.end() + 2)) && person.entity().name().contains(" ")) {
                writeCapitalsAsName(person.entity());
            }
        }
    }

    /** Renames a person whose name was printed in capitals: "MIKE WALTZ" as "Mike Waltz". */
    private static void writeCapitalsAsName(Entity person) {
        String name = person.name();
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            person.rename(titleCase(name));
        }
    }

    /** "CHRISTINA MARKUS LASSEN" as "Christina Markus Lassen", "ELOY ALFARO DE ALBA" as "Eloy Alfaro de Alba". */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            boolean particle = wordStart && i > 0 && capitals.charAt(i - 1) == ' ' && PARTICLES.contains(wordAt(capitals, i));
            out.append(wordStart && !particle ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** Particles of surnames, written in lower case inside a name. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("DE", "DA", "DEL", "DI", "DOS", "DAS", "DU",
            "VAN", "VON", "DER", "DEN", "LA", "LE");

    private static String wordAt(String text, int from) {
        int end = text.indexOf(' ', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }
}
