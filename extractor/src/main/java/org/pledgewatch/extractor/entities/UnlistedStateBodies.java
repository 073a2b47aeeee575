package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;

/**
 * A state's own bodies that the gazetteer does not list, known by the shape of their names: "the National Emergency
 * Management Agency", "the Ministry of Housing, Communities and Local Government", "the Department for Transport",
 * "Coast Guard spokesperson Commodore Jay Tarriela". Annotators write their pledges as their country's (a state body
 * commits its country), and a name of this shape carries no country of its own: in a story about one country, it is
 * that country's. (Round 29 counted 25 tuned misses of this kind, the body named instead of its country. A
 * "National ... Service" is left out: the National Pension Service is a fund, the National Weather Service speaks
 * under its own name.)
 */
public final class UnlistedStateBodies {
    /** Slugs of national agencies, authorities and commissions: "national-drought-management-authority". */
    private static final String NATIONAL_AGENCY = "(?:national|federal)-(?:[a-z0-9]+-){0,6}"
            + "(?:agency|authority|board|commission|council|institute|directorate|bureau|assembly)";
    private static final Pattern NATIONAL_AGENCY_ID = Pattern.compile(NATIONAL_AGENCY);

    /** Slugs of such names: "national-drought-management-authority", "ministry-of-health", "coast-guard". */
    private static final Pattern STATE_BODY_ID = Pattern.compile(NATIONAL_AGENCY
            // "the Federal Transit Administration", "the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the
            // Drinking Water Inspectorate"
            + "|federal-(?:[a-z0-9]+-){0,4}administration|(?:[a-z0-9]+-){0,4}inspectorate"
            + "|(?:ministry|department|bureau)-(?:of|for)-[a-z0-9-]+|department|ministry|coast-guard"
            // "the State Secretariat for Economic Affairs (SECO)": a Swiss ministry's office
            + "|state-secretariat-(?:of|for)-[a-z0-9-]+"
            + "|office-of-the-(?:prime-minister|president)"
            // "the Army is considering", "the Defence Forces would not call up", "the State, through Petrosen, will",
            // "the Kingdom will", "the Islamic Emirate will" (election commissions were tried in round 29 and left out:
            // they took an untouched pool below its floor)
            + "|army|(?:defen[cs]e|armed)-forces"
            // "the Defence Force would replace its helicopters", "the Federal Police will open three new bases", "the
            // National Guard will deploy", "the Navy will commission": a state's forces (round 50)
            + "|defen[cs]e-force|(?:federal|national)-police|national-guard|navy|air-force"
            + "|state|kingdom|islamic-emirate|government-of-national-unity"
            // "The Council of Ministers on Thursday gave the Lebanese Army until the end of March": the cabinet
            + "|council-of-ministers");

    private UnlistedStateBodies() {
    }

    /** Whether an organisation's id has the shape of a state body's name. */
    public static boolean isStateBodyId(String id) {
        return STATE_BODY_ID.matcher(id).matches();
    }

    /**
     * Whether such a body's words are its country's, as its pledges are: a ministry, a department, an inspectorate, an
     * army ("the Ministry of Housing, Communities and Local Government said"). A national agency, authority or
     * commission keeps its own name as a speaker: annotators wrote "National Disaster Management Authority" and
     * "Federal Trade Commission" for 4 of the 8 such statements round 37 counted, and the guidelines' office-alone
     * rule for the other 4.
     */
    public static boolean speaksForItsState(String id) {
        return isStateBodyId(id) && !NATIONAL_AGENCY_ID.matcher(id).matches();
    }

    /**
     * Gives each unlisted state body still without a country (the article has no country of its own) the country of an
     * official named in the same sentence: "Brazil's President Luiz Inácio Lula da Silva said the Federal Police would
     * open three new bases" in a story about a summit. People's countries are known only once the whole article has
     * been read, hence a pass of its own after theirs (round 50).
     */
    static void giveSpeakersCountry(List<Mention> mentions, EntityRegistry registry) {
        for (int k = 0; k < mentions.size(); k++) {
            Entity body = mentions.get(k).entity();
            if (body.type() != EntityType.ORGANIZATION || body.country() != null || registry.isListedOrganization(body)
                    || !isStateBodyId(body.id())) {
                continue;
            }
            Mention official = null;
            for (int j = k - 1; j >= 0 && mentions.get(j).sentence() == mentions.get(k).sentence(); j--) {
                Mention m = mentions.get(j);
                if (m.entity().type() == EntityType.PERSON && !m.inQuote() && m.entity().country() != null) {
                    official = m;
                    break;
                }
            }
            if (official != null) {
                body.addCountry(official.entity().country());
            }
        }
    }

    /**
     * Gives each unlisted state body named without a country the article's own country, when it has one; and the
     * ministers named by no country ("Ministers have agreed to put up to £180 million"), who in a country's own press
     * are its government.
     */
    static void giveHomeCountry(List<Mention> mentions, EntityRegistry registry, String home) {
        if (home == null) {
            return;
        }
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() == EntityType.ORGANIZATION && e.country() == null && !registry.isListedOrganization(e)
                    && isStateBodyId(e.id())
                    || e.type() == EntityType.GROUP && e.country() == null && e.organization() == null
                    && e.name().equalsIgnoreCase("ministers")) {
                e.addCountry(home);
            }
        }
    }

}
