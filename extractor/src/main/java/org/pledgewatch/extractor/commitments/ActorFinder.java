package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.EntityRegistry;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.quotes.FoundStatement;
import org.pledgewatch.extractor.quotes.SpeakerResolver;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Who commits: the subject of the clause that holds the cue. Looks left from the cue to the start of
 * its clause ("that", a reporting verb, a quotation mark) for the nearest entity that is not inside
 * a prepositional phrase ("led by France") or a modifier ("U.S.-led"), and takes the entities
 * coordinated with it ("the UK and France"). Pronouns go through the speaker: "we" in a quote, "he"
 * in reported speech and "his country" stand for the country (or organisation) of the person.
 */
public final class ActorFinder {
    private static final Set<String> PREPOSITIONS = Words.set("in", "on", "at", "to", "from", "by", "with", "for", "of",
            "against", "across", "into", "over", "under", "between", "among", "about", "through", "via", "like",
            "including", "than", "toward", "towards", "near", "within", "without", "after", "before", "since", "during");
    private static final Set<String> BOUNDARIES = Words.set("that", "which", "who", ";", ":", "whether", "how", "what",
            "because", "while", "although", "if", "unless");
    /** Words that open a subordinate clause at a sentence's start: "Once ..., ", "If ..., ". */
    private static final Set<String> OPENING_SUBORDINATORS = Words.set("once", "if", "unless", "when", "after", "until",
            "before", "should");

    /** True when the comma at {@code comma} closes a clause that opens the sentence with "If", "Once" and the like. */
    private static boolean closesOpeningCondition(Sentence s, int comma) {
        int first = 0;
        while (first < comma && !s.tokens().get(first).isWord()) {
            first++;
        }
        if (!OPENING_SUBORDINATORS.contains(Tokens.folded(s, first))) {
            return false;
        }
        for (int k = first + 1; k < comma; k++) {
            if (Tokens.folded(s, k).equals(",")) {
                return false;
            }
        }
        return true;
    }
    /**
     * What a reported clause calls the speaker's own state: "Bourita said the Kingdom is ready", "Kaba said the
     * State would pay", "King said the Commonwealth would not commit" (Australia's federal government); in the
     * speaker's own words only capitalised and opening its clause (see {@link #ownStateOpensClause}).
     */
    private static final Set<String> STATE_NAMES = Words.set("state", "kingdom", "commonwealth", "nation", "republic",
            // "Salim Al Aufi said the sultanate was open to extending ..."
            "sultanate", "emirate", "principality");
    /**
     * "and the State will pay for it," in a minister's own words: a capitalised state opening its clause is the
     * speaker's (not "a peso the State will not waste", the object of a clause about something else).
     */
    private static boolean ownStateOpensClause(Sentence s, int i) {
        if (!s.tokens().get(i).isCapitalized() || i < 1 || !Tokens.folded(s, i - 1).equals("the")) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        Token before = s.tokens().get(i - 2);
        return !before.isWord() || CLAUSE_OPENERS.contains(before.folded());
    }

    private static final Set<String> CLAUSE_OPENERS = Words.set("and", "but", "so", "that", "because", "while", "where");

    /** Of these, what a governor calls a state of a federation: "Governor Beshear said the state would". */
    private static final Set<String> REGIONAL_STATE_NAMES = Words.set("state", "commonwealth");
    /** Adverbs between such a subject and its modal: "the state alone would", "the Kingdom also stands ready". */
    private static final Set<String> PREDICATE_ADVERBS = Words.set("also", "still", "now", "alone", "itself", "further",
            "then", "soon", "not", "never");
    private static final Set<String> GOVERNMENT_DETERMINERS = Words.set("the", "his", "her", "our", "my");
    /**
     * "this government will not go backwards", "this administration will keep the lights on": a minister's own
     * government; not "this country", which is as often where a thing happens ("nobody in this country will pay").
     */
    private static final Set<String> THIS_GOVERNMENT = Words.set("government", "administration");
    private static final Set<String> ORGANIZATION_NOUNS = Words.set("group", "organisation", "organization", "agency",
            "teams", "team", "party", "alliance", "union", "bank", "fund", "district", "authority", "association",
            "charity", "institute", "foundation", "board", "network", "force", "league", "movement", "federation",
            "confederation", "forces", "secretariat", "depository");
    /** Organisation nouns that name public bodies, which their speakers' parties or employers are not. */
    private static final Set<String> PUBLIC_BODY_NOUNS = Words.set("authority", "district");
    /**
     * Nouns of an employer: "his company will" is the speaker's employer; so is "the company" opening what an officer the
     * article ties to a company reports ("Brenner said the company would"); elsewhere "the company will" is the company
     * last named.
     */
    private static final Set<String> EMPLOYER_NOUNS = Words.union(Words.COMPANY_TRADES, "company", "firm", "utility",
            "venture", "carrier",
            // and by its trade: "Toshihiro Suzuki, president of Suzuki Motor Corp., said the carmaker would invest",
            // "Shell's chief executive said the oil major would"
            "developer", "major");
    /**
     * A minister's own part of government, named with a possessive: "his department", "her ministry"; and a
     * diplomat's: "WALTZ (United States) said his delegation would circulate a draft".
     */
    private static final Set<String> MINISTRY_NOUNS = Words.set("department", "ministry", "delegation");
    /** A state's people under arms, named with a possessive: "our peacekeepers will stay", "our troops". */
    private static final Set<String> TROOPS = Words.set("troops", "soldiers", "peacekeepers", "forces", "officers");
    private static final Set<String> AUXILIARIES = Words.set("am", "is", "are", "was", "were", "have", "has", "had",
            "do", "does", "did", "will", "would", "'re", "'m", "'ve",
            // "we remain committed to", "we stay ready to"
            "remain", "remains", "remained", "stay", "stays");
    /** What a country or organisation acts through: "France's contribution", "China's military". */
    private static final Set<String> ACTING_PARTS = Words.set("contribution", "government", "military", "army", "navy",
            "forces", "troops", "delegation", "ministry", "parliament", "cabinet", "leadership", "president", "leader",
            "prime", "foreign", "defence", "defense", "finance", "coast", "air", "plan", "offer", "pledge", "aid",
            "development", "central", "national", "state", "negotiators", "officials", "authorities", "administration",
            "regime", "junta", "company", "board", "readiness",
            // "Denmark's delegate announced a contribution", "Panama's representative said": a country's envoy at a
            // council or a conference speaks and pledges for it, as its delegation does
            "delegate", "representative", "ambassador", "envoy");
    /** Nouns a name only qualifies: "G20 summit", "EU report", "U.S. economy". */
    private static final Set<String> THINGS = Words.set("summit", "meeting", "talks", "report", "declaration",
            "economy", "election", "elections", "market", "markets", "budget", "law", "bill", "rules", "agreement",
            "deal", "treaty", "conference", "statement", "data", "figures", "inflation", "currency", "debt", "crisis",
            "war", "border", "capital", "presidency", "summits", "index", "stocks", "shares");
    private static final Set<String> NOT_VERBS = Words.set("and", "or", "but", "nor", "that", "which", "who", "whom",
            "whose", "while", "whereas", "if", "when", "because", "so", "then", "also", "as", "than", "both", "either",
            "neither", "whether", "once", "unless", "until", "since", "plus", "versus", "is", "was", "has", "as",
            "its", "his", "this", "thus", "news", "us", "yes", "less", "unless", "across",
            // who is told: "told reporters Poland would host ..."
            "reporters", "journalists", "lawmakers", "legislators", "delegates", "supporters", "investors", "voters",
            "diplomats", "colleagues", "senators", "students", "parliament");
    private static final Set<String> VERB_FORMS = Words.set("help", "helps", "urge", "urged", "support", "thank",
            "thanked", "join", "joined", "visit", "visited", "meet", "met", "call", "called", "tell", "told", "ask",
            "asked", "push", "pushed", "let", "allow", "allowed", "see", "saw", "give", "gave", "send", "sent");
    private static final Set<String> ALLIES = Words.set("allies", "coalition", "partners", "alliance");

    /** What a country's leader is called after its possessive: "Tokyo's new prime minister". */
    private static final Set<String> LEADERS = Words.set("prime", "president", "president-elect", "premier",
            "chancellor", "leader", "foreign", "defence", "defense", "finance", "ministry", "minister");
    private static final Set<String> LEADER_ADJECTIVES = Words.set("new", "outgoing", "incoming", "interim", "top");

    private final EntityRegistry registry;
    private final SpeakerResolver speakers;
    private final Set<String> reportingVerbs;
    private final List<Sentence> sentences;
    /** The actors of the article's last pledge of several sides: see {@link #rememberPledge}. */
    private List<Entity> lastJointPledgers = List.of();

    public ActorFinder(EntityRegistry registry, SpeakerResolver speakers, Set<String> reportingVerbs,
                       List<Sentence> sentences) {
        this.registry = registry;
        this.speakers = speakers;
        this.reportingVerbs = reportingVerbs;
        this.sentences = sentences;
    }

    /**
     * The comma that opens a relative clause (", which ...", ", who ...") closed by the comma at {@code close},
     * or -1.
     */
    private static final Set<String> COMPANIONS = Words.set("together", "along", "alongside", "like");
    /** Words that open an aside granting something: "while", "although", "though". */
    private static final Set<String> CONCESSIVES = Words.set("while", "although", "though");
    /** Words that open a noun phrase, so a clause's own subject. */
    private static final Set<String> OPENS_A_SUBJECT = Words.set("the", "a", "an", "its", "his", "her", "their", "our",
            "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "some", "many", "most", "all");

    /**
     * A lower-case word right after a comma at {@code k}, as "built" in "the plant, built by Russia's Rosatom,": the
     * agent after it does not act here. An owner does act through what it owns ("The facility, owned by the members of
     * the Pacific Islands Forum, will start issuing grants"), unless what it owns is itself a body that acts ("the
     * company, owned by the Indian conglomerate Varanasi Industries, will invest").
     */
    private static boolean participleAfterComma(Sentence s, int k) {
        Token t = s.tokens().get(k);
        if (k < 2 || !Tokens.folded(s, k - 1).equals(",") || !t.isWord() || t.isCapitalized()) {
            return false;
        }
        String owned = Tokens.folded(s, k - 2);
        return !OWNING.contains(t.folded()) || ORGANIZATION_NOUNS.contains(owned) || EMPLOYER_NOUNS.contains(owned);
    }

    /** Prepositions whose objects never act through the noun before them: "sites in Quebec", "talks with Iran". */
    private static final Set<String> OBJECTS_ONLY = Words.set("in", "at", "on", "to", "into", "across", "near", "with",
            "for", "against", "about", "over");

    /** Heads of government an official names by office alone: "the president", "the prime minister". */
    private static final Set<String> HEADS_OF_GOVERNMENT = Words.set("president", "minister", "chancellor", "premier",
            "taoiseach");

    /** "the president", "the prime minister" ending at {@code i}. */
    private static boolean headOfGovernmentAt(Sentence s, int i) {
        boolean primeMinister = Tokens.folded(s, i).equals("minister");
        int head = primeMinister ? i - 1 : i;
        return head > 0 && (!primeMinister || Tokens.folded(s, head).equals("prime")) && Tokens.folded(s, head - 1).equals("the");
    }

    private static final Set<String> OWNING = Words.set("owned", "run", "operated", "managed", "controlled");

    /**
     * "has formally withdrawn from the fund's board and will not pay": a predicate of the subject's, coordinated with
     * the one of the cue at {@code cue}, runs from {@code from} (a verb) to the "and" before the cue.
     */
    private static boolean predicateBefore(Sentence s, int from, int cue) {
        return from + 1 < cue && cue - from <= 12 && Tokens.folded(s, cue - 1).equals("and") && s.isVerbAt(from)
                && !s.tokens().get(from).isCapitalized();
    }

    /**
     * The verb that opens the first of two coordinated predicates when the cue at {@code cue} opens the second after
     * ", and" at {@code comma} ("announced a relief package for families in Sindh, and directed"): the sentence's first
     * verb after a name, at most 40 tokens back; or -1.
     */
    private int coordinatedPredicateOpening(Sentence s, int comma, int cue) {
        if (!Tokens.folded(s, comma + 1).equals("and") || cue > comma + 3) {
            return -1;
        }
        int opening = -1;
        for (int k = comma - 1; k >= Math.max(1, comma - 40); k--) {
            String w = Tokens.folded(s, k);
            if (Tokens.isQuoteMark(s.tokens().get(k).text()) || w.equals(";") || w.equals(",")) {
                // (a comma before it: an apposition or an opening clause, whose verbs are not the subject's)
                break;
            }
            if (s.isVerbAt(k) && !s.tokens().get(k).isCapitalized() && w.endsWith("ed")) {
                opening = k;
            }
        }
        for (int k = opening - 1; opening > 0 && k >= Math.max(0, opening - 3); k--) {
            if (speakers.mentionAt(s.index(), k) != null) {
                // ("Sharif on Wednesday announced": a name up to three tokens before it)
                return opening;
            }
        }
        return -1;
    }

    static int relativeClauseOpening(Sentence s, int close) {
        for (int k = close - 2; k >= Math.max(1, close - 30); k--) {
            String w = Tokens.folded(s, k);
            if (Tokens.isQuoteMark(s.tokens().get(k).text()) || w.equals(";")) {
                return -1;
            }
            if ((w.equals("which") || w.equals("who") || w.equals("whose")) && Tokens.folded(s, k - 1).equals(",")) {
                return k - 1;
            }
            if (CONCESSIVES.contains(w) && Tokens.folded(s, k - 1).equals(",") && k + 1 < close
                    && !s.tokens().get(k + 1).isCapitalized() && !OPENS_A_SUBJECT.contains(Tokens.folded(s, k + 1))) {
                // "his country, while not in a position to send troops, would train police": what it cannot do is an
                // aside between the subject and its verb (not "..., while Australia's minister, Chris Bowen, will
                // preside": a clause with a subject of its own)
                return k - 1;
            }
            if (COMPANIONS.contains(w) && Tokens.folded(s, k - 1).equals(",")) {
                // "Qatar, together with Egypt and Turkey, would continue to press": the companions do not commit here
                return k - 1;
            }
            if (k >= 2 && Tokens.isIngForm(w) && Tokens.folded(s, k - 1).equals(",")
                    && !s.tokens().get(k).isCapitalized()) {
                // "the Turkish navy, working with Romania and Bulgaria, could begin": those it works with do not commit
                return k - 1;
            }
            if (w.equals("by") && k >= 3 && participleAfterComma(s, k - 1)) {
                // "the plant, built by Russia's Rosatom in Mersin province, would begin supplying": who built it does
                // not commit here
                return k - 2;
            }
        }
        return -1;
    }

    /** Records a pledge found, in the article's order, for the collective subjects of later sentences. */
    public void rememberPledge(List<Entity> actors) {
        if (actors.size() >= 2) {
            lastJointPledgers = actors;
        }
    }

    /**
     * "7. The two sides agreed to enhance cooperation in oil and gas", "They agreed to hold the next meeting in
     * Islamabad", "The Ministers decided to hold the seventh 2+2 in Tokyo": a joint statement's or a readout's
     * collective subject agreeing to act is the sides of the article's last pledge of several sides, when no name
     * before the cue says who they are.
     */
    private List<Entity> collectiveSubjects(Sentence s, int cue) {
        if (!AGREEING.contains(Tokens.folded(s, cue)) || !Tokens.folded(s, cue + 1).equals("to")) {
            return List.of();
        }
        // (a statement's paragraph number, "7.", is a sentence of its own: TextAnalyzer splits it off)
        int k = Dateline.bodyStart(s);
        k = Tokens.folded(s, k).equals("the") ? k + 1 : k;
        k = COUNTS.contains(Tokens.folded(s, k)) ? k + 1 : k;
        boolean summit = k < cue && SUMMIT_MEMBERS.contains(Tokens.folded(s, k));
        if (k >= cue || !COLLECTIVES.contains(Tokens.folded(s, k)) && !summit) {
            return List.of();
        }
        k = summit ? headsOfGovernmentEnd(s, k) : k + 1;
        while (k < cue && PREDICATE_ADVERBS_OF_AGREEING.contains(Tokens.folded(s, k))) {
            k++;
        }
        if (k != cue) {
            return List.of();
        }
        if (summit) {
            // "Leaders agreed to meet again in Tirana": at a summit the leaders are the body's whose summit it is
            Entity body = mostNamedInternationalBody(s.index());
            return body != null ? List.of(body) : countriesOfTheTwoWhoMet(s.index());
        }
        return lastJointPledgers.isEmpty() ? countriesOfTheTwoWhoMet(s.index()) : lastJointPledgers;
    }

    /**
     * The two countries whose officials the article has named up to this sentence, when there are exactly two: a
     * readout of talks ("Putin held talks with Erdogan ... The presidents agreed to maintain contacts") gives what the
     * leaders agreed to both their states. An empty list otherwise.
     */
    private List<Entity> countriesOfTheTwoWhoMet(int sentence) {
        List<Entity> countries = new ArrayList<>(2);
        for (Mention m : speakers.mentions()) {
            Entity e = m.entity();
            if (m.sentence() > sentence) {
                break;
            }
            if (m.inQuote() || e.type() != EntityType.PERSON || e.country() == null) {
                continue;
            }
            Entity country = registry.country(e.country());
            if (country != null && !countries.contains(country)) {
                if (countries.size() == 2) {
                    return List.of();
                }
                countries.add(country);
            }
        }
        return countries.size() == 2 ? countries : List.of();
    }

    /** The organisation without a home country (NATO, CARICOM, ASEAN) named most, at least twice, up to this sentence. */
    private Entity mostNamedInternationalBody(int sentence) {
        java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
        for (Mention m : speakers.mentions()) {
            Entity e = m.entity();
            if (m.sentence() <= sentence && !m.inQuote() && e.type() == EntityType.ORGANIZATION && e.country() == null
                    && !registry.isNewsAgency(e) && !registry.mayBeACompany(e)) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(c -> c.getValue() >= 2).max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** Who meets at a summit: "Leaders agreed to", "Heads of Government agreed to". */
    private static final Set<String> SUMMIT_MEMBERS = Words.set("leaders", "heads", "presidents");

    /** The end of "Leaders", or of "Heads of (State and) Government" from {@code k}; {@code k} + 1 for a bare "heads". */
    private static int headsOfGovernmentEnd(Sentence s, int k) {
        if (!Tokens.folded(s, k).equals("heads") || !Tokens.folded(s, k + 1).equals("of")) {
            return k + 1;
        }
        int end = k + 2;
        if (Tokens.folded(s, end).equals("state") && Tokens.folded(s, end + 1).equals("and")) {
            end += 2;
        }
        return Tokens.folded(s, end).equals("government") || Tokens.folded(s, end).equals("state") ? end + 1 : k + 1;
    }

    private static final Set<String> AGREEING = Words.set("agreed", "decided", "pledged", "committed", "resolved");
    private static final Set<String> COUNTS = Words.set("two", "both", "three", "four");
    // (not "leaders": at a summit they are the body's, NATO's or CARICOM's, not the last pledge's sides)
    private static final Set<String> COLLECTIVES = Words.set("sides", "they", "ministers", "parties");
    private static final Set<String> PREDICATE_ADVERBS_OF_AGREEING = Words.set("also", "further", "have", "had", "then");

    /** The committing entities (countries, organisations, groups or persons) for a cue at token {@code cue}. */
    public List<Entity> actors(Sentence s, int cue, FoundStatement quote) {
        List<Entity> actors = actorsOfCue(s, cue, quote);
        return actors.isEmpty() ? collectiveSubjects(s, cue) : actors;
    }

    private List<Entity> actorsOfCue(Sentence s, int cue, FoundStatement quote) {
        Entity owner = ownerOfIntention(s, cue);
        if (owner != null) {
            // "the President reaffirmed Algeria's readiness to increase gas deliveries": whose readiness it is commits
            return List.of(stateOfOfficials(owner));
        }
        List<Entity> included = includedMembers(s, cue);
        List<Entity> found = included.isEmpty() ? actorsAsWritten(s, cue, quote) : included;
        List<Entity> out = new ArrayList<>(found.size());
        for (Entity e : found) {
            Entity state = stateOfOfficials(e);
            if (!out.contains(state)) {
                out.add(state);
            }
        }
        return out;
    }

    /** Whether token {@code i} stands inside brackets that open and close within three tokens of it: "(NYSE: XYZ)". */
    private static boolean withinShortBrackets(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int open = -1;
        for (int k = i - 1; k >= Math.max(0, i - 3) && open < 0; k--) {
            if (tokens.get(k).text().equals(")")) {
                return false;
            }
            open = tokens.get(k).text().equals("(") ? k : -1;
        }
        for (int k = i + 1; open >= 0 && k < Math.min(tokens.size(), i + 4); k++) {
            if (tokens.get(k).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of an intention a cue may open with: "readiness to", "commitment to". */
    private static final Set<String> INTENTIONS = Words.set("readiness", "willingness", "commitment", "determination",
            "intention", "resolve");

    /** The country, body or person whose possessive stands right before a cue of {@link #INTENTIONS}, or null. */
    private Entity ownerOfIntention(Sentence s, int cue) {
        if (cue == 0 || !INTENTIONS.contains(Tokens.folded(s, cue)) || !Folding.isPossessive(s.tokens().get(cue - 1).text())) {
            return null;
        }
        Mention m = speakers.mentionAt(s.index(), cue - 1);
        return m != null && m.tokenEnd() == cue ? m.entity() : null;
    }

    /**
     * "14 oil and gas companies, including TotalEnergies, Shell and Petrobras, pledged to ...": the named members
     * of an unnamed group commit; an empty list when the subject is not of that form.
     */
    private List<Entity> includedMembers(Sentence s, int cue) {
        int close = cue - 1;
        if (close < 3 || !Tokens.folded(s, close).equals(",")) {
            return List.of();
        }
        int including = close - 1;
        while (including > 0 && close - including < 14 && !Tokens.folded(s, including).equals("including")) {
            including--;
        }
        if (including < 2 || !Tokens.folded(s, including).equals("including") || !Tokens.folded(s, including - 1).equals(",")) {
            return List.of();
        }
        List<Entity> members = new ArrayList<>();
        for (int k = including + 1; k < close; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() != EntityType.PERSON && !members.contains(m.entity())) {
                members.add(m.entity());
                k = m.tokenEnd() - 1;
            }
        }
        return members;
    }

    /**
     * "Israeli officials said they would not accept ...": officials, ministers or diplomats of a country
     * act for it, as one of its officials named would; other groups ("Brazilian farmers") act for themselves.
     */
    private Entity stateOfOfficials(Entity e) {
        if (e.type() != EntityType.GROUP) {
            return e;
        }
        String[] words = e.name().split(" ");
        String head = Folding.fold(words[words.length - 1]);
        if (e.country() == null && words.length == 3 && words[0].equals("European") && head.equals("ministers")) {
            // "European interior ministers agreed to": the ministers of one portfolio meet as the EU's Council
            return registry.organizationById("european-union");
        }
        if (e.organization() != null && STATE_OFFICIALS.contains(head)) {
            // "EU diplomats said the bloc would", "a NATO official said": the organisation's staff
            return registry.organizationById(e.organization());
        }
        return e.country() != null && STATE_OFFICIALS.contains(head) ? registry.country(e.country()) : e;
    }

    /** Verbs that report a forecast: "warned that a gap of more than €170 billion would open up". */
    private static final Set<String> WARNING = Words.set("warned", "warns", "predicted", "predicts", "feared", "fears",
            "expects", "expected", "estimated", "estimates", "forecast", "forecasts");
    /** What opens a subject that names no one: "the first batteries", "its observers", "more than 250,000 soldiers". */
    private static final Set<String> UNNAMED_SUBJECT_OPENINGS = Words.set("the", "its", "his", "her", "their", "our", "all",
            "more", "about", "some", "up", "at", "a", "an");
    /** States a plan reaches on schedule: "would be operational by the end of 2027", "would be deployed on election day". */
    // (not "delivered", "disbursed", "paid" or "arrive": the recipient says those of what it is given)
    private static final Set<String> SCHEDULED_STATES = Words.set("ready", "operational", "completed", "complete", "finished",
            "deployed", "made", "awarded", "built", "opened", "launched", "published", "installed", "shared", "signed",
            "tabled");
    /** Acts a plan starts on schedule: "the first units would deploy within 90 days". */
    private static final Set<String> SCHEDULED_ACTS = Words.set("begin", "start", "deploy", "leave", "open", "resume",
            "launch", "reopen");

    /**
     * True when a person's reported clause gives the schedule of something of their side's that names no one ("Dendias
     * said the first batteries would be operational by the end of 2027", "Tinubu said the first units would deploy
     * within 90 days"): the subject names no entity and the predicate is a scheduled state or start. Whether a date
     * follows is the caller's test.
     */
    public boolean scheduledByTheSpeaker(Sentence s, int cue, int cueEnd, FoundStatement quote) {
        if (quote == null || quote.speaker() == null || !(quote.speaker().type() == EntityType.PERSON
                && unnamedSubject(s, cue, quote) || scheduledWork(s, cue, quote))) {
            return false;
        }
        int verb = predicate(s, cueEnd);
        if (verb + 1 < s.tokens().size() && Tokens.folded(s, verb).equals("take") && Tokens.folded(s, verb + 1).equals("place")) {
            // "Deliveries will take place between 2026 and 2032, Saab said"
            return true;
        }
        if (verb + 1 < s.tokens().size() && Tokens.folded(s, verb).equals("be")) {
            return SCHEDULED_STATES.contains(Tokens.folded(s, verb + 1));
        }
        return verb < s.tokens().size() && SCHEDULED_ACTS.contains(Tokens.folded(s, verb));
    }

    /**
     * True when a reported clause whose subject names no one is in the passive, what the speaker's side will have done
     * to it ("Sandvik said the sensors would be shared in real time", "the chancellor confirmed that the two-child
     * benefit cap would be scrapped from April", "Ukrenergo said the new transformers would be installed by the end of
     * January"): annotators give those to the speaker's side 63 times in the 69 such sentences of the tuned batches.
     * Not what a recipient says of what it is given ("the money would be disbursed in two tranches").
     */
    public boolean doneByTheSpeaker(Sentence s, int cue, int cueEnd, FoundStatement quote) {
        if (!sideSpeaksOfUnnamedSubject(s, cue, quote)) {
            return false;
        }
        int verb = predicate(s, cueEnd);
        if (verb + 1 >= s.tokens().size() || !Tokens.folded(s, verb).equals("be")) {
            return false;
        }
        String participle = Tokens.folded(s, verb + 1);
        return (participle.endsWith("ed") || SCHEDULED_STATES.contains(participle)) && !NOT_BY_THE_SPEAKER.contains(participle)
                && s.isVerbAt(verb + 1) && !agentNamed(s, verb + 2);
    }

    /**
     * What a side does itself, said with a subject that names no one ("Cassis said the two hosts would convene donors
     * again in June", "the force would send a dedicated operation to Moree"). In the tuned batches these verbs,
     * after such a subject, were the speaker's side's pledge far more often than anyone else's or nobody's; verbs of
     * effect ("would cost", "would help", "would reduce", "would allow") are forecasts, and stay out, and so does
     * "would remain", whose "until ..." conditions this finder reads too long.
     */
    private static final Set<String> OWN_ACTS = Words.set("provide", "publish", "keep", "approve", "start", "begin",
            "continue", "release", "increase", "send", "open", "reopen", "review", "consider", "complete", "monitor",
            "build", "deploy", "convene", "sign", "hire", "recruit", "train", "launch", "establish", "introduce", "issue",
            "distribute", "supply", "resume", "expand", "install", "operate", "hold", "extend", "fund",
            "request", "summon", "set");

    /**
     * True when a reported clause whose subject names no one says, in the active voice, that it will do one of
     * {@link #OWN_ACTS}: the speaker's side acts through what the subject names.
     */
    public boolean actedByTheSpeaker(Sentence s, int cue, int cueEnd, FoundStatement quote) {
        if (!sideSpeaksOfUnnamedSubject(s, cue, quote)) {
            return false;
        }
        for (int k = Math.max(0, cue - 6); k < cue; k++) {
            // (the words before the report count too: "The Department for Transport ... said the works would begin")
            if (BODIES.contains(Tokens.folded(s, k)) || POSSESSIVES.contains(Tokens.folded(s, k))) {
                // "the board would review", "the joint venture would hire", "the province will build": a body of its
                // own acts, which is not always the speaker's side; nor is "its contribution would not increase" a
                // department's pledge rather than its state's
                return false;
            }
        }
        int verb = predicate(s, cueEnd);
        return verb < s.tokens().size() && OWN_ACTS.contains(Tokens.folded(s, verb))
                && (s.isVerbAt(verb) || cueEnd > 0 && MODALS.contains(Tokens.folded(s, cueEnd - 1)));
    }

    /**
     * Modals after which a bare word is a verb whatever its tag: the tagger reads "the package would fund 1,500 new
     * agents" with "fund" a noun.
     */
    private static final Set<String> MODALS = Words.set("will", "would", "shall");

    private static final Set<String> POSSESSIVES = Words.set("its", "their", "his", "her", "our");

    /** Names of bodies that have members: unions, associations, federations, chambers, councils. */
    private static final java.util.regex.Pattern MEMBERSHIP_BODY = java.util.regex.Pattern.compile(
            "\\b(?:Union|Workers|Association|Federation|Confederation|Chamber|Council|Alliance|Guild|Society|Institute"
            + "|Taskforce|Congress|Teamsters|Machinists|Employees)\\b|^(?:GMB|Unite|Unison|UAW|BMA|RMT|CWA|SEIU|AFL-CIO)$");

    /** What may stand before a body's "members" in a clause about them: "its members would", "our members will". */
    private static final Set<String> MEMBERS_OPENERS = Words.set("its", "his", "her", "our", "their", "union", "the");

    /**
     * True when the clause's subject is the members of the speaker's body ("GMB organiser Stuart Naylor said members
     * would walk out", "the BMA said its members would strike", "Our members will not accept a real-terms pay cut"):
     * a union's or an association's members act as the body, and annotators give their strikes, ballots and
     * investments to it (the tuned batches' gold has 75 commitments whose evidence says "members would" or "will", all
     * but a few of them the body's; round 47 found 24 of them missed). The speaker must be an organisation, or a
     * person known as one's, without a country (a person's own side may be a country: "his members" of a caucus chair
     * is not it).
     */
    public boolean membersOfTheSpeaker(Sentence s, int cue, FoundStatement quote) {
        if (quote == null || quote.speaker() == null || cue < 1 || !Tokens.folded(s, cue - 1).equals("members")) {
            return false;
        }
        Entity speaker = quote.speaker();
        Entity body = speaker.type() == EntityType.PERSON && speaker.organization() != null
                ? registry.organizationById(speaker.organization()) : null;
        if (!(speaker.type() == EntityType.ORGANIZATION && speaker.country() == null
                || body != null && speaker.country() == null && MEMBERSHIP_BODY.matcher(body.name()).find())) {
            // (a person's company is no membership body: "our members" in a union leader's words are not the
            // carmaker's his name may have been tied to)
            return false;
        }
        int subject = cue - 1;
        if (subject > 0 && MEMBERS_OPENERS.contains(Tokens.folded(s, subject - 1))) {
            subject--;
        }
        int verb = predicate(s, cue + 1);
        String act = verb < s.tokens().size() ? Tokens.folded(s, verb) : "";
        if (act.equals("wait") || act.equals("vote") && verb + 1 < s.tokens().size() && Tokens.folded(s, verb + 1).equals("on")) {
            // "members would vote on the proposal", "our members will wait and see": a procedure, not a pledge
            return false;
        }
        return opensTheClause(s, subject, cue, quote);
    }

    /**
     * Whether the subject at {@code subject} opens the clause of the cue at {@code cue}: the reported words' start, or
     * after a "that", a comma or a quote mark.
     */
    private static boolean opensTheClause(Sentence s, int subject, int cue, FoundStatement quote) {
        String before = subject > 0 ? Tokens.folded(s, subject - 1) : "";
        return subject == 0 || subject == reportedClauseStart(s, cue, quote) || before.equals("that") || before.equals(",")
                || Tokens.isQuoteMark(before);
    }

    /** Who a bloc's "member states" are: "member states", "member countries", "member nations". */
    private static final Set<String> MEMBER_STATES = Words.set("states", "countries", "nations");

    /**
     * True when the clause's subject is the member states of the bloc that speaks ("ECOWAS says member states will
     * deploy the first 1,650 troops", "the council said member states would continue to support the government in
     * Damascus"): annotators give what a bloc's members will do as a bloc to the bloc (the tuned batches' gold has a
     * dozen such commitments, all the speaking body's). The speaker must be an organisation or a group of states, not a
     * country.
     */
    public boolean memberStatesOfTheSpeaker(Sentence s, int cue, FoundStatement quote) {
        if (quote == null || quote.speaker() == null || cue < 2 || !MEMBER_STATES.contains(Tokens.folded(s, cue - 1))
                || !Tokens.folded(s, cue - 2).equals("member")) {
            return false;
        }
        Entity speaker = quote.speaker();
        if (speaker.type() != EntityType.ORGANIZATION && speaker.type() != EntityType.GROUP || speaker.country() != null) {
            return false;
        }
        return opensTheClause(s, cue - 2, cue, quote);
    }

    /**
     * "Healey said the first tranche of the new money would go on air defence", "McBain said the first grants would be
     * paid before Christmas": the first part of something a side hands out is scheduled by that side, whatever the
     * verb (other subjects that name no one need one of {@link #OWN_ACTS}).
     */
    public boolean firstPartByTheSpeaker(Sentence s, int cue, FoundStatement quote) {
        if (!sideSpeaksOfUnnamedSubject(s, cue, quote)) {
            return false;
        }
        int first = reportedClauseStart(s, cue, quote);
        int verb = predicate(s, cue + 1);
        // ("the first phase would last six months", "the first round would cover ...", "the first adjustment will take
        // effect": what a plan is like, not an act)
        // ("the first tanks would be delivered from South Korea": another side delivers them to the speaker's)
        return first + 1 < cue && Tokens.folded(s, first).equals("the") && Tokens.folded(s, first + 1).equals("first")
                && (verb >= s.tokens().size() || !NOT_ACTS.contains(Tokens.folded(s, verb)))
                && !fromAnother(s, verb);
    }

    /** What a plan is like, not what is done: "would last six months", "would run on grid electricity". */
    private static final Set<String> NOT_ACTS = Words.set("last", "cover", "take", "run");

    /** "be delivered from South Korea", "be built by Hanwha": a named other side, just after the predicate at {@code verb}. */
    private static boolean fromAnother(Sentence s, int verb) {
        for (int k = verb + 1; k + 1 < Math.min(s.tokens().size(), verb + 4); k++) {
            String w = Tokens.folded(s, k);
            if ((w.equals("from") || w.equals("by")) && s.tokens().get(k + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }
    private static final Set<String> BODIES = Words.set("board", "venture", "secretariat", "council", "committee",
            "regulator", "agency", "province", "presidency", "opposition", "north", "south", "region", "state", "authority",
            "department", "ministry", "commission", "federation", "union", "association", "members", "soldiers", "troops",
            "army", "military", "government", "administration", "party", "alliance", "fund", "bank", "company");

    /**
     * What a recipient says is done with what it is given ("would be delivered", "will be used to protect the border",
     * "would be financed partly from"), and what others settle ("would be negotiated", "would be discussed").
     */
    private static final Set<String> NOT_BY_THE_SPEAKER = Words.set("delivered", "disbursed", "paid", "received",
            "transferred", "released", "sent", "supplied", "used", "financed", "funded", "covered", "negotiated",
            "discussed", "tested", "required", "identified", "based", "asked", "expected");

    /**
     * "would be co-chaired by Saudi Arabia", "would be built with Australia": someone else does it, or does it too ("by
     * the end of 2027", "by March" are dates).
     */
    private static boolean agentNamed(Sentence s, int from) {
        for (int k = from; k < Math.min(s.tokens().size() - 1, from + 4); k++) {
            if (k == from && Tokens.folded(s, k).equals("with") && s.tokens().get(k + 1).isCapitalized()) {
                // "the radar would be built with Australia": a partner shares it, whom the clause does not say
                return true;
            }
            if (Tokens.folded(s, k).equals("by")) {
                String next = Tokens.folded(s, k + 1);
                boolean date = Character.isDigit(next.charAt(0)) || Words.MONTHS.contains(next)
                        || next.equals("then") || next.equals("the") && k + 2 < s.tokens().size()
                            && (Tokens.folded(s, k + 2).equals("end") || Tokens.folded(s, k + 2).equals("time"));
                return !date;
            }
        }
        return false;
    }

    /**
     * Who the subject before the cue names, from the statement's start or its last "that": "Palm oil, Indonesia's
     * biggest export to the EU, would ...", but not the government of "the government would rebuild the schools and
     * that 50,000 families would receive ...".
     */
    public List<Entity> namedBefore(Sentence s, int cue, FoundStatement quote) {
        List<Entity> named = new ArrayList<>();
        int from = Math.min(Tokens.tokenAt(s, quote.quoteStart()), cue);
        for (int k = cue - 1; k > from; k--) {
            if (Tokens.folded(s, k).equals("that")) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < cue; k++) {
            if (k + 2 < cue && participleAfterComma(s, k + 1) && Tokens.folded(s, k + 2).equals("by")) {
                // "the plant, built by Russia's Rosatom in Mersin province, would begin": who built it is no subject
                int close = k + 3;
                while (close < cue && !Tokens.folded(s, close).equals(",")) {
                    close++;
                }
                k = close;
                continue;
            }
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null) {
                named.add(m.entity());
            }
        }
        return named;
    }

    /** Words that make "the venture" another body than the speaker's own: "the joint venture", "the new company". */
    private static final Set<String> OTHER_BODIES = Words.set("joint", "new");

    /**
     * Whether the noun at {@code i} opens, after "the" and at most one lower-case word, the clause a speaker reports:
     * "Fadlallah said the group would", "Marokane said the state utility would".
     */
    private static boolean opensReportedClause(Sentence s, int i, FoundStatement quote) {
        if (quote == null || quote.direct() || quote.speaker() == null) {
            return false;
        }
        int the = i - 1;
        if (the > 0 && !Tokens.folded(s, the).equals("the") && s.tokens().get(the).isWord()
                && (!s.tokens().get(the).isCapitalized()
                    || s.tags(the, the + 1)[0].equals("ADJ") && !s.tokens().get(i).isCapitalized())
                && !OTHER_BODIES.contains(Tokens.folded(s, the))) {
            // ("the state utility", "the French company": the speaker's own; not "the European Union", a name)
            the--;
        }
        return the >= 0 && Tokens.folded(s, the).equals("the") && s.tokens().get(the).start() == quote.quoteStart();
    }

    /** A speaker who can speak for a side (not an unnamed group) reports a clause whose subject names no one. */
    private boolean sideSpeaksOfUnnamedSubject(Sentence s, int cue, FoundStatement quote) {
        return quote != null && quote.speaker() != null && quote.speaker().type() != EntityType.GROUP
                && unnamedSubject(s, cue, quote);
    }

    /** A reported clause (not a quote) opens its subject, before the cue, with words that name no one. */
    private boolean unnamedSubject(Sentence s, int cue, FoundStatement quote) {
        if (quote.direct()) {
            return false;
        }
        int first = reportedClauseStart(s, cue, quote);
        String opening = Tokens.folded(s, Math.min(first, s.tokens().size() - 1));
        if (cue - first < 2 || cue - first > 8
                || !(UNNAMED_SUBJECT_OPENINGS.contains(opening) || Character.isDigit(opening.charAt(0)))) {
            return false;
        }
        if ((opening.equals("a") || opening.equals("an")) && WARNING.contains(String.valueOf(quote.verb()))) {
            // "warned that a gap of more than €170 billion would open up": a forecast, not the side's own act
            return false;
        }
        for (int k = first; k < cue; k++) {
            if (Tokens.isQuoteMark(s.tokens().get(k).text()) || Tokens.folded(s, k).equals(",")
                    || speakers.mentionAt(s.index(), k) != null) {
                return false;
            }
        }
        return true;
    }

    /** Work a supplier or a builder schedules, named without a determiner: "Deliveries will begin in 2028". */
    private static final Set<String> SCHEDULED_WORK = Words.set("deliveries", "delivery", "shipments", "production",
            "construction", "work", "works", "operations", "drilling", "installation", "disbursements");

    /**
     * "Deliveries will begin in 2028 to the Adriatic LNG terminal, QatarEnergy said", "Construction will start next year,
     * the ministry said": a reported clause whose subject is only the work, said by the country or the organisation
     * that does it (a minister's "deliveries would begin" is as often the supplier's, another side).
     */
    private static boolean scheduledWork(Sentence s, int cue, FoundStatement quote) {
        if (quote.direct() || quote.speaker().type() == EntityType.GROUP || quote.speaker().type() == EntityType.PERSON) {
            return false;
        }
        int first = reportedClauseStart(s, cue, quote);
        return cue - first == 1 && SCHEDULED_WORK.contains(Tokens.folded(s, first));
    }

    /** Where the reported clause of a cue opens: the report's start, after its "that" ("said that the first ..."). */
    private static int reportedClauseStart(Sentence s, int cue, FoundStatement quote) {
        int first = Math.min(Tokens.tokenAt(s, quote.quoteStart()), cue);
        return first < cue && Tokens.folded(s, first).equals("that") ? first + 1 : first;
    }

    /** The predicate's first word after the cue and its adverbs ("would also be", "will soon begin"). */
    private static int predicate(Sentence s, int cueEnd) {
        int verb = cueEnd;
        while (verb < s.tokens().size() && PREDICATE_ADVERBS.contains(Tokens.folded(s, verb))) {
            verb++;
        }
        return verb;
    }

    /** A state's forces, whose acts its officials announce: "said the army would", "said police would expel". */
    private static final Set<String> ARMED_FORCES = Words.set("army", "military", "navy", "armed", "police");

    /** Who sits in a body: "leaders of the G7", "members of the coalition". */
    private static final Set<String> MEMBERS = Words.set("leaders", "members", "ministers", "ambassadors", "heads",
            "envoys", "delegates", "representatives");

    private static final Set<String> STATE_OFFICIALS = Words.set("officials", "ministers", "diplomats", "negotiators",
            "authorities", "envoys", "spokespeople", "spokesmen", "leaders", "sources", "government", "official",
            "diplomat", "negotiator", "source");

    /**
     * 'the department "will not fund discrimination" and would review the certification', 'the fund "stands ready to
     * support Jamaica" and could consider a request': the quoted phrase is followed by the reporter's own predicate,
     * which annotators record as the pledge (2 of 2 tuned cases), so the quoted one is not read on its own.
     */
    private static boolean reportersPredicateAfterQuote(Sentence s, int cue) {
        List<Token> tokens = s.tokens();
        for (int k = cue + 1; k + 2 < tokens.size(); k++) {
            if (Tokens.isQuoteMark(tokens.get(k).text())) {
                return Tokens.folded(s, k + 1).equals("and") && MODALS_AFTER_QUOTE.contains(Tokens.folded(s, k + 2));
            }
        }
        return false;
    }

    private static final Set<String> MODALS_AFTER_QUOTE = Words.set("would", "will", "could", "can", "may", "might");

    private List<Entity> actorsAsWritten(Sentence s, int cue, FoundStatement quote) {
        List<Token> tokens = s.tokens();
        List<Entity> out = new ArrayList<>();
        if (cue > 1 && (Tokens.folded(s, cue - 1).equals("and") || Tokens.folded(s, cue - 1).equals("but"))
                && Tokens.folded(s, cue).endsWith("ed") && !quotedBefore(s, cue) && reportedBefore(s, cue)) {
            // "Trump said Spain was terrible and threatened to make the country pay": the sentence's subject
            Entity subject = org.pledgewatch.extractor.quotes.SubjectFinder.speakerBefore(s, cue, speakers, true);
            if (subject != null) {
                out.add(subject);
                return out;
            }
        }
        for (int i = cue - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            String w = t.folded();
            if (w.equals(",") && closesOpeningCondition(s, i) && !Words.SUBJECT_PRONOUNS.contains(Tokens.folded(s, i + 1))) {
                // "Once the BHCPF funds are released, the states will pay": who acts stands after the comma ("If
                // the government cannot raise revenue, it will borrow": a pronoun may point back into the clause)
                break;
            }
            if (w.equals(",") && (i >= cue - 3 || predicateBefore(s, i + 1, cue))) {
                int relative = relativeClauseOpening(s, i);
                if (relative > 0) {
                    // "Britain, which co-hosted the meeting with the EU and Germany, pledged": not the clause's objects
                    i = relative;
                    continue;
                }
                int predicate = coordinatedPredicateOpening(s, i, cue);
                if (predicate > 0) {
                    // "Sharif announced a package for families in Punjab and Sindh, and directed the NDMA to": the
                    // subject of the first predicate gives the order, not the last place named in it
                    i = predicate;
                    continue;
                }
            }
            Mention m = speakers.mentionAt(s.index(), i);
            if ((ORGANIZATION_NOUNS.contains(w) || EMPLOYER_NOUNS.contains(w)) && opensReportedClause(s, i, quote)
                    && quote.speaker().type() == EntityType.PERSON && quote.speaker().organization() != null) {
                // "Fadlallah said the group would not discuss its arsenal", "Grossi, head of the IAEA, said the agency
                // stood ready to": the body its speaker speaks for, not the last one named
                Entity org = registry.organizationById(quote.speaker().organization());
                boolean unitedNations = w.equals("secretariat") && org != null && org.id().equals("united-nations");
                // ("Kent County Council will not ..., its Reform UK leader has said. Cllr Linden Kemkaran said the
                // authority would": the council that "the authority" was read as, not its leader's party; where the
                // words name no body read before, "SEPTA General Manager Scott Sauer said the authority would", the
                // speaker's body it is)
                boolean otherPublicBody = org != null && PUBLIC_BODY_NOUNS.contains(w) && m != null
                        && m.entity().type() == EntityType.ORGANIZATION && !m.entity().equals(org);
                if (org != null && !registry.isNewsAgency(org) && !unitedNations && !otherPublicBody
                        && (ORGANIZATION_NOUNS.contains(w) || registry.mayBeACompany(org))) {
                    // ("the secretariat" in a UN official's words is one of the UN family's many: the climate
                    // convention's, not the UN's own)
                    // (and "Brenner said the company would update investors", the chief financial officer of Kestrel,
                    // after "The IG Metall union said": the company she speaks for, not the body named last)
                    out.add(org);
                    return out;
                }
            }
            if ((w.equals("secretariat") || w.equals("depository")) && opensReportedClause(s, i, quote) && m == null
                    && quote.speaker().type() == EntityType.ORGANIZATION && !registry.isNewsAgency(quote.speaker())) {
                // "A spokesperson for Euroclear said the depository would comply": the body that speaks
                out.add(quote.speaker());
                return out;
            }
            if (m == null && i == cue - 1 && quote != null && !quote.direct() && servesAState(quote.speaker())
                    && (goesAhead(s, cue) && theOpensQuote(s, i - 1, quote)
                        || STATE_MEASURES.contains(w) && measureOpensQuote(s, i, quote) && takesEffectOrStays(s, cue))) {
                // "the junta spokesman said the election would go ahead as planned": the event its state holds;
                // "Lutnick said the tariff cut would take effect only after Japan passed the law": when its state's
                // measure starts or ends is the state's to keep
                out.add(registry.country(quote.speaker().country()));
                return out;
            }
            if (m == null && MEMBERS.contains(w) && i + 2 < cue && Tokens.folded(s, i + 1).equals("of")) {
                // "Leaders of the Group of Seven agreed to ...": the body whose members they are
                int k = Tokens.folded(s, i + 2).equals("the") ? i + 3 : i + 2;
                Mention body = speakers.mentionAt(s.index(), k);
                if (body != null && body.entity().type() != EntityType.PERSON && body.kind() != Mention.Kind.GROUP) {
                    out.add(body.entity());
                    return out;
                }
            }
            if (m != null && m.kind() == Mention.Kind.ROLE && m.entity().type() == EntityType.COUNTRY
                    && quote != null && quote.speaker() != null && quote.speaker().country() != null) {
                // "Svyrydenko said that the government will ...": the speaker's government
                out.add(registry.country(quote.speaker().country()));
                return out;
            }
            if (m == null && quote != null && quote.speaker() != null && quote.speaker().country() != null
                    && quote.speaker().organization() == null && HEADS_OF_GOVERNMENT.contains(w) && headOfGovernmentAt(s, i)) {
                // 'Lutnick said the president would not lower the lumber tariffs', "the president is not going to": an
                // unnamed head of government, in an official's words, heads the official's state
                out.add(registry.country(quote.speaker().country()));
                return out;
            }
            if (m == null && quote != null && !quote.direct() && quote.speaker() != null && quote.speaker().country() != null
                    && (w.equals("country's") || w.equals("country\u2019s")
                        || (w.equals("country") && i + 1 < cue && Folding.isPossessive(Tokens.folded(s, i + 1))))
                    && i > 0 && Tokens.folded(s, i - 1).equals("the")) {
                // "Koizumi said the country's defence ministry was considering ...": the speaker's country
                out.add(registry.country(quote.speaker().country()));
                return out;
            }
            if (m != null && !registry.setAt(m.start()).isEmpty() && usable(s, m)) {
                // "the three countries will ...": all of them
                out.addAll(registry.setAt(m.start()));
                return out;
            }
            if (m != null && usable(s, m) && m.kind() == Mention.Kind.GROUP
                    && ALLIES.contains(Folding.fold(m.entity().name()))) {
                // "Allies also pledged to ...", opening a sentence: the alliance the article is about
                Entity coalition = alliance(t.start());
                if (coalition != null) {
                    out.add(coalition);
                    return out;
                }
            }
            if (m != null) {
                if (usable(s, m) && m.kind() == Mention.Kind.GROUP) {
                    Entity body = memberOf(s, m);
                    if (body != null) {
                        out.add(body);
                        return out;
                    }
                }
                if (usable(s, m)) {
                    List<Entity> joined = new ArrayList<>(List.of(m.entity()));
                    int first = coordinated(s, m, joined);
                    if (first < m.tokenStart() && first > 0 && OBJECTS_ONLY.contains(Tokens.folded(s, first - 1))) {
                        // "said the company had identified sites in Quebec and Ontario and was prepared to invest": the
                        // last of a preposition's objects is no subject, however near the cue (but "mediators from Qatar,
                        // Egypt and Turkey would meet", "a coalition led by Australia and Türkiye launched": the group
                        // they head or make up acts through them)
                        i = first;
                        continue;
                    }
                    out.addAll(0, joined);
                    return out;
                }
                i = m.tokenStart();
                continue;
            }
            if (reportingVerbs.contains(w) && i + 1 < cue && Tokens.folded(s, i + 1).equals(",")) {
                // "Brazil, he said, would contribute": skip the parenthetical attribution
                int open = i - 1;
                while (open > 0 && open > i - 6 && !Tokens.folded(s, open).equals(",")) {
                    open--;
                }
                if (open > 0 && Tokens.folded(s, open).equals(",")) {
                    i = open;
                    continue;
                }
            }
            if (Tokens.isQuoteMark(t.text()) && quote != null && !quote.direct() && coordinatedAfter(s, i + 1, cue)) {
                // 'said it was "honoured" by the selection and would set up': a quoted phrase inside the reported
                // clause, whose subject comes before it (but "had to 're-earn trust' before funding could resume"
                // has a subject of its own after it)
                int open = quotedPhraseOpening(s, i);
                if (open > 0 && !pledgeBetween(s, open, i)) {
                    i = open;
                    continue;
                }
            }
            if (Tokens.isQuoteMark(t.text()) && i == cue - 1 && i > 0 && (quote != null && !quote.direct()
                    || tokens.get(i - 1).isWord() && !reportingVerbs.contains(Tokens.folded(s, i - 1))
                        && !reportersPredicateAfterQuote(s, cue))) {
                // 'De Wever said the government "will not back down"': a partial quote that opens at the pledge
                // itself; whoever pledges stands before the quote mark (also when the quote is the sentence's own:
                // 'Germany "will provide 500 million euros," Merz said', 'The bloc "commits to ...," the communique said')
                continue;
            }
            if ((w.equals(":") || Tokens.isQuoteMark(t.text())) && withinShortBrackets(s, i)) {
                // "Kelvane Semiconductor, Inc. (NASDAQ: KLVN) today announced plans to", 'The Qatar Investment Authority
                // ("QIA") today announced': a stock ticker's colon, or the marks around a short name, open no clause
                continue;
            }
            if (BOUNDARIES.contains(w) || Tokens.isQuoteMark(t.text()) || reportingVerbs.contains(w)) {
                break;
            }
            if (i > 0 && i == cue - 1 && (Tokens.folded(s, i - 1).equals("its") || Tokens.folded(s, i - 1).equals("their"))
                    && (quote == null || !quote.direct()) && s.tokens().get(i).isWord()) {
                // "The African Union said its envoy would visit": the envoy acts for the one who said it
                reportingSubject(s, i - 1, out);
                if (!out.isEmpty()) {
                    return out;
                }
            }
            int told = quote != null && quote.direct() && (w.equals("it") || w.equals("they")) ? toldTheSpeaker(s, i) : -1;
            if (told > 0) {
                // '"Nigeria, Kenya and Rwanda have told me they will increase their contributions," Tedros said': in
                // a quote, whoever told the speaker
                Mention teller = mentionBefore(s, told);
                if (teller != null && teller.entity().type() != EntityType.PERSON) {
                    out.add(teller.entity());
                    coordinated(s, teller, out);
                }
                return out;
            }
            if ((w.equals("it") || w.equals("they")) && (quote == null || !quote.direct())) {
                // "The UAE said it would pay", "Ethiopia and Kenya said they would": the subject of the reporting verb
                reportingSubject(s, i, out);
                if (out.isEmpty() && quote != null && quote.speaker() != null && w.equals("it") && t.start() == quote.quoteStart()
                        && (quote.speaker().type() != EntityType.PERSON || registry.revealOrganization(quote.speaker()))) {
                    // "Siemens Energy raised its targets and said it would buy back ...": the reported
                    // clause opens with "it", which is whoever said it (and "Hyundai Rotem", read as a
                    // person's name, turns out to be a company)
                    out.add(quote.speaker());
                }
                if (out.isEmpty() && quote != null && quote.speaker() != null && w.equals("they")
                        && t.start() == quote.quoteStart() && namedInThePlural(quote.speaker())
                        && registry.revealOrganization(quote.speaker())) {
                    // "Coastal First Nations said in a statement they would ...": a name in the plural, read as a
                    // person's, that "they" takes up is a body's
                    out.add(quote.speaker());
                }
                if (out.isEmpty() && quote == null && w.equals("it") && opensClause(s, i)) {
                    // "The company said it would close a plant. At the same time, it pledged to invest ...": the
                    // organisation or country the previous sentence was about
                    Entity previous = speakers.previousSubject(s.index());
                    if (previous != null) {
                        out.add(previous);
                    }
                }
                return out;
            }
            if ((ORGANIZATION_NOUNS.contains(w) || EMPLOYER_NOUNS.contains(w)) && i > 0 && isPossessivePronoun(Tokens.folded(s, i - 1))) {
                // "his group could reject", "our organisation will": the organisation the speaker works for
                Entity person = pronoun(s, i - 1, quote);
                if (person == null && quote != null) {
                    person = quote.speaker();
                }
                if (person != null && person.organization() != null) {
                    Entity org = registry.organizationById(person.organization());
                    if (org != null) {
                        out.add(org);
                    }
                }
                return out;
            }
            if ((w.equals("government") || w.equals("country") || w.equals("cabinet") || w.equals("administration")
                    || (STATE_NAMES.contains(w) && quote != null && (!quote.direct() || ownStateOpensClause(s, i))
                        && predicateFollows(s, i + 1, cue))
                    || (ARMED_FORCES.contains(w) && quote != null && !quote.direct())
                    || (TROOPS.contains(w) && i > 0 && isPossessivePronoun(Tokens.folded(s, i - 1)))
                    || (MINISTRY_NOUNS.contains(w) && i > 0 && (isPossessivePronoun(Tokens.folded(s, i - 1))
                        || quote != null && servesAState(quote.speaker()))))
                    && (i > 0 && (GOVERNMENT_DETERMINERS.contains(Tokens.folded(s, i - 1))
                            || THIS_GOVERNMENT.contains(w) && Tokens.folded(s, i - 1).equals("this"))
                        || (w.equals("government") || w.equals("police")) && quote != null && !quote.direct()
                            && t.start() == quote.quoteStart())) {
                // (and "The minister said government would cap the deficit": "government" without "the", as Ghanaian,
                // Nigerian or Indian copy writes it, opening the reported clause; "police" without it anywhere)
                // "Aoun said the army would complete its deployment": the armed forces of the speaker's country
                // "Healey said the government would", "Salam said his government would", "Takaichi said her cabinet
                // would", "McFadden said his department would", a spokesman's "the department will deploy": the
                // speaker's government
                Entity speaker = quote != null ? quote.speaker() : null;
                if (speaker == null && !Tokens.folded(s, i - 1).equals("the")) {
                    if (reportedByUnnamed(s, i - 1)) {
                        // "A Burkinabè delegate said his government would allow ...": an unnamed reporter's government,
                        // not that of the last person named
                        Entity described = describedReportersCountry(s, i - 2);
                        if (described != null) {
                            out.add(described);
                        }
                        return out;
                    }
                    speaker = pronoun(s, i - 1, quote);
                }
                Entity region = speaker == null || speaker.organization() == null ? null
                        : registry.organizationById(speaker.organization());
                if (region != null && registry.isRegion(region) && REGIONAL_STATE_NAMES.contains(w)) {
                    // "Kentucky Governor Andy Beshear said the state would provide": the governor's state
                    out.add(region);
                } else if (REGIONAL_STATE_NAMES.contains(w) && !Tokens.folded(s, i - 1).equals("the")) {
                    // "Bavarian Economy Minister Hubert Aiwanger said his state would": a state of a federation
                    // this article does not name
                    return out;
                } else if (speaker != null && speaker.country() != null) {
                    out.add(registry.country(speaker.country()));
                } else if (region != null && registry.isRegion(region)) {
                    // "Nova Scotia Premier Tim Houston said his government would": the region's government
                    out.add(region);
                }
                return out;
            }
            if (Folding.fold(Folding.stripPossessive(t.text())).equals("country") && i > 0 && isPossessivePronoun(Tokens.folded(s, i - 1))) {
                Entity e = pronoun(s, i - 1, quote);
                if (e != null) {
                    out.add(e);
                }
                return out;
            }
            if (w.equals("he") || w.equals("she") || w.equals("we") || w.equals("i")) {
                if (!nextToCue(s, i, cue)) {
                    // "The decisions we took today will ...": the pronoun is the subject of a relative clause
                    continue;
                }
                if (w.equals("we") && quote == null && !quotedBefore(s, i)) {
                    // a declaration's "we will" is all its signatories'
                    out.addAll(speakers.firstPersonAuthors());
                    return out;
                }
                Entity e = pronoun(s, i, quote);
                if (e != null) {
                    out.add(e);
                }
                return out;
            }
            if (ALLIES.contains(w) && (i == 0 || !PREPOSITIONS.contains(Tokens.folded(s, i - 1)))) {
                // "allies will continue to ...": the coalition or alliance the article is about
                Entity coalition = alliance(t.start());
                if (partyCoalition(s, i) && (coalition == null || !coalition.name().contains("Coalition"))) {
                    // "Sussan Ley said the Coalition would vote against", "a Coalition government would": the parties'
                    // alliance that calls itself so, not the organisation named last
                    coalition = registry.group("Coalition", null);
                }
                if (coalition != null) {
                    out.add(coalition);
                    return out;
                }
            }
        }
        return out;
    }

    /**
     * Only auxiliaries, adverbs or a quote mark between {@code from} and the cue: "the state would", "the Kingdom is
     * ready", "the state alone would" (not "the state pension age would rise").
     */
    private static boolean predicateFollows(Sentence s, int from, int cue) {
        for (int k = from; k < cue; k++) {
            String w = Tokens.folded(s, k);
            if (!AUXILIARIES.contains(w) && !PREDICATE_ADVERBS.contains(w) && !w.endsWith("ly")
                    && !Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** A state's measures that take effect, stay or end: "the tariffs", "the export ban", "the fuel levy". */
    private static final Set<String> STATE_MEASURES = Words.set("tariff", "tariffs", "cut", "ban", "duty", "duties",
            "sanctions", "levy", "increase", "measure", "measures", "restrictions", "curbs", "tax", "fee", "suspension",
            "pause", "exemption", "freeze", "quota");

    /** Whether the reported clause opens with the measure's "the" (one modifier between: "the tariff cut"). */
    private static boolean measureOpensQuote(Sentence s, int noun, FoundStatement quote) {
        return theOpensQuote(s, Tokens.folded(s, noun - 1).equals("the") ? noun - 1 : noun - 2, quote);
    }

    /** Whether token {@code the} is a "the" that opens the reported clause. */
    private static boolean theOpensQuote(Sentence s, int the, FoundStatement quote) {
        return the >= 0 && Tokens.folded(s, the).equals("the") && s.tokens().get(the).start() == quote.quoteStart();
    }

    /** "would take effect", "will remain", "would not apply", "would be lifted", "would come into force" after the cue. */
    private static boolean takesEffectOrStays(Sentence s, int cue) {
        int k = cue + 1;
        while (ADVERBS_BEFORE_TAKING_EFFECT.contains(Tokens.folded(s, k))) {
            k++;
        }
        String verb = Tokens.folded(s, k);
        String next = Tokens.folded(s, k + 1);
        return verb.equals("take") && next.equals("effect") || verb.equals("come") && next.equals("into")
                || verb.equals("be") && (next.equals("lifted") || next.equals("extended"))
                || MEASURE_SPANS.contains(verb);
    }

    private static final Set<String> ADVERBS_BEFORE_TAKING_EFFECT = Words.set("not", "only", "still", "also");
    private static final Set<String> MEASURE_SPANS = Words.set("remain", "stay", "apply", "expire", "end", "last");

    /** "would go ahead", "will proceed": an event that is held, or not, by whoever holds it. */
    private static boolean goesAhead(Sentence s, int cue) {
        int k = cue + 1;
        if (Tokens.folded(s, k).equals("still")) {
            k++;
        }
        return Tokens.folded(s, k).equals("proceed")
                || Tokens.folded(s, k).equals("go") && Tokens.folded(s, k + 1).equals("ahead");
    }

    /** A person of a country who works for no organisation, or for one of its state bodies (the Pentagon). */
    boolean servesAState(Entity speaker) {
        if (speaker == null || speaker.type() != EntityType.PERSON || speaker.country() == null) {
            return false;
        }
        Entity employer = speaker.organization() == null ? null : registry.organizationById(speaker.organization());
        return employer == null || employer.country() != null && registry.isListedOrganization(employer);
    }

    private static final Set<String> TOLD = Words.set("told", "assured", "informed", "promised");

    /**
     * "... have told me they will", "has assured us that it will": the index of the verb that reports to the speaker
     * before {@code pronoun}, or -1.
     */
    private static int toldTheSpeaker(Sentence s, int pronoun) {
        int k = pronoun - 1;
        if (k > 0 && Tokens.folded(s, k).equals("that")) {
            k--;
        }
        boolean toSpeaker = k > 0 && (Tokens.folded(s, k).equals("me") || Tokens.folded(s, k).equals("us"))
                && TOLD.contains(Tokens.folded(s, k - 1));
        return toSpeaker ? k - 1 : -1;
    }

    /** The mention that ends within two words (an auxiliary, an adverb) before {@code verb}, quoted or not, or null. */
    private Mention mentionBefore(Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The entities before the reporting verb that precedes token {@code from}: "Sweden said it ...". */
    private void reportingSubject(Sentence s, int from, List<Entity> out) {
        int v = from - 1;
        while (v >= 0 && !reportingVerbs.contains(Tokens.folded(s, v))) {
            if (Tokens.folded(s, v).equals(",") || Tokens.isQuoteMark(s.tokens().get(v).text())) {
                return;
            }
            v--;
        }
        if (v < 0) {
            return;
        }
        Mention m = org.pledgewatch.extractor.quotes.SubjectFinder.subjectMention(s, v, speakers);
        if (m != null && !registry.setAt(m.start()).isEmpty()) {
            out.addAll(registry.setAt(m.start()));
            return;
        }
        if (m != null && m.entity().type() != EntityType.PERSON) {
            out.add(m.entity());
            coordinated(s, m, out);
        } else if (m != null && Tokens.folded(s, from).equals("they")) {
            // "Hungary's Viktor Orbán and Slovakia's Robert Fico said they would not take part": the leaders' countries
            out.addAll(countriesOfLeaders(s, v));
        }
    }

    /**
     * The countries of the people named together, joined by "and", before the verb at {@code v}; none unless there are
     * two or more and each has a country.
     */
    private List<Entity> countriesOfLeaders(Sentence s, int v) {
        List<Entity> people = new ArrayList<>();
        boolean joined = false;
        for (int k = 0; k < v; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (Tokens.folded(s, k).equals("and")) {
                joined = true;
            }
            if (m != null && m.entity().type() == EntityType.PERSON && !m.inQuote() && !people.contains(m.entity())) {
                people.add(m.entity());
            }
        }
        List<Entity> countries = new ArrayList<>();
        for (Entity person : people) {
            Entity country = person.country() == null ? null : registry.country(person.country());
            if (country == null) {
                return List.of();
            }
            if (!countries.contains(country)) {
                countries.add(country);
            }
        }
        return joined && people.size() >= 2 && countries.size() >= 2 ? countries : List.of();
    }

    /** True when a reporting verb stands before the cue: "said Spain was terrible and threatened to ...". */
    private boolean reportedBefore(Sentence s, int cue) {
        for (int k = 0; k < cue; k++) {
            if (SPEECH_VERBS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of saying only (not "vowed", "promised": a pledge and a second pledge are one subject's two acts). */
    private static final Set<String> SPEECH_VERBS = Words.set("said", "says", "told", "tells", "added", "insisted",
            "stressed", "noted", "argued", "warned", "wrote");

    /** True when an odd number of quotation marks opens the sentence before the cue: the cue is quoted. */
    private static boolean quotedBefore(Sentence s, int cue) {
        int marks = 0;
        for (int k = 0; k < cue; k++) {
            if (Tokens.isQuoteMark(s.tokens().get(k).text())) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /** True when only an adverbial set off by a comma ("At the same time,") stands before token {@code i}. */
    private static boolean opensClause(Sentence s, int i) {
        if (i == 0) {
            return true;
        }
        if (!Tokens.folded(s, i - 1).equals(",")) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            if (s.tokens().get(k).text().equals(",") || Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return false;
            }
        }
        return i - 1 <= 5;
    }

    /** "Finance ministers of the Group of 20": the organisation the group belongs to, or null. */
    private Entity memberOf(Sentence s, Mention group) {
        int k = group.tokenEnd();
        if (k < s.tokens().size() && (Tokens.folded(s, k).equals("of") || Tokens.folded(s, k).equals("from"))) {
            k++;
            if (k < s.tokens().size() && Tokens.folded(s, k).equals("the")) {
                k++;
            }
            Mention body = speakers.mentionAt(s.index(), k);
            if (body != null && body.entity().type() != EntityType.PERSON && body.kind() != Mention.Kind.GROUP) {
                return body.entity();
            }
        }
        return null;
    }

    /** Only adverbs and negations stand between the pronoun at {@code i} and the cue: "we also will", "he would". */
    private static boolean nextToCue(Sentence s, int i, int cue) {
        if (cue - i > 3) {
            return false;
        }
        for (int k = i + 1; k < cue; k++) {
            String w = Tokens.folded(s, k);
            if (!(w.endsWith("ly") || w.equals("also") || w.equals("still") || w.equals("not") || w.equals("never")
                    || w.equals("now") || w.equals("then") || w.equals("too") || AUXILIARIES.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** "the Coalition would", "a Coalition government would": a capitalised "Coalition" that names no coalition "of" anyone. */
    private static boolean partyCoalition(Sentence s, int i) {
        return i > 0 && s.tokens().get(i).text().equals("Coalition")
                && (Tokens.folded(s, i - 1).equals("the") || Tokens.folded(s, i - 1).equals("a"))
                && (i + 1 >= s.tokens().size() || !Tokens.folded(s, i + 1).equals("of"));
    }

    /** What "the allies" are: the coalition the article names, else the alliance named latest before {@code offset}. */
    private Entity alliance(int offset) {
        Entity coalition = registry.latestCoalition();
        return coalition != null ? coalition : latestAlliance(offset);
    }

    /** The organisation or coalition named most recently before {@code offset}, outside quotes. */
    private Entity latestAlliance(int offset) {
        Entity found = null;
        for (Mention m : speakers.mentions()) {
            if (m.start() >= offset) {
                break;
            }
            Entity e = m.entity();
            if (!m.inQuote() && !m.place() && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP)
                    && m.kind() != Mention.Kind.GROUP && e.country() == null && !registry.isNewsAgency(e)) {
                found = e;
            }
        }
        return found;
    }

    /** The parties named in tokens [from, to): "commits the group to", "obliges France and Germany to". */
    List<Entity> objectActors(Sentence s, int from, int to) {
        List<Entity> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && !out.contains(m.entity())) {
                out.add(m.entity());
                k = m.tokenEnd() - 1;
            } else if (m == null && ALLIES.contains(Tokens.folded(s, k))) {
                Entity coalition = alliance(s.tokens().get(k).start());
                if (coalition != null && !out.contains(coalition)) {
                    out.add(coalition);
                }
            }
        }
        return out;
    }

    /** The country or organisation mentioned at token {@code k} (after an optional "the"), or null. */
    Entity mentionedAt(Sentence s, int k) {
        if (k < s.tokens().size() && Tokens.folded(s, k).equals("the")) {
            k++;
        }
        Mention m = k < s.tokens().size() ? speakers.mentionAt(s.index(), k) : null;
        return m == null || m.entity().type() == EntityType.PERSON ? null : m.entity();
    }

    /** "will help Ukraine develop ...": a name right after a verb is its object, not a subject. */
    private boolean afterVerb(Sentence s, Mention m) {
        int p = m.tokenStart() - 1;
        if (p >= 0 && Tokens.folded(s, p).equals("the")) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Token t = s.tokens().get(p);
        String w = t.folded();
        if (p > 0 && Tokens.folded(s, p - 1).equals("-")) {
            // "the Kurdish-led Syrian Democratic Forces", "the US-backed government": an adjective, not a verb
            return false;
        }
        return t.isWord() && !t.isCapitalized() && !NOT_VERBS.contains(w) && !reportingVerbs.contains(w)
                && !w.endsWith("ly") && (w.endsWith("ed") || w.endsWith("s") || VERB_FORMS.contains(w));
    }

    /**
     * Whether the reporting verb just before {@code pronoun} has an unnamed subject, no person named before it: "A
     * Burkinabè delegate said his".
     */
    private boolean reportedByUnnamed(Sentence s, int pronoun) {
        int verb = pronoun - 1;
        if (verb < 2 || !reportingVerbs.contains(Tokens.folded(s, verb)) || !UNNAMED_OPENERS.contains(Tokens.folded(s, 0))) {
            return false;
        }
        for (int k = 0; k < verb; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() == EntityType.PERSON || s.tokens().get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> UNNAMED_OPENERS = Words.set("a", "an", "one", "another");

    /**
     * The country an unnamed reporter is described by ("A Burkinabè delegate said his ..."): the first country, or group
     * of a country, named before the reporting verb {@code verb} (which {@link #reportedByUnnamed} found with no person
     * before it); null when there is none or a pronoun stands there.
     */
    private Entity describedReportersCountry(Sentence s, int verb) {
        Entity country = null;
        for (int k = 0; k < verb; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() == EntityType.COUNTRY && country == null) {
                country = m.entity();
            } else if (m != null && m.entity().type() == EntityType.GROUP && m.entity().country() != null && country == null) {
                // ("A Burkinabè delegate", "Two Egyptian officials": a group of the country)
                country = registry.country(m.entity().country());
            }
            if (Words.SUBJECT_PRONOUNS.contains(Tokens.folded(s, k))) {
                return null;
            }
        }
        return country;
    }

    private static boolean isPossessivePronoun(String w) {
        return w.equals("his") || w.equals("her") || w.equals("our") || w.equals("my");
    }

    private Entity pronoun(Sentence s, int i, FoundStatement quote) {
        String w = Tokens.folded(s, i);
        Token t = s.tokens().get(i);
        if ((w.equals("we") || w.equals("i") || w.equals("our") || w.equals("my"))) {
            // outside any statement, an opinion piece's "we will" is its author's
            return quote != null && quote.direct() ? quote.speaker() : quote == null && !quotedBefore(s, i)
                    ? speakers.opinionAuthor() : null;
        }
        if (quote != null && quote.direct()) {
            return w.equals("he") || w.equals("she") ? leaderNamedBeforeInQuote(t.start(), quote) : null;
        }
        return speakers.resolvePronoun(t.start());
    }

    /** Offices whose holder's pledges are the state's: "the President ... He won't sign a bill". */
    private static final java.util.regex.Pattern LEADERS_OFFICES = java.util.regex.Pattern.compile(
            "(?i)\\b(president|prime minister|chancellor|premier)$");

    /** Offices that speak for a leader: "press secretary", "spokeswoman", "Palace Press Officer". */
    private static final java.util.regex.Pattern SPOKESPEOPLE = java.util.regex.Pattern.compile(
            "(?i)spokes|press secretary|press officer");

    /**
     * "President Trump is always willing to listen. He won't sign a bill that ...", in his spokeswoman's quote: the
     * person a quote names nearest before its "he" or "she", when that person is a head of state or government of the
     * country whose spokesperson speaks, whose pledge the quote relays; else null. (Others' "he will" about a leader is
     * a prediction: "He will bargain, but I doubt he will block it", an analyst said.)
     */
    private Entity leaderNamedBeforeInQuote(int offset, FoundStatement quote) {
        List<Mention> mentions = speakers.mentions();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.start() >= offset) {
                continue;
            }
            if (m.start() < quote.quoteStart()) {
                return null;
            }
            if (m.entity().type() == EntityType.PERSON) {
                Entity p = m.entity();
                Entity voice = quote.speaker();
                return p.country() != null && p.role() != null && LEADERS_OFFICES.matcher(p.role()).find()
                        && voice != null && voice != p && p.country().equals(voice.country()) && voice.role() != null
                        && SPOKESPEOPLE.matcher(voice.role()).find() ? p : null;
            }
        }
        return null;
    }

    /**
     * The opening mark of a short quoted phrase (at most six words, no comma) whose closing mark is at {@code close},
     * or -1.
     */
    private static int quotedPhraseOpening(Sentence s, int close) {
        for (int k = close - 1; k >= Math.max(1, close - 7); k--) {
            String text = s.tokens().get(k).text();
            if (Tokens.isQuoteMark(text)) {
                return k;
            }
            if (text.equals(",") || text.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Words of a quoted phrase that hold a pledge of its own, which sets the sentence's modality: 'was "actively
     * considering" a new pledge and would announce', 'was "ready to contribute" but would not take part'.
     */
    private static final Set<String> PHRASE_PLEDGES = Words.set("considering", "reviewing", "studying", "weighing", "exploring",
            "examining", "assessing", "evaluating", "ready", "prepared", "willing", "open");

    private static boolean pledgeBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PHRASE_PLEDGES.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words before the cue end with a conjunction ("... by the selection and would", "... but will
     * also"): the cue's verb shares the subject of the clause before, which a quoted phrase does not end.
     */
    private static boolean coordinatedAfter(Sentence s, int from, int cue) {
        int k = cue - 1;
        while (k >= from && (Tokens.folded(s, k).endsWith("ly") || Tokens.folded(s, k).equals("also"))) {
            k--;
        }
        if (k < from) {
            return false;
        }
        String w = Tokens.folded(s, k);
        return w.equals("and") || w.equals("but") || w.equals("yet");
    }

    /** Whether a name of several words ends in a plural ("Coastal First Nations", "Friends of the Earth" does not). */
    private static boolean namedInThePlural(Entity e) {
        String name = e.name();
        int space = name.lastIndexOf(' ');
        return space > 0 && name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("'s") && !name.endsWith("’s");
    }

    /** A mention can be a subject: not an object of a preposition, not "U.S.-led", not a capital after "in". */
    private boolean usable(Sentence s, Mention m) {
        if (Tokens.isObject(s, m.tokenStart()) || m.place() || afterVerb(s, m)) {
            return false;
        }
        if (m.tokenEnd() < s.tokens().size() && THINGS.contains(Tokens.folded(s, m.tokenEnd()))) {
            // "the next G20 summit will be held": the summit, not the G20, is the subject
            return false;
        }
        String last = s.tokens().get(m.tokenEnd() - 1).text();
        if (org.pledgewatch.extractor.text.Folding.isPossessive(last) && m.tokenEnd() < s.tokens().size()) {
            // "France's contribution will include troops" binds France; "Germany's economy will shrink" does not
            int o = m.tokenEnd();
            if (o + 1 < s.tokens().size() && LEADER_ADJECTIVES.contains(Tokens.folded(s, o))) {
                // "Tokyo's new prime minister has pledged": the country's leader acts for it
                o++;
            }
            String owned = Tokens.folded(s, o);
            return ACTING_PARTS.contains(owned) || LEADERS.contains(owned);
        }
        int after = m.tokenEnd();
        if (after + 1 < s.tokens().size() && s.tokens().get(after).text().equals("-")) {
            return false;
        }
        Token first = s.tokens().get(m.tokenStart());
        // "adheres to the one-China principle and is ready to work": a name inside a compound modifies, it does not act
        // (a hyphen joined to the words on both sides, not a dateline's dash: "(Reuters) - Germany will", "(Reuters)
        // -European Union countries agreed")
        Token hyphen = m.tokenStart() > 1 ? s.tokens().get(m.tokenStart() - 1) : null;
        boolean compound = hyphen != null && hyphen.text().equals("-") && hyphen.end() == m.start()
                && s.tokens().get(m.tokenStart() - 2).end() == hyphen.start();
        return m.start() == first.start() && !compound;
    }

    /**
     * Adds entities joined to {@code m} by "and" (then commas) to its left: "France, Germany and Britain". Returns the
     * first token of the leftmost one joined ({@code m}'s own when none is).
     */
    private int coordinated(Sentence s, Mention m, List<Entity> out) {
        int first = m.tokenStart();
        int i = first - 1;
        if (i >= 0 && Tokens.folded(s, i).equals("the")) {
            i--;
        }
        boolean sawAnd = false;
        while (i >= 1) {
            String w = Tokens.folded(s, i);
            if (w.equals("and") || w.equals("&")) {
                sawAnd = true;
            } else if (!(w.equals(",") && sawAnd)) {
                return first;
            }
            Mention prev = speakers.mentionAt(s.index(), i - 1);
            if (prev == null || prev.entity().type() == EntityType.PERSON && m.entity().type() != EntityType.PERSON) {
                return first;
            }
            if (!out.contains(prev.entity())) {
                out.add(0, prev.entity());
            }
            first = prev.tokenStart();
            i = first - 1;
            if (i >= 0 && Tokens.folded(s, i).equals("the")) {
                i--;
            }
        }
        return first;
    }
}
