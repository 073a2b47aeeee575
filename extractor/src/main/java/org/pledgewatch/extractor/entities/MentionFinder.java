package org.pledgewatch.extractor.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.quotes.QuotedRegions;
import org.pledgewatch.extractor.text.Currencies;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Finds the mentions of people, countries, organisations and groups, sentence by sentence, in
 * document order. There is no English NER model for OpenNLP, so this works from the gazetteer and
 * from runs of capitalised words: a title followed by capitalised words, or two or more capitalised
 * words that are not a gazetteer phrase, name a person; a lone capitalised word names a person only
 * when it is the surname of someone already named, or when it sits right next to a reporting verb
 * ("Witkoff said").
 */
public final class MentionFinder {
    /** Capitalised words that open sentences or clauses and are never part of a name. */
    private static final Set<String> NOT_NAMES = Words.set(
            "a", "an", "the", "but", "and", "or", "nor", "so", "yet", "also", "still", "in", "on", "at", "for",
            "with", "after", "before", "if", "when", "while", "as", "by", "from", "to", "of", "under", "over",
            "since", "despite", "although", "though", "meanwhile", "however", "this", "that", "these", "those",
            "it", "he", "she", "we", "they", "i", "his", "her", "their", "our", "my", "its", "you", "your",
            "asked", "speaking", "according", "last", "next", "earlier", "later", "then", "now", "today", "tomorrow", "yesterday", "tonight", "whether",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "tue", "tues", "wed", "thu", "thurs", "fri", "feb", "apr", "aug",
            "sept", "oct", "nov", "dec", "during", "amid", "throughout", "within", "without", "across", "against",
            "among", "between", "into", "through", "toward", "towards", "upon", "via",
            "article", "section", "chapter", "act", "treaty", "bill",
            "there", "here", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "all",
            "many", "some", "most", "both", "each", "every", "one", "two", "three", "four", "five", "six", "several",
            "few", "various", "numerous", "dozens", "hundreds", "thousands", "thank", "thanks",
            // a page's time stamp, which no name opens: "Updated Dec. 6, 2026 7:41 pm ET"
            "updated",
            // counts that open a sentence, which a name never does: "Fourteen South African soldiers were killed",
            // "Twenty African finance ministers said" ("Nine", a broadcaster in Australia, stays a name)
            "seven", "eight", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
            "mr", "mrs", "ms", "dr", "q", "a.", "first", "second", "third", "new", "western", "eastern",
            "northern", "southern", "southeast", "northeast", "southwest", "northwest", "european", "crucially", "again", "only", "just", "even", "more",
            "other", "such", "we're", "it's", "i'd", "i'm", "i'll", "i've", "let", "please", "good", "well", "ok", "okay",
            // political labels before a name: "Centrist Sergio Fajardo", "Opposition PASOK leader"
            "centrist", "leftist", "rightist", "populist", "nationalist", "opposition", "veteran", "incumbent",
            "outgoing", "hardline", "moderate", "former", "shadow",
            // a company's competitor: "Rival Novo Nordisk, which announced ..., said it had no plans"
            "rival", "rivals",
            // a company's kind before its name at a sentence's start: "Regulator Ofgem said", "Carmaker Stellantis will"
            "regulator", "watchdog", "carmaker", "automaker", "miner", "lender", "insurer", "broadcaster", "retailer",
            "chipmaker", "drugmaker", "steelmaker", "shipbuilder", "conglomerate", "planemaker", "aircraftmaker",
            "automaker", "brewer", "refiner", "airline", "operator", "exporter", "producer", "manufacturer", "supplier",
            "utility", "developer", "distributor", "trader", "investor", "carrier", "telco", "startup",
            // a headline's question: "FACT-CHECK: Has Hichilema kept his 2021 promises?" ("Will" is also a name)
            "has", "have", "is", "are", "was", "were", "does", "did", "can", "could", "should", "would", "must",
            // South Asian currencies before an amount: "Rs 4.18 lakh crore", "Tk 500 crore"
            "rs", "rs.", "tk", "tk.",
            // a press release's closing boilerplate: "About Nordvik Seafood"
            "about");
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "many", "some", "most", "both",
            "all", "other", "such", "these", "those", "this", "that", "his", "her", "their", "our", "its", "my",
            "your", "several", "few", "two", "three", "four", "five", "no", "but", "and", "if", "when", "as",
            "senior", "top", "local");
    /** "27-member", "10-nation", "32-strong": a body's size before its noun. */
    private static final java.util.regex.Pattern SIZE_MODIFIER = java.util.regex.Pattern.compile(
            "\\d+-(?:member|nation|country|state|strong)");
    private static final Set<String> SIZE_NOUNS = Words.set("member", "nation", "country", "state", "strong");
    private static final java.util.regex.Pattern SIZE_PREFIX = java.util.regex.Pattern.compile("\\d+-");

    /**
     * The index after a body's size at {@code k} ("the 11-member bloc"; "27-" "nation" as the tokenizer splits some),
     * or {@code k} when there is none.
     */
    private static int sizeModifierEnd(List<Token> tokens, int k) {
        // (asked at nearly every token: both patterns open with a digit, no matcher for a word that does not)
        if (k + 1 < tokens.size() && startsWithDigit(tokens.get(k).folded())
                && SIZE_MODIFIER.matcher(tokens.get(k).folded()).matches()) {
            return k + 1;
        }
        return k + 2 < tokens.size() && SIZE_NOUNS.contains(tokens.get(k + 1).folded())
                && SIZE_PREFIX.matcher(tokens.get(k).folded()).matches() ? k + 2 : k;
    }

    /** Whether the word opens with an ASCII digit, as {@code \\d} reads one. */
    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9';
    }

    /** Of {@link #ORG_NOUNS}, those that refer only to an organisation whose name they head ("the University of Dundee"). */
    private static final Set<String> NAMED_BY_HEAD = Words.set("league", "authority", "university", "institute", "consortium",
            "association",
            // "the foundation will stay in this fight" after the Gates Foundation and the Global Polio Eradication Initiative
            "foundation",
            // "Chiejina said the refinery would sell to marketers" after "the Dangote Petroleum Refinery"
            "refinery");
    /**
     * Nouns that refer back first to an organisation whose name they head, then to the latest one: "Peter Sands, the
     * fund's executive director" after the Global Fund and then the Gates Foundation is the Global Fund's. ("bank",
     * "commission" and "council" were tried in round 29 and left out: "the council" of a FIFA spokesperson is FIFA, not
     * the FIFA Council, and the central banks and commissions they found broke modality floors.)
     */
    private static final Set<String> PREFERRED_HEADS = Words.set("fund", "agency", "alliance", "programme", "program",
            "bank",
            // "the council" after Rhondda Cynon Taf Council and then Natural Resources Wales is the council
            "council");

    /** The latest organisation whose name {@code noun} heads, else the latest organisation ({@link #PREFERRED_HEADS}). */
    private static Entity headedOrLatest(List<Mention> out, String noun, Sentence s, EntityRegistry registry,
                                         boolean company) {
        Entity headed = BackReferences.latestOrganizationWithWord(out, noun, registry);
        return headed != null ? headed
                : BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry, company);
    }

    /**
     * "A FIFA spokesperson said the council could discuss ...": the council named before is the FIFA Council, an organ of
     * FIFA, and annotators name the organisation whose organ it is; other bodies stay as they are.
     */
    private Entity ownerOfOrgan(Entity org, EntityRegistry registry) {
        if (org == null || org.name().indexOf(' ') < 0) {
            return org;
        }
        String first = org.name().substring(0, org.name().indexOf(' '));
        GazetteerEntry listed = gazetteer.lookup(first);
        // (an organisation named before by its acronym, as "FIFA"; not "Arctic" of the Arctic Council)
        Entity owner = listed != null && listed.kind() == GazetteerEntry.Kind.ORGANIZATION ? registry.organization(listed)
                : first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) ? registry.knownOrganization(first) : null;
        return owner != null ? owner : org;
    }

    /** What may follow "the French state" as its subject's verb or relative: "will", "has promised", "which granted". */
    private static final Set<String> STATE_PREDICATES = Words.set("will", "would", "has", "have", "had", "is", "was", "said",
            "says", "could", "may", "can", "must", "which", "that", "plans", "intends", "wants", "agreed", "pledged",
            "promised", "committed");

    /** Nouns that refer back to an organisation: "the agency said". */
    private static final Set<String> ORG_NOUNS = Words.union(NAMED_BY_HEAD, "agency", "alliance", "bloc", "fund", "bank",
            "organisation", "organization", "group", "union", "commission", "council", "cartel", "body",
            "company", "firm", "bank", "carmaker", "airline", "insurer", "lender", "giant", "club", "charity", "foundation",
            "federation", "regulator", "watchdog", "utility", "manufacturer", "automaker", "producer", "retailer",
            "supermarket", "shipper", "operator", "supplier", "maker", "conglomerate", "drugmaker", "miner",
            "chain", "grocer", "planemaker", "steelmaker", "developer", "refiner", "broadcaster", "exporter",
            // "The management also said": the company's ("the board" is left alone: a fund's co-chair says "the
            // board would" of a board this scan cannot tell from the organisation named last)
            "management",
            // "the EU ... the mission would deploy observers" (not "the force": a police force is often not the
            // organisation named last; nor "the forum", "the venture", "the depository": tried, more wrong than right)
            "mission",
            // "The telco said it would not ask shareholders", "the carrier said it would use ..." (one word: "the power
            // distributor" is left alone)
            "telco", "distributor", "chipmaker", "shipbuilder", "brewer", "carrier");
    /**
     * Last words of organisation names: a capitalised run ending in one is an organisation, not a person ("Munich
     * Security Conference"; a transcript's "Press Conference by ..." heading is no person either).
     */
    /** Country names a trade body's name may end with: "Offshore Energies UK", "Energy Networks Australia". */
    private static final Set<String> NATIONAL_SUFFIXES = Words.set("uk", "us", "usa", "australia", "canada", "europe",
            "ireland", "scotland", "wales", "international");
    /**
     * Country names that end a national body's name and no person's: "Universities Australia", "Water UK", "Cricket
     * Australia", "Engineers Canada" (no surname is "Australia"; "Ireland", "Scotland" and "Wales" are, so those need an
     * organisation's head noun before them, as in {@link #NATIONAL_SUFFIXES}).
     */
    private static final Set<String> NATIONAL_BODY_SUFFIXES = Words.set("uk", "us", "usa", "australia", "canada", "europe");
    /** A company's departments, whose chief is the company's: "Personnel chief", "HR chief", "Marketing chief". */
    private static final Set<String> CORPORATE_FUNCTIONS = Words.set("personnel", "hr", "marketing", "sales", "operations",
            "strategy", "communications", "commercial", "procurement", "compliance", "legal", "product", "engineering");
    private static final Set<String> ORG_HEADS = Words.set("bank", "fund", "conference", "agency", "ministry", "council", "party",
            "union", "commission", "organisation", "organization", "institute", "foundation", "committee", "port",
            "corporation", "authority", "office", "department", "programme", "program", "alliance", "coalition",
            "front", "movement", "court", "parliament", "assembly", "senate", "army", "company", "association",
            "federation", "network", "service", "government", "administration", "cabinet", "forum", "group",
            "confederation", "congress", "chamber", "league", "society", "board", "bureau", "centre", "center", "university", "trust",
            "province", "force", "forces", "guard", "police", "navy", "staff", "command", "college", "club", "energy", "energies",
            "storage",
            "industry", "holdings", "motors", "airlines", "airways", "systems", "technologies", "pharmaceuticals", "industries", "instruments",
            "partners", "capital", "city", "united", "fc", "group", "institution", "tribunal", "facility", "secretariat", "trusts",
            // "Serbia's Commissariat for Refugees and Migration" ("directorate" was tried in round 74: a Turkish
            // presidency's directorate speaks as Türkiye)
            "commissariat",
            "inc", "ltd", "plc", "corp", "consortium", "foods", "markets", "products", "brands", "solutions",
            "logistics", "shipping", "steel", "power", "electric", "resources", "mining", "petroleum", "automotive",
            // "Northern Pines Health will stop delivering babies", "Weald Water said": a health system's, a utility's
            "health", "water",
            // "State utility Vietnam Electricity, known as EVN"
            "electricity",
            "aerospace", "chemicals", "materials", "semiconductor", "electronics", "pharma", "telecom", "philanthropies",
            "copper", "metals", "minerals", "lithium", "oil", "gas", "cement", "railways", "railway", "rail", "ports", "labs", "observatory",
            "therapeutics", "media", "communications", "investments", "ventures", "rovers", "wanderers", "international",
            "utility", "utilities", "initiative", "aluminium", "aluminum", "biotech", "biotechnology", "biopharma",
            "biosciences", "healthcare",
            "semiconductors",
            // "Meridian Freight Lines will open", "Delta Air Lines": carriers', insurers', makers' names
            "lines", "freight", "railroad", "beverages", "breweries", "hotels", "resorts", "pharmaceutical",
            "software", "textiles", "fertilizers", "fertilisers", "computing", "robotics", "airline", "fibre", "fiber", "pulp",
            // "the National Energy System Operator", "the Australian Energy Regulator", "the Oslo Stock Exchange"
            "operator", "regulator", "exchange", "inspectorate", "registry",
            // plural heads of federations and operators: "Colleges and Institutes Canada", "Scottish and Southern
            // Electricity Networks"
            "networks", "institutes", "colleges", "universities", "leagues", "councils", "associations", "unions",
            // a regional bloc's: "the Southern African Development Community", "the East African Community"
            "community",
            // a country's Red Cross or Red Crescent society: "the Turkish Red Crescent", "the Finnish Red Cross"
            "crescent", "cross",
            // legislatures named in their own language: "the Lok Sabha", "the Vidhan Sabha", "the Majlis"
            "sabha", "majlis", "sejm", "rada",
            // sites that speak as their operators: "Dangote Petroleum Refinery has assured Nigerians", "Heathrow Airport
            // said" (not "Plant" or "Mill", which are surnames too; nor "Shipyard": "Hanwha Ocean, which acquired Philly
            // Shipyard, said" makes the yard the company "the company" stands for)
            "refinery", "refineries", "smelter", "airport", "airports",
            // institutions no surname ends with: "the Ashworth Museum said", "Box Hill Hospital"
            "museum", "gallery", "library", "hospital", "infirmary", "academy", "orchestra", "zoo");
    private static final Set<String> OFFICIALS = Words.set("official", "spokesperson", "spokesman", "spokeswoman",
            "source", "representative", "officials", "sources",
            // "according to a company statement": the organisation's own words
            "statement", "release", "filing");
    /** Words before a group named by a lower-case field ("as health officials warned"). */
    private static final Set<String> MODIFIED_GROUP_OPENERS = Words.set("as", "while", ",", "\u2014");
    /** Words that may stand before a bare group noun that speaks: "two officials said", "the diplomats said". */
    private static final Set<String> GROUP_DETERMINERS = Words.set("two", "three", "four", "several", "some",
            "many", "most", "other", ",", "(", "and", "but", "\u2014", ":");
    /** "Zelensky's office", "Putin's spokesman": only a person has these. */
    private static final Set<String> STAFF_NOUNS = Words.set("office", "spokesman", "spokeswoman", "spokesperson", "aides",
            "aide", "adviser", "advisers", "advisor", "chief", "press");
    /** Lower-case nouns that refer back to a person by the kind of role: "the diplomat" is an ambassador or envoy. */
    private static final java.util.Map<String, List<String>> GENERIC_ROLES = java.util.Map.ofEntries(
            java.util.Map.entry("diplomat", List.of("ambassador", "envoy", "foreign", "representative", "diplomat")),
            java.util.Map.entry("minister", List.of("minister", "secretary")),
            java.util.Map.entry("official", List.of("official", "spokes", "director", "head", "chief", "adviser", "advisor")),
            java.util.Map.entry("envoy", List.of("envoy", "representative")),
            java.util.Map.entry("politician", List.of("minister", "president", "leader", "senator", "lawmaker", "mp", "chancellor")),
            java.util.Map.entry("premier", List.of("prime minister", "premier")),
            // British usage: "the PM said"
            java.util.Map.entry("PM", List.of("prime minister", "premier")),
            // South and Southeast Asian usage: "FM Jaishankar", "the FM said"
            java.util.Map.entry("FM", List.of("foreign minister", "foreign affairs", "foreign secretary")),
            // Kenyan usage: "the CS told senators" is the Cabinet Secretary
            java.util.Map.entry("CS", List.of("cabinet secretary", "cs")),
            java.util.Map.entry("chancellor", List.of("chancellor")),
            java.util.Map.entry("spokesman", List.of("spokes")),
            java.util.Map.entry("spokeswoman", List.of("spokes")),
            java.util.Map.entry("commissioner", List.of("commissioner")));
    private static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.of("two", 2, "three", 3,
            "four", 4, "five", 5, "both", 2);
    private static final Set<String> SET_NOUNS = Words.set("countries", "nations", "governments", "sides", "states",
            "powers", "allies", "neighbours", "neighbors", "leaders", "militaries", "armies", "navies", "parties",
            "ministers", "presidents", "premiers");
    /** What states that broker or underwrite a deal together are called: "the mediators will". */
    private static final Set<String> BROKERING_ROLES = Words.set("mediators", "guarantors", "signatories");
    private static final Set<String> BROKERS_ACTS = Words.set("will", "would", "shall", "must", "are", "have", "reaffirm",
            "reaffirmed", "pledge", "pledged", "commit", "committed", "agreed", "agree");
    /**
     * Words after a bare "Treasury" that make it the subject ("Treasury said", "Treasury could"), not "Treasury sources"
     * (a group).
     */
    private static final Set<String> TREASURY_ACTS = Words.union(Words.VERBS_AFTER_SUBJECT, "also", "plans", "expects");
    /** What the Gulf's monarchies are called together: "Gulf states", "Gulf Arab countries". */
    private static final Set<String> GULF_SET_NOUNS = Words.set("states", "countries", "nations", "monarchies");
    /** Sets of people who speak for their countries: "the two leaders", "the two ministers". */
    private static final Set<String> PERSON_SET_NOUNS = Words.set("leaders", "ministers", "presidents", "premiers");
    /** Last words of companies named by their country's demonym: "Korean Air", "Turkish Airlines", "Saudi Aramco". */
    private static final Set<String> COMPANY_HEADS = Words.set("air", "airlines", "airways", "rail", "railways", "post",
            "telecom", "steel", "petroleum", "aramco", "shipbuilding", "motors", "electric",
            // "Turkish Aerospace will deliver the jets", "Korea Aerospace Industries"
            "aerospace");

    /** Lower-case nouns that introduce an organisation's name: "environmental group Urgenda", "oil company Shell". */
    private static final Set<String> ORG_DESCRIPTORS = Words.union(Words.COMPANY_TRADES, "group", "company", "firm",
            "charity", "organisation", "organization", "ngo", "watchdog", "giant", "bank", "tank", "agency",
            "association", "union", "party", "operator", "startup", "broadcaster", "newspaper",
            // a business by its trade: "U.S. cloud provider Aster Cloud" (not a person called Aster Cloud) (trades that
            // also describe a person, "investor", "developer", are left out)
            "provider", "maker", "supplier", "chain", "shipbuilder", "utility", "conglomerate", "exporter", "multinational",
            "consultancy");
    private static final Set<String> LEGISLATURES = Words.set("senate", "parliament", "legislature", "congress",
            "knesset", "duma", "rada", "bundestag");
    private static final Set<String> STATE_NOUNS = Words.set("government", "authorities", "administration", "cabinet",
            "presidency", "junta", "regime", "ministry", "kremlin", "kingdom", "emirate", "sultanate", "embassy", "consulate",
            // "Hegseth said the department would buy 19 ships": in news, a department alone is the government's
            "department", "treasury");
    /**
     * "the army would deploy 2,000 troops", "The military will": a state's forces act for it, as its government does,
     * after "the" (the words also qualify other nouns: "the military service", "military-led").
     */
    private static final Set<String> FORCES_NOUNS = Words.set("army", "military", "navy");
    /** The second half of a compound adjective of who stands behind a government: "army-backed", "Taliban-led". */
    private static final Set<String> BACKING = Words.set("backed", "led", "run", "controlled", "dominated", "appointed",
            "installed", "supported", "allied", "aligned");
    /** What a state's own government may be called with a capital: "the German Federal Government". */
    private static final Set<String> NATIONAL_GOVERNMENTS = Words.set("federal", "national", "central", "union");
    /** Adjectives between "the" and a state noun: "the federal government", "the interim authorities". */
    private static final Set<String> GOVERNMENT_ADJECTIVES = Words.set("federal", "national", "central", "interim",
            "transitional", "military", "new", "caretaker", "state", "provincial",
            // Indian English: "the Union government" is the federal one
            "union");
    /** Adjectives that make "the state government" a region's, not the country's. */
    private static final Set<String> REGIONAL_ADJECTIVES = Words.set("state", "provincial");

    /** Titles of a company's officers: the capitalised words before them name the company. */
    /** Bodies that a title's first word may be without naming one: "Subcommittee Chairman Jerry Moran". */
    private static final Set<String> UNNAMED_BODIES = Words.set("committee", "subcommittee", "board", "council", "commission",
            "panel", "caucus", "conference", "party", "group");
    static final Set<String> COMPANY_TITLES = Words.set("ceo", "chief executive", "chief executive officer",
            "chairman", "chairwoman", "chairperson", "chair", "executive chair", "executive chairman", "executive chairwoman",
            "vice chairman", "vice chair", "managing director", "general manager", "president director", "superintendent", "founder", "co-founder",
            "chief financial officer", "chief operating officer", "chief technology officer",
            // an international body's officers: "IOM Director General Amy Pope", "Pacific Islands Forum
            // Secretary-General Baron Waqa"
            "director general", "director-general", "secretary general", "secretary-general", "executive director");

    private static final Set<String> CAPITALISED_ORG_NOUNS = Words.set("Organization", "Organisation", "Agency",
            "Alliance", "Fund", "Bank",
            // a press release's defined term: "Sable Ridge Mining Corp. (the "Company") ... The Company will invest"
            "Company");

    /** "the Government" of official releases; Indian English calls the federal government "the Centre". */
    private static final Set<String> CAPITALISED_STATE_NOUNS = Words.set("Government", "Administration", "Cabinet",
            "Centre", "Treasury",
            // the Gulf's official English: "the Saudi Press Agency said the Kingdom would resume financial support"
            "Kingdom");

    /** Portfolios of a ministry named in lower case: "the health ministry said" is the state itself. */
    private static final Set<String> MINISTRY_PORTFOLIOS = Words.set("health", "defence", "defense", "foreign",
            "finance", "interior", "economy", "trade", "energy", "agriculture", "education", "justice", "environment",
            "transport", "labour", "labor", "commerce", "industry", "economic", "emergencies", "emergency", "development",
            "climate", "culture", "housing", "immigration", "information", "planning");

    /** The role word of a minister, whose ministry "the ministry" may be. */
    private static final List<String> MINISTER_ROLE = List.of("minister");

    /** Services whose people speak as a group: "defence officials", "security sources", "senior diplomats". */
    private static final Set<String> SERVICES = Words.set("military", "security", "intelligence", "government",
            "senior", "top", "border", "police", "naval", "army", "navy");

    private static final Set<String> SPOKESPEOPLE = Words.set("spokesperson", "spokesman", "spokeswoman");

    /**
     * The index of the spokesperson in "A Sony spokesperson said" (one to three capitalised words between the article
     * and the spokesperson, a reporting verb after), or -1.
     */
    private int namedBodysSpokesperson(List<Token> tokens, int a) {
        int k = a + 1;
        while (k < tokens.size() && k < a + 4 && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > a + 1 && k + 1 < tokens.size() && SPOKESPEOPLE.contains(tokens.get(k).text())
                && gazetteer.isReportingVerb(tokens.get(k + 1).text()) ? k : -1;
    }

    /**
     * The organisation or country the words from {@code from} to {@code to} name: the gazetteer's when it knows them
     * all, else an organisation named before by these words; null for a demonym, a title or a state's department,
     * which other readings take.
     */
    private Entity bodyNamed(Sentence s, int from, int to, EntityRegistry registry, List<Mention> out, int[] match) {
        if (to == from + 1 && (STATE_NOUNS.contains(s.tokens().get(from).text())
                || CAPITALISED_STATE_NOUNS.contains(s.tokens().get(from).text()))) {
            // ("A Treasury spokesperson said": the state's, read with the country the article is about)
            return null;
        }
        GazetteerEntry known = gazetteer.longestMatch(s.tokens(), from, to, match);
        if (known != null) {
            if (match[0] != to) {
                return null;
            }
            return switch (known.kind()) {
                case ORGANIZATION, COALITION -> registry.organization(known);
                case COUNTRY -> registry.country(known.id());
                default -> null;
            };
        }
        // (only a body named before, in full or by the first words of its name: "Toyota Motor ... A Toyota
        // spokesperson"; "A Commerce Department spokesperson", "An MFAT spokesperson" speak for a state)
        String name = s.text().substring(s.tokens().get(from).start() - s.start(), s.tokens().get(to - 1).end() - s.start());
        for (int k = out.size() - 1; k >= 0; k--) {
            Entity e = out.get(k).entity();
            if (e.type() == EntityType.ORGANIZATION && (e.name().equals(name) || e.name().startsWith(name + " "))) {
                return e;
            }
        }
        Entity shortForm = registry.person(name, false);
        if (shortForm != null && shortForm.type() == EntityType.ORGANIZATION) {
            // "Toyota Motor ... A Toyota spokesperson": the short form of a company named before
            return shortForm;
        }
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).text();
            if (STATE_BODY_WORDS.contains(s.tokens().get(k).folded())
                    || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                // "A Commerce Department spokesperson", "An MFAT spokesperson": a state's body, or an acronym the
                // article has not spelled out
                return null;
            }
        }
        // "A Sony spokesperson said": a company the article names by the same word
        return registry.namedOrganization(name, null);
    }

    /**
     * After a demonym at {@code end}: up to two service words ("military", "defence ministry"), then a spokesperson,
     * whose index this returns (-1 when none; with no service word, a reporting verb must follow: "An Israeli
     * spokesperson said").
     */
    private int statesSpokesperson(List<Token> tokens, int end) {
        int n = tokens.size();
        int staff = end;
        while (staff < Math.min(n - 1, end + 2) && isServiceModifier(tokens.get(staff))) {
            staff++;
        }
        if (staff < n && SPOKESPEOPLE.contains(tokens.get(staff).text())
                && (staff > end || staff + 1 < n && gazetteer.isReportingVerb(tokens.get(staff + 1).text()))) {
            return staff;
        }
        return -1;
    }

    private static boolean isServiceModifier(Token t) {
        return !t.isCapitalized() && (MINISTRY_PORTFOLIOS.contains(t.text()) || SERVICES.contains(t.text()));
    }

    /**
     * Unnamed staff of an organisation or a country: "EU diplomats", "a NATO official", "a U.S. official" (and of a state
     * body: {@link UnnamedStaff}).
     */
    static final Set<String> STAFF_SOURCES = Words.set("official", "officials", "diplomat", "diplomats",
            "source", "sources", "negotiator", "negotiators");

    private static final Set<String> EXECUTIVES = Words.set("executive", "executives");
    /** A party's people in parliament: "PiS politicians", "Law and Justice lawmakers" speak as a group. */
    private static final Set<String> PARTY_PEOPLE = Words.set("lawmakers", "politicians", "legislators", "MPs", "MEPs");
    private static final Set<String> PERFECT_AUXILIARIES = Words.set("has", "have", "had");
    /** Adverbs that stand inside a perfect without "-ly": "has also said", "had already confirmed". */
    private static final Set<String> SENTENCE_ADVERBS = Words.set("also", "already", "since", "long", "now", "again",
            "earlier", "previously", "repeatedly", "publicly", "separately");
    private static final Set<String> INDEFINITE_COUNTS = Words.set("a", "an", "one", "two", "three", "several", "some");

    /** Heads of a country's non-state groups after a modifier: "Brazil's agriculture lobby", "France's biggest union". */
    private static final Set<String> NON_STATE_GROUPS = Words.set("lobby", "union", "industry", "opposition",
            "federation", "association", "sector", "lobbies");

    /**
     * Who acts for a state after its demonym: "the Chinese side", "a Russian delegation", "Turkish troops"; and what
     * its forces sail and fly: "Turkish ships will be there".
     */
    private static final Set<String> STATE_AGENTS = Words.set("side", "delegation", "troops", "forces", "army", "navy",
            "military", "negotiators", "soldiers", "peacekeepers", "officers", "police", "instructors", "contingent",
            "ships", "warships", "frigates", "jets", "fighter", "fighters");
    private static final Set<String> SUBJECT_VERBS = Words.set("will", "would", "said", "says", "has", "have", "had",
            "is", "are", "was", "were", "could", "can", "may", "might", "must", "should", "shall", "agreed", "plans");

    /** Words of a sentence about what a central bank does as one: set rates against inflation. */
    private static final Set<String> MONETARY_WORDS = Words.set("rate", "rates", "interest", "inflation", "monetary",
            "basis", "easing", "tightening");

    /** True when the sentence is about rates and inflation ("cut its benchmark interest rate by 25 basis points"). */
    private static boolean setsMonetaryPolicy(List<Token> tokens) {
        for (Token t : tokens) {
            if (MONETARY_WORDS.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a Russian delegation will go": the agent is the subject ("expel French troops" is not), also past a clause set
     * off by commas ("the Turkish navy, working with Romania and Bulgaria, could begin").
     */
    private static boolean actsNext(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && tokens.get(k).text().equals(",") && opensAnInsert(tokens.get(k + 1))) {
            for (int j = k + 2; j + 1 < Math.min(tokens.size(), k + 25); j++) {
                if (tokens.get(j).text().equals(",")) {
                    return SUBJECT_VERBS.contains(tokens.get(j + 1).folded());
                }
            }
            return false;
        }
        return k < tokens.size() && SUBJECT_VERBS.contains(tokens.get(k).folded());
    }

    /** A clause inserted after a subject: "which ...", "who ...", "working with ...". */
    private static boolean opensAnInsert(Token t) {
        String w = t.folded();
        return w.equals("which") || w.equals("who") || Tokens.isIngForm(w) && !t.isCapitalized();
    }

    /**
     * "The Swedish and Norwegian governments": the state named by a demonym coordinated with the one before the state
     * noun ({@code at}) is a state too, read as one here unless it already is.
     */
    private void addCoordinatedDemonym(Sentence s, int at, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        GazetteerEntry before = coordinatedDemonym(s.tokens(), at);
        if (before == null) {
            return;
        }
        out.removeIf(m -> m.sentence() == s.index() && m.tokenStart() == at - 2);
        out.add(mention(registry.country(before.id()), Mention.Kind.COUNTRY, s, at - 2, at - 1, quotes));
    }

    /**
     * Whether the plural or negated noun at {@code k} (right after the demonym when {@code nextToDemonym}) that follows
     * the demonym at {@code countryStart} stands for the state:
     * "the Swedish and Norwegian governments have said" (each its own state), "no Hungarian soldier will go to Ukraine"
     * (every one of the state's soldiers: one soldier who speaks, "a Ukrainian soldier said", is someone).
     */
    private boolean statesPeople(List<Token> tokens, int countryStart, int k, boolean nextToDemonym) {
        String w = tokens.get(k).text();
        return w.equals("governments") && coordinatedDemonym(tokens, countryStart) != null
                || nextToDemonym && w.equals("soldier") && countryStart > 0 && tokens.get(countryStart - 1).folded().equals("no")
                    && actsNext(tokens, k + 1);
    }

    /** The demonym coordinated with the one at {@code at} ("Swedish" before "and Norwegian"), or null. */
    private GazetteerEntry coordinatedDemonym(List<Token> tokens, int at) {
        if (at < 2 || !tokens.get(at - 1).folded().equals("and")) {
            return null;
        }
        int[] match = new int[1];
        GazetteerEntry before = gazetteer.longestMatch(tokens, at - 2, at - 1, match);
        return before != null && before.kind() == GazetteerEntry.Kind.DEMONYM && match[0] == at - 1 ? before : null;
    }

    /** A company officer's title written as an acronym: "Almaris CEO says ..." names the company and its officer. */
    private static final Set<String> OFFICER_ACRONYMS = Words.set("CEO", "CFO", "COO", "CTO");

    /**
     * Whether the name group ending at {@code end} closes on an officer's acronym with no name after it: "Almaris CEO says
     * no more price rises" (a Reuters headline), where the company is Almaris, not "Almaris CEO".
     */
    private static boolean officerTitleClosing(List<Token> tokens, int nameStart, int end) {
        if (end - 1 <= nameStart) {
            return false;
        }
        String last = tokens.get(end - 1).text();
        if (OFFICER_ACRONYMS.contains(last)) {
            return end >= tokens.size() || !tokens.get(end).isCapitalized();
        }
        // "MTA Chair and CEO Janno Lieber", "JPS President and CEO Hugh Grant": the first of two titles joined by "and"
        return JOINED_TITLES.contains(last) && end + 1 < tokens.size() && tokens.get(end).text().equals("and")
                && (OFFICER_ACRONYMS.contains(tokens.get(end + 1).text()) || tokens.get(end + 1).text().equals("Chief"));
    }

    /** Titles of a company's head written before a second one: "President and CEO", "Chair and Chief Executive". */
    private static final Set<String> JOINED_TITLES = Words.set("President", "Chair", "Chairman", "Chairwoman", "Chairperson");

    /** Lower-case roles of a company's staff: "Diehl chief executive Helmut Rauch", "Verdi spokesman X". */
    private static final Set<String> STAFF_ROLES = Words.set("chief", "ceo", "chairman", "chairwoman", "spokesman",
            "spokeswoman", "spokesperson", "founder", "boss", "executive", "commissioner", "director", "adviser",
            "advisor", "secretary");

    /** Heads of a body who may follow its name in lower case, besides its staff: "IG Metall district head Thorsten Gröger". */
    private static final Set<String> HEADS_AFTER_BODY = Words.union(STAFF_ROLES, "head", "president", "chair");

    /**
     * Whether a lower-case staff role ("chief executive", "spokesman", or a word of where they serve before a head:
     * "district head") and a capitalised name follow token {@code end}.
     */
    private static boolean employsTheNamedPerson(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && k < end + 3 && !tokens.get(k).isCapitalized() && STAFF_ROLES.contains(tokens.get(k).folded())) {
            k++;
        }
        if (k == end && end + 2 < tokens.size() && tokens.get(end).isWord() && !tokens.get(end).isCapitalized()
                && !tokens.get(end + 1).isCapitalized() && HEADS_AFTER_BODY.contains(tokens.get(end + 1).folded())) {
            k = end + 2;
        } else if (k == end && end + 1 < tokens.size() && HEADS_AFTER_BODY.contains(tokens.get(end).folded())
                && !tokens.get(end).isCapitalized()) {
            k = end + 1;
        }
        return k > end && k < tokens.size() && tokens.get(k).isCapitalized() && tokens.get(k).isWord()
                || headsWithoutAName(tokens, end);
    }

    /**
     * Whether "chief" or "boss" follows token {@code end} without a name after it, as headlines write a company's head:
     * "Volvo Cars chief on tariffs, Ghent and the US plant", "Nordhavn Bulk boss sets out fleet plan".
     */
    private static boolean headsWithoutAName(List<Token> tokens, int end) {
        return end < tokens.size() && !tokens.get(end).isCapitalized()
                && (tokens.get(end).folded().equals("chief") || tokens.get(end).folded().equals("boss"))
                && (end + 1 == tokens.size() || !tokens.get(end + 1).isCapitalized());
    }

    /**
     * The end of a group noun at {@code from} ("officials"), or after a country's possessive the end of a
     * non-state group named with up to two lower-case words ("Brazil's agriculture lobby", "Germany's biggest
     * union"); 0 if none.
     */
    private int groupNounEnd(List<Token> tokens, int from, boolean possessive) {
        if (!possessive && from + 1 < tokens.size() && isServiceModifier(tokens.get(from))
                && gazetteer.isGroupNoun(tokens.get(from + 1).text())) {
            // "German defence officials", "Arab foreign ministers": officials of one service of the country
            return from + 2;
        }
        int last = possessive ? Math.min(tokens.size(), from + 3) : Math.min(tokens.size(), from + 1);
        for (int k = from; k < last; k++) {
            Token w = tokens.get(k);
            boolean agentsSpeak = k == from && k + 1 < tokens.size() && isAgentPlural(w.text())
                    && gazetteer.isReportingVerb(tokens.get(k + 1).text());
            if ((k == from && (gazetteer.isGroupNoun(w.text()) || agentsSpeak))
                    || (possessive && k > from && NON_STATE_GROUPS.contains(w.text()))) {
                // ("Swiss watchmakers said": a plural of agents that speaks is a group of the country)
                return k + 1;
            }
            if (w.isCapitalized() || !w.isWord() || STATE_NOUNS.contains(w.text())) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The end of a lower-case noun of an organisation's kind after its name at {@code end} ("Usdaw union", "Unia trade
     * union", "Wagner group") when a verb of saying, "will" or a relative clause follows, else -1.
     */
    private int kindNounEnd(List<Token> tokens, int nameStart, int end) {
        int noun = end + 1 < tokens.size() && UNION_KINDS.contains(tokens.get(end).text()) ? end + 1 : end;
        if (noun + 1 >= tokens.size() || !ORG_DESCRIPTORS.contains(tokens.get(noun).text())
                || PARTY_NOUNS.contains(tokens.get(noun).text())) {
            return -1;
        }
        String next = tokens.get(noun + 1).text();
        // ("The GMB union, which represents workers at Penrose's distribution centres, said": a relative clause on the
        // one named before its verb; not "an analyst at a Frankfurt bank, who asked not to be named": a kind of one)
        boolean relativeClause = next.equals(",") && noun + 2 < tokens.size()
                && RELATIVE_PRONOUNS.contains(tokens.get(noun + 2).text())
                && (nameStart == 0 || tokens.get(nameStart - 1).folded().equals("the"));
        return gazetteer.isReportingVerb(next) || next.equals("will") || relativeClause ? noun + 1 : -1;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Words.set("which", "who", "whose");

    /** Words before "union" in a trade union's kind: "the Unia trade union", "the KCTU labour union". */
    private static final Set<String> UNION_KINDS = Words.set("trade", "labour", "labor", "teachers", "farmers", "workers");

    /** A role without the honorifics in it: "Prime Minister Sir" is a Prime Minister, "Mr" is no role. */
    private static String withoutHonorifics(String role) {
        if (role == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String w : role.split(" ")) {
            if (!HONORIFICS.contains(w)) {
                kept.append(kept.length() == 0 ? "" : " ").append(w);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    /** Groups that act for a state or a bloc named before them ("European interior ministers"), not for themselves. */
    private static final Set<String> OFFICIAL_GROUPS = Words.set("ministers", "officials", "leaders", "diplomats",
            "negotiators", "lawmakers", "envoys", "ambassadors", "delegates");

    /** "His Highness", "Her Excellency", "His Majesty": a style of address that can stand for the person. */
    private static final Set<String> STYLES_OF_ADDRESS = Words.set("highness", "excellency", "majesty");

    private static final Set<String> PRONOUNS = Words.set("he", "she", "it", "they", "we", "i", "you");

    /** Prepositions as a title-case headline capitalises them: "... Karoline Leavitt Aboard Air Force One". */
    private static final Set<String> HEADLINE_PREPOSITIONS = Words.set("Aboard", "At", "En", "In", "On", "During", "After",
            "Before", "With", "From", "Following", "Ahead", "Upon");

    private static final Set<String> PEERAGES = Words.set("Lord", "Baroness", "Lady");

    private static final Set<String> HONORIFICS = Words.set("Sir", "Dame", "Lord", "Baroness", "The", "Hon", "Hon.", "Rt", "Right",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Honourable", "Honorable",
            // Malaysian honours: "Prime Minister Datuk Seri Anwar Ibrahim"
            "Datuk", "Seri", "Dato'", "Dato", "Sri",
            // Gulf and South Asian styles: "His Highness Sheikh Abdullah", "H.E. Reem", "Shri Narendra Modi"
            "His", "Her", "Royal", "Highness", "Excellency", "H.H.", "H.E.", "Shri", "Smt", "Smt.", "Shrimati",
            // West African styles: "Alhaji Aliko Dangote", "Comrade Joe Ajaero", "Engr. Ahmed Musa"
            "Alhaji", "Alhaja", "Hajia", "Comrade", "Mallam", "Engr", "Engr.");

    /**
     * "Argentina's largest union federation, the CGT, said": a name set off by commas right after a noun
     * that describes an organisation is that organisation's name.
     */
    private static boolean namedInApposition(List<Token> tokens, int nameStart, int end) {
        int k = nameStart - 1;
        if (k >= 0 && tokens.get(k).folded().equals("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).text().equals(",") || end >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return false;
        }
        String head = tokens.get(k - 1).folded();
        if (STATE_BODY_HEADS.contains(head)) {
            for (int j = k - 2; j >= Math.max(0, k - 5); j--) {
                if (tokens.get(j).isCapitalized() && Folding.isPossessive(tokens.get(j).text())) {
                    // "Saudi Arabia's aid agency, KSrelief, said": a body of the state, which speaks for it
                    return false;
                }
            }
        }
        return ORG_DESCRIPTORS.contains(head) || ORG_NOUNS.contains(head);
    }

    /** Heads of a description that, after a country's possessive, name a body of that state. */
    /**
     * What a state's armed service is before "Forces": "Naval Forces", "Land Forces" (not "Democratic Forces"). An air
     * force is left out: its reports of the night's attacks are in its own name in the dev corpus ("the Ukrainian Air
     * Force said"), in its country's in two held-out batches.
     */
    private static final Set<String> SERVICE_ARMS = Words.set("naval", "armed", "land", "ground", "maritime");
    private static final Set<String> STATE_BODY_HEADS = Words.set("agency", "ministry", "office", "authority",
            "service", "department",
            // "the State Secretariat for Economic Affairs (SECO)", Switzerland's
            "secretariat");
    /** Words of the names of a state's bodies: the heads of its agencies and its other organs ("House", "Treasury"). */
    private static final Set<String> STATE_BODY_WORDS = Words.union(STATE_BODY_HEADS, "administration", "force", "council",
            "commission", "treasury", "government", "army", "navy", "police", "court", "senate", "house", "parliament",
            "cabinet", "presidency", "embassy", "bureau");

    /**
     * What a lone unknown name that acts stands for: a group ("Farmers"), the organisation named before in full that it
     * shortens ("Halcyon will fund" after "Halcyon Cloud"), else an organisation of that name.
     */
    private Entity actingOrganisation(String name, EntityRegistry registry) {
        if (gazetteer.isGroupNoun(name)) {
            return registry.group(name, null);
        }
        GazetteerEntry nation = gazetteer.pluralDemonym(name);
        if (nation != null) {
            // "Dangote Petroleum Refinery has assured Nigerians that it will", "Kenyans will pay more": a nation's
            // people, no organisation ("the company said" is not them)
            return registry.group(name, nation.id());
        }
        // (not "Department" for "Department of Foreign Affairs", a kind of body; nor "Rheinmetall" for a list read as one
        // name, "Rheinmetall American and BAE Systems")
        Entity shortened = ORG_HEADS.contains(Folding.fold(name)) ? null : registry.organizationShortenedTo(name);
        boolean oneName = shortened != null && !shortened.name().contains(" and ") && shortened.name().split(" ").length <= 3;
        return oneName ? shortened : registry.namedOrganization(name, null);
    }

    /** The organisation the article named before that a title's "of ..." and the name after it spell out, or null. */
    private static Entity organisationClosingRole(String role, String name, EntityRegistry registry) {
        int of = role == null ? -1 : role.lastIndexOf(" of ");
        return of < 0 ? null : registry.knownOrganization(role.substring(of + 4) + " " + name);
    }

    /**
     * The country of the latest minister named whose portfolio is {@code portfolio} ("Foreign Minister Johann Wadephul"
     * before "a foreign ministry spokesperson said", though Sudan was named after him), or null.
     */
    private Entity countryOfMinister(List<Mention> out, String portfolio, EntityRegistry registry) {
        Entity minister = BackReferences.latestPersonWithRole(out, List.of(portfolio), gazetteer::officialRole);
        return minister == null || minister.country() == null ? null : registry.country(minister.country());
    }

    /** The words that end a party member's description: "the Social Democrat minister", "the Arkansas Republican". */
    private static final Set<String> PARTY_MEMBERS = Words.set("republican", "democrat", "labour", "labor", "conservative",
            "tory", "green", "socialist", "liberal");
    /** Words that may come before them: "Social Democrat", "Christian Democrat", "Liberal Democrat". */
    private static final Set<String> PARTY_MEMBER_QUALIFIERS = Words.set("social", "christian", "liberal", "free");

    /** A title that says a person's gender: "Ms", "Mrs", "Madam", "Dame", "Baroness"; "Mr", "Sir". */
    private static void markGender(Entity person, String role) {
        if (role != null && (role.startsWith("Ms") || role.startsWith("Mrs") || role.startsWith("Madam")
                || role.endsWith("Dame") || role.endsWith("Baroness"))) {
            person.markFemale();
        } else if (role != null && (role.equals("Mr") || role.equals("Mr.") || role.startsWith("Mr ")
                || role.startsWith("Mr. ") || role.equals("Sir") || role.startsWith("Sir "))) {
            person.markMale();
        }
    }

    /** Chambers whose party caucuses have offices: "Senate Democratic leader", "House Republican whip". */
    private static final Set<String> CHAMBERS = Words.set("senate", "house");
    private static final Set<String> CAUCUS_PARTIES = Words.set("democratic", "republican");

    /** The end of "Senate Democratic leader" at {@code i} when a name follows, or -1. */
    private static int caucusRoleEnd(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !CHAMBERS.contains(tokens.get(i).folded())
                || !CAUCUS_PARTIES.contains(tokens.get(i + 1).folded()) || !tokens.get(i + 1).isCapitalized()) {
            return -1;
        }
        int after = lowerCaseRole(tokens, i + 2);
        return after > i + 2 ? after : -1;
    }

    /**
     * The end of a party's description of the person named next, at {@code i}, or -1: "Oklahoma Republican Tom Cole",
     * "Democrat Chuck Schumer" (the party word); "Senate Democratic leader Chuck Schumer", "House Republican whip Tom
     * Emmer" (a chamber's party caucus and its office, not a person called "Senate Democratic").
     */
    private int partyRoleEnd(List<Token> tokens, int i) {
        int caucusRole = caucusRoleEnd(tokens, i);
        return caucusRole > 0 ? caucusRole : partyLabelBeforeName(tokens, i) ? i + 1 : -1;
    }

    /** A party word at {@code i} with a person's name after it: "(Oklahoma) Republican Tom Cole", "Democrat Chuck Schumer". */
    private boolean partyLabelBeforeName(List<Token> tokens, int i) {
        return PARTY_MEMBERS.contains(tokens.get(i).folded()) && partyMemberNamedNext(tokens, i);
    }

    /**
     * A person's name after the party word at {@code party}: two capitalised words that are neither a title nor an
     * organisation's ("Republican Tom Cole", not "Republican National Committee" nor "Republican Sen.").
     */
    private boolean partyMemberNamedNext(List<Token> tokens, int party) {
        int n = tokens.size();
        if (party + 2 >= n || !tokens.get(party + 1).isCapitalized() || !tokens.get(party + 2).isCapitalized()
                || !tokens.get(party + 1).isWord() || !tokens.get(party + 2).isWord()) {
            return false;
        }
        int[] match = new int[1];
        return gazetteer.longestMatch(tokens, party, n, match) == null && gazetteer.longestMatch(tokens, party + 1, n, match) == null
                && !ORGANISATION_WORDS.contains(tokens.get(party + 1).folded())
                && !ORGANISATION_WORDS.contains(tokens.get(party + 2).folded());
    }

    private static final Set<String> ORGANISATION_WORDS = Words.set("party", "national", "committee", "caucus", "conference",
            "association", "coalition", "fund", "pac", "group", "council", "senate", "house", "state", "study", "leadership",
            "majority", "minority", "governors", "attorneys", "congressional", "policy", "campaign", "club", "network",
            "women", "guard", "union", "federation", "league", "people's", "front");

    /** A member of a party, or of a legislature, described by the state that elects them: not the state's officer. */
    static boolean electedToTheNation(String role) {
        String[] words = role.split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String before = words.length > 1 ? words[words.length - 2].toLowerCase(Locale.ROOT) : "";
        return (PARTY_MEMBERS.contains(last) || LEGISLATORS.contains(last)) && !before.equals("state");
    }

    /**
     * The region of a person's role, or null when the region elects them to the nation's congress, which they serve
     * ("Texas Republican Sen. Ted Cruz", "Oklahoma Republican Tom Cole"): then the person gets the nation.
     */
    private GazetteerEntry unlessElectedToTheNation(Entity person, GazetteerEntry region, String role) {
        if (!electedToTheNation(role)) {
            return region;
        }
        person.addCountry(gazetteer.regionCountry(region.id()));
        return null;
    }

    private static final Set<String> LEGISLATORS = Words.set("sen.", "senator", "rep.", "representative", "congressman",
            "congresswoman");

    /**
     * "the Social Democrat minister said", "Sen. Tom Cotton, the Arkansas Republican, ...": a party (after a state's name,
     * perhaps) that describes someone named before, not a person of that name: the minister named last, or the person
     * whose apposition it is; null when it is neither. {@code end[0]} is set to the description's end.
     */
    private Entity partyMemberDescribed(List<Token> tokens, int the, List<Mention> out, int sentence, int[] end) {
        int n = tokens.size();
        int k = the + 1;
        int[] match = new int[1];
        GazetteerEntry place = k < n && tokens.get(k).isCapitalized() ? gazetteer.longestMatch(tokens, k, Math.min(n, k + 4), match) : null;
        if (place != null && (place.kind() == GazetteerEntry.Kind.ORGANIZATION ? gazetteer.regionCountry(place.id()) != null
                : place.kind() != GazetteerEntry.Kind.TITLE && place.kind() != GazetteerEntry.Kind.COALITION)) {
            k = match[0];
        }
        if (place == null) {
            k = unlistedPlaceBeforeParty(tokens, k);
        }
        boolean definite = tokens.get(the).folded().equals("the");
        if (definite && place != null && place.kind() == GazetteerEntry.Kind.ORGANIZATION && place.country() == null && match[0] < n
                && EntityRegistry.POST_NOMINALS.contains(tokens.get(match[0]).text())
                && (match[0] + 1 >= n || !tokens.get(match[0] + 1).isCapitalized())) {
            // "the Sinn Féin MLA said", "the Fine Gael TD said": a member of a party named as itself, the person named
            // last (the party's member if one was named as such)
            end[0] = match[0] + 1;
            Entity member = BackReferences.latestPersonWithRole(out, List.of(tokens.get(match[0]).folded()), gazetteer::officialRole);
            return member != null ? member : BackReferences.latestPerson(out);
        }
        if (k < n && PARTY_MEMBER_QUALIFIERS.contains(tokens.get(k).folded()) && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k >= n - 1 || !tokens.get(k).isCapitalized() || !PARTY_MEMBERS.contains(tokens.get(k).folded())) {
            return null;
        }
        GazetteerEntry title = gazetteer.longestMatch(tokens, k + 1, n, match);
        if (definite && title != null && title.kind() == GazetteerEntry.Kind.TITLE && isRoleNoun(title.name())
                && (match[0] >= n || !tokens.get(match[0]).isCapitalized())) {
            // "the Social Democrat minister said": the minister named before
            end[0] = match[0];
            return BackReferences.latestPersonWithRole(out, GENERIC_ROLES.getOrDefault(title.name(),
                    List.of(title.name().toLowerCase(Locale.ROOT))), gazetteer::officialRole);
        }
        if (definite && (gazetteer.isReportingVerb(tokens.get(k + 1).text()) || tokens.get(k + 1).text().equals(",")
                && k + 2 < n && tokens.get(k + 2).folded().equals("who"))) {
            // "Asked about the 2040 target, the Social Democrat said:", "the Democrat added", "The Kentucky Republican, who
            // is retiring, said": the person named before, described by their party as papers vary how they name a
            // speaker; not someone called "Social Democrat"
            end[0] = k + 1;
            return BackReferences.latestPerson(out);
        }
        Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
        end[0] = k + 1;
        // ", the Arkansas Republican, ...", ", the Texas Republican who chairs ...", ", an Illinois Democrat."
        boolean apposition = the > 0 && tokens.get(the - 1).text().equals(",") && !tokens.get(k + 1).isCapitalized()
                && last != null && last.sentence() == sentence && last.tokenEnd() == the - 1
                && last.entity().type() == EntityType.PERSON;
        return apposition ? last.entity() : null;
    }

    /**
     * "the San Diego Democrat said", "the Bay Area Democrat, who ...": a place the gazetteer does not list, in capitalised
     * words before a party's member who speaks or is described; the party word's index, else {@code k}.
     */
    private static int unlistedPlaceBeforeParty(List<Token> tokens, int k) {
        int j = k;
        while (j < Math.min(tokens.size(), k + 3) && tokens.get(j).isCapitalized() && tokens.get(j).isWord()
                && !PARTY_MEMBERS.contains(tokens.get(j).folded())) {
            j++;
        }
        boolean describes = j > k && j + 1 < tokens.size() && PARTY_MEMBERS.contains(tokens.get(j).folded())
                && tokens.get(j).isCapitalized()
                && (tokens.get(j + 1).text().equals(",") || !tokens.get(j + 1).isCapitalized());
        return describes ? j : k;
    }

    /** Verbs by which a lone unknown name acts like an organisation: "Lufthansa will cut", "Codelco plans to". */
    private static final Set<String> ACTING_VERBS = Words.set("will", "plans", "aims", "intends", "expects", "agreed",
            "pledged", "promised", "vowed", "committed", "is", "has");
    private static final Set<String> PARTY_NOUNS = Words.set("party", "movement", "coalition", "bloc", "alliance");
    /** Party names that are common words, named with their noun: "the Congress party", "the Centre party". */
    private static final Set<String> POLITICAL_WORDS = Words.set("congress", "red", "progress", "centre", "center", "labour",
            "labor", "green", "greens", "liberal", "conservative", "reform", "justice", "freedom", "democratic", "national",
            "socialist", "communist", "republican", "unity", "solidarity", "independence", "left", "pirate", "civic",
            "popular", "social", "people", "peoples", "workers", "union", "renaissance", "law", "order", "hope");
    /** "al-Kaabi", "el-Sisi", "bin Salman": lower-case articles inside Arabic names. */
    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|at|an|ar|az)-(?:\\p{Lu}.*)?");

    /** A hyphen after the two or three letters of an article, without which {@link #ARABIC_ARTICLE} cannot match. */
    private static boolean hyphenAfterArticle(String word) {
        return word.length() >= 3 && (word.charAt(2) == '-' || word.length() >= 4 && word.charAt(3) == '-');
    }
    private static final Set<String> PORTFOLIO_HEADS = Words.set("minister", "secretary", "commissioner", "director",
            "spokesperson", "spokesman", "spokeswoman", "envoy", "ambassador", "chief", "governor", "representative",
            "chair", "chairman", "chairwoman", "chairperson", "president", "head", "mep", "mp", "lawmaker", "senator", "deputy",
            "rapporteur", "negotiator", "leader", "whip", "speaker", "premier", "manager", "officer", "coach", "executive", "ceo",
            "commander", "superintendent", "msp", "mla", "mpp",
            // "Finance Adviser Salehuddin Ahmed", "Presidential Aide Yury Ushakov"
            "adviser", "advisor", "aide",
            // "Interview With Sen. Lindsey Graham", "Michigan State Rep. Pat Outman"
            "sen.", "rep.",
            "secretary-general", "director-general",
            "economist",
            // US style: "Illinois Gov. JB Pritzker", "Chicago Mayor Brandon Johnson", "City Comptroller Mark Levine"
            "gov.", "gov", "mayor", "comptroller", "treasurer", "administrator");
    /** Lower-case role nouns that may stand between a nationality and a name: "South Korean presidential candidate Lee". */
    private static final Set<String> ROLE_NOUNS = Words.set("candidate", "leader", "minister", "president", "chancellor",
            "official", "negotiator", "envoy", "spokesperson", "spokesman", "spokeswoman", "diplomat", "general",
            "commander", "lawmaker", "senator", "ambassador", "secretary", "premier", "king", "queen", "activist",
            "economist", "analyst", "chief", "governor", "mayor", "commissioner", "adviser", "advisor", "prosecutor",
            "judge", "ruler", "monarch", "counterpart", "representative", "delegate", "director", "head");

    /** Lower-case particles inside names, which may open a surname: "von", "de", "al", "bin". */
    static final Set<String> PARTICLES = Words.set("von", "van", "der", "den", "de", "la", "le", "du", "do", "das",
            "del", "della", "dei", "ibn", "abu",
            "da", "di", "dos", "al", "el", "bin", "bint", "ben", "ter", "ap",
            // Spanish names of parties and companies: "Unión por la Patria", "Sociedad Química y Minera de Chile"
            "por", "y",
            // Portuguese double surnames: "Henrique Gouveia e Melo"
            "e",
            // Filipino surnames: "Ramon dela Cruz", "Maria de los Santos"
            "dela", "delos", "los",
            // South Asian names joined by Arabic "ul", "ur", "ud": "Nadeem ul Haque", "Mujtaba Shuja ur Rehman"
            "ul", "ur", "ud");

    private final Gazetteer gazetteer;
    private final AffiliationLinker affiliations;
    private final SourceDescriptions descriptions;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.affiliations = new AffiliationLinker(gazetteer);
        this.descriptions = new SourceDescriptions(gazetteer);
    }

    public List<Mention> find(AnalyzedText text, QuotedRegions quotes, EntityRegistry registry) {
        return find(text, quotes, registry, offset -> false);
    }

    /**
     * The mentions of the text, reading nothing at the offsets {@code unread} accepts (a title-case headline left in
     * the body, "BioNTech Delays Kigali mRNA Production", whose capitals would make names of common words).
     */
    public List<Mention> find(AnalyzedText text, QuotedRegions quotes, EntityRegistry registry,
                              IntPredicate unread) {
        List<Mention> mentions = new ArrayList<>();
        String home = new HomeCountry(gazetteer).of(text);
        registry.setHome(home);
        registry.setNamesInsideSentences(namesInsideSentences(text));
        RoleLeads roleLeads = new RoleLeads();
        for (Sentence s : text.sentences()) {
            scan(text.body(), s, quotes, registry, mentions, home, unread, roleLeads);
        }
        UnnamedStaff.name(text, mentions, registry);
        FormerOffices.mark(text, mentions);
        BracketedCountries.link(text.body(), mentions);
        NamedCountrySets.link(text.body(), mentions, registry);
        UnlistedStateBodies.giveHomeCountry(mentions, registry, home);
        HomeForeignOffice.give(text.body(), mentions, registry, home);
        PossessedBodies.link(text, mentions, registry, gazetteer);
        BankOrgans.giveToTheirBank(mentions);
        affiliations.link(text, mentions, registry, home);
        UnlistedStateBodies.giveSpeakersCountry(mentions, registry);
        roleLeads.resolve(text, mentions, quotes, gazetteer::officialRole, gazetteer::isReportingVerb, registry::giveOffice);
        LeaderOffices.giveToLeaders(mentions, registry);
        HomeCountry.governmentsOfSpeakers(text, mentions, registry, STATE_NOUNS);
        SpelledOutNames.name(text.body(), mentions, registry);
        return mentions;
    }

    /**
     * The mentions of one sentence, token by token: descriptions, state nouns, organisations and groups, then names. The
     * kinds of reading are methods of their own so that the JIT compiles the loop: when they were one method of 7,400
     * bytes of bytecode, C1 gave up on it ("out of virtual registers") and the loop ran interpreted for the first
     * minutes of every process, a fifth of the extraction time. {@code readNameGroup} (7,800 bytes) is compiled by C1
     * without profiling only; split it before it grows.
     */
    private void scan(String body, Sentence s, QuotedRegions quotes, EntityRegistry registry, List<Mention> out, String home,
                      IntPredicate unread, RoleLeads roleLeads) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int i = 0;
        int[] match = new int[1];
        while (i < n && unread.test(tokens.get(i).start())) {
            // a headline the page left at the top, merged into the first sentence: not read, except the one who
            // speaks in a transcript's heading ("Press Briefing by Press Secretary Karoline Leavitt")
            i++;
            if (tokens.get(i - 1).text().equals("by") && i < n && (isTitleAt(tokens, i)
                    || tokens.get(i).folded().equals("the") && i + 1 < n && isTitleAt(tokens, i + 1))) {
                // ("Press Conference by the Minister of Defense Koizumi Shinjiro")
                break;
            }
        }
        while (i < n) {
            Token t = tokens.get(i);
            String lower = t.folded();
            int read = readDescribedActor(body, s, quotes, registry, out, home, roleLeads, i, match);
            read = read >= 0 ? read : readStateNoun(body, s, quotes, registry, out, home, i);
            read = read >= 0 ? read : readOrganisationOrGroup(body, s, quotes, registry, out, i, match);
            if (read >= 0) {
                i = read;
                continue;
            }
            int ofAt = i + 2;
            int named = ofAt + 1 < n && tokens.get(ofAt + 1).folded().equals("the") ? ofAt + 2 : ofAt + 1;
            if (named < n && (lower.equals("press") || lower.equals("media")) && tokens.get(i + 1).folded().equals("service")
                    && tokens.get(ofAt).folded().equals("of") && tokens.get(named).isCapitalized()) {
                // "the press service of Naftogaz reported": the organisation speaks; "of the Ministry of
                // Defense of Lithuania": a ministry is its country
                int k = named;
                while (k < n && (tokens.get(k).isCapitalized() || ((tokens.get(k).folded().equals("of")
                        || tokens.get(k).folded().equals("and")) && k + 1 < n && tokens.get(k + 1).isCapitalized()))) {
                    k++;
                }
                GazetteerEntry place = placeIn(tokens, named, k);
                if (place != null && STATE_NOUNS.contains(tokens.get(named).folded())) {
                    out.add(mention(registry.country(place.country()), Mention.Kind.COUNTRY, s, i, k, quotes));
                    i = k;
                    continue;
                }
                int first = named;
                GazetteerEntry known = gazetteer.longestMatch(tokens, first, k, match);
                Entity org = known != null && known.kind() == GazetteerEntry.Kind.COUNTRY ? registry.country(known.id())
                        : known != null && known.kind() == GazetteerEntry.Kind.ORGANIZATION ? registry.organization(known)
                        : registry.namedOrganization(s.text().substring(tokens.get(first).start() - s.start(),
                                tokens.get(k - 1).end() - s.start()), null);
                out.add(mention(org, Mention.Kind.ORGANIZATION, s, i, k, quotes));
                i = k;
                continue;
            }
            boolean particleStart = PARTICLES.contains(lower) && i + 1 < n
                    && (tokens.get(i + 1).isCapitalized() || PARTICLES.contains(tokens.get(i + 1).folded()));
            if (!t.isCapitalized() && !particleStart) {
                i++;
                continue;
            }
            int before = out.size();
            i = readNameGroup(s, i, quotes, registry, out);
            if (out.size() > before) {
                roleFromApposition(tokens, out.get(out.size() - 1), registry);
            }
        }
        registerAcronyms(s, registry, out);
    }

    /** Longest name of a party before "leader": "the Democratic Progressive Party (DPP) leader". */
    private static final int MAX_PARTY_NAME_WORDS = 5;

    /** The end of the capitalised words of a name that opens at {@code from}, at most {@link #MAX_PARTY_NAME_WORDS}. */
    private static int partyNameEnd(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < MAX_PARTY_NAME_WORDS && tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
            k++;
        }
        return k;
    }

    /**
     * The token after "leader" when the words at {@code from} are a party's name and its leader, not named next: "Labour
     * leader said", "Republican leader also said", "Democratic Progressive Party (DPP) leader pledged" (a party's name
     * ends in "Party" or is one of its members' words). Else -1.
     */
    private static int partyLeaderEnd(List<Token> tokens, int from) {
        int n = tokens.size();
        int nameEnd = partyNameEnd(tokens, from);
        if (nameEnd == from || !(tokens.get(nameEnd - 1).folded().equals("party")
                || nameEnd == from + 1 && PARTY_MEMBERS.contains(tokens.get(from).folded()))) {
            return -1;
        }
        int k = nameEnd;
        if (k + 2 < n && tokens.get(k).text().equals("(") && tokens.get(k + 1).isCapitalized() && tokens.get(k + 2).text().equals(")")) {
            k += 3;
        }
        // ("the Republican leader Mitch McConnell", "the Republican leader, Mitch McConnell,": named next)
        boolean namedNext = k + 1 < n && (tokens.get(k + 1).isCapitalized()
                || tokens.get(k + 1).text().equals(",") && k + 2 < n && tokens.get(k + 2).isCapitalized());
        return k < n && tokens.get(k).folded().equals("leader") && !namedNext ? k + 1 : -1;
    }

    /**
     * The person the article named before as the party's, else the person it named most often so far, at least twice,
     * when that one belongs to no other body: a story about a party's leader keeps naming the leader ("Peter Mutharika
     * was sworn in ... Mutharika said ... the Democratic Progressive Party (DPP) leader pledged"); a byline or a name
     * met once is no one's leader.
     */
    private static Entity leaderOfParty(List<Mention> before, String party) {
        String id = Folding.slug(party);
        java.util.Map<Entity, Integer> times = new java.util.LinkedHashMap<>();
        for (Mention m : before) {
            Entity e = m.entity();
            if (e.type() == EntityType.PERSON && id.equals(e.organization())) {
                return e;
            }
            if (e.type() == EntityType.PERSON) {
                times.merge(e, 1, Integer::sum);
            }
        }
        Entity most = null;
        for (java.util.Map.Entry<Entity, Integer> e : times.entrySet()) {
            // (of two named as often, the one named first later: a byline, "By MalawiCheck Desk", opens the page)
            if (most == null || e.getValue() >= times.get(most)) {
                most = e.getKey();
            }
        }
        return most != null && times.get(most) >= 2 && most.organization() == null ? most : null;
    }

    /**
     * "the President", "his Excellency", "a spokesman for the ministry", "the three Baltic states", "the country's
     * foreign ministry": a description that stands for a person, a country or a set of them, at token {@code i}. Returns
     * the token after it, or -1 when none opens there.
     */
    private int readDescribedActor(String body, Sentence s, QuotedRegions quotes, EntityRegistry registry, List<Mention> out,
                                   String home, RoleLeads roleLeads, int i, int[] match) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        Token t = tokens.get(i);
        String lower = t.folded();
        // (the articles asked once: the readers below ask about them some fifteen times for every token)
        boolean definite = lower.equals("the");
        boolean indefinite = lower.equals("a") || lower.equals("an");
        // (the mention just before asked first: the legal form's test, asked of every token, is the costlier)
        if (i > 0 && !out.isEmpty() && out.get(out.size() - 1).sentence() == s.index()
                && out.get(out.size() - 1).tokenEnd() == i && isLegalForm(tokens, i)) {
            // "Nexa Logistics Inc., a freight company": the legal form of the company just named, no other one
            i++;
            return i;
        }
        // ("Kemi Badenoch, the Conservative leader, said": the person just named, read with her name)
        int partyLeader = definite && !describesPersonJustNamed(out, s, i) ? partyLeaderEnd(tokens, i + 1) : -1;
        Entity leader = partyLeader > 0 ? leaderOfParty(out, nameText(tokens, i + 1, partyNameEnd(tokens, i + 1))) : null;
        if (leader != null) {
            // "Peter Mutharika was sworn in ... the Democratic Progressive Party (DPP) leader pledged", "José Antonio Kast
            // won ... The Republican leader also said": the party's leader named before
            out.add(mention(leader, Mention.Kind.ROLE, s, i, partyLeader, quotes));
            return partyLeader;
        }
        if (definite && i + 3 < n && isHeadOfState(tokens, i + 1)) {
            // communiqués' "the Head of State instructed": the president, king or emir the article opened with
            // ("The head of state noted ..." in a Turkmen release that names Erdoğan after Berdimuhamedov)
            Entity e = BackReferences.firstPersonWithRole(out, HEADS_OF_STATE, gazetteer::officialRole);
            if (e != null) {
                out.add(mention(e, Mention.Kind.ROLE, s, i, i + 4, quotes));
                i += 4;
                return i;
            }
        }
        if (definite && i + 1 < n) {
            GazetteerEntry title = gazetteer.longestMatch(tokens, i + 1, n, match);
            boolean capitalised = tokens.get(i + 1).isCapitalized();
            if (capitalised && (title == null || title.kind() != GazetteerEntry.Kind.TITLE)) {
                title = titleAfterPortfolioFields(tokens, i + 1, match, title);
            }
            int portfolioEnd = title != null && capitalised ? portfolioWithoutName(tokens, match[0]) : -1;
            if (portfolioEnd > 0 && title.kind() == GazetteerEntry.Kind.TITLE && isRoleNoun(title.name())) {
                // "the Minister of Mines said": the office named again without its holder's name, which is the
                // person last given that title ("the Minister, Colonel Abarchi Ousmane")
                String office = nameText(tokens, i + 1, portfolioEnd);
                // the holder of exactly this office before one whose office only contains it ("Minister of Foreign
                // Affairs" Faisal bin Farhan, not the "Minister of Foreign Affairs and Expatriates" he met)
                Entity e = BackReferences.latestPersonWithExactRole(out, office);
                if (e == null) {
                    e = registry.personWithRole(office, out);
                }
                GazetteerEntry place = gazetteer.longestMatch(tokens, match[0] + 1, portfolioEnd, new int[1]);
                if (e == null && place != null && place.kind() == GazetteerEntry.Kind.COUNTRY) {
                    // "the President of Turkmenistan said": that country's holder of the title
                    e = registry.personWithRole(title.name(), place.id(), out);
                }
                if (e != null) {
                    out.add(mention(e, Mention.Kind.ROLE, s, i, portfolioEnd, quotes));
                    i = portfolioEnd;
                    return i;
                }
                if (!capitalisedNameFollows(tokens, portfolioEnd)) {
                    // "..., the Minister for Climate, Energy and the Environment has announced": named later
                    roleLeads.addOffice(s, i, portfolioEnd, List.of(title.name().toLowerCase(Locale.ROOT)), office);
                }
            }
            if (title != null && title.kind() == GazetteerEntry.Kind.TITLE && isRoleNoun(title.name())
                    && (match[0] >= n || (!tokens.get(match[0]).isCapitalized()
                        && !(capitalised && PORTFOLIO_LINKS.contains(tokens.get(match[0]).folded()))))) {
                if (match[0] < n && tokens.get(match[0]).folded().equals("of") && describesPersonJustNamed(out, s, i)) {
                    // "P.T. Usha, the president of the Indian Olympic Association, said": the office of the person
                    // just named, not the president named before (Kirsty Coventry of the IOC)
                    i = match[0];
                    return i;
                }
                // "the chancellor said", and in British and official style "the Deputy Prime Minister said"
                // the person named most recently with the role, as the article gives it or as the well-known
                // officials know it ("Sir Keir Starmer has just finished his press conference ... the prime minister
                // said", in a live page that named Norway's prime minister further down), else anyone given it
                // ("the PM said": an abbreviated title stands for the roles it abbreviates)
                boolean spokesperson = title.name().toLowerCase(Locale.ROOT).startsWith("spokes");
                Entity e = BackReferences.latestPersonWithRoleNotAddressed(out, body, spokesperson ? List.of("spokes")
                        : GENERIC_ROLES.getOrDefault(title.name(), List.of(title.name().toLowerCase(Locale.ROOT))),
                        gazetteer::officialRole);
                if (e == null) {
                    e = registry.personWithRole(title.name(), out);
                }
                if (e == null && spokesperson) {
                    // "A Foreign Office spokesperson said ... the spokesperson said": whom the unnamed
                    // spokesperson spoke for
                    e = BackReferences.latestSpokenFor(out, body);
                }
                String[] titleWords = title.name().split(" ");
                if (e == null && capitalised && titleWords.length > 1) {
                    // "Deputy Prime Minister and Minister for Defence Richard Marles ... the Deputy Prime Minister
                    // said": the role as read kept only part of the title
                    e = registry.personWithRole(titleWords[titleWords.length - 1], out);
                }
                if (e != null) {
                    out.add(mention(e, Mention.Kind.ROLE, s, i, match[0], quotes));
                } else if (GENERIC_ROLES.containsKey(title.name().toLowerCase(Locale.ROOT))) {
                    // "The minister said ...": someone named before, whose office the article gives only later
                    roleLeads.addGeneric(s, i, match[0], GENERIC_ROLES.get(title.name().toLowerCase(Locale.ROOT)));
                } else if (!spokesperson) {
                    // "The home secretary has said ...": the holder may be named in the sentences after
                    roleLeads.addOffice(s, i, match[0], List.of(title.name().toLowerCase(Locale.ROOT)), title.name());
                }
                i = match[0];
                return i;
            }
        }
        Entity described = definite || indefinite
                ? partyMemberDescribed(tokens, i, out, s.index(), match) : null;
        if (described != null) {
            out.add(mention(described, Mention.Kind.ROLE, s, i, match[0], quotes));
            i = match[0];
            return i;
        }
        if ((lower.equals("his") || lower.equals("her")) && i + 1 < n && STYLES_OF_ADDRESS.contains(tokens.get(i + 1).folded())
                && (i + 2 >= n || !tokens.get(i + 2).isCapitalized())) {
            // Gulf agency copy: "His Highness said", "Her Excellency added" stand for the dignitary named last
            Entity e = BackReferences.latestPerson(out);
            if (e != null) {
                out.add(mention(e, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
        }
        if (lower.equals("a") && i > 0 && tokens.get(i - 1).text().equals(",") && i + 2 < n
                && tokens.get(i + 1).folded().equals("government") && OFFICIALS.contains(tokens.get(i + 2).folded())) {
            // "Britain will not contribute, a government spokesperson said": the government of the country the
            // sentence opened with
            Entity subject = countryOpening(s, out);
            if (subject != null) {
                out.add(mention(subject, Mention.Kind.ROLE, s, i, i + 3, quotes));
                i += 3;
                return i;
            }
        }
        if (lower.equals("a") && i + 2 < n && SPOKESPEOPLE.contains(tokens.get(i + 1).text())
                && gazetteer.isReportingVerb(tokens.get(i + 2).text())) {
            // "The Commission would propose new safeguards, a spokeswoman said": the body the sentence opened with;
            // "The EU Commission has so far refrained from criticising Berlin. A spokesperson said ...": the body
            // the sentence before opened with
            Entity subject = i > 0 && tokens.get(i - 1).text().equals(",") ? bodyOpening(s, out) : null;
            if (subject == null && i == Dateline.bodyStart(s)) {
                subject = previousOpening(s, out);
            }
            if (subject != null) {
                out.add(mention(subject, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
        }
        // ("a defence ministry spokesman said": the ministry's portfolio before it)
        boolean portfolio = indefinite && i + 4 < n && !tokens.get(i + 1).isCapitalized()
                && gazetteer.isPortfolioWord(tokens.get(i + 1).text()) && tokens.get(i + 2).text().equals("ministry");
        int stateNoun = portfolio ? i + 2 : i + 1;
        String stateWord = stateNoun < n ? tokens.get(stateNoun).text() : "";
        if (indefinite && stateNoun + 2 < n && (STATE_NOUNS.contains(stateWord) || CAPITALISED_STATE_NOUNS.contains(stateWord))
                && SPOKESPEOPLE.contains(tokens.get(stateNoun + 1).text())
                && gazetteer.isReportingVerb(tokens.get(stateNoun + 2).text())) {
            // "A Treasury spokesperson said", "A government spokesman told reporters", "a defence ministry spokesman
            // said": the state the article is about (the one named last, else the article's home: a Stormont story
            // names only "London" and Northern Ireland)
            Entity country = portfolio ? countryOfMinister(out, tokens.get(i + 1).folded(), registry) : null;
            country = country != null ? country : BackReferences.latestCountryOrGroupHome(out, registry);
            if (country == null && home != null) {
                country = registry.country(home);
            }
            if (country != null && country.type() == EntityType.COUNTRY) {
                out.add(mention(country, Mention.Kind.ROLE, s, i, stateNoun + 2, quotes));
                i = stateNoun + 2;
                return i;
            }
        }
        int spokesperson = indefinite ? namedBodysSpokesperson(tokens, i) : -1;
        if (spokesperson > 0) {
            // "A Sony spokesperson said", "An Adnoc spokesperson said": the body the spokesperson speaks for
            Entity speaksFor = bodyNamed(s, i + 1, spokesperson, registry, out, match);
            if (speaksFor != null) {
                out.add(mention(speaksFor, Mention.Kind.ROLE, s, i, spokesperson + 1, quotes));
                return spokesperson + 1;
            }
        }
        if (indefinite && i + 2 < n && ORG_NOUNS.contains(tokens.get(i + 1).text())
                && OFFICIALS.contains(tokens.get(i + 2).folded())) {
            // "a bank official said": someone speaking for the bank named before
            Entity org = BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry,
                    BUSINESS_NOUNS.contains(tokens.get(i + 1).folded()));
            if (org != null) {
                out.add(mention(org, Mention.Kind.ROLE, s, i, i + 3, quotes));
                i += 3;
                return i;
            }
        }
        if (definite && i + 1 < n && GENERIC_ROLES.containsKey(tokens.get(i + 1).text())) {
            // "The diplomat noted", "the minister said": the latest person whose role fits
            List<String> roleWords = GENERIC_ROLES.get(tokens.get(i + 1).text());
            // ("Addressing a press conference along with Minister of State for Finance Bilal Azhar Kayani, the minister
            // said": not the one the subject appears with)
            Entity e = BackReferences.latestPersonWithRoleNotAddressed(out, body, roleWords, name -> null);
            if (e == null) {
                // "Sir Keir Starmer ... the PM said": the role the article leaves out, from the well-known officials
                e = BackReferences.latestPersonWithRole(out, roleWords, gazetteer::officialRole);
            }
            if (e != null) {
                out.add(mention(e, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
            roleLeads.addGeneric(s, i, i + 2, roleWords);
        }
        String roleCountry = definite ? countryOfRoleBeforeVerb(tokens, i + 1) : null;
        if (roleCountry != null) {
            // "the Kremlin official said", "the Russian diplomat told reporters": the latest person of that country
            // whose role fits, else the group the words name
            Entity e = BackReferences.latestPersonWithRoleOf(out, roleCountry,
                    GENERIC_ROLES.get(tokens.get(i + 2).folded()), gazetteer::officialRole);
            if (e != null) {
                out.add(mention(e, Mention.Kind.ROLE, s, i, i + 3, quotes));
                return i + 3;
            }
        }
        int describedRoleEnd = definite ? describedRoleEnd(tokens, i + 1) : -1;
        if (describedRoleEnd > 0) {
            // "the top diplomat said", "the Conservative leader told MPs": the latest person whose role fits
            String noun = tokens.get(describedRoleEnd - 1).folded();
            Entity e = BackReferences.latestPersonWithRole(out, GENERIC_ROLES.getOrDefault(noun, List.of(noun)),
                    gazetteer::officialRole);
            if (e != null) {
                out.add(mention(e, Mention.Kind.ROLE, s, i, describedRoleEnd, quotes));
                i = describedRoleEnd;
                return i;
            }
        }
        int regionAt = definite ? (i + 1 < n && NUMBER_WORDS.containsKey(tokens.get(i + 1).folded()) ? i + 2 : i + 1) : i;
        if (regionAt + 1 < n && SET_NOUNS.contains(tokens.get(regionAt + 1).folded())
                && !gazetteer.countryGroup(tokens.get(regionAt).text()).isEmpty()) {
            // "the three Baltic states", "Nordic countries": each of them
            List<Entity> members = new ArrayList<>();
            for (String id : gazetteer.countryGroup(tokens.get(regionAt).text())) {
                members.add(registry.country(id));
            }
            Mention m = mention(members.get(0), Mention.Kind.ROLE, s, i, regionAt + 2, quotes);
            registry.rememberSet(m.start(), members);
            out.add(m);
            i = regionAt + 2;
            return i;
        }
        int gulfEnd = regionAt + (regionAt + 1 < n && tokens.get(regionAt + 1).text().equals("Arab") ? 2 : 1);
        if (gulfEnd < n && tokens.get(regionAt).text().equals("Gulf")
                && GULF_SET_NOUNS.contains(tokens.get(gulfEnd).text())) {
            // "Gulf states said their money would flow only once Hamas disarmed", "Gulf Arab states": a group of
            // monarchies news seldom lists, named as written (not an organisation called "Gulf", nor a person "Gulf Arab")
            String words = s.text().substring(tokens.get(regionAt).start() - s.start(),
                    tokens.get(gulfEnd).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, gulfEnd + 1, quotes));
            i = gulfEnd + 1;
            return i;
        }
        boolean bothSides = lower.equals("both") && i + 1 < n && SET_NOUNS.contains(tokens.get(i + 1).folded());
        if (bothSides || (definite && i + 2 < n && NUMBER_WORDS.containsKey(tokens.get(i + 1).folded())
                && SET_NOUNS.contains(tokens.get(i + 2).folded()))) {
            // "the three countries said", "both sides had agreed": the last three (two) countries named together,
            // else the last pair of actors named together ("Congo and the M23 armed group ... the two sides"), else
            // the last two countries of the last three sentences ("Japan ... talks with the Philippines ... the two
            // countries"), and for leaders their countries ("Merz ... with US President Donald Trump ... the two leaders")
            int count = bothSides ? 2 : NUMBER_WORDS.get(tokens.get(i + 1).folded());
            int end = bothSides ? i + 2 : i + 3;
            boolean people = PERSON_SET_NOUNS.contains(tokens.get(end - 1).folded());
            // "Erdogan told Trump ... Israel has said ... The two leaders agreed": the leaders named, before the
            // countries named since
            List<Entity> members = people && count == 2 ? BackReferences.latestLeadersCountries(out, s.index(), registry)
                    : List.of();
            if (members.size() != count) {
                members = BackReferences.latestCountries(body, out, count);
            }
            if (members.isEmpty() && count == 2) {
                members = BackReferences.latestPair(body, out, s.index(), registry);
                if (members.isEmpty()) {
                    members = people ? BackReferences.latestLeadersCountries(out, s.index(), registry)
                            : BackReferences.latestDistinctCountries(out, s.index());
                }
                if (members.isEmpty() && !people) {
                    // "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev ... The two
                    // sides agreed": the countries of the two leaders who met, when no country is named as such
                    members = BackReferences.latestLeadersCountries(out, s.index(), registry);
                }
            }
            if (!members.isEmpty()) {
                Mention m = mention(members.get(0), Mention.Kind.ROLE, s, i, end, quotes);
                registry.rememberSet(m.start(), members);
                out.add(m);
                i = end;
                return i;
            }
        }
        // (as the subject of what they will do or reaffirm: "said the mediators hoped ..." leaves the report its speaker's)
        List<Entity> mediators = definite && i + 2 < n && BROKERING_ROLES.contains(tokens.get(i + 1).folded())
                && BROKERS_ACTS.contains(tokens.get(i + 2).folded()) ? BackReferences.latestCountryList(body, out) : List.of();
        if (!mediators.isEmpty()) {
            // "Qatar, Egypt, Türkiye and the United States said in a joint statement ... The mediators will establish a
            // follow-up mechanism": the countries last named together
            Mention m = mention(mediators.get(0), Mention.Kind.ROLE, s, i, i + 2, quotes);
            registry.rememberSet(m.start(), mediators);
            out.add(m);
            return i + 2;
        }
        int bodyEnd = definite || lower.equals("its") ? countrysBodyEnd(tokens, i) : -1;
        if (bodyEnd > 0 && !quotes.isQuoted(t.start())) {
            // "..., its energy ministry said", "Its foreign ministry said in a statement", "..., the country's
            // finance ministry said", "South Korea will cap its contributions, the presidential office said": the
            // country the sentence opened with, else the last named
            Entity owner = countryOpening(s, out);
            if (owner == null) {
                owner = BackReferences.latestCountryOrGroupHome(out, registry);
            }
            if (owner != null && owner.type() == EntityType.COUNTRY) {
                out.add(mention(owner, Mention.Kind.ROLE, s, i, bodyEnd, quotes));
                i = bodyEnd;
                return i;
            }
        }
        return -1;
    }

    /**
     * "the government", "the army-backed government", "the Treasury Department", "the province", "parliament": a state's
     * own bodies, which stand for their state, at token {@code i}. Returns the token after them, or -1.
     */
    private int readStateNoun(String body, Sentence s, QuotedRegions quotes, EntityRegistry registry, List<Mention> out,
                             String home, int i) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        Token t = tokens.get(i);
        String lower = t.folded();
        if (lower.equals("the")) {
            int read = readDefiniteStateNoun(body, s, quotes, registry, out, home, i);
            if (read >= 0) {
                return read;
            }
            if ("AUS".equals(home) && i + 1 < n && tokens.get(i + 1).text().equals("Commonwealth")
                    && (i + 2 >= n || !tokens.get(i + 2).isCapitalized() && !tokens.get(i + 2).folded().equals("of"))) {
                // "The Commonwealth will contribute $1.2 billion", "the Commonwealth would not commit": Australian copy
                // names the federal government so beside its states (not "the Commonwealth of Nations", "the
                // Commonwealth Games")
                out.add(mention(registry.country(home), Mention.Kind.ROLE, s, i, i + 2, quotes));
                return i + 2;
            }
        }
        // ("Government spokeswoman Camila Vallejo said": the state's spokeswoman, named; not a body called "Government";
        // "Government Spokesperson Adam Szłapka" keeps its capitalised title)
        boolean namedSpokesperson = t.text().equals("Government") && i + 2 < n && SPOKESPEOPLE.contains(tokens.get(i + 1).text())
                && tokens.get(i + 2).isCapitalized();
        if ((t.text().equals("Government") || bareGovernmentReported(tokens, i)) && (i == 0 || !tokens.get(i - 1).isCapitalized()
                    && !tokens.get(i - 1).folded().equals("the"))
                && (i + 1 >= n || namedSpokesperson || !tokens.get(i + 1).isCapitalized() && !tokens.get(i + 1).folded().equals("of")
                    && !tokens.get(i + 1).folded().equals("for") && !GOVERNMENT_PEOPLE.contains(tokens.get(i + 1).folded()))) {
            // "Government says it will not remove maize meal subsidies", "disclosed that Government would pay",
            // "says government will complete": East, West and Southern African copy names the state without an
            // article, as "the government"
            Entity country = home != null ? registry.country(home) : BackReferences.latestCountryOrGroupHome(out, registry);
            if (country != null && country.type() == EntityType.COUNTRY) {
                out.add(mention(country, Mention.Kind.ROLE, s, i, i + 1, quotes));
                i++;
                return i;
            }
        }
        return -1;
    }

    /** Whether the token at {@code next} makes the word before it a modifier: a hyphen, or a noun or adjective. */
    private static boolean qualifiesANoun(Sentence s, int next) {
        if (next >= s.tokens().size()) {
            return false;
        }
        Token t = s.tokens().get(next);
        if (t.text().equals("-") || t.text().startsWith("-")) {
            return true;
        }
        String tag = s.tags(next, next + 1)[0];
        return t.isWord() && !t.isCapitalized() && (tag.equals("NOUN") || tag.equals("ADJ"));
    }

    /**
     * "the province", "the government", "the army-backed government", "the Senate": the part of {@link #readStateNoun}
     * that reads after "the" (only there: its look-ups on every token cost a twentieth of the extraction time).
     */
    private int readDefiniteStateNoun(String body, Sentence s, QuotedRegions quotes, EntityRegistry registry, List<Mention> out,
                                      String home, int i) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        // "the army-backed government", "the military-led government": who stands behind it is no part of the noun
        int backed = i + 3 < n && tokens.get(i + 2).text().equals("-") && BACKING.contains(tokens.get(i + 3).folded())
                ? i + 3 : i;
        boolean portfolioMinistry = backed + 2 < n && MINISTRY_PORTFOLIOS.contains(tokens.get(backed + 1).folded())
                && tokens.get(backed + 2).text().equals("ministry");
        int stateAt = backed + 2 < n
                && (GOVERNMENT_ADJECTIVES.contains(tokens.get(backed + 1).folded()) || portfolioMinistry)
                ? backed + 2 : backed + 1;
        // "the government", and in official releases "the Government" (but "the Kremlin" is the gazetteer's)
        boolean stateNoun = stateAt < n && (STATE_NOUNS.contains(Folding.stripPossessive(tokens.get(stateAt).text()))
                || CAPITALISED_STATE_NOUNS.contains(Folding.stripPossessive(tokens.get(stateAt).text())));
        if (!stateNoun && stateAt < n && FORCES_NOUNS.contains(tokens.get(stateAt).text()) && !qualifiesANoun(s, stateAt + 1)
                && !quotes.isQuoted(tokens.get(stateAt).start())) {
            // ("the military service starts", "the army-backed government": a modifier, not the forces themselves; in a
            // speaker's own words "the army" is as often their hope for it as a pledge: "The army will be able to do
            // what we ask of it")
            stateNoun = true;
        }
        boolean legislature = i + 1 < n && LEGISLATURES.contains(tokens.get(i + 1).folded());
        int stateEnd = stateNoun ? stateAt + 1 : i + 2;
        if (stateNoun && stateEnd < n && DEPARTMENT_WORDS.contains(Folding.stripPossessive(tokens.get(stateEnd).text()))) {
            // "the Treasury Department said": the department is the state noun's, not an organisation of its own
            stateEnd++;
        }
        Entity province = i + 1 < n && tokens.get(i + 1).folded().equals("province")
                && (i + 2 >= n || !tokens.get(i + 2).folded().equals("of")) ? BackReferences.latestRegion(out, registry) : null;
        if (province != null) {
            // "Ontario Premier Doug Ford said the province would introduce legislation": the region named last
            out.add(mention(province, Mention.Kind.ROLE, s, i, i + 2, quotes));
            i += 2;
            return i;
        }
        if ((stateNoun || legislature)
                && (stateEnd >= n || !(tokens.get(stateEnd).folded().equals("of") || tokens.get(stateEnd).folded().equals("for")))) {
            // "the junta said", "the federal government will", "the Senate will vote": the country named most
            // recently (the dateline counts when no other is named: "OTTAWA — The federal government ...")
            // the home country for "the government", but "the state government" (a German Land, an Indian
            // State) is no country's: the latest named then, as before
            if (stateNoun && Folding.stripPossessive(tokens.get(stateAt).folded()).equals("kingdom")) {
                // "the Kingdom would resume financial support for the Lebanese army": the kingdom named before, not the
                // latest country (Lebanon)
                Entity kingdom = BackReferences.latestKingdom(out, registry);
                if (kingdom != null) {
                    out.add(mention(kingdom, Mention.Kind.ROLE, s, i, stateEnd, quotes));
                }
                return stateEnd;
            }
            boolean national = stateNoun && !REGIONAL_ADJECTIVES.contains(tokens.get(stateAt - 1).folded());
            Entity subject = national && i > 0 && tokens.get(i - 1).text().equals(",") ? countryOpening(s, out) : null;
            if (subject != null) {
                // "Germany will provide 1.8 billion euros, the development ministry said": the ministry of the
                // country the sentence opened with
                out.add(mention(subject, Mention.Kind.ROLE, s, i, stateEnd, quotes));
                i = stateEnd;
                return i;
            }
            Entity department = national && Folding.stripPossessive(tokens.get(stateAt).folded()).equals("department")
                    ? BackReferences.latestOrganizationWithWord(out, "department") : null;
            if (department != null && department.country() != null) {
                // "The Department of Homeland Security said it would appeal ... She said the department would comply":
                // the state of the department named before, not the country named last (deportations "to Eswatini")
                out.add(mention(registry.country(department.country()), Mention.Kind.ROLE, s, i, stateEnd, quotes));
                i = stateEnd;
                return i;
            }
            Entity ministrys = national && tokens.get(stateAt).folded().equals("ministry")
                    ? BackReferences.latestMinistrysCountry(body, out, tokens.get(i).start(),
                            portfolioMinistry ? tokens.get(backed + 1).folded() : null) : null;
            if (ministrys == null && home == null && national && !portfolioMinistry
                    && tokens.get(stateAt).folded().equals("ministry")) {
                // "Defence Minister Antti Häkkänen said ... For operational reasons, the ministry said it would not
                // disclose ...": the ministry of the minister named last, not the country named last (Russia); but a
                // ministry named before is the one meant ("Peru's Ministry of Transport announced ... during a visit
                // by Chinese Commerce Minister Wang Wentao ... according to the ministry")
                Entity namedMinistry = BackReferences.latestOrganizationWithWord(out, "ministry");
                Entity ministryOrMinister = namedMinistry != null ? namedMinistry
                        : BackReferences.latestPersonWithRole(out, MINISTER_ROLE);
                ministrys = ministryOrMinister != null && ministryOrMinister.country() != null
                        ? registry.country(ministryOrMinister.country()) : null;
            }
            if (ministrys != null) {
                out.add(mention(ministrys, Mention.Kind.ROLE, s, i, stateEnd, quotes));
                i = stateEnd;
                return i;
            }
            Entity region = national ? null : BackReferences.latestRegion(out, registry);
            if (region != null) {
                // "Western Australia's Premier Roger Cook said the state government would": the region's own
                out.add(mention(region, Mention.Kind.ROLE, s, i, stateEnd, quotes));
                i = stateEnd;
                return i;
            }
            if (!national && tokens.get(stateAt - 1).folded().equals("provincial")) {
                // a province the gazetteer does not know is no country
                i = stateEnd;
                return i;
            }
            Entity country = national ? openingSeat(s, out) : null;
            GazetteerEntry seat = national && country == null ? seatAfter(tokens, stateEnd) : null;
            if (seat != null) {
                // "the army-aligned government in Port Sudan said": the country whose capital follows
                country = registry.country(seat.country());
            }
            if (country == null) {
                country = home != null && national ? registry.country(home) : BackReferences.latestCountryOrGroupHome(out, registry);
            }
            if (country == null) {
                country = BackReferences.latestPlace(out);
            }
            if (country != null) {
                out.add(mention(country, Mention.Kind.ROLE, s, i, stateEnd, quotes));
                i = stateEnd;
                return i;
            }
            if (stateNoun) {
                // with no country named yet, "the Treasury" is still a state's, never an organisation of that name
                i = stateEnd;
                return i;
            }
        }
        return -1;
    }

    /**
     * "the company", "the alliance", "the Danish shipping group", "people familiar with the matter", "EU diplomats": an
     * organisation named before, or a group of people, at token {@code i}. Returns the token after it, or -1.
     */
    private int readOrganisationOrGroup(String body, Sentence s, QuotedRegions quotes, EntityRegistry registry,
                                        List<Mention> out, int i, int[] match) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        Token t = tokens.get(i);
        String lower = t.folded();
        int setEnd = i == 0 && PERSON_SET_NOUNS.contains(lower) && t.isCapitalized() ? 1
                : i == 0 && lower.equals("the") && n > 1 && PERSON_SET_NOUNS.contains(tokens.get(1).text()) ? 2 : -1;
        Entity gathered = setEnd > 0 && !quotes.isQuoted(t.start())
                ? BackReferences.latestBodyOfPeople(body, out, tokens.get(setEnd - 1).folded()) : null;
        if (gathered != null) {
            // "African Union leaders on Sunday pledged ... | Leaders also agreed to deploy", "NATO defence ministers
            // agreed ... | The ministers also agreed": the body whose leaders or ministers were named before
            out.add(mention(gathered, Mention.Kind.ROLE, s, i, setEnd, quotes));
            return setEnd;
        }
        int descriptor = describedOrganizationEnd(tokens, i);
        if (descriptor > 0) {
            // "the Danish shipping group said", "the company said": the organisation named before, or the
            // name this sentence opened with, which was read as a person's
            String noun = tokens.get(descriptor - 1).folded();
            boolean company = BUSINESS_NOUNS.contains(noun);
            Entity org = NAMED_BY_HEAD.contains(noun) ? BackReferences.latestOrganizationWithWord(out, noun)
                    : PREFERRED_HEADS.contains(noun) ? headedOrLatest(out, noun, s, registry, company)
                    : BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry, company);
            if (org == null && !NAMED_BY_HEAD.contains(noun) && !opensReportedClause(tokens, i)) {
                org = subjectRevealedAsCompany(out, s.index(), registry, company);
            }
            if (org != null) {
                out.add(mention(org, Mention.Kind.ROLE, s, i, descriptor, quotes));
                i = descriptor;
                return i;
            }
        }
        if (lower.equals("the") && i + 2 < n && tokens.get(i + 1).isCapitalized()
                && LEADERS_GOVERNMENTS.contains(Folding.stripPossessive(tokens.get(i + 2).folded()))
                && gazetteer.longestMatch(tokens, i + 1, n, match) == null) {
            // "the Trump administration said", "the Albanese Government will": the leader's country
            Entity country = countryLedBy(tokens.get(i + 1).text(), out, registry);
            if (country != null) {
                out.add(mention(country, Mention.Kind.ROLE, s, i, i + 3, quotes));
                i += 3;
                return i;
            }
        }
        GazetteerEntry agencyOf = lower.equals("the") && i + 2 < n && Folding.stripPossessive(tokens.get(i + 2).text()).equals("agency")
                ? gazetteer.lookup(tokens.get(i + 1).text()) : null;
        if (agencyOf != null && agencyOf.id().equals("united-nations")) {
            // "The World Food Programme will stop emergency food aid ..., the U.N. agency said": the agency named
            // before, which the United Nations runs (else the United Nations)
            Entity agency = BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry, false);
            if (agency == null || !registry.isListedOrganization(agency) || agency.country() != null) {
                agency = registry.organizationById("united-nations");
            }
            out.add(mention(agency, Mention.Kind.ROLE, s, i, i + 3, quotes));
            return i + 3;
        }
        if (lower.equals("the") && i + 3 < n && tokens.get(i + 1).folded().equals("board")
                && tokens.get(i + 2).folded().equals("of") && Folding.stripPossessive(tokens.get(i + 3).folded()).equals("directors")) {
            // "The Board of Directors has resolved to pay a quarterly dividend": the company's board acts for it ("The
            // Board of Directors of Fjordbanken ASA": the company named next)
            if (i + 5 < n && tokens.get(i + 4).folded().equals("of") && tokens.get(i + 5).isCapitalized()) {
                int before = out.size();
                int read = readNameGroup(s, i + 5, quotes, registry, out);
                if (out.size() > before && out.get(before).entity().type() == EntityType.ORGANIZATION) {
                    out.add(before, mention(out.get(before).entity(), Mention.Kind.ROLE, s, i, i + 4, quotes));
                }
                return read;
            }
            Entity company = BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry, true);
            if (company != null) {
                out.add(mention(company, Mention.Kind.ROLE, s, i, i + 4, quotes));
            }
            return i + 4;
        }
        if (lower.equals("the") && i + 2 < n && tokens.get(i + 1).folded().equals("world")
                && Folding.stripPossessive(tokens.get(i + 2).text()).equals("body")) {
            // "the world body": the United Nations, named or not
            out.add(mention(registry.organizationById("united-nations"), Mention.Kind.ROLE, s, i, i + 3, quotes));
            i += 3;
            return i;
        }
        GazetteerEntry officeOf = Folding.isPossessive(t.text()) ? countryNamed(Folding.stripPossessive(t.text())) : null;
        int leaderOffice = lower.equals("the") || officeOf != null ? leaderOfficeEnd(tokens, i + 1) : -1;
        if (leaderOffice > 0) {
            // "The Presidency said", "the President's Office said": a leader's office is the leader; "Israel's Prime
            // Minister's Office said": that country's
            String role = tokens.get(i + 1).text().equals("Presidency") ? "president"
                    : s.text().substring(tokens.get(i + 1).start() - s.start(), tokens.get(leaderOffice - 2).end() - s.start());
            Entity leader = officeOf != null ? registry.personWithRole(Folding.stripPossessive(role), officeOf.id(), out)
                    : registry.personWithRole(Folding.stripPossessive(role), out);
            if (leader != null) {
                out.add(mention(leader, Mention.Kind.ROLE, s, i, leaderOffice, quotes));
                i = leaderOffice;
                return i;
            }
        }
        if (lower.equals("the") && i + 1 < n && Folding.stripPossessive(tokens.get(i + 1).text()).equals("Commission")
                && !nameGoesOn(tokens, i + 2)) {
            // "The President of the ECOWAS Commission, Omar Touray, said the Commission would": the commission
            // named before, which is the European one only when it was
            Entity commission = BackReferences.latestCommission(body, out, registry);
            if (commission == null) {
                commission = bodyOfCommissionBefore(tokens, i, registry);
            }
            if (commission != null) {
                out.add(mention(commission, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
        }
        if (lower.equals("the") && i + 2 < n && tokens.get(i + 1).folded().equals("central")
                && Folding.stripPossessive(tokens.get(i + 2).folded()).equals("bank")) {
            // "The central bank said it would extend a swap line" after "The Bank of Korea held its rate": the central
            // bank named before (not the commercial or development bank named since), else nobody
            Entity bank = BackReferences.latestCentralBank(out);
            if (bank != null) {
                out.add(mention(bank, Mention.Kind.ROLE, s, i, i + 3, quotes));
            }
            return i + 3;
        }
        // "the 11-member bloc", "the 27-nation bloc", "the 32-member alliance": the size is no part of the reference
        int head = lower.equals("the") ? sizeModifierEnd(tokens, i + 1) : i + 1;
        if (lower.equals("the") && head + 1 < n && !tokens.get(head).isCapitalized() && !OTHER_BUSINESSES.contains(tokens.get(head).folded())
                && !Folding.isPossessive(tokens.get(head).text())
                && BUSINESS_NOUNS.contains(Folding.stripPossessive(tokens.get(head + 1).folded()))
                && s.tags(head, head + 1)[0].equals("NOUN")) {
            // "The battery maker said", "the steel company": what the business makes is no part of the reference
            head++;
        }
        boolean orgNoun = lower.equals("the") && head < n && (ORG_NOUNS.contains(Folding.stripPossessive(tokens.get(head).text()))
                // UN style: "the Organization will also support ..." (not "the Organization of ...", a name)
                || (CAPITALISED_ORG_NOUNS.contains(Folding.stripPossessive(tokens.get(head).text()))
                    && (head + 1 >= n || !PORTFOLIO_LINKS.contains(tokens.get(head + 1).folded()))))
                // ("The Alliance Party said": the noun opens a listed name, no back-reference)
                && !(tokens.get(head).isCapitalized() && gazetteer.longestMatch(tokens, i + 1, Math.min(n, i + 5), match) != null
                    && match[0] > head + 1);
        Entity defined = lower.equals("the") && i + 1 < n && tokens.get(i + 1).isCapitalized()
                ? registry.knownOrganization(DEFINED_TERM_PREFIX + Folding.stripPossessive(tokens.get(i + 1).text())) : null;
        if (defined != null) {
            // 'the Company' after '(the "Company")': the body the document defined the term for
            out.add(mention(defined, Mention.Kind.ROLE, s, i, i + 2, quotes));
            return i + 2;
        }
        if (orgNoun) {
            // "the agency", "the alliance", "the bank": the organisation named most recently; "the bloc",
            // "the union": a union named before (the European Union, not its Commission)
            String noun = Folding.stripPossessive(tokens.get(head).folded());
            Entity org = noun.equals("bloc") || noun.equals("union") ? BackReferences.latestOrganizationNamed(out, "union") : null;
            if (org == null && noun.equals("union")) {
                // "The International Association of Machinists and Aerospace Workers (IAM) ... The union said": a
                // trade union known by its members, not the company named since
                org = BackReferences.latestTradeUnion(out);
            }
            if (org == null && noun.equals("union")) {
                // "The labor union of Hyundai Motor Co. will stage partial strikes ..., the union said": the
                // company's union, as annotators name it ("Hyundai Motor union")
                Entity company = BackReferences.latestCompanyWithUnion(body, out, registry);
                org = company == null ? null : registry.namedOrganization(company.name() + " union", company.country());
            }
            Entity ofTheSpeaker = org == null && opensReportedClause(tokens, i)
                    ? organisationOfSubjectsApposition(out, s, i) : null;
            if (ofTheSpeaker != null && NAMED_BY_HEAD.contains(noun)
                    && ofTheSpeaker.name().toLowerCase(Locale.ROOT).contains(noun)) {
                // "Justice Simon Byabakama, chairman of the Electoral Commission of Uganda, said ... the commission
                // would": the speaker's body, not another commission named before
                org = ofTheSpeaker;
            } else if (NAMED_BY_HEAD.contains(noun)) {
                // "the university", "the league", "the authority": an organisation whose name holds the word (a
                // British council is "the authority" too), else none: "the university" is no other body named last
                org = BackReferences.latestOrganizationWithWord(out, noun);
                if (org == null && noun.equals("authority")) {
                    org = BackReferences.latestOrganizationWithWord(out, "council");
                }
                if (org == null) {
                    i = head + 1;
                    return i;
                }
            }
            if (org == null) {
                // "P.T. Usha, the president of the Indian Olympic Association, said the body would ...": the
                // organisation of the speaker's apposition, which is no object of the sentence
                org = ofTheSpeaker;
            }
            if (org == null) {
                // ("Peter Sands, the fund's executive director": the Global Fund named before, not the Gates
                // Foundation named since)
                org = PREFERRED_HEADS.contains(noun) ? ownerOfOrgan(headedOrLatest(out, noun, s, registry,
                            BUSINESS_NOUNS.contains(noun)), registry)
                        : BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry,
                            BUSINESS_NOUNS.contains(noun));
            }
            if (org == null && !opensReportedClause(tokens, i) && !quotes.isQuoted(t.start())
                    && !(head + 2 < n && tokens.get(head + 1).text().equals(",") && tokens.get(head + 2).isCapitalized())) {
                // "Lyra Energy Storage will invest ..., the company said": the name was a company's (but in "Luiz
                // Carlos Souza said the fund would ...", the speaker is no fund; "his stake in the company,
                // Atlas Components Trading" names the company next; and in a quote, '"... all the carbon the company
                // has emitted," he told employees', the company is the speaker's, not the reporter's subject)
                org = subjectRevealedAsCompany(out, s.index(), registry,
                        BUSINESS_NOUNS.contains(noun) || NONPROFIT_NOUNS.contains(noun));
            }
            if (org != null) {
                out.add(mention(org, Mention.Kind.ROLE, s, i, head + 1, quotes));
                i = head + 1;
                return i;
            }
        }
        int firmEnd = gazetteer.isFoldedGroupNoun(lower) && (i == 0 || !t.isCapitalized() && !tokens.get(i - 1).isCapitalized())
                && !quotes.isQuoted(t.start())
                ? descriptions.placeOrFirmEnd(tokens, i + 1) : -1;
        if (firmEnd > 0) {
            // "Analysts at Rabobank said", "economists from ING said", "Officials in Islamabad said": the group
            // named by all its words, of the country its place is in
            SourceDescriptions.FirmName name = descriptions.firmName(tokens, i + 2, firmEnd);
            String words = name == null
                    ? s.text().substring(t.start() - s.start(), tokens.get(firmEnd - 1).end() - s.start())
                    // "Analysts at the Congolese research institute Ebuteli said": named by the firm's own name
                    : s.text().substring(t.start() - s.start(), tokens.get(i + 1).end() - s.start())
                        + (name.article() ? " the " : " ")
                        + s.text().substring(tokens.get(name.start()).start() - s.start(), tokens.get(name.end() - 1).end() - s.start());
            GazetteerEntry place = placeIn(tokens, i + 2, firmEnd);
            String country = place != null ? place.country() : stateBodysCountry(tokens, i + 2, firmEnd, registry);
            out.add(mention(registry.group(words, country), Mention.Kind.GROUP, s, i, firmEnd, quotes));
            i = firmEnd;
            return i;
        }
        if (lower.equals("the") && i + 2 < n && !tokens.get(i + 1).isCapitalized()
                && gazetteer.isGroupNoun(tokens.get(i + 1).text())
                && (gazetteer.isReportingVerb(tokens.get(i + 2).text()) || reportingVerbAfterInsert(tokens, i + 2))
                && !quotes.isQuoted(t.start())) {
            // "two diplomats familiar with the talks said ... The offer was made last week, the diplomats said": the
            // group named before (also across a clause on why they speak unnamed: "The diplomats, who asked not to be
            // named because the proposals are confidential, said")
            Entity group = BackReferences.latestGroupOf(out, tokens.get(i + 1).folded());
            if (group != null) {
                out.add(mention(group, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
        }
        int reachedGroupEnd = reachedGroupEnd(s, quotes, i);
        if (reachedGroupEnd > 0) {
            // "Several diplomats consulted by EFE said", "Residents who spoke to The Citizen said": the group by its
            // noun and modifiers, as annotators name it ("diplomats", "Residents": 12 times in 17), without the clause;
            // "Some lawmakers in Brussels said": with where it is
            String words = s.text().substring(t.start() - s.start(), tokens.get(reachedGroupEnd - 1).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, reachedGroupEnd, quotes));
            return reachedGroupEnd;
        }
        int modifiedGroupEnd = i > 0 && (MODIFIED_GROUP_OPENERS.contains(tokens.get(i - 1).folded())
                || GROUP_DETERMINERS.contains(tokens.get(i - 1).folded())) && !quotes.isQuoted(t.start())
                ? modifiedGroupEnd(tokens, i) : -1;
        if (modifiedGroupEnd < 0 && t.isCapitalized() && (i == 0 || afterDateline(s, i)) && !quotes.isQuoted(t.start())) {
            // "Conservation groups said the cut came years too late": the field opens the sentence, after a dateline
            // too (the tagger is asked last: it tags a window of the sentence, the costliest question here)
            modifiedGroupEnd = openingGroupEnd(tokens, i);
            // (nor "ADDIS ABABA — Ethiopia's official creditors agreed": a country's own, which its country speaks for)
            if (modifiedGroupEnd > 0 && (s.tags(i, i + 1)[0].equals("PROPN") || gazetteer.lookup(t.text()) != null
                    || i > 0 && countryNamed(Folding.stripPossessive(t.text())) != null)
                    && !portfolioMinistryOpens(tokens, i)) {
                modifiedGroupEnd = -1;
            }
        }
        if (modifiedGroupEnd > 0) {
            // "..., as health officials warned that ...", "several western investors said", "Some recovery experts
            // said": a group named by its field, as annotators name it (43 of 45 with the modifier)
            String words = s.text().substring(t.start() - s.start(), tokens.get(modifiedGroupEnd - 1).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, modifiedGroupEnd, quotes));
            i = modifiedGroupEnd;
            return i;
        }
        int sources = DESCRIBED_SOURCES.contains(lower) && !quotes.isQuoted(t.start())
                && (i == 0 || afterAccordingTo(tokens, i) || tokens.get(i - 1).text().equals(",")
                    || GROUP_DETERMINERS.contains(tokens.get(i - 1).folded()))
                ? descriptions.describedSourcesEnd(tokens, i + 1) : -1;
        if (lower.equals("the") && i + 1 < n && tokens.get(i + 1).folded().equals("people") && !quotes.isQuoted(t.start())
                && descriptions.describedSourcesEnd(tokens, i + 2) < 0) {
            // "..., said the people, who asked not to be identified": the unnamed sources described before
            Entity sourcesBefore = BackReferences.latestGroupNamed(out, "People ");
            if (sourcesBefore != null) {
                out.add(mention(sourcesBefore, Mention.Kind.ROLE, s, i, i + 2, quotes));
                i += 2;
                return i;
            }
        }
        if (sources > 0) {
            // "people familiar with the matter said", "according to people briefed on the talks": unnamed
            // sources are named by all the words that describe them
            String words = s.text().substring(t.start() - s.start(), tokens.get(sources - 1).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, sources, quotes));
            i = sources;
            return i;
        }
        if (!t.isCapitalized() && t.isWord() && afterAccordingTo(tokens, i) && i + 1 < n && !quotes.isQuoted(t.start())
                && !DETERMINERS.contains(lower) && !gazetteer.isFoldedGroupNoun(lower)
                && (tokens.get(i + 1).text().equals("sources") || gazetteer.isFoldedGroupNoun(tokens.get(i + 1).folded()))
                && (i + 2 >= n || !tokens.get(i + 2).isWord() || tokens.get(i + 2).folded().equals("and"))) {
            // "..., according to government sources", "according to security officials": the group with its field
            out.add(mention(registry.group(t.text() + " " + tokens.get(i + 1).text(), null), Mention.Kind.GROUP, s, i, i + 2, quotes));
            return i + 2;
        }
        if (!t.isCapitalized() && afterAccordingTo(tokens, i)
                && (gazetteer.isFoldedGroupNoun(t.folded()) || t.text().equals("people")) && !quotes.isQuoted(t.start())) {
            // "..., according to two diplomats", "according to people familiar with the matter": an unnamed
            // group is the source; "according to sources at Moncloa", "sources at the Economy Ministry": with where
            // they sit, as annotators name them
            int end = whereSourcesSitEnd(s, i + 1);
            String words = s.text().substring(t.start() - s.start(), tokens.get(end - 1).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, end, quotes));
            return end;
        }
        int groupEnd = unnamedGroupEnd(s, quotes, i);
        if (groupEnd > 0) {
            // "economists said", "two officials said": an unnamed group speaks, named by its noun ("diplomats
            // familiar with the talks said": 9 times in 12 the annotators' "diplomats"), or with its relative clause
            // when one says who they are ("Parents who campaigned against the closure said", 3 times in 5)
            String words = s.text().substring(t.start() - s.start(), tokens.get(groupEnd - 1).end() - s.start());
            out.add(mention(registry.group(words, null), Mention.Kind.GROUP, s, i, groupEnd, quotes));
            return groupEnd;
        }
        if (lower.equals("the") && i + 2 < n && tokens.get(i + 1).isCapitalized()) {
            GazetteerEntry nation = gazetteer.longestMatch(tokens, i + 1, n, match);
            int after = match[0];
            int missionEnd = nation != null && nation.kind() == GazetteerEntry.Kind.DEMONYM ? diplomaticMissionEnd(tokens, after) : -1;
            if (missionEnd > 0) {
                // "the Chinese Embassy said", "the Indian High Commission in Dhaka said": the country speaks
                out.add(mention(registry.country(nation.id()), Mention.Kind.ROLE, s, i, missionEnd, quotes));
                i = missionEnd;
                return i;
            }
            int missionOf = diplomaticMissionEnd(tokens, i + 1);
            int state = missionOf > 0 && missionOf + 1 < n && tokens.get(missionOf).folded().equals("of")
                    ? (tokens.get(missionOf + 1).folded().equals("the") ? missionOf + 2 : missionOf + 1) : -1;
            GazetteerEntry host = state > 0 && state < n ? gazetteer.longestMatch(tokens, state, n, match) : null;
            if (host != null && host.kind() == GazetteerEntry.Kind.COUNTRY) {
                // "A spokesperson for the Embassy of the People's Republic of China said": the country speaks, as
                // through "the Chinese Embassy"
                out.add(mention(registry.country(host.id()), Mention.Kind.ROLE, s, i, match[0], quotes));
                return match[0];
            }
            if (nation != null && nation.kind() == GazetteerEntry.Kind.DEMONYM && after < n
                    && tokens.get(after).text().equals("state") && (after + 1 >= n || !tokens.get(after + 1).isWord()
                        || STATE_PREDICATES.contains(tokens.get(after + 1).folded()))) {
                // "The French state, which granted ACC 846 million euros in aid, said it would maintain its support": a
                // nation's state is the country (not "the French state-owned utility", "the Emirati state news agency")
                out.add(mention(registry.country(nation.id()), Mention.Kind.ROLE, s, i, after + 1, quotes));
                return after + 1;
            }
            if (nation != null && nation.kind() == GazetteerEntry.Kind.DEMONYM && after < n && tokens.get(after).folded().equals("leader")
                    && (after + 1 >= n || !tokens.get(after + 1).isCapitalized())) {
                // "the Belarusian leader stressed": the head of state or government of that nation named before (a
                // bare "leader" is too often a party's to be a title of its own)
                Entity e = BackReferences.latestPersonWithRoleOf(out, nation.id(), NATIONAL_LEADERS, gazetteer::officialRole);
                if (e != null) {
                    out.add(mention(e, Mention.Kind.ROLE, s, i, after + 1, quotes));
                    return after + 1;
                }
            }
            if (nation != null && nation.kind() == GazetteerEntry.Kind.DEMONYM && after < n && !tokens.get(after).isCapitalized()) {
                GazetteerEntry title = gazetteer.longestMatch(tokens, after, n, match);
                if (title != null && title.kind() == GazetteerEntry.Kind.TITLE && isRoleNoun(title.name())
                        && (match[0] >= n || !tokens.get(match[0]).isCapitalized())) {
                    // "the French president wrote": the French person with that role named before
                    Entity e = registry.personWithRole(title.name(), nation.id(), out);
                    if (e == null) {
                        e = BackReferences.latestKnownOfficial(out, nation.id(), title.name(), gazetteer);
                    }
                    if (e != null) {
                        out.add(mention(e, Mention.Kind.ROLE, s, i, match[0], quotes));
                        i = match[0];
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * "Willie Walsh, director general of the International Air Transport Association, spoke ...": a name without a title
     * followed by a role in an apposition is a person's, with that role, so that "the airline body" later in the
     * sentence does not turn the name into an organisation's.
     */
    private void roleFromApposition(List<Token> tokens, Mention m, EntityRegistry registry) {
        int comma = m.tokenEnd();
        if (m.kind() != Mention.Kind.NAME || m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON
                || m.entity().role() != null && !STYLES.contains(m.entity().role()) || comma + 2 >= tokens.size()
                || !tokens.get(comma).text().equals(",")) {
            return;
        }
        int head = comma + 1;
        int end = head;
        while (end < tokens.size() && end - head < 8 && (tokens.get(end).isCapitalized()
                || PORTFOLIO_LINKS.contains(tokens.get(end).folded()) || tokens.get(end).folded().equals("the"))) {
            end++;
        }
        if (end < tokens.size() && end > head + 1 && tokens.get(end).text().equals(",") && isRoleWord(tokens.get(head).folded())
                && gazetteer.isPortfolioWord(tokens.get(end - 1).text())) {
            // "His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, said": the office after the name
            // (it ends with its portfolio: "Jan Mayen, Minister of Defence Ole Hagen," names someone else)
            m.entity().giveOffice(nameText(tokens, head, end));
            return;
        }
        if (officeOfBody(tokens, m, head, registry)) {
            return;
        }
        // a role in lower case only after a name that opens the sentence ("a cable to Jan Mayen, chief executive Ole
        // Martin Hagen said": the role belongs to the name after it)
        while (m.tokenStart() == 0 && head < Math.min(tokens.size(), comma + 3) && tokens.get(head).isWord()
                && !tokens.get(head).isCapitalized() && !tokens.get(head).folded().equals("the")) {
            // ("Philippe Lazzarini, the commissioner-general of UNRWA,": the article makes it a description of the
            // agency's head, which the affiliation linker reads)
            if (isRoleWord(tokens.get(head).folded())) {
                m.entity().addRole(tokens.get(head).text());
                return;
            }
            head++;
        }
    }

    /** Words of an office held in a body, in a title after a name: "Chief Executive Officer", "Executive Director". */
    private static final Set<String> OFFICE_WORDS = Words.union(ROLE_NOUNS, "executive", "officer", "chair", "chairman",
            "chairwoman", "chairperson", "ceo", "founder", "coordinator", "rector", "principal", "dean");
    /** Heads of the names of bodies the gazetteer does not know: "... Emergency Management Agency", "PolioPlus Committee". */
    private static final Set<String> BODY_HEADS = Words.union(ORG_NOUNS, "committee", "institute", "society", "societies",
            "association", "corporation", "authority", "programme", "program", "board", "university", "shipping",
            "network", "coalition", "center", "centre", "forum", "partnership", "initiative", "trust", "corp", "inc", "ltd",
            "plc", "group");

    /** "National", "Federal", "Ghana", "Kenyan": a first word that makes a body a state's. */
    private boolean isNational(Token first) {
        String w = first.folded();
        if (w.equals("national") || w.equals("federal") || w.equals("state") || w.equals("central")) {
            return true;
        }
        GazetteerEntry e = gazetteer.lookup(first.text());
        return e != null && (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.DEMONYM);
    }

    /**
     * "Kristin Aasland, Chief Executive Officer of Nordhav Shipping", "Elizabeth Riley, Executive Director of the
     * Caribbean Disaster Emergency Management Agency (CDEMA),", "Kiminori Iwama, Ambassador of Japan to Bangladesh": a
     * title in capitals after the name, then the body or country it is held in. The person gets the office and speaks
     * for that body or country when the gazetteer knows it, the article named it before, or its name ends as a body's
     * does ("Agency", "Committee"); a ministry ("Spokesperson of the Ministry of Foreign Affairs") is left to the rules
     * that give ministries their state. True when it gave them.
     */
    private boolean officeOfBody(List<Token> tokens, Mention m, int head, EntityRegistry registry) {
        int n = tokens.size();
        int of = head;
        boolean titled = false;
        while (of < n && of - head < 5 && (tokens.get(of).isCapitalized() || of > head && tokens.get(of).folded().equals("and"))) {
            titled |= OFFICE_WORDS.contains(tokens.get(of).folded());
            of++;
        }
        if (!titled || of >= n || !(tokens.get(of).folded().equals("of") || tokens.get(of).folded().equals("for"))) {
            return false;
        }
        int first = of + 1 < n && tokens.get(of + 1).folded().equals("the") ? of + 2 : of + 1;
        int end = first;
        while (end < n && (tokens.get(end).isCapitalized() && !Folding.isPossessive(tokens.get(end).text())
                || end > first && end + 1 < n && PORTFOLIO_LINKS.contains(tokens.get(end).folded())
                    && tokens.get(end + 1).isCapitalized())) {
            end++;
        }
        if (end < n && tokens.get(end).isCapitalized()) {
            // (the loop stopped at a possessive) "Chair of Rotary International's PolioPlus Committee": the body whose
            // committee it is
            end++;
        }
        if (end <= first || Folding.stripPossessive(tokens.get(first).folded()).matches("ministry|department|office")) {
            return false;
        }
        String office = nameText(tokens, head, of);
        int[] match = new int[1];
        GazetteerEntry known = gazetteer.longestMatch(tokens, first, end, match);
        if (known != null && (match[0] == end || match[0] < end && tokens.get(match[0]).folded().equals("to"))
                && (known.kind() == GazetteerEntry.Kind.COUNTRY || known.kind() == GazetteerEntry.Kind.CAPITAL)) {
            // (an envoy's office names where they serve after "to": "Ambassador of Japan to Bangladesh" is Japan's)
            m.entity().addRole(office);
            m.entity().addCountry(known.country());
            return true;
        }
        if (known != null && match[0] == end && known.kind() == GazetteerEntry.Kind.ORGANIZATION) {
            Entity org = registry.organization(known);
            m.entity().addRole(office);
            m.entity().addOrganization(org.id());
            m.entity().addCountry(org.country());
            return true;
        }
        String name = Folding.stripPossessive(nameText(tokens, first, end));
        String last = Folding.stripPossessive(tokens.get(end - 1).folded());
        if (STATE_BODY_HEADS.contains(last) && isNational(tokens.get(first))) {
            // "Chief Executive Officer of the National Health Insurance Authority": a state's agency, which annotators
            // give to its state (left to the rules that read "the authority" of a country)
            return false;
        }
        boolean bodyHead = BODY_HEADS.contains(last);
        Entity body = registry.knownOrganization(name);
        if (body == null && bodyHead && end - first >= 2) {
            body = registry.namedOrganization(name, null);
        }
        if (body == null) {
            return false;
        }
        m.entity().addRole(office);
        m.entity().addOrganization(body.id());
        return true;
    }

    /** Styles that come before a name and say nothing of the office: "His Highness Prince Faisal bin Farhan, Minister of ...". */
    private static final Set<String> STYLES = Words.set("Prince", "Princess", "Sheikh", "Sheikha", "Highness", "Excellency");

    /** "director", and "director-general" by its first part. */
    private static boolean isRoleWord(String folded) {
        int hyphen = folded.indexOf('-');
        return ROLE_NOUNS.contains(hyphen > 0 ? folded.substring(0, hyphen) : folded);
    }

    /** The token after a legal form at {@code at} (", Inc.", " Corp."), or {@code at} when none is there. */
    private static int legalFormEnd(List<Token> tokens, int at) {
        int k = at < tokens.size() && tokens.get(at).text().equals(",") ? at + 1 : at;
        // ("Inc" "." as the tokenizer may split it)
        if (k < tokens.size() && (isLegalForm(tokens, k) || EntityRegistry.LEGAL_FORMS.contains(tokens.get(k).text() + "."))) {
            k++;
            return k < tokens.size() && tokens.get(k).text().equals(".") ? k + 1 : k;
        }
        return at;
    }

    /**
     * The end of an unnamed group's name at {@code i}, or -1: a group noun after a determiner ("two officials said") or
     * opening the sentence, then its verb or a description of it ("economists familiar with the plan said"); a
     * capitalised one, opening the sentence, only with a relative clause ("Residents who spoke to The Citizen said"),
     * which then belongs to its name. Whether the sentence opens there (after a dateline) is asked last: it reads the
     * sentence's first tokens, and this is asked at most of a sentence's words.
     */
    private int unnamedGroupEnd(Sentence s, QuotedRegions quotes, int i) {
        List<Token> tokens = s.tokens();
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || !gazetteer.isFoldedGroupNoun(t.folded()) || quotes.isQuoted(t.start())) {
            return -1;
        }
        boolean opening = i == 0 || i == Dateline.bodyStart(s);
        boolean capitalised = t.isCapitalized();
        if (capitalised && !(opening && gazetteer.isGroupNoun(t.text()))
                || !opening && !GROUP_DETERMINERS.contains(tokens.get(i - 1).folded())) {
            return -1;
        }
        if (!capitalised && gazetteer.isReportingVerb(tokens.get(i + 1).text())) {
            return i + 1;
        }
        boolean who = tokens.get(i + 1).folded().equals("who");
        if (capitalised && !who) {
            return -1;
        }
        int described = descriptions.sourceDescriptionEnd(tokens, i + 1);
        return described < 0 ? -1 : who ? described : i + 1;
    }

    /** What a defined term is registered under, apart from the names and acronyms of the article. */
    private static final String DEFINED_TERM_PREFIX = "defined term ";

    /** "Rapid Support Forces (RSF)": the acronym in brackets names the same organisation later ("The RSF said"). */
    private static void registerAcronyms(Sentence s, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        for (int k = out.size() - 1; k >= 0 && out.get(k).sentence() == s.index(); k--) {
            Mention m = out.get(k);
            int after = m.tokenEnd();
            if (m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON && after + 2 < tokens.size()
                    && tokens.get(after).text().equals("(") && (isAcronym(tokens.get(after + 1).text())
                        || isInitialsOf(tokens.get(after + 1).text(), tokens, m.tokenStart(), after))) {
                // "the Nigerian National Petroleum Company Limited (NNPC Ltd)": the acronym, with or without its
                // legal form, names the company later ("NNPC Ltd said")
                boolean legalForm = isLegalForm(tokens, after + 2);
                int close = legalForm ? after + 3 : after + 2;
                if (close < tokens.size() && tokens.get(close).text().equals(")")) {
                    registry.aliasOrganization(tokens.get(after + 1).text(), m.entity());
                    if (legalForm) {
                        registry.aliasOrganization(tokens.get(after + 1).text() + " " + tokens.get(after + 2).text(), m.entity());
                    }
                }
            }
            int known = after + 1 < tokens.size() && tokens.get(after).text().equals(",") && tokens.get(after + 1).folded().equals("also")
                    ? after + 2 : after + 1;
            if (m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON && known + 2 < tokens.size()
                    && tokens.get(after).text().equals(",") && tokens.get(known).folded().equals("known")
                    && tokens.get(known + 1).folded().equals("as") && isAcronym(tokens.get(known + 2).text())) {
                // "State utility Vietnam Electricity, known as EVN, will begin": the short name the article goes on with
                registry.aliasOrganization(tokens.get(known + 2).text(), m.entity());
            }
            int opening = legalFormEnd(tokens, after);
            int term = opening + 1 < tokens.size() && tokens.get(opening).text().equals("(") ? opening + 1 : -1;
            term = term > 0 && term < tokens.size() && tokens.get(term).folded().equals("the") ? term + 1 : term;
            if (term > 0 && term + 2 < tokens.size() && Tokens.isQuoteMark(tokens.get(term).text())
                    && tokens.get(term + 1).isCapitalized() && Tokens.isQuoteMark(tokens.get(term + 2).text())
                    && (m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON
                        || ORG_NOUNS.contains(tokens.get(term + 1).folded()) && registry.revealOrganization(m.entity()))) {
                // 'Northstar Photonics, Inc. (the "Company") ... with the United States Department of Commerce (the
                // "Department")': a filing's or a release's defined terms, each its own body's name from then on (and
                // a name read as a person's is a company's when it is defined as "the Company")
                registry.aliasOrganization(DEFINED_TERM_PREFIX + tokens.get(term + 1).text(), m.entity());
            }
        }
    }

    /**
     * The index after "presidential candidate" in "South Korean presidential candidate Lee": one to
     * three lower-case words (five with an "and") ending in a role noun, followed (maybe after a comma) by a
     * capitalised name. Returns {@code from} when there is no such role.
     */
    private static int lowerCaseRole(List<Token> tokens, int from) {
        int n = tokens.size();
        boolean joined = false;
        // ("Dutch education and science minister Eppo Bruins": two portfolios joined by "and" make five words)
        for (int k = from; k < Math.min(n, from + (joined ? 5 : 3)); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalized() || !t.isWord()) {
                return from;
            }
            joined |= k > from && t.folded().equals("and");
            if (isRoleWord(t.folded())) {
                int next = k + 1;
                if (next + 1 < n && tokens.get(next).text().equals("-") && tokens.get(next + 1).isWord()
                        && !tokens.get(next + 1).isCapitalized()) {
                    // "president-elect", "prime minister-designate"
                    k = next + 1;
                    next = k + 1;
                }
                if (next < n && tokens.get(next).text().equals(",")) {
                    next++;
                }
                if (next < n && tokens.get(next).isCapitalized() && !NOT_NAMES.contains(tokens.get(next).folded())) {
                    return k + 1;
                }
                return from;
            }
        }
        return from;
    }

    /**
     * The country named in tokens [from, to) of a title ("Minister of Defense of Ukraine") or of a group's place
     * ("officials in Islamabad"), or null.
     */
    private GazetteerEntry placeIn(List<Token> tokens, int from, int to) {
        int[] m = new int[1];
        for (int k = from; k < to; k++) {
            GazetteerEntry e = gazetteer.longestMatch(tokens, k, to, m);
            if (e != null && (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.DEMONYM
                    || e.kind() == GazetteerEntry.Kind.CAPITAL)) {
                return e;
            }
        }
        return null;
    }

    /** True when a country or a capital starts at token {@code at}: "London", "Kyiv", "the United Kingdom". */
    private boolean startsWithCountryOrCapital(List<Token> tokens, int at) {
        GazetteerEntry e = gazetteer.longestMatch(tokens, at, tokens.size(), new int[1]);
        return e != null && (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CAPITAL);
    }

    /** True when the capitalised run [from, to) ends with a country name: "Minister of Foreign Affairs of Ukraine". */
    private boolean endsWithPlace(List<Token> tokens, int from, int to) {
        int[] m = new int[1];
        for (int k = from; k < to; k++) {
            GazetteerEntry e = gazetteer.longestMatch(tokens, k, to, m);
            if (e != null && e.kind() == GazetteerEntry.Kind.COUNTRY && m[0] == to) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title that heads a portfolio opens at {@code k} ("President", "Chief Executive"). */
    private boolean startsPortfolioHead(List<Token> tokens, int k) {
        GazetteerEntry title = gazetteer.longestMatch(tokens, k, tokens.size(), new int[1]);
        return title != null && title.kind() == GazetteerEntry.Kind.TITLE && isPortfolioHead(title.name());
    }

    /** Titles that follow a portfolio or a body: "Climate Change Minister", "Home Affairs Secretary". */
    private static boolean isPortfolioHead(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.endsWith("secretary general") || lower.endsWith("director general")) {
            // "NATO Secretary General", "IOM Director General" (but "the Auditor-General" is an office)
            return true;
        }
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return PORTFOLIO_HEADS.contains(last);
    }

    /** What may follow a state noun in a department's name: "the Treasury Department". */
    private static final Set<String> DEPARTMENT_WORDS = Words.set("Department", "Ministry", "Office");

    /** What opens a reported clause before a bare "government": "says government will", "that government would". */
    private static final Set<String> REPORT_OPENERS = Words.set("said", "says", "that", "added", "noted", "assured",
            "disclosed", "stated", "announced", "explained", "stressed");
    private static final Set<String> GOVERNMENT_ACTS = Words.set("will", "would", "has", "had", "is", "was", "shall",
            "must", "could", "may", "plans", "intends", "remains");

    /** "the minister says government will complete": a lower-case "government" with no article opening a report. */
    private static boolean bareGovernmentReported(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("government") && i > 0 && i + 1 < tokens.size()
                && REPORT_OPENERS.contains(tokens.get(i - 1).folded()) && GOVERNMENT_ACTS.contains(tokens.get(i + 1).folded());
    }

    /** Who speaks from a government without being it: "Government sources said", "Government officials". */
    private static final Set<String> GOVERNMENT_PEOPLE = Words.set("sources", "source", "officials", "official",
            "spokesperson", "spokesman", "spokeswoman", "insiders", "ministers", "figures", "data", "statistics");

    /**
     * The first word of a titled person's name after the words that still belong to the office: "Minister heading the
     * Prime Minister's Office Gergely Gulyás", "Minister-in-charge of Energy and Science and Technology Tan See Leng",
     * "Vice President for Investment Operations Konstantin Limitovskiy" (two words of the name are always kept), when a
     * title was read or the name goes on a portfolio's list ("... of Energy and Science and Technology Tan See Leng").
     */
    private int afterPortfolio(List<Token> tokens, int nameStart, int end, String role) {
        int link = nameStart > 0 && COMPASS_ADJECTIVES.contains(tokens.get(nameStart - 1).text()) ? nameStart - 2 : nameStart - 1;
        if (role == null && (link < 0 || !PORTFOLIO_LINKS.contains(tokens.get(link).folded()))) {
            return nameStart;
        }
        if (end - nameStart == 3 && southAsianSheikh(tokens, nameStart)) {
            return nameStart;
        }
        int k = nameStart;
        while (end - k > 2) {
            if (gazetteer.isPortfolioWord(tokens.get(k).text()) || OFFICE_UNITS.contains(tokens.get(k).text())
                    // ("managing director for Eastern Europe Matteo Patrone": a region the office covers)
                    || CONTINENTS.contains(tokens.get(k).text()) || COMPASS_ADJECTIVES.contains(tokens.get(k).text())) {
                k++;
                continue;
            }
            int closed = titleClosingOffice(tokens, k, end - 2);
            if (closed <= k) {
                break;
            }
            k = closed;
        }
        if (k == nameStart && role != null && end - k == 3 && nameStart >= 2 && tokens.get(nameStart - 1).folded().equals("the")
                && PORTFOLIO_LINKS.contains(tokens.get(nameStart - 2).folded())) {
            // "Minister for International Development and the Pacific Pat Conroy": a region closes the portfolio
            k++;
        }
        return k;
    }

    /**
     * The end of a title that the office's last words open and the word at {@code at} closes, or -1: "Under-Secretary-
     * General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher" holds a second title ("Emergency
     * Relief Coordinator") whose first words were read as the portfolio, and the name follows it.
     */
    private int titleClosingOffice(List<Token> tokens, int at, int limit) {
        int[] titleEnd = new int[1];
        for (int from = Math.max(0, at - 2); from <= at; from++) {
            GazetteerEntry title = gazetteer.longestMatch(tokens, from, limit, titleEnd);
            if (title != null && title.kind() == GazetteerEntry.Kind.TITLE && titleEnd[0] > at) {
                return titleEnd[0];
            }
        }
        return -1;
    }

    /** Last words of the names of laws and treaties: "the Atomic Energy Act", "the Lisbon Treaty". */
    private static final Set<String> LAW_HEADS = Words.set("Act", "Treaty", "Convention", "Protocol", "Charter", "Amendment",
            "Directive", "Regulation", "Bill");
    /**
     * Last words of a document's title: "its World Energy Outlook", "the Strategic Defence Review", "the Global Financial
     * Stability Report", "the Paris Declaration". Such a title names what is published, nobody who speaks.
     */
    private static final Set<String> DOCUMENT_HEADS = Words.set("Outlook", "Report", "Review", "Strategy", "Roadmap",
            "Framework", "Declaration", "Agenda", "Scenario", "Accord", "Communiqué", "Communique", "Blueprint");

    /** Directions that open a region's name: "for Eastern Europe", "for Central Asia". */
    private static final Set<String> COMPASS_ADJECTIVES = Words.set("Eastern", "Western", "Northern", "Southern", "Central");

    /** Units an office's title may end with before its holder's name. */
    private static final Set<String> OFFICE_UNITS = Words.set("Office", "Operations", "Delegation", "Division", "Secretariat",
            // ("Chairman of the Cabinet of Ministers Adylbek Kasymaliev": the body of ministers the office chairs)
            "Ministers");

    /** A name right after an office, or after its comma: "the Minister for Transport, Prof Makame Mbarawa". */
    private static boolean capitalisedNameFollows(List<Token> tokens, int k) {
        int at = k < tokens.size() && tokens.get(k).text().equals(",") ? k + 1 : k;
        return at < tokens.size() && tokens.get(at).isCapitalized();
    }

    /**
     * "in Brussels", "at the White House": the mention names where something happens; so does the
     * dateline that opens a report ("ROME —", "KYIV (Reuters) -").
     */
    private static boolean isPlace(Sentence s, int from) {
        if (from <= 2 && s.tokens().size() > from + 1 && isAllCaps(s.tokens().get(0).text())) {
            // "ADDIS ABABA, Ethiopia (AP) —", "RIO DE JANEIRO, Nov 3 (Reuters) -": a dateline of several words, whose
            // inner particles ("DE", "OF") are short
            int k = from;
            while (k < s.tokens().size() && k < 4 && (isAllCaps(s.tokens().get(k).text())
                    || k > from && isCapitalsParticle(s.tokens().get(k).text()))) {
                k++;
            }
            if (k > from && k < s.tokens().size() && s.tokens().get(k).text().equals(",") && Dateline.dashIndex(s) > k) {
                // (a company in capitals opening the lead, "JERA, Japan's largest power generator, plans to", is
                // no dateline: a dateline closes with a dash)
                return true;
            }
            if (from == 0 && k >= 2 && k < s.tokens().size() && isDatelineEnd(s.tokens().get(k).text())) {
                // "QUEBEC CITY (CP) —", "PORT SUDAN —": a capitals-only place of two words
                return true;
            }
        }
        if (from == 0 && s.tokens().size() > 1) {
            Token first = s.tokens().get(0);
            String next = s.tokens().get(1).text();
            if (isAllCaps(first.text()) && (next.equals("\u2014") || next.equals("-") || next.equals("\u2013") || next.equals("(")
                    || next.equals(",") && Dateline.dashIndex(s) > 1)) {
                return true;
            }
        }
        if (from > 0 && from <= 4 && s.tokens().get(from - 1).text().equals(",") && isAllCaps(s.tokens().get(0).text())) {
            // "NYON, Switzerland —", "ADDIS ABABA, Ethiopia (AP) —": the country of a dateline
            int after = from + 1;
            while (after < s.tokens().size() && s.tokens().get(after).isCapitalized() && after < from + 3) {
                after++;
            }
            if (after < s.tokens().size()) {
                String next = s.tokens().get(after).text();
                if (next.equals("\u2014") || next.equals("-") || next.equals("\u2013") || next.equals("(") || next.equals(",")) {
                    return true;
                }
            }
        }
        int before = from - 1;
        if (before >= 0 && s.tokens().get(before).folded().equals("the")) {
            before--;
        }
        return before >= 0 && Words.LOCATIVES.contains(s.tokens().get(before).folded());
    }

    private static boolean isDatelineEnd(String next) {
        return next.equals("\u2014") || next.equals("-") || next.equals("\u2013") || next.equals("(");
    }

    /** "DE" in "RIO DE JANEIRO", "OF" in "PORT OF SPAIN": two capital letters inside a place in capitals. */
    private static boolean isCapitalsParticle(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
    }

    /**
     * "U.S.", "UK", "UAE": a country named by the initials of its name, which are in capitals in any text (and open a
     * body's name as a country's name does: "the U.S. Lumber Coalition"; "PLA" is China's army, not its initials).
     */
    private static boolean isCountryInitials(List<Token> tokens, int from, int to, GazetteerEntry country) {
        if (to - from != 1) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : country.name().split(" ")) {
            initials.append(word.charAt(0));
        }
        return tokens.get(from).text().replace(".", "").equals(initials.toString());
    }

    /** "ADDIS", "NHS": three or more characters, none in lower case, some letter. */
    private static boolean isAllCaps(String word) {
        return word.length() > 2 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }




    /**
     * The end of an organisation's name that a title word opens, or -1: "King's Fund" (a possessive
     * title and a capitalised word), "Premier League" (a title and one organisation head).
     */
    private static int organizationOpenedByTitle(List<Token> tokens, int afterTitle) {
        int n = tokens.size();
        if (afterTitle >= n || !tokens.get(afterTitle).isCapitalized()) {
            return -1;
        }
        boolean lastCapital = afterTitle + 1 >= n || !tokens.get(afterTitle + 1).isCapitalized();
        if (Folding.isPossessive(tokens.get(afterTitle - 1).text()) && lastCapital) {
            return afterTitle + 1;
        }
        String head = Folding.stripPossessive(tokens.get(afterTitle).folded());
        return ORG_HEADS.contains(head) && lastCapital ? afterTitle + 1 : -1;
    }

    /**
     * "ministry spokeswoman He Yongqian", "economist An Nguyen": after a lower-case role noun, a word that
     * is usually a pronoun or article starts a name when another capitalised word follows.
     */
    private static boolean nameAfterRoleNoun(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && ROLE_NOUNS.contains(tokens.get(i - 1).folded())
                && !tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized() && tokens.get(i + 1).isWord();
    }

    /**
     * Second halves of compound adjectives made from a place, a name or a side, which open no name and end none:
     * "Paris-based", "Saudi-led", "army-aligned". The two sets below add their own.
     */
    private static final Set<String> HYPHEN_SUFFIXES = Words.set("based", "led", "backed", "born", "owned", "run", "funded",
            "made", "aligned", "allied", "affiliated", "linked");

    private static final Set<String> ADJECTIVE_SUFFIXES = Words.union(HYPHEN_SUFFIXES, "wing", "era", "style", "speaking");

    /**
     * "Left-wing candidate", "Kremlin-backed", "Paris-based": a compound adjective opening a phrase is no name,
     * whether the tokenizer kept it whole or split it at the hyphen ("Right", "-", "wing").
     */
    private static boolean isCompoundAdjective(List<Token> tokens, int i) {
        String lower = tokens.get(i).folded();
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && dash == lower.length() - 1) {
            // "Democratic-", "led": the tokenizer kept the hyphen with the first word
            return i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end()
                    && ADJECTIVE_SUFFIXES.contains(tokens.get(i + 1).folded());
        }
        String text = tokens.get(i).text();
        if (dash > 0 && i == 0 && Character.isLowerCase(text.charAt(dash + 1))) {
            // "Ex-gratia of Rs 4 lakh each will be paid": a compound capitalised only because it opens the sentence
            return true;
        }
        if (dash > 0) {
            return ADJECTIVE_SUFFIXES.contains(lower.substring(dash + 1));
        }
        boolean joined = i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 1).start() == tokens.get(i).end()
                && tokens.get(i + 2).start() == tokens.get(i + 1).end();
        return joined && (ADJECTIVE_SUFFIXES.contains(tokens.get(i + 2).folded())
                || i == 0 && Character.isLowerCase(tokens.get(i + 2).text().charAt(0))
                    // (but "Stockton-on-Tees" goes on to a capital)
                    && !(i + 3 < tokens.size() && tokens.get(i + 3).text().equals("-")));
    }

    /**
     * Unnamed sources that annotators name with their whole description: "people familiar with the matter", "sources
     * close to the presidency" (29 of 33 times for "sources"; officials and diplomats are named by their noun).
     */
    private static final Set<String> DESCRIBED_SOURCES = Words.set("people", "sources", "source");

    /** True when "according to" stands before token {@code i}, perhaps with a number or "several" between. */
    private static boolean afterAccordingTo(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && (GROUP_DETERMINERS.contains(tokens.get(k).folded()) || Character.isDigit(tokens.get(k).text().charAt(0)))) {
            k--;
        }
        return k >= 1 && tokens.get(k).folded().equals("to") && tokens.get(k - 1).folded().equals("according");
    }

    /** Words after which a clause opens with its subject: "under which Sonatrach will", "said that Eni would". */
    private static final Set<String> CLAUSE_OPENERS = Words.set("which", "that", "whereby", "while", "whereas");
    /**
     * "Kabiru Adamu of Beacon Security and Intelligence said": the last word of a body's name with "and" in it, after the
     * "of" that ties the person to it, is no subject of its own.
     */
    private static boolean endsNameAfterOf(List<Token> tokens, int start) {
        if (start < 3 || !tokens.get(start - 1).folded().equals("and") || !tokens.get(start - 2).isCapitalized()) {
            return false;
        }
        int k = start - 2;
        while (k > 0 && tokens.get(k).isCapitalized()) {
            k--;
        }
        return tokens.get(k).folded().equals("of");
    }

    /** The auxiliary of a perfect: "has pledged", "have agreed". */
    private static final Set<String> PERFECT = Words.set("has", "have");
    /** What a lone name opening a sentence or a clause does when it is an organisation: "Pfizer will", "Saab could". */
    private static final Set<String> PLEDGING_VERBS = Words.set("will", "would", "could", "plans", "aims", "intends", "agreed", "pledged",
            "promised", "vowed", "committed");

    /**
     * "Foxconn plans to invest", "Merck will sell": a lone word opening the sentence, then acting. A capitalised
     * common noun opens sentences too ("Prices will rise", "Nobody will"), so the POS tagger decides, on these
     * few words only.
     */
    private boolean properNounActsFirst(Sentence s, int start, int end, EntityRegistry registry) {
        List<Token> tokens = s.tokens();
        // "KIGALI – Moderna will": the first word after a dateline opens the sentence too; "BioNTech", "OpenAI":
        // a capital inside a word marks a name whatever the tagger says; so does a capital the word keeps inside
        // sentences elsewhere in the article ("Pfizer will sell", which the tagger calls a common noun)
        // "signed an agreement under which Sonatrach will supply": opening a clause inside the sentence, the capital is
        // the name's own ("the House would", "the State will" are common nouns the article capitalises)
        boolean opening = start == 0 || start == Dateline.bodyStart(s);
        // (an unknown acronym there is as often a product or a fuel: "that SAF would account for 0.7%")
        boolean inside = start > 0 && CLAUSE_OPENERS.contains(tokens.get(start - 1).text()) && !isAllCaps(tokens.get(start).text());
        // "Leonardo and Baykar will begin assembling": two lone names that open the sentence and act together
        int verb = end;
        if (opening && end + 2 < tokens.size() && tokens.get(end).text().equals("and") && tokens.get(end + 1).isCapitalized()) {
            verb = end + 2;
        }
        if (verb + 2 < tokens.size() && PERFECT.contains(tokens.get(verb).folded())
                && SENTENCE_ADVERBS.contains(tokens.get(verb + 1).folded()) && PLEDGING_VERBS.contains(tokens.get(verb + 2).folded())) {
            // "Nordstrand has also agreed to offer rivals ...": an adverb inside the perfect
            verb += 2;
        }
        if (verb + 1 < tokens.size() && PERFECT.contains(tokens.get(verb).folded())
                && PLEDGING_VERBS.contains(tokens.get(verb + 1).folded())) {
            // "Google has committed to give rival app stores ...": the perfect of a pledging verb
            verb++;
        }
        boolean secondOfTwo = start >= 2 && tokens.get(start - 1).text().equals("and")
                && (start - 2 == 0 || start - 2 == Dateline.bodyStart(s)) && tokens.get(start - 2).isCapitalized();
        // "Microsoft is putting another $12 billion into ...", "Vistra is building": the progressive of an act
        boolean progressive = verb + 1 < tokens.size() && tokens.get(verb).folded().equals("is")
                && tokens.get(verb + 1).folded().endsWith("ing") && s.tags(verb + 1, verb + 2)[0].equals("VERB");
        return (opening || inside || secondOfTwo) && end == start + 1
                && verb < tokens.size() && (PLEDGING_VERBS.contains(tokens.get(verb).folded()) || progressive)
                && !looksPlural(tokens.get(start).folded())
                // ("Training will run around the clock", "Construction would begin next year": a gerund or an action
                // noun the tagger may call a proper noun)
                && (s.tags(start, end)[0].equals("PROPN") && !tokens.get(start).folded().endsWith("ing")
                    && !tokens.get(start).folded().endsWith("tion")
                    || innerCapital(tokens.get(start).text())
                    || registry.isNameInsideSentences(tokens.get(start).text()) && !gazetteer.isGroupNoun(tokens.get(start).text()));
    }

    /**
     * "Stellantis, which last year scrapped a target ..., welcomed the proposal": a lone name opening the sentence that a
     * relative "which" describes is a thing's, an organisation's when it acts (a person's takes "who").
     */
    private static boolean thingOpensSentence(Sentence s, int start, int end) {
        List<Token> tokens = s.tokens();
        return end == start + 1 && start == Dateline.bodyStart(s) && end + 1 < tokens.size() && tokens.get(end).text().equals(",")
                && tokens.get(end + 1).folded().equals("which") && s.tags(start, end)[0].equals("PROPN");
    }

    /**
     * "Officials will", "Democrats will": a capitalised plural opening a sentence is a common noun. English plurals do not
     * end in "-is", "-us" or "-ss", which names do ("Stellantis will invest", "Airbus will deliver"); a name in "-es"
     * ("Thales") still reads as a plural here.
     */
    private static boolean looksPlural(String folded) {
        return folded.endsWith("s") && !folded.endsWith("is") && !folded.endsWith("us") && !folded.endsWith("ss");
    }

    /**
     * The capitalised words the article writes inside its sentences (not first, nor first after a dateline, a quotation
     * mark or a colon) and never in lower case: names, whatever the tagger makes of them where they open a sentence
     * ("Children" of "Save the Children" is no name where the article also writes "malnourished children").
     */
    private static java.util.Set<String> namesInsideSentences(AnalyzedText text) {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> lowerCase = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int opening = Dateline.bodyStart(s);
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!t.isWord()) {
                    continue;
                }
                String before = k == 0 ? "" : tokens.get(k - 1).text();
                if (!t.isCapitalized()) {
                    lowerCase.add(t.text());
                } else if (k > 0 && k != opening && !Tokens.isQuoteMark(before) && !before.equals(":")) {
                    names.add(t.text());
                }
            }
        }
        names.removeIf(name -> lowerCase.contains(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    /**
     * "Traders welcomed the decision but said the quantity was too small": a group noun that opens the sentence, acts,
     * and then reports.
     */
    private boolean groupActsThenReports(Sentence s, int start, int end) {
        List<Token> tokens = s.tokens();
        if (start != 0 || end != 1 || end >= tokens.size() || !gazetteer.isGroupNoun(tokens.get(0).text()) || !s.isVerbAt(end)) {
            return false;
        }
        for (int k = end + 1; k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).folded();
            if ((w.equals("but") || w.equals("and")) && gazetteer.isReportingVerb(tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Words after which "the fund", "the company" open what someone said: "said the fund would", "that the". */
    private static final Set<String> REPORTED_CLAUSE_OPENERS = Words.set("said", "says", "told", "added", "announced",
            "that", "stated", "noted", "warned", "insisted", "confirmed", "explained");

    /**
     * Words news copy puts before an organisation's kind when it names it again ("the terror group", "the state-owned
     * company", "the embattled carmaker"). Other modifiers are left alone: "the central bank", "the regional bloc", "the
     * works council", "the contact group" are often another body than the one named last.
     */
    private static final Set<String> ORGANISATION_EPITHETS = Words.set("terror", "militant", "paramilitary", "rebel",
            "jihadist", "extremist", "Islamist", "separatist", "insurgent", "armed", "state-owned", "state-run",
            "state-controlled", "family-owned", "privately", "publicly", "listed", "held", "embattled", "troubled",
            "struggling", "beleaguered", "cash-strapped", "loss-making", "indebted");

    /**
     * The end of "terror group said", "state-owned company will" after "the": one or two of the {@link
     * #ORGANISATION_EPITHETS}, the noun of an organisation's kind, then a reporting verb or a subject's verb; or -1.
     */
    private int kindOfOrganizationEnd(List<Token> tokens, int from) {
        return describedNounEnd(tokens, from, w -> ORGANISATION_EPITHETS.contains(w.text()),
                w -> ORG_NOUNS.contains(w.text()) && !w.isCapitalized(),
                w -> gazetteer.isReportingVerb(w.text()) || SUBJECT_VERBS_AFTER_DESCRIPTION.contains(w.folded()));
    }

    /** Words that describe a role named again without changing who holds it: "the top diplomat". */
    private static final Set<String> ROLE_EPITHETS = Words.set("top", "senior", "veteran", "chief", "socialist",
            "conservative", "liberal", "centrist", "nationalist", "opposition", "labour", "green", "populist", "leftist",
            "right-wing", "left-wing", "far-right", "outgoing", "incoming", "interim", "acting");

    /**
     * The end of "top diplomat said", "Conservative leader told" after "the": one or two {@link #ROLE_EPITHETS}, a
     * role noun, then a reporting verb; or -1.
     */
    /**
     * The country of "Kremlin" or "Russian" in "the Kremlin official said", "the Russian diplomat added": a capital or
     * demonym the gazetteer knows, a generic role noun, then a verb of saying; or null.
     */
    private String countryOfRoleBeforeVerb(List<Token> tokens, int from) {
        if (from + 2 >= tokens.size() || !tokens.get(from).isCapitalized()
                || !GENERIC_ROLES.containsKey(tokens.get(from + 1).folded()) || tokens.get(from + 1).isCapitalized()
                || !gazetteer.isReportingVerb(tokens.get(from + 2).text())) {
            return null;
        }
        GazetteerEntry place = gazetteer.lookup(tokens.get(from).text());
        return place != null && (place.kind() == GazetteerEntry.Kind.CAPITAL || place.kind() == GazetteerEntry.Kind.DEMONYM)
                ? place.id() : null;
    }

    private int describedRoleEnd(List<Token> tokens, int from) {
        return describedNounEnd(tokens, from, w -> ROLE_EPITHETS.contains(w.folded()),
                w -> (GENERIC_ROLES.containsKey(w.folded()) || isRoleWord(w.folded())) && !w.isCapitalized(),
                w -> gazetteer.isReportingVerb(w.text()));
    }

    /**
     * The end of "health officials" in "health officials said", "recovery experts said": one or two lower-case
     * modifiers, a group noun, then a reporting verb; or -1.
     */
    private int modifiedGroupEnd(List<Token> tokens, int from) {
        return describedNounEnd(tokens, from, this::isGroupModifier, this::isGroupHead,
                w -> gazetteer.isReportingVerb(w.text()));
    }

    /**
     * The article's home country when tokens [from, to) name one of its state's bodies ("Officials at the Ministry of
     * Electronics and IT said": what they commit to is the state's, as the guidelines have it), else null.
     */
    private static String stateBodysCountry(List<Token> tokens, int from, int to, EntityRegistry registry) {
        int first = tokens.get(from).folded().equals("the") ? from + 1 : from;
        String body = Folding.slug(nameText(tokens, first, to));
        Entity home = registry.home();
        return home != null && UnlistedStateBodies.speaksForItsState(body) ? home.id() : null;
    }

    /**
     * Whether the sentence opens with a portfolio and a lower-case "ministry" or "department": "Finance ministry
     * officials said" names the group by the ministry it works in (as annotators name it, 14 times), though the tagger
     * reads "Finance" as a name.
     */
    private boolean portfolioMinistryOpens(List<Token> tokens, int first) {
        return tokens.size() > first + 2 && gazetteer.isPortfolioWord(tokens.get(first).text())
                && (tokens.get(first + 1).text().equals("ministry") || tokens.get(first + 1).text().equals("department"));
    }

    /** The country these words name, by its name or an alias ("Ethiopia", "the UK"), or null. */
    private GazetteerEntry countryNamed(String words) {
        GazetteerEntry entry = gazetteer.lookup(words);
        return entry != null && entry.kind() == GazetteerEntry.Kind.COUNTRY ? entry : null;
    }

    /** Token {@code i} opens the body after a dateline ("SACRAMENTO — Child-safety advocates said"). */
    private static boolean afterDateline(Sentence s, int i) {
        return i > 1 && Dateline.isDash(s.tokens().get(i - 1).text()) && i == Dateline.bodyStart(s);
    }

    /** Most capitalised words of where a group is: "in the Western Region", "in Zambia's Copperbelt". */
    private static final int MAX_GROUP_PLACE_WORDS = 3;

    /**
     * The end of "in Brussels" in "lawmakers in Brussels said", "in the Western Region" in "Cocoa farmers in the Western
     * Region told", when a reporting verb follows (after an inserted ", however,"), or -1: annotators name an unnamed
     * group with where it is (about 30 times in 42 in the tuned articles).
     */
    private int placeBeforeVerbEnd(List<Token> tokens, int in) {
        if (in + 2 >= tokens.size() || !tokens.get(in).folded().equals("in")) {
            return -1;
        }
        int k = tokens.get(in + 1).folded().equals("the") ? in + 2 : in + 1;
        int first = k;
        while (k < tokens.size() && k - first < MAX_GROUP_PLACE_WORDS && tokens.get(k).isCapitalized()
                && !gazetteer.isReportingVerb(tokens.get(k).text())) {
            k++;
        }
        if (k == first || k >= tokens.size()) {
            return -1;
        }
        // ("Fishermen in Punta Gorda, however, said")
        int verb = Tokens.afterInsertedAdverb(tokens, k);
        return verb < tokens.size() && gazetteer.isReportingVerb(tokens.get(verb).text()) ? k : -1;
    }

    /** Most tokens of a relative or participle clause set off by commas between a subject and its verb. */
    private static final int MAX_INSERT_TOKENS = 30;

    /**
     * Whether a comma at {@code comma} opens a relative or participle clause ("who asked not to be named", "speaking on
     * condition of anonymity") whose next comma a verb of saying follows.
     */
    private boolean reportingVerbAfterInsert(List<Token> tokens, int comma) {
        int n = tokens.size();
        if (comma + 2 >= n || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        String opener = tokens.get(comma + 1).folded();
        if (!opener.equals("who") && !(Tokens.isIngForm(opener) && !tokens.get(comma + 1).isCapitalized())) {
            return false;
        }
        for (int k = comma + 2; k < Math.min(n - 1, comma + MAX_INSERT_TOKENS); k++) {
            if (Tokens.isQuoteMark(tokens.get(k).text())) {
                return false;
            }
            if (tokens.get(k).text().equals(",")) {
                return gazetteer.isReportingVerb(tokens.get(k + 1).text());
            }
        }
        return false;
    }

    /** Most tokens of a group's modifiers and noun before how it was reached: "small - scale miners". */
    private static final int MAX_REACHED_GROUP_WORDS = 5;

    /**
     * The end of an unnamed group's name at or after {@code i}: lower-case modifiers (a capitalised one when the group
     * opens the sentence), then a group noun, before a clause that says how the paper reached it ("Several economists
     * interviewed by The Reporter said", "Some small-scale miners who spoke to The Herald said": the noun's end), or
     * before a verb of saying after where it is ("Cocoa farmers in the Western Region told": the place's end); or -1.
     */
    private int reachedGroupEnd(Sentence s, QuotedRegions quotes, int i) {
        List<Token> tokens = s.tokens();
        boolean opening = i == 0 || i == Dateline.bodyStart(s);
        if (quotes.isQuoted(tokens.get(i).start()) || !opening && !GROUP_DETERMINERS.contains(tokens.get(i - 1).folded())) {
            return -1;
        }
        for (int head = i; head < Math.min(i + MAX_REACHED_GROUP_WORDS, tokens.size() - 1); head++) {
            Token w = tokens.get(head);
            boolean openingWord = head == i && opening;
            if (gazetteer.isFoldedGroupNoun(w.folded()) && (head == i || !w.isCapitalized())
                    || (openingWord || !w.isCapitalized()) && isAgentPlural(w.folded())) {
                if (head > i && tokens.get(i).isCapitalized() && gazetteer.lookup(tokens.get(i).text()) != null) {
                    return -1;
                }
                if (descriptions.reachedSourceEnd(tokens, head + 1) > 0) {
                    return head + 1;
                }
                // ("Two diplomats in Bamako said": a counted group is named by its noun alone, as annotators write it)
                boolean counted = i > 0 && (NUMBER_WORDS.containsKey(tokens.get(i - 1).folded())
                        || Character.isDigit(tokens.get(i - 1).text().charAt(0)));
                int placeEnd = placeBeforeVerbEnd(tokens, head + 1);
                // (nor are diplomats, whom the place they are posted to does not name: "Diplomats in Vienna said" are
                // "Diplomats", 7 times in 10 in the tuned gold; the place is then no speaker of its own, not Austria)
                return placeEnd > 0 && (counted || w.folded().equals("diplomats")) ? head + 1 : placeEnd;
            }
            boolean modifier = openingWord && w.isCapitalized()
                    ? !DETERMINERS.contains(w.folded()) && !NOT_NAMES.contains(w.folded())
                    : isGroupModifier(w) || w.text().equals("-") && Tokens.gluedToBothNeighbours(tokens, head);
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@link #modifiedGroupEnd} for a group that opens its sentence at {@code first}, its first modifier capitalised for
     * that.
     */
    private int openingGroupEnd(List<Token> tokens, int first) {
        Token opening = tokens.get(first);
        // ("Child-safety advocates said": the tokenizer cuts the compound at its hyphen, which joins two modifiers)
        return describedNounEnd(tokens, first,
                w -> w == opening ? (!DETERMINERS.contains(w.folded()) || w.folded().equals("local"))
                        && !NOT_NAMES.contains(w.folded()) && !gazetteer.isGroupNoun(w.text())
                        : isGroupModifier(w)
                            || w.text().equals("-") && Tokens.gluedToBothNeighbours(tokens, tokens.indexOf(w)),
                this::isGroupHead, w -> gazetteer.isReportingVerb(w.text()));
    }

    /**
     * The noun of a group that speaks: a group noun of the gazetteer, or a plural noun of agents ("Swiss watchmakers
     * said", "cocoa growers warned"), which before a verb of saying names people.
     */
    private boolean isGroupHead(Token w) {
        return !w.isCapitalized() && (gazetteer.isGroupNoun(w.text()) || isAgentPlural(w.text()));
    }

    private static final java.util.regex.Pattern AGENT_PLURAL = java.util.regex.Pattern.compile(
            "[a-z]{3,}(?:ers|ors|ists|ians)");

    /** {@link #AGENT_PLURAL}, its matcher made only for a word of six letters or more in "s" (asked of many tokens). */
    private static boolean isAgentPlural(String word) {
        return word.length() >= 6 && word.endsWith("s") && AGENT_PLURAL.matcher(word).matches();
    }

    private boolean isGroupModifier(Token w) {
        // ("local officials said": annotators keep "local" in the group's name, 4 times in 4)
        return !w.isCapitalized() && w.isWord() && (!DETERMINERS.contains(w.folded()) || w.folded().equals("local"))
                && !NOT_NAMES.contains(w.folded())
                && !gazetteer.isReportingVerb(w.text()) && !Folding.isPossessive(w.text());
    }

    /** Most words of where unnamed sources sit: "at the prime minister's office". */
    private static final int MAX_SOURCE_PLACE_WORDS = 6;
    private static final Set<String> SOURCE_PLACES = Words.set("at", "in", "within", "inside");

    /**
     * The end of where the sources named before {@code from} sit, "at Moncloa", "at the Economy Ministry", "at the prime
     * minister's office" (up to a comma or a verb: "... quoted by local media"), or {@code from} when nothing says so.
     */
    private static int whereSourcesSitEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        if (from + 1 >= tokens.size() || !SOURCE_PLACES.contains(tokens.get(from).folded())) {
            return from;
        }
        int k = from + 1;
        while (k < tokens.size() && k - from <= MAX_SOURCE_PLACE_WORDS && tokens.get(k).isWord() && !s.isVerbAt(k)) {
            k++;
        }
        boolean named = false;
        for (int j = from + 1; j < k; j++) {
            named |= tokens.get(j).isCapitalized() || PLACE_NOUNS.contains(tokens.get(j).folded());
        }
        return k > from + 1 && k - from <= MAX_SOURCE_PLACE_WORDS && named ? k : from;
    }

    /** Nouns of where officials sit: "the prime minister's office", "the ministry". */
    private static final Set<String> PLACE_NOUNS = Words.set("office", "ministry", "department", "palace", "embassy");

    /** Prepositions, which link a group to what it is of and never modify its noun. */
    private static final Set<String> GROUP_PREPOSITIONS = Words.set("to", "of", "in", "on", "at", "for", "from", "by", "with");

    /**
     * The index after a noun that one or two modifiers open at {@code from} and a verb follows ("top diplomat said",
     * "terror group said", "health officials warned"), or -1: the three readings above differ only in what each word
     * may be.
     */
    private static int describedNounEnd(List<Token> tokens, int from, java.util.function.Predicate<Token> modifier,
                                        java.util.function.Predicate<Token> noun, java.util.function.Predicate<Token> verb) {
        // (a compound cut at its hyphen counts as one modifier: "Child-safety advocates")
        int hyphens = from + 1 < tokens.size() && tokens.get(from + 1).text().equals("-")
                && Tokens.gluedToBothNeighbours(tokens, from + 1) ? 2 : 0;
        for (int at = from + 1; at <= Math.min(from + 2 + hyphens, tokens.size() - 2); at++) {
            if (!modifier.test(tokens.get(at - 1))) {
                return -1;
            }
            if (noun.test(tokens.get(at))) {
                return verb.test(tokens.get(at + 1)) ? at + 1 : -1;
            }
        }
        return -1;
    }

    /** True when "the" at {@code the} opens an apposition to the person named right before: "P.T. Usha, the president". */
    private static boolean describesPersonJustNamed(List<Mention> out, Sentence s, int the) {
        if (the < 2 || !s.tokens().get(the - 1).text().equals(",") || out.isEmpty()) {
            return false;
        }
        Mention last = out.get(out.size() - 1);
        return last.sentence() == s.index() && last.tokenEnd() == the - 1 && last.kind() == Mention.Kind.NAME
                && last.entity().type() == org.pledgewatch.extractor.EntityType.PERSON;
    }

    /**
     * The organisation named in the apposition of a person who opens sentence {@code s} before token {@code before}
     * ("John Smith, the president of the Kenya Rugby Union, said"), or null.
     */
    private static Entity organisationOfSubjectsApposition(List<Mention> out, Sentence s, int before) {
        List<Token> tokens = s.tokens();
        int first = out.size();
        while (first > 0 && out.get(first - 1).sentence() == s.index()) {
            first--;
        }
        if (first == out.size()) {
            return null;
        }
        Mention person = out.get(first);
        if (person.entity().type() != org.pledgewatch.extractor.EntityType.PERSON
                || person.tokenStart() > Dateline.bodyStart(s) + 1 || person.tokenEnd() >= tokens.size()
                || !tokens.get(person.tokenEnd()).text().equals(",")) {
            return null;
        }
        for (int k = first + 1; k < out.size(); k++) {
            Mention named = out.get(k);
            if (named.tokenEnd() >= before - 1) {
                return null;
            }
            if (named.entity().type() != org.pledgewatch.extractor.EntityType.ORGANIZATION || named.place()) {
                continue;
            }
            for (int t = person.tokenEnd() + 1; t < named.tokenStart(); t++) {
                if (tokens.get(t).isCapitalized() || !tokens.get(t).isWord()) {
                    return null;
                }
            }
            // ("Justice Simon Byabakama, chairman of the Electoral Commission of Uganda, said results would be declared
            // ..., and that the commission would deploy ...": the apposition closes before the verb)
            return tokens.get(named.tokenEnd()).text().equals(",") ? named.entity() : null;
        }
        return null;
    }

    private boolean opensReportedClause(List<Token> tokens, int the) {
        // ("Smith insists the company will come out ahead": any reporting verb, not only the commonest)
        return the > 0 && (REPORTED_CLAUSE_OPENERS.contains(tokens.get(the - 1).folded())
                || gazetteer.isReportingVerb(tokens.get(the - 1).text()));
    }

    private static boolean innerCapital(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., the company said" with no organisation named before: the sentence's subject, read as a
     * person's name, was a company's ("Novo Nordisk will cut ..., the Danish drugmaker said"). A
     * two-word name stays a person's ("Lamine Yamal will sign ..., the Spanish club announced") unless
     * a business noun refers to it. Null when the subject cannot be a company.
     */
    /** Kinds of business a country's ranking describes: "the UK's fourth-largest grocer". */
    private static final Set<String> RANKED_BUSINESSES = Words.set("grocer", "supermarket", "retailer", "bank", "lender",
            "carmaker", "automaker", "airline", "miner", "insurer", "utility", "steelmaker", "refiner", "drugmaker",
            "company", "firm", "group", "conglomerate", "manufacturer", "producer", "exporter", "operator", "chain",
            "broadcaster", "telecoms", "shipbuilder", "developer");
    /** Words of a ranking: "largest", "second-biggest", "leading". */
    private static final Set<String> RANKS = Words.set("largest", "biggest", "leading", "top", "oldest", "main", "dominant");

    /**
     * "Brightmoor has pushed back its target ... The UK's fourth-largest grocer said it now aimed to": after a country's
     * possessive, a ranked business that speaks or acts is the company the article is about, not the country. Adds its
     * mention (when the article named the company) and returns the index after the noun, or -1.
     */
    private int describedCompany(Sentence s, int from, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        boolean ranked = false;
        for (int k = from; k < Math.min(tokens.size() - 1, from + 5); k++) {
            Token w = tokens.get(k);
            if (RANKED_BUSINESSES.contains(w.text()) && ranked) {
                String next = tokens.get(k + 1).folded();
                if (!gazetteer.isReportingVerb(next) && !next.equals("will") && !next.equals("would") && !next.equals("has")) {
                    return -1;
                }
                Entity company = BackReferences.latestOrganization(out, s.index(), subjectStart(s), registry, true);
                company = company != null ? company : subjectRevealedAsCompany(out, s.index(), registry, true);
                if (company != null) {
                    out.add(mention(company, Mention.Kind.ROLE, s, from, k + 1, quotes));
                }
                return k + 1;
            }
            ranked |= RANKS.contains(w.folded());
            if (w.isCapitalized() || !w.isWord() && !w.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    private static Entity subjectRevealedAsCompany(List<Mention> out, int sentence, EntityRegistry registry, boolean businessNoun) {
        Entity subject = BackReferences.sentenceSubject(out, sentence);
        if (subject != null && subject.type() == org.pledgewatch.extractor.EntityType.PERSON && calledByOneWord(out, subject)) {
            // "Brad Smith ... Smith, 66, has spent three decades at Microsoft ... In the interview, Smith laid out what the
            // company would do": a name the article shortens to one word is a person's, and "the company" is theirs
            return null;
        }
        if (subject == null && businessNoun && sentence > 0) {
            // "Ardent Home Products said it will close ... . The company said it would ...": the subject of the
            // sentence before
            subject = BackReferences.sentenceSubject(out, sentence - 1);
        }
        if (subject != null && (businessNoun || subject.nameWords().size() != 2) && registry.revealOrganization(subject)) {
            return subject;
        }
        return null;
    }

    /** Whether a name of two or more words has been mentioned by one of its words alone ("Smith" for Brad Smith). */
    private static boolean calledByOneWord(List<Mention> out, Entity person) {
        if (person.nameWords().size() < 2) {
            return false;
        }
        for (Mention m : out) {
            if (m.entity() == person && m.kind() == Mention.Kind.NAME && m.tokenEnd() - m.tokenStart() == 1) {
                return true;
            }
        }
        return false;
    }

    /** Nouns before a business noun that point to another business than the one named last: "the parent company". */
    private static final Set<String> OTHER_BUSINESSES = Words.set("parent", "rival", "holding", "subsidiary", "partner",
            "target", "joint", "state", "shell");

    /**
     * Nouns that call a body named before by what it is, as a business noun calls a company: "Peace Now said ... 'We
     * will fight this,' the organization said".
     */
    private static final Set<String> NONPROFIT_NOUNS = Words.set("organization", "organisation", "charity", "ngo");

    /** Company words that describe a business in an apposition: "Tesco, Britain's biggest supermarket group,". */
    private static final Set<String> BUSINESS_NOUNS = Words.set("supplier", "maker", "retailer", "chain", "operator",
            "conglomerate", "multinational", "shipper", "exporter", "importer", "developer", "publisher", "brand",
            "drugmaker", "carmaker", "automaker", "company", "firm", "retailer", "airline", "insurer", "miner",
            "manufacturer", "producer", "management");

    /** Nouns in "-maker" for people who make things other than goods: "lawmaker", "policymaker", "filmmaker". */
    private static final Set<String> PEOPLE_WHO_MAKE = Words.set("lawmaker", "policymaker", "policy-maker", "filmmaker",
            "peacemaker", "dealmaker", "kingmaker", "decisionmaker", "decision-maker", "troublemaker", "rulemaker");

    /**
     * A lower-case noun that describes the lone name after it as an organisation: "the charity Oxfam", "British department
     * store chain Hollings", "Swiss drugmaker Roche", "U.S. chipmaker Nvidia".
     */
    private static boolean describesABusiness(String folded) {
        return ORG_DESCRIPTORS.contains(folded) || BUSINESS_NOUNS.contains(folded)
                || folded.endsWith("maker") && !PEOPLE_WHO_MAKE.contains(folded);
    }

    private static final Set<String> RELATIVE_OPENERS = Words.set("which", "whose", "that");

    /** What follows a described organisation that is the subject of its clause: "the London-based company will". */
    private static final Set<String> SUBJECT_VERBS_AFTER_DESCRIPTION = Words.set("will", "would", "plans", "aims",
            "intends", "expects", "has", "is", "also", "could", "may");

    /**
     * The end of "the Danish shipping group" (a demonym and up to two lower-case words before an
     * organisation noun) at {@code i}, or -1. Plain "the company" is read by the caller's next rule.
     */
    private int describedOrganizationEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        if (!tokens.get(i).folded().equals("the") || i + 3 >= n) {
            return -1;
        }
        int from = i + 2;
        int placeAdjective = describingPlaceEnd(tokens, i + 1);
        if (placeAdjective > i + 1) {
            // "the Stuttgart-based company said"
            from = placeAdjective;
        } else {
            GazetteerEntry nation = gazetteer.lookup(tokens.get(i + 1).text());
            if (nation == null || (nation.kind() != GazetteerEntry.Kind.DEMONYM && nation.kind() != GazetteerEntry.Kind.COUNTRY)) {
                // "the Danish shipping group", "the US firm"; without a place: "the terror group said"
                return kindOfOrganizationEnd(tokens, i + 1);
            }
        }
        for (int k = from; k < Math.min(n, from + 3); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalized() || !t.isWord() || t.folded().equals("central") || t.folded().equals("state")) {
                // "the Chinese central bank", "the Saudi state oil company": the state's own body
                return -1;
            }
            if (ORG_NOUNS.contains(t.folded()) || describesABusiness(t.folded())) {
                // "the Stuttgart-based company said", "The Doha-based fund will take a stake", "the Santa Clara,
                // California-based chipmaker said"
                // (or a relative clause between it and its verb: "The New Jersey-based company, which makes ..., said")
                return k + 1 < n && (gazetteer.isReportingVerb(tokens.get(k + 1).text())
                        || SUBJECT_VERBS_AFTER_DESCRIPTION.contains(tokens.get(k + 1).folded())
                        || k + 2 < n && tokens.get(k + 1).text().equals(",") && RELATIVE_OPENERS.contains(tokens.get(k + 2).folded()))
                        ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * True when the one-word country at {@code i} opens a person's name: a capitalised word the gazetteer does
     * not know follows it and is not a title, an organisation's head or a possessive ("Jordan Bardella said",
     * but not "Jordan's King", "Ukraine Defence Minister").
     */
    private boolean givenNameLikeCountry(List<Token> tokens, int i, GazetteerEntry e, int after) {
        boolean givenNameCapital = e.kind() == GazetteerEntry.Kind.CAPITAL && GIVEN_NAME_CAPITALS.contains(tokens.get(i).text())
                // "Finance Minister German Avila": right after a title, a demonym and a surname are a person's names
                || e.kind() == GazetteerEntry.Kind.DEMONYM && afterTitle(tokens, i);
        if ((e.kind() != GazetteerEntry.Kind.COUNTRY && !givenNameCapital) || after != i + 1 || after + 1 >= tokens.size()
                || Folding.isPossessive(tokens.get(i).text())) {
            return false;
        }
        Token next = tokens.get(after);
        String word = next.text();
        String given = tokens.get(i).text();
        return given.chars().allMatch(Character::isLetter) && !isAllCapsWord(given) && next.isCapitalized() && next.isWord() && word.length() > 2 && !isAllCapsWord(word)
                && !Folding.isPossessive(word) && gazetteer.longestMatch(tokens, after, tokens.size(), new int[1]) == null
                && !ORG_HEADS.contains(next.folded()) && (!tokens.get(after + 1).isCapitalized() || givenNameCapital
                    && afterTitle(tokens, i))
                && !tokens.get(after + 1).text().equals("-");
    }

    /**
     * The end of "Presidency" or of "President's Office" / "Prime Minister('s) Office" at {@code i}, or -1. (For
     * "President's Office" the title ends two tokens before the end: "President's" "Office".)
     */
    private static int leaderOfficeEnd(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).text().equals("Presidency")) {
            return i + 1;
        }
        for (int k = i; k < Math.min(tokens.size() - 1, i + 3); k++) {
            String w = tokens.get(k).text();
            // (South Asian papers write it without the possessive: "the Prime Minister Office said")
            if ((Folding.isPossessive(w) && (w.startsWith("President") || w.startsWith("Minister"))
                    || w.equals("President") || w.equals("Minister")) && tokens.get(k + 1).text().equals("Office")) {
                return k + 2;
            }
            if (!tokens.get(k).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** The country or organisation that opens sentence {@code s} ("The Commission would ..."), or null. */
    private static Entity bodyOpening(Sentence s, List<Mention> out) {
        return openingEntity(s, out, 1, type -> type == EntityType.COUNTRY || type == EntityType.ORGANIZATION);
    }

    /** The country or organisation that opens the sentence before {@code s} (within its first three words), or null. */
    private static Entity previousOpening(Sentence s, List<Mention> out) {
        Entity found = null;
        for (int k = out.size() - 1; k >= 0 && out.get(k).sentence() >= s.index() - 1; k--) {
            Mention m = out.get(k);
            if (m.sentence() == s.index() - 1 && m.tokenStart() <= 2 && !m.place() && !m.inQuote()
                    && (m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION)) {
                found = m.entity();
            }
        }
        return found;
    }

    /** What a president runs that speaks for the country: "the presidential office", "the presidential palace". */
    private static final Set<String> PRESIDENTIAL_BODIES = Words.set("office", "palace", "administration");

    /**
     * The end of a country's own body named without the country at {@code i}: "the presidential office", "its energy
     * ministry", "its presidential office", "the country's finance ministry"; or -1.
     */
    private static int countrysBodyEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 2 < n && tokens.get(i).folded().equals("the") && tokens.get(i + 1).folded().equals("presidential")
                && PRESIDENTIAL_BODIES.contains(tokens.get(i + 2).text())) {
            return i + 3;
        }
        boolean its = tokens.get(i).folded().equals("its");
        if (i + 2 >= n || !(its || countrysOwn(tokens, i))) {
            return -1;
        }
        int at = its ? i + 1 : i + 2;
        if (at + 1 >= n) {
            return -1;
        }
        String kind = tokens.get(at + 1).text();
        boolean ministry = MINISTRY_PORTFOLIOS.contains(tokens.get(at).folded())
                && (kind.equals("ministry") || kind.equals("department"));
        boolean presidential = tokens.get(at).folded().equals("presidential") && PRESIDENTIAL_BODIES.contains(kind);
        return ministry || presidential ? at + 2 : -1;
    }

    /** "the country's" at {@code i}. */
    private static boolean countrysOwn(List<Token> tokens, int i) {
        return tokens.get(i).folded().equals("the") && i + 1 < tokens.size()
                && Folding.stripPossessive(tokens.get(i + 1).folded()).equals("country") && Folding.isPossessive(tokens.get(i + 1).text());
    }

    /**
     * "In Washington, the Treasury Department said ...": the country whose capital the sentence opens with, set off by
     * a comma, or null.
     */
    private static Entity openingSeat(Sentence s, List<Mention> out) {
        int in = Dateline.bodyStart(s);
        for (int k = out.size() - 1; k >= 0 && out.get(k).sentence() == s.index(); k--) {
            Mention m = out.get(k);
            if (m.kind() == Mention.Kind.CAPITAL && m.tokenStart() == in + 1 && Tokens.folded(s, in).equals("in")
                    && m.tokenEnd() < s.tokens().size() && s.tokens().get(m.tokenEnd()).text().equals(",")) {
                return m.entity();
            }
        }
        return null;
    }

    /** The country whose mention opens the sentence (after a dateline), or null. */
    private static Entity countryOpening(Sentence s, List<Mention> out) {
        return openingEntity(s, out, 0, type -> type == EntityType.COUNTRY);
    }

    /**
     * The latest entity of sentence {@code s} of a wanted type that is no place and starts at most {@code slack} tokens
     * after the sentence's body opens (after a dateline), or null.
     */
    private static Entity openingEntity(Sentence s, List<Mention> out, int slack, java.util.function.Predicate<EntityType> wanted) {
        for (int k = out.size() - 1; k >= 0 && out.get(k).sentence() == s.index(); k--) {
            Mention m = out.get(k);
            if (m.tokenStart() <= Dateline.bodyStart(s) + slack && !m.place() && wanted.test(m.entity().type())) {
                return m.entity();
            }
        }
        return null;
    }

    /*
     * readNameGroup is the longest method of the extractor. HotSpot does not compile a method of more than 8,000
     * bytes of bytecode (-XX:-DontCompileHugeMethods is off by default): at 8,119 bytes it ran interpreted and
     * seed-article throughput fell by 12% (451 to 398 articles/s). What can be decided before or around its loop
     * lives in the two helpers below; keep it under the limit (javap -c shows the size).
     */

    /** Lower-case particles inside places' hyphenated names: "Barrow-in-Furness", "Newcastle-upon-Tyne". */
    private static final Set<String> PLACE_PARTICLES = Words.set("in", "on", "upon", "under", "le", "la", "les", "sur",
            "en", "de", "des", "du", "am", "an", "im", "by", "over");

    /**
     * The end of a place's name joined by a lower-case particle at {@code from} (the tokenizer splits it at its hyphens:
     * "Stratford", "-", "upon", "-", "Avon"; "Barrow", "-", "in", "-Furness"; "Pas", "-de", "-", "Calais"), or -1.
     */
    private static int particledPlaceEnd(List<Token> tokens, int from) {
        int n = tokens.size();
        if (from + 2 < n && tokens.get(from).isCapitalized() && tokens.get(from + 1).text().startsWith("-")
                && PLACE_PARTICLES.contains(tokens.get(from + 1).text().substring(1))
                && tokens.get(from + 1).start() == tokens.get(from).end()
                && tokens.get(from + 2).start() == tokens.get(from + 1).end()) {
            // the particle kept with the hyphen before it: "Pas", "-de", "-", "Calais"
            return placeNameAfterParticle(tokens, from + 2);
        }
        if (from + 3 >= n || !tokens.get(from).isCapitalized() || !tokens.get(from + 1).text().equals("-")
                || !PLACE_PARTICLES.contains(tokens.get(from + 2).text()) || tokens.get(from + 1).start() != tokens.get(from).end()
                || tokens.get(from + 2).start() != tokens.get(from + 1).end() || tokens.get(from + 3).start() != tokens.get(from + 2).end()) {
            return -1;
        }
        return placeNameAfterParticle(tokens, from + 3);
    }

    /**
     * The end of a place's name whose last part after the particle ("-Furness"; "-" "Calais") starts at {@code at}, or
     * -1.
     */
    private static int placeNameAfterParticle(List<Token> tokens, int at) {
        String next = tokens.get(at).text();
        if (next.length() > 1 && next.charAt(0) == '-' && Character.isUpperCase(next.charAt(1))) {
            return at + 1;
        }
        return next.equals("-") && at + 1 < tokens.size() && tokens.get(at + 1).isCapitalized()
                && tokens.get(at + 1).start() == tokens.get(at).end() ? at + 2 : -1;
    }

    /** Possessive determiners that own a thing named after them ("its Entity List"). */
    private static final Set<String> OWNERS = Words.set("its", "their", "our");

    /**
     * The end of the capitalised words after "its", "their" or "our" that name a thing of the owner's ("add more Chinese
     * firms to its Entity List", "under their Growth Plan"): nobody's name, unless a title, a listed name or a first
     * name opens them ("its Chief Executive Mark Haldane") or a body's head closes them; else -1.
     */
    private int ownedThingEnd(List<Token> tokens, int from) {
        int n = tokens.size();
        if (from == 0 || !OWNERS.contains(tokens.get(from - 1).folded())) {
            return -1;
        }
        int end = from;
        while (end < n && end < from + 4 && tokens.get(end).isCapitalized() && tokens.get(end).isWord()) {
            end++;
        }
        String first = tokens.get(from).text();
        if (end - from < 2 || end < n && tokens.get(end).isCapitalized()
                || gazetteer.longestMatch(tokens, from, end, new int[1]) != null
                || gazetteer.isMaleName(first) || gazetteer.isFemaleName(first)
                // ("its Energy Ministry said": a body of the owner's, which speaks for it; "its Member States": its
                // members, a group of its own)
                || ORG_HEADS.contains(tokens.get(end - 1).folded()) || tokens.get(end - 1).folded().endsWith("s")) {
            return -1;
        }
        return end;
    }

    /**
     * Where a capitalised group that is nobody's name ends, or {@code from} when it may be one: a continent
     * ("Africa could no longer rely on ..."; "Africa CDC" is a name and "its Africa minister" a person), a place
     * after a person, a party tag, a thing its owner's possessive names ("its Entity List"), "PRESS RELEASE" in a
     * dateline.
     */
    private int noNameEnd(Sentence s, int from, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int label = from == 0 ? speakerLabelEnd(tokens) : -1;
        Entity labelled = label > 0 ? personNamedInCapitals(tokens, label - 1, registry) : null;
        if (labelled != null) {
            // "TOM ELLERY: BHP's chief executive, Mike Henry, told investors that the company would ...": a transcript's
            // label that names in capitals a person of the article ("the report is by Tom Ellery") is that person, no
            // acronym's body ("the company" would be "TOM ELLERY")
            out.add(mention(labelled, Mention.Kind.NAME, s, 0, label - 1, quotes));
            return label;
        }
        if (CONTINENTS.contains(Folding.stripPossessive(tokens.get(from).text()))
                && (from + 1 >= n || !tokens.get(from + 1).isCapitalized() && !STAFF_ROLES.contains(tokens.get(from + 1).folded())
                    && !tokens.get(from + 1).folded().equals("minister"))) {
            return from + 1;
        }
        int region = geographicNameEnd(s, from);
        if (region > from) {
            return region;
        }
        int programme = programmeEnd(tokens, from);
        if (programme > from) {
            return programme;
        }
        int owned = ownedThingEnd(tokens, from);
        if (owned > from) {
            return owned;
        }
        int particled = particledPlaceEnd(tokens, from);
        if (particled > from && (particled >= n || !tokens.get(particled).isCapitalized())) {
            // "Barrow-in-Furness", "Stratford-upon-Avon", "Southend-on-Sea", "Châlons-en-Champagne": a town, nobody's name
            // (but "Stockton-on-Tees Borough Council" goes on to a body's name)
            return particled;
        }
        int affiliation = unknownPlaceOfPerson(s, from, out);
        if (affiliation > from) {
            return affiliation;
        }
        int partyTag = partyTagEnd(tokens, from);
        if (partyTag > from) {
            return partyTag;
        }
        int described = describingAdjectiveEnd(s, from);
        if (described > from) {
            return described;
        }
        int branch = nationalBranchEnd(s, from, quotes, registry, out);
        if (branch > from) {
            return branch;
        }
        if (from + 1 < n && tokens.get(from).folded().equals("press") && tokens.get(from + 1).folded().equals("release")
                && isAllCaps(tokens.get(from).text())) {
            // "COPENHAGEN, Dec 4 (PRESS RELEASE) —": the kind of text, in a dateline, is nobody's name
            return from + 2;
        }
        return from;
    }

    /** Words that make a possessor a broadcaster: "BBC Radio 4's", "Sky News's", "Channel 4's". */
    private static final Set<String> BROADCAST_WORDS = Words.set("radio", "tv", "television", "channel", "news", "fm",
            "podcast");

    /**
     * The end of a broadcaster's programme named at {@code from} ("she told BBC Radio 4's Farming Today", "speaking on
     * RTÉ's Morning Ireland"), whose capitalised words read like a person's name, so that the next "she said" went to
     * the programme; {@code from} when the possessor before it is no broadcaster.
     */
    private int programmeEnd(List<Token> tokens, int from) {
        if (from == 0) {
            return from;
        }
        int possessor = PossessedBodies.isPossessiveMark(tokens.get(from - 1).text()) ? from - 2 : from - 1;
        if (possessor < 0 || possessor == from - 1 && !Folding.isPossessive(tokens.get(possessor).text())) {
            return from;
        }
        boolean broadcaster = false;
        for (int k = possessor; k >= 0 && k > possessor - 4 && !broadcaster; k--) {
            String word = Folding.stripPossessive(tokens.get(k).text());
            if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                break;
            }
            GazetteerEntry outlet = gazetteer.lookup(word);
            broadcaster = BROADCAST_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || outlet != null && gazetteer.isNewsAgency(outlet.id());
        }
        int end = from;
        while (broadcaster && end < tokens.size() && tokens.get(end).isCapitalized()) {
            end++;
        }
        return end;
    }

    /**
     * The end of a region of the world or a feature of the map at {@code from} ("the Indo-Pacific", "the South China
     * Sea"), which the capitalised-name reading would take for a person; {@code from} when there is none, or when a group
     * or an office follows ("Middle East envoy Steve Witkoff", "Sahel leaders").
     */
    private int geographicNameEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(from).isCapitalized()) {
            return from;
        }
        int last = from + 1;
        while (last < Math.min(tokens.size(), from + 5) && (tokens.get(last).isCapitalized() || tokens.get(last).text().startsWith("-"))) {
            // (the tokenizer splits "Asia-Pacific" as "Asia" "-Pacific", "Indo-Pacific" as "Indo" "-" "Pacific")
            last++;
        }
        for (int end = last; end > from; end--) {
            if (!gazetteer.mayBeGeographicName(tokens.get(from).folded(), tokens.get(end - 1).folded())) {
                // (most capitalised words open no such name: no text is cut and folded for them)
                continue;
            }
            String name = s.text().substring(tokens.get(from).start() - s.start(), tokens.get(end - 1).end() - s.start());
            if (gazetteer.isGeographicName(name)) {
                boolean named = end < tokens.size() && (tokens.get(end).isCapitalized() || gazetteer.isGroupNoun(tokens.get(end).text())
                        || STAFF_ROLES.contains(tokens.get(end).folded()) || isRoleWord(tokens.get(end).folded()));
                return named ? from : end;
            }
        }
        return from;
    }

    /**
     * "Save the Children UK", "Oxfam America": an international organisation's national branch, a named
     * organisation of its own (not the country that ends its name); its end, or {@code from} when there is none.
     */
    private int nationalBranchEnd(Sentence s, int from, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        if (!tokens.get(from).isCapitalized()) {
            return from;
        }
        int[] match = new int[1];
        GazetteerEntry org = gazetteer.longestMatch(tokens, from, n, match);
        int orgEnd = match[0];
        if (org == null || org.kind() != GazetteerEntry.Kind.ORGANIZATION || org.country() != null || orgEnd >= n
                || !tokens.get(orgEnd).isCapitalized()) {
            return from;
        }
        GazetteerEntry country = gazetteer.longestMatch(tokens, orgEnd, n, match);
        if (country == null || country.kind() != GazetteerEntry.Kind.COUNTRY || Folding.isPossessive(tokens.get(match[0] - 1).text())
                || match[0] < n && !tokens.get(match[0]).text().equals(",") && !s.tags(match[0], match[0] + 1)[0].equals("VERB")
                    && !s.tags(match[0], match[0] + 1)[0].equals("AUX")) {
            // "Save the Children UK said", but "the NATO Ukraine council", "the EU Ukraine Facility"
            return from;
        }
        String name = s.text().substring(tokens.get(from).start() - s.start(), tokens.get(match[0] - 1).end() - s.start());
        out.add(mention(registry.namedOrganization(name, country.id()), Mention.Kind.ORGANIZATION, s, from, match[0], quotes));
        return match[0];
    }

    /** "the newspaper Le Soleil" (but "the head of the company Serhiy Koretskyi" names the head). */
    private static boolean describedAsOrganization(List<Token> tokens, int nameStart, int end) {
        for (int i = nameStart + 1; i < end - 1; i++) {
            if (tokens.get(i).text().equals("&")) {
                // "Harlan & Pike", "Procter & Gamble": no one's name holds an ampersand
                return true;
            }
        }
        return nameStart > 0 && ORG_DESCRIPTORS.contains(tokens.get(nameStart - 1).text())
                && !(nameStart >= 3 && tokens.get(nameStart - 3).folded().equals("of"));
    }

    /** Adjectives that open a sentence before a country: "Neighbouring Pakistan said", "Tiny Qatar will". */
    private static final Set<String> COUNTRY_ADJECTIVES = Words.set("neighbouring", "neighboring", "tiny", "neutral",
            "nearby", "landlocked", "impoverished");

    /**
     * The end of a describing adjective that opens the sentence before a country ("Neighbouring Pakistan said",
     * "Oil-rich Norway will", "War-torn Sudan"), which is no given name; else {@code from}.
     */
    private int describingAdjectiveEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        if (from != Dateline.bodyStart(s) || !tokens.get(from).isCapitalized()) {
            return from;
        }
        int end = from + 1;
        if (from + 3 < n && tokens.get(from + 1).text().equals("-") && !tokens.get(from + 2).isCapitalized()) {
            end = from + 3;
        } else if (!COUNTRY_ADJECTIVES.contains(tokens.get(from).folded())) {
            return from;
        }
        int[] match = new int[1];
        GazetteerEntry next = end < n ? gazetteer.longestMatch(tokens, end, n, match) : null;
        boolean country = next != null && next.kind() == GazetteerEntry.Kind.COUNTRY
                && (match[0] >= n || !tokens.get(match[0]).isCapitalized());
        return country ? end : from;
    }

    /**
     * The gazetteer's entry at {@code i} as a name group reads it, its end in {@code match[0]}, or null when the
     * words are better read as a name: "Jordan Bardella" (a given name that is also a country's), "the Nepal Red
     * Cross Society" (after a country: a national society, not the ICRC), "California Department of Forestry"
     * (a region opening an organisation's name); a body's "Commission" is part of its entry.
     */
    private GazetteerEntry entryOpeningName(List<Token> tokens, int i, int[] match, boolean afterCountry) {
        int n = tokens.size();
        GazetteerEntry e = gazetteer.longestMatch(tokens, i, n, match);
        if (e == null && i + 1 < n && tokens.get(i).text().equals("European")
                && tokens.get(i + 1).folded().equals("commissioner")) {
            // "European Commissioner for Climate Wopke Hoekstra", "Wopke Hoekstra, European Commissioner for Climate,":
            // the Union's commissioner, as "EU Commissioner" is (the adjective names no country of its own)
            match[0] = i + 1;
            return gazetteer.lookup("EU");
        }
        if (e == null || givenNameLikeCountry(tokens, i, e, match[0]) || e.id().equals("icrc") && (afterCountry
                || match[0] < n && tokens.get(match[0]).text().equals("Society"))) {
            // "the Nepal Red Cross Society", "the Red Cross Society of China": a national society, not the ICRC
            return null;
        }
        if (e.id().equals("european-commission") && tokens.get(match[0] - 1).text().equals("Commission")
                && nameGoesOn(tokens, match[0])) {
            // "The Commission for Air Quality Management (CAQM) said": another commission, named in full
            return null;
        }
        if (e.kind() == GazetteerEntry.Kind.TITLE && e.name().equals("Justice") && match[0] == i + 1 && (match[0] >= n
                || !gazetteer.isGivenName(tokens.get(match[0]).text()))) {
            // "Justice Sonia Sotomayor", "Justice Simon Byabakama": a judge's style before a given name; "the Justice
            // Department", "the Justice Party" are bodies
            return null;
        }
        if (e.kind() == GazetteerEntry.Kind.TITLE && southAsianSheikh(tokens, i)) {
            // "Commerce Adviser Sheikh Bashir Uddin", "Sheikh Waqas Akram": in South Asian names "Sheikh" is a name of
            // its own, kept as annotators keep it; a Gulf ruler's style goes before a name with "bin" or "Al" ("Sheikh
            // Mohammed bin Abdulrahman Al Thani") or before one word ("Sheikh Tamim")
            return null;
        }
        if (e.kind() == GazetteerEntry.Kind.TITLE && tokens.get(i).text().equals("Gen") && i > 0
                && (tokens.get(i - 1).folded().equals("minister") || tokens.get(i - 1).folded().equals("secretary"))) {
            // "Army chief Gen Pana Claewplodtook" is a general, "Defence Minister Gen Nakatani" a minister called Gen
            return null;
        }
        if (e.kind() == GazetteerEntry.Kind.CAPITAL && match[0] < n && (FACILITY_NOUNS.contains(tokens.get(match[0]).text())
                || match[0] + 1 < n && !tokens.get(match[0]).isCapitalized() && FACILITY_NOUNS.contains(tokens.get(match[0] + 1).text()))) {
            // "the Victoria powder works", "its Victoria mill": a site named after a place, not Seychelles
            return null;
        }
        if (e.kind() == GazetteerEntry.Kind.CAPITAL && match[0] < n && organisationHeadWithin(tokens, match[0])
                && !SEATS_OF_GOVERNMENT.contains(tokens.get(match[0] - 1).text()) && !tokens.get(match[0]).text().equals("Club")) {
            // "the Abu Dhabi Investment Authority", "Wellington City Council": a body named after its city, not the
            // state (but "White House Office of Management and Budget" is the state's, and the Paris Club's creditors
            // speak through the French Treasury that chairs it)
            return null;
        }
        if ((e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CAPITAL)
                && namesAnAcronymsBody(tokens, i, match[0])) {
            // "The Sri Lanka Podujana Peramuna (SLPP)", "Indonesia Corruption Watch (ICW)", "Lomé Container Terminal
            // (LCT)": the acronym after the name spells the country's or the city's name too, so it opens the body's
            return null;
        }
        if ((gazetteer.regionCountry(e.id()) != null || gazetteer.isCompany(e.id())) && match[0] < n
                && tokens.get(match[0]).isCapitalized() && !isTitleAt(tokens, match[0]) && !isLegalForm(tokens, match[0])
                && !(PARTY_MEMBERS.contains(tokens.get(match[0]).folded()) && partyMemberNamedNext(tokens, match[0]))) {
            // (but "Oklahoma Republican Tom Cole": the state, then a party member's name)
            // "Tata Steel UK", "Siemens Energy Global": a longer name that opens with a listed one is another body
            return null;
        }
        if ((e.kind() == GazetteerEntry.Kind.ORGANIZATION || e.kind() == GazetteerEntry.Kind.COALITION) && match[0] < n
                && tokens.get(match[0]).text().equals("Commission") && !e.id().startsWith("european")) {
            // "The AU Commission said", "the ECOWAS Commission": the body's own executive
            match[0]++;
        }
        return e;
    }

    /** Plurals that end a body's name and no person's: "Alliance of Small Island States", "Ministry of Foreign Affairs". */
    private static final Set<String> PLURAL_NAME_ENDS = Words.set("States", "Nations", "Countries", "Islands", "Affairs",
            "Services", "Resources", "Relations", "Studies", "Sciences", "Rights", "Forces", "Industries", "Communities",
            "Peoples", "Workers", "Employers", "Innovations", "Refugees", "Migrants", "Children", "Companies", "Producers",
            "Manufacturers", "Exporters", "Importers", "Generators", "Operators", "Investors", "Banks", "Farmers", "Unions",
            "Enterprises", "Employees", "Businesses", "Retailers", "Traders", "Doctors", "Nurses", "Teachers", "Students",
            "Cities", "Municipalities", "Governments", "Agencies", "Parties", "Organisations", "Organizations", "Owners",
            "Shipowners", "Schools", "Universities", "Hospitals", "Families", "Victims", "Veterans", "Ports", "Consumers");

    /** Continents and world regions: places, never a speaker or an actor ("Africa could no longer rely on ..."). */
    private static final Set<String> CONTINENTS = Words.set("Africa", "Europe", "Asia", "Antarctica", "Oceania", "Eurasia");

    /** Given names that are also words news writes capitalised: "Bill Gates said" (not "Bill C-69 passed"). */
    private static final Set<String> GIVEN_NAME_WORDS = Words.set("Bill", "Mark", "May", "Will");

    /** True for one of {@link #GIVEN_NAME_WORDS} before a capitalised surname that acts or is followed by a comma. */
    private static boolean givenNameLikeWord(List<Token> tokens, int i) {
        return GIVEN_NAME_WORDS.contains(tokens.get(i).text()) && i + 2 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && tokens.get(i + 1).isWord() && tokens.get(i + 1).text().chars().allMatch(Character::isLetter)
                && !tokens.get(i + 2).isCapitalized() && (i == 0 || !tokens.get(i - 1).folded().equals("the"));
    }

    /** "Governor Victoria Rodríguez Ceja": a title right before, so a capital's name opens a longer name. */
    private boolean afterTitle(List<Token> tokens, int i) {
        GazetteerEntry title = i > 0 ? gazetteer.lookup(tokens.get(i - 1).text()) : null;
        return title != null && title.kind() == GazetteerEntry.Kind.TITLE;
    }

    /** Capitals that are also given names: "President Santiago Peña", "Sofia Kovalenko". */
    private static final Set<String> GIVEN_NAME_CAPITALS = Words.set("Santiago", "Sofia", "Victoria", "Wellington");

    private static final Set<String> LEADERS_GOVERNMENTS = Words.set("administration", "government");

    /**
     * The country a leader named by surname governs: from the well-known officials, else from what the
     * article said of that person, else the country the article is about; null when no such person is known.
     */
    private Entity countryLedBy(String surname, List<Mention> before, EntityRegistry registry) {
        String full = gazetteer.officialBySurname(surname);
        String[] official = full == null ? null : gazetteer.official(full);
        if (official != null && gazetteer.country(official[0]) != null) {
            return registry.country(official[0]);
        }
        Entity person = registry.person(surname, false);
        if (person == null) {
            // "the Scottish government": not a leader's name
            return null;
        }
        if (person.country() != null && gazetteer.country(person.country()) != null) {
            return registry.country(person.country());
        }
        Entity latest = BackReferences.latestCountryOrGroupHome(before, registry);
        return latest != null ? latest : BackReferences.latestPlace(before);
    }

    /** Words after a title that make it part of a longer one: "the Minister of Defence", "the Secretary for ...". */
    private static final Set<String> PORTFOLIO_LINKS = Words.set("of", "for", "to", "and", "general");
    /** Roles of whoever "the Head of State" is. */
    private static final List<String> HEADS_OF_STATE = List.of("president", "head of state", "king", "emir", "sultan");
    /** Prepositions that open a sentence's phrase of place, time or circumstance before its subject. */
    private static final Set<String> OPENING_PREPOSITIONS = Words.set("in", "on", "at", "for", "after", "before", "under",
            "with", "despite", "since", "during", "from", "across", "outside", "inside", "throughout");

    /**
     * Where a sentence's subject may open: after its dateline, and after an opening phrase set off by a comma ("In areas
     * controlled by the internationally recognized Government, WFP plans to ..., the agency added").
     */
    private static int subjectStart(Sentence s) {
        int from = Dateline.bodyStart(s);
        List<Token> tokens = s.tokens();
        int afterPhrase = from < tokens.size() && OPENING_PREPOSITIONS.contains(tokens.get(from).folded())
                ? Tokens.afterClosingComma(s, from, Math.min(tokens.size() - 1, from + 16)) : -1;
        return afterPhrase > 0 ? afterPhrase : from;
    }

    /** Whom "the Belarusian leader" names: the nation's head of state or of its government. */
    private static final List<String> NATIONAL_LEADERS = List.of("president", "prime minister", "chancellor", "premier",
            "king", "emir", "sultan", "supreme leader");

    private static boolean isHeadOfState(List<Token> tokens, int at) {
        return tokens.get(at).folded().equals("head") && tokens.get(at + 1).text().equals("of")
                && tokens.get(at + 2).folded().equals("state");
    }

    /**
     * The organisation that a name read without a role names by its own words or by the words around it, or null
     * when nothing tells it from a person's name. {@code unaffiliated}: no organisation was read before the name.
     */
    private Entity organizationByItsWords(List<Token> tokens, int nameStart, int end, boolean legalForm, String country,
            boolean unaffiliated, EntityRegistry registry) {
        String name = Folding.stripPossessive(nameText(tokens, nameStart, end));
        int nameWords = end - nameStart;
        boolean capitals = isAcronym(tokens.get(nameStart).text());
        Entity namedBefore = nameWords >= 2 && !capitals ? registry.knownOrganization(name) : null;
        if (namedBefore != null && !isAllCaps(namedBefore.name().replace(" ", ""))) {
            // "Blue Origin CEO Dave Limp ... He added that Blue Origin would pay": the organisation named before,
            // not a person who shares its two words (names in capitals are left alone: a transcript's header,
            // "JOHN HEALEY, DEFENCE SECRETARY", is read as an organisation's before "John Healey" is named)
            return namedBefore;
        }
        if (nameWords >= 2 && EntityRegistry.opensWithLegalForm(name)) {
            // "PT Vale Indonesia, which operates mines ...", "PJSC Gazprom": a legal form before the name
            return registry.namedOrganization(name, country);
        }
        if (nameWords >= 2 && !capitals && country == null
                && nationalArm(name, nameText(tokens, nameStart, end - 1), tokens.get(end - 1).text(), registry)) {
            // "Thales UK", "TenneT Germany", "Roche India": a company's national arm (nobody's surname is "UK")
            return registry.namedOrganization(name, country);
        }
        if (nameWords >= 2 && (capitals
                || (isAcronym(tokens.get(end - 1).text()) && tokens.get(end - 1).text().length() >= 3))
                && !delegateInCapitals(tokens, nameStart, end)) {
            // "NHS England", "UEFA Women's Committee", "Africa CDC": a name opened or closed by an acronym is an
            // organisation's
            return registry.namedOrganization(name, country);
        }
        if (country == null && unaffiliated && appositionCallsOrganization(tokens, end)) {
            return registry.namedOrganization(name, null);
        }
        if (nameWords >= 2 && legalForm && !name.contains(" and ")) {
            // "Petroliam Nasional Bhd (Petronas) will invest": a name with a legal form is a company's, also when
            // a headline named it first as if it were a person's ("Sahyadri Renewables Q2 results")
            Entity company = registry.person(name, false);
            return registry.revealOrganization(company) || company != null && company.type() == EntityType.ORGANIZATION
                    ? company : registry.namedOrganization(name, country);
        }
        if (nameWords >= 2 && describedAsOrganization(tokens, nameStart, end)) {
            // "the newspaper Le Soleil", "rights group Amnesty International": what the words before call it
            return registry.namedOrganization(name, country);
        }
        return null;
    }

    /**
     * Countries that are also people's surnames ("Tom Holland", "Jimmy Wales", "Anatole France") or given names
     * ("Jordan", "Chad", "Georgia"): a name ending in them may be a person's.
     */
    private static final Set<String> SURNAME_COUNTRIES = Words.set("holland", "wales", "france", "england", "ireland",
            "scotland", "israel", "jordan", "chad", "georgia", "niger", "lebanon", "kenya", "montenegro", "panama", "cuba",
            "guinea", "mali", "togo");

    /**
     * A company's national arm: a name that ends in a country's name, short name or code ("UK", "Germany") after a
     * company's name, one named before, one the gazetteer lists, or a brand's spelling ("TenneT Germany"), and is no
     * well-known official's ("Luís Montenegro"). Names of other kinds are left alone ("Latin America", "U.S.
     * Forces Korea", "Environment and Climate Change Canada").
     */
    private boolean nationalArm(String name, String company, String lastWord, EntityRegistry registry) {
        GazetteerEntry parent = gazetteer.lookup(company);
        return countryNamed(lastWord) != null
                && !SURNAME_COUNTRIES.contains(Folding.fold(lastWord)) && gazetteer.official(name) == null
                && (registry.knownOrganization(company) != null
                    || parent != null && parent.kind() == GazetteerEntry.Kind.ORGANIZATION
                    || company.indexOf(' ') < 0 && innerCapital(company));
    }

    /**
     * The end of a portfolio that follows a title and names nobody after it ("Minister of Mines said",
     * "Minister for Health and Social Care told"), or -1: "Minister of Defence Rustem Umerov" goes on to a name.
     */
    private static int portfolioWithoutName(List<Token> tokens, int from) {
        int n = tokens.size();
        if (from + 1 >= n || !tokens.get(from).folded().equals("of") && !tokens.get(from).folded().equals("for")) {
            return -1;
        }
        int end = from + 1;
        int list = 0;
        while (end < n && (tokens.get(end).isCapitalized()
                || tokens.get(end).folded().equals("and") && end + 1 < n && (tokens.get(end + 1).isCapitalized()
                    || portfolioListGoesOn(tokens, end + 1))
                || portfolioListGoesOn(tokens, end))) {
            // ("the Minister for Climate, Energy and the Environment has announced": a portfolio's list)
            list += tokens.get(end).text().equals(",") || tokens.get(end).folded().equals("the") ? 1 : 0;
            end++;
        }
        if (end == from + 1 || end >= n || end - from - list > 6) {
            return -1;
        }
        String next = tokens.get(end).text();
        if (next.equals(",")) {
            // "the Minister of Defence, Troels Lund Poulsen, and ...": the name follows as an apposition
            return end + 1 < n && tokens.get(end + 1).isCapitalized() ? -1 : end;
        }
        return Character.isLowerCase(next.charAt(0)) ? end : -1;
    }

    /** Head words of bodies whose holder's name may follow at once: "the People's Committee Nguyen Van Duoc". */
    private static final Set<String> HEADS_BEFORE_HOLDER = Words.set("Committee", "Council", "Commission", "Ministry",
            "Department", "Authority", "Agency");

    /** The commonest Vietnamese family names, with and without their diacritics. */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES = Words.set("Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê",
            "Pham", "Phạm", "Hoang", "Hoàng", "Huynh", "Huỳnh", "Phan", "Vu", "Vũ", "Vo", "Võ", "Dang", "Đặng", "Bui",
            "Bùi", "Do", "Đỗ", "Ho", "Hồ", "Ngo", "Ngô", "Duong", "Dương", "Ly", "Lý");

    /** A Roman numeral of two letters or more, written as in names of streets, dates and units: "XX", "XIV". */
    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile(
            "(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})");

    /** An acronym and a capitalised word joined by a hyphen: "BI-Rate", "EU-Mercosur", "US-China". */
    private static final java.util.regex.Pattern ACRONYM_COMPOUND =
            java.util.regex.Pattern.compile("\\p{Lu}{2,}-\\p{Lu}\\p{Ll}+(?:'s|\u2019s)?");

    /** Capitals joined by a hyphen: "IRIS-T", "F-35", "S-400" (but "COP30" names a conference and its presidency). */
    private static boolean isSystemDesignation(String word) {
        if (word.indexOf('-') <= 0) {
            // (most words: no regex replacement is run for them)
            return false;
        }
        String letters = word.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /**
     * "PDCI-RDA", "SPLM-IO": acronyms of two letters or more, letters only, joined by hyphens, none of them a listed
     * country or organisation ("EU-US" joins two known names; "IRIS-T", "F-35" and "S-400" have a single letter or a
     * number: designations).
     */
    private boolean joinedAcronymsOfAnUnlistedBody(String word) {
        for (String part : word.split("-")) {
            if (part.length() < 2 || !part.chars().allMatch(Character::isLetter) || gazetteer.lookup(part) != null
                    || part.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X')) {
                // (a roman numeral numbers a design: "KSS-III")
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapsWord(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * The end of the place an organisation is described by after "the", when one opens at {@code i}: "the
     * Stuttgart-based company", and past {@link #placeAdjectiveEnd} a place of several words ("the Santa Clara,
     * California-based company said", "the New York-based lender") or a double origin ("the Anglo-Australian miner
     * said"); {@code i} when none does.
     */
    private static int describingPlaceEnd(List<Token> tokens, int i) {
        int single = placeAdjectiveEnd(tokens, i);
        if (single > i || i >= tokens.size() || !tokens.get(i).isCapitalized()) {
            return single;
        }
        if (tokens.get(i).text().indexOf('-') > 0 && DOUBLE_NATIONALITY.matcher(tokens.get(i).text()).matches()) {
            return i + 1;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 2).isCapitalized()
                && tokens.get(i + 1).start() == tokens.get(i).end()) {
            // the same, as the tokenizer splits it: "Anglo" "-" "Australian"
            return i + 3;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
            if (!tokens.get(k).isCapitalized() && !tokens.get(k).text().equals(",")) {
                return i;
            }
            int end = placeAdjectiveEnd(tokens, k);
            if (end > k) {
                return end;
            }
        }
        return i;
    }

    /** Two capitalised halves of a double nationality or origin: "Anglo-Australian", "Swiss-Swedish". */
    private static final java.util.regex.Pattern DOUBLE_NATIONALITY = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+");

    /** After "Stuttgart-based", "Saudi-led" at {@code i}: the index that follows it; else {@code i}. */
    private static int placeAdjectiveEnd(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i).isCapitalized() && tokens.get(i + 1).text().length() > 1
                && tokens.get(i + 1).text().startsWith("-") && HYPHEN_ADJECTIVES.contains(tokens.get(i + 1).folded().substring(1))) {
            // the tokenizer sometimes keeps the hyphen on the second half: "London" "-listed"
            return i + 2;
        }
        return i + 2 < tokens.size() && tokens.get(i).isCapitalized() && tokens.get(i + 1).text().equals("-")
                && HYPHEN_ADJECTIVES.contains(tokens.get(i + 2).folded()) ? i + 3 : i;
    }

    /** Second halves of adjectives made from a place or a name: "Düsseldorf-based", "Saudi-led". */
    private static final Set<String> HYPHEN_ADJECTIVES = Words.union(HYPHEN_SUFFIXES, "headquartered", "registered", "listed",
            "controlled", "brokered");

    /**
     * True when the name ending before {@code end} is followed by an apposition that calls it a
     * business or an organisation: "Tesco, Britain's biggest supermarket group,", "Kick It Out, the
     * English anti-discrimination group,".
     */
    private static boolean appositionCallsOrganization(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",") || tokens.get(end + 1).folded().equals("who")) {
            // ("Takaichi, who heads the party, said": a person's relative clause)
            return false;
        }
        for (int k = end + 2; k < Math.min(tokens.size(), end + 10); k++) {
            String w = tokens.get(k).folded();
            if (w.equals(",") || (w.equals("that") || w.equals("whose")) && k > end + 2
                    && Words.ARTICLES_AND_POSSESSIVES.contains(tokens.get(end + 1).folded())) {
                // ("TUI, the German tour operator that brings about 1.5 million holidaymakers to the island each
                // year, said": the head of the description comes before its relative clause; not "Alexei Likhachev,
                // told the RIA news agency that": no description, a verb)
                String head = tokens.get(k - 1).folded();
                return ORG_NOUNS.contains(head) || ORG_DESCRIPTORS.contains(head) || BUSINESS_NOUNS.contains(head);
            }
            if (w.equals("which") || w.equals("who") || Tokens.isQuoteMark(w)
                    || w.equals("of") || w.equals("for") || w.equals("at")) {
                // "Rustem Umerov, secretary of the National Security and Defense Council,": the council is where
                // the person works, not what the name is
                return false;
            }
        }
        return false;
    }

    /**
     * The possessive before token {@code i} goes on into an organisation's name: a head next ("Swiss People's Party"),
     * or a collective possessor and a head within three words ("the Children's Investment Fund Foundation").
     */
    private static boolean possessiveInsideName(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isCapitalized() && ORG_HEADS.contains(tokens.get(i).folded())
                || COLLECTIVE_POSSESSORS.contains(Folding.stripPossessive(tokens.get(i - 1).folded())) && organisationHeadWithin(tokens, i);
    }

    /** A lower-case "minister" or "secretary" at {@code i}, after capitalised words and before a name: "Jal Shakti minister CR Patil". */
    private static boolean nameBeforeLowerCaseMinister(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return (w.equals("minister") || w.equals("secretary")) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && tokens.get(i + 1).isWord() && !Folding.isPossessive(tokens.get(i - 1).text());
    }

    /**
     * A capitalised word at {@code i}, or inside a name an Arabic article ("al-", "bin") that goes on with one: a word
     * a name group may hold.
     */
    private static boolean nameWordAt(List<Token> tokens, int i, boolean insideName) {
        Token t = tokens.get(i);
        return t.isCapitalized() && Character.isLetter(t.text().codePointAt(0)) && !currencyOfASum(tokens, i)
                || insideName && hyphenAfterArticle(t.text()) && ARABIC_ARTICLE.matcher(t.text()).matches()
                    && (!t.text().endsWith("-") || i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                        && tokens.get(i + 1).start() == t.end());
    }

    /** "and Lithuania EUR 8 million": an ISO code before a number is the sum's currency, never a word of a name. */
    private static boolean currencyOfASum(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return w.length() == 3 && i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0))
                && Tokens.isAllCaps(w) && Currencies.isCode(tokens.get(i).folded());
    }

    /** Plural possessors that open organisations' names: "People's", "Children's", "Workers'". */
    private static final Set<String> COLLECTIVE_POSSESSORS = Words.set("people", "children", "workers", "farmers",
            "veterans", "nations");

    /** An organisation's head among the (at most three) capitalised words from {@code k}, closing them. */
    private static boolean organisationHeadWithin(List<Token> tokens, int k) {
        for (int j = k; j < Math.min(tokens.size(), k + 3) && tokens.get(j).isCapitalized(); j++) {
            if (ORG_HEADS.contains(tokens.get(j).folded()) && (j + 1 >= tokens.size() || !tokens.get(j + 1).isCapitalized())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a run of capitalised words from {@code k} ends, within three words, in an organisation's head, or is
     * followed by a party's lower-case noun.
     */
    private boolean organisationHeadFollows(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && j < k + 3 && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (k >= 2 && gazetteer.isPortfolioWord(tokens.get(k - 2).text())) {
            for (int m = k; m < j; m++) {
                GazetteerEntry title = gazetteer.lookup(tokens.get(m).text());
                if (m > k && title != null && title.kind() == GazetteerEntry.Kind.TITLE
                        && isPortfolioHead(title.name())) {
                    // "Foreign Trade and Development Minister Reinette Klever": two fields of a portfolio, then the title
                    return true;
                }
                if (!gazetteer.isPortfolioWord(tokens.get(m).text())) {
                    break;
                }
            }
        }
        // "Law and Justice party": a party's name, then the lower-case noun of its kind
        return j > k && (ORG_HEADS.contains(Folding.stripPossessive(tokens.get(j - 1).folded()))
                && (j >= tokens.size() || !tokens.get(j).isCapitalized())
                || j < tokens.size() && PARTY_NOUNS.contains(tokens.get(j).text()));
    }

    /**
     * "MIKE WALTZ (United States) said": the UN's coverage of its meetings prints each speaker's name in capitals,
     * followed by the country they speak for in brackets, or a briefer's by their office after a comma; a name in
     * capitals is otherwise read as an organisation's.
     */
    private boolean delegateInCapitals(List<Token> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            // (a name's parts may be joined or short: "AL-HARITH IDRISS AL-HARITH MOHAMED (Sudan)", "FU CONG (China)")
            String word = tokens.get(k).text().replace("-", "");
            if (word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        if (end + 1 >= tokens.size()) {
            return false;
        }
        GazetteerEntry next = tokens.get(end).text().equals("(") || tokens.get(end).text().equals(",")
                ? gazetteer.longestMatch(tokens, end + 1, tokens.size(), new int[1]) : null;
        // "TOM FLETCHER, Under-Secretary-General for Humanitarian Affairs, said": a briefer, with their office
        return next != null && (tokens.get(end).text().equals("(") ? next.kind() == GazetteerEntry.Kind.COUNTRY
                : next.kind() == GazetteerEntry.Kind.TITLE);
    }

    /**
     * An acronym between a title and a name: the body whose title it is ("Chairman NDMA Lt Gen ..."), when a rank
     * follows or the article has named the body; not a surname in capitals ("Ambassador SAITO Hiroshi") nor a name in
     * a transcript's capitals ("THE HON PAT CONROY").
     */
    private boolean bodyOfTitle(List<Token> tokens, int i, EntityRegistry registry) {
        String word = tokens.get(i).text();
        return isAcronym(word) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && !isAllCaps(tokens.get(i + 1).text())
                && (isTitleAt(tokens, i + 1) || registry.knownOrganization(word) != null || gazetteer.organization(word) != null);
    }

    /** Words that qualify the title after them: "Deputy PM", "former MP". */
    private static final Set<String> TITLE_QUALIFIERS = Words.set("deputy", "vice", "acting", "former", "junior",
            "senior", "interim", "ex");

    /**
     * True when the title {@code e}, two capitals long, comes after a whole title and before a surname nobody named yet
     * has: "Chief Minister MK Stalin" is a man's initials; "Committee Chairman MK Bismuth", after "MK Boaz Bismuth", is
     * a Member of the Knesset, and "Deputy PM Ishaq Dar" still holds the title.
     */
    private static boolean initialsAfterTitle(GazetteerEntry e, String role, List<Token> tokens, int after,
                                              EntityRegistry registry) {
        if (e.kind() != GazetteerEntry.Kind.TITLE || role == null || e.name().length() != 2 || !isAllCapsWord(e.name())
                || after + 1 >= tokens.size() || !tokens.get(after).isCapitalized() || tokens.get(after + 1).isCapitalized()) {
            return false;
        }
        String[] roleWords = role.split(" ");
        return !TITLE_QUALIFIERS.contains(roleWords[roleWords.length - 1].toLowerCase(java.util.Locale.ROOT))
                && registry.person(tokens.get(after).text(), false) == null;
    }

    /** "NHS", "UEFA": three or more capital letters and nothing else; "JD" (Vance) is an initial pair. */
    private static boolean isAcronym(String word) {
        return isAllCaps(word) && word.chars().allMatch(Character::isLetter);
    }

    /**
     * True when {@code word} spells the initials of the capitalised words in tokens [from, to) in any case: "the
     * National Energy System Operator (Neso)", "the Public Works Department (Pwd)" (house styles that write an acronym
     * pronounced as a word in lower case).
     */
    private static boolean isInitialsOf(String word, List<Token> tokens, int from, int to) {
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalized() && Character.isLetter(tokens.get(k).text().charAt(0))) {
                initials.append(tokens.get(k).text().charAt(0));
            }
        }
        return initials.toString().equalsIgnoreCase(word);
    }

    /**
     * "Sheikh" at {@code i} before a given and a family name: part of the name, not a style (see entryOpeningName),
     * unless the two words are a listed official's name, whom news styles "Sheikh" ("Sheikh Naim Qassem").
     */
    private boolean southAsianSheikh(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("Sheikh") && givenAndFamilyName(tokens, i + 1)
                && gazetteer.official(tokens.get(i + 1).text() + " " + tokens.get(i + 2).text()) == null;
    }

    /**
     * Exactly two capitalised words from {@code k} and no third, neither a particle of Arabic genealogy ("Bin", "Ibn",
     * "Al", "Al-Thani"; a lower-case "bin" is no capitalised word).
     */
    private static boolean givenAndFamilyName(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || k + 2 < tokens.size() && tokens.get(k + 2).isCapitalized()) {
            return false;
        }
        for (int j = k; j <= k + 1; j++) {
            String w = tokens.get(j).text();
            if (!tokens.get(j).isCapitalized() || !Character.isLetter(w.charAt(0)) || w.equals("Al") || w.startsWith("Al-")
                    || w.equals("Bin") || w.equals("Ibn")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the capitalised words from {@code countryEnd}, after a country's name opening at {@code i}, close on a
     * bracketed acronym whose letters are the initials of them all, the country's name included.
     */
    private static boolean namesAnAcronymsBody(List<Token> tokens, int i, int countryEnd) {
        int k = countryEnd;
        while (k < tokens.size() && k < countryEnd + 5 && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > countryEnd && k + 2 < tokens.size() && tokens.get(k).text().equals("(")
                && tokens.get(k + 2).text().equals(")") && isInitialsOf(tokens.get(k + 1).text(), tokens, i, k);
    }

    /** "the Commission for Air Quality Management", "the Commission on Human Rights": a body's own name goes on at {@code k}. */
    private static boolean nameGoesOn(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && NAME_LINKS.contains(tokens.get(k).folded()) && tokens.get(k + 1).isCapitalized();
    }

    private static final Set<String> NAME_LINKS = Words.set("for", "of", "on");

    /** The end of "Embassy", "Consulate" or "High Commission" starting at {@code i}, or -1. */
    private static int diplomaticMissionEnd(List<Token> tokens, int i) {
        if (i < tokens.size() && (tokens.get(i).text().equals("Embassy") || tokens.get(i).text().equals("Consulate"))) {
            return i + 1;
        }
        return i + 1 < tokens.size() && tokens.get(i).text().equals("High") && tokens.get(i + 1).text().equals("Commission")
                ? i + 2 : -1;
    }

    /**
     * "The President of the ECOWAS Commission, Omar Touray, said the Commission would": the body whose commission
     * was named earlier in the sentence (inside a title, so with no mention of its own), or null.
     */
    private Entity bodyOfCommissionBefore(List<Token> tokens, int before, EntityRegistry registry) {
        int[] m = new int[1];
        for (int k = before - 2; k >= 0; k--) {
            GazetteerEntry e = tokens.get(k).isCapitalized() ? gazetteer.longestMatch(tokens, k, before, m) : null;
            if (e != null && (e.kind() == GazetteerEntry.Kind.ORGANIZATION || e.kind() == GazetteerEntry.Kind.COALITION)
                    && m[0] < before && tokens.get(m[0]).text().equals("Commission") && !e.id().startsWith("european")) {
                return registry.organization(e);
            }
        }
        return null;
    }

    /**
     * The title after a portfolio of several fields, which titles.txt cannot list ("the Investment, Trade and Industry
     * Minister said", "the Energy Transition Minister said"), with {@code match} set to its end; else {@code read}, the
     * entry read at {@code from}, with {@code match} as it was.
     */
    private GazetteerEntry titleAfterPortfolioFields(List<Token> tokens, int from, int[] match, GazetteerEntry read) {
        int j = from;
        while (j < tokens.size() && (tokens.get(j).isCapitalized() && gazetteer.isPortfolioWord(tokens.get(j).text())
                || j > from && PORTFOLIO_JOINS.contains(tokens.get(j).text()))) {
            j++;
        }
        if (j - from < 2 || j >= tokens.size() || PORTFOLIO_JOINS.contains(tokens.get(j - 1).text())) {
            return read;
        }
        int[] end = new int[1];
        GazetteerEntry title = gazetteer.longestMatch(tokens, j, tokens.size(), end);
        if (title == null || title.kind() != GazetteerEntry.Kind.TITLE) {
            return read;
        }
        match[0] = end[0];
        return title;
    }

    /** What joins the fields of a portfolio: "Investment, Trade and Industry", "Culture & Sport". */
    private static final Set<String> PORTFOLIO_JOINS = Set.of(",", "and", "&");

    private boolean isTitleAt(List<Token> tokens, int i) {
        GazetteerEntry e = gazetteer.longestMatch(tokens, i, tokens.size(), new int[1]);
        return e != null && e.kind() == GazetteerEntry.Kind.TITLE;
    }

    /** An ordinal numeral: "31st", "2nd", "5th". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** The areas a member is elected for, after an ordinal: "31st Ward", "5th District". */
    private static final Set<String> ELECTORAL_AREAS = Words.set("ward", "district", "precinct");

    private static boolean isRoleNoun(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return !t.equals("mr") && !t.equals("mrs") && !t.equals("ms") && !t.equals("dr") && !t.endsWith(".")
                && !t.equals("head") && !t.equals("leader") && !t.equals("chair") && !t.equals("speaker");
    }

    /**
     * The end of the place an envoy's title names after "to" at {@code to} ("Ambassador to Japan", "Envoy to the
     * United Nations"), when a listed country, capital or body fills it and a name follows it; else -1.
     */
    private int envoysPostingEnd(List<Token> tokens, GazetteerEntry title, int to, int place) {
        int n = tokens.size();
        String office = Gazetteer.office(title.name()).toLowerCase(Locale.ROOT);
        // a consul serves "in" a city ("German Consul General in Erbil Sebastian Kaufmann"), as an envoy may
        boolean in = to < n && tokens.get(to).folded().equals("in");
        boolean consul = office.endsWith("consul") || office.endsWith("consul general") || office.endsWith("consul-general");
        if (place >= n || !(tokens.get(to).folded().equals("to") || in) || !tokens.get(place).isCapitalized()
                || !consul && !ENVOY_TITLES.contains(office.substring(office.lastIndexOf(' ') + 1))) {
            return -1;
        }
        int[] match = new int[1];
        GazetteerEntry posting = gazetteer.longestMatch(tokens, place, n, match);
        int holder = place + 1 < n && tokens.get(place + 1).text().equals(",") ? place + 2 : place + 1;
        if (posting == null && in && holder + 1 < n && tokens.get(holder).isCapitalized()
                && tokens.get(holder + 1).isCapitalized() && gazetteer.isGivenName(tokens.get(holder).text())) {
            // a city the gazetteer does not list, one word, then the holder's given name ("in Quetta, Muhammad
            // Dawood Hamdard,")
            match[0] = place + 1;
        } else if (posting == null || posting.kind() == GazetteerEntry.Kind.TITLE
                || posting.kind() == GazetteerEntry.Kind.DEMONYM || Folding.isPossessive(tokens.get(match[0] - 1).text())) {
            return -1;
        }
        int name = match[0] < n && tokens.get(match[0]).text().equals(",") ? match[0] + 1 : match[0];
        return name + 1 < n && tokens.get(name).isCapitalized() && tokens.get(name + 1).isCapitalized() ? match[0] : -1;
    }

    /** The titles of a state's envoy to an international body: "Russia's U.N. Ambassador Vassily Nebenzia". */
    private static final Set<String> ENVOY_TITLES = Words.set("ambassador", "envoy", "representative", "permanent",
            "deputy");

    /**
     * Whether an organisation named just after a country's name still leaves the country the one spoken for:
     * "Pakistan's Foreign Office" (the named country's own office, not Britain's), "Russia's U.N. Ambassador Vassily
     * Nebenzia" (the state's envoy to the body, who speaks for the state, not for the United Nations).
     */
    private static boolean countrysOwn(GazetteerEntry org, GazetteerEntry countryEntry, List<Token> tokens, int after) {
        if (org.country() != null) {
            return !org.country().equals(countryEntry.country());
        }
        return after < tokens.size() && ENVOY_TITLES.contains(tokens.get(after).folded());
    }

    /**
     * Reads a run of capitalised words from {@code from}: any mix of country/organisation words,
     * titles and name words, as in "German Chancellor Friedrich Merz" or "NATO Secretary-General
     * Mark Rutte". Returns the token index after the run.
     */
    private int readNameGroup(Sentence s, int from, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        int skip = noNameEnd(s, from, quotes, registry, out);
        if (skip > from) {
            return skip;
        }
        NameRun r = new NameRun(from);
        int closed = readRunWords(s, r, quotes, registry, out);
        if (closed >= 0) {
            return closed;
        }
        trimRunEnd(s.tokens(), r);
        if ((isRegionalAdjective(s.tokens(), r) || isChambersParty(s.tokens(), r)) && r.end < s.tokens().size()
                && isGroupHead(s.tokens().get(r.end))) {
            // "West African mediators said", "Latin American diplomats said", "House Republican leaders said": a group,
            // named with its region or its chamber and party as annotators name it (the run is no person called "West
            // African")
            Entity g = registry.group(nameText(s.tokens(), r.from, r.end + 1), null);
            out.add(mention(g, Mention.Kind.GROUP, s, r.from, r.end + 1, quotes));
            return r.end + 1;
        }
        int read = r.nameStart >= 0 ? readNamed(s, r, quotes, registry, out) : -1;
        return read >= 0 ? read : readUnnamed(s, r, quotes, registry, out);
    }

    /**
     * What a run of capitalised words has read, from its first word ({@code from}) to the token after it ({@code end}):
     * the country and the organisation it opens with, the title words ({@code role}) and where the name starts. The
     * reading of a run is four methods that share this state: as one method it grew to 7,970 bytes of bytecode, where
     * C1 gave up on its profiled tier ("out of virtual registers") and C2 never compiled it, and a few bytes more
     * (the JVM's HugeMethodLimit, 8,000) would have left it interpreted in every process.
     */
    private static final class NameRun {
        final int from;
        String country;
        int countryStart = -1;
        int countryEnd = -1;
        GazetteerEntry countryEntry;
        GazetteerEntry org;
        int orgStart = -1;
        int orgEnd = -1;
        String role;
        Entity companyOfPerson;
        int groupStart;
        int nameStart = -1;
        int end;
        int withLegalForm;

        NameRun(int from) {
            this.from = from;
            this.groupStart = from;
        }
    }

    /**
     * Reads the words of the run: countries, organisations, titles and name words, until a word that ends it (then
     * {@code r.end} is set and the result is -1); or returns the token after an organisation or a title's holder read
     * whole on the way ("the Premier League said").
     */
    private int readRunWords(Sentence s, NameRun r, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int[] match = new int[1];
        int from = r.from;
        int i = from;
        while (i < n) {
            Token t = tokens.get(i);
            String lower = Folding.stripPossessive(t.folded());
            if (r.nameStart < 0) {
                GazetteerEntry e = t.isCapitalized() || lower.equals("the")
                        ? entryOpeningName(tokens, i, match, r.countryEntry != null && r.countryEnd == i) : null;
                // (a listed title of several words that opens with such a word is still the title: "First Minister John
                // Swinney said", where "First" alone would be an ordinal)
                if (e != null && !(i == from && NOT_NAMES.contains(lower) && e.kind() == GazetteerEntry.Kind.TITLE
                        && !e.name().contains(" ")) && !initialsAfterTitle(e, r.role, tokens, match[0], registry)) {
                    int orgEndAt = e.kind() == GazetteerEntry.Kind.TITLE && r.role == null && r.org == null && r.countryEntry == null
                            ? organizationOpenedByTitle(tokens, match[0]) : -1;
                    if (orgEndAt > 0) {
                        // "the Premier League said", "the King's Fund": a title word opening an organisation's name
                        String orgName = s.text().substring(t.start() - s.start(), tokens.get(orgEndAt - 1).end() - s.start());
                        Entity named = registry.namedOrganization(Folding.stripPossessive(orgName), null);
                        out.add(mention(named, Mention.Kind.ORGANIZATION, s, i, orgEndAt, quotes));
                        return orgEndAt;
                    }
                    switch (e.kind()) {
                        case TITLE -> r.role = r.role == null ? e.name() : r.role + " " + e.name();
                        case ORGANIZATION, COALITION -> {
                            if (r.countryEntry != null && r.countryEnd == i && countrysOwn(e, r.countryEntry, tokens, match[0])) {
                                r.countryEnd = match[0];
                                break;
                            }
                            if (r.org != null || r.countryEntry != null) {
                                flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, r.org, r.orgStart, r.orgEnd);
                                r.countryEntry = null;
                                r.country = null;
                            }
                            r.org = e;
                            r.orgStart = i;
                            r.orgEnd = match[0];
                        }
                        default -> {
                            if (r.org != null || r.countryEntry != null) {
                                flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, r.org, r.orgStart, r.orgEnd);
                                r.org = null;
                            }
                            r.countryEntry = e;
                            r.country = e.id();
                            r.countryStart = i;
                            r.countryEnd = match[0];
                        }
                    }
                    boolean possessive = Folding.isPossessive(tokens.get(match[0] - 1).text());
                    // "Evan Solomon, Canada's Minister of ...": the country's possessive may stand between name and title
                    boolean afterNamedPerson = followsNamedPerson(tokens, out, s,
                            r.countryEntry != null && r.countryEntry != e && r.countryEnd == i ? r.countryStart : i);
                    i = match[0];
                    int portfolio = i + 1 < n && tokens.get(i + 1).folded().equals("the") ? i + 2 : i + 1;
                    int posting = e.kind() == GazetteerEntry.Kind.TITLE ? envoysPostingEnd(tokens, e, i, portfolio) : -1;
                    if (posting > 0) {
                        // "U.S. Ambassador to Japan George Glass", "Ambassador to the U.N. Mike Waltz": where the envoy
                        // serves belongs to the title, and the name starts after it; the envoy still speaks for the
                        // state named before the title, not for the host
                        r.role = r.role + " " + s.text().substring(tokens.get(i).start() - s.start(), tokens.get(posting - 1).end() - s.start());
                        i = posting < n && tokens.get(posting).text().equals(",") && posting + 1 < n
                                && tokens.get(posting + 1).isCapitalized() ? posting + 1 : posting;
                        continue;
                    }
                    if (e.kind() == GazetteerEntry.Kind.TITLE && portfolio < n
                            && PORTFOLIO_PREPOSITIONS.contains(tokens.get(i).folded()) && tokens.get(portfolio).isCapitalized()) {
                        // "the Minister of International Development, Randeep Sarai", "Cabinet Secretary for the
                        // National Treasury, John Mbadi": the portfolio belongs to the title
                        int k = portfolio;
                        // ("President of Ukraine Volodymyr Zelensky and Prime Minister of Norway Jonas Gahr Støre": an
                        // "and" before another title ends the portfolio and its holder's name; two people follow)
                        while (k < n && continuesPortfolio(tokens, k)
                                && !(tokens.get(k).folded().equals("and") && k + 1 < n && isTitleAt(tokens, k + 1)
                                    && endsWithAName(tokens, portfolio, k))) {
                            k++;
                        }
                        // (not a place: "German Minister of Defence Boris Pistorius, London." heads a transcript with
                        // where it was held, and the name is the portfolio's last words)
                        boolean nameAfterComma = k + 1 < n && tokens.get(k).text().equals(",") && tokens.get(k + 1).isCapitalized()
                                && !startsWithCountryOrCapital(tokens, k + 1);
                        if (afterNamedPerson && k < n && tokens.get(k).text().equals(",")) {
                            // "Wopke Hoekstra, Commissioner for Climate, Net Zero and Clean Growth, said": the title
                            // describes the person before it; no name of its own follows (the country it names is
                            // kept: "Evan Solomon, Canada's Minister of Artificial Intelligence and Digital Innovation,")
                            flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, r.org, r.orgStart, r.orgEnd);
                            return k;
                        }
                        String portfolioWords = k == portfolio + 1 ? nameText(tokens, portfolio, k) : null;
                        Entity employer = portfolioWords == null ? null : registry.knownOrganization(portfolioWords);
                        employer = employer != null || portfolioWords == null ? employer : registry.organizationShortenedTo(portfolioWords);
                        if (employer != null && !nameAfterComma && (k >= n || !tokens.get(k).isCapitalized())) {
                            // "said Marcus Tan, Chief Executive Officer of Solenne.": no portfolio, the company named before
                            // by a word of its name (longer names keep to the role: "Managing Director of Xinfeng Lithium")
                            flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, r.org, r.orgStart, r.orgEnd);
                            out.add(mention(employer, Mention.Kind.ORGANIZATION, s, portfolio, k, quotes));
                            return k;
                        }
                        if (!nameAfterComma && k - (i + 1) >= 3 && !endsWithPlace(tokens, i + 1, k)) {
                            // "Commissioner for Enlargement Marta Kos", "Minister of Defense of Ukraine Denys
                            // Shmyhal,", "Minister of Economy Mohammad Nidal Al-Shaar": unless a name follows after
                            // a comma, the run closes with the name, which starts after the portfolio's words
                            k = holderNameStart(tokens, portfolio, k);
                        }
                        GazetteerEntry place = placeIn(tokens, i + 1, k);
                        if (place != null && r.country == null) {
                            // "Prime Minister of Ukraine Yulia Svyrydenko"
                            r.country = place.country();
                            r.countryEntry = null;
                        }
                        r.role = r.role + " " + s.text().substring(tokens.get(i).start() - s.start(), tokens.get(k - 1).end() - s.start());
                        i = k < n && tokens.get(k).text().equals(",") && k + 1 < n && tokens.get(k + 1).isCapitalized() ? k + 1 : k;
                        continue;
                    }
                    if (e.kind() != GazetteerEntry.Kind.TITLE && r.role == null) {
                        int after = lowerCaseRole(tokens, i);
                        if (after > i) {
                            // "South Korean presidential candidate Lee Jae-myung", "the French foreign minister, Jean-Noel Barrot"
                            r.role = s.text().substring(tokens.get(i).start() - s.start(), tokens.get(after - 1).end() - s.start());
                            i = after < n && tokens.get(after).text().equals(",") ? after + 1 : after;
                            continue;
                        }
                    }
                    if (possessive && r.role == null && (i >= n || !tokens.get(i).isCapitalized())) {
                        break;
                    }
                    if (e.kind() == GazetteerEntry.Kind.TITLE && r.nameStart < 0 && i + 1 < n && tokens.get(i).text().equals(",")
                            && r.countryEntry != null && r.countryEnd > 0 && Folding.isPossessive(tokens.get(r.countryEnd - 1).text())
                            && tokens.get(i + 1).isCapitalized() && gazetteer.isGivenName(tokens.get(i + 1).text())) {
                        // "New Zealand's High Commissioner, Tracey Wood, said": the country's office, then its holder's
                        // name in apposition (as "the French foreign minister, Jean-Noel Barrot" in lower case)
                        i++;
                    }
                    continue;
                }
            }
            if (r.nameStart < 0 && t.text().equals("X") && i > 0 && tokens.get(i - 1).folded().equals("on")) {
                // "said in a post on X. He said ...": the platform, not an initial
                break;
            }
            boolean capital = nameWordAt(tokens, i, r.nameStart >= 0);
            // ("Vantor e-Cargo van": a prefix joined by a hyphen is no particle)
            boolean particle = PARTICLES.contains(lower) && i + 1 < n && !(lower.equals("e") && tokens.get(i + 1).start() == t.end());
            int partyRole = capital && r.nameStart < 0 && r.role == null ? partyRoleEnd(tokens, i) : -1;
            if (partyRole > 0) {
                r.role = s.text().substring(t.start() - s.start(), tokens.get(partyRole - 1).end() - s.start());
                i = partyRole;
                continue;
            }
            if (capital && r.nameStart < 0
                    && (NOT_NAMES.contains(lower) || isCompoundAdjective(tokens, i) || membersOfABody(tokens, i)) && r.role == null
                    && !nameAfterRoleNoun(tokens, i) && !opensPlaceName(tokens, i) && !givenNameLikeWord(tokens, i)
                    && !opensOrganisationName(tokens, i, registry)) {
                if (i == from) {
                    r.groupStart = i + 1;
                    i++;
                    break;
                }
                break;
            }
            if (capital && r.nameStart >= 0) {
                // "Climate Change Minister Chris Bowen": a title closing a run of capitalised words makes
                // the whole run the role, and the name starts after it
                GazetteerEntry title = gazetteer.longestMatch(tokens, i, n, match);
                boolean portfolioFollows = title != null && portfolioFollows(tokens, match[0]);
                if (title != null && title.kind() == GazetteerEntry.Kind.TITLE && isPortfolioHead(Gazetteer.office(title.name())) && match[0] < n
                        && (tokens.get(match[0]).isCapitalized() || portfolioFollows) && !Folding.isPossessive(tokens.get(match[0] - 1).text())) {
                    // "Federal Minister of Defence Boris Pistorius": the title and its portfolio are read from the title on
                    int roleEnd = portfolioFollows ? i : match[0];
                    String words = s.text().substring(tokens.get(r.nameStart).start() - s.start(), tokens.get(roleEnd - 1).end() - s.start());
                    if (r.org == null && r.country == null && COMPANY_TITLES.contains(Gazetteer.office(title.name()).toLowerCase(Locale.ROOT))
                            // ("Subcommittee Chairman Jerry Moran", "Committee Chair ...": a chair of a body with no name)
                            && !(i - r.nameStart == 1 && UNNAMED_BODIES.contains(tokens.get(r.nameStart).folded()))) {
                        // "Eskom CEO Dan Marokane": the words before a company title name the company
                        String company = s.text().substring(tokens.get(r.nameStart).start() - s.start(), tokens.get(i - 1).end() - s.start());
                        Entity employer = registry.knownOrganization(company);
                        // ("Bokoni Ridge CEO Thandeka Mokoena-Venter" after "Bokoni Ridge Platinum has promised": the
                        // company's short form)
                        employer = employer != null ? employer : registry.organizationShortenedTo(Folding.stripPossessive(company));
                        employer = employer != null ? employer : registry.namedOrganization(Folding.stripPossessive(company), null);
                        out.add(mention(employer, Mention.Kind.ORGANIZATION, s, r.nameStart, i, quotes));
                        r.companyOfPerson = employer;
                    }
                    r.role = r.role == null ? words : r.role + " " + words;
                    r.nameStart = -1;
                    i = roleEnd;
                    continue;
                }
            }
            if (r.nameStart >= 0 && r.role == null && r.org == null && r.countryEntry == null && !capital
                    && nameBeforeLowerCaseMinister(tokens, i)) {
                // "Jal Shakti minister CR Patil", "Railway minister Ashwini Vaishnaw": the capitalised words before a
                // lower-case "minister" are the portfolio, and the name follows
                r.role = nameText(tokens, r.nameStart, i + 1);
                r.nameStart = -1;
                i++;
                continue;
            }
            int listAnd = r.nameStart >= 0 && t.text().equals(",") ? organisationListAnd(tokens, i) : -1;
            if (listAnd > 0) {
                // "Senate Health, Education, Labor and Pensions Committee": one name with a list inside
                i = listAnd + 1;
                continue;
            }
            if (r.nameStart >= 0 && t.text().equals("and")
                    && (r.role == null || r.nameStart > 0 && tokens.get(r.nameStart - 1).text().equals(","))
                    && organisationHeadFollows(tokens, i + 1)) {
                // "National Security and Defense Council", "Department for Energy Security and Net Zero": one name (not
                // after a title: "Mayor Andrew J. Ginther and Columbus City Council" are two; but a role's comma opens
                // the name's title: "His Zambian counterpart, Transport and Logistics Minister Frank Tayali")
                i++;
                continue;
            }
            if (r.nameStart >= 0 && t.text().equals("&") && i + 1 < n && tokens.get(i + 1).isCapitalized()) {
                // "Transport & Environment", "Procter & Gamble": one organisation's name
                i++;
                continue;
            }
            int placeAdjective = capital && r.nameStart < 0 ? placeAdjectiveEnd(tokens, i) : i;
            if (placeAdjective > i) {
                // "Düsseldorf-based Rheinmetall": where the company sits is no part of its name
                i = placeAdjective;
                r.groupStart = i;
                continue;
            }
            if (capital && r.nameStart < 0 && r.role != null && bodyOfTitle(tokens, i, registry)) {
                // "Chairman NDMA Lt Gen Inam Haider Malik", "DG ISPR Lt Gen Ahmed Sharif Chaudhry": the acronym of the
                // body after a title is the title's, and the name starts after it
                r.role = r.role + " " + t.text();
                i++;
                continue;
            }
            if (capital && r.nameStart < 0 && r.role == null && i > 0 && ORDINAL.matcher(tokens.get(i - 1).text()).matches()
                    && ELECTORAL_AREAS.contains(t.folded())) {
                // "Teresa Okafor, 31st Ward, who chairs ...", "Rep. Jane Doe, 5th District": where a member was elected,
                // no body that speaks
                break;
            }
            if (capital && r.nameStart >= 0 && i > r.nameStart && HEADS_BEFORE_HOLDER.contains(tokens.get(i - 1).text())
                    && VIETNAMESE_FAMILY_NAMES.contains(t.text()) && i + 1 < n && tokens.get(i + 1).isCapitalized()) {
                // "the municipal People's Committee Nguyen Van Duoc": the committee, then its chairman's name (a
                // Vietnamese name opens with the family name, which no given-name list knows)
                break;
            }
            if (r.nameStart >= 0 && i > r.nameStart && tokens.get(i - 1).text().length() > 1
                    && tokens.get(i - 1).text().endsWith("/")) {
                // "Shafaq News/ The Association of the Petroleum Industry of Kurdistan said": an outlet's dateline
                // ends with the slash, and the name after it is another
                break;
            }
            if (capital && r.nameStart > 0 && i - r.nameStart == 1 && isAcronym(tokens.get(r.nameStart).text())
                    && tokens.get(r.nameStart - 1).folded().equals("the") && gazetteer.isGivenName(t.text()) && i + 1 < n
                    && tokens.get(i + 1).isCapitalized() && !isAllCaps(t.text())) {
                // "the head of the RMA Ivan Fedorov": the body's acronym, then its head's name (initials that open a
                // name, "KT Rama Rao", follow no "the")
                break;
            }
            if (capital && r.nameStart >= 0 && i - r.nameStart == 1 && isAcronym(tokens.get(r.nameStart).text())
                    && Words.PERSONAL_HONORIFICS.contains(t.folded()) && i + 1 < n && tokens.get(i + 1).isCapitalized()) {
                // "TAG Dr Tedros Adhanom Ghebreyesus", a transcript's speaker key: the initials, then the name they
                // stand for; no organisation is named "TAG Dr ..."
                break;
            }
            if (r.nameStart >= 0 && i > r.nameStart && tokens.get(i - 1).text().equals("Local") && t.text().matches("\\d{1,5}")) {
                // "Amalgamated Transit Union Local 1505", "Teamsters Local 696": a union's local is known by its number
                i++;
                continue;
            }
            if (capital && r.nameStart >= 0 && r.role != null && HEADLINE_PREPOSITIONS.contains(t.text())) {
                // "Press Gaggle by Press Secretary Karoline Leavitt Aboard Air Force One", "Remarks by President Trump At
                // Cabinet Meeting": in a title-case headline a preposition ends the titled person's name ("To" is left
                // out: "General Secretary To Lam")
                break;
            }
            if (capital || (particle && (r.nameStart >= 0 || i == from || r.role != null))) {
                if (r.nameStart < 0) {
                    r.nameStart = i;
                }
                i++;
                if (Folding.isPossessive(t.text()) && !possessiveInsideName(tokens, i)) {
                    // "Swiss People's Party", "the Children's Investment Fund Foundation", "the People's Liberation Army"
                    // go on: a possessive inside an organisation's name (a person's, "Lee's Democratic Party", does not)
                    break;
                }
                if (t.text().length() == 1 && i + 1 < n && tokens.get(i).text().equals(".") && tokens.get(i).start() == t.end()
                        && tokens.get(i + 1).isCapitalized()) {
                    // "Tore O. Sandvik": a middle initial and its full stop
                    i++;
                    continue;
                }
                // "Jae-myung", "Moon-soo": a hyphenated given name is one word of the name
                int chained = hyphenatedWordEnd(tokens, i);
                if (chained > i) {
                    i = chained;
                    if (Folding.isPossessive(tokens.get(i - 1).text())) {
                        break;
                    }
                }
                continue;
            }
            break;
        }
        r.end = i;
        return -1;
    }

    /** Drops what cannot end a name: trailing particles ("von der") and a company officer's title with no name after it. */
    private void trimRunEnd(List<Token> tokens, NameRun r) {
        if (r.nameStart >= 0) {
            // a trailing particle is not part of a name, nor a company officer's title with no name after it
            while (r.end > r.nameStart && (PARTICLES.contains(tokens.get(r.end - 1).folded()) || officerTitleClosing(tokens, r.nameStart, r.end))) {
                r.end--;
            }
            if (r.end == r.nameStart) {
                // particles only ("von der"): no name after all
                r.nameStart = -1;
            }
        }
        r.withLegalForm = r.end;
    }

    /**
     * Offices named bare that speak for the state they serve: "Treasury said", and South Africa's, Nigeria's or
     * Ghana's "the Presidency said" (annotators write the country, or the president; never an office).
     */
    private static final Set<String> BARE_STATE_OFFICES = Words.set("Treasury", "Presidency");

    /**
     * "Treasury said it would expand its buyback program", "Kenya's Treasury said": a finance ministry written without
     * its article, as "the Treasury", is its country's (the one named before it, else the story's), and so is "the
     * Presidency"; whether it was read.
     */
    private boolean readBareStateOffice(Sentence s, NameRun r, QuotedRegions quotes, EntityRegistry registry,
                                        List<Mention> out) {
        List<Token> tokens = s.tokens();
        if (!BARE_STATE_OFFICES.contains(tokens.get(r.nameStart).text()) || r.end >= tokens.size()
                || !gazetteer.isReportingVerb(tokens.get(r.end).text())
                    && !TREASURY_ACTS.contains(tokens.get(r.end).folded())) {
            return false;
        }
        Entity state = r.country != null ? registry.country(r.country) : registry.home();
        if (state == null) {
            return false;
        }
        int start = r.country != null && r.countryEnd == r.nameStart ? r.countryStart : r.nameStart;
        out.add(mention(state, Mention.Kind.ROLE, s, start, r.end, quotes));
        return true;
    }

    /**
     * A name of two words or more that its surroundings make a body's, not a person's: the employer before a staff role
     * and its holder, the body a person is "of", a name that says where it is based, a name a business noun introduces;
     * whether it was read so.
     */
    private boolean readBodyBySurroundings(Sentence s, NameRun r, String name, int nameWords, QuotedRegions quotes,
                                           EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        if (r.role == null && nameWords >= 2 && employsTheNamedPerson(tokens, r.end)
                && namesNoKnownPerson(registry, name, tokens.get(r.nameStart))) {
            // "Barratt Redrow chief executive David Thomas said the group would ...": two capitalised words before a
            // lower-case staff role and its holder's name are the employer, not a person (whose first word would be a
            // given name: "Donald Trump spokesman Steven Cheung")
            out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), r.country), Mention.Kind.ORGANIZATION,
                    s, r.nameStart, r.end, quotes));
            return true;
        }
        if (r.role == null && r.country == null && r.org == null && namesPersonsEmployer(s, r.nameStart, out)
                && namesNoKnownPerson(registry, name, tokens.get(r.nameStart))) {
            // "said Thandile Chinyavanhu of Greenpeace Africa. The group said it would": the body a person is "of"
            out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), null), Mention.Kind.ORGANIZATION, s,
                    r.nameStart, r.end, quotes));
            return true;
        }
        if (r.role == null && r.country == null && r.org == null && nameWords >= 2
                && Tokens.placeCompoundStart(tokens, r.nameStart) >= 0
                && namesNoKnownPerson(registry, name, tokens.get(r.nameStart))) {
            // "analyst Cem Yıldırım of Istanbul-based Anatolia Energy Research said": a name that says where it is
            // based is a body's, not a person's
            out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), null), Mention.Kind.ORGANIZATION, s,
                    r.nameStart, r.end, quotes));
            return true;
        }
        if (r.role == null && nameWords >= 2 && r.nameStart > 0 && !tokens.get(r.nameStart - 1).isCapitalized()
                && describesABusiness(tokens.get(r.nameStart - 1).folded())
                && namesNoKnownPerson(registry, name, tokens.get(r.nameStart))) {
            // "Swedish steelmaker Nordhavn Stål said": the name a business noun introduces is the business's, whatever
            // its words (a given name first would make it its owner's: "the group's founder, Anna Lind")
            out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), r.country), Mention.Kind.ORGANIZATION,
                    s, r.nameStart, r.end, quotes));
            return true;
        }
        return false;
    }

    /** Whether {@code name} is no person's the article knows and its first word, {@code first}, is no given name. */
    private boolean namesNoKnownPerson(EntityRegistry registry, String name, Token first) {
        return registry.person(name, false) == null && !gazetteer.isGivenName(first.text());
    }

    /**
     * The run with a name in it: an organisation the gazetteer does not know, an office, a company or a person, with
     * what the run read before the name. Returns the token after the mention, or -1 when the name makes none.
     */
    private int readNamed(Sentence s, NameRun r, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int[] match = new int[1];
        int from = r.from;
        while (r.end - 1 > r.nameStart && isLegalForm(tokens, r.end - 1)) {
            // "Northwind Energy A/S", "Andes Lithium Corp.": the company is its name without the legal form
            r.end--;
        }
        if (r.end < r.withLegalForm && r.end - 1 > r.nameStart && tokens.get(r.end - 1).text().equals("&")) {
            // "Eli Lilly & Co.", "Mitsui & Co.": the "&" goes with the form, "Eli Lilly"
            r.end--;
        }
        if (r.end < r.withLegalForm && tokens.get(r.end).text().equals("A")) {
            // "A/S" comes out of the tokenizer as "A" "/" "S": all three are the legal form
            r.withLegalForm = Math.min(n, r.end + 3);
        }
        int nameWords = r.end - r.nameStart;
        String head = Folding.stripPossessive(tokens.get(r.end - 1).folded());
        if (nameWords == 1 && r.role == null && readBareStateOffice(s, r, quotes, registry, out)) {
            return r.end;
        }
        if (nameWords > 2 && NATIONAL_SUFFIXES.contains(head) && ORG_HEADS.contains(tokens.get(r.end - 2).folded())) {
            // "Offshore Energies UK", "Energy Networks Australia": a body named for its trade, then its country
            head = tokens.get(r.end - 2).folded();
        }
        // ("Yang Uk, a research fellow": a Korean given name, not the country's initials)
        boolean nationalBody = nameWords >= 2 && NATIONAL_BODY_SUFFIXES.contains(head)
                && (head.length() > 3 || tokens.get(r.end - 1).text().startsWith(head.toUpperCase(Locale.ROOT)))
                && !gazetteer.isGivenName(tokens.get(r.nameStart).text());
        int kindEnd = r.role == null ? kindNounEnd(tokens, r.nameStart, r.end) : -1;
        if (kindEnd > 0) {
            // "the Usdaw union said", "the Wagner group will": the name with a lower-case noun of its kind
            Entity e = registry.namedOrganization(Folding.stripPossessive(nameText(tokens, r.nameStart, r.end)), r.country);
            out.add(mention(e, Mention.Kind.ORGANIZATION, s, r.nameStart, kindEnd, quotes));
            return kindEnd;
        }
        if (r.role == null && r.end < n && PARTY_NOUNS.contains(tokens.get(r.end).text())) {
            // "the Congress party", "the Labour party": the lower-case noun completes a name that is a common word;
            // "the opposition Tisza party", "the SPOLU coalition" are named without it, as annotators name them
            // (22 of 29)
            boolean commonWord = nameWords == 1 && POLITICAL_WORDS.contains(tokens.get(r.nameStart).folded());
            String orgName = s.text().substring(tokens.get(r.nameStart).start() - s.start(),
                    tokens.get(commonWord ? r.end : r.end - 1).end() - s.start());
            Entity e = registry.namedOrganization(orgName, r.country);
            out.add(mention(e, Mention.Kind.ORGANIZATION, s, r.nameStart, r.end + 1, quotes));
            return r.end + 1;
        }
        if (r.role == null && nameWords == 1 && ORG_HEADS.contains(head) && !Folding.isPossessive(tokens.get(r.end - 1).text())
                && (r.end >= n || !tokens.get(r.end).folded().equals("of")) && r.nameStart > 0
                && tokens.get(r.nameStart - 1).folded().equals("the")) {
            // "the Parliament", "the Commission": the organisation of that kind named before
            Entity known = BackReferences.latestOrganizationNamed(out, head);
            if (known != null) {
                out.add(mention(known, Mention.Kind.ROLE, s, r.nameStart - 1, r.end, quotes));
                return r.end;
            }
        }
        if (r.role == null && (ORG_HEADS.contains(head) || nationalBody || (r.end < r.withLegalForm && r.countryEnd == r.nameStart))) {
            // an organisation the gazetteer does not know: "Humanitarian Coalition", "Ministry of Defence",
            // "Government of Canada" (which is the country), "China Energy Investment Corp." (a country's name,
            // then a legal form)
            int orgTo = r.end;
            GazetteerEntry governed = head.equals("government") && nameWords == 1 && r.end + 2 < n
                    && tokens.get(r.end).folded().equals("of") && tokens.get(r.end + 1).folded().equals("the")
                    ? gazetteer.longestMatch(tokens, r.end + 2, n, match) : null;
            if (governed != null && governed.kind() == GazetteerEntry.Kind.COUNTRY) {
                // "the Government of the United States committed to ...": the country (the article before a country's
                // name is read here; before other words it opens no name: "the Ministry of the Interior")
                out.add(mention(registry.country(governed.id()), Mention.Kind.COUNTRY, s, r.nameStart, match[0], quotes));
                return match[0];
            }
            // "Kiel Institute for the World Economy", "Council on Foreign Relations", "Center for a New American Security",
            // "Committee for a Responsible Federal Budget"
            String articleWord = r.end + 2 < n ? tokens.get(r.end + 1).folded() : "";
            boolean forA = (articleWord.equals("a") || articleWord.equals("an")) && tokens.get(r.end).folded().equals("for");
            int article = r.end + 2 < n && (articleWord.equals("the") || forA) && tokens.get(r.end + 2).isCapitalized()
                    && !head.equals("ministry") && !head.equals("government") ? 1 : 0;
            if (nameWords >= 1 && r.end + 1 + article < n && (tokens.get(r.end).folded().equals("of")
                    || tokens.get(r.end).folded().equals("for") || (tokens.get(r.end).folded().equals("on") && article == 0))
                    && tokens.get(r.end + 1 + article).isCapitalized()
                    // "the North Carolina Utilities Commission on Monday": a day, not the body's remit
                    && !Words.WEEKDAYS.contains(tokens.get(r.end + 1 + article).folded())) {
                orgTo = r.end + 1 + article;
                while (orgTo < n && !titleOpensName(tokens, orgTo, r.end + 2 + article) && (tokens.get(orgTo).isCapitalized() || ((tokens.get(orgTo).folded().equals("and")
                        || tokens.get(orgTo).folded().equals("of")) && orgTo + 1 < n && tokens.get(orgTo + 1).isCapitalized())
                        || portfolioListGoesOn(tokens, orgTo)
                        // ("the Ministry of Housing and Urban-Rural Development": a hyphen inside a word of the remit)
                        || tokens.get(orgTo).text().equals("-") && orgTo + 1 < n && tokens.get(orgTo + 1).isCapitalized()
                            && Tokens.gluedToBothNeighbours(tokens, orgTo))) {
                    // "the Ministry of Trade, Industry and Resources": a portfolio's list is part of the name
                    orgTo++;
                }
                GazetteerEntry seat = placeIn(tokens, r.end + 1, orgTo);
                if (seat != null && (head.equals("ministry") || head.equals("cabinet") || head.equals("government")
                        || head.equals("office") || head.equals("parliament"))) {
                    // "the Ministry of Defense of Ukraine": a ministry is its country
                    out.add(mention(registry.country(seat.country()), Mention.Kind.COUNTRY, s, r.nameStart, orgTo, quotes));
                    return orgTo;
                }
                if (orgTo - (r.end + 1 + article) >= 3 && !endsWithPlace(tokens, r.end + 1, orgTo)
                        && !SourceDescriptions.CONNECTORS.contains(tokens.get(orgTo - 3).folded())
                        && tokens.get(orgTo - 1).isCapitalized() && tokens.get(orgTo - 2).isCapitalized()
                        && gazetteer.lookup(tokens.get(orgTo - 1).text()) == null
                        && !PLURAL_NAME_ENDS.contains(tokens.get(orgTo - 1).text())
                        // ("the Spanish Agency for International Development Cooperation": a remit, not a name)
                        && !gazetteer.isPortfolioWord(tokens.get(orgTo - 1).text())
                        && (orgTo >= n || !tokens.get(orgTo).text().equals(","))) {
                    // "the Ministry of Education Oksen Lisovyi noted": the name closes the run (but "the Alliance
                    // of Small Island States" ends with a plural, which is no one's surname)
                    orgTo -= 2;
                }
                GazetteerEntry place = gazetteer.longestMatch(tokens, r.end + 1, orgTo, match);
                if (head.equals("government") && place != null && place.kind() == GazetteerEntry.Kind.COUNTRY) {
                    out.add(mention(registry.country(place.id()), Mention.Kind.COUNTRY, s, r.nameStart, match[0], quotes));
                    return match[0];
                }
            }
            boolean ministry = head.equals("ministry") || tokens.get(r.nameStart).folded().equals("ministry")
                    || isGovernmentDepartment(tokens, r.nameStart, orgTo, head)
                    // "THE Australian Government will provide", "the British Government": the country, as "the
                    // Australian government" in lower case is
                    || head.equals("government") && orgTo == r.end && r.country != null
                        && (nameWords == 1 || nameWords == 2 && NATIONAL_GOVERNMENTS.contains(tokens.get(r.nameStart).folded()))
                    // "Thailand's Board of Investment (BOI) said", "Pakistan's Board of Revenue": a state's board by
                    // what it oversees, after the state's possessive
                    || r.country != null && r.countryEnd == r.nameStart && Folding.isPossessive(tokens.get(r.countryEnd - 1).text())
                        && headBeforeOf(tokens, r.nameStart - 1, orgTo) && tokens.get(r.nameStart).folded().equals("board");
            Entity ministryCountry = ministry
                    ? (r.country != null ? registry.country(r.country) : unnamedBodysCountry(s, r.nameStart, orgTo, out, registry))
                    : head.equals("department") && r.country != null ? registry.country(r.country) : null;
            if (ministryCountry != null) {
                // "the Ministry of Commerce said", "the Russian Defence Ministry": a ministry speaks and acts
                // for its country, the one named with it or else the one the article is about
                int start = r.countryEntry != null && r.countryEnd == r.nameStart ? r.countryStart : r.nameStart;
                out.add(mention(ministryCountry, Mention.Kind.COUNTRY, s, start, orgTo, quotes));
                return orgTo;
            }
            // "Korea Development Bank", "Qatar Airways": a country's name (not "Korea's") can open a company's
            boolean countryOpensName = r.countryEntry != null && r.countryEnd == r.nameStart
                    && (r.countryEntry.kind() == GazetteerEntry.Kind.DEMONYM || (r.countryEntry.kind() == GazetteerEntry.Kind.COUNTRY
                        && !Folding.isPossessive(tokens.get(r.countryEnd - 1).text())
                        && (!isAllCaps(tokens.get(r.countryStart).text()) || isCountryInitials(tokens, r.countryStart, r.countryEnd, r.countryEntry)
                            && !UnlistedStateBodies.isStateBodyId(Folding.slug(nameText(tokens, r.nameStart, orgTo)))))
                    // "Tokyo Electric Power Company Holdings Inc.": a capital's name opens a company's that has a legal
                    // form
                    || r.countryEntry.kind() == GazetteerEntry.Kind.CAPITAL && r.end < r.withLegalForm
                        && !Folding.isPossessive(tokens.get(r.countryEnd - 1).text()));
            boolean companyOfCountryName = countryOpensName && !ministry && (r.countryEntry.kind() == GazetteerEntry.Kind.COUNTRY
                    && !STATE_BODY_HEADS.contains(head) && !STATE_NOUNS.contains(head) && !STATE_AGENTS.contains(head)
                    || COMPANY_HEADS.contains(head) || r.end < r.withLegalForm);
            if (countryOpensName && r.countryEntry.kind() == GazetteerEntry.Kind.DEMONYM && orgTo == r.end && nameWords == 2
                    && SERVICE_ARMS.contains(tokens.get(r.nameStart).folded()) && (head.equals("forces") || head.equals("force"))
                    && !Folding.isPossessive(tokens.get(r.end - 1).text())) {
                // "the Turkish Naval Forces could take part": a state's forces act for it, as "the Turkish navy" does
                out.add(mention(registry.country(r.countryEntry.country()), Mention.Kind.COUNTRY, s, r.countryStart, orgTo, quotes));
                return orgTo;
            }
            if (nameWords >= 2 || orgTo > r.end || companyOfCountryName) {
                int orgFrom = countryOpensName ? r.countryStart : r.nameStart;
                String orgName = s.text().substring(tokens.get(orgFrom).start() - s.start(), tokens.get(orgTo - 1).end() - s.start());
                Entity e = registry.namedOrganization(Folding.stripPossessive(orgName), r.country != null ? r.country : r.org != null ? r.org.country() : null);
                int start = r.countryEntry != null && r.countryEnd == r.nameStart ? r.countryStart : r.nameStart;
                out.add(mention(e, Mention.Kind.ORGANIZATION, s, start, orgTo, quotes));
                return orgTo;
            }
        }
        GazetteerEntry last = nameWords >= 2 ? gazetteer.lookup(tokens.get(r.end - 1).text()) : null;
        if (last != null && last.kind() == GazetteerEntry.Kind.TITLE && isPortfolioHead(last.name())
                && (r.end >= n || !tokens.get(r.end).isCapitalized()) && !EntityRegistry.POST_NOMINALS.contains(last.name())) {
            // "the U.S. Trade Representative said": an office, not a person ("John Healey MP" is a person)
            int from0 = r.countryEntry != null && r.countryEnd == r.nameStart ? r.countryStart : r.nameStart;
            if (r.end < n && tokens.get(r.end).text().equals(",") && capitalisedNameFollows(tokens, r.end)
                    && !startsPortfolioHead(tokens, r.end + 1)) {
                // "The TUC President, Festus Osifo, said": the office of the person named after its comma, who
                // speaks (read from the name on); not a list of offices ("Dominion Chair, President and CEO Robert
                // Blue said")
                return r.end;
            }
            String office = s.text().substring(tokens.get(from0).start() - s.start(), tokens.get(r.end - 1).end() - s.start());
            Entity e = registry.namedOrganization(office, r.country);
            out.add(mention(e, Mention.Kind.ORGANIZATION, s, from0, r.end, quotes));
            return r.end;
        }
        String name = nameText(tokens, afterPortfolio(tokens, r.nameStart, r.end, r.role), r.end);
        String peerage = r.role == null ? null : r.role.substring(r.role.lastIndexOf(' ') + 1);
        if (nameWords == 1 && peerage != null && PEERAGES.contains(peerage) && registry.person(name, false) == null) {
            // "Lord Collins", "Baroness Chapman": a peer is named by title and surname (unless named before in full:
            // "the development minister, Jenny Chapman, ... Lady Chapman wrote")
            name = peerage + " " + name;
        }
        if (r.role == null && name.indexOf(' ') < 0 && isSystemDesignation(name)) {
            if (joinedAcronymsOfAnUnlistedBody(Folding.stripPossessive(name)) && besideReportingVerb(tokens, r.nameStart, r.end)
                    && registry.knownOrganization(Folding.stripPossessive(name)) == null) {
                // "the PDCI-RDA said it would challenge the results": acronyms of letters joined by a hyphen, none a
                // listed name, that speak are a party's or a movement's (an acronym the article gave a name before
                // stays that name's)
                out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), r.country), Mention.Kind.ORGANIZATION,
                        s, r.nameStart, r.end, quotes));
                return Math.max(r.end, from + 1);
            }
            // "IRIS-T", "F-35", "S-400": a weapon or product, nobody's name
            return Math.max(r.end, from + 1);
        }
        if (r.role == null && nameWords == 1 && r.end + 1 < n && tokens.get(r.end).folded().equals("and")
                && tokens.get(r.end + 1).isCapitalized() && gazetteer.isPortfolioWord(tokens.get(r.nameStart).text())) {
            // "Energy and Mineral Resources Minister Bahlil Lahadalia": the first portfolio of a minister's title, not
            // the short name of a body named before ("the Energy Transition Partnership")
            return Math.max(r.end, from + 1);
        }
        if (r.role == null && r.end - r.nameStart >= 2 && (LAW_HEADS.contains(tokens.get(r.end - 1).text())
                || DOCUMENT_HEADS.contains(tokens.get(r.end - 1).text()))) {
            // "the Atomic Energy Act and the Civil Liability for Nuclear Damage Act would be amended": a law or a treaty,
            // nobody who speaks (and no one a later "she" stands for)
            return Math.max(r.end, from + 1);
        }
        boolean nextToVerb = besideReportingVerb(tokens, r.nameStart, r.end) || properNounActsFirst(s, r.nameStart, r.end, registry)
                || groupActsThenReports(s, r.nameStart, r.end) || thingOpensSentence(s, r.nameStart, r.end);
        Entity namedOrganization = r.role == null ? organizationByItsWords(tokens, r.nameStart, r.end, r.end < r.withLegalForm,
                r.country, r.org == null, registry) : null;
        if (namedOrganization != null) {
            out.add(mention(namedOrganization, Mention.Kind.ORGANIZATION, s, r.nameStart, r.end, quotes));
            return Math.max(r.withLegalForm, from + 1);
        }
        Entity person = null;
        if (r.role == null && nameWords >= 4 && splitAtInnerTitle(s, r.nameStart, r.end, registry, out, quotes)) {
            return r.end;
        }
        Entity shortened = r.role == null && nameWords >= 2 ? registry.organizationShortenedTo(name) : null;
        if (shortened != null) {
            // "Granite Peak managing partner Laura Bishop" after "Granite Peak Capital": the organisation, shortened
            out.add(mention(shortened, Mention.Kind.ORGANIZATION, s, r.nameStart, r.end, quotes));
            return Math.max(r.end, from + 1);
        }
        Entity titlesCompany = organisationClosingRole(r.role, name, registry);
        if (titlesCompany != null) {
            // "said Anneli Kask, Chief Executive Officer of Lyra Energy Storage": the company named before, not a
            // person called "Energy Storage"
            out.add(mention(titlesCompany, Mention.Kind.ORGANIZATION, s, r.groupStart, r.end, quotes));
            return Math.max(r.end, from + 1);
        }
        if (r.role == null && nameWords >= 2 && BackReferences.endsLikeATradeUnion(Folding.stripPossessive(name))
                && !name.endsWith(" Union") && registry.person(name, false) == null) {
            // "The United Steelworkers said the union would ...": a name that ends in its members ("Steelworkers",
            // "Machinists") is a union's, nobody's
            out.add(mention(registry.namedOrganization(Folding.stripPossessive(name), r.country), Mention.Kind.ORGANIZATION, s,
                    r.nameStart, r.end, quotes));
            return Math.max(r.withLegalForm, from + 1);
        }
        if (r.role == null && name.indexOf('-') > 0 && ACRONYM_COMPOUND.matcher(name).matches()) {
            // "cut the BI-Rate", "the EU-Mercosur deal": an acronym joined to a word names a thing, nobody
            return Math.max(r.end, from + 1);
        }
        if (r.role == null && nameWords >= 2 && ROMAN_NUMERAL.matcher(tokens.get(r.nameStart).text()).matches()
                && !isAllCaps(tokens.get(r.nameStart + 1).text())) {
            // "the ministry's offices on Via XX Settembre", "the XIV Corps": a name that opens with a Roman numeral is a
            // street's, a date's or a unit's; nobody is called so (a transcript's "XI JINPING:" is all capitals)
            return Math.max(r.end, from + 1);
        }
        if (readBodyBySurroundings(s, r, name, nameWords, quotes, registry, out)) {
            return Math.max(r.withLegalForm, from + 1);
        }
        if (nameWords >= 2 || r.role != null) {
            Entity namesake = nameWords == 1 ? registry.namesakeHoldingRole(name, r.role) : null;
            person = namesake != null ? namesake : registry.person(name, true);
        } else if (nameWords == 1) {
            boolean staff = Folding.isPossessive(tokens.get(r.end - 1).text()) && r.end < n
                    && STAFF_NOUNS.contains(tokens.get(r.end).folded());
            // a famous surname alone ("Putin said") is a person; so is "Zelensky's office"
            boolean acronym = isAcronym(Folding.stripPossessive(name)) && Folding.stripPossessive(name).length() >= 3;
            // "CEPI's chief executive": an acronym is an organisation's, unless it is the surname of someone
            // already named ("HATCHETT:" in a transcript)
            person = registry.person(name, !acronym && (staff || (nextToVerb && gazetteer.officialBySurname(name) != null)));
            Entity knownOrg = person == null ? registry.knownOrganization(name) : null;
            // ("A KNDS spokesperson said", "a BYD spokesman": capitals before their spokesperson, without a possessive,
            // are the organisation's, the one spelled out before if any: "an IATA spokesperson")
            boolean spokespersonAfter = r.end < n && SPOKESPEOPLE.contains(tokens.get(r.end).text());
            if (knownOrg == null && person == null && acronym && spokespersonAfter) {
                knownOrg = registry.spelledOut(Folding.stripPossessive(name));
            }
            if (knownOrg == null && person == null && acronym && (staff || spokespersonAfter)) {
                knownOrg = registry.namedOrganization(Folding.stripPossessive(name), null);
            }
            if (knownOrg != null) {
                // "Shell" again, after "Shell said it would ...": the organisation met before
                out.add(mention(knownOrg, Mention.Kind.ORGANIZATION, s, r.nameStart, r.end, quotes));
                return Math.max(r.end, from + 1);
            }
            boolean described = r.nameStart > 0 && describesABusiness(tokens.get(r.nameStart - 1).folded())
                    || namedInApposition(tokens, r.nameStart, r.end);
            // "Diehl chief executive Helmut Rauch", "Airbus commercial chief Benoit ...": a word with staff
            // after it is their employer
            // (not "Participants are Chief Executive Anna Lindqvist and ...": a verb between them is no department)
            int staffRole = r.end + 1 < n && !tokens.get(r.end).isCapitalized() && tokens.get(r.end).isWord()
                    && !ORG_HEADS.contains(tokens.get(r.end).text()) && STAFF_ROLES.contains(tokens.get(r.end + 1).folded())
                    && !s.isVerbAt(r.end)
                    ? r.end + 1 : r.end;
            // ("Personnel chief Martin Seiler", "Finance chief ...": a department of the company, named before, is no
            // employer of its own)
            boolean employer = staffRole + 1 < n && STAFF_ROLES.contains(tokens.get(staffRole).folded())
                    && !(nameWords == 1 && (gazetteer.isPortfolioWord(name) || CORPORATE_FUNCTIONS.contains(Folding.fold(name))))
                    && (tokens.get(staffRole + 1).isCapitalized()
                        || (staffRole + 2 < n && tokens.get(staffRole + 2).isCapitalized()));
            boolean legalFormOnly = EntityRegistry.LEGAL_FORMS.contains(name) || name.length() == 1;
            boolean company = r.end < r.withLegalForm;
            // "Sweden's Saab said it could ...": a lone name after a country's possessive, acting, is its company, as
            // is one with a legal form that opens the sentence ("Taiwan's CPC Corp., which signed its own letter of
            // intent, said"; not "MMG Las Bambas, which is controlled by China's MMG Limited, said")
            boolean homeCountry = r.country != null && r.countryEnd == r.nameStart && nameWords == 1
                    && (nextToVerb || company && (r.countryStart == 0 || !tokens.get(r.countryStart - 1).isWord()))
                    && Folding.isPossessive(tokens.get(r.countryEnd - 1).text());
            if (homeCountry && person == null && r.role == null && r.org == null && !legalFormOnly) {
                out.add(mention(registry.namedOrganization(name, r.country), Mention.Kind.ORGANIZATION, s, r.nameStart, r.end, quotes));
                return Math.max(r.withLegalForm, from + 1);
            }
            if (person == null && (nextToVerb || described || employer || company) && r.role == null && r.country == null
                    && r.org == null && !legalFormOnly && !endsNameAfterOf(tokens, r.nameStart)) {
                // ("AG said" after "Vestas AG", "S said" after "Orsted A/S": the legal form, not another company;
                // a name with a legal form is a company's)
                // "Microsoft pledged", "Shell said it would": news introduces people with their full
                // name, so a lone unknown capitalised word that acts is an organisation or a group
                Entity e = actingOrganisation(name, registry);
                out.add(mention(e, e.type() == EntityType.GROUP ? Mention.Kind.GROUP : Mention.Kind.ORGANIZATION, s,
                        r.nameStart, r.end, quotes));
                return Math.max(r.withLegalForm, from + 1);
            }
        }
        if (person != null) {
            markGender(person, r.role);
            if (r.role != null && r.org != null && gazetteer.regionCountry(r.org.id()) != null && r.orgEnd <= r.nameStart) {
                // "Illinois Gov. JB Pritzker": the region's governor
                r.role = r.org.name() + " " + r.role;
                r.org = unlessElectedToTheNation(person, r.org, r.role);
            }
            person.addRole(withoutHonorifics(r.role));
            if (r.companyOfPerson != null) {
                person.addOrganization(r.companyOfPerson.id());
            }
            if (r.country != null && (r.role != null || r.countryEnd == r.nameStart)) {
                person.addCountry(r.country);
            } else if (r.countryEntry != null) {
                flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, null, -1, -1);
            }
            if (r.org != null) {
                person.addOrganization(r.org.id());
                person.addCountry(r.org.country());
            }
            int start = r.role != null || (r.country != null && r.countryEnd == r.nameStart) || r.org != null ? r.groupStart : r.nameStart;
            out.add(mention(person, Mention.Kind.NAME, s, start, r.end, quotes));
            return Math.max(r.end, from + 1);
        }
        return -1;
    }

    /**
     * The run without a name (or with one that made no mention): a surname that is also a title word, an
     * organisation's or a country's unnamed staff, a country's group or state body, a capitalised group. Returns the
     * token after what it read.
     */
    private int readUnnamed(Sentence s, NameRun r, QuotedRegions quotes, EntityRegistry registry, List<Mention> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        int[] match = new int[1];
        int from = r.from;
        if (r.nameStart < 0 && r.role != null && r.end == from + 1 && r.countryEntry == null && r.org == null) {
            // "King told reporters" after "Madeleine King": a surname that is also a title word
            Entity known = registry.person(Folding.stripPossessive(tokens.get(from).text()), false);
            if (known != null && known.nameWords().size() >= 2) {
                out.add(mention(known, Mention.Kind.NAME, s, from, r.end, quotes));
                return r.end;
            }
        }
        // ("A Honda executive said", "two Airbus executives said": unnamed officers, after an indefinite article or a
        // number; "the EU executive" is the Commission, "Lockheed executives have said" the company)
        boolean unnamedExecutive = r.end < n && EXECUTIVES.contains(tokens.get(r.end).text()) && r.orgStart > 0
                && INDEFINITE_COUNTS.contains(tokens.get(r.orgStart - 1).folded());
        if (r.org != null && r.countryEntry == null && r.orgEnd == r.end && r.end + 3 < n && tokens.get(r.end).text().equals("(")
                && tokens.get(r.end + 2).text().equals(")") && PARTY_PEOPLE.contains(tokens.get(r.end + 3).text())
                && r.org.country() == null) {
            // "Opposition Law and Justice (PiS) lawmakers said": the party's people, named without the bracket
            Entity g = registry.group(s.text().substring(tokens.get(r.orgStart).start() - s.start(),
                    tokens.get(r.end - 1).end() - s.start()) + " " + tokens.get(r.end + 3).text(), null);
            g.addOrganization(r.org.id());
            out.add(mention(g, Mention.Kind.GROUP, s, r.orgStart, r.end + 4, quotes));
            return r.end + 4;
        }
        if (r.org != null && r.countryEntry == null && r.orgEnd == r.end && r.end < n
                && (STAFF_SOURCES.contains(tokens.get(r.end).text()) || unnamedExecutive
                    || PARTY_PEOPLE.contains(tokens.get(r.end).text()))
                && !tokens.get(r.end).isCapitalized() && r.org.country() == null) {
            if (Folding.isPossessive(tokens.get(r.end - 1).text()) && !tokens.get(r.end).text().endsWith("s")) {
                // "The European Union's negotiator said the bloc ...": its one officer speaks as the office does, for it
                out.add(mention(registry.organization(r.org), Mention.Kind.ROLE, s, r.orgStart, r.end + 1, quotes));
                return r.end + 1;
            }
            // "two EU diplomats said", "a NATO official said": unnamed staff of the organisation speak as a group
            // named by the words ("EU diplomats"); what they commit to is the organisation's. (A state body's
            // staff, "a State Department official", speak for their country, as the body does.)
            Entity g = registry.group(s.text().substring(tokens.get(r.orgStart).start() - s.start(),
                    tokens.get(r.end).end() - s.start()), null);
            g.addOrganization(r.org.id());
            out.add(mention(g, Mention.Kind.GROUP, s, r.orgStart, r.end + 1, quotes));
            return r.end + 1;
        }
        if (r.countryEntry != null || r.org != null) {
            if (r.countryEntry != null && r.countryEntry.kind() == GazetteerEntry.Kind.COUNTRY && r.org == null && r.end < n
                    && tokens.get(r.end).text().equals("negotiator") && Folding.isPossessive(tokens.get(r.end - 1).text())) {
                // "Saudi Arabia's negotiator said in the plenary": the state's voice in the talks, as its representative
                // or its delegate is (annotators wrote the country, 3 times in 3)
                out.add(mention(registry.country(r.countryEntry.id()), Mention.Kind.COUNTRY, s, r.countryStart, r.end + 1, quotes));
                return r.end + 1;
            }
            if (r.countryEntry != null && r.countryEntry.kind() != GazetteerEntry.Kind.CAPITAL && r.org == null && r.end < n
                    && STAFF_SOURCES.contains(tokens.get(r.end).text()) && !tokens.get(r.end).text().endsWith("s")) {
                // "a senior U.S. official said": one unnamed official, named by the words ("U.S. official")
                Entity g = registry.group(s.text().substring(tokens.get(r.countryStart).start() - s.start(),
                        tokens.get(r.end).end() - s.start()), r.countryEntry.id());
                out.add(mention(g, Mention.Kind.GROUP, s, r.countryStart, r.end + 1, quotes));
                return r.end + 1;
            }
            if (r.countryEntry != null && r.countryEntry.kind() != GazetteerEntry.Kind.CAPITAL && r.org == null && r.end < n) {
                // "European officials", "Ukrainian negotiators": a group with a country
                Token next = tokens.get(r.end);
                if (r.countryEntry.kind() == GazetteerEntry.Kind.DEMONYM || Folding.isPossessive(tokens.get(r.end - 1).text())) {
                    // "the Swiss government", "Congolese authorities", "the Chinese commerce ministry",
                    // "China's foreign ministry": the state itself
                    for (int k = r.end; k < Math.min(n, r.end + 3); k++) {
                        Token w = tokens.get(k);
                        boolean centralBank = w.text().equals("bank") && k > r.end && tokens.get(k - 1).folded().equals("central");
                        // "Germany's governing coalition has agreed": the parties in government act as the state
                        boolean governingCoalition = w.text().equals("coalition") && k > r.end
                                && (tokens.get(k - 1).folded().equals("governing") || tokens.get(k - 1).folded().equals("ruling"));
                        // ("the Swedish and Norwegian governments", "no Hungarian soldier will": see statesPeople)
                        if (centralBank && setsMonetaryPolicy(tokens)) {
                            // "Mexico's central bank cut its benchmark interest rate": the bank acts as itself, as
                            // annotators name it; not "Russia's central bank said it would sue Euroclear" (the state)
                            out.add(mention(registry.centralBankOf(r.countryEntry.id()), Mention.Kind.ORGANIZATION, s,
                                    r.countryStart, k + 1, quotes));
                            return k + 1;
                        }
                        if (STATE_NOUNS.contains(w.text()) || statesPeople(tokens, r.countryStart, k, k == r.end) || centralBank || governingCoalition || (k == r.end && (w.text().equals("side") || (STATE_AGENTS.contains(w.text()) && actsNext(tokens, k + 1))))) {
                            // "the Chinese side will": translated news speaks of a state as its side
                            addCoordinatedDemonym(s, r.countryStart, quotes, registry, out);
                            out.add(mention(registry.country(r.countryEntry.id()), Mention.Kind.COUNTRY, s, r.countryStart, k + 1, quotes));
                            return k + 1;
                        }
                        if (w.isCapitalized() || !w.isWord() || k == r.end + 2) {
                            break;
                        }
                    }
                }
                int staff = r.countryEntry.kind() == GazetteerEntry.Kind.DEMONYM ? statesSpokesperson(tokens, r.end) : -1;
                if (staff > 0) {
                    // "An Israeli military spokesperson said", "a Turkish defence ministry spokesman": the state's voice
                    out.add(mention(registry.country(r.countryEntry.id()), Mention.Kind.COUNTRY, s, r.countryStart, staff + 1, quotes));
                    return staff + 1;
                }
                int described = Folding.isPossessive(tokens.get(r.end - 1).text()) ? describedCompany(s, r.end, quotes, registry, out) : -1;
                if (described > 0) {
                    return described;
                }
                int groupEnd = groupNounEnd(tokens, r.end, Folding.isPossessive(tokens.get(r.end - 1).text()));
                if (groupEnd > 0) {
                    // "European officials", "Brazil's agriculture lobby": a group of the country, not the state
                    Entity g = registry.group(s.text().substring(tokens.get(r.countryStart).start() - s.start(),
                            tokens.get(groupEnd - 1).end() - s.start()), r.countryEntry.id());
                    out.add(mention(g, Mention.Kind.GROUP, s, r.countryStart, groupEnd, quotes));
                    return groupEnd;
                }
            }
            flush(s, quotes, registry, out, r.countryEntry, r.countryStart, r.countryEnd, r.org, r.orgStart, r.orgEnd);
        } else if (r.end + 1 < n && r.end == from + 1 && from == 0 && !DETERMINERS.contains(tokens.get(from).folded())
                && !PRONOUNS.contains(tokens.get(from).folded())
                && gazetteer.longestMatch(tokens, from, n, match) == null
                && tokens.get(r.end).isWord() && !tokens.get(r.end).isCapitalized()
                && !gazetteer.isReportingVerb(tokens.get(r.end).text()) && !GROUP_PREPOSITIONS.contains(tokens.get(r.end).folded())
                && gazetteer.isGroupNoun(tokens.get(r.end + 1).text()) && !OFFICIAL_GROUPS.contains(tokens.get(r.end + 1).folded())) {
            // "Human rights groups said": a group named by two words, the first capitalised only because it
            // opens the sentence (but "According to sources at the prime minister's office, Albania will ..." names
            // no group: a preposition links words, it modifies none)
            Entity g = registry.group(s.text().substring(tokens.get(from).start() - s.start(), tokens.get(r.end + 1).end() - s.start()), null);
            out.add(mention(g, Mention.Kind.GROUP, s, from, r.end + 2, quotes));
            return r.end + 2;
        } else if (r.end < n && r.end == from + 1 && !DETERMINERS.contains(tokens.get(from).folded())
                && (gazetteer.isGroupNoun(tokens.get(r.end).text())
                    || (r.end + 1 < n && isServiceModifier(tokens.get(r.end)) && gazetteer.isGroupNoun(tokens.get(r.end + 1).text())))) {
            // "European officials", "African finance ministers": capitalised adjective (+ service) + group noun
            int groupEnd = gazetteer.isGroupNoun(tokens.get(r.end).text()) ? r.end + 1 : r.end + 2;
            Entity g = registry.group(s.text().substring(tokens.get(from).start() - s.start(), tokens.get(groupEnd - 1).end() - s.start()), null);
            out.add(mention(g, Mention.Kind.GROUP, s, from, groupEnd, quotes));
            return groupEnd;
        }
        return Math.max(r.end, from + 1);
    }

    /**
     * "Member states will contribute", "Member countries agreed": the members of a body, opening the sentence, no body
     * called "Member" ("Member States", capitalised as the body's own texts write it, stays a name).
     */
    private static boolean membersOfABody(List<Token> tokens, int i) {
        return tokens.get(i).folded().equals("member") && i + 1 < tokens.size() && !tokens.get(i + 1).isCapitalized();
    }

    /** Most words of a name in capitals that labels a transcript's line: "MARIA DA GRAÇA CARVALHO:". */
    private static final int MAX_LABEL_WORDS = 4;

    /** The token after the colon of a line's label of two to four words in capitals ("TOM ELLERY:"), or -1. */
    private static int speakerLabelEnd(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && k < MAX_LABEL_WORDS && tokens.get(k).isWord() && isAllCaps(tokens.get(k).text())) {
            k++;
        }
        return k >= 2 && k < tokens.size() && tokens.get(k).text().equals(":") ? k + 1 : -1;
    }

    /** The person of the article whose whole name {@code tokens[0, to)} writes in capitals ("TOM ELLERY"), or null. */
    private static Entity personNamedInCapitals(List<Token> tokens, int to, EntityRegistry registry) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < to; k++) {
            b.append(b.length() > 0 ? " " : "").append(tokens.get(k).text());
        }
        String name = Folding.fold(b.toString());
        for (Entity p : registry.persons()) {
            if (Folding.fold(p.name()).equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the run {@code r} is two words in which no country, organisation or title was read. */
    private static boolean twoPlainWords(NameRun r) {
        return r.end == r.from + 2 && r.countryEntry == null && r.org == null && r.role == null;
    }

    /** Whether the run {@code r} is a chamber and a party's adjective: "House Republican", "Senate Democratic". */
    private static boolean isChambersParty(List<Token> tokens, NameRun r) {
        return twoPlainWords(r) && CHAMBERS.contains(tokens.get(r.from).folded())
                && CAUCUS_PARTIES.contains(tokens.get(r.from + 1).folded());
    }

    /** Words that open the adjective of a region of countries: "West African", "Latin American", "Central Asian". */
    private static final Set<String> REGION_OPENERS = Words.set("West", "East", "North", "Central", "Latin");

    /**
     * Whether the run {@code r} is the two-word adjective of a region of countries, "West African" or "Latin American",
     * which names no country: "West African mediators said" is a group, named as annotators name it, with its region.
     */
    private static boolean isRegionalAdjective(List<Token> tokens, NameRun r) {
        return twoPlainWords(r) && REGION_OPENERS.contains(tokens.get(r.from).text())
                && tokens.get(r.from + 1).text().endsWith("an");
    }

    /** A person of the article whose family name is this country's name ("Luís Montenegro", "Jim Jordan"), or null. */
    private Entity namesake(String word, EntityRegistry registry) {
        for (Entity p : registry.persons()) {
            List<String> words = p.nameWords();
            if (words.size() >= 2 && words.get(words.size() - 1).equalsIgnoreCase(word)
                    && (p.role() != null || gazetteer.official(p.name()) != null)) {
                return p;
            }
        }
        return null;
    }

    /** "Gulf Co-operation Council" and "Gulf Cooperation Council": the same name but for hyphens, spaces and case. */
    private static boolean sameLetters(String a, String b) {
        return Folding.slug(a).replace("-", "").equals(Folding.slug(b).replace("-", ""));
    }

    /**
     * The organisation the article itself gave this acronym, which the gazetteer lists for {@code listed}, or null:
     * one it defined in brackets while it never named the listed one ("Pakistan Tehreek-i-Insaf (PTI) ... PTI
     * Secretary General Salman Akram Raja", not the Press Trust of India), else the one whose name's initials spell it.
     */
    private static Entity articlesAcronym(String word, GazetteerEntry listed, EntityRegistry registry, List<Mention> out) {
        Entity defined = isAcronym(word) && out.stream().noneMatch(m -> m.entity().id().equals(listed.id()))
                ? registry.knownOrganization(word) : null;
        return defined != null ? defined : registry.spelledOut(word);
    }

    private void flush(Sentence s, QuotedRegions quotes, EntityRegistry registry, List<Mention> out,
                       GazetteerEntry countryEntry, int countryStart, int countryEnd,
                       GazetteerEntry org, int orgStart, int orgEnd) {
        List<Mention> pending = new ArrayList<>(2);
        Entity namesake = countryEntry != null && countryEntry.kind() == GazetteerEntry.Kind.COUNTRY
                && countryEnd - countryStart == 1 ? namesake(s.tokens().get(countryStart).text(), registry) : null;
        if (namesake != null && out.stream().anyMatch(m -> m.entity().id().equals(countryEntry.id()))) {
            namesake = null;
        }
        if (namesake != null) {
            // "Portuguese Prime Minister Luís Montenegro ... Montenegro said": the person named so, not the country
            pending.add(mention(namesake, Mention.Kind.NAME, s, countryStart, countryEnd, quotes));
        } else if (countryEntry != null && countryEntry.kind() != GazetteerEntry.Kind.DEMONYM) {
            Mention.Kind kind = countryEntry.kind() == GazetteerEntry.Kind.CAPITAL ? Mention.Kind.CAPITAL : Mention.Kind.COUNTRY;
            pending.add(mention(registry.country(countryEntry.id()), kind, s, countryStart, countryEnd, quotes));
        }
        if (org != null) {
            // "International Chamber of Commerce ... The ICC, which represents 45 million companies": an acronym stands
            // for the one organisation the article spelled out with those initials before the gazetteer's
            Entity spelledOut = orgEnd - orgStart == 1
                    ? articlesAcronym(Folding.stripPossessive(s.tokens().get(orgStart).text()), org, registry, out) : null;
            Entity e = spelledOut != null && !sameLetters(spelledOut.name(), org.name()) ? spelledOut : registry.organization(org);
            pending.add(mention(e, Mention.Kind.ORGANIZATION, s, orgStart, orgEnd, quotes));
        }
        pending.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.addAll(pending);
    }

    /**
     * True when a title that a capitalised word follows starts at {@code k}, not before {@code from}: "Serum Institute
     * of India CEO Adar Poonawalla", "Bank of Ghana Governor Johnson Asiama" end the organisation's name before it.
     */
    private boolean titleOpensName(List<Token> tokens, int k, int from) {
        if (k < from || !tokens.get(k).isCapitalized()) {
            return false;
        }
        int[] match = new int[1];
        GazetteerEntry title = gazetteer.longestMatch(tokens, k, tokens.size(), match);
        return title != null && title.kind() == GazetteerEntry.Kind.TITLE && isPortfolioHead(title.name())
                && match[0] < tokens.size() && tokens.get(match[0]).isCapitalized();
    }

    /**
     * The end of the hyphenated word that token {@code i - 1} opens, or {@code i} when none goes on from it. The
     * tokenizer cuts such words in any of three ways, and a word may mix them: "Jae-" "myung", "Jean" "-Noël",
     * "Stockton" "-" "on" "-" "Tees", and "Faruk-" "e" "-" "Azam" or "Lashkar" "-" "e" "-Taiba" (the Urdu and Persian
     * "-e-" of "Tehreek-e-Insaf" and "Jamaat-e-Islami"); every piece touches the one before.
     */
    private static int hyphenatedWordEnd(List<Token> tokens, int i) {
        int n = tokens.size();
        while (i < n && tokens.get(i).start() == tokens.get(i - 1).end()) {
            Token before = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (before.text().endsWith("-") && before.text().length() > 1 && t.isWord()) {
                i++;
            } else if (t.text().length() > 1 && t.text().startsWith("-")) {
                i++;
            } else if (t.text().equals("-") && i + 1 < n && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).isWord()) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** Lower-case nouns of a site that a place's name may label: "the Victoria mill", "the Aden refinery". */
    private static final Set<String> FACILITY_NOUNS = Words.set("mill", "mills", "works", "plant", "refinery", "smelter",
            "mine", "terminal", "shipyard", "factory", "site", "field", "facility", "depot", "dam");

    private boolean besideReportingVerb(List<Token> tokens, int start, int end) {
        if (end < tokens.size() && gazetteer.isReportingVerb(tokens.get(end).text())) {
            return true;
        }
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")
                && (tokens.get(end + 1).folded().equals("which") || tokens.get(end + 1).folded().equals("whose"))) {
            // "Microsoft, which has been waiting on a connection for a second campus, said it would": the verb comes
            // after the relative clause (an organisation's "which"; a person's would be "who")
            for (int k = end + 2; k + 1 < Math.min(tokens.size(), end + 26); k++) {
                if (tokens.get(k).text().equals(",")) {
                    return gazetteer.isReportingVerb(tokens.get(k + 1).text()) || ACTING_VERBS.contains(tokens.get(k + 1).folded());
                }
            }
        }
        if (end < tokens.size() && ACTING_VERBS.contains(tokens.get(end).folded()) && end == start + 1
                && isAcronym(tokens.get(start).text())) {
            // "BYD will start building cars", "PLN plans to": nobody's name is written in capitals
            return true;
        }
        if (end < tokens.size() && ACTING_VERBS.contains(tokens.get(end).folded()) && start > 0
                && (tokens.get(start - 1).text().equals("-") || tokens.get(start - 1).text().equals("\u2014"))) {
            // "LONDON (Reuters) - Lufthansa will cut": the subject of a dateline's sentence; at the very start
            // of a sentence a capitalised word is as often a common noun ("Nobody will cross")
            return true;
        }
        if (end < tokens.size() && ACTING_VERBS.contains(tokens.get(end).folded()) && start > 0
                && (tokens.get(start - 1).text().equals(",") || tokens.get(start - 1).folded().equals("that"))) {
            // "Under the agreement, Merck will sell", "said that Foxconn plans to": a subject that is not the
            // sentence's first word, where a capitalised common noun would be odd
            return true;
        }
        if (end + 1 < tokens.size() && isAdverb(tokens.get(end).text()) && gazetteer.isReportingVerb(tokens.get(end + 1).text())) {
            return true;
        }
        if (end + 2 < tokens.size() && end == start + 1 && !looksPlural(tokens.get(start).folded())
                && PERFECT_AUXILIARIES.contains(tokens.get(end).folded())
                && (SENTENCE_ADVERBS.contains(tokens.get(end + 1).folded()) || isAdverb(tokens.get(end + 1).text()))
                && gazetteer.isReportingVerb(tokens.get(end + 2).text())) {
            // "Rheinmetall has also said it would", "Nordwind had already confirmed that": an adverb inside the perfect
            // (not "Steelmakers have long said": a plural is a common noun)
            return true;
        }
        if (end == start + 1 && end < tokens.size() && ACTING_VERBS.contains(tokens.get(end).folded())
                && afterPossessive(tokens, start)) {
            // "Russia's Gazprom will raise supplies", "Alphabet's Google has offered", "Chile's state-run Codelco
            // will invest": a lone name after a possessive, acting (a person after a country's possessive is named in
            // full or known already, "Russia's Putin", or has a role, "Ukraine's foreign minister Sybiha")
            return true;
        }
        if (start >= 2 && tokens.get(start - 1).folded().equals("to") && tokens.get(start - 2).folded().equals("according")
                && (end >= tokens.size() || Tokens.isPunctuation(tokens.get(end).text()))) {
            // "..., according to Xinhua.": the source of a report (not "according to Bloomberg data")
            return true;
        }
        if (end < tokens.size() && tokens.get(end).text().equals(",")) {
            // "Shell, which is headquartered in London, said ...", "Foxconn, formally known as Hon Hai, plans to":
            // across a relative clause or apposition
            for (int k = end + 1; k + 1 < Math.min(tokens.size(), end + 14); k++) {
                if (tokens.get(k).text().equals(",")) {
                    return gazetteer.isReportingVerb(tokens.get(k + 1).text()) || ACTING_VERBS.contains(tokens.get(k + 1).folded());
                }
                if (Tokens.isQuoteMark(tokens.get(k).text())) {
                    break;
                }
            }
        }
        return start > 0 && gazetteer.isReportingVerb(tokens.get(start - 1).text());
    }

    /**
     * Whether a capitalised possessive comes before token {@code start}, maybe across a few lower-case words that name no
     * role ("Chile's state-run", "Japan's largest power generator").
     */
    private static boolean afterPossessive(List<Token> tokens, int start) {
        int k = start - 1;
        while (k >= 0 && k > start - 7 && (tokens.get(k).text().equals("-")
                || tokens.get(k).isWord() && !tokens.get(k).isCapitalized())) {
            if (isRoleWord(tokens.get(k).folded()) || STAFF_ROLES.contains(tokens.get(k).folded())) {
                return false;
            }
            k--;
        }
        return k >= 0 && Folding.isPossessive(tokens.get(k).text()) && tokens.get(k).isCapitalized();
    }

    /** True when token {@code at} follows "Name," just read: "Wopke Hoekstra, Commissioner for Climate, ...". */
    private static boolean followsNamedPerson(List<Token> tokens, List<Mention> out, Sentence s, int at) {
        if (at < 2 || !tokens.get(at - 1).text().equals(",") || out.isEmpty()) {
            return false;
        }
        Mention last = out.get(out.size() - 1);
        return last.sentence() == s.index() && last.tokenEnd() == at - 1 && last.entity().type() == EntityType.PERSON;
    }

    /**
     * Whether the words from {@code from} to {@code end} close with a person's name: a well-known official's, or two words
     * or more from a known first name ("Volodymyr Zelensky" in "President of Ukraine Volodymyr Zelensky and ...", not
     * "Mineral Resources" in "Minister for Business, Mineral Resources and Justice").
     */
    private boolean endsWithAName(List<Token> tokens, int from, int end) {
        for (int start = Math.max(from, end - 4); start <= end - 2; start++) {
            String first = tokens.get(start).text();
            if (gazetteer.official(nameText(tokens, start, end)) != null || tokens.get(start).isCapitalized() && gazetteer.isGivenName(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} continues a title's portfolio: a capitalised word, "and", a list's comma, "of", "for" or
     * "to" before a capitalised word, or "in the" before one ("Leader of the Opposition in the Sindh Assembly").
     */
    private static boolean continuesPortfolio(List<Token> tokens, int k) {
        int n = tokens.size();
        String w = tokens.get(k).folded();
        boolean capitalNext = k + 1 < n && tokens.get(k + 1).isCapitalized();
        return tokens.get(k).isCapitalized() || w.equals("and") || portfolioListGoesOn(tokens, k)
                // "Minister of Media Salman bin Yousef Al-Dossary", "Minister of Economy Luis de Guindos": a particle
                // between capitals is inside the holder's name, which the run must reach whole
                || (PARTICLES.contains(w) && capitalNext && k > 0 && tokens.get(k - 1).isCapitalized())
                || ((w.equals("of") || w.equals("for") || w.equals("to")) && capitalNext)
                || (w.equals("in") && k + 2 < n && tokens.get(k + 1).folded().equals("the") && tokens.get(k + 2).isCapitalized())
                || (w.equals("the") && k > 0 && tokens.get(k - 1).folded().equals("in") && capitalNext)
                // "President of Kazakhstan Kassym-Jomart Tokayev": the hyphen inside a name
                || (w.equals("-") && capitalNext && Tokens.gluedToBothNeighbours(tokens, k));
    }

    /** "of Defence", "for Planning": a ministry's portfolio after a title at {@code at}. */
    private static boolean portfolioFollows(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && (tokens.get(at).folded().equals("of") || tokens.get(at).folded().equals("for"))
                && tokens.get(at + 1).isCapitalized();
    }

    /**
     * Inside a portfolio, a list of its fields: "Minister for Climate, Energy and the Environment, Darragh
     * O'Brien" (a comma before a capitalised word that an "and" soon follows, or "the" after "and").
     */
    private static boolean portfolioListGoesOn(List<Token> tokens, int k) {
        int n = tokens.size();
        if (tokens.get(k).folded().equals("the")) {
            return k > 0 && tokens.get(k - 1).folded().equals("and") && k + 1 < n && tokens.get(k + 1).isCapitalized();
        }
        if (!tokens.get(k).text().equals(",") || k + 2 >= n || !tokens.get(k + 1).isCapitalized()) {
            return false;
        }
        for (int j = k + 2; j < Math.min(n, k + 9); j++) {
            String w = tokens.get(j).folded();
            if (w.equals("and")) {
                return true;
            }
            if (w.equals(",") && j + 1 < n && tokens.get(j + 1).isCapitalized()) {
                // "Health, Education, Labor and Pensions": a longer list
                continue;
            }
            if (!tokens.get(j).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the holder's name starts in "Economy Mohammad Nidal Al-Shaar" (a portfolio run up to {@code end}):
     * after the portfolio's words, links, places and honorifics; {@code end} when the whole run is portfolio
     * ("Minister of State for International Co-operation,"); two words before the end when no portfolio word
     * is known.
     */
    private int holderNameStart(List<Token> tokens, int from, int end) {
        int k = from;
        int[] place = new int[1];
        boolean portfolio = false;
        while (k < end) {
            Token t = tokens.get(k);
            if (gazetteer.isPortfolioWord(t.text())) {
                portfolio = true;
                k++;
            } else if (portfolio && k > from && tokens.get(k - 1).folded().equals("and") && end - k >= 3) {
                // "Minister of Foreign Affairs and Expatriates Asaad Hassan al-Shaibani": what "and" adds to a known
                // portfolio is portfolio too, when a name of two words still follows
                k++;
            } else if (k + 1 < end && gazetteer.isPortfolioWord(tokens.get(k + 1).text()) && end - k >= 4) {
                // "in the Sindh Assembly Ali Khurshidi": a word the gazetteer does not know, before a portfolio's word
                k++;
            } else if (PORTFOLIO_JOINERS.contains(t.folded()) || t.text().equals("-")) {
                k++;
            } else if (isPlaceEntry(gazetteer.longestMatch(tokens, k, end, place)) && place[0] < end
                    && (place[0] < end - 1 || k > from && PORTFOLIO_JOINERS.contains(tokens.get(k - 1).folded()))) {
                // (but a capital right after the portfolio, before one last word, is a given name: "Minister of
                // National Defense Wellington Koo")
                k = place[0];
            } else if (isPluralDemonym(t.text())) {
                // "Minister for Indigenous Australians Malarndirri McCarthy"
                k++;
            } else {
                break;
            }
        }
        if (!portfolio && k > from && end - k == 3 && gazetteer.isGivenName(tokens.get(k).text())) {
            // "Prime Minister of Norway Jonas Gahr Støre": the name is all that follows the place, three words too,
            // when they open with a given name ("Chairman of Georgian Railway Lasha Abashidze" is a body's)
            return k;
        }
        if (!portfolio) {
            // the name is the last two words, a hyphenated one whole ("President of Kazakhstan Kassym-Jomart Tokayev"),
            // and a surname's particles with the word before them ("Minister for Mobility Annick De Ridder")
            int start = end - 1;
            while (start - 1 > from && PARTICLES.contains(tokens.get(start - 1).folded())) {
                start--;
            }
            start--;
            while (start - 2 > from && tokens.get(start - 1).text().equals("-")
                    && tokens.get(start - 1).start() == tokens.get(start - 2).end()) {
                start -= 2;
            }
            return start;
        }
        if (end - k >= 3 && !gazetteer.isGivenName(tokens.get(k).text()) && gazetteer.isGivenName(tokens.get(k + 1).text())) {
            // "Head of the Russian Direct Investment Fund Kirill Dmitriev": the last word of the body's name, which the
            // portfolio's words do not know, before a given name
            k++;
        }
        int[] rank = new int[1];
        for (int j = k; j < Math.min(k + 2, end - 2); j++) {
            GazetteerEntry title = tokens.get(j).isCapitalized() ? gazetteer.longestMatch(tokens, j, end, rank) : null;
            if (title != null && title.kind() == GazetteerEntry.Kind.TITLE && end - rank[0] >= 2 && end - rank[0] <= 3) {
                // "Chief of the Defence Force Admiral David Johnston": a rank between the portfolio's last word and
                // the name
                k = rank[0];
                break;
            }
        }
        int name = k;
        while (name < end && HONORIFICS.contains(tokens.get(name).text())) {
            name++;
        }
        return name < end ? k : end;
    }

    /**
     * The end of "New York" in "Gov. Kathy Hochul of New York said" (a place the gazetteer does not know, right
     * after a person and "of": where the person is from, nobody's name and no speaker), or -1.
     */
    private int unknownPlaceOfPerson(Sentence s, int from, List<Mention> out) {
        List<Token> tokens = s.tokens();
        if (from < 2 || !tokens.get(from - 1).folded().equals("of") || out.isEmpty()) {
            return -1;
        }
        Mention before = out.get(out.size() - 1);
        if (before.sentence() != s.index() || before.tokenEnd() != from - 1 || before.entity().type() != EntityType.PERSON
                || gazetteer.longestMatch(tokens, from, tokens.size(), new int[1]) != null
                // (someone with no office is "of" the body they speak for: "Thandile Chinyavanhu of Greenpeace Africa")
                || before.entity().role() == null) {
            return -1;
        }
        int k = from;
        while (k < tokens.size() && tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
            k++;
        }
        return k;
    }

    /** The end of a US party-and-state tag: "R-Utah", "D-N.Y.", "I-Vt." (after a lawmaker's name), or -1. */
    private static int partyTagEnd(List<Token> tokens, int from) {
        String w = tokens.get(from).text();
        if (w.length() == 2 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-' && from + 1 < tokens.size()
                && tokens.get(from + 1).start() == tokens.get(from).end() && tokens.get(from + 1).isCapitalized()) {
            // "R-", "Miss.": the tokenizer split the tag after the hyphen
            return from + 2;
        }
        if (w.length() > 2 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2))) {
            return from + 1;
        }
        if (w.length() == 1 && "RDI".indexOf(w.charAt(0)) >= 0 && from + 2 < tokens.size() && tokens.get(from + 1).text().equals("-")
                && tokens.get(from + 1).start() == tokens.get(from).end() && tokens.get(from + 2).isCapitalized()) {
            int k = from + 2;
            while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).text().equals("."))
                    && tokens.get(k).start() == tokens.get(k - 1).end()) {
                k++;
            }
            return k;
        }
        return -1;
    }

    /** "New York City Mayor", "New Jersey Gov.": "New" opening a place's name is no adjective. */
    /** Last words of the seats of government the gazetteer lists among capitals: "White House", "Kremlin", "Downing Street". */
    private static final Set<String> SEATS_OF_GOVERNMENT = Words.set("House", "Kremlin", "Palace", "Street", "Élysée", "Elysee");

    /** Words of {@link #NOT_NAMES} that may open an organisation's name: "Northern Land Council", "All Progressives Congress", "First Abu Dhabi Bank". */
    private static final Set<String> ORGANISATION_OPENERS = Words.set("northern", "southern", "eastern", "western",
            "northeast", "northwest", "southeast", "southwest", "all", "european", "first");

    /** True when token {@code i} opens a run of capitalised words that closes with an organisation's head word. */
    private static boolean opensOrganisationName(List<Token> tokens, int i, EntityRegistry registry) {
        if (!ORGANISATION_OPENERS.contains(tokens.get(i).folded())) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && k < i + 5 && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k > i + 1 && ORG_HEADS.contains(tokens.get(k - 1).folded())) {
            return true;
        }
        // or the opening words of an organisation named before: "Northern Pines said" after "Northern Pines Health",
        // also before a title ("First Quantum Chief Executive Tristan Pascall said" after "First Quantum Minerals")
        for (int end = k; end > i + 1; end--) {
            if (registry.organizationShortenedTo(nameText(tokens, i, end)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensPlaceName(List<Token> tokens, int i) {
        return tokens.get(i).folded().equals("new") && i + 1 < tokens.size() && NEW_PLACES.contains(tokens.get(i + 1).text());
    }

    private static final Set<String> NEW_PLACES = Words.set("York", "Jersey", "Hampshire", "Mexico", "Zealand", "Orleans",
            "Delhi", "Caledonia", "Brunswick", "England", "Haven", "South");

    /**
     * The country of a ministry or department named without one ({@link BackReferences#countryOfBody}), or null
     * for a region's own ("the California Department of Forestry and Fire Protection" in a story about the United
     * States is California's, a named organisation).
     */
    private Entity unnamedBodysCountry(Sentence s, int nameStart, int nameEnd, List<Mention> out, EntityRegistry registry) {
        int[] match = new int[1];
        GazetteerEntry opening = gazetteer.longestMatch(s.tokens(), nameStart, s.tokens().size(), match);
        if (opening != null && gazetteer.regionCountry(opening.id()) != null) {
            return null;
        }
        GazetteerEntry seat = seatAfter(s.tokens(), nameEnd);
        if (seat != null) {
            // "the Ministry of Foreign Affairs (MOFA) in Taipei": the capital it sits in, whichever country the article
            // names most
            return registry.country(seat.country());
        }
        Entity openingSeat = openingSeat(s, out);
        if (openingSeat != null) {
            // "In Mexico City, the Economy Ministry said": where it spoke, in a story filed from another capital
            // (round 56: a U.S. hearing's story gave Mexico's ministry to the United States)
            return openingSeat;
        }
        GazetteerEntry own = countryOfReportedClause(s.tokens(), nameEnd);
        if (own != null) {
            // "The Ministry of Trade, Industry and Resources said Korea would consider buying": a ministry's reported
            // clause opening with a country speaks of its own
            return registry.country(own.id());
        }
        GazetteerEntry subject = Tokens.folded(s, 0).equals("according") ? countryAfterComma(s.tokens(), nameStart) : null;
        if (subject != null) {
            // "According to the Trade Ministry, Türkiye's trade embargo will remain": the country the report is about
            return registry.country(subject.kind() == GazetteerEntry.Kind.COUNTRY ? subject.id() : subject.country());
        }
        return BackReferences.countryOfBody(out, s.index(), registry.home());
    }

    /** The country that opens the clause reported after the body's name: "said Korea would", "said that Britain will". */
    private GazetteerEntry countryOfReportedClause(List<Token> tokens, int nameEnd) {
        int k = nameEnd;
        if (k >= tokens.size() || !gazetteer.isReportingVerb(tokens.get(k).text())) {
            return null;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).folded().equals("that")) {
            k++;
        }
        GazetteerEntry country = k < tokens.size() ? gazetteer.longestMatch(tokens, k, tokens.size(), new int[1]) : null;
        return country != null && country.kind() == GazetteerEntry.Kind.COUNTRY ? country : null;
    }

    /** The capital after a body's name and its acronym, "(MOFA) in Taipei", or null. */
    private GazetteerEntry seatAfter(List<Token> tokens, int k) {
        if (k + 2 < tokens.size() && tokens.get(k).text().equals("(") && tokens.get(k + 2).text().equals(")")) {
            k += 3;
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).folded().equals("in")) {
            return null;
        }
        GazetteerEntry place = gazetteer.longestMatch(tokens, k + 1, tokens.size(), new int[1]);
        return place != null && place.kind() == GazetteerEntry.Kind.CAPITAL ? place : null;
    }

    /** The country named right after the first comma from {@code from} on ("..., Türkiye's embargo"), or null. */
    private GazetteerEntry countryAfterComma(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                GazetteerEntry e = gazetteer.longestMatch(tokens, k + 1, tokens.size(), new int[1]);
                return e != null && (e.kind() == GazetteerEntry.Kind.COUNTRY
                        || e.kind() == GazetteerEntry.Kind.DEMONYM && e.country() != null) ? e : null;
            }
        }
        return null;
    }

    /**
     * "the Agriculture Department", "the Department of Energy", "the Federal Emergency Management Agency": a
     * government's department by its portfolio, or a federal body; it acts for its country as a ministry does.
     */
    private boolean isGovernmentDepartment(List<Token> tokens, int from, int to, String head) {
        if (tokens.get(from).text().equals("Federal") && (STATE_BODY_HEADS.contains(head) || headBeforeOf(tokens, from, to))) {
            // "the Federal Emergency Management Agency", "the Federal Board of Revenue"
            return true;
        }
        if (head.equals("commission") && to - 2 >= from && tokens.get(to - 2).text().equals("High")) {
            // "the Indian High Commission": a Commonwealth country's embassy
            return true;
        }
        if (!head.equals("department") && !tokens.get(from).folded().equals("department")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (gazetteer.isPortfolioWord(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before the first "of" of the name is a state body's head: "Federal Board of Revenue". */
    private static boolean headBeforeOf(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).folded().equals("of")) {
                String head = tokens.get(k - 1).folded();
                return STATE_BODY_HEADS.contains(head) || head.equals("board") || head.equals("bureau");
            }
        }
        return false;
    }

    /** "Australians", "Canadians": a people named in a portfolio. */
    private boolean isPluralDemonym(String word) {
        return gazetteer.pluralDemonym(word) != null;
    }

    private static boolean isPlaceEntry(GazetteerEntry e) {
        return e != null && e.kind() != GazetteerEntry.Kind.TITLE && e.kind() != GazetteerEntry.Kind.ORGANIZATION;
    }

    /**
     * The words that lead from a title to its portfolio: "Minister of", "Secretary for" ("on" was tried in round 78,
     * "Focal Person on Polio Eradication", and failed an untouched pool's floor).
     */
    private static final Set<String> PORTFOLIO_PREPOSITIONS = Words.set("of", "for");

    private static final Set<String> PORTFOLIO_JOINERS = Words.set("and", "of", "for", "the", ",", "&", "to", "in");

    /** The "and" that closes a comma list inside an organisation's name ("Senate Health, Education, Labor and Pensions Committee"), or -1. */
    private int organisationListAnd(List<Token> tokens, int comma) {
        if (!portfolioListGoesOn(tokens, comma)) {
            return -1;
        }
        int j = comma + 1;
        while (j < tokens.size() && !tokens.get(j).folded().equals("and")) {
            if (Folding.isPossessive(tokens.get(j).text())) {
                // "Separately, Turkey's Disaster and Emergency Management Authority": a possessive opens a new
                // name; the words before the comma are not the first item of a list inside it
                return -1;
            }
            j++;
        }
        return j < tokens.size() && organisationHeadFollows(tokens, j + 1) ? j : -1;
    }

    private static boolean isLegalForm(List<Token> tokens, int k) {
        // "Kestrel Microsystems Inc.'s": a possessive may ride on the legal form
        String w = Folding.stripPossessive(tokens.get(k).text());
        // "A/S" may come out of the tokenizer as "A" "/S"
        return EntityRegistry.LEGAL_FORMS.contains(w) || w.equals("A") && k + 1 < tokens.size() && tokens.get(k + 1).text().startsWith("/");
    }

    private static boolean isAdverb(String word) {
        String w = Folding.fold(word);
        return w.endsWith("ly") || w.equals("also") || w.equals("later") || w.equals("then") || w.equals("has")
                || w.equals("had") || w.equals("have");
    }

    /**
     * "PCG Commandant Admiral Ronnie Gil Gavan", "Goodhue County Sheriff Ron Haugen": a run of capitalised words with a
     * title inside it, and a name of two words or more after the title, is a body the gazetteer does not know, then its
     * official. Adds both mentions and returns true; false when the run has no such title.
     */
    private boolean splitAtInnerTitle(Sentence s, int from, int end, EntityRegistry registry, List<Mention> out,
                                      QuotedRegions quotes) {
        List<Token> tokens = s.tokens();
        int[] m = new int[1];
        for (int k = from + 1; k < end - 2; k++) {
            GazetteerEntry title = gazetteer.longestMatch(tokens, k, end, m);
            if (title == null || title.kind() != GazetteerEntry.Kind.TITLE) {
                continue;
            }
            int nameFrom = m[0];
            while (nameFrom < end - 2) {
                // "Commandant Admiral": titles in a row, each matched once
                GazetteerEntry more = gazetteer.longestMatch(tokens, nameFrom, end, m);
                if (more == null || more.kind() != GazetteerEntry.Kind.TITLE) {
                    break;
                }
                nameFrom = m[0];
            }
            if (end - nameFrom < 2 || !Character.isLetter(tokens.get(nameFrom).text().charAt(0))
                    || tokens.subList(from, k).stream().anyMatch(t -> !t.isCapitalized())) {
                // ("Flemish Minister-President Matthias Diependaele": the title goes on after its hyphen)
                return false;
            }
            Entity person = registry.person(nameText(tokens, nameFrom, end), true);
            person.addRole(nameText(tokens, k, nameFrom));
            if (k - from > 1 || !gazetteer.isPortfolioWord(tokens.get(from).text())) {
                // ("Minority Spokesperson on Finance Dr Mohammed Amin Adam": a portfolio's last word is no body)
                // (whose official the person is stays unsaid: a county's sheriff or an agency's commandant does not pledge
                // for the body, as annotators read it)
                Entity body = registry.namedOrganization(nameText(tokens, from, k), null);
                out.add(mention(body, Mention.Kind.ORGANIZATION, s, from, k, quotes));
            }
            out.add(mention(person, Mention.Kind.NAME, s, nameFrom, end, quotes));
            return true;
        }
        return false;
    }

    /** Whether the name at {@code start} follows "of" right after a person's name: "Thandile Chinyavanhu of Greenpeace". */
    private boolean namesPersonsEmployer(Sentence s, int start, List<Mention> out) {
        if (start < 2 || !s.tokens().get(start - 1).folded().equals("of") || out.isEmpty()) {
            return false;
        }
        Mention last = out.get(out.size() - 1);
        Token surname = s.tokens().get(start - 2);
        GazetteerEntry title = gazetteer.lookup(surname.text());
        // (not "the Joint Chiefs of Staff", nor "Acting Director-General of KFAED Waleed Al-Bahar": a body's name, an
        // office read as a person)
        return last.sentence() == s.index() && last.tokenEnd() == start - 1 && last.kind() == Mention.Kind.NAME
                && last.entity().type() == EntityType.PERSON && !looksPlural(surname.folded())
                && (title == null || title.kind() != GazetteerEntry.Kind.TITLE) && surname.text().indexOf('-') < 0;
    }

    private static String nameText(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        // "Moody's, which rates South Africa ..., said": before a comma or a verb, "'s" ends the name, no possessive
        // (one word only: "President Lai Ching-te's plans" is a person's)
        boolean ownS = to < tokens.size() && (tokens.get(to).text().equals(",") || AFTER_NAME_VERBS.contains(tokens.get(to).folded()))
                && (to - from == 1 || !tokens.get(to).folded().equals("plans"));
        for (int i = from; i < to; i++) {
            String w = i == to - 1 && !ownS ? Folding.stripPossessive(tokens.get(i).text()) : tokens.get(i).text();
            if (b.length() > 0 && tokens.get(i).start() > tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** Verbs right after a name: its "'s" is part of it ("Moody's said", "Sainsbury's will"). */
    private static final Set<String> AFTER_NAME_VERBS = Words.set("said", "says", "will", "would", "has", "had", "is", "was",
            "announced", "expects", "warned", "cut", "raised", "plans", "could", "may");

    private static Mention mention(Entity e, Mention.Kind kind, Sentence s, int from, int to, QuotedRegions quotes) {
        List<Token> tokens = s.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        boolean outlet = e.type() == EntityType.ORGANIZATION && from > 0 && (tokens.get(from - 1).folded().equals("told")
                || tokens.get(from - 1).text().equals("(") && to + 1 < tokens.size() && tokens.get(to).text().equals(")")
                    && Dateline.isDash(tokens.get(to + 1).text()));
        // "KABUL (Reuters) -", "told Reuters by telephone": a wire's credit or a reporter's outlet is, like a place,
        // never what "the agency" or "the group" refers back to
        return new Mention(e, kind, s.index(), from, to, start, end, quotes.isQuoted(start), isPlace(s, from) || outlet);
    }
}
