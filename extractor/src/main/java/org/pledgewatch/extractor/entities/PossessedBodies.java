package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Folding;

/**
 * "Egypt's Suez Canal Authority said it would offer rebates", "Sudan's Humanitarian Aid Commission said", "The AU's
 * Peace and Security Council said": a body the gazetteer does not list, named as a country's or a listed
 * organisation's own, speaks and pledges for its owner (a state body commits its country, an organ of the African
 * Union the Union), as annotators wrote it (in the tuned articles: Egypt twice, Sudan, Türkiye, Japan, China, Haiti,
 * the African Union twice, the European Commission).
 */
final class PossessedBodies {
    /** The last word of a name that calls it a body of a state or an organisation. */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "(?:Authority|Commission|Council|Office|Service|Directorate|Agency|Committee|Centre|Center|Commissariat)");
    /** The heads of an organisation's own organs: its councils, commissions, committees, authorities and agencies. */
    private static final Pattern ORGAN_HEAD = Pattern.compile("(?:Council|Commission|Committee|Authority|Agency)");
    /**
     * Regulators and election bodies act as themselves, whoever's they are ("Ireland's Data Protection Commission",
     * "Britain's Competition and Markets Authority"; election commissions were tried in round 29 and left out).
     */
    private static final Pattern OWN_VOICE = Pattern.compile(
            "\\b(?:Competition|Protection|Regulat\\w*|Securities|Markets|Election|Electoral|Communications|Ombudsman)\\b");

    private PossessedBodies() {
    }

    /**
     * Marks each such body with its owner: the country read into the body's own mention ("Egypt's Suez Canal
     * Authority" is one mention, of Egypt), or the country or listed organisation of the possessive just before it
     * ("The AU's", "The European Commission's").
     */
    static void link(AnalyzedText text, List<Mention> mentions, EntityRegistry registry, Gazetteer gazetteer) {
        for (Mention body : mentions) {
            Entity e = body.entity();
            if (e.type() != EntityType.ORGANIZATION || e.bodyOf() != null) {
                continue;
            }
            String[] words = e.name().split(" ");
            String head = headOf(words);
            if (registry.isListedOrganization(e) || registry.isNewsAgency(e)
                    || words.length < 2 || !BODY_HEAD.matcher(head).matches()
                    || OWN_VOICE.matcher(e.name()).find()) {
                continue;
            }
            List<Token> tokens = text.sentences().get(body.sentence()).tokens();
            Entity owner = ownerWithin(tokens, body, registry);
            if (owner == null) {
                owner = ownerBefore(tokens, body.tokenStart(), head, registry, gazetteer);
            }
            if (owner != null) {
                e.markBodyOf(owner);
            }
        }
    }

    /**
     * The word that says what kind of body a name is: its last ("Suez Canal Authority"), or its first before "for" or
     * "of" ("Commissariat for Refugees and Migration", whose last word is its remit).
     */
    private static String headOf(String[] words) {
        return words.length > 2 && (words[1].equals("for") || words[1].equals("of")) ? words[0] : words[words.length - 1];
    }

    /** "Egypt's Suez Canal Authority" read as one mention that carries Egypt: the country of its possessive opening. */
    private static Entity ownerWithin(List<Token> tokens, Mention body, EntityRegistry registry) {
        Entity e = body.entity();
        boolean opensPossessive = body.tokenEnd() - body.tokenStart() >= 2
                && (Folding.isPossessive(tokens.get(body.tokenStart()).text())
                || body.tokenStart() + 1 < body.tokenEnd() && isPossessiveMark(tokens.get(body.tokenStart() + 1).text()));
        return opensPossessive && e.country() != null ? registry.country(e.country()) : null;
    }

    /** The country or listed organisation of the one to three words that end in a possessive right before the body. */
    private static Entity ownerBefore(List<Token> tokens, int at, String head, EntityRegistry registry, Gazetteer gazetteer) {
        if (at == 0) {
            return null;
        }
        int end = at;
        String last = tokens.get(at - 1).text();
        if (isPossessiveMark(last)) {
            end = at - 1;
        } else if (!Folding.isPossessive(last)) {
            return null;
        }
        for (int from = Math.max(0, at - 3); from < end; from++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = from; k < end; k++) {
                phrase.append(k > from ? " " : "").append(tokens.get(k).text());
            }
            GazetteerEntry entry = gazetteer.lookup(Folding.stripPossessive(phrase.toString()));
            if (entry == null) {
                continue;
            }
            if (entry.kind() == GazetteerEntry.Kind.COUNTRY) {
                return registry.country(entry.id());
            }
            if (entry.kind() == GazetteerEntry.Kind.ORGANIZATION && !gazetteer.isCompany(entry.id())
                    && !gazetteer.isNewsAgency(entry.id()) && ORGAN_HEAD.matcher(head).matches()) {
                // ("the AU's Peace and Security Council" is the Union's organ; "the UN's Financial Tracking Service"
                // reports figures under its own name)
                return registry.organization(entry);
            }
            return null;
        }
        return null;
    }

    static boolean isPossessiveMark(String token) {
        return token.equals("'s") || token.equals("’s");
    }
}
