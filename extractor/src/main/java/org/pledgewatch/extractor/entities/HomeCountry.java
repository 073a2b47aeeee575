package org.pledgewatch.extractor.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Whose "the government" it is. Domestic news seldom names its own country ("the government will double defence
 * spending" in a New Zealand paper), and international news names many; the last country named is often wrong
 * either way. Two answers, from the whole article: the country it is about, and, once people's countries are
 * known, the country of an official in the same sentence.
 */
final class HomeCountry {
    private final Gazetteer gazetteer;

    HomeCountry(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The country the article is about (named alone, or far more often than any other: see
     * {@link AffiliationLinker#dominant}), from the gazetteer's countries, demonyms, capitals and regions in the whole
     * text and its people named in the plural ("Australians"); null when there is none. "The government will
     * double defence spending" in a domestic story is that country's, even when China was named in the
     * sentence before.
     */
    String of(AnalyzedText text) {
        Map<String, Integer> counts = new HashMap<>();
        int[] match = new int[1];
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int dateline = s.index() == 0 ? Dateline.bodyStart(s) : 0;
            for (int i = 0; i < tokens.size(); i++) {
                String currency = NATIONAL_CURRENCIES.get(tokens.get(i).folded());
                if (currency != null && (!NAMES_TOO.contains(tokens.get(i).folded()) || afterASum(tokens, i))) {
                    // "9,000 baht in compensation": a domestic story counts in its own money (South Asian copy writes
                    // it capitalised: "Taka 35 crore")
                    counts.merge(currency, 1, Integer::sum);
                    continue;
                }
                String dollars = nationalDollars(tokens.get(i).text());
                if (dollars != null) {
                    // "a NT$50 billion fund", "A$1.2 billion", "R$ 4.5 billion": a sum in a country's own dollars or
                    // reais, written so by its press and by others' about it
                    counts.merge(dollars, 1, Integer::sum);
                    continue;
                }
                if (isPesoAmount(tokens, i)) {
                    // "P20,000 per worker", "P1-billion": the Philippine press writes its peso so
                    counts.merge("PHL", 1, Integer::sum);
                    continue;
                }
                if (!tokens.get(i).isCapitalized()) {
                    continue;
                }
                GazetteerEntry e = gazetteer.longestMatch(tokens, i, tokens.size(), match);
                if (e != null && e.kind() == GazetteerEntry.Kind.CAPITAL && isFirstName(tokens, i, match[0])) {
                    // "Victoria Atkins", the shadow secretary: a first name, not the Seychelles' capital
                    continue;
                }
                if (e != null && e.kind() == GazetteerEntry.Kind.DEMONYM && afterHyphenatedPrefix(tokens, i)) {
                    // "the Inter-American Development Bank", "Pan-African": a word of a name, no American story
                    i = match[0] - 1;
                    continue;
                }
                if (e != null && tokens.get(i).text().indexOf('$') > 0
                        && CURRENCY_PREFIX.matcher(tokens.get(i).text()).lookingAt()) {
                    // "US$1.1 billion", "NZ$40 million": a unit of account, written so in every country's press, not
                    // a mention of the country (a Jamaican story counting pledges in US$ is no American story)
                    i = match[0] - 1;
                    continue;
                }
                if (e != null && (e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.DEMONYM
                        || e.kind() == GazetteerEntry.Kind.CAPITAL)) {
                    // "SEOUL, Dec. 2 (Yonhap) --": the place a wire story is filed from weighs as much as three
                    // mentions in its text, where the countries it deals with are named again and again; "NOK 7 billion
                    // for air defence to Ukraine": the country given to is not the one that gives (a Norwegian release
                    // names Ukraine more often than Norway; "for" is left alone: "jobs for Australia" is a domestic
                    // story's)
                    boolean given = e.kind() == GazetteerEntry.Kind.COUNTRY && i > 0 && tokens.get(i - 1).folded().equals("to");
                    counts.merge(e.country(), given ? 0 : i < dateline ? DATELINE_WEIGHT : 1, Integer::sum);
                    i = match[0] - 1;
                } else if (e != null && gazetteer.regionCountry(e.id()) != null) {
                    // "Tamil Nadu", "Ontario": a domestic story names its regions more than its country
                    counts.merge(gazetteer.regionCountry(e.id()), 1, Integer::sum);
                    i = match[0] - 1;
                } else if (e == null) {
                    GazetteerEntry people = gazetteer.pluralDemonym(tokens.get(i).text());
                    String city = people == null ? gazetteer.cityCountry(tokens, i, match) : null;
                    if (people != null) {
                        counts.merge(people.country(), 1, Integer::sum);
                    } else if (city != null) {
                        // "Johannesburg Water is losing 40% of its water", "MUMBAI, Dec 3 (Reuters) -": a domestic story
                        // names its cities, and files from them
                        counts.merge(city, i < dateline ? DATELINE_WEIGHT : 1, Integer::sum);
                        i = match[0] - 1;
                    }
                }
            }
        }
        String dominant = AffiliationLinker.dominant(counts);
        if (dominant == null) {
            dominant = leadSubject(text);
        }
        if (dominant == null) {
            dominant = nationalWire(text, counts);
        }
        return dominant != null || !counts.isEmpty() ? dominant : officialsCountry(text);
    }

    /**
     * The country of the well-known officials the article names, when it names no place the gazetteer knows ("President
     * William Ruto ... in Mumias": Kenya); null unless one country has the most of them.
     */
    private String officialsCountry(AnalyzedText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String official = tokens.get(i).isCapitalized() ? gazetteer.officialBySurname(tokens.get(i).text()) : null;
                String[] known = official == null || !namedInFull(tokens, i, official) ? null : gazetteer.official(official);
                if (known != null && gazetteer.country(known[0]) != null) {
                    // (an organisation's official, "european-parliament", is no country's)
                    counts.merge(known[0], 1, Integer::sum);
                }
            }
        }
        return AffiliationLinker.dominant(counts);
    }

    /** "William Ruto" ending at token {@code last}: the official's whole name, not a surname others share. */
    private static boolean namedInFull(List<Token> tokens, int last, String fullName) {
        String[] words = fullName.split(" ");
        if (words.length < 2 || last - (words.length - 1) < 0) {
            return false;
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (!Folding.fold(tokens.get(last - (words.length - 1) + k).text()).equals(Folding.fold(words[k]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "SEOUL, Dec. 3 (Yonhap) --", "MOSCOW, December 1. /TASS/.": when no country dominates, a story on a national news
     * agency's wire is its country's, if the story names that country at all (Yonhap's "the defense ministry" is
     * Seoul's, in a story that names the United States as often as South Korea).
     */
    private String nationalWire(AnalyzedText text, Map<String, Integer> counts) {
        if (text.sentences().isEmpty()) {
            return null;
        }
        Sentence first = text.sentences().get(0);
        List<Token> tokens = first.tokens();
        int[] match = new int[1];
        for (int i = 0; i < Dateline.bodyStart(first); i++) {
            GazetteerEntry e = tokens.get(i).isCapitalized() ? gazetteer.longestMatch(tokens, i, tokens.size(), match) : null;
            String country = e == null ? null : gazetteer.agencyCountry(e.id());
            if (country != null) {
                return counts.containsKey(country) ? country : null;
            }
        }
        return null;
    }

    /** How many mentions the dateline's place counts for. */
    private static final int DATELINE_WEIGHT = 3;

    /**
     * Currencies in words that only one country pays in. (A {@code HashMap}: it is asked about every word in lower case
     * of every article, and {@code Map.of}'s probing showed in profiles; the hash map compares hash codes first.)
     */
    private static final Map<String, String> NATIONAL_CURRENCIES = new HashMap<>(Map.ofEntries(Map.entry("baht", "THA"),
            Map.entry("ringgit", "MYS"), Map.entry("rupiah", "IDN"), Map.entry("won", "KOR"), Map.entry("yen", "JPN"),
            Map.entry("yuan", "CHN"), Map.entry("naira", "NGA"), Map.entry("rand", "ZAF"), Map.entry("zloty", "POL"),
            Map.entry("zlotys", "POL"), Map.entry("forint", "HUN"), Map.entry("forints", "HUN"), Map.entry("lira", "TUR"),
            Map.entry("hryvnia", "UKR"), Map.entry("hryvnias", "UKR"), Map.entry("roubles", "RUS"), Map.entry("rubles", "RUS"),
            Map.entry("taka", "BGD"), Map.entry("reais", "BRA"), Map.entry("shekels", "ISR"), Map.entry("cedis", "GHA"),
            // a currency as its own country's press writes it: "NIS 1.1 billion", "2 billion kronor"
            Map.entry("nis", "ISR"), Map.entry("shekel", "ISR"), Map.entry("kronor", "SWE"), Map.entry("birr", "ETH"),
            Map.entry("tenge", "KAZ")));

    /** "Inter-American", "Pan-African", "Trans-Pacific": a demonym glued by a hyphen to a prefix before it. */
    private static boolean afterHyphenatedPrefix(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).text().equals("-") || tokens.get(i - 1).end() != tokens.get(i).start()) {
            return false;
        }
        Token prefix = tokens.get(i - 2);
        return prefix.end() == tokens.get(i - 1).start() && HYPHENATED_PREFIXES.contains(prefix.folded());
    }

    private static final Set<String> HYPHENATED_PREFIXES = Words.set("inter", "pan", "trans", "intra");

    /** "P20,000", "P1-billion", "₱500": a sum in Philippine pesos as that country's press writes it. */
    private static final java.util.regex.Pattern PESO_SUM = java.util.regex.Pattern.compile(
            "₱\\d.*|P\\d{1,3}(,\\d{3})+(\\.\\d+)?|P\\d+(\\.\\d+)?-(billion|million|trillion)");
    /** "P1.5" before "billion": a sum in pesos too (but not "P5" alone, the Security Council's permanent five). */
    private static final java.util.regex.Pattern PESO_FIGURE = java.util.regex.Pattern.compile("P\\d+(\\.\\d+)?");

    private static final Set<String> SCALES = Words.set("million", "billion", "trillion");

    private static boolean isPesoAmount(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (word.length() < 2 || !(word.charAt(0) == 'P' || word.charAt(0) == '₱') || !Character.isDigit(word.charAt(1))) {
            return false;
        }
        if (PESO_SUM.matcher(word).matches()) {
            return true;
        }
        return PESO_FIGURE.matcher(word).matches() && i + 1 < tokens.size()
                && SCALES.contains(tokens.get(i + 1).folded());
    }

    /**
     * Dollars (and reais) named by their country's letters, which only stories about that country count in (not "US$",
     * a unit of account in every country's press, nor "NZ$", in which Pacific neighbours' aid is counted too).
     */
    private static final Map<String, String> NATIONAL_DOLLARS = Map.of("NT", "TWN", "A", "AUS", "AU", "AUS", "C", "CAN",
            "CA", "CAN", "S", "SGP", "R", "BRA", "J", "JAM", "TT", "TTO");

    /** The country of a sum in its own dollars ("NT$50", "A$1.2", "R$"), or null. */
    private static String nationalDollars(String word) {
        int dollar = word.indexOf('$');
        return dollar > 0 && dollar <= 2 && Character.isUpperCase(word.charAt(0))
                ? NATIONAL_DOLLARS.get(word.substring(0, dollar)) : null;
    }

    /** A country's letters before a dollar sign, in one token: "US$1.1", "NZ$", "HK$". */
    private static final java.util.regex.Pattern CURRENCY_PREFIX = java.util.regex.Pattern.compile("\\p{Lu}{1,3}\\$");

    /**
     * Currencies that are also names or words: "Rand Paul", "if it won control of the council". They count only after
     * a figure ("500 billion won", "12 million rand").
     */
    private static final Set<String> NAMES_TOO = Words.set("won", "rand");

    /** Whether the word at {@code i} follows a figure or its scale: "500 billion won", "12 million rand". */
    private static boolean afterASum(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return SCALES.contains(before.folded()) || Tokens.startsWithDigit(before.text());
    }

    /** Verbs after which a country opening the lead is its subject: "Estonia will keep its aid ...". */
    private static final Set<String> LEAD_VERBS = Words.set("will", "has", "is", "plans",
            "says", "said", "announced", "agreed", "pledged", "approved", "would", "wants", "aims", "must", "cannot");

    /**
     * "Estonia will keep its military aid to Ukraine at 0.25 percent of GDP ..., Minister of Defense Hanno Pevkur
     * said": when no country dominates, the country that opens the story's first sentence as its subject is the
     * one whose ministers speak in it (a domestic story about aid names the recipient as often as itself).
     */
    private String leadSubject(AnalyzedText text) {
        int[] match = new int[1];
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            if (tokens.size() < 6) {
                continue;
            }
            int k = Dateline.bodyStart(s);
            if (k + 1 < tokens.size() && tokens.get(k).folded().equals("the")) {
                // "The Philippines is counting on ...", "The Netherlands will send ..."
                k++;
            }
            GazetteerEntry e = k < tokens.size() && tokens.get(k).isCapitalized() ? gazetteer.longestMatch(tokens, k, tokens.size(), match) : null;
            boolean subject = e != null && e.kind() == GazetteerEntry.Kind.COUNTRY && match[0] < tokens.size()
                    && LEAD_VERBS.contains(tokens.get(match[0]).folded());
            if (subject && k > 0) {
                // "QUITO (AFP) - The United States will donate six patrol boats to Ecuador": a story filed
                // from another country's capital is about both; whose "government" it is stays open
                GazetteerEntry filedFrom = gazetteer.longestMatch(tokens, 0, k, match);
                if (filedFrom != null && filedFrom.country() != null && !filedFrom.country().equals(e.country())) {
                    return null;
                }
            }
            return subject ? e.country() : null;
        }
        return null;
    }

    /** What makes "the government" the country's even beside a regional head: "the federal government". */
    private static final Set<String> NATIONAL = Words.set("federal", "national", "central",
            "commonwealth", "union");

    /**
     * "The minister said the government would also seek to sign ...": "the government" (a mention of a country
     * read from one of {@code stateNouns}) in a sentence with an official of a known country is that official's
     * government, whichever country was named last; a regional head's is the region's, unless it is "the federal
     * government". People's countries are only known once the whole article has been read, hence a second pass over
     * the mentions.
     */
    static void governmentsOfSpeakers(AnalyzedText text, List<Mention> mentions, EntityRegistry registry, Set<String> stateNouns) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            if (m.kind() != Mention.Kind.ROLE || m.entity().type() != EntityType.COUNTRY || m.inQuote()
                    || !stateNouns.contains(tokens.get(m.tokenEnd() - 1).folded())) {
                continue;
            }
            Entity official = null;
            int distance = Integer.MAX_VALUE;
            for (int j = Math.max(0, k - 6); j < Math.min(mentions.size(), k + 6); j++) {
                Mention p = mentions.get(j);
                if (p.sentence() == m.sentence() && !p.inQuote() && p.entity().type() == EntityType.PERSON
                        && (p.entity().country() != null || registry.regionOf(p.entity()) != null)
                        && Math.abs(p.tokenStart() - m.tokenStart()) < distance) {
                    official = p.entity();
                    distance = Math.abs(p.tokenStart() - m.tokenStart());
                }
            }
            Entity region = official == null ? null : registry.regionOf(official);
            boolean national = m.tokenEnd() >= 2 && NATIONAL.contains(tokens.get(m.tokenEnd() - 2).folded());
            if (region != null && !national) {
                // "Ontario Premier Doug Ford said the government would ...": a regional head's government is the region's
                mentions.set(k, m.as(region, m.kind()));
            } else if (official != null && official.country() != null && !official.country().equals(m.entity().id())) {
                mentions.set(k, m.as(registry.country(official.country()), m.kind()));
            }
        }
    }

    /** Whether the one word at {@code i} (to {@code end}) is someone's first name, with a capitalised surname after it. */
    private boolean isFirstName(List<Token> tokens, int i, int end) {
        String word = tokens.get(i).text();
        return end == i + 1 && end < tokens.size() && tokens.get(end).isCapitalized() && tokens.get(end).isWord()
                && gazetteer.isGivenName(word);
    }
}
