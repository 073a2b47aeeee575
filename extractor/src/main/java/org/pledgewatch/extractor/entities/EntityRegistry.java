package org.pledgewatch.extractor.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * The entities of one article, so that every mention of the same person, country or organisation
 * lands on one object: "Starmer" and "British Prime Minister Keir Starmer" are one person,
 * "Mertz" is the "Merz" named before (one typo tolerated in surnames of five letters or more),
 * "Sanchez" is "Sánchez". The canonical name of a person is the first full mention.
 */
public final class EntityRegistry {
    private final Gazetteer gazetteer;
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final List<Entity> persons = new ArrayList<>();
    /** The country the article is about ({@link HomeCountry}), once known; null for none. */
    private String home;

    public EntityRegistry(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Entity country(String alpha3) {
        return byId.computeIfAbsent(alpha3, id -> {
            GazetteerEntry c = gazetteer.country(id);
            Entity e = new Entity(id, c.name(), EntityType.COUNTRY);
            e.addCountry(id);
            return e;
        });
    }

    public Entity organization(GazetteerEntry org) {
        return byId.computeIfAbsent(org.id(), id -> {
            Entity e = new Entity(id, org.name(),
                    org.kind() == GazetteerEntry.Kind.COALITION ? EntityType.GROUP : EntityType.ORGANIZATION);
            e.addCountry(org.country());
            if (org.name().indexOf(' ') > 0 && gazetteer.isCompany(id)) {
                // "Novo Nordisk will charge ... Novo's chief executive": a listed company by its first word too
                rememberFirstWord(e, org.name());
            }
            return e;
        });
    }

    /**
     * "Mexico's central bank", "the Turkish central bank": the bank gazetteer/central-banks.tsv lists for the country,
     * else the one named as news names most central banks ("Central Bank of Kenya"), by the country's name.
     */
    public Entity centralBankOf(String alpha3) {
        GazetteerEntry listed = gazetteer.centralBank(alpha3);
        return listed != null ? organization(listed)
                : namedOrganization("Central Bank of " + gazetteer.country(alpha3).name(), null);
    }

    /** The organisation (or coalition) with this id that the article mentions, or null. */
    public Entity organizationById(String id) {
        Entity e = byId.get(id);
        if (e == null) {
            e = byId.get("org:" + id);
        }
        if (e == null) {
            GazetteerEntry g = gazetteer.organization(id);
            e = g == null ? null : organization(g);
        }
        return e;
    }

    /** The organisation named this way earlier in the article (one the gazetteer does not know), or null. */
    public Entity knownOrganization(String name) {
        return byId.get("org:" + Folding.slug(name));
    }

    /** An organisation the gazetteer does not know, by its name as written. */
    public Entity namedOrganization(String name, String country) {
        // a results headline runs the reporting period into the name: "Sahyadri Renewables Q2 results: ..."
        String plain = REPORTING_PERIOD.matcher(withoutLegalForm(name)).replaceFirst("");
        Entity region = regionOfGovernment(plain);
        if (region != null) {
            return region;
        }
        String id = Folding.slug(plain);
        boolean namedBefore = byId.containsKey("org:" + id);
        Entity spelledOut = namedBefore ? null : byInitials(plain);
        if (spelledOut != null) {
            // "The Kurdish-led Syrian Democratic Forces will ... Abdi said the SDF would": the acronym of a
            // name given in full before, without the "(SDF)" that would have announced it; the acronym names it
            // from now on ("TEPCO President Tomoaki Kobayakawa")
            aliasOrganization(plain, spelledOut);
            return spelledOut;
        }
        // a one-word name not met before may be the short form of a company named in full ("Castellan", "Lufthansa")
        boolean newShortName = plain.indexOf(' ') < 0 && !namedBefore;
        Entity opened = newShortName ? organizationOpenedBy(plain) : null;
        if (opened != null) {
            // "Castellan Pharmaceuticals agreed ... Castellan Chief Executive Mark Haldane": the company named in
            // full before, by its first word
            return opened;
        }
        Entity ended = newShortName ? organizationEndedBy(plain) : null;
        if (ended != null) {
            // "Portugal picked Deutsche Lufthansa ... Lufthansa Chief Executive Carsten Spohr": the company named in
            // full before, by its last word
            return ended;
        }
        Entity kindNamed = newShortName && GENERIC_LAST_WORDS.contains(plain) ? organizationClosedBy(plain) : null;
        if (kindNamed != null) {
            // "Pacific Islands Forum police ministers ... Forum Secretary General Baron Waqa said": the one body of
            // that kind the article named, by the word that says its kind
            return kindNamed;
        }
        Entity endedName = newShortName ? bareNameEndedBy(plain) : null;
        if (endedName != null && revealOrganization(endedName)) {
            // "Portugal picked Deutsche Lufthansa ... Lufthansa Chief Executive Carsten Spohr": the name read as a
            // person's until now was the company's, and its last word names it
            return endedName;
        }
        Entity revealed = plain.split(" ").length <= 2 && !namedBefore ? bareNameOpenedBy(plain) : null;
        if (revealed != null && revealOrganization(revealed)) {
            // "Cascade Aerostructures said on Thursday it would ... Cascade Chief Executive Ryan Kessler": the name
            // read as a person's until now was the company's, and its first word names it (or its first two:
            // "Bokoni Ridge Platinum has promised ... said Bokoni Ridge CEO Thandeka Mokoena-Venter")
            return revealed;
        }
        Entity e = byId.computeIfAbsent("org:" + id, k -> new Entity(id, plain, EntityType.ORGANIZATION));
        int space = plain.indexOf(' ');
        boolean twoWords = space > 0 && plain.indexOf(' ', space + 1) < 0;
        if (space > 0 && Character.isUpperCase(plain.charAt(0))
                && (twoWords ? !INNER_BODIES.contains(plain.substring(space + 1)) : isCompanyName(plain))) {
            // two-word names ("Northwind Energy", "Harbour Foods") and longer companies' ("Ardent Home Products"):
            // other longer ones are offices and bodies; and not a body inside another ("IOC Session", "FIFA
            // Council"): "the IOC" alone is the IOC, not its meeting
            rememberFirstWord(e, plain);
        }
        rememberLastWord(e);
        e.addCountry(country);
        return e;
    }

    /** A reporting period at the end of a name: " Q2", " H1", " FY27". */
    private static final Pattern REPORTING_PERIOD = Pattern.compile(" (?:Q[1-4]|H[12]|FY\\d{2,4})$");

    /** Last words of companies' names of three words or more: "Ardent Home Products", "Andes Copper Mining". */
    private static final Set<String> COMPANY_NAME_ENDS = Words.set("Products", "Industries", "Holdings", "Group", "Systems",
            "Energy", "Motors", "Foods", "Technologies", "Resources", "Minerals", "Mining", "Airlines", "Steel",
            "Pharmaceuticals", "Shipping", "Logistics", "Electronics", "Semiconductor", "Aerospace", "Defence", "Defense",
            "Markets", "Health", "Capital", "Partners", "Chemical", "Chemicals", "Airways", "Line", "Lines", "Solutions",
            "Brands", "Labs", "Therapeutics", "Pharma", "Ventures", "Investments", "Telecom", "Materials", "Metals",
            "Lithium", "Copper", "Petroleum", "Automotive", "Renewables", "Networks", "Utilities", "Biopharma", "Biotech",
            "Biosciences", "Healthcare");

    private static boolean isCompanyName(String name) {
        int lastSpace = name.lastIndexOf(' ');
        return name.split(" ").length <= 4 && COMPANY_NAME_ENDS.contains(name.substring(lastSpace + 1))
                && !name.contains(" of ") && !name.contains(" for ");
    }

    /**
     * The one organisation named so far (one the gazetteer does not know) whose name opens with these words and goes
     * on ("Granite Peak" for "Granite Peak Capital"), or null.
     */
    public Entity organizationShortenedTo(String words) {
        String prefix = words + " ";
        Entity found = null;
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.ORGANIZATION && e.name().startsWith(prefix) && byId.containsKey("org:" + e.id())) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** The one organisation of the article whose name has these initials ("ICC" for "International Chamber of Commerce"), or null. */
    public Entity spelledOut(String acronym) {
        return byInitials(acronym);
    }

    /** The one organisation named so far whose capitalised words' initials spell this acronym ("SDF"), or null. */
    private Entity byInitials(String acronym) {
        if (acronym.length() < 2 || acronym.length() > 6 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        Entity found = null;
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.ORGANIZATION && e != found && acronym.equals(initials(e.name()))) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        if (found != null || acronym.length() < 4) {
            return found;
        }
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.ORGANIZATION && e != found
                    && spelledByWordStarts(acronym, 0, e.name().split(" "), 0)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Whether the acronym from {@code a} on is spelled by the first one or two letters of each word of the name from
     * {@code w} on, a company's last words ("Holdings") left out: "TEPCO" for Tokyo Electric Power Company Holdings.
     */
    private static boolean spelledByWordStarts(String acronym, int a, String[] words, int w) {
        if (a == acronym.length()) {
            for (int k = w; k < words.length; k++) {
                if (!COMPANY_NAME_ENDS.contains(words[k]) && !LEGAL_FORMS.contains(words[k])) {
                    return false;
                }
            }
            return w > 1;
        }
        if (w == words.length || words[w].isEmpty() || !Character.isUpperCase(words[w].charAt(0))) {
            return false;
        }
        String word = words[w].toUpperCase(java.util.Locale.ROOT);
        return word.charAt(0) == acronym.charAt(a) && (spelledByWordStarts(acronym, a + 1, words, w + 1)
                || word.length() > 1 && a + 1 < acronym.length() && word.charAt(1) == acronym.charAt(a + 1)
                    && spelledByWordStarts(acronym, a + 2, words, w + 1));
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        // the capital opening each word between spaces and hyphens, as name.split("[ -]+") cuts them, read in place: it
        // is asked of every organisation of the article for each acronym, and split compiled the pattern on every call
        for (int i = 0; i < name.length(); i++) {
            boolean opensWord = i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-';
            if (opensWord && Character.isUpperCase(name.charAt(i))) {
                out.append(name.charAt(i));
            }
        }
        return out.toString();
    }

    /** Legal forms that end a company's name ("Northwind Energy A/S", "Andes Lithium Corp.", "Najd Cement Co"). */
    static final Set<String> LEGAL_FORMS = Words.set("A/S", "ASA", "AB", "AG", "SA", "S.A.", "SE", "NV", "N.V.",
            "Inc.", "Inc", "Corp.", "Corp", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH", "Oyj", "Co.", "Co", "PJSC", "Pty",
            "Bhd", "Tbk", "SpA", "S.p.A.", "BV", "B.V.", "KGaA", "AS", "Oy", "Limited", "Ltda",
            // Lusophone and Francophone Africa, Italy, Russia, India, law firms: "Nacala Graphite Lda"
            "Lda", "SARL", "Sarl", "Srl", "S.r.l.", "JSC", "OJSC", "CJSC", "Pvt", "LLP",
            // Singapore: "Solenne Renewables Pte. Ltd."
            "Pte", "Pte.",
            // Lithuania, Estonia, Egypt, Bulgaria, Romania, Hungary, the Czech Republic: "Aerolitas UAB", "Nile Horizon
            // Developments S.A.E.", "Bulgargaz EAD" ("SIA" and "SAS" are left out: they name airlines)
            "UAB", "OÜ", "S.A.E.", "EAD", "SRL", "S.R.L.", "Zrt.", "Kft.", "a.s.");
    /** A legal form at the end of a name; "A" as the tokenizer may leave it of "A/S". */
    private static final Pattern LEGAL_FORM = Pattern.compile(",? (?:A|"
            + LEGAL_FORMS.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")$");

    /**
     * Legal forms written before the name: Indonesia's "PT" (Perseroan Terbatas: "PT Vale Indonesia"), Russia's and
     * Kazakhstan's joint-stock companies ("PJSC Gazprom", "JSC Kazatomprom"). Annotators drop them as they drop "Inc.".
     */
    private static final Pattern LEADING_LEGAL_FORM = Pattern.compile("^(?:PT|PJSC|JSC|OJSC|CJSC|PAO|OAO) (?=\\p{Lu})");

    /** Whether the name opens with a legal form ("PT Vale Indonesia"): a company's, never a person's. */
    static boolean opensWithLegalForm(String name) {
        return LEADING_LEGAL_FORM.matcher(name).find();
    }

    /** The name without a legal form: the analyst's name of a company is the one people use. */
    static String withoutLegalForm(String name) {
        java.util.regex.Matcher leading = LEADING_LEGAL_FORM.matcher(name);
        if (leading.find()) {
            name = name.substring(leading.end());
        }
        int space = name.lastIndexOf(' ');
        if (space < 0 || name.length() - space > 7) {
            return name;
        }
        java.util.regex.Matcher m = LEGAL_FORM.matcher(name);
        if (!m.find() || m.start() < 3) {
            return name;
        }
        // ("Eli Lilly & Co.", "Mitsui & Co.": the "&" goes with the form, "Eli Lilly")
        String cut = name.substring(0, m.start());
        return cut.endsWith(" &") ? cut.substring(0, cut.length() - 2) : cut;
    }

    /**
     * Makes a person-like name an organisation when the text reveals one ("Hyundai Rotem said it
     * would"): only a bare name, without a title or anyone it speaks for. Returns whether it did.
     */
    public boolean revealOrganization(Entity e) {
        // a country may have come from a possessive ("South Korea's Hyundai Rotem"): a company has a home too
        if (e == null || e.type() != EntityType.PERSON || e.role() != null
                || e.organization() != null || e.female()) {
            return false;
        }
        e.becomeOrganization();
        persons.remove(e);
        byId.putIfAbsent("org:" + e.id(), e);
        String plain = withoutLegalForm(e.name());
        if (!plain.equals(e.name())) {
            // "State utility PT Perusahaan Listrik Negara said it would": read as a person's name until now
            e.rename(plain);
        }
        if (e.name().indexOf(' ') > 0) {
            // "Ardent Home Products ..., Ardent also said": the first word alone is the company too
            rememberFirstWord(e, e.name());
        }
        rememberLastWord(e);
        return true;
    }

    /** Bodies inside an organisation, named after it: "FIFA Council", "IOC Session", "AU Summit". */
    private static final Set<String> INNER_BODIES = Words.set("Session", "Council", "Congress", "Summit", "Assembly", "Board",
            "Committee", "Executive", "Secretariat", "Conference");

    /** Another name of an organisation, such as its acronym, so that a later lone mention finds it. */
    public void aliasOrganization(String alias, Entity org) {
        byId.putIfAbsent("org:" + Folding.slug(alias), org);
    }

    /** Organisations named in the article (not from the gazetteer) by the first word of a name of two or more words. */
    private final java.util.Map<String, Entity> orgsByFirstWord = new java.util.HashMap<>();
    private static final Entity AMBIGUOUS = new Entity("?", "?", EntityType.ORGANIZATION);

    /**
     * The one organisation of two words or more named so far whose name ends with this word ("Pacific Islands Forum"
     * for the "Forum" of "Forum Secretary General Baron Waqa"), or null.
     */
    public Entity organizationClosedBy(String word) {
        Entity found = null;
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.ORGANIZATION && e.nameWords().size() >= 2
                    && Folding.fold(word).equals(e.nameWords().get(e.nameWords().size() - 1))) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Two-word organisations by their last word, when that word is a name of its own ("Deutsche Lufthansa", "Banco
     * Santander"), not a generic head ("Central Bank", "Labour Party").
     */
    private final Map<String, Entity> orgsByLastWord = new java.util.HashMap<>();

    /** Last words of two-word names that name no organisation alone. */
    private static final Set<String> GENERIC_LAST_WORDS = Words.set("Bank", "Group", "Party", "Union", "Fund", "Foundation",
            "Company", "Corporation", "Corp", "Agency", "Institute", "Association", "Authority", "Commission", "Ministry",
            "Department", "Office", "Service", "Services", "Force", "Forces", "Army", "Navy", "Police", "Guard", "Court",
            "Organisation", "Organization", "Alliance", "Front", "Movement", "Bloc", "Coalition", "Federation", "Times",
            "Post", "News", "Air", "Airport", "Port", "University", "College", "School", "Hospital", "Club", "Trust",
            "Trusts", "Network", "Centre", "Center", "Forum", "Agreement", "Deal", "Plan", "Programme", "Program", "Act");

    /** Files an organisation under the first word of {@code name} (which has more than one), ambiguous when two share it. */
    private void rememberFirstWord(Entity org, String name) {
        orgsByFirstWord.merge(Folding.slug(name.substring(0, name.indexOf(' '))), org, (a, b) -> a == b ? a : AMBIGUOUS);
    }

    /** Files an organisation of two words under its last word when that word can name it alone. */
    private void rememberLastWord(Entity org) {
        String name = org.name();
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0 || !Character.isUpperCase(name.charAt(0))) {
            return;
        }
        String last = name.substring(space + 1);
        if (!GENERIC_LAST_WORDS.contains(last) && !INNER_BODIES.contains(last) && !COMPANY_NAME_ENDS.contains(last)) {
            orgsByLastWord.merge(Folding.slug(last), org, (a, b) -> a == b ? a : AMBIGUOUS);
        }
    }

    /** "Queensland Government", "Lagos State Government", "Western Australian Government": a region's government. */
    private static final Pattern REGION_GOVERNMENT = Pattern.compile("(.+?)(?: State)? Government");

    /**
     * The region whose government {@code name} is ("The NSW Government will build", "The Tasmanian Government will
     * fund"): a region acts as itself (regions.tsv), or null. Bodies whose name says more stay bodies ("Kurdistan
     * Regional Government", "Tokyo Metropolitan Government").
     */
    private Entity regionOfGovernment(String name) {
        if (!name.endsWith(" Government")) {
            // (asked of every unlisted organisation's name: the pattern runs only on the few that can match it)
            return null;
        }
        java.util.regex.Matcher m = REGION_GOVERNMENT.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String place = m.group(1);
        GazetteerEntry e = gazetteer.lookup(place);
        if (e == null && place.endsWith("an")) {
            // the region's adjective: "Western Australian", "Tasmanian"
            e = gazetteer.lookup(place.substring(0, place.length() - 1));
        }
        return e != null && gazetteer.regionCountry(e.id()) != null ? organization(e) : null;
    }

    /** The one organisation of two words named so far whose last word is {@code word}, or null. */
    private Entity organizationEndedBy(String word) {
        Entity e = orgsByLastWord.get(Folding.slug(word));
        return e == AMBIGUOUS ? null : e;
    }

    private Entity organizationOpenedBy(String word) {
        if (orgsByFirstWord.isEmpty()) {
            return null;
        }
        Entity e = orgsByFirstWord.get(Folding.slug(word));
        return e == AMBIGUOUS ? null : e;
    }

    /**
     * The one bare two-word name read as a person's (no title, no one it speaks for, no given name first) whose last
     * word is {@code word}, or null.
     */
    private Entity bareNameEndedBy(String word) {
        String last = Folding.fold(word);
        return onlyBareName(p -> p.nameWords().size() == 2 && p.nameWords().get(1).equals(last)
                && !gazetteer.isMaleName(p.name().split(" ")[0]));
    }

    /**
     * The one bare name read as a person's (no title, no one it speaks for) that opens with these words and has one
     * word more, or null.
     */
    private Entity bareNameOpenedBy(String words) {
        List<String> opening = java.util.Arrays.stream(words.split(" ")).map(Folding::fold).toList();
        return onlyBareName(p -> p.nameWords().size() == opening.size() + 1
                && p.nameWords().subList(0, opening.size()).equals(opening));
    }

    /**
     * The one person whose name {@code fits} and who is known by the bare name only (no role, no organisation, not
     * known to be a woman: a name that may yet turn out to be a company's), or null when none or several are.
     */
    private Entity onlyBareName(java.util.function.Predicate<Entity> fits) {
        Entity found = null;
        for (Entity p : persons) {
            if (p.role() == null && p.organization() == null && !p.female() && fits.test(p)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** An unnamed group, by the words that name it ("European officials"). */
    public Entity group(String words, String country) {
        String name = words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        String id = Folding.slug(name);
        Entity e = byId.computeIfAbsent("group:" + id, k -> new Entity(id, name, EntityType.GROUP));
        e.addCountry(country);
        return e;
    }

    /** True for a region ("Ontario" of the gazetteer, "Koshi Province"): its government acts, but it is never "the company". */
    public boolean isRegion(Entity e) {
        return e != null && e.type() == EntityType.ORGANIZATION
                && (gazetteer.regionCountry(e.id()) != null || e.name().endsWith(" Province"));
    }

    /** The region a person's office is of ("Ontario Premier Doug Ford"), or null. */
    public Entity regionOf(Entity person) {
        Entity org = person.organization() == null ? null : organizationById(person.organization());
        return isRegion(org) ? org : null;
    }

    /** True for an organisation of the gazetteer: intergovernmental and state bodies, never a company. */
    public boolean isListedOrganization(Entity e) {
        return e != null && e.type() != EntityType.PERSON && gazetteer.organization(e.id()) != null
                && !gazetteer.isCompany(e.id());
    }

    /** True for a news agency ("Xinhua", "PAP"): it relays what others say and pledge. */
    public boolean isNewsAgency(Entity e) {
        return e != null && gazetteer.isNewsAgency(e.id());
    }

    /**
     * An organisation that may be the company a story is about: none of the gazetteer's intergovernmental or state
     * bodies, no news agency, no region's government.
     */
    public boolean mayBeACompany(Entity e) {
        // (a trade union, "United Auto Workers", is no company: "the company" after it is the employer named before;
        // nor is a law, "the CHIPS Act")
        return e != null && e.type() == EntityType.ORGANIZATION && !isListedOrganization(e) && !isNewsAgency(e) && !isRegion(e)
                && !BackReferences.endsLikeATradeUnion(e.name()) && !e.name().endsWith(" Act");
    }

    /** The coalition or bloc most recently named in the article, for "the allies", "the coalition". */
    public Entity latestCoalition() {
        Entity found = null;
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.GROUP && !byId.containsKey("group:" + e.id())) {
                found = e;
            }
        }
        return found;
    }

    private static boolean isUpperCase(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    static final java.util.Set<String> POST_NOMINALS = Words.set("MP", "MEP", "MSP", "MS", "MLA", "MPP",
            "TD", "KC", "QC", "OBE", "MBE", "CBE");

    /** What follows a name to tell a father from his son: "Ferdinand Marcos Jr" is not Ferdinand Marcos. */
    private static final Set<String> GENERATIONS = Words.set("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    /**
     * "Faisal bin Farhan bin Abdullah": a well-known official with the father's name that official communiqués add, named
     * as the news names them ("Claudia Sheinbaum Pardo", with a second family name, the gazetteer knows as she is
     * written: {@link Gazetteer#official}).
     */
    private String knownOfficialWithin(String name) {
        if (gazetteer.official(name) != null) {
            return name;
        }
        // (without ". " no middle initial can stand in the name: the regex is not tried at every character)
        String withoutInitial = name.contains(". ") ? MIDDLE_INITIAL.matcher(name).replaceFirst(" ") : name;
        if (!withoutInitial.equals(name) && gazetteer.official(withoutInitial) != null) {
            // "President Donald J. Trump" of the White House's releases is the Donald Trump the list knows
            return withoutInitial;
        }
        String shorter = name;
        for (int dropped = 1; dropped <= 2; dropped++) {
            int last = shorter.lastIndexOf(' ');
            if (last <= 0 || shorter.indexOf(' ') == last || GENERATIONS.contains(shorter.substring(last + 1))) {
                return name;
            }
            shorter = shorter.substring(0, last);
            if (gazetteer.official(shorter) != null) {
                return shorter;
            }
        }
        return name;
    }

    /** A middle initial between two words of a name: "Donald J. Trump". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("(?<=\\S) \\p{Lu}\\. (?=\\S)");

    /** Honorifics a name may open with, followed by a name of two words or more. */
    private static final Set<String> STYLES_BEFORE_NAME = Words.set("Dr", "Dr.", "Prof", "Prof.", "Professor",
            // a Gulf paper's "His Excellency" ("QatarEnergy President and CEO HE Saad Sherida al-Kaabi"), a pilgrim's
            // style in East Africa and the Gulf ("Hajji Muhammad Mafabi"), a priest's ("Father Jonas Albuquerque")
            "HE", "Hajji", "Haji", "Father", "Fr.");

    /**
     * Whether " Q", " H" or " FY" stands in the name: without one {@link #REPORTING_PERIOD} cannot match. Why: every
     * name read is looked up here, and the regex, anchored only at its end, is tried at every character of it.
     */
    private static boolean mayEndInReportingPeriod(String name) {
        return name.contains(" Q") || name.contains(" H") || name.contains(" FY");
    }

    /**
     * The person named by these words (full name or surname), creating them when {@code create}
     * and nobody matches.
     */
    public Entity person(String name, boolean create) {
        name = beforeHeadlineVerb(name);
        if (name.indexOf(' ') > 0 && mayEndInReportingPeriod(name)) {
            // "Sahyadri Renewables Q2 results: ...": the period is no part of a name (and this one is a company's)
            name = REPORTING_PERIOD.matcher(name).replaceFirst("");
        }
        int last = name.lastIndexOf(' ');
        if (last > 0 && name.indexOf(' ') < last && POST_NOMINALS.contains(name.substring(last + 1))) {
            // "Defence Secretary John Healey MP", "Sarah Jones KC": the letters after a name are no part of it
            name = name.substring(0, last);
        }
        int first = name.indexOf(' ');
        if (first > 0 && name.indexOf(' ', first + 1) > 0 && STYLES_BEFORE_NAME.contains(name.substring(0, first))) {
            // "president Dr Ronnie Yearwood", "Energy economist Dr Andre Barnaby": the honorific that a lower-case
            // role, or none, leaves in front of the name is no part of it
            name = name.substring(first + 1);
        }
        name = knownOfficialWithin(name);
        List<String> words = Entity.words(name);
        Entity match = findPerson(words, name);
        if (match != null) {
            if (words.size() == 1 && match.nameWords().size() >= 2 && sameWord(words.get(0), last(match.nameWords()))) {
                match.markCalledBySurname();
            }
            if (words.size() > match.nameWords().size() && (match.nameWords().size() == 1 || givenNameBefore(name, words, match.nameWords()))
                    || words.size() == match.nameWords().size() && isUpperCase(match.name()) && !isUpperCase(name)) {
                // "THE HON RICHARD MARLES MP" heading a transcript, then "Richard Marles": the name as written in text
                match.rename(name);
            }
            return match;
        }
        if (words.size() == 1) {
            Entity named = byId.get("org:" + Folding.slug(Folding.stripPossessive(name)));
            if (named != null && named.type() == EntityType.ORGANIZATION) {
                // "Kemijoki's chief executive" after "the power company Kemijoki Oy": the company named before
                return named;
            }
            Entity shortForm = organizationOpenedBy(words.get(0));
            if (shortForm == null) {
                // "The SDF still holds ..." after "the Syrian Democratic Forces": its acronym
                shortForm = byInitials(name);
            }
            if (shortForm != null) {
                // "Northwind said" after "Northwind Energy A/S": the short form of a company already named
                return shortForm;
            }
        }
        if (!create) {
            return null;
        }
        Entity e = new Entity(Folding.slug(name), name, EntityType.PERSON);
        String[] known = words.size() >= 2 ? gazetteer.official(name) : null;
        if (known != null) {
            // a well-known official: whom they speak for is known before the article says it
            if (gazetteer.country(known[0]) != null) {
                e.addCountry(known[0]);
            } else {
                e.addOrganization(known[0]);
                GazetteerEntry org = gazetteer.organization(known[0]);
                e.addCountry(org == null ? null : org.country());
            }
        }
        if (words.size() >= 2 && gazetteer.isFemaleName(words.get(0))) {
            e.markFemale();
        } else if (words.size() >= 2 && gazetteer.isMaleName(words.get(0))) {
            e.markMale();
        }
        persons.add(e);
        byId.put("person:" + e.id(), e);
        return e;
    }

    /**
     * The one person already named by this one word whose office is {@code role}, when another person shares the word:
     * "President Lee said" after President Lee Jae-myung and Samsung Electronics Chairman Lee Jae-yong. The article
     * calls them by it from now on ("Lee said" is the president again); null when the title tells nobody apart.
     */
    public Entity namesakeHoldingRole(String word, String role) {
        List<String> words = Entity.words(word);
        if (words.size() != 1 || role == null) {
            return null;
        }
        Entity holder = null;
        int namesakes = 0;
        for (Entity p : persons) {
            List<String> pw = p.nameWords();
            if (pw.size() < 2 || !(sameWord(words.get(0), last(pw)) || containsWord(pw, words.get(0)))) {
                continue;
            }
            namesakes++;
            if (role.equalsIgnoreCase(p.role())) {
                if (holder != null) {
                    return null;
                }
                holder = p;
            }
        }
        if (holder == null || namesakes < 2) {
            return null;
        }
        holder.markCalledBySurname();
        return holder;
    }

    private Entity findPerson(List<String> words, String name) {
        Entity best = null;
        Entity inner = null;
        for (Entity p : persons) {
            List<String> pw = p.nameWords();
            if (words.size() >= 2 && pw.size() >= 2) {
                // two full names: the same when the surnames agree and the first names agree or one is an initial
                if (sameWord(last(words), last(pw)) && sameWord(words.get(0), pw.get(0)) && middlesAgree(words, pw)) {
                    return p;
                }
                if (words.size() != pw.size() && (endsWith(pw, words) || startsWith(pw, words) || givenNameBefore(name, words, pw)
                        || particleSurnameWithin(pw, words))) {
                    // "Sri Mulyani" for Sri Mulyani Indrawati: a shorter form of the full name; and "Cassiel Ato Forson"
                    // in the text after "Ato Forson" in the headline: the full form of a shorter name named before
                    best = p;
                }
                continue;
            }
            if (words.size() == 1 ? sameWord(words.get(0), last(pw)) : endsWith(words, pw)) {
                // a surname two people share is the one the article has already called by it ("Gates wrote", then
                // "his former wife, Melinda French Gates", then "Gates said"), else the latest named so
                if (best == null || !best.calledBySurname() || p.calledBySurname() || words.size() != 1) {
                    best = p;
                }
            } else if (words.size() == 1 && pw.size() >= 2 && containsWord(pw, words.get(0))) {
                // a first name or a middle name used alone ("Lula" for Luiz Inacio Lula da Silva) is
                // weaker evidence than a surname; a family name written first ("Kim" for Kim Jung-kwan) is the
                // one the article has already called by it, else the latest person named so, as for surnames
                if (inner == null || !inner.calledBySurname() || p.calledBySurname()) {
                    inner = p;
                }
            }
        }
        return best != null ? best : inner;
    }

    /**
     * Whether {@code shorter} is the surname of {@code longer} opened by a particle, with a second surname after it:
     * "De Zela said" after "Foreign Minister Hugo de Zela Martínez" (the Spanish first surname alone).
     */
    private static boolean particleSurnameWithin(List<String> longer, List<String> shorter) {
        if (!MentionFinder.PARTICLES.contains(shorter.get(0)) || shorter.size() + 1 >= longer.size()) {
            return false;
        }
        for (int off = 1; off + shorter.size() < longer.size(); off++) {
            if (startsWith(longer.subList(off, longer.size()), shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(List<String> name, String word) {
        for (int i = 0; i < name.size() - 1; i++) {
            // (a two-letter word only as a name's first: "Li" for Li Qiang, whose family name comes first)
            if ((name.get(i).length() >= 3 || i == 0 && name.get(i).length() == 2) && sameWord(name.get(i), word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code longer} is {@code shorter} with one more given name before it, written as a name ("Cassiel Ato
     * Forson" after "Ato Forson"), not a style or a label in capitals ("SHRI NITYANAND RAI", "NATO Spokesperson ...").
     */
    private static boolean givenNameBefore(String name, List<String> longer, List<String> shorter) {
        int space = name.indexOf(' ');
        String extra = space < 0 ? name : name.substring(0, space);
        return longer.size() == shorter.size() + 1 && shorter.size() >= 2 && endsWith(longer, shorter)
                && extra.length() > 2 && Character.isUpperCase(extra.charAt(0)) && !isUpperCase(extra)
                && !HONORIFICS.contains(extra);
    }

    /** Styles written before a name that are no given name. */
    private static final Set<String> HONORIFICS = Words.set("Shri", "Smt", "Sri", "Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame",
            "Lord", "Lady", "Hon", "Alhaji", "Chief", "Sheikh", "Prince", "Princess", "King", "Queen", "President", "General",
            "Tags", "By");

    private static boolean startsWith(List<String> longer, List<String> shorter) {
        if (shorter.size() > longer.size()) {
            return false;
        }
        for (int i = 0; i < shorter.size(); i++) {
            if (!sameWord(longer.get(i), shorter.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(List<String> longer, List<String> shorter) {
        if (shorter.size() > longer.size()) {
            return false;
        }
        int off = longer.size() - shorter.size();
        for (int i = 0; i < shorter.size(); i++) {
            if (!sameWord(longer.get(off + i), shorter.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The middle words of two names as long as each other agree, or one of them is an initial: "Kim Dong-kwan" is not
     * "Kim Jung-kwan" (Korean given names, cut at the hyphen, share their last syllable), nor "Juan Carlos Pérez" "Juan
     * Manuel Pérez".
     */
    private static boolean middlesAgree(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 1; i < a.size() - 1; i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!sameWord(x, y) && !isInitial(x) && !isInitial(y)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 || word.length() == 2 && word.charAt(1) == '.';
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }

    /**
     * Equal after folding, or one edit apart when both are long enough for a typo to be likely; names from Arabic
     * and Persian are also the same when they differ only in how a sound is written in Latin letters ("Baqaei" and
     * "Baghaei", "Araqchi" and "Araghchi": q, gh and k).
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) >= 4 && Math.max(a.length(), b.length()) >= 5) {
            if (a.charAt(0) == b.charAt(0) && Folding.editDistance(a, b, 1) <= 1) {
                return true;
            }
            return Math.min(a.length(), b.length()) >= 5 && transliterated(a).equals(transliterated(b));
        }
        return false;
    }

    /**
     * One spelling for the sounds that Latin transliterations write several ways (the word itself, with no copy, when
     * it has none of them: this runs for every pair of names compared).
     */
    private static String transliterated(String word) {
        return word.replace("gh", "k").replace('q', 'k');
    }

    /** The person of this country most recently given this role ("the French president"), or null. */
    public Entity personWithRole(String role, String country, List<Mention> before) {
        String folded = Folding.fold(role);
        for (int i = before.size() - 1; i >= 0; i--) {
            Entity e = before.get(i).entity();
            if (e.type() == EntityType.PERSON && country.equals(e.country()) && e.role() != null
                    && Folding.fold(e.role()).endsWith(folded)) {
                return e;
            }
        }
        return null;
    }

    /** The person most recently given this role ("the chancellor"), or null. */
    public Entity personWithRole(String role, List<Mention> before) {
        String folded = Folding.fold(role);
        for (int i = before.size() - 1; i >= 0; i--) {
            Entity e = before.get(i).entity();
            if (e.type() == EntityType.PERSON && e.role() != null && (" " + Folding.fold(e.role()) + " ").contains(" " + folded + " ")) {
                // "the minister" for the "Minister of National Defense of Lithuania"
                return e;
            }
        }
        return null;
    }

    /** Verbs of a headline written in title case: "Prime Minister Dr. Mostafa Madbouly Chairs Weekly Cabinet Meeting". */
    private static final Set<String> HEADLINE_VERBS = Words.set("Chairs", "Meets", "Receives", "Says", "Calls", "Announces",
            "Launches", "Holds", "Urges", "Vows", "Pledges", "Signs", "Visits", "Welcomes", "Discusses", "Opens", "Reviews",
            "Inaugurates", "Heads", "Leads", "Attends", "Addresses", "Affirms", "Stresses", "Confirms", "Unveils", "Directs",
            "Approves", "Rejects", "Warns", "Backs", "Hails", "Tells", "Orders", "Follows", "Witnesses", "Sends", "Promises");

    /** A name read on from a title-case headline ends before the headline's verb, after two words of name at least. */
    private static String beforeHeadlineVerb(String name) {
        int first = name.indexOf(' ');
        int second = first < 0 ? -1 : name.indexOf(' ', first + 1);
        if (second < 0) {
            return name;
        }
        String[] words = name.split(" ");
        for (int k = 2; k < words.length; k++) {
            if (HEADLINE_VERBS.contains(words[k])) {
                return String.join(" ", java.util.Arrays.copyOf(words, k));
            }
        }
        return name;
    }

    /** Gives a person known only by surname the full name the gazetteer knows. */
    public void rename(Entity person, String fullName) {
        person.rename(fullName);
    }

    /** Gives a person the office a transcript's label names ("The Secretary of State for Business and Trade (Peter Kyle):"). */
    public void giveRole(Entity person, String role) {
        giveRole(person, role, false);
    }

    /**
     * Gives a person the government office the article names before them ("The Housing Secretary, Steve Reed, said"):
     * the article's country first, then the state whose body it names (an Irish minister's "Environmental Protection
     * Agency" is also the American one the gazetteer lists).
     */
    void giveOffice(Entity person, String office) {
        giveRole(person, office, true);
    }

    private void giveRole(Entity person, String role, boolean homeFirst) {
        person.addRole(role);
        if (person.country() != null || person.organization() != null || !AffiliationLinker.isGovernmentRole(role)) {
            // (a transcript gives the label on each of the holder's turns: the state is looked for once)
            return;
        }
        // an office the label names without a country belongs to the state whose body the record is of ("the House of
        // Commons exchanges", even when France is named more often), else to the article's country
        String country = homeFirst && home != null ? home : countryOfFirstStateBody();
        person.addCountry(country != null ? country : home);
    }

    /** The country of the first state body the article names (a parliament, a ministry the gazetteer lists), or null. */
    private String countryOfFirstStateBody() {
        for (Entity e : byId.values()) {
            GazetteerEntry listed = e.type() == EntityType.ORGANIZATION ? gazetteer.organization(e.id()) : null;
            if (listed != null && listed.country() != null) {
                return listed.country();
            }
        }
        return null;
    }

    /** "the three countries" at a body offset: the countries it stands for. */
    private final Map<Integer, List<Entity>> sets = new java.util.HashMap<>();

    void rememberSet(int offset, List<Entity> members) {
        sets.put(offset, List.copyOf(members));
    }

    /** The countries that "the three countries" starting at {@code offset} stands for, or an empty list. */
    public List<Entity> setAt(int offset) {
        return sets.getOrDefault(offset, List.of());
    }

    /** Capitalised words the article writes inside its sentences (see MentionFinder): names, not sentence openings. */
    private java.util.Set<String> namesInsideSentences = java.util.Set.of();

    void setNamesInsideSentences(java.util.Set<String> names) {
        this.namesInsideSentences = names;
    }

    boolean isNameInsideSentences(String word) {
        return namesInsideSentences.contains(word);
    }

    void setHome(String alpha3) {
        this.home = alpha3;
    }

    /** The country the article is about, or null. */
    Entity home() {
        return home == null ? null : country(home);
    }

    /** The full name of the one well-known official with this surname, or null: see {@link Gazetteer#officialBySurname}. */
    public String officialBySurname(String surname) {
        return gazetteer.officialBySurname(surname);
    }

    public List<Entity> persons() {
        return persons;
    }
}
