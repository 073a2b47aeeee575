package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Works out, once all mentions of an article are known, whom each person speaks for: the country
 * or organisation a commitment in their mouth binds. From the text first ("Cedric Schuster, the chair
 * of the Alliance of Small Island States", "Shell chief executive Wael Sawan", "Australia will
 * fund ..., Foreign Minister Penny Wong announced"), from the gazetteer of well-known officials
 * when the text says nothing ("President Donald Trump").
 */
final class AffiliationLinker {
    /** Lower-case role nouns: "Shell chief executive Wael Sawan". */
    private static final Set<String> ROLE_NOUNS = Words.set("candidate", "leader", "minister", "president",
            "chancellor", "official", "negotiator", "envoy", "spokesperson", "spokesman", "spokeswoman", "diplomat",
            "general", "commander", "secretary", "chief", "governor", "commissioner", "adviser", "advisor",
            "director", "head", "chairman", "chairwoman", "chairperson", "chair", "executive", "ceo", "founder", "boss", "partner");

    /** The words of a company's or an agency's titles, which a release writes in capitals: "Chief Executive Officer". */
    private static final Set<String> TITLE_WORDS = Words.union(ROLE_NOUNS, "officer", "vice", "senior", "managing",
            "financial", "operating", "deputy", "regional", "country", "executive");

    /** Heads of offices: "Defense Minister" and "Prime Minister" are two offices, "Spanish Prime Minister" one. */
    private static final Set<String> OFFICE_QUALIFIERS = Words.set("prime", "defense", "defence", "foreign", "finance",
            "interior", "health", "trade", "economy", "energy", "deputy", "vice", "home", "justice", "labor", "labour",
            "agriculture", "education", "transport", "environment", "industry");

    /**
     * Whether the article's {@code role} names another office than the {@code known} one: a qualifier of one that the
     * other lacks, on the same kind of office ("Defense Minister", "Prime Minister").
     */
    private static boolean otherOffice(String role, String known) {
        Set<String> said = officeWords(role);
        Set<String> listed = officeWords(known);
        boolean sameKind = listed.stream().anyMatch(w -> !OFFICE_QUALIFIERS.contains(w) && said.contains(w));
        boolean saidQualified = said.stream().anyMatch(OFFICE_QUALIFIERS::contains);
        boolean listedQualified = listed.stream().anyMatch(OFFICE_QUALIFIERS::contains);
        boolean shared = said.stream().anyMatch(w -> OFFICE_QUALIFIERS.contains(w) && listed.contains(w));
        return sameKind && saidQualified && listedQualified && !shared && !said.contains("former");
    }

    /** Whether no mention names the country {@code alpha3}. */
    private static boolean neverNamed(List<Mention> mentions, String alpha3) {
        for (Mention m : mentions) {
            if (m.entity().type() == EntityType.COUNTRY && alpha3.equals(m.entity().id())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mention of {@code person}, or the three words before it, names this country ("French Finance Minister"). */
    private boolean countryNamedWith(AnalyzedText text, List<Mention> mentions, Entity person, String country) {
        int[] match = new int[1];
        for (Mention m : mentions) {
            if (m.entity() != person) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            for (int k = Math.max(0, m.tokenStart() - 3); k < m.tokenEnd(); k++) {
                GazetteerEntry entry = gazetteer.longestMatch(tokens, k, m.tokenEnd(), match);
                if (entry != null && (entry.kind() == GazetteerEntry.Kind.COUNTRY || entry.kind() == GazetteerEntry.Kind.DEMONYM)
                        && country.equals(entry.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The folded words of an office, spelt one way ("defense" as "defence"). */
    private static Set<String> officeWords(String office) {
        return Words.set(Folding.fold(office).replace("defense", "defence").replace("labor", "labour").split("[ -]+"));
    }

    /** Words that open a phrase of place or occasion after a name, never an apposition of affiliation. */
    private static final Set<String> PLACE_OR_OCCASION = Words.set("on", "in", "at", "to", "from", "with", "during",
            "speaking", "interview", "interviewed", "appearing");

    private final Gazetteer gazetteer;

    AffiliationLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Links people to what they speak for; {@code home} is the article's country ({@link HomeCountry}), or null. */
    void link(AnalyzedText text, List<Mention> mentions, EntityRegistry registry, String home) {
        envoysToHosts(text, mentions);
        nationalOfficesInApposition(text, mentions);
        governmentOfficesInApposition(text, mentions);
        for (Entity person : registry.persons()) {
            String shortForm = gazetteer.shortFormOf(person.name());
            shortForm = shortForm == null ? gazetteer.givenNameFirst(person.name()) : shortForm;
            if (shortForm != null) {
                // "Prime Minister Muhammad Shehbaz Sharif" in APP's copy: Shehbaz Sharif, as every annotator names him;
                // "MOTEGI Toshimitsu": Toshimitsu Motegi
                registry.rename(person, shortForm);
            }
            String[] namesake = gazetteer.official(person.name());
            // (with no home country, one the article never names: "Defense Minister Pedro Sánchez told reporters in
            // Cúcuta" in a story about Colombia's elections that never names Spain)
            if (namesake != null && person.role() != null && namesake[0].equals(person.country())
                    && (home != null ? !home.equals(namesake[0]) : neverNamed(mentions, namesake[0]))
                    && otherOffice(person.role(), namesake[1])
                    && !countryNamedWith(text, mentions, person, namesake[0])) {
                // "Defense Minister Pedro Sánchez" in a story from Bogotá: not Spain's prime minister, whose name he
                // shares; whom he speaks for is left to the article (a Spanish story's "Defence Minister" of the same
                // name would be a change of office, not another man)
                person.forgetCountry();
                continue;
            }
            // the article did not say whom this person speaks for: a well-known official's country
            if (person.country() == null && person.organization() == null) {
                String fullName = person.name();
                if (!fullName.contains(" ") && gazetteer.officialBySurname(fullName) != null) {
                    // "President Trump" with no full name in the article: the well-known official
                    fullName = gazetteer.officialBySurname(fullName);
                    registry.rename(person, fullName);
                }
                String[] known = gazetteer.official(fullName);
                if (known != null) {
                    if (gazetteer.country(known[0]) != null) {
                        person.addCountry(known[0]);
                    } else {
                        person.addOrganization(known[0]);
                        GazetteerEntry org = gazetteer.organization(known[0]);
                        person.addCountry(org == null ? null : org.country());
                    }
                    person.addRole(known[1]);
                }
            }
        }
        attributedOfficials(text, mentions);
        appositionOrganizations(text, mentions);
        unknownBodiesOfOffices(text, mentions, registry);
        officesNamedByTitle(text, mentions, registry);
        organizationsInRoles(registry);
        predicatedOrganizations(text, mentions);
        predicatedRoles(text, mentions);
        possessedOfficesBefore(text, mentions);
        organizationStaff(text, mentions);
        possessiveOffices(text, mentions);
        possessiveStateOffices(text, mentions);
        forwardDescribed(text, mentions);
        datelineLeaders(text, mentions, registry);
        electionWinners(text, mentions);
        regionalLeaders(text, mentions, registry, home);
        electedTitles(text, mentions);
        // an institution that opens the head's own sentence outranks the country the story is about ("The European
        // Central Bank kept rates ..., with President Christine Lagarde saying" in a story that names France most)
        institutionHeads(mentions, registry, false);
        domesticOfficials(text, mentions, registry, home, envoysHost(registry), datelineCountry(text));
        lowerCaseCorporateOffices(text, mentions, registry);
        // (the company whose call a transcript prints before the company an officer's story names most: the heading
        // that names it may be the only mention, and an analyst's question may name a regulator)
        EarningsCalls.link(text, mentions, registry);
        companyExecutives(text, mentions, registry);
        institutionHeads(mentions, registry, true);
        commissioners(mentions, registry);
    }

    /**
     * An envoy's title with its host country before the name: "Indian Ambassador to Nepal Naveen Srivastava". Group 1 is
     * the sending state's adjective or name, if written; group 2 the title; group 3 the host.
     */
    private static final java.util.regex.Pattern ENVOY_TO = java.util.regex.Pattern.compile(
            // (the sender may be a country's possessive, the title in lower case: "Russia's ambassador to Tehran")
            "(?:(\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]+)?)(?:['\u2019]s)? )?(Ambassador|Envoy|Special Envoy|High Commissioner"
            + "|Consul General|Permanent Representative|ambassador|envoy|special envoy) to (?:the )?"
            + "(\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]+){0,2}) $");

    /**
     * "Indian Ambassador to Nepal Naveen Srivastava", "Japanese Ambassador to the Philippines Endo Kazuya", "Russia's
     * ambassador to Tehran Alexey Dedov": the name
     * reader takes the host country, written right before the name, for the person's own; an envoy speaks for the state
     * that sends them (the adjective before the title), or for no state the article says.
     */
    private void envoysToHosts(AnalyzedText text, List<Mention> mentions) {
        String body = text.body();
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || m.inQuote() || p.country() == null) {
                continue;
            }
            int at = body.indexOf(p.name(), m.start());
            if (at < 0 || at - m.start() > 40) {
                continue;
            }
            String before = body.substring(Math.max(0, at - 100), at);
            java.util.regex.Matcher envoy = ENVOY_TO.matcher(before);
            if (!envoy.find()) {
                continue;
            }
            GazetteerEntry host = gazetteer.lookup(envoy.group(3));
            // (a host named by its capital: "ambassador to Tehran")
            String hostCountry = host == null ? null : host.kind() == GazetteerEntry.Kind.COUNTRY ? host.id()
                    : host.kind() == GazetteerEntry.Kind.CAPITAL ? host.country() : null;
            if (hostCountry == null || !hostCountry.equals(p.country())) {
                continue;
            }
            GazetteerEntry sender = envoy.group(1) == null ? null : gazetteer.lookup(envoy.group(1));
            p.forgetCountry();
            if (sender != null && (sender.kind() == GazetteerEntry.Kind.COUNTRY || sender.kind() == GazetteerEntry.Kind.DEMONYM)) {
                p.addCountry(sender.kind() == GazetteerEntry.Kind.COUNTRY ? sender.id() : sender.country());
            }
            if (p.role() == null) {
                p.giveOffice(before.substring(envoy.start(2)).strip());
            }
        }
    }

    /** Offices whose winners news styles "-elect" before taking office: "President-elect Laura Fernández". */
    private static final Set<String> ELECTED_OFFICES = Words.set("President", "Governor", "Mayor", "Premier", "Chancellor");

    /**
     * "President-elect Laura Fernández has said she would honor the agreements": the office-to-be before a name, which
     * the tokenizer splits ("President", "-", "elect") and no title of the gazetteer reads, is the person's role, so that
     * they speak for the article's country as an official does.
     */
    private static void electedTitles(AnalyzedText text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity p = m.entity();
            int at = m.tokenStart();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.role() != null || at < 3) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            if (ELECTED_OFFICES.contains(tokens.get(at - 3).text()) && tokens.get(at - 2).text().equals("-")
                    && tokens.get(at - 1).text().equals("elect")) {
                p.addRole(tokens.get(at - 3).text() + "-elect");
            }
        }
    }

    /** Role nouns of a description that stands for a person named later ("Chile's president-elect"). */
    private static final Set<String> DESCRIBED_ROLES = Words.set("president-elect", "president", "minister", "chief",
            "head", "leader", "premier", "envoy", "ambassador", "diplomat", "commissioner", "secretary", "director",
            "chancellor", "governor", "spokesman", "spokeswoman", "coordinator", "negotiator");

    /**
     * "Chile's president-elect promised ... | Jose Antonio Kast, a 59-year-old lawyer, won ...": a
     * description with no name (a country's or an organisation's role noun) in one sentence, and a person
     * named for the first time at the start of the next, are the same person: they speak for that country.
     */
    private static void forwardDescribed(AnalyzedText text, List<Mention> mentions) {
        Entity described = null;
        int describedSentence = -2;
        for (Mention m : mentions) {
            if (m.inQuote()) {
                continue;
            }
            Entity e = m.entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON && m.tokenStart() == 0
                    && m.tokenEnd() - m.tokenStart() >= 2 && described != null && describedSentence == m.sentence() - 1
                    && e.country() == null && e.organization() == null) {
                if (described.type() == org.pledgewatch.extractor.EntityType.COUNTRY) {
                    e.addCountry(described.id());
                } else {
                    e.addOrganization(described.id());
                    e.addCountry(described.country());
                }
            }
            if ((e.type() == org.pledgewatch.extractor.EntityType.COUNTRY
                    || e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION)
                    && describesUnnamedRole(text.sentences().get(m.sentence()).tokens(), m.tokenEnd())) {
                described = e;
                describedSentence = m.sentence();
            }
        }
    }

    /** After a country or organisation: up to two lower-case words, then a role noun that no name follows. */
    private static boolean describesUnnamedRole(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).text().equals("'s")) {
            k++;
        }
        for (int i = k; i < Math.min(tokens.size(), k + 3); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
            if (DESCRIBED_ROLES.contains(t.folded())) {
                return i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized() && !tokens.get(i + 1).text().equals(",");
            }
        }
        return false;
    }

    /**
     * "SANTIAGO, Dec 15 (AP) — ... Outgoing President Gabriel Boric", "KATHMANDU, Oct 9 - ... Finance Minister
     * Rameshore Khanal": a president or minister whom the article gives no country serves the country of the dateline
     * (reporters name a foreign minister's nationality, not the host's).
     */
    private static void datelineLeaders(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        String dateline = null;
        for (Mention m : mentions) {
            if (m.sentence() > 0) {
                break;
            }
            // ("Colombo, Dec. 3 (Daily Mirror) -": a place written as a name opens a dateline that an agency closes)
            boolean dated = m.place() || m.kind() == Mention.Kind.CAPITAL && Dateline.dashIndex(text.sentences().get(0)) > 1;
            if (dated && m.tokenStart() == 0 && m.entity().type() == org.pledgewatch.extractor.EntityType.COUNTRY) {
                dateline = m.entity().id();
            }
            break;
        }
        if (dateline == null) {
            return;
        }
        for (Entity p : registry.persons()) {
            if (p.country() == null && p.organization() == null && p.role() != null) {
                String r = p.role().toLowerCase(java.util.Locale.ROOT);
                if ((r.endsWith("president") || r.contains("minister") || r.endsWith("premier"))
                        && !r.contains("vice") && !r.contains("bank")) {
                    p.addCountry(dateline);
                }
            }
        }
    }

    /**
     * "Competition Commissioner Teresa Ribera" in an article about the European Commission or the EU:
     * a commissioner with no other affiliation speaks for the Commission.
     */
    private void commissioners(List<Mention> mentions, EntityRegistry registry) {
        boolean european = mentions.stream().anyMatch(m -> "european-commission".equals(m.entity().id())
                || "european-union".equals(m.entity().id()));
        GazetteerEntry commission = gazetteer.organization("european-commission");
        if (!european || commission == null) {
            return;
        }
        for (Entity p : registry.persons()) {
            if (p.country() == null && p.organization() == null && p.role() != null
                    && p.role().toLowerCase(java.util.Locale.ROOT).endsWith("commissioner")) {
                p.addOrganization(commission.id());
            }
        }
    }

    private static final Set<String> CLAIMED = Words.set("claimed", "claims", "declared", "declares");

    /** Words of a national vote: "has won Chile's presidential run-off", "won Poland's election". */
    private static final Set<String> VOTES = Words.set("presidential", "election", "elections", "run-off", "runoff",
            "vote", "general", "parliamentary", "leadership");

    /**
     * "José Antonio Kast has won Chile's presidential run-off": the winner of a country's vote will lead it, and
     * his pledges are the country's (as the guidelines annotate a president-elect's).
     */
    private static void electionWinners(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention next = mentions.get(k + 1);
            if (m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON || m.entity().country() != null
                    || m.inQuote() || next.sentence() != m.sentence()
                    || next.entity().type() != org.pledgewatch.extractor.EntityType.COUNTRY) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            int verb = m.tokenEnd();
            if (verb < tokens.size() && tokens.get(verb).folded().equals("has")) {
                verb++;
            }
            boolean won = verb < tokens.size() && (tokens.get(verb).folded().equals("won") || tokens.get(verb).folded().equals("wins"));
            if (!won && verb + 2 < tokens.size() && CLAIMED.contains(tokens.get(verb).folded())
                    && tokens.get(verb + 1).folded().equals("victory") && tokens.get(verb + 2).folded().equals("in")) {
                // "José Antonio Kast has claimed victory in Chile's presidential run-off"
                won = true;
                verb += 2;
            }
            boolean possessive = next.tokenStart() == verb + 1 && next.tokenEnd() < tokens.size()
                    && Folding.isPossessive(tokens.get(next.tokenEnd() - 1).text())
                    && VOTES.contains(tokens.get(next.tokenEnd()).folded());
            if (won && possessive) {
                m.entity().addCountry(next.entity().id());
            }
        }
    }

    /** Offices that head a region's government: "Chief Minister Siddaramaiah", "Governor Kathy Hochul". */
    private static final java.util.regex.Pattern REGIONAL_ROLE = java.util.regex.Pattern.compile(
            "(?i)^(deputy )?(chief minister|governor|premier|first minister)$");

    /** Words of a title that make its office the nation's: "Federal Emergency Management Minister", "Union Minister". */
    private static final java.util.regex.Pattern NATIONAL_OFFICE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:federal|union|national|commonwealth|prime|president|vice)\\b");

    /**
     * "Chief Minister Siddaramaiah ... said the state would" in a story about Karnataka: the head of the region
     * the article names most, when it names one and the person is linked to nothing else. Without this the
     * state he speaks for would be India. In a story about the region (named twice or more, more often than its
     * country, which is the story's home), a minister the article gives no country serves the region too.
     */
    private void regionalLeaders(AnalyzedText text, List<Mention> mentions, EntityRegistry registry, String home) {
        java.util.Map<String, Integer> regions = new java.util.HashMap<>();
        java.util.Map<String, Entity> byId = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (registry.isRegion(m.entity())) {
                regions.merge(m.entity().id(), 1, Integer::sum);
                byId.put(m.entity().id(), m.entity());
            }
        }
        String region = dominant(regions);
        if (region == null) {
            return;
        }
        String regionsCountry = gazetteer.regionCountry(region);
        int countryNamed = 0;
        for (Mention m : mentions) {
            if (m.entity().type() == org.pledgewatch.extractor.EntityType.COUNTRY && m.entity().id().equals(regionsCountry)) {
                countryNamed++;
            }
        }
        // a story the region fills more than its country does is about the region's own government
        // (not England, which has no government but the United Kingdom's)
        boolean regionalStory = !region.equals("england") && regions.get(region) >= 2
                && (regions.get(region) > countryNamed
                    // as often as its country, or less often in a story that names the region before its country
                    // ("CHENNAI: Two companies signed memoranda with the Tamil Nadu government ... which the State
                    // expects": the State's ministers), in a story not filed from the nation's capital ("CHENNAI", not
                    // "PUTRAJAYA:")
                    || (regions.get(region) == countryNamed || namesRegionFirst(mentions, region, regionsCountry))
                        && !regionsCountry.equals(datelineCountry(text)))
                && home != null && home.equals(regionsCountry);
        for (Entity p : registry.persons()) {
            if (p.organization() == null && p.role() != null && REGIONAL_ROLE.matcher(p.role()).matches()
                    && (p.country() == null || p.country().equals(byId.get(region).country()))) {
                p.addOrganization(region);
            } else if (regionalStory && p.organization() == null && p.country() == null && p.role() != null
                    && isGovernmentRole(p.role()) && !NATIONAL_OFFICE.matcher(p.role()).find()) {
                // "Housing Minister Rose Jackson said the first 1,500 homes would be ready" in a story about New South
                // Wales: a minister the article gives no country serves the region it is about
                p.addOrganization(region);
            }
        }
    }

    /** Whether the article names the region before it names the region's country. */
    private static boolean namesRegionFirst(List<Mention> mentions, String region, String country) {
        for (Mention m : mentions) {
            if (m.entity().id().equals(region)) {
                return true;
            }
            if (m.entity().id().equals(country)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Finance Minister Lars Klingbeil" in an article where Germany is the only country named, or the one
     * it is plainly about: a government official of that country. When no country is named most, the
     * country the lead opens with ("MANILA -- The Philippines is counting on ..., Trade and Industry Secretary
     * Cristina Roque told Nikkei Asia").
     */
    private static void domesticOfficials(AnalyzedText text, List<Mention> mentions, EntityRegistry registry, String home,
                                          String host, String filedFrom) {
        java.util.Map<String, Integer> countries = new java.util.HashMap<>();
        for (Mention m : mentions) {
            String c = m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON ? null : m.entity().country();
            if (m.entity().type() == org.pledgewatch.extractor.EntityType.COUNTRY) {
                c = m.entity().id();
            }
            if (c != null) {
                countries.merge(c, 1, Integer::sum);
            }
        }
        String only = host != null ? host : dominant(countries);
        if (only == null) {
            only = home;
        }
        if (only == null) {
            // "ISLAMABAD: China has agreed to finance ... Interior Minister Mohsin Naqvi said the government would ...": a
            // story about two countries, none of which it names most, filed from one's capital, whose ministers the
            // paper names without their country (before the count of mentions it broke a tuned pool's modality floor
            // on a sentence whose gold has two modalities)
            only = filedFrom;
        }
        for (Entity p : registry.persons()) {
            if (p.country() == null && p.organization() == null && p.role() != null && isGovernmentRole(p.role())) {
                String before = countryOpeningSentenceBefore(mentions, p);
                String seat = before != null ? null : onlyCapitalBeside(text, mentions, p);
                p.addCountry(before != null ? before : seat != null ? seat : only);
            }
        }
    }

    /** The country of the place the article's dateline names ("ISLAMABAD:", "SEOUL, Dec. 2 (Yonhap) --"), or null. */
    private String datelineCountry(AnalyzedText text) {
        if (text.sentences().isEmpty()) {
            return null;
        }
        Sentence first = text.sentences().get(0);
        int dash = Dateline.dashIndex(first);
        int[] match = new int[1];
        GazetteerEntry place = dash > 0 && first.tokens().get(0).isCapitalized()
                ? gazetteer.longestMatch(first.tokens(), 0, dash, match) : null;
        return place != null && (place.kind() == GazetteerEntry.Kind.CAPITAL || place.kind() == GazetteerEntry.Kind.COUNTRY)
                ? place.country() : null;
    }

    /**
     * "Electricity and Energy Minister Kgosientsho Ramokgopa at a media briefing in Pretoria": the country whose
     * capital is the only place named in the sentence of a minister's first mention, and no other country there; null
     * otherwise. A government's minister speaks in its own capital more often than the article's other countries are
     * named.
     */
    private static String onlyCapitalBeside(AnalyzedText text, List<Mention> mentions, Entity person) {
        Mention first = firstMentionOf(mentions, person);
        if (first == null) {
            return null;
        }
        List<Token> tokens = text.sentences().get(first.sentence()).tokens();
        String capital = null;
        for (Mention m : mentions) {
            if (m.sentence() != first.sentence() || m.entity().type() != org.pledgewatch.extractor.EntityType.COUNTRY) {
                continue;
            }
            if (m.kind() != Mention.Kind.CAPITAL || capital != null && !capital.equals(m.entity().id())
                    || m.tokenStart() > 0 && tokens.get(m.tokenStart() - 1).folded().equals("to")) {
                // (not "will travel to Washington next week": where the minister goes is not where they govern)
                return null;
            }
            capital = m.entity().id();
        }
        return capital;
    }

    /** An envoy's title as the article gives it: "Ambassador of Japan to Fiji", "High Commissioner to Fiji". */
    private static final java.util.regex.Pattern ENVOY_ROLE = java.util.regex.Pattern.compile(
            "(?:Ambassador|Envoy|High Commissioner)(?: of (?:the )?[\\p{L} .-]+)? to (?:the )?(\\p{Lu}[\\p{L}.-]+(?: \\p{Lu}[\\p{L}.-]+){0,2})$");

    /**
     * "the Ambassador of Japan to Fiji, Kenji Takahashi, and ... the Minister for Rural and Maritime Development, Sakiasi
     * Ditoka": where a foreign envoy meets the host's officials, an official whom the article ties to no country is the
     * host's, though the article names the envoy's country more. Null when no envoy to another country is named.
     */
    private String envoysHost(EntityRegistry registry) {
        for (Entity p : registry.persons()) {
            java.util.regex.Matcher envoy = p.role() == null || p.country() == null ? null : ENVOY_ROLE.matcher(p.role());
            if (envoy == null || !envoy.find()) {
                continue;
            }
            GazetteerEntry host = gazetteer.lookup(envoy.group(1));
            if (host != null && host.kind() == GazetteerEntry.Kind.COUNTRY && !host.id().equals(p.country())) {
                return host.id();
            }
        }
        return null;
    }

    /**
     * "The United Kingdom ... said it would honor in full its £1.98 billion pledge. | '... we will not be cutting our
     * contribution,' Development Minister Jenny Chapman said": a minister first named just after a sentence that
     * opens with a country speaks for that country, not for the one the article names most. Null otherwise.
     */
    private static String countryOpeningSentenceBefore(List<Mention> mentions, Entity person) {
        Mention first = firstMentionOf(mentions, person);
        if (first == null || first.sentence() == 0) {
            return null;
        }
        Mention opening = openingMention(mentions, first.sentence() - 1);
        return opening != null && opening.tokenStart() <= 1
                && opening.entity().type() == org.pledgewatch.extractor.EntityType.COUNTRY ? opening.entity().id() : null;
    }

    /** A company's officers: "Chief Financial Officer Tom Okafor", "CEO Kari Nordahl Eide". */
    private static final java.util.regex.Pattern CORPORATE_ROLE = java.util.regex.Pattern.compile(
            "(?i)\\b(chief \\w+ officer|chief executive|ceo|cfo|coo|chairman|chairwoman|managing director|founder)\\b");

    /**
     * "Chief Financial Officer Tom Okafor said ..." in a story about one company: an officer the article does not
     * tie to anyone works for the company it is about (the only company named, or the one named most, by the
     * rule of {@link #dominant}), so that his "we will" is the company's.
     */
    private void companyExecutives(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (registry.mayBeACompany(e) && !creditOrAudience(text, m)) {
                counts.merge(e.id(), 1, Integer::sum);
            }
        }
        String company = dominant(counts);
        for (Entity p : registry.persons()) {
            java.util.regex.Matcher title = p.role() == null ? null : CORPORATE_ROLE.matcher(p.role());
            if (p.organization() != null || p.country() != null || title == null || !title.find()) {
                continue;
            }
            Entity named = companyInRole(p.role().substring(title.end()), registry);
            Entity justBefore = named == null ? companyOpeningSentenceBefore(mentions, p, registry) : null;
            if (named != null) {
                p.addOrganization(named.id());
            } else if (justBefore != null) {
                // "Yara International ASA ... said Thursday it will restart an idled ammonia line. Chief Executive
                // Officer Svein Tore Holsether said": the company whose news the officer goes on with, in a story
                // that names others more
                p.addOrganization(justBefore.id());
            } else if (company != null) {
                p.addOrganization(company);
            }
        }
    }

    /**
     * The company that opens the sentence of a person's first mention, or the sentence before it, when it comes before
     * them; else null.
     */
    private static Entity companyOpeningSentenceBefore(List<Mention> mentions, Entity person, EntityRegistry registry) {
        Entity opening = organizationOpeningSentenceBefore(mentions, person);
        return registry.mayBeACompany(opening) ? opening : null;
    }

    /**
     * What opens the sentence of a person's first mention, or the sentence before it, when it comes before them; else
     * null.
     */
    private static Entity organizationOpeningSentenceBefore(List<Mention> mentions, Entity person) {
        Mention first = firstMentionOf(mentions, person);
        if (first == null) {
            return null;
        }
        Mention opening = openingMention(mentions, first.sentence());
        if (opening == null || opening.tokenStart() >= first.tokenStart()) {
            // nobody before the person in their own sentence: the sentence before
            opening = first.sentence() == 0 ? null : openingMention(mentions, first.sentence() - 1);
        }
        return opening == null ? null : opening.entity();
    }

    /** The offices that head an institution: "President Christine Lagarde" of a central bank, "Director-General ...". */
    private static final java.util.regex.Pattern INSTITUTION_ROLE = java.util.regex.Pattern.compile(
            "(?i)^(vice[- ]|deputy )?(president|governor|chair|chairman|chairwoman|director-general|director general"
                    + "|secretary-general|secretary general|managing director|executive director|administrator)$");

    /**
     * "The European Central Bank kept rates unchanged ..., with President Christine Lagarde telling reporters": the
     * head of an institution that the article ties to no one else leads the institution that opens the sentence of
     * their first mention (or the sentence before), so that their "we will" is the institution's; with
     * {@code ledeToo}, failing that, the one the lede opens with.
     */
    private static void institutionHeads(List<Mention> mentions, EntityRegistry registry, boolean ledeToo) {
        for (Entity p : registry.persons()) {
            if (p.organization() != null || p.country() != null || p.role() == null
                    || !INSTITUTION_ROLE.matcher(p.role()).matches()) {
                continue;
            }
            Entity institution = organizationOpeningSentenceBefore(mentions, p);
            if (ledeToo && (institution == null || !registry.isListedOrganization(institution))) {
                // "Vice-President Luis de Guindos said", further down a story whose lede opens with the bank
                Mention lede = openingMention(mentions, 0);
                institution = lede == null ? null : lede.entity();
            }
            if (institution != null && registry.isListedOrganization(institution)) {
                p.addOrganization(institution.id());
            }
        }
    }

    /** A person's first mention, or null. */
    private static Mention firstMentionOf(List<Mention> mentions, Entity person) {
        for (Mention m : mentions) {
            if (m.entity() == person) {
                return m;
            }
        }
        return null;
    }

    /** The mention, places aside, that comes first in sentence {@code sentence}, or null. */
    private static Mention openingMention(List<Mention> mentions, int sentence) {
        Mention opening = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && !m.place() && (opening == null || m.tokenStart() < opening.tokenStart())) {
                opening = m;
            }
        }
        return opening;
    }

    /**
     * "said chief executive Pascal Soriot", "We spoke to chief executive Marieke van Dalen": a company's office in lower
     * case just before a name (capitalised, at a sentence's start, it is a title the mention already reads), which
     * {@link #companyExecutives} then ties to the company the article is about.
     */
    private static void lowerCaseCorporateOffices(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.role() != null || p.organization() != null
                    || p.country() != null || m.inQuote()) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            // (or the office in apposition: "The company's chief executive, David Marsh, said")
            int nameStart = m.tokenStart() > 1 && tokens.get(m.tokenStart() - 1).text().equals(",") ? m.tokenStart() - 1
                    : m.tokenStart();
            int k = nameStart;
            while (k > 0 && nameStart - k < 4 && tokens.get(k - 1).isWord() && !tokens.get(k - 1).isCapitalized()) {
                k--;
            }
            StringBuilder before = new StringBuilder();
            for (int i = k; i < nameStart; i++) {
                before.append(i == k ? "" : " ").append(tokens.get(i).text());
            }
            java.util.regex.Matcher office = CORPORATE_ROLE.matcher(before);
            while (office.find()) {
                if (office.end() == before.length()) {
                    p.addRole(before.substring(office.start()));
                    int possessor = k - 1;
                    for (int i = k; i < nameStart; i++) {
                        // "The foundation's chief executive": the possessive among the lower-case words
                        possessor = Folding.isPossessive(tokens.get(i).text()) ? i : possessor;
                    }
                    Entity company = possessorCompany(tokens, possessor, m.sentence(), mentions, registry);
                    if (company != null) {
                        p.addOrganization(company.id());
                    }
                    break;
                }
            }
        }
    }

    /**
     * "BP's chief executive Murray Auchincloss": a capitalised possessive right before a company's office is the company,
     * whether the article named nothing with it or read it as a person's (a lone unknown name is read as an organisation
     * only when it acts).
     */
    private static Entity possessorCompany(List<Token> tokens, int at, int sentence, List<Mention> mentions,
                                           EntityRegistry registry) {
        if (at < 0 || !Folding.isPossessive(tokens.get(at).text())) {
            return null;
        }
        Mention other = mentionCovering(mentions, sentence, at);
        if (!tokens.get(at).isCapitalized()) {
            // "The foundation's chief executive, Mark Suzman": the organisation the noun was read as
            return other != null && other.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    ? other.entity() : null;
        }
        if (other != null) {
            // "Shell’s" opening the sentence was read as a person's possessive: one word, before a company's office, is
            // the company
            Entity e = other.entity();
            return other.tokenEnd() - other.tokenStart() == 1 && e.type() == org.pledgewatch.extractor.EntityType.PERSON
                    && e.nameWords().size() == 1 && registry.revealOrganization(e) ? e : null;
        }
        return registry.namedOrganization(Folding.stripPossessive(tokens.get(at).text()), null);
    }

    /** The first mention of the sentence that covers token {@code at}, or null. */
    private static Mention mentionCovering(List<Mention> mentions, int sentence, int at) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() <= at && at < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Geneva (AFP) -", "told Reuters": a wire's credit or a reporter's outlet, never the company a story is about (the
     * wires are not among the gazetteer's news agencies: listed there, a dateline's "(Reuters)" became the speaker of
     * the company's words, round 33 found).
     */
    private static boolean creditOrAudience(AnalyzedText text, Mention m) {
        if (m.tokenStart() == 0) {
            return false;
        }
        String before = text.sentences().get(m.sentence()).tokens().get(m.tokenStart() - 1).folded();
        return before.equals("(") || before.equals("told");
    }

    /** A role's own company, after its title: "Managing Director of Xinfeng Lithium", "Chairman of the Board of Ukrenergo". */
    private Entity companyInRole(String afterTitle, EntityRegistry registry) {
        String name = afterTitle.strip();
        // "of the Board of the Bank": each opening in turn, so "the" is tried before and after "Board of"
        for (String opening : new String[] {"of ", "the ", "Board of ", "board of ", "the "}) {
            if (name.startsWith(opening)) {
                name = name.substring(opening.length());
            }
        }
        if (name.isEmpty() || name.length() == afterTitle.strip().length() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        GazetteerEntry known = gazetteer.lookup(name);
        if (known != null && known.kind() == GazetteerEntry.Kind.ORGANIZATION) {
            return registry.organization(known);
        }
        return known == null ? registry.namedOrganization(name, null) : null;
    }

    /**
     * The country the article is about: the only one named, or one named at least three times and at least
     * twice as often as any other ("Economy Minister Katherina Reiche" in a report on a German carmaker
     * that also names China and the United States once each); else null.
     */
    static String dominant(java.util.Map<String, Integer> countries) {
        String best = null;
        int first = 0;
        int second = 0;
        for (java.util.Map.Entry<String, Integer> e : countries.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (countries.size() == 1) {
            return best;
        }
        return first >= 3 && first >= 2 * second ? best : null;
    }

    static boolean isGovernmentRole(String role) {
        String r = role.toLowerCase(java.util.Locale.ROOT);
        return r.contains("minister") || r.contains("president") || r.contains("chancellor") || r.contains("secretary")
                || r.contains("premier") || r.contains("spokes") || r.contains("treasurer")
                // "House Speaker Mike Johnson", "Senate Majority Leader John Thune": who sets the legislature's agenda
                || r.endsWith("speaker") || r.contains("majority leader");
    }

    /** "On northern Iraq, Akturk said": a country after a preposition is the topic, not the subject that speaks. */
    private static boolean afterPreposition(Sentence s, int countryStart) {
        for (int i = countryStart - 1; i >= Dateline.bodyStart(s); i--) {
            String tag = s.tags(i, i + 1)[0];
            if (tag.equals("ADP")) {
                return true;
            }
            if (!tag.equals("ADJ") && !tag.equals("DET")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Australia will fund ..., Foreign Minister Penny Wong announced.": an official with a title but
     * no country, attributing a sentence whose subject is a country, speaks for that country.
     */
    private void attributedOfficials(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.role() == null || p.country() != null
                    || p.organization() != null || m.inQuote()) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<Token> tokens = s.tokens();
            int before = m.tokenStart() - 1;
            if (before >= 0 && tokens.get(before).folded().equals("the")) {
                before--;
            }
            boolean attributes = before >= 0 && tokens.get(before).text().equals(",") && m.tokenEnd() < tokens.size()
                    && gazetteer.isReportingVerb(tokens.get(m.tokenEnd()).text());
            if (!attributes) {
                Mention reported = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
                if (reported != null && reportsAbout(tokens, m, reported)) {
                    // "Economy Minister Luis Caputo said Argentina would ...", "Foreign Minister Badr Abdelatty warned that
                    // Cairo could not ...": an official the article gives no country speaks of their own
                    p.addCountry(reported.entity().id());
                }
                continue;
            }
            for (Mention first : mentions) {
                if (first.sentence() == m.sentence() && first.tokenStart() < m.tokenStart()) {
                    // the subject of the attributed sentence, after a dateline ("ABUJA (Reuters) - Nigeria will ...")
                    if (first.kind() == Mention.Kind.COUNTRY && !first.place() && first.tokenStart() <= 8
                            && !afterPreposition(s, first.tokenStart())) {
                        p.addCountry(first.entity().id());
                        break;
                    }
                    if (first.kind() != Mention.Kind.CAPITAL) {
                        break;
                    }
                }
            }
        }
    }

    /** Who serves the holder of an office: "diplomatic adviser to the UAE president". */
    private static final Set<String> ADVISERS = Words.set("adviser", "advisor", "aide");

    /** Words that make an office in an apposition someone's past, not the state's voice now. */
    private static final Set<String> PAST_OFFICE = Words.set("former", "ex", "then", "late", "retired", "onetime", "one-time");

    /**
     * "Annalena Baerbock, the German foreign minister, said", "Anwar Gargash, a UAE presidential adviser, wrote": an
     * apposition after a name that gives a nation and a lower-case office makes the person that nation's official (as
     * "Spain's foreign minister" does through the possessive). Not a past office ("a former British diplomat").
     */
    private void nationalOfficesInApposition(AnalyzedText text, List<Mention> mentions) {
        int[] match = new int[1];
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (m.kind() != Mention.Kind.NAME || p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.country() != null
                    || p.organization() != null || m.inQuote()) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<Token> tokens = s.tokens();
            int k = m.tokenEnd();
            if (k + 2 >= tokens.size() || !tokens.get(k).text().equals(",")) {
                continue;
            }
            k++;
            String article = tokens.get(k).folded();
            if (article.equals("the") || article.equals("a") || article.equals("an")) {
                k++;
            }
            int adviserStart = -1;
            int adviserEnd = -1;
            int staff = k;
            while (staff < tokens.size() && staff - k < 3 && tokens.get(staff).isWord() && !tokens.get(staff).isCapitalized()
                    && !PAST_OFFICE.contains(tokens.get(staff).folded()) && !tokens.get(staff).folded().equals("to")) {
                staff++;
            }
            if (staff > k && staff + 2 < tokens.size() && ADVISERS.contains(tokens.get(staff - 1).folded())
                    && tokens.get(staff).folded().equals("to") && tokens.get(staff + 1).folded().equals("the")) {
                // "Anwar Gargash, diplomatic adviser to the UAE president,": the adviser of that nation's office
                adviserStart = k;
                adviserEnd = staff;
                k = staff + 2;
            }
            GazetteerEntry nation = gazetteer.longestMatch(tokens, k, tokens.size(), match);
            if (nation == null || nation.kind() != GazetteerEntry.Kind.DEMONYM && nation.kind() != GazetteerEntry.Kind.COUNTRY
                    || Folding.isPossessive(tokens.get(match[0] - 1).text())) {
                continue;
            }
            int officeStart = match[0];
            int end = officeStart;
            boolean office = false;
            while (end < tokens.size() && end - officeStart < 4 && tokens.get(end).isWord() && !tokens.get(end).isCapitalized()
                    && !PAST_OFFICE.contains(tokens.get(end).folded())) {
                office = ROLE_NOUNS.contains(tokens.get(end).folded()) || tokens.get(end).folded().equals("ambassador");
                end++;
            }
            boolean closed = end >= tokens.size() || !tokens.get(end).isWord() || gazetteer.isReportingVerb(tokens.get(end).text());
            if (office && closed) {
                int roleStart = adviserStart >= 0 ? adviserStart : officeStart;
                int roleEnd = adviserStart >= 0 ? adviserEnd : end;
                p.addCountry(nation.id());
                p.addRole(s.text().substring(tokens.get(roleStart).start() - s.start(), tokens.get(roleEnd - 1).end() - s.start()));
            }
        }
    }

    /** Words that make an office in an apposition no government's: the opposition's, a party's or a union's. */
    private static final Set<String> NOT_THE_GOVERNMENTS = Words.union(PAST_OFFICE, "shadow", "opposition", "general", "party",
            "union");

    /** The heads of a government's offices (not "the Senate majority leader", a legislature's, often a state's). */
    private static final Set<String> MINISTERIAL_NOUNS = Words.set("minister", "secretary", "chancellor", "treasurer");

    /** How many words an office in apposition may have: "the work and pensions secretary". */
    private static final int APPOSED_OFFICE_WORDS = 4;

    /**
     * "Steve Reed, the Housing Secretary, said", "Mary Lou Hart, the finance minister, told": a minister's office in
     * apposition after a name, with no nation in it (that is {@link #nationalOfficesInApposition}'s), gives the person
     * that role; {@link #domesticOfficials} then gives the role the article's country, as it does to "Housing Secretary
     * Steve Reed". Not an office of the opposition, a party or a union ("the shadow chancellor", "the general
     * secretary", "the party's first secretary"), nor one whose words name a country or an organisation.
     */
    private void governmentOfficesInApposition(AnalyzedText text, List<Mention> mentions) {
        int[] match = new int[1];
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (m.kind() != Mention.Kind.NAME || p.type() != EntityType.PERSON || p.country() != null
                    || p.organization() != null || p.role() != null || m.inQuote()) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<Token> tokens = s.tokens();
            int start = m.tokenEnd() + 2;
            if (start >= tokens.size() || !tokens.get(start - 2).text().equals(",") || !tokens.get(start - 1).folded().equals("the")) {
                continue;
            }
            int end = start;
            boolean named = false;
            while (end < tokens.size() && end - start < APPOSED_OFFICE_WORDS && tokens.get(end).isWord()
                    && !NOT_THE_GOVERNMENTS.contains(tokens.get(end).folded())) {
                GazetteerEntry e = tokens.get(end).isCapitalized() ? gazetteer.longestMatch(tokens, end, tokens.size(), match) : null;
                named |= e != null && e.kind() != GazetteerEntry.Kind.TITLE || Folding.isPossessive(tokens.get(end).text());
                end++;
            }
            if (end == start || named || end < tokens.size() && !tokens.get(end).text().equals(",")) {
                continue;
            }
            String office = s.text().substring(tokens.get(start).start() - s.start(), tokens.get(end - 1).end() - s.start());
            if (MINISTERIAL_NOUNS.contains(tokens.get(end - 1).folded())) {
                p.addRole(office);
            }
        }
    }

    /** True when {@code reported}, a country or its capital, opens the clause that person {@code m} reports. */
    private boolean reportsAbout(List<Token> tokens, Mention m, Mention reported) {
        int verb = m.tokenEnd();
        if (reported.sentence() != m.sentence() || verb >= tokens.size() || !gazetteer.isReportingVerb(tokens.get(verb).text())
                || (reported.kind() != Mention.Kind.COUNTRY && reported.kind() != Mention.Kind.CAPITAL) || reported.place()) {
            return false;
        }
        int subject = verb + 1 < tokens.size() && tokens.get(verb + 1).folded().equals("that") ? verb + 2 : verb + 1;
        return reported.tokenStart() == subject && reported.tokenEnd() < tokens.size()
                && Words.VERBS_AFTER_SUBJECT.contains(tokens.get(reported.tokenEnd()).folded());
    }

    /**
     * "Cedric Schuster, the chair of the Alliance of Small Island States, said": a person followed by
     * an apposition naming an organisation speaks for it.
     */
    private void appositionOrganizations(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            if (m.tokenEnd() >= tokens.size() || !tokens.get(m.tokenEnd()).text().equals(",")) {
                continue;
            }
            Mention next = mentions.get(k + 1);
            if (next.sentence() != m.sentence() || next.tokenStart() > m.tokenEnd() + 7) {
                continue;
            }
            if (m.tokenEnd() + 1 < tokens.size() && PLACE_OR_OCCASION.contains(tokens.get(m.tokenEnd() + 1).folded())) {
                // "Darragh O'Brien, on RTE Radio's Morning Ireland", a transcript's "Tim Ayres, interview on ABC Radio
                // National Breakfast": where they spoke, not whom they speak for
                continue;
            }
            if (m.tokenEnd() + 1 < tokens.size() && SUBJECT_VERBS.contains(tokens.get(m.tokenEnd() + 1).folded())) {
                // "Tuvalu's chief climate negotiator, Sione Tekafa, has been coming to UN climate talks": the
                // sentence's verb after the name, no apposition (the office before the name tells whom he speaks for)
                continue;
            }
            boolean sameApposition = true;
            for (int i = m.tokenEnd() + 1; i < next.tokenStart(); i++) {
                // (a title in capitals is the apposition's: "Marcus Tan, Chief Executive Officer of Solenne")
                if (tokens.get(i).text().equals(",") || tokens.get(i).isCapitalized() && !TITLE_WORDS.contains(tokens.get(i).folded())
                        // "Mark Ellison, told Reuters": whom they spoke to, not whom they speak for
                        || gazetteer.isReportingVerb(tokens.get(i).text())) {
                    sameApposition = false;
                }
            }
            if (sameApposition && startsAClause(tokens, m.tokenEnd() + 1, next)) {
                // "Rachel, the ACCC has been critical of regional fares": a name called out, then a new clause whose
                // subject is the organisation
                continue;
            }
            Entity o = next.entity();
            if (sameApposition && (o.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || (o.type() == org.pledgewatch.extractor.EntityType.GROUP && next.kind() != Mention.Kind.GROUP))) {
                p.addOrganization(o.id());
                p.addCountry(o.country());
            }
        }
    }

    /**
     * "Matt Wrack, the general secretary of NASUWT, said his union would", "Jane Doe, the chief executive of Acme, said
     * the company would": one to three capitalised words after an office and "of", between the name's commas, are the
     * body the office is of, which the gazetteer may not know and the article reads as nobody (a lone unknown name is
     * read as an organisation only when it acts).
     */
    private void unknownBodiesOfOffices(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || m.inQuote()) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            int comma = m.tokenEnd();
            if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
                continue;
            }
            int of = comma + 1;
            while (of < Math.min(tokens.size(), comma + 6) && !tokens.get(of).folded().equals("of")) {
                of++;
            }
            int name = of + 1 < tokens.size() && tokens.get(of + 1).folded().equals("the") ? of + 2 : of + 1;
            if (of >= tokens.size() || name >= tokens.size() || !roleOf(tokens, comma + 1, name)) {
                continue;
            }
            int end = name;
            while (end < Math.min(tokens.size(), name + 3) && tokens.get(end).isCapitalized() && tokens.get(end).isWord()) {
                end++;
            }
            if (end == name || end >= tokens.size() || !tokens.get(end).text().equals(",")
                    || officeOfAStateOrPlace(tokens, comma + 1, of) || gazetteer.isPortfolioWord(tokens.get(name).text())
                    || tokens.get(name).text().equals("State")) {
                // ("Sheikh Shakhbout bin Nahyan, Minister of State,", "the Minister of Mines,", "the governor of Osaka,":
                // a portfolio or a place, not a body)
                continue;
            }
            Mention named = mentionCovering(mentions, m.sentence(), name);
            Entity body;
            if (named == null) {
                StringBuilder words = new StringBuilder();
                for (int i = name; i < end; i++) {
                    words.append(i == name ? "" : " ").append(tokens.get(i).text());
                }
                // ("managing director and chief executive of HMIL": the initials of a company named before)
                Entity spelled = end - name == 1 ? registry.spelledOut(words.toString()) : null;
                body = spelled != null ? spelled : registry.namedOrganization(words.toString(), null);
            } else if (named.tokenStart() == name && named.tokenEnd() == end
                    && (named.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                        || registry.revealOrganization(named.entity()))) {
                body = named.entity();
            } else {
                continue;
            }
            p.addOrganization(body.id());
        }
    }

    /** Offices of a state or a place, whose "of" names a portfolio or a territory: "minister", "governor", "mayor". */
    private static final Set<String> STATE_OFFICES = Words.set("minister", "governor", "mayor", "premier", "senator",
            "commissioner", "ambassador", "consul");

    private static boolean officeOfAStateOrPlace(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (STATE_OFFICES.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "the general secretary of", "chief executive of the": an office of lower-case words, then "of" ("the"). */
    private static boolean roleOf(List<Token> tokens, int from, int to) {
        int end = to > from && tokens.get(to - 1).folded().equals("the") ? to - 1 : to;
        if (end - 1 <= from || !tokens.get(end - 1).folded().equals("of")) {
            return false;
        }
        boolean office = false;
        for (int i = from; i < end - 1; i++) {
            String w = tokens.get(i).folded();
            if (tokens.get(i).isCapitalized() && !TITLE_WORDS.contains(w) || !tokens.get(i).isWord()) {
                return false;
            }
            office |= ROLE_NOUNS.contains(w);
        }
        return office;
    }

    /**
     * Whether the words after a name's comma are only an organisation, with at most "the" before it, and a verb such as
     * "has" or "will" after it: the organisation is a clause's subject, not the apposition of the name before.
     */
    private static boolean startsAClause(List<Token> tokens, int from, Mention organisation) {
        for (int i = from; i < organisation.tokenStart(); i++) {
            if (!tokens.get(i).folded().equals("the")) {
                return false;
            }
        }
        return organisation.tokenEnd() < tokens.size() && SUBJECT_VERBS.contains(tokens.get(organisation.tokenEnd()).folded());
    }

    /** Words of an office that the gazetteer lists as its organisation's name ("UN High Commissioner for Refugees"). */
    private static final Set<String> OFFICE_WORDS = Words.set("commissioner", "secretary-general", "envoy", "representative",
            "rapporteur", "coordinator", "ombudsman");

    /**
     * "spoke with the UN High Commissioner for Refugees, Barham Salih,": an office the gazetteer knows as its agency,
     * then the holder's name, is the agency's head.
     */
    private static void officesNamedByTitle(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention office = mentions.get(k);
            Mention holder = mentions.get(k + 1);
            Entity p = holder.entity();
            // (only an agency the gazetteer lists: "the Metropolitan Police Commissioner, Sir Mark Rowley," is a title read
            // as a name)
            if (!registry.isListedOrganization(office.entity()) || holder.sentence() != office.sentence()
                    || p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || holder.tokenStart() != office.tokenEnd() + 1) {
                continue;
            }
            List<Token> tokens = text.sentences().get(office.sentence()).tokens();
            boolean titled = false;
            for (int i = office.tokenStart(); i < office.tokenEnd(); i++) {
                titled |= OFFICE_WORDS.contains(tokens.get(i).folded());
            }
            if (titled && tokens.get(office.tokenEnd()).text().equals(",")) {
                p.addOrganization(office.entity().id());
                p.addCountry(office.entity().country());
            }
        }
    }

    /**
     * "said IFAD President Alvaro Lario": a title that opens with the name or acronym of an organisation is that
     * organisation's office (read before {@link #domesticOfficials} would take "President" for the home
     * country's).
     */
    private void organizationsInRoles(EntityRegistry registry) {
        for (Entity p : registry.persons()) {
            if (p.organization() != null || p.country() != null || p.role() == null
                    || p.role().endsWith(" minister") || p.role().endsWith(" secretary")) {
                // ("Jal Shakti minister CR Patil": a portfolio, not Japan Airlines)
                continue;
            }
            String[] words = p.role().split(" ");
            for (int n = words.length - 1; n >= 1; n--) {
                String opening = String.join(" ", java.util.Arrays.copyOf(words, n));
                GazetteerEntry known = gazetteer.lookup(opening);
                // (or the acronym of one the article named: "the International Fund for Agricultural Development (IFAD)";
                // other names the article gave organisations are too often places read as names: "SÃO PAULO")
                boolean acronym = opening.length() >= 2 && opening.length() <= 6 && opening.chars().allMatch(Character::isUpperCase);
                // (and a company of one word named before, written as a name: "Rapidus President Atsuyoshi Koike")
                boolean oneWordName = n == 1 && !acronym && opening.length() >= 3 && Character.isUpperCase(opening.charAt(0))
                        && !opening.equals(opening.toUpperCase(java.util.Locale.ROOT)) && !gazetteer.isPortfolioWord(opening);
                // (or one the article named in full, before a company's title: "Hyundai Motor Group Chairman Euisun Chung")
                boolean companyTitle = n >= 2 && MentionFinder.COMPANY_TITLES.contains(Folding.fold(
                        String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))));
                Entity employer = known == null ? (acronym || oneWordName || companyTitle ? registry.knownOrganization(opening) : null)
                        : known.kind() == GazetteerEntry.Kind.ORGANIZATION ? registry.organization(known) : null;
                Entity closed = oneWordName ? registry.organizationClosedBy(opening) : null;
                if (closed != null) {
                    // "Forum Secretary General Baron Waqa" after "Pacific Islands Forum police ministers": the body
                    // named in full before, by its last word
                    employer = closed;
                }
                if (employer != null && registry.isRegion(employer) && MentionFinder.electedToTheNation(p.role())) {
                    // "Texas Republican Sen. John Cornyn": the state elects him to the nation's senate
                    p.addCountry(gazetteer.regionCountry(employer.id()));
                    break;
                }
                if (employer != null && employer.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION) {
                    p.addOrganization(employer.id());
                    p.addCountry(employer.country());
                    break;
                }
            }
        }
    }

    private static final Set<String> COPULAS = Words.set("is", "was", "been", "became", "becomes", "serves", "served");
    /** Verbs that put a person in an organisation's office: "took over as chairman of", "was appointed head of". */
    /** Words before a company's role noun: "group chief executive", "managing director", "executive chairman". */
    private static final Set<String> ROLE_QUALIFIERS = Words.set("group", "managing", "executive", "deputy", "founding",
            "global", "regional", "country");
    private static final Set<String> TAKING_OFFICE = Words.union(COPULAS, "took", "takes", "over", "as", "appointed",
            "named", "elected", "has", "the", "a", "an", "its", "new");

    /**
     * "V. Narayanan took over as chairman of the Indian Space Research Organisation (ISRO)", "Jane Doe was appointed
     * head of the agency's Paris office": a person said to take an organisation's office speaks for it.
     */
    private static void predicatedOrganizations(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            // "Ilan Goldfajn (Haifa, Israel, 1966) has led the Inter-American Development Bank": past where and when the
            // person was born
            int after = pastBracket(tokens, m.tokenEnd());
            int j = k + 1;
            while (j + 1 < mentions.size() && mentions.get(j).sentence() == m.sentence()
                    && mentions.get(j).tokenStart() < after) {
                j++;
            }
            Mention next = mentions.get(j);
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || next.sentence() != m.sentence() || next.entity().type() != org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || m.inQuote() || next.tokenStart() > after + 8 || next.tokenStart() < after) {
                continue;
            }
            int i = after;
            boolean verb = false;
            while (i < next.tokenStart() && TAKING_OFFICE.contains(tokens.get(i).folded())) {
                verb |= !tokens.get(i).folded().equals("the") && !tokens.get(i).folded().equals("as");
                i++;
            }
            boolean role = false;
            if (verb && i + 1 < next.tokenStart() && ROLE_QUALIFIERS.contains(tokens.get(i).folded())
                    && ROLE_NOUNS.contains(tokens.get(i + 1).folded())) {
                // "is group chief executive of", "is managing director of"
                i++;
            }
            if (verb && i + 2 < next.tokenStart() && tokens.get(i).folded().equals("chief")
                    && tokens.get(i + 2).folded().equals("officer")) {
                // "is the chief financial officer of", "chief operating officer": an officer of the company
                role = true;
                i += 3;
            }
            while (verb && i < next.tokenStart() && (ROLE_NOUNS.contains(tokens.get(i).folded())
                    || role && tokens.get(i).folded().equals("officer"))) {
                // ("is the chief executive officer of Gavi": the officer after the role nouns)
                role = true;
                i++;
            }
            if (role && i < next.tokenStart() && tokens.get(i).folded().equals("of")
                    && (i + 1 == next.tokenStart() || i + 2 == next.tokenStart() && tokens.get(i + 1).folded().equals("the"))
                    || runsOrganization(tokens, after, next.tokenStart()) && !legislaturesCommittee(next.entity())) {
                p.addOrganization(next.entity().id());
                p.addCountry(next.entity().country());
            }
        }
    }

    /**
     * The token after a bracket that opens at {@code i} and closes in the sentence; else {@code i} (an unclosed bracket,
     * "Ilan Goldfajn (Haifa, Israel", hides nothing after it).
     */
    private static int pastBracket(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).text().equals("(")) {
            return i;
        }
        for (int k = i + 1; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * "Sen. Ted Cruz, the Texas Republican who chairs the Commerce Committee": a committee is a part of the legislature
     * its chair sits in, not a body the chair speaks or pledges for.
     */
    private static boolean legislaturesCommittee(Entity org) {
        String name = org.name();
        return name.endsWith(" Committee") || name.endsWith(" Subcommittee");
    }

    /** Verbs of running an organisation: "Elena Marchetti has run Vantaris Steel ... since 2022", "who heads the fund". */
    private static final Set<String> RUNNING = Words.set("run", "runs", "heads", "leads", "chairs", "founded", "co-founded",
            // "Fatih Birol has led the International Energy Agency since 2015", "who has headed the fund"
            "led", "headed", "chaired");

    /** True when the words between a person and an organisation say the person runs it: "has run", ", who heads the". */
    private static boolean runsOrganization(List<Token> tokens, int from, int to) {
        int i = from;
        if (i < to && tokens.get(i).text().equals(",")) {
            i++;
        }
        if (i < to && tokens.get(i).folded().equals("who")) {
            i++;
        }
        if (i < to && tokens.get(i).folded().equals("has")) {
            i++;
        }
        if (i >= to || !RUNNING.contains(tokens.get(i).folded())) {
            return false;
        }
        i++;
        return i == to || i + 1 == to && tokens.get(i).folded().equals("the");
    }

    /**
     * "Margarita Robles (Pamplona, 69 years old) has been Spain's defense minister since 2018", "Roque, who is the
     * Philippines' trade secretary,", "Evan Solomon, Canada's Minister of Artificial Intelligence,": a person said to
     * hold a country's office speaks for that country.
     */
    private static void predicatedRoles(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Entity p = m.entity();
            Mention next = mentions.get(k + 1);
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || next.sentence() != m.sentence() || next.kind() != Mention.Kind.COUNTRY || m.inQuote()) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            // "(Pamplona, 69 years old)": where and when the person was born
            int i = pastBracket(tokens, m.tokenEnd());
            if (i >= tokens.size()) {
                // "Ilan Goldfajn (Israel)" closing its line: nothing said of the person after the bracket
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i).text().equals(",") && tokens.get(i + 1).folded().equals("who")) {
                i += 2;
            }
            // "Anita Anand, Canada's foreign minister, said": an apposition says it without a verb
            // (and "Lana Nusseibeh, the UAE's minister of state, said")
            boolean copula = tokens.get(i).text().equals(",") && (i + 1 == next.tokenStart()
                    || i + 2 == next.tokenStart() && tokens.get(i + 1).folded().equals("the"));
            i = copula ? next.tokenStart() : i;
            while (i < next.tokenStart() && i < m.tokenEnd() + 12 && !copula) {
                String w = tokens.get(i).folded();
                copula = COPULAS.contains(w);
                if (!copula && !w.equals("has") && !w.equals("had") && !w.equals("now") && !w.equals("also")) {
                    break;
                }
                i++;
            }
            if (!copula || i < next.tokenStart() && !(i + 1 == next.tokenStart() && tokens.get(i).folded().equals("the"))
                    || i > next.tokenStart()) {
                continue;
            }
            int r = next.tokenEnd();
            boolean possessive = Folding.isPossessive(tokens.get(r - 1).text());
            int roleEnd = r;
            while (possessive && roleEnd < tokens.size() && roleEnd < r + 3 && tokens.get(roleEnd).isWord()
                    && !tokens.get(roleEnd).isCapitalized() && !ROLE_NOUNS.contains(tokens.get(roleEnd).folded())) {
                roleEnd++;
            }
            if (possessive && roleEnd < tokens.size() && ROLE_NOUNS.contains(tokens.get(roleEnd).folded())) {
                p.addCountry(next.entity().id());
                StringBuilder role = new StringBuilder();
                for (int j = r; j <= roleEnd; j++) {
                    role.append(j == r ? "" : " ").append(tokens.get(j).text());
                }
                p.addRole(role.toString());
            }
        }
    }

    /**
     * "Nigeria's minister of state for petroleum resources, Heineken Lokpobiri, said": a country's office set off
     * before the name, in lower-case words with a portfolio after the role noun, is the person's. So is an
     * organisation's, named again by its noun: "the fund's executive director, Ibrahima Cheikh Diong".
     */
    private static void possessedOfficesBefore(AnalyzedText text, List<Mention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention country = mentions.get(k - 1);
            Entity p = m.entity();
            boolean organisation = country.kind() == Mention.Kind.ROLE
                    && country.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION;
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || m.inQuote() || country.sentence() != m.sentence() || country.kind() != Mention.Kind.COUNTRY && !organisation) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            // "Tuvalu's chief climate negotiator, Sione Tekafa", or with no comma when the office ends right before the
            // name ("Samoa's chief negotiator Anne Rasmussen")
            boolean comma = m.tokenStart() >= 1 && tokens.get(m.tokenStart() - 1).text().equals(",");
            int officeEnd = comma ? m.tokenStart() - 1 : m.tokenStart();
            if (!Folding.isPossessive(tokens.get(country.tokenEnd() - 1).text()) || m.tokenStart() < 1
                    || !comma && !ROLE_NOUNS.contains(tokens.get(m.tokenStart() - 1).folded())
                    || officeEnd - country.tokenEnd() > 10) {
                continue;
            }
            boolean office = false;
            for (int i = country.tokenEnd(); i < officeEnd; i++) {
                Token t = tokens.get(i);
                if (!t.isWord() || t.isCapitalized()) {
                    office = false;
                    break;
                }
                office |= ROLE_NOUNS.contains(t.folded());
            }
            if (office && organisation) {
                p.addOrganization(country.entity().id());
                p.addCountry(country.entity().country());
            } else if (office) {
                p.addCountry(country.entity().id());
            }
        }
    }

    /**
     * "Nordhav Shipping reported a loss. Its chief executive, Kristin Aasland, said ...": a sentence that opens with
     * "Its" and an office names the officer of the body that opens the sentence before (its subject).
     */
    private static void possessiveOffices(AnalyzedText text, List<Mention> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || m.inQuote() || m.sentence() == 0) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            int its = possessiveOfOffice(tokens, Dateline.bodyStart(text.sentences().get(m.sentence())), m.tokenStart());
            if (its < 0 || namedBefore(mentions, m.sentence(), its)) {
                // ("Shell said its chief executive, Wael Sawan, ...": "its" is the body the sentence names first)
                continue;
            }
            Mention body = firstMentionOf(mentions, m.sentence() - 1);
            if (body == null || body.kind() == Mention.Kind.CAPITAL || body.kind() == Mention.Kind.ROLE
                    || !opensAsSubject(text, body)) {
                // ("The fund, hosted by the World Bank, ...", "The UN peacekeeping force, UNIFIL, ...", "Washington
                // state, the only state that ...": what "Its" stands for is no body the text names there; "The fund"
                // read as the last fund named is too weak a ground)
                continue;
            }
            if (!body.inQuote() && body.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION) {
                // (a country's officer, "Chad, which hosts ... Its foreign minister, Abderaman Koulamallah", is read by
                // the rules of offices: an office in a country's name is often a region's or a department's)
                p.addOrganization(body.entity().id());
            }
        }
    }

    /**
     * "The summit was the first attended by Timor-Leste as a full member. Its Prime Minister Xanana Gusmao said ...":
     * "Its" and a capitalised title name the officer of the one country the sentence before names (not the article's
     * home country, which a dateline gives to an officer whose country is unsaid).
     */
    private static void possessiveStateOffices(AnalyzedText text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Entity p = m.entity();
            if (p.type() != org.pledgewatch.extractor.EntityType.PERSON || p.organization() != null || p.country() != null
                    || p.role() == null || m.inQuote() || m.sentence() == 0) {
                continue;
            }
            List<Token> tokens = text.sentences().get(m.sentence()).tokens();
            int k = m.tokenStart() - 1;
            while (k >= 0 && m.tokenStart() - k <= 4 && tokens.get(k).isCapitalized() && !tokens.get(k).folded().equals("its")) {
                k--;
            }
            if (k < 0 || !tokens.get(k).folded().equals("its")) {
                continue;
            }
            List<Entity> countries = mentions.stream()
                    .filter(o -> o.sentence() == m.sentence() - 1 && o.kind() == Mention.Kind.COUNTRY && !o.inQuote())
                    .map(Mention::entity).distinct().toList();
            if (countries.size() == 1) {
                p.addCountry(countries.get(0).id());
            }
        }
    }

    /**
     * Where "its" stands before an office that ends at the name at {@code name} ("Its chief executive, Sarah Lee", "We
     * spoke to its executive director, Peter Sands"), at most seven tokens back and not before {@code open}; or -1.
     */
    private static int possessiveOfOffice(List<Token> tokens, int open, int name) {
        for (int k = name - 2; k >= Math.max(open, name - 7); k--) {
            if (tokens.get(k).folded().equals("its")) {
                return officeBetween(tokens, k + 1, name) ? k : -1;
            }
        }
        return -1;
    }

    /** Whether a mention in sentence {@code sentence} starts before token {@code k}. */
    private static boolean namedBefore(List<Mention> mentions, int sentence, int k) {
        return mentions.stream().anyMatch(o -> o.sentence() == sentence && o.tokenStart() < k);
    }

    /** Lower-case words ending in an office, then a comma or a style: "chief executive,", "vice-chancellor, Professor". */
    private static boolean officeBetween(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == from || k < to && !tokens.get(k).text().equals(",")) {
            return false;
        }
        String office = tokens.get(k - 1).folded();
        String head = office.substring(office.lastIndexOf('-') + 1);
        return ROLE_NOUNS.contains(office) || ROLE_NOUNS.contains(head) || OTHER_OFFICES.contains(office);
    }

    private static final Set<String> OTHER_OFFICES = Words.set("rector", "provost", "dean", "manager", "officer", "owner",
            "treasurer");

    /** Whether a mention opens its sentence as the subject: "Chad, which hosts ...", "Nordhav Shipping reported". */
    private static boolean opensAsSubject(AnalyzedText text, Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        if (m.tokenStart() > Dateline.bodyStart(s) + 1 || m.tokenEnd() >= s.tokens().size()) {
            return false;
        }
        Token next = s.tokens().get(m.tokenEnd());
        String w = next.folded();
        return next.text().equals(",") || !next.isCapitalized() && next.isWord() && !w.endsWith("ing")
                && (w.endsWith("ed") || w.endsWith("s") || SUBJECT_VERBS.contains(w));
    }

    private static final Set<String> SUBJECT_VERBS = Words.set("will", "would", "has", "have", "had", "is", "was", "are",
            "were", "said", "says", "can", "could", "may", "must", "plans", "told", "also");

    private static Mention firstMentionOf(List<Mention> mentions, int sentence) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence) {
                return m;
            }
            if (m.sentence() > sentence) {
                return null;
            }
        }
        return null;
    }

    /** "Shell chief executive Wael Sawan": the person works for the organisation named just before. */
    private static void organizationStaff(AnalyzedText text, List<Mention> mentions) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention o = mentions.get(k);
            Mention p = mentions.get(k + 1);
            if (o.entity().type() != org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || p.entity().type() != org.pledgewatch.extractor.EntityType.PERSON || p.sentence() != o.sentence()
                    || p.entity().organization() != null || p.entity().country() != null
                    || p.tokenStart() - o.tokenEnd() < 0 || p.tokenStart() - o.tokenEnd() > 3) {
                continue;
            }
            List<Token> tokens = text.sentences().get(o.sentence()).tokens();
            if (p.tokenStart() == o.tokenEnd()) {
                // "Bank of Ghana Governor Johnson Asiama": the mention of the person opens with their title
                if (p.entity().role() != null && !p.entity().name().startsWith(tokens.get(p.tokenStart()).text())) {
                    p.entity().addOrganization(o.entity().id());
                    p.entity().addCountry(o.entity().country());
                }
                continue;
            }
            boolean role = false;
            for (int i = o.tokenEnd(); i < p.tokenStart(); i++) {
                Token t = tokens.get(i);
                if (t.isCapitalized() || !t.isWord()) {
                    role = false;
                    break;
                }
                role |= ROLE_NOUNS.contains(t.folded()) || t.folded().equals("executive") || t.folded().equals("ceo");
            }
            if (role) {
                p.entity().addOrganization(o.entity().id());
            }
        }
    }
}
