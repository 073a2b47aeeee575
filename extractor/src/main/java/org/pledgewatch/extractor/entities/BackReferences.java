package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * What "the diplomat", "the government" or "the agency" refers back to: the latest fitting entity
 * among the mentions found so far in the article.
 */
final class BackReferences {
    private BackReferences() {
    }

    static Entity latestPersonWithRole(List<Mention> before, List<String> roleWords) {
        return latestPersonWithRole(before, roleWords, name -> null);
    }

    /** Like {@link #latestPersonWithRole(List, List)}, with {@code knownRole} for people whose role the article omits. */
    static Entity latestPersonWithRole(List<Mention> before, List<String> roleWords,
                                       java.util.function.Function<String, String> knownRole) {
        return latestPersonWithRole(before, roleWords, knownRole, RECENT_MENTIONS);
    }

    /** How many mentions back a role is looked for while the article is read. */
    private static final int RECENT_MENTIONS = 30;

    /** Like {@link #latestPersonWithRole(List, List, java.util.function.Function)}, among the last {@code reach} mentions. */
    static Entity latestPersonWithRole(List<Mention> before, List<String> roleWords,
                                       java.util.function.Function<String, String> knownRole, int reach) {
        return latestPersonWithRole(before, roleWords, knownRole, reach, e -> true);
    }

    /** Like {@link #latestPersonWithRole(List, List, java.util.function.Function, int)}, among those {@code also} accepts. */
    private static Entity latestPersonWithRole(List<Mention> before, List<String> roleWords,
                                               java.util.function.Function<String, String> knownRole, int reach,
                                               java.util.function.Predicate<Entity> also) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - reach); k--) {
            if (personWithRole(before.get(k), roleWords, knownRole) && also.test(before.get(k).entity())) {
                return before.get(k).entity();
            }
        }
        return null;
    }

    /**
     * Like {@link #latestPersonWithRole(List, List, java.util.function.Function)}, among the people of one country only:
     * "the Kremlin official said" is the latest Russian official, not the latest official.
     */
    static Entity latestPersonWithRoleOf(List<Mention> before, String country, List<String> roleWords,
                                         java.util.function.Function<String, String> knownRole) {
        return latestPersonWithRole(before, roleWords, knownRole, RECENT_MENTIONS, e -> country.equals(e.country()));
    }

    /** Words before the one a sentence's subject addresses or meets: "told President Zelensky", "met with". */
    private static final Set<String> ADDRESSING = Words.set("told", "telling",
            "met", "meeting", "called", "phoned", "thanked", "urged", "with", "by");

    /**
     * Like {@link #latestPersonWithRole(List, List, java.util.function.Function)}, but the latest such person is
     * passed over for an earlier one of the same sentence when the sentence's subject only addresses or meets them:
     * "President Trump told President Zelensky that ... The President will not sign" is Trump.
     */
    static Entity latestPersonWithRoleNotAddressed(List<Mention> before, String body, List<String> roleWords,
                                                   java.util.function.Function<String, String> knownRole) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - RECENT_MENTIONS); k--) {
            Mention latest = before.get(k);
            if (!personWithRole(latest, roleWords, knownRole)) {
                continue;
            }
            if (ADDRESSING.contains(wordBefore(body, latest.start()))) {
                for (int j = k - 1; j >= 0 && before.get(j).sentence() == latest.sentence(); j--) {
                    if (personWithRole(before.get(j), roleWords, knownRole) && before.get(j).entity() != latest.entity()) {
                        return before.get(j).entity();
                    }
                }
                if (before.size() > 0 && latest.sentence() == before.get(before.size() - 1).sentence()) {
                    // the one addressed or met in the latest sentence read, which is most often the role noun's own
                    // ("along with Minister of State Bilal Azhar Kayani, the minister said"), is not who it names: the
                    // one given the role before, in an earlier sentence
                    for (int j = k - 1; j >= Math.max(0, before.size() - RECENT_MENTIONS); j--) {
                        if (personWithRole(before.get(j), roleWords, knownRole) && before.get(j).entity() != latest.entity()) {
                            return before.get(j).entity();
                        }
                    }
                }
            }
            return latest.entity();
        }
        return null;
    }

    /** The folded word that ends before {@code at} in the body, or "". */
    private static String wordBefore(String body, int at) {
        int end = at;
        while (end > 0 && body.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
            start--;
        }
        return Folding.fold(body.substring(start, end));
    }

    /** A person named outside quotes whose role, as the article or the well-known officials give it, has these words. */
    private static boolean personWithRole(Mention m, List<String> roleWords,
                                          java.util.function.Function<String, String> knownRole) {
        return !m.inQuote() && fits(m.entity(), roleWords, knownRole);
    }

    /** Whether {@code e} is a person whose role, as the article or the well-known officials give it, has these words. */
    static boolean fits(Entity e, List<String> roleWords, java.util.function.Function<String, String> knownRole) {
        return e.type() == org.pledgewatch.extractor.EntityType.PERSON
                && (hasRole(e.role(), roleWords) || hasRole(knownRole.apply(e.name()), roleWords));
    }

    /** The person most recently given exactly this role, outside quotes, or null. */
    static Entity latestPersonWithExactRole(List<Mention> before, String role) {
        String wanted = Folding.fold(role);
        for (int k = before.size() - 1; k >= 0; k--) {
            Entity e = before.get(k).entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON && !before.get(k).inQuote() && e.role() != null
                    && Folding.fold(e.role()).equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    /** The person first given one of these roles in the article, outside quotes, or null. */
    static Entity firstPersonWithRole(List<Mention> before, List<String> roleWords,
                                      java.util.function.Function<String, String> knownRole) {
        for (Mention m : before) {
            if (personWithRole(m, roleWords, knownRole)) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The first person named outside quotes in the latest sentence that names one, or null: "His Highness Prince
     * Faisal ... said at a press conference with Minister Asaad al-Shaibani ... His Highness said" is Faisal.
     */
    static Entity latestPerson(List<Mention> before) {
        Mention found = null;
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Mention m = before.get(k);
            if (found != null && m.sentence() != found.sentence()) {
                break;
            }
            if (m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON && !m.inQuote()) {
                found = m;
            }
        }
        return found == null ? null : found.entity();
    }

    static boolean hasRole(String role, List<String> roleWords) {
        if (role == null) {
            return false;
        }
        String folded = spelledOut(role.toLowerCase(Locale.ROOT));
        for (String w : roleWords) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }
    /** Abbreviated titles of US and military usage, as "the governor" and "the senator" name them again. */
    private static final java.util.Map<String, String> ABBREVIATED_TITLES = java.util.Map.of(
            "gov.", "governor", "gov", "governor", "sen.", "senator", "rep.", "representative", "gen.", "general",
            "adm.", "admiral", "lt.", "lieutenant", "amb.", "ambassador", "sec.", "secretary");

    /** "Gov. Gretchen Whitmer ... The governor said": a role's abbreviated words spelled out. */
    private static String spelledOut(String role) {
        StringBuilder out = new StringBuilder();
        for (String w : role.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(ABBREVIATED_TITLES.getOrDefault(w, w));
        }
        return out.toString();
    }

    /**
     * The country or organisation an unnamed spokesperson spoke for, in the last mentions ("A Foreign Office
     * spokesperson said" is the United Kingdom), or null.
     */
    static Entity latestSpokenFor(List<Mention> before, String body) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 15); k--) {
            Mention m = before.get(k);
            if (m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON && !m.inQuote()
                    && body.substring(m.start(), Math.min(body.length(), m.end() + 16)).toLowerCase(Locale.ROOT).contains("spokes")) {
                // (the mention may be the body alone: "a [Foreign Office] spokesperson"); a spokesperson named right
                // after it ("MOFCOM spokesperson He Yongqian") is the person
                Mention next = k + 1 < before.size() ? before.get(k + 1) : null;
                boolean named = next != null && next.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                        && next.start() - m.end() < 20;
                return named ? next.entity() : m.entity();
            }
        }
        return null;
    }

    /**
     * "Volodymyr Zelenskyy has just spoken to reporters ... The Ukrainian president said": the well-known official of
     * that country with that title, named in the last mentions though the article gave no role, or null.
     */
    static Entity latestKnownOfficial(List<Mention> before, String country, String title, Gazetteer gazetteer) {
        String wanted = Folding.fold(title);
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Entity e = before.get(k).entity();
            String[] official = e.type() == org.pledgewatch.extractor.EntityType.PERSON && !before.get(k).inQuote()
                    ? gazetteer.official(e.name()) : null;
            if (official != null && country.equals(official[0]) && Folding.fold(official[1]).endsWith(wanted)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The country a national body without a nationality belongs to: "Britain sent 14 tanks to Ukraine,
     * the Ministry of Defence said" is Britain, the first country the sentence names, else the article's own country
     * when it has one, else the latest named (a Meduza report's "the Defense Ministry" before any country is named as
     * an actor).
     */
    static Entity countryOfBody(List<Mention> before, int sentence, Entity home) {
        Entity first = null;
        for (int k = before.size() - 1; k >= 0 && before.get(k).sentence() == sentence; k--) {
            Mention m = before.get(k);
            if ((m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.CAPITAL) && !m.place() && !m.inQuote()) {
                // "The White House said the Federal Emergency Management Agency would": a seat that speaks counts
                first = m.entity();
            }
        }
        if (first == null && home != null) {
            // "A Ministry of Defence spokesperson said" in a British story that named the United States last: the
            // article's own country
            return home;
        }
        if (first == null) {
            first = latestCountry(before);
        }
        if (first == null) {
            // "MANILA – Foreign governments have pledged ..., the Department of Social Welfare and Development said",
            // in an article naming many donors: no country named so far but the place of the story, and the body is its
            first = latestPlace(before);
        }
        return first;
    }

    /** The entity of the first mention of this sentence that is not a place, or null. */
    static Entity sentenceSubject(List<Mention> before, int sentence) {
        Entity first = null;
        for (int k = before.size() - 1; k >= 0 && before.get(k).sentence() == sentence; k--) {
            if (!before.get(k).place()) {
                first = before.get(k).entity();
            }
        }
        return first;
    }

    /** Monarchies that news calls "the Kingdom" (ISO 3166 alpha-3). */
    private static final java.util.Set<String> KINGDOMS = java.util.Set.of("SAU", "JOR", "MAR", "BHR", "GBR", "NLD", "BEL",
            "ESP", "SWE", "NOR", "DNK", "THA", "KHM", "SWZ", "LSO", "BTN", "TON");

    /**
     * The kingdom "the Kingdom" refers back to: the latest kingdom named, itself or as the home of a person or body
     * ("The Saudi Press Agency said the Kingdom would ..."), or null.
     */
    static Entity latestKingdom(List<Mention> before, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Entity e = before.get(k).entity();
            String code = e.type() == org.pledgewatch.extractor.EntityType.COUNTRY ? e.id() : e.country();
            if (code != null && KINGDOMS.contains(code)) {
                return registry.country(code);
            }
        }
        return null;
    }

    /**
     * A country's name, possessive or demonym and up to three lower-case words before "ministry": "Japan's health
     * ministry", "the Egyptian foreign ministry" (no article or reporting verb between: "Japan said the ministry").
     */
    private static final java.util.regex.Pattern MINISTRY_AFTER_COUNTRY = java.util.regex.Pattern.compile(
            "^(?:['\u2019]s)?(?: (?!the |a |an |said |says |told )[a-z-]+){0,3} ministry\\b");

    /**
     * A mention that covers a ministry with its country's possessive: "Japan's health ministry", "its defence ministry",
     * "Peru's Ministry of Transport".
     */
    private static final java.util.regex.Pattern MINISTRY_OF_POSSESSOR = java.util.regex.Pattern.compile(
            "(?:['\u2019]s|^its)(?: [a-z-]+){0,3} ministry(?: (?:of|for)(?: the)? [a-z-]+(?: and [a-z-]+)?)?$");

    /** A ministry already read as a country's ("South Korea will provide ..., the foreign ministry said"). */
    private static final java.util.regex.Pattern MINISTRY_READ_AS_COUNTRYS = java.util.regex.Pattern.compile(
            "^the(?: [a-z-]+){0,3} ministry$");

    /**
     * The country whose ministry was named most recently ("Japan's health ministry said it would send 1 million
     * doses to the Democratic Republic of Congo. | The ministry said ..."): "the ministry" is that one, not the
     * country named since. Null when the latest ministry named before {@code from} is no country's ("a spokesman for
     * the Taliban administration's economy ministry, said the ministry"; "Finance Ministry officials said") or has
     * another portfolio than {@code portfolio} ("Its foreign ministry ... | The finance ministry has said").
     */
    static Entity latestMinistrysCountry(String body, List<Mention> before, int from, String portfolio) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Mention m = before.get(k);
            if (m.inQuote() || m.entity().type() != org.pledgewatch.extractor.EntityType.COUNTRY) {
                continue;
            }
            // the mention may cover the ministry with its country's possessive ("Japan's health ministry", "its
            // defence ministry"; not "Finance Ministry officials said", read as the latest country's) or stop at the
            // country
            String covered = body.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            java.util.regex.Matcher after = MINISTRY_AFTER_COUNTRY.matcher(textAfter(body, m, 60));
            // (or a ministry read before as a country's, from the sentence it spoke in: "South Korea will provide
            // $3 million to Vietnam, the foreign ministry said | ..., the ministry said": still South Korea's, though
            // the article is about Vietnam)
            String ministry = MINISTRY_OF_POSSESSOR.matcher(covered).find()
                    || m.kind() == Mention.Kind.ROLE && MINISTRY_READ_AS_COUNTRYS.matcher(covered).find() ? covered
                    : after.find() ? covered + after.group() : null;
            if (ministry == null) {
                continue;
            }
            int ministryEnd = m.start() + ministry.length();
            boolean namedSince = ministryEnd < from
                    && body.substring(ministryEnd, from).toLowerCase(Locale.ROOT).contains("ministry");
            boolean samePortfolio = portfolio == null || ministry.contains(portfolio);
            return namedSince || !samePortfolio ? null : m.entity();
        }
        return null;
    }

    static Entity latestCountry(List<Mention> before) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Mention m = before.get(k);
            if (m.kind() == Mention.Kind.COUNTRY && !m.place() && !m.inQuote()) {
                return m.entity();
            }
        }
        return null;
    }
    /**
     * The country named most recently, directly or as the home of a group ("Brazil's agriculture lobby
     * said ... Finance Minister Fernando Haddad said the government would": Brazil), or null.
     */
    static Entity latestCountryOrGroupHome(List<Mention> before, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 30); k--) {
            Mention m = before.get(k);
            if (m.place() || m.inQuote()) {
                continue;
            }
            if (m.kind() == Mention.Kind.COUNTRY) {
                return m.entity();
            }
            if (m.kind() == Mention.Kind.GROUP && m.entity().country() != null) {
                return registry.country(m.entity().country());
            }
        }
        return null;
    }

    /**
     * The organisation "the agency", "the alliance" ({@code company}: "the company", "the carmaker") refers back to: the latest one named before this
     * sentence (one named in the same sentence is usually part of what is said), also through the
     * person who speaks for it ("NATO Secretary General Mark Rutte said the alliance ...").
     */
    static Entity latestOrganization(List<Mention> before, int sentence, int subjectFrom, EntityRegistry registry,
                                     boolean company) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Mention m = before.get(k);
            if (m.place() || (m.sentence() == sentence && !opensSentence(before, k, subjectFrom)
                    && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON)
                    || registry.isNewsAgency(m.entity()) || registry.isRegion(m.entity())
                    || (company && (registry.isListedOrganization(m.entity()) || isPublicBody(m.entity())
                        || endsLikeATradeUnion(m.entity().name())))) {
                // "a meeting in Brussels": a place, not what "the group" refers back to; "told CNBC": a news
                // outlet relays what "the company" said, it is not the company; "its plant in Ohio": nor a region;
                // nor, for "the company" and "the carmaker", the European Union or another body the gazetteer lists,
                // nor a college or a ministry ("... with Spartanburg Community College. | ..., said Marcus Reid,
                // the company's chief operating officer"), nor a trade union ("the United Auto Workers union ... the
                // company will": the employer)
                continue;
            }
            Entity e = m.entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON
                    || (e.type() == org.pledgewatch.extractor.EntityType.GROUP && e.organization() != null)) {
                // "Two EU diplomats said the bloc would ...": the organisation its people speak for
                Entity employer = e.organization() == null ? null : registry.organizationById(e.organization());
                // (but "the company" is no agency its chief heads: "FAA chief Bryan Bedford told the panel ... The
                // company said": the contractor named before)
                if (employer != null && !registry.isRegion(employer)
                        && !(company && (registry.isListedOrganization(employer) || isPublicBody(employer)))) {
                    return employer;
                }
                continue;
            }
            if (e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || (e.type() == org.pledgewatch.extractor.EntityType.GROUP && before.get(k).kind() == Mention.Kind.ORGANIZATION)) {
                return e;
            }
        }
        return null;
    }

    /** Words that open or close the names of bodies that are no company. */
    private static final Set<String> PUBLIC_BODY_HEADS = Words.set("college", "university", "school", "ministry",
            "department", "agency", "council", "commission", "committee", "parliament", "assembly", "senate", "court",
            "party", "government", "administration", "police", "army", "navy");

    /** "Spartanburg Community College", "University of Catania", "Ministry of Energy": its first or last word says so. */
    private static boolean isPublicBody(Entity e) {
        String[] words = e.name().split(" ");
        return words.length > 1 && (PUBLIC_BODY_HEADS.contains(Folding.fold(words[0]))
                || PUBLIC_BODY_HEADS.contains(Folding.fold(words[words.length - 1])));
    }

    /** The region ("Western Australia", "Bihar") named most recently, within the last 40 mentions, or null. */
    static Entity latestRegion(List<Mention> before, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Entity e = before.get(k).entity();
            if (registry.isRegion(e)) {
                return e;
            }
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON && e.organization() != null
                    && registry.isRegion(registry.organizationById(e.organization()))) {
                return registry.organizationById(e.organization());
            }
        }
        return null;
    }

    /**
     * The latest commission named: an organisation whose name ends with the word ("European Commission"), or a body
     * named with its executive ("the ECOWAS Commission", read as ECOWAS), also in the role of the person who heads it
     * ("The President of the ECOWAS Commission, Omar Alieu Touray"), or null.
     */
    static Entity latestCommission(String body, List<Mention> before, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            Entity e = m.entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.PERSON && e.role() != null
                    && e.role().endsWith(" Commission") && !e.role().endsWith("European Commission")) {
                Entity headed = e.organization() != null ? registry.organizationById(e.organization())
                        : organizationNamedIn(e.role(), body, before);
                if (headed != null) {
                    return headed;
                }
            }
            if ((e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION || e.type() == org.pledgewatch.extractor.EntityType.GROUP)
                    && (e.name().toLowerCase(Locale.ROOT).endsWith("commission")
                        || body.substring(m.start(), m.end()).endsWith(" Commission"))) {
                return e;
            }
        }
        return null;
    }

    /** The latest organisation whose name, or the words that named it, the text holds ("ECOWAS" in a role), or null. */
    private static Entity organizationNamedIn(String text, String body, List<Mention> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    && (text.contains(m.entity().name()) || text.contains(body.substring(m.start(), m.end())))) {
                return m.entity();
            }
        }
        return null;
    }

    /** "union of " before a company's name, "'s union" or " union" after it. */
    private static final java.util.regex.Pattern UNION_OF = java.util.regex.Pattern.compile("\\bunion of (?:the )?$");
    private static final java.util.regex.Pattern COMPANYS_UNION = java.util.regex.Pattern.compile("^(?:['\u2019]s)? union\\b");

    /**
     * The latest company named with its workers' union ("The labor union of Hyundai Motor Co.", "Kia's union",
     * "the Hyundai Motor union"), among the last 40 mentions, or null.
     */
    static Entity latestCompanyWithUnion(String body, List<Mention> before, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Mention m = before.get(k);
            if (m.inQuote() || !registry.mayBeACompany(m.entity())) {
                continue;
            }
            String lead = body.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(Locale.ROOT);
            if (UNION_OF.matcher(lead).find() || COMPANYS_UNION.matcher(textAfter(body, m, 10)).find()) {
                return m.entity();
            }
        }
        return null;
    }

    /** The latest organisation whose name ends with this word: "the Parliament" for the European Parliament. */
    static Entity latestOrganizationNamed(List<Mention> before, String head) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Entity e = before.get(k).entity();
            if ((e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION || e.type() == org.pledgewatch.extractor.EntityType.GROUP)
                    && e.name().toLowerCase(Locale.ROOT).endsWith(head)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The latest organisation named like a trade union, by its members or its kind ("International Association of
     * Machinists and Aerospace Workers", "Teamsters", "Australian Manufacturing Workers' Union"), not a party ("Workers'
     * Party"), or null.
     */
    static Entity latestTradeUnion(List<Mention> before) {
        return latestOrganizationNamedLike(before, BackReferences::isTradeUnionName);
    }

    /** A name like a trade union's, by its members or its kind, and not a party's ("Workers' Party"). */
    static boolean isTradeUnionName(String name) {
        return TRADE_UNION.matcher(name).find() && !name.contains("Party");
    }

    /**
     * A union's name that ends in its members or its kind ("United Steelworkers", "International Association of
     * Machinists", "Unite the Union"), where a person's or a company's never does ("Union Pacific" opens with it).
     */
    static boolean endsLikeATradeUnion(String name) {
        // (the pattern is tried at every character of the name, and asked of names that are no union's: first the
        // words one of its branches must find)
        boolean mayEndSo = name.contains("orkers") || name.contains("Machinists") || name.contains("Teamsters")
                || name.contains("Employees") || name.contains("Union");
        return mayEndSo && UNION_END.matcher(name).find();
    }

    private static final java.util.regex.Pattern UNION_END = java.util.regex.Pattern.compile(
            "\\b(?:\\w*[Ww]orkers|Machinists|Teamsters|Employees|Union)'?$");

    /** The latest organisation whose name the test accepts, or null. */
    private static Entity latestOrganizationNamedLike(List<Mention> before, java.util.function.Predicate<String> name) {
        return latestOrganizationNamedLike(before, name, false);
    }

    /** The same, among the mentions outside quotation marks only when {@code outsideQuotes}. */
    private static Entity latestOrganizationNamedLike(List<Mention> before, java.util.function.Predicate<String> name,
                                                      boolean outsideQuotes) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Entity e = before.get(k).entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION && name.test(e.name())
                    && !(outsideQuotes && before.get(k).inQuote())) {
                return e;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern TRADE_UNION = java.util.regex.Pattern.compile(
            "\\b(?:Union|\\w*[Ww]orkers|Machinists|Teamsters|Employees|Federation of Labou?r|Trades Union|Guild|Brotherhood)\\b");

    /** The latest organisation whose name opens or closes with {@code word} ("university": "the University of Dundee"), or null. */
    static Entity latestOrganizationWithWord(List<Mention> before, String word) {
        return latestOrganizationWithWord(before, word, null);
    }

    /**
     * As {@link #latestOrganizationWithWord(List, String)}, and with a registry also the employer named in a person's
     * mention: "Bank of England Governor Andrew Bailey said ... the Bank would" is the Bank of England, though its only
     * mention is inside his.
     */
    static Entity latestOrganizationWithWord(List<Mention> before, String word, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Entity e = before.get(k).entity();
            if (registry != null && e.type() == org.pledgewatch.extractor.EntityType.PERSON && e.organization() != null) {
                e = registry.organizationById(e.organization());
                if (e == null) {
                    continue;
                }
            }
            // (a bloc of states counts: "the 47th summit of the Gulf Cooperation Council ... On Syria, the council said")
            if ((e.type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || e.type() == org.pledgewatch.extractor.EntityType.GROUP) && headedBy(e.name(), word)) {
                return e;
            }
        }
        return null;
    }

    /** The word heads the name, first or last ("University of Dundee", "Monash University"; not "University and College Union"). */
    private static boolean headedBy(String name, String word) {
        String folded = name.toLowerCase(Locale.ROOT);
        return folded.startsWith(word + " of ") || folded.startsWith(word + " for ") || folded.endsWith(" " + word);
    }

    /**
     * The latest central bank named ("the Bank of Korea", "the ECB", "the Fed") outside quotation marks, else inside
     * them, or null: "Bank Indonesia held its rate ... 'If the Fed cuts again, we could move,' he said. The central bank
     * also said ...": a bank the speaker names is part of what was said, the report's own subject is the other.
     */
    static Entity latestCentralBank(List<Mention> before) {
        Entity reported = latestOrganizationNamedLike(before, BackReferences::isCentralBank, true);
        return reported != null ? reported : latestOrganizationNamedLike(before, BackReferences::isCentralBank, false);
    }

    /** True for a central bank's name ("Bank of Japan", "Federal Reserve", "Magyar Nemzeti Bank"). */
    static boolean isCentralBank(String name) {
        return CENTRAL_BANK.matcher(name).find();
    }

    /**
     * A central bank's name: "European Central Bank", "Reserve Bank of India", "Bank of Japan", "Federal Reserve",
     * "Monetary Authority of Singapore".
     */
    private static final java.util.regex.Pattern CENTRAL_BANK = java.util.regex.Pattern.compile(
            "\\b(?:Central|Reserve|National) Bank\\b|^(?:Bank of (?!America)|Bank Indonesia|State Bank of|People's Bank of)"
            + "|Federal Reserve|Riksbank|Norges Bank|Bundesbank|Banque de France|Banca d'Italia|Banco de Espa\u00f1a"
            // Asia's and Latin America's names: "Monetary Authority of Singapore", "Bank Negara Malaysia"
            + "|Monetary Authority|^Bank Negara|^Bangko Sentral|^Banco Central|^Banco de M\u00e9xico|^Bank Al-Maghrib"
            // Hungary's, by its Hungarian name ("Magyar Nemzeti Bank")
            + "|Nemzeti Bank");

    /** The country of the latest place mention ("WASHINGTON —", "in Kyiv"), or null. */
    static Entity latestPlace(List<Mention> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if ((m.kind() == Mention.Kind.CAPITAL || m.kind() == Mention.Kind.COUNTRY) && m.place() && !m.inQuote()) {
                return m.entity();
            }
        }
        return null;
    }

    /** True when mention {@code k} is the first mention of its sentence that is not a place (its subject). */
    private static boolean opensSentence(List<Mention> mentions, int k, int subjectFrom) {
        Mention m = mentions.get(k);
        boolean qualified = false;
        for (int j = k - 1; j >= 0 && mentions.get(j).sentence() == m.sentence(); j--) {
            Mention before = mentions.get(j);
            // ("Chile's state-owned copper giant Codelco will invest ...": a country may qualify the subject)
            boolean modifier = before.kind() == Mention.Kind.COUNTRY && m.tokenStart() - before.tokenEnd() <= 6
                    && before.tokenStart() - subjectFrom <= 1;
            // (the dateline's city, "ISLAMABAD:", is where the report was filed, not a subject, when the subject opens
            // the body: "ISLAMABAD: The IMF ...", "ISLAMABAD: Pakistan and the IMF ..." but not "SEOUL (Yonhap) -- The
            // labor union of Hyundai Motor Co. will ...", whose subject is the union)
            boolean datelineBeforeSubject = before.tokenEnd() <= subjectFrom && (qualified || m.tokenStart() - subjectFrom <= 1);
            if (!before.place() && !modifier && !datelineBeforeSubject) {
                return false;
            }
            qualified |= modifier;
        }
        if (qualified) {
            return true;
        }
        // "LONDON, Nov 19 (Reuters) - Tesco, ...": after a dateline (a place opening the sentence) the subject
        // comes a few tokens later
        boolean dateline = k > 0 && mentions.get(k - 1).sentence() == m.sentence() && mentions.get(k - 1).place()
                && mentions.get(k - 1).tokenStart() == 0;
        // ("MUNICH, Nov 18 (Reuters) - Siemens Energy will ...": a dateline the gazetteer has no place for)
        // (a name inside the sentence's opening phrase, "In a statement sent to Club of Mozambique, the company said", is
        // no subject)
        return m.tokenStart() >= subjectFrom && m.tokenStart() - subjectFrom <= 4 || (dateline && m.tokenStart() <= 12);
    }

    /**
     * The last two actors named as a pair ("The Democratic Republic of Congo and the M23 armed group", "Takaichi and
     * Macron"): countries, organisations and groups as they are, people as their countries; or none.
     */
    static List<Entity> latestPair(String body, List<Mention> before, int sentence, EntityRegistry registry) {
        for (int k = before.size() - 1; k >= 1 && before.get(k).sentence() >= sentence - 2; k--) {
            Mention second = before.get(k);
            Mention first = before.get(k - 1);
            if (first.sentence() != second.sentence() || first.inQuote() || second.inQuote() || first.place() || second.place()
                    || first.end() > second.start()) {
                // (nested mentions: "SK Group" inside "SK Group Chairman Chey Tae-won" is no pair)
                continue;
            }
            String gap = body.substring(first.end(), second.start()).strip();
            if (!(gap.equals("and") || gap.equals("and the"))) {
                continue;
            }
            Entity a = actingFor(first.entity(), registry);
            Entity b = actingFor(second.entity(), registry);
            if (a != null && b != null && !a.equals(b)) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    private static Entity actingFor(Entity e, EntityRegistry registry) {
        if (e.type() != org.pledgewatch.extractor.EntityType.PERSON) {
            return e;
        }
        return e.country() == null ? null : registry.country(e.country());
    }

    /** The last two different countries named (not as places) in this sentence and the two before it, or none. */
    static List<Entity> latestDistinctCountries(List<Mention> before, int sentence) {
        return latestTwo(before, sentence, 2,
                m -> m.entity().type() == org.pledgewatch.extractor.EntityType.COUNTRY && !m.place() ? m.entity() : null);
    }

    /** The countries of the last two people of different countries named in this sentence and the two before it, or none. */
    static List<Entity> latestLeadersCountries(List<Mention> before, int sentence, EntityRegistry registry) {
        // leaders are named once, in the lead, and the story may turn to others before "the two leaders agreed"
        return latestTwo(before, sentence, 4, m -> m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                && m.entity().country() != null ? registry.country(m.entity().country()) : null);
    }

    /** The last two different entities that {@code actor} finds in mentions (not quoted) of this sentence and the two before. */
    private static List<Entity> latestTwo(List<Mention> before, int sentence, int window,
                                          java.util.function.Function<Mention, Entity> actor) {
        List<Entity> found = new java.util.ArrayList<>();
        for (int k = before.size() - 1; k >= 0 && before.get(k).sentence() >= sentence - window && found.size() < 2; k--) {
            Entity e = before.get(k).inQuote() ? null : actor.apply(before.get(k));
            if (e != null && !found.contains(e)) {
                found.add(0, e);
            }
        }
        return found.size() == 2 ? found : List.of();
    }

    /**
     * The latest organisation named with its people of this kind after it, among the last 40 mentions: "African Union
     * leaders", "NATO defence ministers" for "leaders" and "ministers"; or null.
     */
    static Entity latestBodyOfPeople(String body, List<Mention> before, String people) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Mention m = before.get(k);
            java.util.regex.Matcher after = m.inQuote() || m.entity().type() != org.pledgewatch.extractor.EntityType.ORGANIZATION
                    ? null : PEOPLE_OF_A_BODY.matcher(textAfter(body, m, 40));
            if (after != null && after.find() && after.group(1).equals(people)) {
                return m.entity();
            }
        }
        return null;
    }

    /** Up to two lower-case words and the body's people after its name: " defence ministers", " leaders". */
    private static final java.util.regex.Pattern PEOPLE_OF_A_BODY = java.util.regex.Pattern.compile(
            "^(?: [a-z-]+){0,2}? (leaders|ministers|presidents|premiers)\\b");

    /** The body's text right after a mention, at most {@code chars} characters of it. */
    private static String textAfter(String body, Mention m, int chars) {
        return body.substring(m.end(), Math.min(body.length(), m.end() + chars));
    }

    /** The latest group whose name starts with {@code prefix} ("People familiar with the matter"), or null. */
    static Entity latestGroupNamed(List<Mention> before, String prefix) {
        return latestGroup(before, name -> name.startsWith(prefix));
    }

    /** The latest unnamed group whose name ends with {@code noun} ("two diplomats" for "the diplomats"), or null. */
    static Entity latestGroupOf(List<Mention> before, String noun) {
        return latestGroup(before, name -> {
            String folded = name.toLowerCase(Locale.ROOT);
            return folded.equals(noun) || folded.endsWith(" " + noun);
        });
    }

    /** The latest unnamed group, among the last 40 mentions, whose name fits, or null. */
    private static Entity latestGroup(List<Mention> before, java.util.function.Predicate<String> name) {
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 40); k--) {
            Entity e = before.get(k).entity();
            if (e.type() == org.pledgewatch.extractor.EntityType.GROUP && name.test(e.name())) {
                return e;
            }
        }
        return null;
    }

    static List<Entity> latestCountries(String body, List<Mention> before, int count) {
        for (int k = before.size() - 1; k >= count - 1; k--) {
            List<Entity> run = countryRunEndingAt(body, before, k, count);
            if (run.size() == count) {
                return run;
            }
        }
        return List.of();
    }

    /**
     * The latest list of two or more countries named together, whole ("Qatar, Egypt, Türkiye and the United States
     * ... The mediators will"), or an empty list.
     */
    static List<Entity> latestCountryList(String body, List<Mention> before) {
        for (int k = before.size() - 1; k >= 1; k--) {
            List<Entity> run = countryRunEndingAt(body, before, k, Integer.MAX_VALUE);
            if (run.size() >= 2) {
                return run;
            }
        }
        return List.of();
    }

    /** The countries named together ("A, B and the C") that end with mention {@code k}, at most {@code limit}. */
    private static List<Entity> countryRunEndingAt(String body, List<Mention> before, int k, int limit) {
        List<Entity> run = new java.util.ArrayList<>();
        int j = k;
        while (j >= 0 && run.size() < limit) {
            Mention m = before.get(j);
            if (m.entity().type() != org.pledgewatch.extractor.EntityType.COUNTRY || m.inQuote()
                    || run.contains(m.entity())) {
                break;
            }
            if (!run.isEmpty()) {
                Mention next = before.get(j + 1);
                String gap = body.substring(m.end(), next.start()).strip();
                if (!(gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("and the") || gap.equals(", the")
                        || gap.equals(", and the"))) {
                    break;
                }
            }
            run.add(0, m.entity());
            j--;
        }
        return run;
    }
}
