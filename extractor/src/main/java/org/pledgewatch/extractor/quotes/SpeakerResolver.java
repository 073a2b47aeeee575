package org.pledgewatch.extractor.quotes;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.EntityRegistry;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Who a speaker phrase refers to: a mention found by the {@link org.pledgewatch.extractor.entities.MentionFinder},
 * or a pronoun ("he", "she") resolved to the person most recently in subject position outside quotes.
 * In news copy the subject of the sentence before is the usual antecedent of an attributing "he said".
 */
public final class SpeakerResolver {
    private static final Set<String> PERSONAL = Words.set("he", "she");
    private final List<Mention> mentions;
    private final AnalyzedText text;
    private final EntityRegistry registry;

    private Entity opinionAuthor;
    private boolean opinionAuthorSought;
    private List<Entity> signatories;

    public SpeakerResolver(AnalyzedText text, List<Mention> mentions) {
        this(text, mentions, null);
    }

    /** With the article's {@code registry}, a company's signed post finds the company it speaks for. */
    public SpeakerResolver(AnalyzedText text, List<Mention> mentions, EntityRegistry registry) {
        this.text = text;
        this.mentions = mentions;
        this.registry = registry;
    }

    /** The author of an opinion piece, whose unquoted "we will" is theirs, or null for other articles. */
    public Entity opinionAuthor() {
        if (!opinionAuthorSought) {
            opinionAuthor = org.pledgewatch.extractor.entities.OpinionAuthor.find(text.body(), mentions, registry);
            opinionAuthorSought = true;
        }
        return opinionAuthor;
    }

    /**
     * Whom the unquoted "we will" of a declaration pledges: its signatories (a joint statement of several countries
     * pledges all of them), else the opinion piece's author; empty for other articles.
     */
    public List<Entity> firstPersonAuthors() {
        if (signatories == null) {
            signatories = org.pledgewatch.extractor.entities.OpinionAuthor.signatories(text.body(), mentions);
        }
        if (signatories.size() > 1) {
            return signatories;
        }
        return opinionAuthor() == null ? List.of() : List.of(opinionAuthor());
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /**
     * "The company said it would close a plant. At the same time, it pledged ...", "Last month it said ...": the
     * organisation or country the sentence before {@code sentence} opened with as its subject, or null.
     */
    public Entity previousSubject(int sentence) {
        if (sentence == 0) {
            return null;
        }
        Entity closing = closingAttribution(sentence - 1);
        if (closing != null) {
            return closing;
        }
        Entity opening = openingSubject(sentence - 1);
        return opening != null && (opening.type() == EntityType.ORGANIZATION || opening.type() == EntityType.COUNTRY)
                ? opening : null;
    }

    /**
     * "Analysts at ING said the hit would be small. They warned that ...": the unnamed group the sentence before
     * {@code sentence} opened with as its subject, or null.
     */
    public Entity previousGroup(int sentence) {
        Entity opening = sentence == 0 ? null : openingSubject(sentence - 1);
        return opening != null && opening.type() == EntityType.GROUP ? opening : null;
    }

    /** What sentence {@code index} is about: its first mention, when that is its subject; else null. */
    private Entity openingSubject(int index) {
        for (Mention m : mentions) {
            if (m.sentence() == index && !m.place() && !m.inQuote()) {
                // a subject opens its sentence, within a dozen words (an opening adverbial): in "4. The Authority
                // decides to activate a first battalion of the ECOWAS Standby Force", the force, thirteen words in, is
                // not what "It will ..." refers to; after a quote the one who said it comes last ('"We will meet our
                // obligations," the company said')
                Sentence previous = text.sentences().get(index);
                boolean subject = !Tokens.isObject(previous, m.tokenStart())
                        && (m.tokenStart() - Dateline.bodyStart(previous) <= 12 || afterQuote(previous, m.tokenStart()));
                return subject ? m.entity() : null;
            }
        }
        return null;
    }

    /**
     * The organisation or country whose attribution closes sentence {@code index}: "The plant, near Taylor, will open in
     * 2029, Daejin said in a regulatory filing. It said ...": the one who spoke, not the first name of the report. Null
     * when no body stands between a comma and a verb of saying.
     */
    private Entity closingAttribution(int index) {
        Sentence s = text.sentences().get(index);
        for (int i = firstMentionOf(index); i < mentions.size() && mentions.get(i).sentence() == index; i++) {
            Mention m = mentions.get(i);
            EntityType type = m.entity().type();
            if (!m.inQuote() && !m.place() && (type == EntityType.ORGANIZATION || type == EntityType.COUNTRY)
                    && m.tokenStart() > 0 && Tokens.folded(s, m.tokenStart() - 1).equals(",") && m.tokenEnd() < s.tokens().size()
                    && SAYING.contains(Tokens.folded(s, m.tokenEnd()))) {
                return m.entity();
            }
        }
        return null;
    }

    /** Whether a closing quote mark comes right before the mention (', " the company said'). */
    private static boolean afterQuote(Sentence s, int mention) {
        for (int k = Math.max(0, mention - 3); k < mention; k++) {
            if (Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPersonalPronoun(String word) {
        return PERSONAL.contains(Folding.fold(word));
    }

    /** The mention whose tokens include token {@code index} of sentence {@code sentence}, or null. */
    public Mention mentionAt(int sentence, int index) {
        // mentions are in text order: start at the sentence's first one rather than at the article's first
        // (a scan from the start made every lookup cost the whole article: quadratic on long bodies)
        for (int i = firstMentionOf(sentence); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentence() > sentence) {
                break;
            }
            if (index >= m.tokenStart() && index < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** Index of the first mention in {@code sentence} or after it (binary search over the sorted mentions). */
    private int firstMentionOf(int sentence) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).sentence() < sentence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The person a pronoun at {@code offset} (outside quotes) refers to, or null: the subject of this
     * sentence if a person comes before the pronoun ("Merz said he ..."), else the first person of
     * the closest of the four sentences before, else the latest person. Genders are known from a given name or a
     * title (Ms, Mrs; Mr, Sir) only, so "she" prefers a known woman in a sentence, then anyone not known to be a man,
     * and "he" never picks a known woman.
     */
    public Entity resolvePronoun(int offset) {
        Sentence here = text.sentenceAt(offset);
        if (here == null) {
            return null;
        }
        Boolean female = null;
        int end = offset;
        while (end < text.body().length() && Character.isLetter(text.body().charAt(end))) {
            end++;
        }
        String word = Folding.fold(text.body().substring(offset, end));
        if (word.equals("she") || word.equals("her")) {
            female = true;
        } else if (word.equals("he") || word.equals("his") || word.equals("him")) {
            female = false;
        }
        for (Boolean wanted : female == null || !female ? new Boolean[] {female} : new Boolean[] {true, null}) {
            // in the pronoun's own sentence only a person in subject position counts ("Merz said he"); "at the
            // Bumar-Labedy plant, he told reporters" refers back past the prepositional object
            Entity inSentence = firstPerson(here.index(), offset, wanted, true);
            if (inSentence == null && Boolean.TRUE.equals(wanted)) {
                // "Sri Mulyani said she respected Australia's choices": the one who says it, though the list of
                // women's names does not know her, before a woman named in an earlier sentence
                inSentence = subjectSayingPronoun(here, offset);
            }
            if (inSentence != null) {
                return inSentence;
            }
            // 'The representative of China said ... "...," he said': the state an unnamed official speaks for, unless
            // someone named stands nearer (of any gender: the gazetteer knows too few names to rule one out)
            Mention official = firstPersonMention(here.index(), Integer.MAX_VALUE, null, false) == null ? unnamedOfficial(here.index(), offset) : null;
            if (official != null) {
                return official.entity();
            }
            boolean named = false;
            // ("Vice Chair Patty Murray was more cautious. She said": the nearest sentence's woman, though the list of
            // women's names does not know her, before a known woman named sentences before; unless the pronoun's own
            // sentence has its subject, whom the second reading below takes: "Mao Ning said ..., but she warned")
            boolean unknownWomen = Boolean.TRUE.equals(wanted) && firstPerson(here.index(), offset, null, true) == null;
            for (int s = here.index() - 1; s >= Math.max(0, here.index() - 4); s--) {
                Entity samePronoun = samePronounOpening(s, word);
                if (samePronoun != null) {
                    return samePronoun;
                }
                Mention anyone = firstPersonMention(s, Integer.MAX_VALUE, null, false);
                Mention person = wanted == null || anyone == null ? anyone
                        : unknownWomen ? firstWomanOrUnknownSubject(s)
                        : firstPersonMention(s, Integer.MAX_VALUE, wanted, false);
                if (person != null && anyone != null && isOblique(person) && !isOblique(anyone)) {
                    // "Asked about King's comments, Sri Mulyani said ... | "...," she said": the sentence's subject, though
                    // the list of women's names does not know her, before a woman named only as its object
                    person = anyone;
                }
                Mention sayer = sayerIn(s, wanted);
                if (sayer != null) {
                    // "Asked whether the submarines would be built in the United States, as Trump had suggested, Ahn
                    // said ... | "...," he said": the one who said something, though the list of men's names does not
                    // know him, before a man named first in a clause of his own (round 50)
                    person = sayer;
                } else if (person != null && inRelativeClause(person)) {
                    // "The budget, which President Bola Tinubu presented to the National Assembly, earmarks ... | "...,"
                    // he told the lawmakers": the subject of a relative clause is no speaker the pronoun goes back to
                    person = null;
                    anyone = null;
                }
                official = named ? null : unnamedOfficial(s, Integer.MAX_VALUE);
                if (official != null && (person == null || official.start() < person.start())) {
                    return official.entity();
                }
                if (person != null) {
                    return person.entity();
                }
                named = anyone != null;
            }
            Entity latest = latestPerson(offset, wanted);
            if (latest != null) {
                return latest;
            }
        }
        return null;
    }

    /**
     * The person of sentence {@code sentence}, fitting {@code female}, who is followed by a verb of saying, when another
     * person comes first in it; else null.
     */
    private Mention sayerIn(int sentence, Boolean female) {
        Mention first = null;
        Sentence s = text.sentences().get(sentence);
        for (int i = firstMentionOf(sentence); i < mentions.size() && mentions.get(i).sentence() == sentence; i++) {
            Mention m = mentions.get(i);
            if (m.inQuote() || m.entity().type() != EntityType.PERSON) {
                continue;
            }
            if (first == null) {
                first = m;
            }
            if (m.tokenEnd() < s.tokens().size() && REPORTING.contains(s.tokens().get(m.tokenEnd()).folded())
                    && fits(m.entity(), female) && !isOblique(m)) {
                return m == first ? null : m;
            }
        }
        return null;
    }

    /**
     * "which President Bola Tinubu presented": the subject of a relative clause (but in "which Prime Minister Mohammed
     * bin Abdulrahman Al Thani said would be paid", the one who said it).
     */
    private boolean inRelativeClause(Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        String before = Tokens.folded(s, m.tokenStart() - 1);
        return (before.equals("which") || before.equals("whom")) && !REPORTING.contains(Tokens.folded(s, m.tokenEnd()));
    }

    /**
     * "She said the Prime Minister had ... | "...," she said": the one an earlier sentence opening with the same
     * pronoun and a verb of saying refers to, or null.
     */
    private Entity samePronounOpening(int sentence, String pronoun) {
        Sentence s = text.sentences().get(sentence);
        int k = Dateline.bodyStart(s);
        if (!(pronoun.equals("he") || pronoun.equals("she")) || k + 1 >= s.tokens().size()
                || !s.tokens().get(k).folded().equals(pronoun) || !REPORTING.contains(s.tokens().get(k + 1).folded())) {
            return null;
        }
        return resolvePronoun(s.tokens().get(k).start());
    }

    /** Verbs between a speaker and the pronoun of what they say about themselves: "X said she", "X added that she". */
    private static final Set<String> SAYING = Words.set("said", "says", "added",
            "insisted", "stressed", "noted", "acknowledged", "admitted", "explained", "argued");

    /** Verbs that tell a sentence's speaker: "Ahn said", "Beckles told reporters". */
    private static final Set<String> REPORTING = Words.union(SAYING, "told", "warned", "replied", "answered", "announced");

    /** The person in subject position just before "said (that)" and the pronoun at {@code offset}, or null. */
    private Entity subjectSayingPronoun(Sentence here, int offset) {
        Mention subject = firstPersonMention(here.index(), offset, null, true);
        if (subject == null || subject.tokenEnd() >= here.tokens().size()) {
            return null;
        }
        int verb = subject.tokenEnd();
        int pronoun = Tokens.folded(here, verb + 1).equals("that") ? verb + 2 : verb + 1;
        return SAYING.contains(Tokens.folded(here, verb)) && pronoun < here.tokens().size()
                && here.tokens().get(pronoun).start() == offset ? subject.entity() : null;
    }

    /** Nouns of someone who speaks for a state or body without being named: "the representative of China". */
    private static final Set<String> UNNAMED_OFFICIALS = Words.set("representative", "delegate", "ambassador", "envoy",
            "spokesperson", "spokesman", "spokeswoman");

    /**
     * The country or organisation an unnamed official of sentence {@code sentence}, before {@code before}, speaks
     * for: "the representative of China", "India's representative", "the Russian Federation's delegate".
     */
    private Mention unnamedOfficial(int sentence, int before) {
        Sentence s = text.sentences().get(sentence);
        for (Mention m : mentions) {
            if (m.sentence() > sentence) {
                break;
            }
            if (m.sentence() != sentence || m.start() >= before || m.inQuote()
                    || m.entity().type() == EntityType.PERSON || m.entity().type() == EntityType.GROUP) {
                continue;
            }
            int k = m.tokenStart() - 1;
            if (k >= 0 && s.tokens().get(k).folded().equals("the")) {
                k--;
            }
            boolean ofBefore = k >= 1 && s.tokens().get(k).folded().equals("of") && UNNAMED_OFFICIALS.contains(s.tokens().get(k - 1).folded());
            String last = s.tokens().get(m.tokenEnd() - 1).text();
            int after = Folding.isPossessive(last) ? m.tokenEnd()
                    : m.tokenEnd() < s.tokens().size() && Folding.isPossessive(s.tokens().get(m.tokenEnd()).text()) ? m.tokenEnd() + 1
                    : -1;
            boolean possessiveBefore = after >= 0 && after < s.tokens().size() && UNNAMED_OFFICIALS.contains(s.tokens().get(after).folded());
            int named = ofBefore ? m.tokenEnd() : after + 1;
            if ((ofBefore || possessiveBefore) && !personWithin(sentence, named, named + 15)) {
                // ("UNHCR's representative in Chad, Magatte Guisse": a named official is a person like any other)
                return m;
            }
        }
        return null;
    }

    private boolean personWithin(int sentence, int fromToken, int toToken) {
        for (Mention m : mentions) {
            if (m.sentence() == sentence && m.tokenStart() >= fromToken && m.tokenStart() < toToken
                    && m.entity().type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Entity e, Boolean female) {
        return female == null || (female ? e.female() : !e.female());
    }

    /**
     * The first person of a sentence, preferring one in subject position: in "Asked about King's
     * comments, Sri Mulyani said ..." the one who speaks is Sri Mulyani, not the possessive "King's"
     * or someone after a preposition.
     */
    private Entity firstPerson(int sentence, int before, Boolean female, boolean subjectOnly) {
        Mention m = firstPersonMention(sentence, before, female, subjectOnly);
        return m == null ? null : m.entity();
    }

    /** Like {@link #firstPerson}, the mention rather than the entity. */
    private Mention firstPersonMention(int sentence, int before, Boolean female, boolean subjectOnly) {
        return firstPersonFitting(sentence, before, e -> fits(e, female), subjectOnly);
    }

    /**
     * For "she" in a sentence before the pronoun's: a known woman, else the subject not known to be a man. (In the
     * pronoun's own sentence only a known woman: there, an unknown name is as often the man she answers; and the unknown
     * one only as a subject: "near Scarborough Shoal" is no woman the pronoun refers to.)
     */
    private Mention firstWomanOrUnknownSubject(int sentence) {
        Mention woman = firstPersonMention(sentence, Integer.MAX_VALUE, true, false);
        return woman != null ? woman : firstPersonFitting(sentence, Integer.MAX_VALUE, e -> !e.male(), true);
    }

    /**
     * "he said at the signing ceremony at Puteri Harbour", "after Friday prayers at Masjid Putra": a name read as a
     * person's that stands where something happened, after one of {@link Words#LOCATIVES}, is a venue no pronoun refers
     * to. (Other mentions marked as places are not: a delegate's name in capitals opening a paragraph reads like a
     * dateline.)
     */
    private boolean isVenue(Mention m) {
        if (!m.place() || m.tokenStart() == 0 || m.entity().country() != null || m.entity().role() != null) {
            // (a title's place is no venue: "WHO Representative in Vietnam Angela Pratt")
            return false;
        }
        return Words.LOCATIVES.contains(Tokens.folded(text.sentences().get(m.sentence()), m.tokenStart() - 1));
    }

    private Mention firstPersonFitting(int sentence, int before, java.util.function.Predicate<Entity> fits,
                                       boolean subjectOnly) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.sentence() == sentence && !m.inQuote() && !isVenue(m) && m.start() < before
                    && m.entity().type() == EntityType.PERSON && fits.test(m.entity())) {
                if (!isOblique(m)) {
                    return m;
                }
                if (first == null && !subjectOnly) {
                    first = m;
                }
            }
            if (m.sentence() > sentence) {
                break;
            }
        }
        return first;
    }

    private static final java.util.Set<String> PREPOSITIONS = org.pledgewatch.extractor.text.Words.set("about", "with",
            "to", "for", "of", "from", "by", "at", "on", "against", "alongside", "after", "like", "than", "near", "between",
            "among");

    /** A possessive ("King's comments") or the object of a preposition ("asked about Merz"). */
    private boolean isOblique(Mention m) {
        Sentence s = text.sentences().get(m.sentence());
        String last = s.tokens().get(m.tokenEnd() - 1).text();
        boolean possessive = Folding.isPossessive(last)
                || (m.tokenEnd() < s.tokens().size() && Folding.isPossessive(s.tokens().get(m.tokenEnd()).text()));
        int before = m.tokenStart() - 1;
        if (before > 0 && (s.tokens().get(before).folded().equals("the") || s.tokens().get(before).folded().equals("a"))) {
            // "at the Bumar-Labedy plant"
            before--;
        }
        return possessive || (before >= 0 && PREPOSITIONS.contains(s.tokens().get(before).folded())) || inOpeningQuestion(s, m)
                || before > 0 && s.tokens().get(before).folded().equals("and") && obliqueBefore(m, before);
    }

    /** "between Vladimir Putin and US President Donald Trump": the second of a pair whose first is an object too. */
    private boolean obliqueBefore(Mention m, int and) {
        for (int i = firstMentionOf(m.sentence()); i < mentions.size() && mentions.get(i) != m; i++) {
            Mention first = mentions.get(i);
            if (first.tokenEnd() == and) {
                return first.entity().type() == EntityType.PERSON && isOblique(first);
            }
        }
        return false;
    }

    /**
     * A mention inside an opening "Asked whether the minister had contradicted the president, Benedetti said ...": who
     * was asked about, not who answers.
     */
    private static boolean inOpeningQuestion(Sentence s, Mention m) {
        String first = s.tokens().get(0).folded();
        if (!(first.equals("asked") || first.equals("pressed") || first.equals("questioned"))) {
            return false;
        }
        for (int k = 1; k < m.tokenStart(); k++) {
            if (s.tokens().get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private Entity latestPerson(int before, Boolean female) {
        Entity found = null;
        for (Mention m : mentions) {
            if (m.start() >= before) {
                break;
            }
            if (!m.inQuote() && !isVenue(m) && m.entity().type() == EntityType.PERSON && fits(m.entity(), female)) {
                found = m.entity();
            }
        }
        return found;
    }
}
