package org.pledgewatch.extractor.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.WordLists;
import org.pledgewatch.extractor.text.Words;

/**
 * Countries (names, aliases, demonyms, capitals), international organisations and coalitions, and
 * titles, loaded once from the data files in {@code gazetteer/}. Immutable after construction.
 *
 * <p>Phrases are keyed by their folded words without hyphens, because the tokenizer splits
 * "Secretary-General" and "U.S.-led" at the hyphen.
 */
public final class Gazetteer {
    /** Words that make any title a stopgap of the same office: "Acting Chairman", "Interim President". */
    private static final List<String> STOPGAP_PREFIXES = List.of("Acting", "Interim");

    /** The office a title names, without a stopgap's prefix: "Acting Chairman" is a chairman's office. */
    static String office(String title) {
        for (String stopgap : STOPGAP_PREFIXES) {
            if (title.startsWith(stopgap + " ")) {
                return title.substring(stopgap.length() + 1);
            }
        }
        return title;
    }

    private final Map<String, GazetteerEntry> phrases = new HashMap<>();
    /**
     * Every key's shorter keys, word by word ("united", "united arab" for "united arab emirates"): a match stops reading
     * as soon as what it has read starts no phrase, instead of looking up every longer run up to the longest phrase
     * (this runs for every capitalised word of every article, twice).
     */
    private final Set<String> prefixes = new HashSet<>();
    /**
     * A bit for the hash code of every key and every one of {@link #prefixes} (a filter with no false "no"): a text
     * whose bit is clear is neither, so {@link #longestMatch} stops without asking the two tables. Why: it is asked of
     * every capitalised word, most of which start no phrase, and its look-ups in those large tables were most of its
     * time (they miss the caches); these 16 KB stay in them.
     */
    private final long[] keyOrPrefixBits = new long[KEY_OR_PREFIX_BITS / 64];
    private static final int KEY_OR_PREFIX_BITS = 1 << 17;
    private final Map<String, GazetteerEntry> countriesById = new HashMap<>();
    private final Map<String, GazetteerEntry> orgsById = new HashMap<>();
    private final Set<String> groupNouns = new HashSet<>();
    private final java.util.Map<String, List<String>> countryGroups = new java.util.HashMap<>();
    /** Acronyms that the gazetteer also lists written as a word ("Nato"), which then match in that case too. */
    private final Set<String> wordAcronyms = new HashSet<>();
    private final Set<String> reportingVerbs = new HashSet<>();
    private final Set<String> femaleNames = new HashSet<>();
    private final Set<String> maleNames = new HashSet<>();
    private final Set<String> portfolioWords = new HashSet<>();
    private final Set<String> geography = new HashSet<>();
    /** The first words of the names in {@link #geography} ("indo" of "Indo-Pacific", "south" of "South Asia"). */
    private final Set<String> geographyFirstWords = new HashSet<>();
    private final Set<String> newsAgencies = new HashSet<>();
    /** A national news agency's country, by the agency's id: "yonhap" is KOR. */
    private final Map<String, String> agencyCountries = new HashMap<>();
    private final Set<String> companies = new HashSet<>();
    /** A country's central bank (gazetteer/central-banks.tsv), by the country's alpha-3 code. */
    private final Map<String, GazetteerEntry> centralBanks = new HashMap<>();
    /** Region id ("tamil-nadu") to the alpha-3 code of its country. */
    private final Map<String, String> regionCountries = new HashMap<>();
    /** The country of each city of gazetteer/cities.tsv, by its folded name. */
    private final Map<String, String> cityCountries = new HashMap<>();
    /** The folded first words of those cities: the cheap question asked of every capitalised word a story names. */
    private final Set<String> cityFirstWords = new HashSet<>();
    /** Keys of all-capital aliases (US, WHO, AU): they match only when written in capitals, never "us" or "who". */
    private final Set<String> acronyms = new HashSet<>();
    private int maxWords = 1;
    /** Keys of the beginnings of phrases that end in a possessive inside the phrase: "democratic people's". */
    private final java.util.Set<String> innerPossessives = new java.util.HashSet<>();
    /** Keys of phrases written with a letter beyond ASCII ("Türkiye", "Côte d'Ivoire"). */
    private final Set<String> accentedKeys = new HashSet<>();
    /** Well-known officials by folded full name: {country or organisation id, role}. */
    private final Map<String, String[]> people = new HashMap<>();
    /** Listed two-word names of officials by their folded reversal: "motegi toshimitsu" -> "Toshimitsu Motegi". */
    private final Map<String, String> surnameFirst = new HashMap<>();
    /** Surname of a well-known official to the full name, when only one official has that surname. */
    private final Map<String, String> peopleBySurname = new HashMap<>();
    /** Long forms of officials' names (long-names.tsv) to the names they are known by: folded long form -> name. */
    private final Map<String, String> longForms = new HashMap<>();

    /** The styles of a state's formal name, before "of" and its common name. */
    private static final List<String> FORMAL_STYLES = List.of("State", "Republic", "Kingdom", "Federal Republic",
            "Arab Republic", "Islamic Republic", "Hashemite Kingdom", "Sultanate", "Principality", "Grand Duchy",
            "Federative Republic", "Socialist Republic", "Commonwealth", "Emirate");

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String line : WordLists.lines("/gazetteer/countries.tsv")) {
            String[] f = line.split("\t", -1);
            GazetteerEntry country = new GazetteerEntry(GazetteerEntry.Kind.COUNTRY, f[0], f[1], f[0]);
            g.countriesById.put(f[0], country);
            // the alpha-3 code is an id, not a word of the text: "PSE" is a Polish grid operator more
            // often than Palestine ("USA" is listed among the aliases)
            g.add(f[1], country);
            addAll(g, f, 2, country);
            if (f.length > 3) {
                for (String d : split(f[3])) {
                    g.addIfAbsent(d, new GazetteerEntry(GazetteerEntry.Kind.DEMONYM, f[0], f[1], f[0]));
                }
            }
            if (f.length > 4) {
                for (String c : split(f[4])) {
                    g.addIfAbsent(c, new GazetteerEntry(GazetteerEntry.Kind.CAPITAL, f[0], f[1], f[0]));
                }
            }
        }
        for (GazetteerEntry country : g.countriesById.values()) {
            // communiqués and treaties name states formally: "the State of Qatar", "the Hashemite Kingdom of Jordan"
            // (after every listed alias, so that "Republic of China" and "Republic of the Congo" keep their own
            // states)
            for (String style : FORMAL_STYLES) {
                g.addIfAbsent(style + " of " + country.name(), country);
                g.addIfAbsent(style + " of the " + country.name(), country);
            }
        }
        for (String line : WordLists.lines("/gazetteer/central-banks.tsv")) {
            // (read before organizations.tsv, which listed the banks among its first entries until round 71, so that no
            // name or alias they share with a later entry changes owner; the fifth column only finds a country's bank)
            String[] f = line.split("\t", -1);
            g.centralBanks.put(homeColumn(f), addOrganization(g, f, null));
        }
        for (String line : WordLists.lines("/gazetteer/organizations.tsv")) {
            addOrganization(g, line);
        }
        for (String line : WordLists.lines("/gazetteer/regions.tsv")) {
            // a region's government is an organisation of the region's name; the country is kept apart, for
            // HomeCountry only: "Ontario will ..." commits Ontario, not Canada
            String[] f = line.split("\t", -1);
            GazetteerEntry region = new GazetteerEntry(GazetteerEntry.Kind.ORGANIZATION, Folding.slug(f[0]), f[0], null);
            g.regionCountries.put(region.id(), f[2].strip());
            g.orgsById.putIfAbsent(region.id(), region);
            g.addIfAbsent(f[0], region);
            for (String alias : split(f[1])) {
                g.addIfAbsent(alias, region);
            }
        }
        for (String line : WordLists.lines("/gazetteer/cities.tsv")) {
            String[] f = line.split("\t", -1);
            String city = Folding.fold(f[0].strip());
            g.cityCountries.put(city, f[1].strip());
            g.cityFirstWords.add(city.split(" ")[0]);
        }
        for (String line : WordLists.lines("/gazetteer/companies.tsv")) {
            g.companies.add(addOrganization(g, line).id());
        }
        for (String line : WordLists.lines("/gazetteer/news-agencies.tsv")) {
            // (the agency's country is no country of the agency's as a speaker: "Xinhua reported" says nothing of
            // whom "the ministry" is; it only tells which country's wire a story comes from)
            String[] f = line.split("\t", -1);
            String id = addOrganization(g, f, null).id();
            g.newsAgencies.add(id);
            String country = homeColumn(f);
            if (country != null) {
                g.agencyCountries.put(id, country);
            }
        }
        for (String line : WordLists.lines("/gazetteer/long-names.tsv")) {
            String[] f = line.split("\t", -1);
            g.longForms.put(Folding.fold(f[0].strip()), f[1].strip());
        }
        for (String title : WordLists.lines("/gazetteer/titles.txt")) {
            g.addIfAbsent(title, new GazetteerEntry(GazetteerEntry.Kind.TITLE, title, title, null));
            for (String stopgap : STOPGAP_PREFIXES) {
                // "BNP Acting Chairman Tarique Rahman", "Interim Prime Minister X": the office held for now is the office
                String held = stopgap + " " + title;
                g.addIfAbsent(held, new GazetteerEntry(GazetteerEntry.Kind.TITLE, held, held, null));
            }
        }
        for (String line : WordLists.lines("/gazetteer/country-groups.tsv")) {
            String[] f = line.split("\t", -1);
            g.countryGroups.put(f[0].strip(), List.of(f[1].strip().split(",")));
        }
        for (String noun : WordLists.lines("/gazetteer/groups.txt")) {
            g.groupNouns.add(noun.strip());
        }
        for (String line : WordLists.lines("/gazetteer/people.tsv")) {
            String[] f = line.split("\t", -1);
            String[] value = {f[2].strip(), f.length > 3 ? f[3].strip() : null};
            g.people.put(Folding.fold(f[0].strip()), value);
            String[] given = f[0].strip().split(" ");
            if (given.length == 2) {
                g.surnameFirst.put(Folding.fold(given[1] + " " + given[0]), f[0].strip());
            }
            List<String> spellings = new ArrayList<>(List.of(f[0].strip()));
            spellings.addAll(split(f[1]));
            java.util.Set<String> surnames = new java.util.HashSet<>();
            for (String spelling : spellings) {
                // each spelling of the surname leads to the full name spelled the same way ("Zelensky", "Zelenskyy")
                String[] words = spelling.split(" ");
                String surname = Folding.fold(words[words.length - 1]);
                if (surnames.add(surname)) {
                    g.peopleBySurname.merge(surname, spelling, (a, b) -> "");
                }
            }
            for (String alt : split(f[1])) {
                g.people.put(Folding.fold(alt), value);
            }
        }
        for (String name : WordLists.lines("/gazetteer/female-first-names.txt")) {
            g.femaleNames.add(Folding.fold(name.strip()));
        }
        for (String name : WordLists.lines("/gazetteer/male-first-names.txt")) {
            g.maleNames.add(Folding.fold(name.strip()));
        }
        for (String word : WordLists.lines("/gazetteer/portfolio-words.txt")) {
            g.portfolioWords.add(Folding.fold(word.strip()));
            // "The Housing Minister said", "Sport Minister Gayton McKenzie": a portfolio's minister is an office
            // wherever titles.txt does not list it (it lists the common ones with the stopgap forms)
            g.addIfAbsent(word.strip() + " Minister", new GazetteerEntry(GazetteerEntry.Kind.TITLE,
                    word.strip() + " Minister", word.strip() + " Minister", null));
        }
        for (String name : WordLists.lines("/gazetteer/geography.txt")) {
            g.geography.add(Folding.fold(name.strip()));
            g.geographyFirstWords.add(Folding.fold(name.strip()).split("[ -]")[0]);
        }
        for (String verb : WordLists.lines("/lexicon/reporting-verbs.txt")) {
            g.reportingVerbs.add(verb.strip());
        }
        return g;
    }

    private static GazetteerEntry addOrganization(Gazetteer g, String line) {
        String[] f = line.split("\t", -1);
        return addOrganization(g, f, homeColumn(f));
    }

    /** The fifth column of an organisation's line: its home country's alpha-3, or null. */
    private static String homeColumn(String[] f) {
        return f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
    }

    /** An organisation of the columns {@code f}, whose entry has the country {@code home} (null: none). */
    private static GazetteerEntry addOrganization(Gazetteer g, String[] f, String home) {
        GazetteerEntry.Kind kind = "GROUP".equals(f[3]) ? GazetteerEntry.Kind.COALITION : GazetteerEntry.Kind.ORGANIZATION;
        GazetteerEntry org = new GazetteerEntry(kind, f[0], f[1], home);
        g.orgsById.put(f[0], org);
        g.add(f[1], org);
        addAll(g, f, 2, org);
        return org;
    }

    /** The country of a region the gazetteer lists ("ontario" is in CAN), or null for anything else. */
    public String regionCountry(String id) {
        return regionCountries.get(id);
    }

    /** Most words of a city's name: "Ho Chi Minh City", "Rio de Janeiro". */
    private static final int MAX_CITY_WORDS = 4;

    /**
     * The country of the city of gazetteer/cities.tsv whose name opens at token {@code from} ("Mumbai", "Rio de
     * Janeiro"), its end in {@code match[0]}; or null.
     */
    public String cityCountry(List<Token> tokens, int from, int[] match) {
        if (!cityFirstWords.contains(tokens.get(from).folded())) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        String found = null;
        for (int k = from; k < tokens.size() && k < from + MAX_CITY_WORDS; k++) {
            name.append(k > from ? " " : "").append(tokens.get(k).folded());
            String country = cityCountries.get(name.toString());
            if (country != null) {
                found = country;
                match[0] = k + 1;
            }
        }
        return found;
    }

    /** True for a company of {@code companies.tsv}: an organisation, but neither intergovernmental nor a state body. */
    public boolean isCompany(String id) {
        return companies.contains(id);
    }

    /** The country whose national news agency the id is (gazetteer/news-agencies.tsv), or null. */
    public String agencyCountry(String id) {
        return agencyCountries.get(id);
    }

    /** The central bank of the country with this alpha-3 code (gazetteer/central-banks.tsv), or null. */
    public GazetteerEntry centralBank(String alpha3) {
        return centralBanks.get(alpha3);
    }

    /** True for a news agency's id (gazetteer/news-agencies.tsv): it relays others' words and pledges none of its own. */
    public boolean isNewsAgency(String id) {
        return newsAgencies.contains(id);
    }

    private static void addAll(Gazetteer g, String[] f, int column, GazetteerEntry entry) {
        if (f.length > column) {
            for (String alias : split(f[column])) {
                g.add(alias, entry);
            }
        }
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private void add(String phrase, GazetteerEntry entry) {
        add(phrase, key(phrase), entry);
    }

    /** {@link #add}, with the phrase's {@link #key} worked out by the caller. */
    private void add(String phrase, String key, GazetteerEntry entry) {
        if (key.isEmpty()) {
            return;
        }
        phrases.put(key, entry);
        markKeyOrPrefix(key);
        String[] words = key.split(" ");
        // (the first k words joined by blanks are the key up to its k-th blank: cut, not joined again; this runs for
        // every phrase added at load)
        int[] blanks = new int[words.length];
        for (int k = 1, at = -1; k < words.length; k++) {
            at = key.indexOf(' ', at + 1);
            blanks[k] = at;
        }
        for (int k = 1; k < words.length; k++) {
            String prefix = key.substring(0, blanks[k]);
            prefixes.add(prefix);
            markKeyOrPrefix(prefix);
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (Folding.isPossessive(words[k])) {
                // "Democratic People's Republic of Korea", "Lao People's Democratic Republic": a possessive inside a
                // name, read on past
                innerPossessives.add(key.substring(0, blanks[k + 1]));
            }
        }
        if (hasLetterBeyondAscii(phrase)) {
            accentedKeys.add(key);
        }
        if (phrase.length() <= 6 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                && phrase.chars().anyMatch(Character::isLetter)) {
            acronyms.add(key);
        } else if (phrase.length() <= 7 && Character.isUpperCase(phrase.charAt(0))
                && phrase.substring(1).equals(phrase.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            // British style writes some acronyms as words: "Nato", "Unicef", "Opec"
            wordAcronyms.add(key);
        }
        maxWords = Math.max(maxWords, words.length);
    }

    private void markKeyOrPrefix(String text) {
        int bit = keyOrPrefixBit(text);
        keyOrPrefixBits[bit >>> 6] |= 1L << bit;
    }

    /** False when {@code text} is certainly neither a key of {@link #phrases} nor one of {@link #prefixes}. */
    private boolean mayBeKeyOrPrefix(String text) {
        int bit = keyOrPrefixBit(text);
        return (keyOrPrefixBits[bit >>> 6] & 1L << bit) != 0;
    }

    private static int keyOrPrefixBit(String text) {
        int h = text.hashCode();
        return (h ^ (h >>> 17)) & (KEY_OR_PREFIX_BITS - 1);
    }

    private void addIfAbsent(String phrase, GazetteerEntry entry) {
        String key = key(phrase);
        if (!phrases.containsKey(key)) {
            add(phrase, key, entry);
        }
    }

    /** The lookup key of a phrase: folded words, hyphens and a leading "the" dropped. */
    public static String key(String phrase) {
        if (isOneWord(phrase)) {
            // (most look-ups are of one word: no split, the same key)
            return phrase.equalsIgnoreCase("the") ? "" : Folding.fold(phrase);
        }
        // the words are the runs between hyphens, commas and blanks, as splitting at "\\s+" after replacing hyphens and
        // commas by blanks gave them, read in place (a split by a regular expression compiled a pattern on every call,
        // a fifth of the load's time)
        StringBuilder b = new StringBuilder();
        int length = phrase.length();
        for (int i = 0; i < length; ) {
            int end = i;
            while (end < length && !isKeySeparator(phrase.charAt(end))) {
                end++;
            }
            if (end > i) {
                String w = phrase.substring(i, end);
                if (!(b.length() == 0 && w.equalsIgnoreCase("the"))) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    b.append(Folding.fold(w));
                }
            }
            i = end + 1;
        }
        return b.toString();
    }

    /** A character that ends a word of a {@link #key}: a hyphen, a comma or a blank ({@code \\s}). */
    private static boolean isKeySeparator(char c) {
        return c == '-' || c == ',' || Words.isRegexSpace(c);
    }

    /** True when {@link #key} would not split the phrase: no hyphen, comma or blank ({@code \\s}) in it. */
    private static boolean isOneWord(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '-' || c == ',' || Words.isRegexSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The members (alpha-3 codes) of a regional group named by its adjective ("Baltic"), or an empty list. */
    public List<String> countryGroup(String adjective) {
        return countryGroups.getOrDefault(adjective, List.of());
    }

    /** The entry for a whole phrase as written (e.g. a gold actor name), or null. */
    public GazetteerEntry lookup(String phrase) {
        return phrases.get(key(phrase));
    }

    /** {country alpha-3 or organisation id, role} of a well-known official, or null. */
    public String[] official(String fullName) {
        String[] known = people.get(Folding.fold(fullName));
        if (known == null && fullName.endsWith(" Jr")) {
            // "Ferdinand Marcos Jr" as the Philippine press writes him, "Jr." as the list does
            known = people.get(Folding.fold(fullName + "."));
        }
        int last = fullName.lastIndexOf(' ');
        if (known == null && last > fullName.indexOf(' ') && isSecondFamilyName(fullName.substring(last + 1))) {
            // "Claudia Sheinbaum Pardo", "Alicia Bárcena Ibarra", "Ruth Nankabirwa Ssentamu": the listed official with
            // the second family name the article gives them, which annotators keep (in 11 of the 13 tuned articles
            // that write one)
            known = people.get(Folding.fold(fullName.substring(0, last)));
        }
        return known;
    }

    /** A capitalised word that is no generation ("Jr"), post-nominal ("MP", "KCB") or given name. */
    private boolean isSecondFamilyName(String word) {
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !Tokens.isAllCaps(word)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !word.startsWith("Jr")
                && !word.startsWith("Sr") && !isGivenName(word);
    }

    /** The role of a well-known official ("Prime Minister" for "Keir Starmer"), or null. */
    public String officialRole(String fullName) {
        String[] official = official(fullName);
        return official == null ? null : official[1];
    }

    /**
     * The listed name of an official written surname first in capitals ("MOTEGI Toshimitsu" in Japan's foreign
     * ministry's releases: Toshimitsu Motegi, as annotators name him), or null. (NHK's "Motegi Toshimitsu" is left as
     * written: annotators kept that order as often as not.)
     */
    public String givenNameFirst(String name) {
        int space = name.indexOf(' ');
        return space > 0 && Tokens.isAllCaps(name.substring(0, space)) ? surnameFirst.get(Folding.fold(name)) : null;
    }

    /** The name an official is known by, when {@code fullName} is a long form long-names.tsv lists for it; or null. */
    public String shortFormOf(String fullName) {
        return longForms.get(Folding.fold(fullName));
    }

    /** The full name of the one well-known official with this surname ("Trump"), or null. */
    public String officialBySurname(String surname) {
        String full = peopleBySurname.get(Folding.fold(surname));
        return full == null || full.isEmpty() ? null : full;
    }

    public GazetteerEntry country(String alpha3) {
        return countriesById.get(alpha3);
    }

    public GazetteerEntry organization(String id) {
        return orgsById.get(id);
    }

    /** The country of a people named in the plural ("Australians", "New Zealanders"), or null. */
    public GazetteerEntry pluralDemonym(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return null;
        }
        GazetteerEntry e = lookup(word.substring(0, word.length() - 1));
        return e != null && e.kind() == GazetteerEntry.Kind.DEMONYM ? e : null;
    }

    /**
     * "the Indo-Pacific", "the Middle East", "the South China Sea": a region of the world or a feature of its map, which is
     * where things happen, never who says or pledges them (gazetteer/geography.txt, and any name ending in "Sea", "Strait",
     * "River" ...; not "Ocean" nor "Canal", which end the names of companies and authorities: "Hanwha Ocean", "Suez Canal").
     */
    public boolean isGeographicName(String name) {
        String folded = Folding.fold(name);
        int last = folded.lastIndexOf(' ');
        return geography.contains(folded) || last > 0 && MAP_FEATURES.contains(folded.substring(last + 1));
    }

    /**
     * Whether a name whose first word is {@code first} and last word {@code last} (both folded) may be a region or a
     * feature of the map: the cheap question to ask before {@link #isGeographicName}, which cuts and folds the text.
     */
    public boolean mayBeGeographicName(String first, String last) {
        return geographyFirstWords.contains(first) || MAP_FEATURES.contains(last);
    }

    /**
     * The last word of a feature of the map: "the Black Sea", "the Taiwan Strait" ("the Strait of Hormuz", which opens with
     * it, is not read so).
     */
    private static final Set<String> MAP_FEATURES = Words.set("sea", "strait", "straits", "peninsula", "basin", "river",
            "desert", "mountains",
            // "the Equatorial Margin", "the Niger Delta", "the Rift Valley": an oil province or a region, not a company
            // that "the company" could refer back to
            "margin", "shelf", "delta", "valley", "plateau");

    /** "Economy", "Affairs", "Co-operation": a word of a ministry's portfolio (gazetteer/portfolio-words.txt). */
    public boolean isPortfolioWord(String word) {
        return portfolioWords.contains(Folding.fold(word));
    }

    public boolean isFemaleName(String firstName) {
        return femaleNames.contains(Folding.fold(firstName));
    }

    public boolean isMaleName(String firstName) {
        return maleNames.contains(Folding.fold(firstName));
    }

    /** Whether the word is a given name of either list: "Jonas", "Teresa". */
    public boolean isGivenName(String word) {
        return isMaleName(word) || isFemaleName(word);
    }

    public boolean isGroupNoun(String word) {
        return isFoldedGroupNoun(Folding.fold(word));
    }

    /** {@link #isGroupNoun} of a word already folded (a token's {@code folded()}). */
    public boolean isFoldedGroupNoun(String folded) {
        return groupNouns.contains(folded);
    }

    public boolean isReportingVerb(String word) {
        return reportingVerbs.contains(Folding.fold(word));
    }

    /**
     * The longest gazetteer phrase starting at token {@code from}, as {@code [endExclusive]} in
     * {@code match[0]}; hyphen tokens inside a phrase are skipped. The last word may carry a
     * possessive ("NATO's").
     */
    public GazetteerEntry longestMatch(List<Token> tokens, int from, int limit, int[] match) {
        GazetteerEntry best = longestPhrase(tokens, from, limit, match);
        if (best != null && match[0] == from + 1 && from + 1 < limit && tokens.get(from + 1).isCapitalized()
                && people.containsKey(Folding.fold(tokens.get(from).text() + " " + tokens.get(from + 1).text()))) {
            // "President Duma Boko told lawmakers": a listed person's first name that is also a body's alias (Russia's
            // Duma) opens the person's name
            return null;
        }
        return best;
    }

    /** {@link #longestMatch} before listed people's names are asked. */
    private GazetteerEntry longestPhrase(List<Token> tokens, int from, int limit, int[] match) {
        GazetteerEntry best = null;
        // the key of the words read so far: the first word's folded string itself (its hash code is worked out once,
        // and most matches read one word only), and a builder from the second word on
        String read = null;
        StringBuilder key = null;
        int words = 0;
        boolean hyphenated = false;
        boolean gluedHyphen = false;
        for (int i = from; i < limit && words < maxWords; i++) {
            Token token = tokens.get(i);
            String t = token.text();
            if (t.equals("-") || t.equals("\u2013") || t.equals(",")) {
                // "Secretary-General", "Global Fund to Fight AIDS, Tuberculosis and Malaria"
                if (words == 0 || (t.equals(",") && best != null && match[0] == i)) {
                    return best;
                }
                continue;
            }
            boolean possessive = Folding.isPossessive(t);
            String word = possessive ? Folding.stripPossessive(token.folded()) : token.folded();
            if (possessive && innerPossessives.contains((read != null ? read + " " : "") + Folding.fold(t))) {
                // the possessive belongs to the name ("Democratic People's Republic of Korea")
                possessive = false;
                word = Folding.fold(t);
            }
            if (words > 0 && word.length() > 1 && word.charAt(0) == '-' && Character.isLetter(word.charAt(1))) {
                // the tokenizer leaves some hyphens on the word after them ("Tehreek" "-" "e" "-Insaf",
                // "Congo" "-Brazzaville"): read as the hyphen standing alone is read above, in names of places and
                // bodies (titles below)
                word = word.substring(1);
                gluedHyphen = true;
            } else if (word.isEmpty() || (!Character.isLetterOrDigit(word.charAt(0)) && !word.equals("+") && !word.equals("&"))) {
                // ("Bill & Melinda Gates Foundation", "Transport & Environment": an ampersand inside a name)
                break;
            }
            if (word.indexOf('-') > 0) {
                // the tokenizer keeps some hyphens inside a token ("Maj-Gen", "Lt-" then "Gen"): the keys have none;
                // only titles are read so ("the UAE-based firm" names a firm, not the state)
                word = word.replace('-', ' ').trim();
                // (not the rest of a compound cut at its first hyphen: "Tehreek" "-" "i-Insaf", "Pakistan
                // Tehreek-i-Insaf" as the tokenizer cuts it)
                hyphenated |= i == from || !tokens.get(i - 1).text().equals("-");
            }
            if (read == null) {
                read = word;
            } else {
                if (key == null) {
                    key = new StringBuilder(read);
                }
                read = key.append(' ').append(word).toString();
            }
            if (!mayBeKeyOrPrefix(read)) {
                // no phrase is or starts with what was read: the look-ups below would find nothing and stop here
                break;
            }
            words++;
            GazetteerEntry e = phrases.get(read);
            if (e != null && hyphenated && e.kind() != GazetteerEntry.Kind.TITLE) {
                e = null;
            }
            if (e != null && gluedHyphen && e.kind() == GazetteerEntry.Kind.TITLE) {
                // (a title so cut, "Director" "-General", stays the first word's: the readings of an officer's name
                // after an office with "of" were built on that)
                e = null;
            }
            if (e != null && words == 1 && acronyms.contains(word)
                    && !Folding.stripPossessive(t).equals(Folding.stripPossessive(t).toUpperCase(java.util.Locale.ROOT))
                    && !(wordAcronyms.contains(word) && token.isCapitalized())) {
                e = null;
            }
            if (e != null && e.kind() == GazetteerEntry.Kind.DEMONYM && hasLetterBeyondAscii(t)
                    && !accentedKeys.contains(read)) {
                // "the Minister of Finance, Germán Ávila": an accent makes a Spanish first name, not "German"
                e = null;
            }
            if (e != null) {
                best = e;
                match[0] = i + 1;
            }
            if (possessive || !prefixes.contains(read)) {
                break;
            }
        }
        return best;
    }

    private static boolean hasLetterBeyondAscii(String s) {
        // (a loop, not a stream: asked at every demonym the articles name)
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127 && Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
