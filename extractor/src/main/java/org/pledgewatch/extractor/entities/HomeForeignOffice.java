package org.pledgewatch.extractor.entities;

import java.util.List;

/**
 * "The Foreign Office said it would comply with all final court rulings" in a German story: the home country's foreign
 * ministry, as translated copy names Berlin's, not the British one the gazetteer lists under that name (which stays the
 * United Kingdom's in British stories, in stories with no home, and in any story that names Britain).
 */
final class HomeForeignOffice {
    private static final String BRITISH_FOREIGN_OFFICE = "uk-fcdo";
    private static final String BRITAIN = "GBR";
    private static final String NAME = "Foreign Office";

    private HomeForeignOffice() {
    }

    /** Gives each bare "Foreign Office" of a story from another country that never names Britain to that country. */
    static void give(String body, List<Mention> mentions, EntityRegistry registry, String home) {
        if (home == null || home.equals(BRITAIN)) {
            return;
        }
        for (Mention m : mentions) {
            if (BRITAIN.equals(m.entity().id())) {
                // ("Britain's Foreign Office said", "A Foreign Office minister said the UK could add to the figure")
                return;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.entity().id().equals(BRITISH_FOREIGN_OFFICE) && body.startsWith(NAME, m.start())) {
                mentions.set(k, m.as(registry.country(home), Mention.Kind.COUNTRY));
            }
        }
    }
}
