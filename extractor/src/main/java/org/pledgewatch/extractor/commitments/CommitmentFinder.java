package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.Amount;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.Modality;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.EntityRegistry;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.GazetteerEntry;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.quotes.FoundStatement;
import org.pledgewatch.extractor.quotes.Interviewers;
import org.pledgewatch.extractor.quotes.QuotedRegions;
import org.pledgewatch.extractor.quotes.SpeakerResolver;
import org.pledgewatch.extractor.text.Currencies;
import org.pledgewatch.extractor.text.PageFurniture;
import org.pledgewatch.extractor.text.Words;

/**
 * Finds commitments sentence by sentence: a cue phrase ({@link CueLexicon}) whose clause has an
 * identifiable actor ({@link ActorFinder}), with conditions, amounts, time frame and category.
 * A second commitment in a sentence is taken only from another statement with other actors
 * ("Germany announced 50 million euros, and Britain said it would double its funding"): a second
 * cue within the same statement is far more often a prediction about someone else ("... that
 * Russia would not attack").
 */
public final class CommitmentFinder {
    private static final Set<String> REPORTING = Words.set("said", "says", "say", "saying", "announced", "noted", "stated", "added",
            "told", "confirmed", "declared", "stressed", "insisted", "warned", "promised", "pledged", "vowed",
            "agreed", "indicated", "signalled", "signaled", "explained", "argued", "acknowledged", "reiterated");
    /** Cue words that do not start a commitment when they follow these ("how much ... will", "unclear whether"). */
    private static final Set<String> QUESTIONS = Words.set("whether", "how", "unclear", "uncertain", "if", "what", "when",
            "why", "once", "unless", "until");

    /** Nouns that make a discussion one about commitments: "discussed security guarantees". */
    private static final Set<String> PLEDGE_NOUNS = Words.set("guarantee", "guarantees", "obligation", "obligations",
            "commitment", "commitments", "pledge", "pledges", "deployment", "contribution", "contributions", "package",
            "troops", "funding", "aid", "loan", "sanctions");
    private static final Set<String> CLAUSE_OPENERS = Words.set("which", "who", "whom", "whose", "while", "whereas",
            "although", "though", "saying", "adding", "according", "as");
    private static final Set<String> RECEIVE = Words.set("receive", "get", "obtain");
    /** Verbs that report a forecast: what the speaker "warned" another country would do is no pledge of it. */
    private static final Set<String> PREDICTING = Words.set("warned", "warns", "predicted", "predicts", "feared",
            "fears", "expects", "expected", "believes", "believed", "thinks", "suggested", "claimed",
            "alleged", "accused");
    /** Verbs that report a forecast and nothing else (not "warned", "expects": a side's own intent may follow them). */
    private static final Set<String> FORETELLING = Words.set("predicted", "predicts", "predict", "predicting", "forecast",
            "forecasts");

    /** A person the article ties to no country and no organisation. */
    private static boolean unaffiliatedPerson(Entity speaker) {
        return speaker != null && speaker.type() == EntityType.PERSON && speaker.country() == null
                && speaker.organization() == null;
    }

    /** Verbs that report a calculation or a projection, by anyone: what follows is an estimate. */
    private static final Set<String> ESTIMATING = Words.set("estimated", "estimates", "estimate", "projected", "projects",
            "forecast", "forecasts", "calculated", "calculates", "reckons", "reckoned");
    /** Verbs that ask others to act: what follows them is the others' act, with its own time. */
    private static final Set<String> REQUESTS = Words.set("ask", "urge", "request", "press", "petition");
    private static final Set<String> LEADING_ADVERBS = Words.set("also", "still", "now", "then", "soon", "further",
            "ultimately", "immediately", "quickly", "instead");
    /** Verbs that make a firm "would" a hedge: "would also consider paying for launchers". */
    private static final Set<String> HEDGING_HEADS = Words.set("consider", "weigh", "contemplate", "mull", "explore",
            "examine");
    /** Adverbs that make a firm "would" a guess: "would more likely focus on air defence", "will probably send". */
    private static final Set<String> HEDGING_ADVERBS = Words.set("likely", "probably", "possibly", "perhaps");
    private final CueLexicon cues;
    private final ConditionFinder conditions;
    private final AmountFinder amounts = new AmountFinder();
    private final TimeFrameFinder timeFrames = new TimeFrameFinder();
    private final CategoryClassifier categories;
    private final Gazetteer gazetteer;
    private final ActionPhrase actions;
    private final SpeakersPledgeJudge speakersPledges;

    public CommitmentFinder(CueLexicon cues, ConditionFinder conditions, CategoryClassifier categories,
                            Gazetteer gazetteer, ActionPhrase actions, SpeakersPledgeJudge speakersPledges) {
        this.speakersPledges = speakersPledges;
        this.cues = cues;
        this.conditions = conditions;
        this.categories = categories;
        this.gazetteer = gazetteer;
        this.actions = actions;
    }

    public List<FoundCommitment> find(AnalyzedText text, QuotedRegions quotes, SpeakerResolver speakers,
                                      EntityRegistry registry, List<FoundStatement> statements, Interviewers interviewers) {
        ActorFinder actorFinder = new ActorFinder(registry, speakers, REPORTING, text.sentences());
        List<FoundCommitment> out = new ArrayList<>();
        // the list a line has opened, read line by line: each line a pledge of the side the list belongs to, until a
        // line that is none ends it ("Under the commitments, Kindred will:" and the lines after it; "Key commitments:"
        // over bulleted lines that open with a verb; "This funding will be allocated as follows:" over "- $40 million
        // to the World Food Programme ...")
        java.util.function.Function<Sentence, FoundCommitment> openList = null;
        for (Sentence s : text.sentences()) {
            if (openList != null) {
                FoundCommitment item = openList.apply(s);
                if (item != null) {
                    out.add(item);
                    continue;
                }
                openList = null;
            }
            if (!out.isEmpty() && isPledgeListHeading(text, s)) {
                // the pledges of the side that pledged last
                FoundCommitment headedBy = out.get(out.size() - 1);
                openList = line -> opensWithAVerb(text, line) ? listedItem(text, line, headedBy) : null;
                continue;
            }
            // the shares of the sum the side pledged just before
            FoundCommitment whole = sharesHeading(text, s, out);
            openList = whole == null ? null : line -> listedShare(text, line, whole);
            FoundCommitment listed = listedPledge(text, s, speakers, quotes, registry);
            listed = listed != null ? listed : bulletedHeadline(text, s, speakers, quotes);
            if (listed != null) {
                out.add(listed);
                continue;
            }
            List<Cue> found = new ArrayList<>(cues.find(s));
            // ("Germany again stopped short of a pledge to put soldiers on Ukrainian soil", "he stopped short of saying
            // he would veto it": what was not promised)
            found.removeIf(c -> stoppedShortOf(s, c.start()));
            // ("Russia must withdraw": an obligation binds only under a deal's terms, and then no weaker cue yields to it)
            found.removeIf(c -> c.phrase().bound() && !underTheTermsOfADeal(s));
            if (found.isEmpty() || interviewers.asked(s.start()) || underConditionsImposed(text.body(), s.start())) {
                // ("Q: Moscow says it will never accept European troops": an interviewer's framing pledges nobody)
                continue;
            }
            List<FoundCommitment> inSentence = inSentence(text, s, found, quotes, actorFinder, statements, registry, speakers,
                    false);
            if (inSentence.isEmpty() && found.stream().anyMatch(c -> c.phrase().weak())
                    && found.stream().anyMatch(c -> !c.phrase().weak())) {
                // a second reading of a sentence that pledged nobody at the first: "Italy said it was studying a ninth
                // aid package that could include ...", where the strong cue ("could") overruled the weak one (only
                // such a sentence reads differently the second time)
                inSentence = inSentence(text, s, found, quotes, actorFinder, statements, registry, speakers, true);
            }
            FoundCommitment leadIn = listLeadIn(s, inSentence);
            if (leadIn != null) {
                // the lead-in pledges nothing of its own: its lines do
                inSentence = new ArrayList<>(inSentence);
                inSentence.remove(leadIn);
                openList = line -> listedItem(text, line, leadIn);
            }
            out.addAll(inSentence);
            inSentence.forEach(c -> actorFinder.rememberPledge(c.actors()));
        }
        return out;
    }

    /**
     * The commitment of a sentence that ends in a colon after its cue, with nothing pledged before the colon ("Under the
     * commitments, Kindred will:", "Under the Agreement, Malaysia has committed to:", "the two sides agreed to:"), or
     * null: the lines after it say what was pledged.
     */
    private static FoundCommitment listLeadIn(Sentence s, List<FoundCommitment> found) {
        String text = s.text().strip();
        if (!text.endsWith(":") || found.isEmpty()) {
            return null;
        }
        FoundCommitment last = found.get(found.size() - 1);
        String action = last.action().replaceAll("[\\s:]+", "");
        return action.isEmpty() ? last : null;
    }

    /** The nouns of a heading over a list of pledges: "Key commitments:", "Our targets:". */
    private static final Set<String> LISTED_PLEDGE_NOUNS = Words.set("commitments", "pledges", "promises", "targets");

    /**
     * "Key commitments:", "Key commitments in the agreement include:": a line of its own, of a few words, that ends in a
     * colon and names pledges, with no cue of a commitment of its own.
     */
    private boolean isPledgeListHeading(AnalyzedText text, Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 2 || tokens.size() > 10 || !tokens.get(tokens.size() - 1).text().equals(":")
                || !s.opensALine(text.body()) || !cues.find(s).isEmpty()) {
            return false;
        }
        for (Token t : tokens) {
            if (LISTED_PLEDGE_NOUNS.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bulleted line that opens with a verb: "• Switch all 14 UK and Irish manufacturing sites to renewable electricity".
     * The tagger reads such a bare imperative as a noun as often as a verb; a name ("• Germany pledged ...") or a donor's
     * colon ("- Norway: $50 million") is another list's.
     */
    private boolean opensWithAVerb(AnalyzedText text, Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() <= 2 || !s.opensALine(text.body()) || !BULLETS.contains(tokens.get(0).text())
                || s.text().indexOf(':') >= 0 || tokens.get(2).isCapitalized()) {
            return false;
        }
        String[] tags = s.tags(1, 3);
        // ("• Invest £250 million ...", tagged as a name: a name has its verb after it, an imperative its object)
        return Sentence.isVerbTag(tags[0]) || tags[0].equals("NOUN") || tags[0].equals("PROPN") && !Sentence.isVerbTag(tags[1])
                && gazetteer.lookup(tokens.get(1).text()) == null;
    }

    /** Tags the tagger gives the verb that opens a list line. */
    private static final Set<String> LIST_VERB_TAGS = Set.of("VERB", "NOUN", "PROPN", "ADJ");
    /** Words that open a list line refusing what follows: "Refrain from imposing ...", "Not restrict exports ...". */
    private static final Set<String> REFUSING_OPENERS = Words.set("not", "never", "refrain");

    /**
     * A line after a list's lead-in ({@link #listLeadIn}), on a line of its own, opening (past a bullet) with a verb:
     * "introduce highly effective age assurance ... by 31 March 2027;", "- Purchase 30 Boeing aircraft". The lead-in's
     * side pledges it, with the lead-in's modality (refused when the line opens with "not" or "refrain"). Null for any
     * other line, which ends the list.
     */
    private FoundCommitment listedItem(AnalyzedText text, Sentence s, FoundCommitment leadIn) {
        List<Token> tokens = s.tokens();
        String body = text.body();
        if (tokens.size() < 2 || !s.opensALine(body)) {
            return null;
        }
        int first = BULLETS.contains(tokens.get(0).text()) ? 1 : 0;
        String opener = Tokens.folded(s, first);
        boolean refused = REFUSING_OPENERS.contains(opener);
        // the tagger reads a bare imperative as a noun ("introduce highly effective age assurance": NOUN), so the line
        // need only open with a content word; unbulleted, in lower case ("Kindred has not accepted ..." ends the list)
        if (first >= tokens.size() || !tokens.get(first).isWord() || first == 0 && tokens.get(first).isCapitalized()
                || !refused && !LIST_VERB_TAGS.contains(s.tags(first, first + 1)[0])) {
            return null;
        }
        String line = body.substring(tokens.get(first).start(), s.end()).strip();
        String action = withoutListPunctuation(line);
        if (action.isEmpty()) {
            return null;
        }
        Modality modality = refused ? Modality.NEGATED : leadIn.modality();
        return new FoundCommitment(leadIn.actors(), leadIn.speaker(), action, null, List.of(), modality,
                categories.classify(action, s.text()), amounts.find(line), null, s.start(), s.end());
    }

    /**
     * A list's punctuation at a line's end, no part of its action: "...by 31 March 2027;", "...to Ofcom by 30 January
     * 2027; and".
     */
    private static final java.util.regex.Pattern LIST_PUNCTUATION = java.util.regex.Pattern.compile(
            "(?:[;,.]\\s*(?:and|or)?|\\s+(?:and|or))\\s*$");

    private static String withoutListPunctuation(String line) {
        return LIST_PUNCTUATION.matcher(line).replaceAll("").strip();
    }

    /**
     * The commitment a line ending in a colon lists the shares of ("This funding will be allocated as follows:", "The
     * package announced today includes:"): the one made in that line's sentence or the two before it, else null.
     */
    private static FoundCommitment sharesHeading(AnalyzedText text, Sentence s, List<FoundCommitment> out) {
        if (out.isEmpty() || !s.text().strip().endsWith(":") || !s.opensALine(text.body())) {
            return null;
        }
        FoundCommitment last = out.get(out.size() - 1);
        int near = text.sentences().get(Math.max(0, s.index() - 2)).start();
        return last.evidenceStart() >= near ? last : null;
    }

    /**
     * A bulleted line that opens with an amount under a heading of shares ({@link #sharesHeading}): "- $40 million to
     * the World Food Programme for emergency food ...", "• £450 million for interceptor drones". The side that pledged
     * the whole pledges each share; null for any other line, which ends the list.
     */
    private FoundCommitment listedShare(AnalyzedText text, Sentence s, FoundCommitment whole) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 3 || !BULLETS.contains(tokens.get(0).text()) || !s.opensALine(text.body())) {
            return null;
        }
        String line = text.body().substring(tokens.get(1).start(), s.end()).strip();
        List<Amount> found = amounts.find(line);
        if (found.isEmpty() || !LISTED_AMOUNT.matcher(line).lookingAt()) {
            return null;
        }
        String action = withoutListPunctuation(line);
        return new FoundCommitment(whole.actors(), whole.speaker(), action, null, List.of(), Modality.FIRM,
                categories.classify(action, s.text()), found, null, s.start(), s.end());
    }

    /**
     * A line of a list of pledges ("The UK: £120 million, which ...", "Qatar: $50 million"), as wire stories
     * print the results of a donor conference: the country or organisation before the colon gives the amount
     * after it.
     */
    private FoundCommitment listedPledge(AnalyzedText text, Sentence s, SpeakerResolver speakers, QuotedRegions quotes,
                                         EntityRegistry registry) {
        List<Token> tokens = s.tokens();
        String body = text.body();
        if (tokens.size() < 3 || tokens.size() > 30 || !s.opensALine(body)
                || quotes.isQuoted(s.start())) {
            return null;
        }
        int first = BULLETS.contains(tokens.get(0).text()) ? 1 : 0;
        if (Tokens.folded(s, first).equals("the")) {
            first++;
        }
        Mention m = speakers.mentionAt(s.index(), first);
        boolean known = m != null && m.tokenStart() == first && m.tokenEnd() < tokens.size()
                && separatesGiverFromGift(tokens.get(m.tokenEnd()).text(), first == 1)
                && (m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION);
        Entity giver = known ? m.entity() : null;
        int colon = known ? m.tokenEnd() : -1;
        if (!known) {
            // "• Grupo Bimbo: 1.2 billion dollars for three new plants": a bulleted company the gazetteer does not know
            colon = first == 1 ? nameBeforeColon(tokens, first) : -1;
            if (colon == first + 1 && !s.tags(first, colon)[0].equals("PROPN")) {
                // ("• Amount: 5 million US dollars", "- Investment: €2.1 billion": a fact sheet's label)
                colon = -1;
            }
            if (colon < 0) {
                return null;
            }
            giver = registry.namedOrganization(body.substring(tokens.get(first).start(), tokens.get(colon - 1).end()), null);
        }
        int from = colon + 1;
        if (from >= tokens.size()) {
            // "The UK:" alone on its line heads what follows; it lists no amount
            return null;
        }
        String rest = body.substring(tokens.get(from).start(), s.end());
        List<Amount> found = amounts.find(rest);
        boolean pledgedAmount = !found.isEmpty() && LISTED_AMOUNT.matcher(rest).lookingAt();
        if (!known && !pledgedAmount) {
            return null;
        }
        if (!pledgedAmount && !(first == 1 && underPledgeAnnouncement(body, s.start()))
                && !(first == 0 && known && underAnnouncedDonorLines(body, s.start()))) {
            return null;
        }
        String amount = leadingSum(rest, ", ");
        String sentence = s.text();
        // "Canada: CAD 45 million, subject to parliamentary approval": a listed pledge may carry its condition
        List<String> condTexts = texts(body, conditions.find(s, from, tokens.size()));
        return new FoundCommitment(List.of(giver), null, pledgedAmount ? "pledge " + amount : amount, null, condTexts,
                condTexts.isEmpty() ? Modality.FIRM : Modality.CONDITIONAL, categories.classify(amount, sentence), found,
                null, s.start(), s.end());
    }

    /**
     * "• MBDA UK to invest £150 million in a new missile assembly line in Bolton", "- Germany to provide €170 million for
     * energy repairs": a release's or a briefing's bullet in headline grammar, a side and its infinitive, is that side's
     * pledge (annotators recorded 6 of the 7 such bullets of the tuned batches; the seventh had no side).
     */
    private FoundCommitment bulletedHeadline(AnalyzedText text, Sentence s, SpeakerResolver speakers, QuotedRegions quotes) {
        List<Token> tokens = s.tokens();
        String body = text.body();
        if (tokens.size() < 4 || !BULLETS.contains(tokens.get(0).text()) || !s.opensALine(body) || quotes.isQuoted(s.start())) {
            return null;
        }
        int first = Tokens.folded(s, 1).equals("the") ? 2 : 1;
        Mention m = speakers.mentionAt(s.index(), first);
        int to = m == null ? -1 : m.tokenEnd();
        if (m == null || m.tokenStart() != first || to + 1 >= tokens.size() || !Tokens.folded(s, to).equals("to")
                || m.entity().type() != EntityType.COUNTRY && m.entity().type() != EntityType.ORGANIZATION
                || !tokens.get(to + 1).isWord() || tokens.get(to + 1).isCapitalized() || !s.isVerbAt(to + 1)) {
            return null;
        }
        String line = body.substring(tokens.get(to + 1).start(), s.end()).strip();
        String action = line.replaceAll("[;,.]\\s*$", "").strip();
        List<String> condTexts = texts(body, conditions.find(s, to + 1, tokens.size()));
        return new FoundCommitment(List.of(m.entity()), null, action, null, condTexts,
                condTexts.isEmpty() ? Modality.FIRM : Modality.CONDITIONAL, categories.classify(action, s.text()),
                amounts.find(line), null, s.start(), s.end());
    }

    /**
     * Whether a list line's {@code separator} closes the giver's name: a colon ("Qatar: $50 million"), or on a bulleted
     * line a dash, as Ukrainian and Baltic outlets print donor lists ("• Germany – EUR 300 million for repairs;").
     */
    private static boolean separatesGiverFromGift(String separator, boolean bulleted) {
        return separator.equals(":") || bulleted && (separator.equals("\u2013") || separator.equals("\u2014"));
    }

    /** The colon after one to five capitalised words from {@code first} ("Grupo Bimbo:", "Mabe:"), or -1. */
    private static int nameBeforeColon(List<Token> tokens, int first) {
        for (int k = first; k < Math.min(tokens.size() - 1, first + 6); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(":")) {
                return k > first ? k : -1;
            }
            if (!t.isCapitalized() && !t.text().equals("&")) {
                return -1;
            }
        }
        return -1;
    }

    /** The words of the body at each [startOffset, endOffset] pair. */
    private static List<String> texts(String body, List<int[]> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            out.add(body.substring(span[0], span[1]));
        }
        return out;
    }

    /** Words of a line that announces a list of pledges: "The following commitments were announced at the fair:". */
    private static final java.util.regex.Pattern PLEDGE_ANNOUNCEMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:commit|pledg|promis|undert|contribut)\\w*\\b[^\n]*:\\s*$");

    /** Whether the sentence opens with "If" (after any quotation mark): '"If snapback is triggered, Iran will no longer ...'. */
    private static boolean opensWithIf(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isWord()) {
                return t.folded().equals("if");
            }
        }
        return false;
    }

    /**
     * True when the bulleted line at {@code lineStart} belongs to a list announced as pledges ("The members
     * committed to the following monthly compensation cuts:" then "- Kazakhstan: 131,000 b/d"): then a line
     * is a pledge of the body before its colon even when what follows is no sum of money.
     */
    private static boolean underPledgeAnnouncement(String body, int lineStart) {
        String lead = listLead(body, lineStart);
        return lead != null && PLEDGE_ANNOUNCEMENT.matcher(lead).find();
    }

    /**
     * Whether the line at {@code lineStart} is one of a run of "Donor: gift" lines without bullets that a line announcing
     * pledges heads: "The following contributions were announced at the meeting:" then "Belgium: two minehunters for
     * Black Sea demining operations", "Netherlands: a battalion-sized land contingent, ...".
     */
    private static boolean underAnnouncedDonorLines(String body, int lineStart) {
        String lead = leadAbove(body, lineStart, PageFurniture::opensWithDonorLabel);
        return lead != null && PLEDGE_ANNOUNCEMENT.matcher(lead).find();
    }

    /** The line that leads the list whose item starts at {@code lineStart}: the first line above it that is neither blank nor an item. */
    private static String listLead(String body, int lineStart) {
        return leadAbove(body, lineStart, CommitmentFinder::isListItem);
    }

    /** The first line above {@code lineStart} that is neither blank nor one of the list's {@code items}, or null. */
    private static String leadAbove(String body, int lineStart, java.util.function.Predicate<String> items) {
        int end = lineStart - 1;
        while (end > 0) {
            int start = body.lastIndexOf('\n', end - 1) + 1;
            String line = body.substring(start, end);
            if (!line.isBlank() && !items.test(line)) {
                return line;
            }
            end = start - 1;
        }
        return null;
    }

    /** "• Qatar: $50 million", "- Kazakhstan: ...", "(a) Government shall ...": a line of a list. */
    private static boolean isListItem(String line) {
        // (the first character after the leading spaces, read in place, and the anchored pattern tried at the start
        // only, as find() would match it: asked of the paragraph of every sentence with a cue, a stripped copy of it
        // and a try of the pattern at each of its characters showed in profiles)
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        return first < line.length() && BULLETS.contains(line.substring(first, first + 1)) || LIST_ITEM.matcher(line).lookingAt();
    }

    /** A line that lists what someone demands of others: "..., subject to the following conditions:", "recommends that:". */
    private static final java.util.regex.Pattern CONDITIONS_IMPOSED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:conditions|recommend\\w*|requirements|demands)\\b[^\n]*:\\s*$");
    /** How a lettered or numbered list item opens: "(a)", "b)", "(iii)". */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^\\s*\\(?[a-z0-9ivx]{1,4}\\)\\s");

    /**
     * True when the line at {@code start} is an item of a list a committee or a lender sets as conditions ("The
     * Committee recommends that the House approves the loan, subject to the following conditions:" then "(a) Government
     * shall include ..."): the ones who impose them pledge nothing, and neither, yet, does the one they bind.
     */
    private static boolean underConditionsImposed(String body, int start) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = body.indexOf('\n', start);
        if (!isListItem(body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd))) {
            return false;
        }
        String lead = listLead(body, lineStart);
        return lead != null && CONDITIONS_IMPOSED.matcher(lead).find();
    }

    /** Verbs of receiving, as lemmas: their subject gains, it does not commit ({@link #RECEIVE} and "gain"). */
    private static final Set<String> RECEIVING = Words.union(RECEIVE, "gain");

    private static final Set<String> BULLETS = Words.set("\u2022", "-", "*", "\u2013", "\u2014", "\u00b7");

    /** What a listed pledge opens with: an amount ("$50 million", "EUR 20 million", "up to 1,000 troops"). */
    private static final java.util.regex.Pattern LISTED_AMOUNT = java.util.regex.Pattern.compile(
            "(?:a further |another |an additional |an extra |a total of )?"
            + "(?:about |around |some |up to |more than |over |nearly |almost )?(?:\\p{Sc}|[A-Z]{1,3}\\$|[A-Z]{3} ?\\d|\\d)");

    /** True when "stopped short of" stands in the few words before the cue at {@code cue}, in its clause. */
    private static boolean stoppedShortOf(Sentence s, int cue) {
        for (int k = cue - 1; k >= Math.max(2, cue - 6); k--) {
            String w = Tokens.folded(s, k);
            if (Tokens.isPunctuation(s.tokens().get(k).text()) && !Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return false;
            }
            if (w.equals("of") && Tokens.folded(s, k - 1).equals("short") && STOPPING.contains(Tokens.folded(s, k - 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STOPPING = Words.set("stop", "stops", "stopped", "stopping");

    private List<FoundCommitment> inSentence(AnalyzedText text, Sentence s, List<Cue> found, QuotedRegions quotes,
                                             ActorFinder actorFinder, List<FoundStatement> statements, EntityRegistry registry,
                                             SpeakerResolver speakers, boolean secondReading) {
        List<FoundCommitment> out = new ArrayList<>(1);
        // the commitments the judge accepted, which yield to one the rules find for the same side in the sentence
        java.util.Set<FoundCommitment> judged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        FoundStatement firstQuote = null;
        int coveredTo = -1;
        // where each pledge's cue and action lie (token indexes), for the donors news lists after it
        java.util.Map<FoundCommitment, int[]> spans = new java.util.IdentityHashMap<>();
        // where an opening "Asked whether ...," ends: its words are the question's
        int question = Tokens.openingQuestionEnd(s);
        boolean hasStrong = !secondReading && found.stream().anyMatch(c -> !c.phrase().weak());
        for (Cue cue : found) {
            if (cue.phrase().weak() && hasStrong) {
                continue;
            }
            if (isOpenTo(cue) && found.stream().anyMatch(c -> c != cue && !c.phrase().weak() && !isOpenTo(c))) {
                // "was open to a deal but would not accept half measures": the openness frames the real pledge
                continue;
            }
            if (cue.start() < question) {
                // "Asked whether Norway would cover the shortfall, he said ...": the question's words, not the answer
                continue;
            }
            Token first = s.tokens().get(cue.start());
            if (lastWord(cue).equals("to") && cue.phrase().words().contains("going") && cue.end() < s.tokens().size()
                    && (s.tokens().get(cue.end()).isCapitalized() || DETERMINERS.contains(Tokens.folded(s, cue.end())))) {
                // "Our soldiers are going to Gaza": where they go, not what they will do
                continue;
            }
            FoundStatement quote = statementAt(statements, first.start());
            if (quote != null && quote.direct() && cue.phrase().words().get(0).equals("promised")) {
                // '"Labour promised the public that waiting lists would fall," he said', '"We promised Ghanaians a
                // 24-hour economy and we are delivering it"': in a speaker's own words a promise told in the past is a
                // record held up or a claim of delivery, not a pledge (annotators: 7 of 35)
                continue;
            }
            if (quote != null && quote.direct() && pastReadiness(cue)) {
                // '"We were prepared to move a long way," he said': in the speaker's own words "were ready" is past, a
                // readiness that ended (reported speech shifts the tense: "said they were ready to" is present)
                continue;
            }
            // "Qatar and Saudi Arabia each pledged $2 billion, while the United Arab Emirates will fund ...": the
            // reporter's second clause, with a subject of its own (and a speaker's: "We will convene the group next
            // month, and Norway will put another 500 million kroner ... if the ceasefire holds")
            boolean ownClause = !out.isEmpty() && cue.start() >= coveredTo && (quote == null
                    && ((firstQuote == null || afterTheReport(s, firstQuote, cue))
                        && clauseBreakBetween(s, coveredTo, cue.start()) || subjectAfterAnd(s, coveredTo, cue.start()))
                    || quote != null && quote == firstQuote && subjectAfterAnd(s, coveredTo, cue.start()));
            if (!out.isEmpty() && !ownClause && !afterAQuotedRefusal(s, cue, coveredTo, out.get(out.size() - 1))
                    && (quote == null || (quote == firstQuote && !secondThatClause(s, coveredTo, cue.start()))
                    || cue.start() < coveredTo)) {
                // "announced it would contribute": the second cue is inside the first one's action
                continue;
            }
            if (!out.isEmpty() && quote != null && firstQuote != null && quote != firstQuote && firstQuote.direct()
                    && !quote.direct() && quote.speaker() == firstQuote.speaker() && String.valueOf(quote.verb()).endsWith("ing")) {
                // '"Mexico will keep a cool head," she said, adding that her government would protect ...': a second
                // pledge of the same speaker in one sentence (optional for annotators) after the one of the quote
                continue;
            }
            if (!cue.phrase().modal() && cue.end() - cue.start() == 1 && lastWord(cue).endsWith("ed") && cue.start() > 0
                    && ATTRIBUTIVE.contains(Tokens.folded(s, cue.start() - 1))) {
                // "Britain has repeatedly delayed its promised AI bill", "of a promised US$3 billion contribution": the
                // participle describes a pledge made before, it makes none
                continue;
            }
            if (pastRejection(s, cue)) {
                // "Butler rejected the demand within hours", "a claim Ukraine's General Staff rejected": a rejection
                // told as news is done, not a refusal to come
                continue;
            }
            if (cue.phrase().reported() && askedOfOthers(s, cue)) {
                // "I would ask them to read the Bill", "We would encourage others to come forward", "We would like to see
                // the Government act": a request or a wish of the speaker's, what others are to do
                continue;
            }
            if (cue.phrase().modal() && (speakersOwnDiscourse(s, cue) || openingRemarks(s, cue))) {
                // "I will be brief.", "I'll just add that ...", "But I'll be clear about one thing: we're not going to
                // ...": the speaker announces what they will say, the pledge (if any) comes after
                continue;
            }
            if (!cue.phrase().modal() && (sinceADate(s) || perfectSince(s, cue))) {
                // "Since February 2022, Canada has committed more than $22 billion": what was given, not promised
                continue;
            }
            if (!cue.phrase().modal() && inAnEarlierYear(text.body(), s, cue)) {
                // "In 2023, ECOWAS threatened to use force", "At the 2023 Brussels conference, the EU pledged €1.56
                // billion": a pledge of a year before the article's latest, told as history
                continue;
            }
            if (cue.phrase().reported() && !(quote != null || reportedBefore(s, cue.start()))) {
                continue;
            }
            if (!cue.phrase().modal() && cue.start() > 0 && Tokens.folded(s, cue.start() - 1).equals("to")) {
                // "to persuade parliaments to agree to ...": an infinitive someone else is asked to do
                continue;
            }
            if ((isQuestion(s, cue.start()) && !pseudoCleft(s, cue)) || wishedOfOthers(s, cue.start())) {
                continue;
            }
            if (judgedAs(s, cue)) {
                // "we consider them an attempt to prolong the war": an opinion of something, no deliberation
                continue;
            }
            if (cue.phrase().weak() && !mentionsAPledge(s, cue.end())) {
                // "Stubb discussed Arctic security": talking about something is no commitment;
                // "the allies discussed ... obligations to support Ukraine" is one under discussion
                continue;
            }
            List<Entity> actors = cue.objectStart() >= 0
                    ? actorFinder.objectActors(s, cue.objectStart(), cue.objectEnd())
                    : actorFinder.actors(s, cue.start(), quote);
            actors = committable(actors, registry);
            if (cue.phrase().modal() && isPassive(s, cue.end()) && !actors.isEmpty() && !postedByTheirState(s, cue)
                    // (but what nobody will undergo is guaranteed: "No Romanian soldier will be deployed")
                    && !refusingSubject(s, cue.start())) {
                // "Water companies will be banned from ...", "Spain would be made to pay": the subject of a
                // passive undergoes the action, it does not commit to it
                actors = List.of();
            }
            List<Entity> payers = actors.isEmpty() && cue.phrase().modal()
                    ? payingAgents(s, cue.end(), actorFinder) : List.of();
            if (!payers.isEmpty()) {
                // "the cost of the deliveries will be covered by the Russian side in full", "the package will be financed
                // by Germany, the Netherlands and Norway": who pays or hands over, named as the passive's agent, commits
                actors = committable(payers, registry);
            }
            if (actors.isEmpty() && quote != null && !quote.direct() && cue.phrase().modal() && isPassive(s, cue.end())
                    && !undergone(s, cue.end()) && quote.speaker() != null
                    && (quote.speaker().type() != EntityType.PERSON
                        || delivered(s, cue.end()) && !deliveredFrom(s, cue.end(), actorFinder)
                        || actorFinder.servesAState(quote.speaker()) && enacted(s, cue.end()))
                    && !gazetteer.isNewsAgency(quote.speaker().id())) {
                // "Egypt said a follow-up conference would be held in six months", "Indian officials said a
                // review would be carried out": a passive with no agent in an institution's reported words
                // is its own plan (a person's "would be lifted" is as often a forecast, but not a person's "the aid
                // would be delivered within a week": what a side hands over, it hands over itself)
                Entity body = quote.speaker();
                if (body.type() == EntityType.GROUP && body.country() != null) {
                    body = registry.country(body.country());
                } else if (body.type() == EntityType.GROUP && !registry.isListedOrganization(body)) {
                    // (a coalition of the gazetteer, the G7, plans as itself) "EU diplomats said": the EU's plan;
                    // "Officials in the Ministry said the States would be asked to ...": whose plan is unknown
                    body = body.organization() == null ? null : registry.organizationById(body.organization());
                }
                actors = committable(java.util.Collections.singletonList(body), registry);
            }
            if (actors.isEmpty() && quote != null && quote.speaker() != null && quote.speaker().type() != EntityType.GROUP
                    && existential(s, cue)) {
                // '"There will be no increase in the VAT rate," Godongwana said', 'There is no plan to raise VAT':
                // the speaker's government refuses (analysts' "there will be no ceasefire" is a forecast)
                actors = committable(java.util.Collections.singletonList(quote.speaker()), registry);
            }
            if (actors.isEmpty() && quote != null && quote.speaker() != null && quote.speaker().type() != EntityType.GROUP
                    && cue.phrase().modal() && isPassive(s, cue.end())
                    && (refusingSubject(s, cue.start()) || universalSubject(s, cue.start()) && !judged(s, cue.end()))
                    && out.isEmpty()
                    && !afterAndThat(s, cue.start())) {
                // '"No family will be left behind," Marcos said', "said no hourly workers would be laid off": what
                // nobody will undergo, the speaker's side guarantees (after the sentence's own pledge, "the funding
                // would be financed within the exemption, and that no money would be taken from pensions", a term of it);
                // so is what every one of them will: '"Every returnee will be profiled," he said'
                actors = committable(java.util.Collections.singletonList(quote.speaker()), registry);
            }
            if (actors.isEmpty() && cue.phrase().modal() && actorFinder.scheduledByTheSpeaker(s, cue.start(), cue.end(), quote)
                    && hasDate(s, cue.end())) {
                // "Dendias said the first batteries would be operational by the end of 2027": the speaker's side keeps
                // a schedule (what "would help" or "would go to" does is often the recipient's words, so only a date
                // and a state reached or a start qualify)
                actors = committable(java.util.Collections.singletonList(quote.speaker()), registry);
            }
            if (actors.isEmpty() && cue.phrase().modal() && (actorFinder.membersOfTheSpeaker(s, cue.start(), quote)
                    || actorFinder.memberStatesOfTheSpeaker(s, cue.start(), quote))) {
                // "GMB organiser Stuart Naylor said members would walk out": the union's members act as the union;
                // "ECOWAS says member states will deploy the first 1,650 troops": the bloc's states act as the bloc
                actors = committable(java.util.Collections.singletonList(quote.speaker()), registry);
            }
            if (actors.isEmpty() && cue.phrase().modal() && (actorFinder.doneByTheSpeaker(s, cue.start(), cue.end(), quote)
                    || actorFinder.actedByTheSpeaker(s, cue.start(), cue.end(), quote)
                    || actorFinder.firstPartByTheSpeaker(s, cue.start(), quote))) {
                // "Sandvik said the sensors would be shared in real time with all JEF partners", "Cassis said the two
                // hosts would convene donors again in June": the speaker's side does it
                actors = committable(java.util.Collections.singletonList(quote.speaker()), registry);
            }
            if (actors.isEmpty() && cue.phrase().modal() && quote != null && receivesSomething(s, cue.end())) {
                // '"Every family whose house was destroyed will receive Rs. 2.5 million," the President said': who
                // receives is no one the article names, and the one who announces it gives it (unless what receives
                // is the announcer's own: "Palm oil, Indonesia's biggest export to the EU, would receive a quota,
                // Hartarto said")
                List<Entity> announcer = committable(java.util.Collections.singletonList(quote.speaker()), registry);
                boolean ownGains = !announcer.isEmpty()
                        && actorFinder.namedBefore(s, cue.start(), quote).stream().anyMatch(named -> sameSide(named, announcer));
                actors = ownGains ? List.of() : announcer;
            }
            boolean judgedByModel = false;
            if (actors.isEmpty() && quote != null && quote.speaker() != null && speakersPledges != SpeakersPledgeJudge.NONE) {
                // what no rule above ties to anyone, in the words of a speaker with a side, is left to the model (the
                // rules alone compute nothing for it); a second pledge of the same side in one sentence is optional for
                // annotators, so it is never asked about
                List<Entity> side = committable(java.util.Collections.singletonList(quote.speaker()), registry);
                if (!side.isEmpty() && out.stream().noneMatch(c -> sameSide(side.get(0), c.actors()))
                        && !deliveredFrom(s, cue.end(), actorFinder)
                        && speakersPledges.isPledge(SpeakersPledgeFeatures.of(s, cue, quote, side.get(0)))) {
                    actors = side;
                    judgedByModel = true;
                }
            }
            actors = regionsOwn(actors, quote, s, speakers, registry);
            if (actors.isEmpty() || (ownClause && actors.equals(out.get(out.size() - 1).actors()))) {
                continue;
            }
            if (quote != null && ESTIMATING.contains(String.valueOf(quote.verb()))) {
                // "The National Association of Home Builders estimated the duties would add $10,900", "BloombergNEF
                // estimates China will install 300 gigawatts": a number worked out, nobody's pledge
                continue;
            }
            if ((cue.modality() == Modality.HEDGED || (quote != null && (PREDICTING.contains(String.valueOf(quote.verb()))
                    || confidentOfTheReport(s, quote, cue.start()))))
                    && quote != null && aboutOthers(quote.speaker(), actors)) {
                // "Russia could step up its attacks, Zelensky said": a guess about someone else, not a pledge
                continue;
            }
            if (quote != null && FORETELLING.contains(String.valueOf(quote.verb())) && unaffiliatedPerson(quote.speaker())) {
                // "Song predicted that Japan would continue to increase its defense budget": a forecast by someone who
                // speaks for no side (20 of 21 such clauses in the corpus hold no pledge)
                continue;
            }
            if (ownPastPromise(s, cue)) {
                // '"We said we would put more money on the table, and we have," Mr Butler said': the promise recalled
                // is kept or broken already (ten such sentences in the tuned batches, none a gold pledge; the four that
                // are go on "and we will")
                continue;
            }
            if (noSignThat(s, cue.start())) {
                // "There is no indication that the US will walk away from Europe": a reading of signs, nobody's pledge
                continue;
            }
            if (othersExpectation(s, cue.start())) {
                // "Putin is betting that we will tire": what another expects of the speaker's side, not its pledge
                continue;
            }
            if (quote != null && commentatorByApposition(s, quote.speaker(), actors)) {
                // '"Jakarta will not move without clear rules of engagement," said Hugh Lovatt, a senior policy fellow at
                // the European Council on Foreign Relations': a commentator's forecast (17 of 17 such sentences on the
                // tuned batches hold no gold pledge)
                continue;
            }
            if (quote != null && commentatorsOnOthers(quote.speaker(), actors)) {
                // "Analysts at Morgan Stanley said Hanseong could delay the plant": a forecast about a company, not its
                // pledge, whatever the verb
                continue;
            }
            if (quote != null && foreignGroups(quote.speaker(), actors)) {
                // "Lutnick welcomed the deal on X, writing that Korean companies would build ships in America": one
                // government cannot pledge for another country's companies or people
                continue;
            }
            int actionStart = cue.end();
            if (pseudoCleft(s, cue)) {
                // "What we will not do is buy dollars": the action follows "do is"
                actionStart += 2;
            }
            if (lastWord(cue).equals("whether") && actionStart < s.tokens().size() - 1
                    && Tokens.folded(s, actionStart).equals("to")) {
                // "is reviewing whether to take part": the action is "take part"
                actionStart++;
            }
            actionStart = Tokens.afterInsertedAdverb(s.tokens(), actionStart);
            Modality quotedNegation = null;
            while (actionStart < s.tokens().size() - 1 && (LEADING_ADVERBS.contains(s.tokens().get(actionStart).folded())
                    || Tokens.isQuoteMark(s.tokens().get(actionStart).text()))) {
                actionStart++;
                String next = s.tokens().get(actionStart).folded();
                if (Tokens.isQuoteMark(s.tokens().get(actionStart - 1).text()) && (next.equals("never") || next.equals("not"))
                        && cue.modality() == Modality.FIRM && actionStart < s.tokens().size() - 1) {
                    // 'Israel would "never allow ...': the negation opens the quoted words
                    quotedNegation = Modality.NEGATED;
                    actionStart++;
                }
            }
            // a second commitment of the sentence ("..., while Orlen said it planned to ...") takes no condition of
            // the first one's clause
            int condFrom = out.isEmpty() ? 0 : quote != null && quote != firstQuote ? Tokens.tokenAt(s, quote.quoteStart())
                    : Math.max(0, coveredTo);
            int clauseEnd = clauseEnd(s, cue.end(), actors, actorFinder);
            List<int[]> conds = new ArrayList<>(conditions.find(s, Math.max(condFrom, question), clauseEnd));
            if (quote != null && !quote.direct() && quote.quoteStart() > s.start() && quote.quoteStart() < first.start()) {
                // "She told reporters after a signing ceremony that her cabinet would ...": the attribution's
                // circumstances are no condition of the reported pledge (but "If members vote in favour, the
                // union said it would" opens the sentence with one)
                int opening = s.tokens().get(0).start();
                conds.removeIf(c -> c[0] > opening && c[0] < quote.quoteStart());
            }
            // "Brazil, which holds the COP30 presidency until the Antalya summit opens, will hand ...": what the subject's
            // relative clause says of it limits no pledge
            conds.removeIf(c -> insideRelativeClauseBefore(s, Tokens.tokenAt(s, c[0]), cue.start()));
            // "will open a credit line ... and will not apply reciprocal duties ... while negotiations continue": a
            // condition of duration after a second verb phrase limits that one, and leaves the first pledge firm (the
            // condition stays listed, as annotators list it; they read "if ...", "once ...", "subject to ..." there as
            // the first pledge's condition too)
            if (actionStart < s.tokens().size() && REQUESTS.contains(s.tokens().get(actionStart).folded())) {
                // "would ask the Commons health committee to hold hearings on the pause before the budget is tabled": the
                // time of what is asked of others, not a condition of the asking
                conds.removeIf(c -> text.body().regionMatches(true, c[0], "before ", 0, 7));
            }
            boolean onlyLimitsTheSecond = !conds.isEmpty() && conds.stream().allMatch(c -> limitsALaterPledge(s, cue.start(), cue.end(), c));
            if (conds.isEmpty() && cue.modality() == Modality.NEGATED) {
                int[] refusedUnless = refusalCondition(s, actionStart, clauseEnd);
                if (refusedUnless != null) {
                    conds.add(refusedUnless);
                }
            }
            int actionEnd = actions.end(s, actionStart, conds);
            String action = actionEnd > actionStart
                    ? text.body().substring(s.tokens().get(actionStart).start(), s.tokens().get(actionEnd - 1).end())
                    : "";
            String last = lastWord(cue);
            if (last.equals("out")) {
                // "don't rule out anything", "ruled out any concessions"; "did not rule it out but wanted to see the
                // details first": what "it" stands for is in the question before, the rest is another clause
                boolean objectInCue = cue.phrase().words().contains("it") || cue.phrase().words().contains("anything");
                action = "rule out" + (action.isEmpty() || objectInCue ? "" : " " + action);
            } else if (!cue.phrase().modal() && !last.equals("to") && !last.equals("of") && !last.equals("for")
                    && (last.endsWith("ed") || last.endsWith("ing") || last.endsWith("s") || last.startsWith("consider"))) {
                // a bare verb cue ("pledged 50 million euros", "is considering a fund"): the verb is the
                // action's head, in its base form
                action = s.lemma(cue.end() - 1) + (action.isEmpty() ? "" : " " + action);
            }
            List<String> condTexts = texts(text.body(), conds);
            Modality modality = quotedNegation != null ? quotedNegation : cue.modality();
            if (modality == Modality.FIRM && !cue.phrase().modal() && promisesARefusal(s, actionStart, actionEnd)) {
                // "Stellantis has promised the Italian government it will not close any of its plants": what is promised
                // is a refusal
                modality = Modality.NEGATED;
            }
            if (modality == Modality.FIRM && (refusedObject(action) || refusingSubject(s, cue.start()))) {
                // "it will make no new contributions", "would send no troops": the refusal is in the object; "Not a
                // single shilling will be added to our debt": in the subject
                modality = Modality.NEGATED;
            }
            if (modality == Modality.NEGATED && cue.phrase().words().contains("no") && actionStart < s.tokens().size()
                    && LACKS.contains(s.tokens().get(actionStart).folded())) {
                // "There will be no shortage of funds for relief": no lack of it is a promise of it
                modality = Modality.FIRM;
            }
            if (modality == Modality.FIRM && cue.phrase().modal() && REFUSALS.stream().anyMatch(action::startsWith)) {
                // "will refuse to implement the EU's emissions trading system": the modal's pledge is a refusal
                modality = Modality.NEGATED;
                action = action.substring(action.indexOf(" to ") + " to ".length());
            }
            java.util.regex.Matcher hesitation = NOT_HESITATING.matcher(action);
            if (modality == Modality.NEGATED && hesitation.lookingAt()) {
                // "would not hesitate to seek emergency financing", 'will not hesitate" to sanction': the negation
                // denies the hesitation, not the act
                modality = Modality.FIRM;
                action = action.substring(hesitation.end());
            }
            if (modality == Modality.FIRM && (cue.phrase().modal() || last.equals("to")) && actionStart < actionEnd
                    && (HEDGING_HEADS.contains(s.tokens().get(actionStart).folded()) || hedgedByAdverb(s, cue)
                        // "will seriously consider", "would actively explore"
                        || (s.tokens().get(actionStart).folded().endsWith("ly") && actionStart + 1 < actionEnd
                            && HEDGING_HEADS.contains(s.tokens().get(actionStart + 1).folded())))) {
                modality = Modality.HEDGED;
            }
            if (!condTexts.isEmpty() && !onlyLimitsTheSecond && (modality == Modality.FIRM || cue.phrase().weak()
                    || modality == Modality.NEGATED && opensWithIf(s))) {
                // ("If that number is enough, there will be no compulsory redundancies": annotators read a refusal
                // under an "if" that opens the sentence as conditional, 21 times against 12; an "if" later on may
                // belong to another verb, "would not introduce it for now, but would review the question if ...", and
                // under "until" or "unless" a refusal stays one, 297 times against 46)
                modality = Modality.CONDITIONAL;
            }
            if (modality == Modality.NEGATED && actionStart < actionEnd && firstPersonSingularBefore(s, cue.start())
                    && WORDS_WITHHELD.contains(s.lemma(actionStart))) {
                // "I'm not going to negotiate on television", "I will not comment on ...", "I won't speculate": what the
                // speaker will not say here, no refusal to act
                continue;
            }
            if (SELF_DETERMINATION.matcher(action).matches() || OWN_CHOICE.matcher(action).lookingAt()) {
                // "Greenland would decide its own future": a claim of sovereignty, which promises no act
                continue;
            }
            Entity beneficiary = beneficiary(s, actionStart, actionEnd, actors, registry);
            Entity giver = giver(s, actionStart, actionEnd, actorFinder);
            if (giver != null && !actors.contains(giver)) {
                // "Ukraine will receive two Patriot systems from Germany": Germany commits, Ukraine gains
                beneficiary = actors.get(0);
                actors = List.of(giver);
            } else if (giver == null && quote != null && cue.phrase().modal() && receivesSomething(s, cue.end())) {
                // "Ukraine will receive 3,500 more missiles, the Defence Secretary has announced", "Quebec will receive
                // its full share": the one who announces what another will receive gives it (but "Ukraine would get the
                // first jets," Zelensky said: the receiver's own hope, its side unchanged)
                List<Entity> announcer = committable(java.util.Collections.singletonList(quote.speaker()), registry);
                if (!announcer.isEmpty() && !sameSide(announcer.get(0), actors)) {
                    beneficiary = actors.get(0);
                    actors = announcer;
                }
            } else if (giver == null && quote == null && cue.phrase().modal() && actionStart < actionEnd
                    && RECEIVING.contains(s.lemma(actionStart)) && !takesPeopleIn(s, actionStart)) {
                // "Ingham residents will get a new levee": the reporter names who gains, not who gives
                continue;
            }
            String sentence = s.text();
            out.add(new FoundCommitment(actors, quote != null ? quote.speaker() : null, action.strip(), beneficiary,
                    condTexts, modality, categories.classify(action, sentence), amounts.find(sentence),
                    timeFrames.find(sentence, first.start() - s.start()), s.start(), s.end()));
            spans.put(out.get(out.size() - 1), new int[] {cue.start(), actionEnd});
            if (judgedByModel) {
                judged.add(out.get(out.size() - 1));
            }
            if (firstQuote == null) {
                firstQuote = quote;
            }
            coveredTo = Math.max(coveredTo, actionEnd);
        }
        // "the ban would remain in place, and that Naalakkersuisut would not allow ...": where the rules name the side
        // in a later clause, that clause is its pledge, and the one the judge accepted before it is a second one
        out.removeIf(c -> judged.contains(c)
                && out.stream().anyMatch(o -> !judged.contains(o) && sameSide(c.actors().get(0), o.actors())));
        // each pledge of a sum may be followed by others whose verb news leaves out, up to the next pledge's cue
        List<FoundCommitment> gaps = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            int[] span = spans.get(out.get(i));
            int to = i + 1 < out.size() ? spans.get(out.get(i + 1))[0] : s.tokens().size();
            for (FoundCommitment g : gapped(text, s, out.get(i), span[0] + 1, to, speakers)) {
                if (out.stream().noneMatch(c -> c.actors().contains(g.actors().get(0)))
                        && gaps.stream().noneMatch(c -> c.actors().contains(g.actors().get(0)))) {
                    gaps.add(g);
                    // "pledge $20 million and South Africa $15 million": the first pledge's action ends before the next donor
                    out.set(i, endActionBefore(out.get(i), g.actors().get(0)));
                }
            }
        }
        out.addAll(gaps);
        return out;
    }

    /** "..., and that no one would be deported": the clause before the modal at {@code cue} is a second "that" clause. */
    private static boolean afterAndThat(Sentence s, int cue) {
        int that = thatBefore(s, cue, 6);
        return that >= 1 && Tokens.folded(s, that - 1).equals("and");
    }

    /** Verbs by which the speakers recall their own promise: "We said we would", "I promised I would". */
    private static final Set<String> PROMISING = Words.set("said", "promised", "pledged", "vowed");

    /**
     * "We said we would deliver, and we delivered": a "would" right after the speaker's own past "we said we" or "I
     * promised I", in a sentence that promises nothing more ("and we will", "that is what we will do" do).
     */
    private static boolean ownPastPromise(Sentence s, Cue cue) {
        int k = cue.start();
        if (!Tokens.folded(s, k).equals("would") || k < 3) {
            return false;
        }
        String subject = Tokens.folded(s, k - 1);
        int verb = Tokens.folded(s, k - 2).equals("that") ? k - 3 : k - 2;
        if (!(subject.equals("we") || subject.equals("i")) || verb < 1 || !PROMISING.contains(Tokens.folded(s, verb))
                || !Tokens.folded(s, verb - 1).equals(subject)) {
            return false;
        }
        for (int j = cue.end(); j < s.tokens().size(); j++) {
            String w = Tokens.folded(s, j);
            if (w.equals("will") || w.equals("'ll") || w.equals("\u2019ll") || w.equals("going")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of giving that news leaves out before the next donor: "Italy pledged €100 million and Indonesia $50 million". */
    private static final Set<String> GAPPABLE = Words.set("pledge", "commit", "contribute", "give", "provide", "offer",
            "promise", "announce", "donate");

    /**
     * "Italy pledged 100 million euros and Indonesia $50 million", "Japan pledged $300 million, Germany 200 million
     * euros": after a pledge of a sum, a country or organisation followed at once by another sum pledged the same way,
     * the verb left out.
     */
    private List<FoundCommitment> gapped(AnalyzedText text, Sentence s, FoundCommitment first, int from, int to,
                                         SpeakerResolver speakers) {
        String verb = first.action().split(" ", 2)[0];
        if (!GAPPABLE.contains(verb) || first.amounts().isEmpty()) {
            return List.of();
        }
        List<FoundCommitment> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = Math.max(from, 1); k < Math.min(to, tokens.size() - 1); k++) {
            String before = tokens.get(k - 1).folded();
            if (before.equals("the") && k >= 2) {
                // "Saudi Arabia pledged $1.5bn and the United Arab Emirates $1bn"
                before = tokens.get(k - 2).folded();
            }
            Mention m = before.equals(",") || before.equals("and")
                    ? speakers.mentionAt(s.index(), k) : null;
            if (m == null || m.tokenStart() != k || m.tokenEnd() >= tokens.size()
                    || !(m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION)) {
                continue;
            }
            String rest = text.body().substring(tokens.get(m.tokenEnd()).start(), s.end());
            if (!LISTED_AMOUNT.matcher(rest).lookingAt()) {
                continue;
            }
            String sum = leadingSum(rest, ", ", " and ", " (", ";");
            List<Amount> found = amounts.find(sum);
            if (!found.isEmpty()) {
                // ("Japan pledged up to $810m, subject to parliamentary approval, and the European Commission €700m":
                // the condition was Japan's; a left-out verb carries the pledge, not the first donor's terms)
                Modality modality = first.modality() == Modality.CONDITIONAL ? Modality.FIRM : first.modality();
                out.add(new FoundCommitment(List.of(m.entity()), first.speaker(), verb + " " + sum, null, List.of(),
                        modality, first.category(), found, first.timeFrame(), s.start(), s.end()));
                k = m.tokenEnd();
            }
        }
        return out;
    }

    /** The commitment with its action cut before the donor a left-out verb follows ("and the United Arab Emirates"). */
    private static FoundCommitment endActionBefore(FoundCommitment c, Entity donor) {
        java.util.regex.Matcher next = java.util.regex.Pattern.compile(",? (?:and )?(?:the )?"
                + java.util.regex.Pattern.quote(donor.name().split(" ")[0])).matcher(c.action());
        if (!next.find() || next.start() == 0) {
            return c;
        }
        return new FoundCommitment(c.actors(), c.speaker(), c.action().substring(0, next.start()), c.beneficiary(),
                c.conditions(), c.modality(), c.category(), c.amounts(), c.timeFrame(), c.evidenceStart(), c.evidenceEnd());
    }

    /**
     * The sum that opens {@code rest}, up to the first of {@code stops} (", " is no comma of "1,000") and without a
     * final full stop: a listed pledge's ("$50 million, subject to ...") or a left-out one's ("$50 million and ...").
     */
    private static String leadingSum(String rest, String... stops) {
        int end = rest.length();
        for (String stop : stops) {
            int at = rest.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end).replaceAll("[.;]$", "").strip();
    }

    /**
     * ", and Germany pledged ...": after the previous action, ", and" and a capitalised subject right before the
     * cue (the reporter's next clause; "the Gates Foundation said it would give $912 million, and Germany pledged
     * 1 billion euros").
     */
    private static boolean subjectAfterAnd(Sentence s, int from, int to) {
        for (int k = Math.max(1, from); k + 1 < to; k++) {
            // (", and the Republic of Türkiye stands ready": a state's formal name after its article)
            int subject = Tokens.folded(s, k + 1).equals("the") ? k + 2 : k + 1;
            if (Tokens.folded(s, k).equals("and") && Tokens.folded(s, k - 1).equals(",") && subject < to
                    && s.tokens().get(subject).isCapitalized() && to - subject <= 3) {
                return true;
            }
            if (Tokens.folded(s, k).equals("and") && ActionPhrase.anotherSpeakerFollows(s.tokens(), k + 1) && to - (k + 1) <= 4) {
                // "Germany announced €60 million and Spain said it would provide €20 million"
                return true;
            }
        }
        return false;
    }

    /**
     * "Japan said it would send a relief team, while South Korea pledged $3 million": a cue of the reporter's own after
     * the report of the sentence's first pledge (not a backshifted "would", which may go on reporting: "..., two
     * diplomats said, while the Nordic and Baltic states would mostly contribute air policing").
     */
    private static boolean afterTheReport(Sentence s, FoundStatement report, Cue cue) {
        return !report.direct() && report.quoteEnd() <= s.tokens().get(cue.start()).start() && !cue.phrase().reported();
    }

    /**
     * ", while", ", whereas" between the previous action and a cue: a clause of its own follows. (Pledges listed
     * after a colon and split by semicolons stay one commitment, the first, as the guidelines' lists do.)
     */
    private static boolean clauseBreakBetween(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            String t = Tokens.folded(s, k);
            if (t.equals(",") && k + 1 < to && (Tokens.folded(s, k + 1).equals("while")
                    || Tokens.folded(s, k + 1).equals("whereas"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Rutte said he was \"absolutely confident\" Spain would do its part", "the White House said the president was
     * confident China would resume purchases": the report is a belief about what someone does, like "expects".
     */
    private static boolean confidentOfTheReport(Sentence s, FoundStatement quote, int cue) {
        int start = Tokens.tokenAt(s, quote.quoteStart());
        for (int k = Math.max(0, start - 3); k < cue; k++) {
            if (CONFIDENT.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONFIDENT = Words.set("confident", "hopeful", "optimistic", "convinced", "sure", "certain");

    /** A reporting verb within a few words of {@code from}: "Turkish construction group Onur said". */
    private static boolean reportFollows(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 7); k++) {
            if (REPORTING.contains(tokens.get(k).folded())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A capitalised subject of up to three words at {@code from}, then a verb that makes a clause of its own ("NATO
     * could", "the Republic of Türkiye stands", "Norway will").
     */
    private static boolean anotherSubjectActs(List<Token> tokens, int from) {
        int k = from;
        if (k < tokens.size() && tokens.get(k).folded().equals("the")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isCapitalized()) {
            return false;
        }
        for (int end = Math.min(tokens.size(), k + 5); k < end; k++) {
            if (CLAUSE_VERBS.contains(tokens.get(k).folded())) {
                return k > from;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "officials conceded", "analysts cautioned": someone else's words within four words of {@code from}. */
    private static boolean concessionFollows(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            String w = tokens.get(k).folded();
            if (w.equals("conceded") || w.equals("admitted") || w.equals("cautioned") || w.equals("complained")) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /**
     * A past-tense cue in a sentence that opens with "In 2023" or "At the 2023 ...", where the year is earlier than the
     * latest the article names: the pledge is part of the background, not news.
     */
    private static boolean inAnEarlierYear(String body, Sentence s, Cue cue) {
        List<Token> tokens = s.tokens();
        if (!Tokens.folded(s, cue.start()).endsWith("ed")) {
            return false;
        }
        // (only a year that opens the sentence frames it: "Gabon's president, elected after the 2023 coup, has agreed to
        // keep" and "Under a partnership signed in 2023, Brussels pledged to help" are pledges of now, as annotators read)
        for (int k = 0; k + 1 < Math.min(cue.start(), 3); k++) {
            String w = tokens.get(k).folded();
            String next = tokens.get(k + 1).text();
            if ((w.equals("in") || w.equals("the")) && next.length() == 4 && YEAR.matcher(next).matches()) {
                int year = Integer.parseInt(next);
                java.util.regex.Matcher years = YEAR.matcher(body);
                while (years.find()) {
                    if (Integer.parseInt(years.group()) > year) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** What a deal's terms are called: "Under the terms,", "Under a consent order,", "Under the memorandum signed ...,". */
    private static final Set<String> TERMS = Words.set("terms", "agreement", "deal", "contract", "accord", "order",
            "settlement", "memorandum", "arrangement", "pact", "award", "decree", "ruling", "law", "rules", "conditions");

    /**
     * A sentence that opens with the terms of a deal before its first comma ("Under the terms,", "Under a consent
     * order,", "Under the memorandum signed in September,") or with "In exchange,": what it then says a party must do
     * binds that party.
     */
    private static boolean underTheTermsOfADeal(Sentence s) {
        List<Token> tokens = s.tokens();
        int open = Dateline.bodyStart(s);
        if (open + 2 < tokens.size() && tokens.get(open).folded().equals("in") && tokens.get(open + 1).folded().equals("exchange")
                && tokens.get(open + 2).text().equals(",")) {
            return true;
        }
        if (open >= tokens.size() || !tokens.get(open).folded().equals("under")) {
            return false;
        }
        for (int k = open + 1; k < Math.min(tokens.size(), open + 12); k++) {
            if (tokens.get(k).text().equals(",")) {
                return false;
            }
            if (TERMS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that opens "Since February 2022," or "Since 2014,": a tally of the past. */
    private static boolean sinceADate(Sentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 4 || !tokens.get(0).folded().equals("since")) {
            return false;
        }
        Token next = tokens.get(1);
        return Character.isDigit(next.text().charAt(0)) || next.isCapitalized() && !next.folded().equals("the")
                && tokens.get(2).text().chars().allMatch(Character::isDigit);
    }

    /**
     * "Japan has committed about $12 billion in support to Ukraine since Russia's full-scale invasion": a total given
     * so far ("its largest since 2014" is a ranking, not a span).
     */
    private static boolean perfectSince(Sentence s, Cue cue) {
        // (what "has agreed to" or "has committed to" do is still to come, whatever "since" follows)
        boolean given = !lastWord(cue).equals("to");
        int auxiliary = cue.start() - 1;
        while (given && auxiliary > 0 && TOTAL_ADVERBS.contains(Tokens.folded(s, auxiliary))) {
            // "has already committed", "have together committed"
            auxiliary--;
        }
        if (given && auxiliary >= 2 && Tokens.folded(s, auxiliary).equals("or") && PERFECT.contains(Tokens.folded(s, auxiliary - 2))) {
            // "Germany has provided or committed around 40 billion euros"
            auxiliary -= 2;
        }
        if (auxiliary < 0 || !PERFECT.contains(Tokens.folded(s, auxiliary))) {
            return false;
        }
        for (int k = cue.end(); k < s.tokens().size() - 1; k++) {
            String w = Tokens.folded(s, k);
            if (w.equals(",") && !(given && listGoesOn(s, k))) {
                break;
            }
            if (w.equals("since")) {
                return !RANKINGS.contains(Tokens.folded(s, k - 1));
            }
            if (given && w.equals("so") && Tokens.folded(s, k + 1).equals("far")) {
                // "Allies have committed roughly $4 billion through PURL so far"
                return true;
            }
        }
        return false;
    }

    /** The auxiliary of a total given so far: "has committed", "have provided or committed". */
    private static final Set<String> PERFECT = Words.set("has", "have");
    /** Adverbs between "has" and a total given so far: "has already committed", "have together committed". */
    private static final Set<String> TOTAL_ADVERBS = Words.set("already", "now", "together", "collectively", "jointly");

    /** A comma inside a list of words in lower case ("in military, financial and humanitarian assistance"). */
    private static boolean listGoesOn(Sentence s, int comma) {
        Token next = comma + 1 < s.tokens().size() ? s.tokens().get(comma + 1) : null;
        return next != null && next.isWord() && !next.isCapitalized() && !CLAUSE_OPENERS.contains(next.folded())
                && !REPORTING.contains(next.folded()) && !next.folded().equals("but") && !next.folded().equals("and")
                && !next.folded().endsWith("ing");
    }

    private static final Set<String> RANKINGS = Words.set("largest", "biggest", "highest", "most", "first", "ever",
            "lowest", "smallest");

    private static boolean isOpenTo(Cue cue) {
        return cue.phrase().words().contains("open");
    }

    /** "said a review would be carried out ..., and that concessions could be withdrawn": a second report. */
    private static boolean secondThatClause(Sentence s, int from, int to) {
        for (int k = Math.max(1, from); k + 1 < to; k++) {
            if (Tokens.folded(s, k).equals("and") && Tokens.folded(s, k + 1).equals("that")
                    && Tokens.folded(s, k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "would be held", "will be phased out", "will also be disbursed": a passive right after the modal. */
    private static boolean isPassive(Sentence s, int from) {
        int k = participleAfterBe(s, from);
        if (k < 0 || !Words.isParticiple(s.tokens().get(k).folded())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.tokens().size(), k + 7); j++) {
            if (s.tokens().get(j).folded().equals("by")) {
                // "would be co-chaired by Saudi Arabia": the agent is named, and it is someone else
                return false;
            }
        }
        return true;
    }

    /** Participles of paying for something or handing it over, whose agent is the one who gives. */
    private static final Set<String> PAID = Words.set("covered", "paid", "funded", "financed", "borne", "met", "provided",
            "supplied", "delivered", "built", "donated", "shouldered", "underwritten");

    /** Most words between a passive's participle and its "by": "will be covered in full by". */
    private static final int AGENT_REACH = 4;

    /** Words that join the agents of a passive: "by Germany, the Netherlands and Norway", "by AFAD (...) and Qatar". */
    private static final Set<String> AGENT_JOINERS = Words.set(",", "and", "the", "(", ")");

    /**
     * The countries and organisations named as the agents of a passive of paying or handing over after the modal's end
     * at {@code from} ("would be covered by the Russian side", "will be financed by Germany, the Netherlands and
     * Norway"); none when there is no such passive.
     */
    private static List<Entity> payingAgents(Sentence s, int from, ActorFinder actorFinder) {
        int k = participleAfterBe(s, from);
        if (k < 0 || !PAID.contains(s.tokens().get(k).folded())) {
            return List.of();
        }
        int n = s.tokens().size();
        for (int j = k + 1; j < Math.min(n - 1, k + 1 + AGENT_REACH); j++) {
            if (Tokens.folded(s, j).equals("by")) {
                int end = j + 1;
                boolean last = false;
                // (the list ends with the name after its "and": "by Germany and Norway, the Pentagon said")
                while (end < n && (s.tokens().get(end).isCapitalized() || AGENT_JOINERS.contains(Tokens.folded(s, end)))
                        && !(last && Tokens.folded(s, end).equals(","))) {
                    last |= Tokens.folded(s, end).equals("and");
                    end++;
                }
                return actorFinder.objectActors(s, j + 1, end).stream()
                        .filter(e -> e.type() != EntityType.PERSON).toList();
            }
            if (Tokens.isPunctuation(s.tokens().get(j).text())) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Participles of handing something over or carrying it out: "the doses would be delivered in the second quarter"
     * (not "disbursed": "Sandvik said the money would be disbursed in two tranches" is, for annotators, how money
     * reaches someone, often another's money, not the speaker's side's pledge).
     */
    private static final Set<String> DELIVERING = Words.set("delivered", "shipped", "sent", "deployed",
            "transferred", "handed", "released", "distributed", "allocated", "provided", "supplied", "prioritised",
            "prioritized", "published", "launched", "opened", "completed", "set");

    /**
     * "Guo Jiakun said the aid would be delivered through the Red Cross": a passive of handing over or carrying out
     * (what "would be delivered from South Korea" is received, see {@link #deliveredFrom}).
     */
    private static boolean delivered(Sentence s, int from) {
        int k = participleAfterBe(s, from);
        return k >= 0 && DELIVERING.contains(s.tokens().get(k).folded());
    }

    /**
     * Participles of a government's own measures: "Sitharaman said a new Income Tax Bill would be introduced", "the loan
     * limit would be enhanced", "customs duty would be fully exempted": an official who serves a state announces what
     * the state will do.
     */
    private static final Set<String> ENACTING = Words.set("introduced", "enhanced", "exempted", "waived", "abolished",
            "scrapped", "implemented", "established", "expanded", "increased", "raised", "cut",
            "inducted", "doubled", "tripled");

    private static boolean enacted(Sentence s, int from) {
        int k = participleAfterBe(s, from);
        return k >= 0 && ENACTING.contains(s.tokens().get(k).folded());
    }

    /** A state's people under arms, as a passive's subject: "Polish soldiers will not be deployed". */
    private static final Set<String> SERVICE_PEOPLE = Words.set("troops", "soldiers", "peacekeepers", "forces",
            "personnel", "instructors", "trainers");
    /** Participles of sending people somewhere, or bringing them home. */
    private static final Set<String> POSTING = Words.set("deployed", "sent", "stationed", "based", "posted", "dispatched",
            "withdrawn", "rotated");

    /**
     * '"Polish soldiers will not be deployed in Ukraine," the minister said': a state's troops are sent by that state,
     * which the passive's subject names (its demonym), so it commits (not "Russian forces will be pushed back").
     */
    private static boolean postedByTheirState(Sentence s, Cue cue) {
        int k = participleAfterBe(s, cue.end());
        return k >= 0 && POSTING.contains(s.tokens().get(k).folded()) && cue.start() > 0
                && SERVICE_PEOPLE.contains(Tokens.folded(s, cue.start() - 1));
    }

    /** Participles of what befalls a thing rather than what someone does to it: "would not be affected". */
    private static final Set<String> BEFALLING = Words.set("affected", "impacted", "disrupted", "harmed", "hit", "hurt",
            "interrupted", "compromised", "jeopardised", "jeopardized", "endangered");

    /**
     * "COGAT said humanitarian access would not be affected": a passive of what befalls the subject is a reassurance
     * about it, not the institution's plan (the rule for passives in its words reads acts: "would be held").
     */
    private static boolean undergone(Sentence s, int from) {
        int k = participleAfterBe(s, from);
        return k >= 0 && BEFALLING.contains(s.tokens().get(k).folded());
    }

    /**
     * The index of the word after "be" that follows a modal's end at {@code from}, past adverbs ("will once again be
     * singled out"), or -1 when no "be" comes next: where a passive's participle stands.
     */
    private static int participleAfterBe(Sentence s, int from) {
        int k = from;
        while (k < s.tokens().size() && (LEADING_ADVERBS.contains(s.tokens().get(k).folded())
                || s.tokens().get(k).folded().equals("once") || s.tokens().get(k).folded().equals("again"))) {
            k++;
        }
        return k + 1 < s.tokens().size() && s.tokens().get(k).folded().equals("be") ? k + 1 : -1;
    }

    private boolean mentionsAPledge(Sentence s, int from) {
        if (!conditions.find(s, from, s.tokens().size()).isEmpty()) {
            return true;
        }
        for (int i = from; i < s.tokens().size(); i++) {
            if (PLEDGE_NOUNS.contains(s.tokens().get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause of a cue ends: before ", which", ", while", ", but", "; " and the like, so that
     * "Germany would pay for four systems, two of which could be delivered ... if production
     * schedules held" does not take the relative clause's condition.
     */
    private static final Set<String> HEDGING_MODALS = Words.set("could", "might", "may");
    private static final java.util.regex.Pattern SELF_DETERMINATION = java.util.regex.Pattern.compile(
            "(decide|determine|choose|shape) (its|their|our|her|his) own (future|fate|destiny|path)");
    /**
     * "Australia will decide what Australia spends", "Japan would decide its spending on our own initiative", "Manila
     * would decide on deployments on its own", "we will decide at the appropriate time": who holds a choice, or that it
     * will be made one day, which annotators did not record as a pledge (none of the 17 such lines of the tuned batches;
     * "would decide on its participation once ...", "will decide by the end of next year whether to build" are).
     */
    private static final java.util.regex.Pattern OWN_CHOICE = java.util.regex.Pattern.compile(
            "decide (?:(?:what|which|who|how)\\b|for (?:itself|themselves|ourselves|himself|herself)\\b"
            + "|(?:on )?(?:its|their|our|her|his) own\\b|at the appropriate time|on the basis of|.{0,40}\\bon (?:its|their|our) own\\b)");

    /**
     * "would not absorb more refugees without more international help", "will not disarm while Israel occupies Lebanese
     * land": what a refusal waits for, right after its action (not after a comma, where "while" contrasts), up to the
     * next comma; null when there is none.
     */
    private static int[] refusalCondition(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        for (int k = from + 1; k + 1 < Math.min(to, tokens.size()); k++) {
            String w = tokens.get(k).folded();
            if (Tokens.isQuoteMark(tokens.get(k).text()) && REFUSAL_TERMS.contains(tokens.get(k + 1).folded())) {
                // 'would not let the figure slip "while we are asking others to do more"': a partial quote that opens
                // with the term
                continue;
            }
            if (tokens.get(k).text().equals(",") || Tokens.isQuoteMark(tokens.get(k).text())) {
                return null;
            }
            boolean opens = w.equals("without") && !tokens.get(k + 1).folded().equals("elaborating")
                    || w.equals("while") && !tokens.get(k + 1).folded().endsWith("ing");
            if (opens) {
                int end = k + 1;
                while (end < Math.min(to, tokens.size()) && !tokens.get(end).text().equals(",")
                        && !tokens.get(end).text().equals(".") && !Tokens.isQuoteMark(tokens.get(end).text())
                        // "would not approve a relocation while talks were ongoing and wanted the Rays' future settled":
                        // what the speaker did next is no part of the condition
                        && !(tokens.get(end).folded().equals("and") && end + 1 < tokens.size()
                            && ConditionFinder.SPEAKERS_NEXT_ACTS.contains(tokens.get(end + 1).folded()))) {
                    end++;
                }
                return end > k + 1 ? new int[] {tokens.get(k).start(), tokens.get(end - 1).end()} : null;
            }
        }
        return null;
    }

    /** Words that open the term of a refusal: "will not ... without", "would not ... while". */
    private static final Set<String> REFUSAL_TERMS = Words.set("without", "while");

    /** "was prepared to", "were ready to", "was willing to". */
    private static boolean pastReadiness(Cue cue) {
        List<String> words = cue.phrase().words();
        return words.size() >= 2 && (words.get(0).equals("was") || words.get(0).equals("were"))
                && READINESS.contains(words.get(1));
    }

    /** What opens a second verb phrase of the same subject: "and would", "and was prepared to", "and is considering". */
    private static boolean secondPredicate(List<Token> tokens, int at) {
        String w = tokens.get(at).folded();
        if (w.equals("would") || w.equals("will") || w.equals("could") || w.equals("might")) {
            return true;
        }
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).folded() : "";
        return (w.equals("was") || w.equals("is") || w.equals("were") || w.equals("are"))
                && SECOND_PREDICATES.contains(next);
    }

    private static final Set<String> SECOND_PREDICATES = Words.set("prepared", "ready", "willing", "considering",
            "studying", "weighing", "open");

    /**
     * An "if", "unless", "provided" or "depending" from {@code from} on, with no comma before it: a condition of the
     * verb phrase next to it (", provided that the restrictions were lifted" goes with the whole sentence).
     */
    private static boolean openingConditionAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (CLAUSE_CONDITIONS.contains(tokens.get(k).folded())) {
                return !tokens.get(k - 1).text().equals(",");
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_CONDITIONS = Words.set("if", "unless", "provided", "providing", "depending");

    private static final Set<String> CONDITIONS_AFTER_RELATIVE = Words.union(CLAUSE_CONDITIONS, "once", "subject");

    /**
     * The comma closing a short relative clause opened at {@code which} when a condition opens right after it
     * (", which has no money attached, if ...", ", which was cancelled in 2020, once a fresh feasibility study was
     * completed"); else -1.
     */
    private static int conditionAfterRelativeClause(List<Token> tokens, int which) {
        for (int k = which + 1; k + 1 < tokens.size() && k < which + 12; k++) {
            String t = tokens.get(k).text();
            if (t.equals(",")) {
                return CONDITIONS_AFTER_RELATIVE.contains(tokens.get(k + 1).folded()) ? k : -1;
            }
            if (t.equals(";") || t.equals(".") || Tokens.isQuoteMark(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Words after "no" that do not refuse: "no later than", "no more than"; "spare no effort", "leave no stone
     * unturned", "make no mistake", "lose no time" promise the more.
     */
    private static final Set<String> NOT_REFUSING = Words.set("later", "less", "more", "fewer", "longer", "sooner",
            "earlier", "effort", "efforts", "stone", "mistake", "secret", "time", "doubt", "expense");

    /**
     * "Not one euro of it will go to plug holes in the budget", "No one will be moved without consultation", "No
     * Hungarian soldier will go to Ukraine": a clause whose subject opens with a negation refuses what follows.
     */
    private static boolean refusingSubject(Sentence s, int cue) {
        int k = subjectStart(s, cue) - 1;
        String first = Tokens.folded(s, k + 1);
        // ("Nobody in Beijing believes a plant will be profitable": the negation belongs to another verb)
        return k + 1 < cue && !java.util.Arrays.asList(s.tags(k + 1, cue)).contains("VERB")
                && (REFUSING_SUBJECTS.contains(first) || first.equals("not") && NOT_ONE.contains(Tokens.folded(s, k + 2)));
    }

    /** Where the subject of the clause of the modal at {@code cue} starts, read backwards from it. */
    private static int subjectStart(Sentence s, int cue) {
        int k = cue - 1;
        while (k >= 0 && !SUBJECT_BOUNDS.contains(Tokens.folded(s, k)) && !Tokens.isQuoteMark(s.tokens().get(k).text())
                && !(k < cue - 1 && SAYING_BEFORE_SUBJECT.contains(Tokens.folded(s, k)))) {
            // ("GM said no hourly workers would be laid off": the subject starts after the verb of saying)
            k--;
        }
        return k + 1;
    }

    /**
     * "Every worker who is owed will be paid", "Each returnee will be profiled", "all social obligations of the state
     * will be fulfilled": a clause whose subject opens with "every", "each" or "all" guarantees what all of them will
     * undergo (its verbs only in a relative clause: "Every expert says prices will be raised" is no such subject).
     */
    private static boolean universalSubject(Sentence s, int cue) {
        int start = subjectStart(s, cue);
        if (start >= cue || !UNIVERSALS.contains(Tokens.folded(s, start))) {
            return false;
        }
        for (int k = start + 1; k < cue; k++) {
            if (RELATIVES.contains(Tokens.folded(s, k))) {
                return true;
            }
            if (s.isVerbAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Determiners of a subject that takes in every one of its kind: "every worker", "each returnee", "all workers". */
    private static final Set<String> UNIVERSALS = Words.set("every", "each", "all");
    /** Words that open a relative clause inside a subject: "Every worker who is owed". */
    private static final Set<String> RELATIVES = Words.set("who", "that", "which", "whose");

    /** Participles of being judged: "every ally will be held to it", "each undertaking would be assessed". */
    private static final Set<String> JUDGED_BY = Words.set("held", "measured", "judged", "examined", "assessed",
            "evaluated", "reviewed", "linked");

    /** "Every ally will be held to account": what all of them will be judged by is no guarantee of the speaker's. */
    private static boolean judged(Sentence s, int from) {
        int k = participleAfterBe(s, from);
        return k >= 0 && JUDGED_BY.contains(s.tokens().get(k).folded());
    }

    private static final Set<String> SAYING_BEFORE_SUBJECT = Words.set("said", "says", "told", "announced", "added", "stated",
            "insisted", "confirmed", "promised", "pledged", "vowed", "assured", "guaranteed");

    /** Where the subject of a clause begins, read backwards from its verb. */
    private static final Set<String> SUBJECT_BOUNDS = Words.set(",", ";", ":", "that", "and", "but");
    private static final Set<String> REFUSING_SUBJECTS = Words.set("no", "nobody", "none", "nothing", "neither");
    /** "Not one euro", "not a single shilling". */
    private static final Set<String> NOT_ONE = Words.set("one", "a", "single");

    /**
     * A modal and its negation within the first eight words of a promise's action ("promised the Italian government it
     * will not close ..."): the promised clause's own verb is refused.
     */
    private static boolean promisesARefusal(Sentence s, int from, int to) {
        for (int k = from + 1; k + 2 < Math.min(to, from + 8); k++) {
            String w = Tokens.folded(s, k);
            boolean negated = SECOND_MODALS.contains(w) && (Tokens.folded(s, k + 1).equals("not")
                    || Tokens.folded(s, k + 1).equals("never"));
            boolean contracted = CONTRACTED_REFUSALS.contains(w);
            if (negated || contracted) {
                // the promiser's own act ("it will not close", "the state would not raise") or a passive ("taxes would
                // not be raised"), not what a thing will not cause ("its data centers won't push up bills": an outcome
                // promised, firm)
                int verb = k + (negated ? 2 : 1);
                return AGENTS.contains(Tokens.folded(s, k - 1)) || Tokens.folded(s, verb).equals("be");
            }
        }
        return false;
    }

    /** "won't", "wouldn't" as one token (folding makes the curly apostrophe straight). */
    private static final Set<String> CONTRACTED_REFUSALS = Words.set("won't", "wouldn't");

    /** Subjects that act themselves: the promiser's pronoun or a body's noun. */
    private static final Set<String> AGENTS = Words.set("it", "we", "they", "he", "she", "i", "government", "state",
            "administration", "company", "group", "country", "kingdom", "bank", "union", "ministry", "party", "coalition");

    /** "make no new contributions", "build no new coal plants": a verb whose object is "no ...". */
    private static boolean refusedObject(String action) {
        String[] words = action.split(" ");
        return words.length >= 3 && words[1].equals("no") && !NOT_REFUSING.contains(words[2]);
    }

    /** "if needed", "if necessary", "if required" from {@code from} on: a condition with no clause of its own. */
    private static boolean verblessConditionAfter(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).folded().equals("if") && VERBLESS_CONDITIONS.contains(tokens.get(k + 1).folded())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VERBLESS_CONDITIONS = Words.set("needed", "necessary", "required");

    /** A hedged verb phrase at {@code k}, maybe after its subject pronoun: "could open", "we stand ready to", "we are prepared to". */
    private static boolean hedgeOpens(List<Token> tokens, int k) {
        int verb = k < tokens.size() && Words.SUBJECT_PRONOUNS.contains(tokens.get(k).folded()) ? k + 1 : k;
        if (verb >= tokens.size()) {
            return false;
        }
        String w = tokens.get(verb).folded();
        // ("and we are prepared to do more if needed", "and we are ready to include non-members if they wish to join": a
        // subject of its own; "remains committed to a settlement and is ready to continue talks provided that ..." is one
        // pledge under its condition)
        return HEDGING_MODALS.contains(w) || ((w.equals("stand") || w.equals("stands")) && verb + 1 < tokens.size()
                && tokens.get(verb + 1).folded().equals("ready"))
                || verb > k && (w.equals("are") || w.equals("is") || w.equals("am")) && verb + 1 < tokens.size()
                    && READINESS.contains(tokens.get(verb + 1).folded());
    }

    /** Words of readiness that stand for a modal: "is ready to", "was willing to", "stands prepared to". */
    static final Set<String> READINESS = Words.set("prepared", "ready", "willing");


    /**
     * "the department “will not fund discrimination” and would review the city’s certification “promptly and fairly”":
     * after a refusal in the speaker's quoted words, the reporter's "and would ..." is a pledge of its own, and the
     * other way round.
     */
    private static boolean afterAQuotedRefusal(Sentence s, Cue cue, int coveredTo, FoundCommitment before) {
        if (cue.start() < coveredTo || cue.start() < 2 || !cue.phrase().modal() || !Tokens.folded(s, cue.start() - 1).equals("and")
                || (cue.modality() == Modality.NEGATED) == (before.modality() == Modality.NEGATED)) {
            return false;
        }
        for (int k = Math.max(0, coveredTo); k < cue.start() - 1; k++) {
            if (Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A condition (the character span {@code cond}) that limits only a second verb phrase after the pledge whose cue ends
     * at {@code cueEnd}: one of duration after "and" and a modal of its own ("and will not apply ... while negotiations
     * continue"), or any after "and" and a modal of power ("and can claw back funds if ...").
     */
    private static boolean limitsALaterPledge(Sentence s, int cueStart, int cueEnd, int[] cond) {
        int at = Tokens.tokenAt(s, cond[0]);
        if (at < 0) {
            return false;
        }
        boolean duration = DURATIONS.contains(Tokens.folded(s, at));
        for (int k = cueEnd; k + 1 < at; k++) {
            if (Tokens.folded(s, k).equals("but") && contrastedPledge(s, k + 1, at) && !onlyBetween(s, k + 1, at)) {
                // "intended to use SAF for 10% of its fuel by 2030, but that it would not go beyond the mandate unless
                // the price gap narrowed": the condition limits the contrasted pledge after "but", not the first one
                // (but "plans to order eight frigates, but the contract will only be signed once the committee
                // approves": "only" makes the whole deal wait for it)
                return true;
            }
            String second = Tokens.folded(s, k + 1);
            if (Tokens.folded(s, k).equals("and") && readyToDoMore(s, k + 1, at)) {
                // "would provide $12 million ... and was \"ready to do more\" if the security situation allowed": the
                // offer of more waits for the condition, the pledge made before it does not (annotators wrote the first
                // firm in all six such sentences of the tuned batches, the offer as a second, optional, pledge)
                return true;
            }
            if (Tokens.folded(s, k).equals("and") && k + 2 < at && Words.SUBJECT_PRONOUNS.contains(second)
                    && SECOND_MODALS.contains(Tokens.folded(s, k + 2))
                    && !(cueStart > 0 && Words.RELATIVE_PRONOUNS.contains(Tokens.folded(s, cueStart - 1)))) {
                // "We will hire 1,200 new inspectors next year, and we will extend the moratorium to the Cerrado if the
                // states agree": a second clause with a subject and a modal of its own carries its own terms (not after
                // a relative clause's "which will be rolled out over six years", which is no pledge of its own)
                return true;
            }
            if (Tokens.folded(s, k).equals("and") && secondClauseWithItsOwnSubject(s, k + 1, at)) {
                // "said the government would fast-track approvals and that the first 1,000 megawatts could be connected
                // by 2027 if Eskom completed two substations": a second reported clause, with its own subject, carries
                // its own terms
                return true;
            }
            if (Tokens.folded(s, k).equals("and") && (duration && SECOND_MODALS.contains(second) || POWERS.contains(second))) {
                // ("will disburse the money in tranches ... and can claw back funds if the company misses them": what
                // the second verb may do under the condition is a power it keeps, not what the first waits for)
                return true;
            }
        }
        return false;
    }

    /** Between {@code from} and {@code to}: "ready (prepared, willing) to do (give, contribute) more". */
    private static boolean readyToDoMore(Sentence s, int from, int to) {
        for (int k = from; k + 3 < to; k++) {
            if (READINESS.contains(Tokens.folded(s, k)) && Tokens.folded(s, k + 1).equals("to")) {
                for (int j = k + 2; j < Math.min(to, k + 5); j++) {
                    if (Tokens.folded(s, j).equals("more")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * After "and" at {@code from}: "that" and a clause of its own, unless its subject names a side by a single
     * capitalised word right before its modal ("and that Oslo would contribute ... if other donors matched it": the
     * side named again is the pledge itself).
     */
    private static boolean secondClauseWithItsOwnSubject(Sentence s, int from, int limit) {
        if (from >= limit || !Tokens.folded(s, from).equals("that")) {
            return false;
        }
        int subject = from + 1;
        boolean namedSide = subject + 1 < limit && s.tokens().get(subject).isCapitalized()
                && SECOND_MODALS.contains(Tokens.folded(s, subject + 1));
        return !namedSide;
    }

    /** Whether "only" stands after {@code from}, up to the condition's first word at {@code limit} ("only if"). */
    private static boolean onlyBetween(Sentence s, int from, int limit) {
        for (int k = from; k <= limit && k < s.tokens().size(); k++) {
            if (Tokens.folded(s, k).equals("only")) {
                return true;
            }
        }
        return false;
    }

    /** "but (that) (it) would ...": a modal within four words after "but", before {@code limit}. */
    private static boolean contrastedPledge(Sentence s, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 4); k++) {
            if (SECOND_MODALS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of refusal after a modal: "will refuse to", "would decline to". */
    private static final List<String> REFUSALS = List.of("refuse to ", "decline to ");
    /** "hesitate to ", with the quotation mark a partial quote may close after it: 'will not hesitate" to sanction'. */
    private static final java.util.regex.Pattern NOT_HESITATING = java.util.regex.Pattern.compile("hesitate[\"\u201D\u2019']? to ");

    /**
     * Whether token {@code at} lies inside the relative clause of a name (", which ...,", ", who ...,") that closes
     * before the cue at {@code cue}.
     */
    private static boolean insideRelativeClauseBefore(Sentence s, int at, int cue) {
        if (at < 0 || at >= cue) {
            return false;
        }
        int open = -1;
        for (int k = at - 1; k > 0; k--) {
            String w = Tokens.folded(s, k);
            if (w.equals(",")) {
                break;
            }
            if ((w.equals("which") || w.equals("who")) && Tokens.folded(s, k - 1).equals(",")) {
                // (of a named side: "the money, which is subject to approval by the National Assembly, would be
                // used" says what the pledge waits for)
                open = k >= 2 && s.tokens().get(k - 2).isCapitalized() ? k : -1;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = at + 1; k < cue; k++) {
            if (Tokens.folded(s, k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** What "there will be no ..." denies when it promises the opposite: "no shortage of funds". */
    private static final Set<String> LACKS = Words.set("shortage", "lack", "dearth", "scarcity");

    /** First words of conditions that last: "while talks continue", "until it is disarmed", "within a month of ...". */
    private static final Set<String> DURATIONS = Words.set("while", "until", "within", "pending");
    /** Modals of a power kept in reserve after a pledge: "and can claw back", "and may impose". */
    private static final Set<String> POWERS = Words.set("can", "may", "might");
    private static final Set<String> SECOND_MODALS = Words.set("will", "would", "could", "shall", "'ll", "\u2019ll");
    /** What opens a subject's own clause after it ({@link #anotherSubjectActs}): a modal, or a finite verb of stance. */
    private static final Set<String> CLAUSE_VERBS = Words.union(SECOND_MODALS, "can", "may", "might", "stands", "stand",
            "is", "are", "plans", "intends", "pledged", "promised", "has", "have");

    /**
     * The end of the clause of a pledge by {@code actors}, read on past ", and <subject> <verb>" when that subject is
     * of the same side: "individual Allies ... are ready to provide guarantees, and NATO could support them ... if they
     * ask us", read as NATO's, keeps its condition (another side's clause has its own).
     */
    private static int clauseEnd(Sentence s, int from, List<Entity> actors, ActorFinder actorFinder) {
        List<Token> tokens = s.tokens();
        int end = clauseEnd(s, from);
        while (end + 2 < tokens.size() && tokens.get(end).text().equals(",") && tokens.get(end + 1).folded().equals("and")
                && anotherSubjectActs(tokens, end + 2)) {
            Entity subject = actorFinder.mentionedAt(s, end + 2);
            if (subject == null || !sameSide(subject, actors)) {
                break;
            }
            end = clauseEnd(s, end + 1);
        }
        return end;
    }

    /**
     * "if Türkiye, as the guardian of the straits, agrees": the comma at {@code comma} follows a condition's opener and
     * its subject of a word or two, and the insert after it leads to the condition's verb.
     */
    private static boolean conditionsSubjectBefore(Sentence s, int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - 3); k--) {
            String w = Tokens.folded(s, k);
            if (w.equals("if") || w.equals("unless") || w.equals("once")) {
                return k + 1 < comma && !s.hasVerb(k + 1, comma);
            }
        }
        return false;
    }

    private static int clauseEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        for (int k = from; k + 1 < tokens.size(); k++) {
            String t = tokens.get(k).text();
            if (t.equals("\u2014") && pairedDash(tokens, k) > 0) {
                // "air defence support — a so-called backstop — but only once a peace deal was signed": the words
                // between two dashes are an aside, and the clause goes on after them
                k = pairedDash(tokens, k);
                continue;
            }
            if (t.equals(";") || t.equals("\u2014")) {
                return k;
            }
            if (t.equals(",") && tokens.get(k + 1).folded().equals("and") && k + 2 < tokens.size()
                    && tokens.get(k + 2).folded().equals("that")) {
                // ", and that ...": the next reported clause, with conditions of its own (but the gold reads "and
                // that ..." without the comma, and ", but that any deployment would require a mandate", as
                // conditions of the first pledge)
                return k;
            }
            if (t.equals(",") && tokens.get(k + 1).folded().equals("but") && k + 2 < tokens.size()
                    && !tokens.get(k + 2).folded().equals("that") && !tokens.get(k + 2).folded().equals("only")
                    && (reportFollows(tokens, k + 2) || concessionFollows(tokens, k + 2))
                    && !REPORTING.contains(tokens.get(k + 2).folded())) {
                // "pledged a combined €6bn ..., but officials conceded that investors would not commit while the war
                // continued": someone else's report, with its own conditions
                return k;
            }
            if (t.equals(",") && tokens.get(k + 1).folded().equals("and") && anotherSubjectActs(tokens, k + 2)) {
                // "Egypt will host the conference, and Türkiye stands ready to contribute ..., subject to ...": the
                // condition after the second subject's verb is that subject's
                return k;
            }
            if (t.equals(",") && tokens.get(k + 1).folded().equals("and") && k + 2 < tokens.size()
                    && tokens.get(k + 2).isCapitalized() && reportFollows(tokens, k + 2)) {
                // "Canada pledged C$200 million, and Belgium said it would ... if ...": another speaker's clause
                return k;
            }
            if (t.equals("and") && k > from && (hedgeOpens(tokens, k + 1)
                    || Tokens.isQuoteMark(tokens.get(k + 1).text()) && k + 2 < tokens.size()
                        && HEDGING_MODALS.contains(tokens.get(k + 2).folded()))) {
                // "would hire 1,200 engineers and could open a second line if orders materialise", "We will continue
                // to provide support, and we stand ready to consider further measures if ...": the hedged second
                // verb phrase has the condition; the first is firm
                return k;
            }
            if (t.equals("and") && k > from && secondPredicate(tokens, k + 1) && openingConditionAfter(tokens, k + 2)) {
                // "would give 1 billion crowns this year and was prepared to add more next year if access improves",
                // "would monitor filling levels and would propose binding measures if any country fell below 60%":
                // an "if" after a second verb phrase conditions that one (a time, "after the fighting stops",
                // goes with both)
                return k;
            }
            if (t.equals("and") && k > from && (tokens.get(k + 1).folded().equals("would") || tokens.get(k + 1).folded().equals("will"))
                    && verblessConditionAfter(tokens, k + 2)) {
                // "would table a new draft text on Wednesday and would keep negotiators working through the night if
                // needed": a condition without a verb of its own qualifies the verb phrase next to it (but a full
                // clause, "... and will establish hubs after the fighting stops", conditions both, as annotators read it)
                return k;
            }
            if (t.equals("but") && k + 1 < tokens.size() && looksLikeVerb(tokens.get(k + 1).folded())
                    && !decidesLater(tokens, k + 1)) {
                // (but "was considering a contribution but would decide only after the budget was passed": the
                // decision put off is the condition of what is considered)
                // "would study the plan but rejected any ceasefire without ...": a second clause
                return k;
            }
            if (t.equals(",")) {
                String next = tokens.get(k + 1).folded();
                String after = k + 2 < tokens.size() ? tokens.get(k + 2).folded() : "";
                int close = next.equals("which") || next.equals("according") && after.equals("to")
                        ? conditionAfterRelativeClause(tokens, k + 1) : -1;
                if (close > 0) {
                    // "may ask for a policy coordination instrument, which has no money attached, if investors want
                    // that comfort": a relative clause on the object, and the pledge's own condition after it; so
                    // after a source put in between ("offered to back a goal of $120 billion, according to a draft
                    // text seen by Reuters, provided that major emerging economies agreed")
                    k = close;
                    continue;
                }
                boolean approvalConceded = (next.equals("though") || next.equals("although"))
                        && ConditionFinder.approvalNeededWithin(tokens, k + 2);
                if (((CLAUSE_OPENERS.contains(next) && !approvalConceded && !(next.equals("as") && (after.equals("long") || after.equals("soon")
                        // (", as well as air assets, once ...": more of the object, not a clause of its own)
                        || after.equals("well"))))
                        || REPORTING.contains(next)) && !conditionsSubjectBefore(s, k)) {
                    // (", as long as the route remains open" is the pledge's condition)
                    // ", said Maros Sefcovic ..., after signing the agreement": the attribution, not the pledge
                    return k;
                }
                if (k + 3 < tokens.size() && tokens.get(k + 2).folded().equals("of") && tokens.get(k + 3).folded().equals("which")) {
                    return k;
                }
            }
        }
        return tokens.size();
    }

    /** The dash that closes an aside opened by the dash at {@code open}, within eight words (a list, fourteen), or -1. */
    private static int pairedDash(List<Token> tokens, int open) {
        // "measures — including diplomatic, economic, and, if necessary, military — to defend": a list inside the
        // dashes may run longer and hold commas
        boolean list = open + 1 < tokens.size() && tokens.get(open + 1).folded().equals("including");
        for (int k = open + 2; k < Math.min(tokens.size() - 1, open + (list ? 16 : 10)); k++) {
            String t = tokens.get(k).text();
            if (t.equals("\u2014")) {
                return k;
            }
            if (t.equals(",") && !list || t.equals(";") || t.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** "would decide only after", "will only decide once", "would make a decision after" from {@code from}. */
    private static boolean decidesLater(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size() - 1, from + 5); k++) {
            String w = tokens.get(k).folded();
            if (w.equals("decide") || w.equals("decision")) {
                String next = tokens.get(k + 1).folded();
                return next.equals("only") || next.equals("after") || next.equals("once") || next.equals("until")
                        || next.equals("when");
            }
        }
        return false;
    }

    /** Verbs of saying that a speaker refuses in the first person singular: words withheld, not an act refused. */
    private static final Set<String> WORDS_WITHHELD = Words.set("announce", "negotiate", "write", "add", "comment",
            "speculate", "lie", "blame", "dodge", "duck", "predict", "prejudge", "discuss", "say", "tell", "speak", "talk",
            "answer", "respond", "guess", "reveal", "disclose", "confirm", "deny", "preempt", "pre-empt", "name");

    /** Whether "I" (maybe with "am" or "'m") is the subject right before {@code cue}: "I'm not going to", "I will not". */
    private static boolean firstPersonSingularBefore(Sentence s, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - 2); k--) {
            String w = Tokens.folded(s, k);
            if (w.equals("i")) {
                return true;
            }
            if (!(w.equals("am") || w.equals("'m") || w.equals("\u2019m"))) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of expecting before "that": "is betting that", "thinks that", "is counting on the fact that". */
    private static final Set<String> EXPECTING = Words.set("betting", "bets", "bet", "banking", "banks", "gambling",
            "gambles", "calculating", "calculates", "assuming", "assumes", "thinks", "believes", "expects", "hopes",
            "hoping", "fact");

    /**
     * Whether the clause of the cue at {@code cue} hangs on another's expectation ("Putin is betting that we will tire",
     * "Moscow thinks that we will blink"): "that" at most three words before the cue, a verb of expecting before it,
     * and a third party as that verb's subject (not "we" or "I", whose hope may be their plan).
     */
    private static boolean othersExpectation(Sentence s, int cue) {
        int k = thatBefore(s, cue, 4);
        if (k < 2 || !EXPECTING.contains(Tokens.folded(s, k - 1))) {
            return false;
        }
        int subject = k - 2;
        while (subject > 0 && (BE_FORMS.contains(Tokens.folded(s, subject)) || Tokens.folded(s, subject).equals("on")
                || Tokens.folded(s, subject).equals("the") || Tokens.folded(s, subject).equals("counting"))) {
            subject--;
        }
        String w = Tokens.folded(s, subject);
        return s.tokens().get(subject).isCapitalized() && !w.equals("we") && !w.equals("i")
                || w.equals("he") || w.equals("she") || w.equals("they");
    }

    /** The nearest "that" at most {@code reach} tokens before the cue at {@code cue}, or -1. */
    private static int thatBefore(Sentence s, int cue, int reach) {
        for (int k = cue - 1; k >= Math.max(0, cue - reach); k--) {
            if (Tokens.folded(s, k).equals("that")) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> BE_FORMS = Words.set("is", "are", "was", "were", "'s", "\u2019s");

    /** What one reads in the news, not hears pledged: "no indication that", "no sign that". */
    private static final Set<String> SIGNS = Words.set("indication", "indications", "sign", "signs", "evidence", "suggestion");

    /** "no indication that the US will walk away": the cue's clause follows "no sign that" within six words. */
    private static boolean noSignThat(Sentence s, int cue) {
        int that = thatBefore(s, cue, 6);
        return that >= 2 && SIGNS.contains(Tokens.folded(s, that - 1)) && Tokens.folded(s, that - 2).equals("no");
    }

    /** Roles of those who comment on what states do rather than speak for one. */
    private static final java.util.regex.Pattern COMMENTATORS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:economist|analyst|expert|professor|researcher|strategist|fellow|scholar)s?\\b");

    /** "Hugh Lovatt, a senior policy fellow at", "Razia Khan, chief economist for Africa and the Middle East at". */
    private static final java.util.regex.Pattern COMMENTATOR_APPOSITION = java.util.regex.Pattern.compile(
            ", (?:a |an |the )?(?:[\\w-]+ ){0,4}(?:analyst|fellow|economist|professor|researcher|strategist|scholar|lecturer)s?"
                    + " (?:at|of|with|for|from)\\b");

    /**
     * Whether the speaker, whom the article ties to no country, is named in this sentence with a commentator's apposition
     * and speaks of others than the body they work at.
     */
    private static boolean commentatorByApposition(Sentence s, Entity speaker, List<Entity> actors) {
        if (speaker == null || speaker.type() != EntityType.PERSON || speaker.country() != null
                || actors.stream().anyMatch(a -> a.id().equals(speaker.organization()))) {
            return false;
        }
        String sentence = s.text();
        String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
        int at = sentence.indexOf(surname + ",");
        return at >= 0 && COMMENTATOR_APPOSITION.matcher(sentence).region(at + surname.length(), sentence.length()).lookingAt();
    }

    /** Those paid to forecast (not "Professor", which heads many a minister's name: "Prof Prasad said the Government would"). */
    private static final java.util.regex.Pattern FORECASTERS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:economist|analyst|strategist)s?\\b");

    /**
     * True when analysts, economists or experts ("Analysts at Bernstein", "an economist at ING") speak of what others
     * will do: none of the actors is them or their employer.
     */
    private static boolean commentatorsOnOthers(Entity speaker, List<Entity> actors) {
        boolean commentators = speaker != null && (speaker.type() == EntityType.GROUP && FORECASTERS.matcher(speaker.name()).find()
                || speaker.type() == EntityType.PERSON && speaker.role() != null && FORECASTERS.matcher(speaker.role()).find());
        if (commentators && speaker.type() == EntityType.GROUP && actors.stream().allMatch(a -> a.id().equals(speaker.id()))) {
            // "Analysts at Morningstar said ... its insurance would cover most of it": forecasters as a group pledge
            // nothing; what reads as theirs is a pronoun they were quoted about
            return true;
        }
        return commentators && actors.stream().noneMatch(a -> a.id().equals(speaker.id()) || a.id().equals(speaker.organization()));
    }

    /**
     * True when the speaker speaks for a known country and every actor is another country: what one
     * government says another "could" do is a guess. (An official may speak for a body their country
     * belongs to, so organisations are never "others".)
     */
    private static boolean aboutOthers(Entity speaker, List<Entity> actors) {
        if (speaker == null || actors.stream().anyMatch(a -> a.type() != EntityType.COUNTRY)) {
            return false;
        }
        if (speaker.type() == EntityType.ORGANIZATION && speaker.country() == null) {
            // "Russia could test NATO, according to a report by the IISS": a think tank's forecast
            return true;
        }
        if (speaker.type() == EntityType.PERSON && speaker.country() == null && speaker.organization() == null
                && speaker.role() != null && COMMENTATORS.matcher(speaker.role()).find()) {
            // "Economist Dr Khaqan Najeeb ... warned that Pakistan could not keep relying on friendly countries": a
            // commentator's forecast
            return true;
        }
        String side = speaker.type() == EntityType.PERSON
                ? (speaker.country() != null ? speaker.country() : speaker.organization())
                : speaker.type() == EntityType.COUNTRY ? speaker.id() : null;
        if (side == null) {
            return false;
        }
        for (Entity a : actors) {
            if (side.equals(a.id()) || side.equals(a.country()) || side.equals(a.organization()) || a == speaker) {
                return false;
            }
        }
        return true;
    }

    /** True when every actor is a group of a country ("Korean companies") other than the speaker's. */
    private static boolean foreignGroups(Entity speaker, List<Entity> actors) {
        String side = speaker == null ? null : speaker.type() == EntityType.COUNTRY ? speaker.id() : speaker.country();
        return side != null && actors.stream().allMatch(a -> a.type() == EntityType.GROUP && a.country() != null
                && !a.country().equals(side));
    }

    /** Participles after "be" whose subject is given something: "will be given a cash grant", "be offered a bed". */
    private static final Set<String> GIVEN_TO = Words.set("given", "offered", "granted", "awarded");
    private static final Set<String> DEFINITE_OPENERS = Words.set("the", "its", "their", "his", "her");
    private static final Set<String> OBJECT_OPENERS = Words.union(DEFINITE_OPENERS, "a", "an",
            "up", "about", "around", "at", "more", "additional", "another", "further", "extra");

    /**
     * Whether what follows the modal at {@code from} receives a thing: "receive 3,500 missiles", "get Rs 1.3 lakh",
     * "get an extra £450m", "be given a cash grant" (not "get there", "get sick", "get this done").
     */
    private static boolean receivesSomething(Sentence s, int from) {
        int k = Tokens.afterInsertedAdverb(s.tokens(), from);
        while (k < s.tokens().size() && LEADING_ADVERBS.contains(s.tokens().get(k).folded())) {
            k++;
        }
        if (k + 1 >= s.tokens().size()) {
            return false;
        }
        // (after a modal the verb is in its base form: the word itself, no lemmatizer, which is slow: this runs for
        // every modal cue in a statement)
        String verb = s.tokens().get(k).folded();
        String next = s.tokens().get(k + 1).folded();
        if (k + 2 < s.tokens().size() && OBJECT_OPENERS.contains(next) && s.tokens().get(k + 2).isCapitalized()) {
            // "he will receive the Prime Minister of Poland": a visitor, not a gift
            return false;
        }
        if (verb.equals("receive") || verb.equals("obtain")) {
            // "will receive compensation", "receive Rs. 2.5 million" (not "will receive directly": nothing named)
            return (s.tokens().get(k + 1).isWord() || Character.getType(next.charAt(0)) == Character.CURRENCY_SYMBOL)
                    && !next.endsWith("ly");
        }
        if (verb.equals("get")) {
            // (a sum or "an extra", not "get the orders", "get the jobs": what a sector gains from a policy; "will get
            // our support", "As long as Ukraine needs our help, it will get it": what the speaker's side gives)
            return OBJECT_OPENERS.contains(next) && !DEFINITE_OPENERS.contains(next) || Character.isDigit(next.charAt(0))
                    || next.equals("our") || next.equals("it") && saysOurBefore(s, from)
                    || Character.getType(next.charAt(0)) == Character.CURRENCY_SYMBOL || Currencies.isCode(next);
        }
        return verb.equals("be") && GIVEN_TO.contains(next);
    }

    /** Whether "our" comes before token {@code to}: "As long as Ukraine needs our support, it will get it". */
    private static boolean saysOurBefore(Sentence s, int to) {
        for (int k = 0; k < to; k++) {
            if (s.tokens().get(k).folded().equals("our")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entity is one of the actors or of the same country as one: its side already acts. */
    private static boolean sameSide(Entity e, List<Entity> actors) {
        String side = e.country() != null ? e.country() : e.id();
        for (Entity a : actors) {
            if (a == e || side.equals(a.country() != null ? a.country() : a.id())) {
                return true;
            }
        }
        return false;
    }

    /** For "receive/get/obtain ... from X": the mention X that gives, or null. */
    private static Entity giver(Sentence s, int from, int to, ActorFinder actorFinder) {
        if (from >= s.tokens().size() || !RECEIVE.contains(s.tokens().get(from).folded())) {
            return null;
        }
        for (int k = from + 1; k + 1 < Math.min(to + 1, s.tokens().size()); k++) {
            if (s.tokens().get(k).folded().equals("from")) {
                // ("will receive 200 migrants a week deported from the United States": where they come from, not who
                // gives them)
                return Words.isParticiple(s.tokens().get(k - 1).folded()) ? null : actorFinder.mentionedAt(s, k + 1);
            }
        }
        return null;
    }

    /** People a side takes in: "will receive up to 200 migrants a week" is the host's pledge, not a gain. */
    private static final Set<String> PEOPLE_TAKEN_IN = Words.set("migrants", "refugees", "deportees", "seekers",
            "patients", "evacuees", "returnees");

    /** Whether people to take in follow a receiving verb at {@code from}, within five words. */
    private static boolean takesPeopleIn(Sentence s, int from) {
        for (int k = from + 1; k < Math.min(s.tokens().size(), from + 6); k++) {
            if (PEOPLE_TAKEN_IN.contains(s.tokens().get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Participles of what a side is sent: "the first tanks would be delivered from South Korea". */
    private static final Set<String> DELIVERED = Words.set("delivered", "supplied", "shipped", "sent", "bought",
            "purchased", "imported", "procured", "sourced");

    /**
     * "Kosiniak-Kamysz said the first tanks would be delivered from South Korea next year": what the speaker's side
     * receives from a side the sentence names is no pledge of theirs, whatever the judge makes of it.
     */
    private static boolean deliveredFrom(Sentence s, int cueEnd, ActorFinder actorFinder) {
        int n = s.tokens().size();
        if (cueEnd + 1 >= n || !Tokens.folded(s, cueEnd).equals("be") || !DELIVERED.contains(Tokens.folded(s, cueEnd + 1))) {
            return false;
        }
        for (int k = cueEnd + 2; k + 1 < Math.min(n, cueEnd + 8); k++) {
            if (Tokens.folded(s, k).equals("from") && actorFinder.mentionedAt(s, k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeVerb(String w) {
        return w.endsWith("ed") || w.equals("would") || w.equals("will") || w.equals("could") || w.equals("said")
                || w.equals("warned") || w.equals("refused") || w.equals("did") || w.equals("does") || w.equals("is")
                || w.equals("was") || w.equals("has") || w.equals("had");
    }

    private static String lastWord(Cue cue) {
        return cue.phrase().words().get(cue.phrase().words().size() - 1);
    }

    /**
     * The statement whose words hold {@code offset}; the innermost one when statements nest ("Spokesman: ...
     * MONUSCO says it will deploy ...": MONUSCO's report inside the spokesman's line).
     */
    private static FoundStatement statementAt(List<FoundStatement> statements, int offset) {
        FoundStatement found = null;
        for (FoundStatement st : statements) {
            if (st.covers(offset) && (found == null
                    || st.quoteEnd() - st.quoteStart() < found.quoteEnd() - found.quoteStart())) {
                found = st;
            }
        }
        return found;
    }

    private static boolean reportedBefore(Sentence s, int cue) {
        for (int i = cue - 1; i >= 0; i--) {
            if (REPORTING.contains(Tokens.folded(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** A date or deadline after token {@code from} ({@link TimeFrameFinder#hasDate}). */
    private boolean hasDate(Sentence s, int from) {
        return from < s.tokens().size() && timeFrames.hasDate(s.text().substring(s.tokens().get(from).start() - s.start()));
    }

    /** What makes a rejection a refusal to come: "rejected any deployment", "..., saying Russia would never accept". */
    private static final Set<String> REFUSAL_AHEAD = Words.set("would", "will", "could", "never", "wo", "won't", "cannot");

    /**
     * A rejection told as a past event: "rejected"/"rejects" with neither "any" after it nor a "would", "will" or
     * "never" later in the sentence. Over the tuned articles 47 of the 77 refusals read from "rejected" had no gold
     * item, nearly all of them of this kind; those annotators kept say what will not be done ("rejected a Western
     * plan ..., saying Russia would never accept", "rejected any timetable").
     */
    private static boolean pastRejection(Sentence s, Cue cue) {
        String word = lastWord(cue);
        if (cue.end() - cue.start() != 1 || !(word.equals("rejected") || word.equals("rejects"))) {
            return false;
        }
        if (cue.end() < s.tokens().size() && Tokens.folded(s, cue.end()).equals("any")) {
            return false;
        }
        for (int k = cue.end(); k < s.tokens().size(); k++) {
            if (REFUSAL_AHEAD.contains(Tokens.folded(s, k))) {
                return false;
            }
        }
        return true;
    }

    /** Words before a participle that make it an adjective: "its promised AI bill", "a pledged contribution". */
    private static final Set<String> ATTRIBUTIVE = Words.set("its", "the", "a", "an", "their", "his", "her", "our", "this",
            "that", "long-");

    /** What a speaker says they will do in the conversation itself: "I will be brief", "I'll tell you", "I'll leave it". */
    private static final Set<String> DISCOURSE_ACTS = Words.set("say", "add", "tell", "repeat", "leave", "begin", "start",
            "explain", "answer", "be", "put", "give", "come", "let", "like");
    /** What a speaker "would like to" do with words alone: "I would like to inform the House that ...". */
    private static final Set<String> WORDS_ONLY = Words.set("inform", "say", "tell", "add", "state", "thank", "clarify",
            "mention", "remind", "point", "begin", "start", "explain", "highlight", "emphasise", "emphasize");
    /** What a chair says they will now do: hand the floor to someone. */
    private static final Set<String> CHAIRS_ACTS = Words.set("request", "invite", "ask", "hand", "turn", "open", "call",
            "pass", "give", "take");
    /** What follows "I will be" in such a move: "be brief", "be clear", "be honest", "be frank". */
    private static final Set<String> DISCOURSE_STATES = Words.set("brief", "clear", "honest", "frank", "very", "quick", "short");

    /** What a press conference's remarks are: "a few words", "some remarks", "an opening statement". */
    private static final Set<String> REMARKS = Words.set("words", "remarks", "statement", "comments");

    /**
     * "The Secretary General will start with a few words, and then we have time for some questions": a moderator's
     * order of business, nobody's pledge.
     */
    private static boolean openingRemarks(Sentence s, Cue cue) {
        int verb = cue.end();
        if (verb + 2 >= s.tokens().size() || !(Tokens.folded(s, verb).equals("start") || Tokens.folded(s, verb).equals("begin"))
                || !Tokens.folded(s, verb + 1).equals("with")) {
            return false;
        }
        for (int k = verb + 2; k < Math.min(s.tokens().size(), verb + 6); k++) {
            if (REMARKS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of asking and appealing after "I would" or "we would": what the speaker asks of others. */
    private static final Set<String> APPEALS = Words.set("ask", "urge", "encourage", "invite", "appeal", "advise",
            "implore", "caution");
    /** Verbs of wishing after "I would" or "we would", before what the speaker wants to see: "like to see", "like it". */
    private static final Set<String> WISHES = Words.set("like", "love", "prefer");

    /** "I would ask", "we'd urge", "we would like to see": the speaker's own "would" before a request or a wish. */
    private static boolean askedOfOthers(Sentence s, Cue cue) {
        int verb = cue.end();
        if (cue.end() - cue.start() != 1 || cue.start() < 1 || verb >= s.tokens().size()) {
            return false;
        }
        String subject = Tokens.folded(s, cue.start() - 1);
        if (!subject.equals("i") && !subject.equals("we")) {
            return false;
        }
        String act = Tokens.folded(s, verb);
        if (APPEALS.contains(act)) {
            return true;
        }
        String next = verb + 1 < s.tokens().size() ? Tokens.folded(s, verb + 1) : "";
        String then = verb + 2 < s.tokens().size() ? Tokens.folded(s, verb + 2) : "";
        return WISHES.contains(act) && (!next.equals("to") || then.equals("see"));
    }

    private static boolean speakersOwnDiscourse(Sentence s, Cue cue) {
        if (cue.start() < 1 || !Tokens.folded(s, cue.start() - 1).equals("i") || cue.modality() != Modality.FIRM) {
            return false;
        }
        int verb = cue.end();
        boolean now = false;
        while (verb < s.tokens().size() && (Tokens.folded(s, verb).equals("just") || Tokens.folded(s, verb).equals("also")
                || Tokens.folded(s, verb).equals("only") || Tokens.folded(s, verb).equals("now"))) {
            now |= Tokens.folded(s, verb).equals("now");
            verb++;
        }
        if (now && verb < s.tokens().size() && CHAIRS_ACTS.contains(Tokens.folded(s, verb))) {
            // a briefing's chair: "I will now request Foreign Secretary sir to make his opening remarks", "I'll now hand
            // over to", "I will now open the floor"
            return true;
        }
        if (verb >= s.tokens().size() || !DISCOURSE_ACTS.contains(Tokens.folded(s, verb))) {
            return false;
        }
        String act = Tokens.folded(s, verb);
        String next = verb + 1 < s.tokens().size() ? Tokens.folded(s, verb + 1) : "";
        if (act.equals("be")) {
            return DISCOURSE_STATES.contains(next);
        }
        if (act.equals("come")) {
            return next.equals("back");
        }
        if (act.equals("like")) {
            // "I would like to inform the hon. Member that ...": the answer is announced, the pledge (if any) follows
            return next.equals("to") && verb + 2 < s.tokens().size() && WORDS_ONLY.contains(Tokens.folded(s, verb + 2));
        }
        if (act.equals("let") || act.equals("give") || act.equals("put")) {
            // "I'll let you know", "I'll give you an example", "I'll put it this way"
            return next.equals("you") || next.equals("it");
        }
        if (act.equals("leave")) {
            // "I'll leave it there", "I'll leave the DUP to speak for themselves" (but not "I will not leave Antalya
            // without a clear signal")
            if (next.equals("it")) {
                return true;
            }
            for (int k = verb + 2; k < Math.min(s.tokens().size(), verb + 5); k++) {
                if (Tokens.folded(s, k).equals("to")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** "There will be no new taxes", "there is no plan to": a refusal with no subject of its own. */
    private static boolean existential(Sentence s, Cue cue) {
        String first = cue.phrase().words().get(0);
        return first.equals("there") || (first.equals("no") && cue.start() >= 2 && Tokens.folded(s, cue.start() - 2).equals("there"));
    }

    /**
     * "What we will not do is buy dollars", "What NATO will do is continue to coordinate": a pledge, no question; so are
     * "What we will not support is a new UN mission", "What I will promise is that every extra pound ...", when "what"
     * opens the subject before the modal.
     */
    private static boolean pseudoCleft(Sentence s, Cue cue) {
        if (!cue.phrase().modal() || !Tokens.folded(s, cue.end() + 1).equals("is")) {
            return false;
        }
        if (Tokens.folded(s, cue.end()).equals("do")) {
            return true;
        }
        String modal = Tokens.folded(s, cue.start());
        if (!modal.equals("will") && !modal.equals("'ll")) {
            // "What we cannot accept is ...", "What we would add is ...": a stance, a wish
            return false;
        }
        for (int i = cue.start() - 1; i >= Math.max(0, cue.start() - 3); i--) {
            if (Tokens.folded(s, i).equals("what")) {
                return s.isVerbAt(cue.end());
            }
        }
        return false;
    }

    /**
     * The comma that opens an apposition closed by the comma at {@code close} ("China, now the world's largest emitter,"):
     * at most eight words with no verb of their own between the two commas; else -1.
     */
    private static int appositionOpening(Sentence s, int close) {
        for (int k = close - 1; k >= Math.max(1, close - 9); k--) {
            String w = Tokens.folded(s, k);
            if (w.equals(",")) {
                // (an apposition opens with a determiner or a name: "If ministers give us a permanent, predictable
                // regime, we will" lists adjectives)
                return k < close - 1 && (APPOSITION_OPENERS.contains(Tokens.folded(s, k + 1)) || s.tokens().get(k + 1).isCapitalized())
                        ? k : -1;
            }
            if (FINITE_OR_MODAL.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> APPOSITION_OPENERS = Words.set("the", "a", "an", "now", "once", "its", "his", "her",
            "their");
    private static final Set<String> FINITE_OR_MODAL = Words.set("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "said", "says", "can", "could", "may", "might", "must", "should");

    private static boolean isQuestion(Sentence s, int cue) {
        if (s.text().strip().endsWith("?") && !quotedQuestion(s)) {
            // "Is the United States still committed to Article 5?", "will Japan consider taking part?": asked, not promised
            return true;
        }
        int stop = Math.max(0, cue - 8);
        for (int i = cue - 1; i >= stop; i--) {
            String w = Tokens.folded(s, i);
            if (explanatoryWhy(s, i)) {
                // "That is why Britain will be there": the reason for a pledge, no question about it
                return false;
            }
            if (QUESTIONS.contains(w)) {
                // ("Until then we will continue to turn back asylum seekers": an adverb of time, no clause)
                return !ConditionFinder.untilThen(s.tokens(), i);
            }
            int relative = w.equals(",") ? ActorFinder.relativeClauseOpening(s, i) : -1;
            if (relative > 0) {
                // "unclear whether the United States, which played a key role, will re-engage": past the clause
                stop = Math.max(0, stop - (i - relative));
                i = relative;
                continue;
            }
            int apposition = w.equals(",") ? appositionOpening(s, i) : -1;
            if (apposition > 0) {
                // "Whether China, now the world's largest emitter, will ever pay in remains ...", "unclear whether the
                // coalition partners, the SPD and the Motorists, will back ...": past the apposition too
                stop = Math.max(0, stop - (i - apposition));
                i = apposition;
                continue;
            }
            if (w.equals("that") && DOUBTING.contains(Tokens.folded(s, i - 1))) {
                // "Analysts were skeptical that the retailer could hold prices": a doubt, open like a question
                return true;
            }
            if (w.equals(",") || w.equals("that") || REPORTING.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> JUDGING = Words.set("consider", "considers", "considered");
    private static final Set<String> JUDGED = Words.set("them", "it", "this", "that", "these", "those");

    /**
     * "We consider them an attempt to prolong the war", "considers it a red line": "consider" in the simple tense with
     * an object, then what the object is judged to be. (Not "will consider it", "is considering it": a decision pending.)
     */
    private static boolean judgedAs(Sentence s, Cue cue) {
        int k = cue.end();
        if (cue.phrase().modal() || cue.end() - cue.start() != 1 || !JUDGING.contains(lastWord(cue)) || k + 1 >= s.tokens().size()
                || !JUDGED.contains(Tokens.folded(s, k))) {
            return false;
        }
        String next = Tokens.folded(s, k + 1);
        return next.equals("a") || next.equals("an") || next.equals("the") || next.equals("as");
    }

    /** "that is why", "this is why", "which was why", "that's why": "why" opening an explanation, not a question. */
    private static boolean explanatoryWhy(Sentence s, int why) {
        if (why < 1 || !Tokens.folded(s, why).equals("why")) {
            return false;
        }
        String verb = Tokens.folded(s, why - 1);
        if (verb.equals("that's") || verb.equals("that\u2019s")) {
            return true;
        }
        return (verb.equals("is") || verb.equals("was")) && EXPLAINING.contains(Tokens.folded(s, why - 2));
    }

    private static final Set<String> EXPLAINING = Words.set("that", "this", "which");

    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "this", "that", "these", "those");

    private static final Set<String> DOUBTING = Words.set("skeptical", "sceptical", "doubtful", "unsure", "unconvinced",
            "doubt", "doubted", "doubts");

    /** "would more likely focus", "will probably send", "would likely be": an adverb of likelihood right after the modal. */
    private static boolean hedgedByAdverb(Sentence s, Cue cue) {
        for (int k = cue.start() + 1; k < Math.min(s.tokens().size(), cue.start() + 3); k++) {
            if (HEDGING_ADVERBS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a wish or expectation about someone else: "We hope Pakistan will take more effective measures". */
    private static final Set<String> WISHING = Words.set("hope", "hopes", "hoped", "expect", "expects", "trust", "wish",
            "want", "wants");
    /** Verbs of hoping (not of wanting or expecting, which may state one's own plan). */
    private static final Set<String> HOPING = Words.set("hope", "hopes", "hoped");
    /** Words that open a subject other than the speaker's own side: "the", "other", "these". */
    private static final Set<String> OTHERS_OPENERS = Words.set("the", "other", "these", "those", "all", "both");

    /**
     * True when the cue's subject is the object of a wish ("We hope Pakistan will ...", "we expect Russia will"):
     * what others are hoped to do is an appeal, not their pledge nor the speaker's.
     */
    private static boolean wishedOfOthers(Sentence s, int cue) {
        for (int i = cue - 1; i >= Math.max(1, cue - 6); i--) {
            String w = Tokens.folded(s, i);
            if (w.equals(",") || w.equals(";") || Tokens.isQuoteMark(s.tokens().get(i).text())) {
                return false;
            }
            if (WISHING.contains(Tokens.folded(s, i - 1)) && s.tokens().get(i).isCapitalized()
                    && !s.tokens().get(i).text().equals("I")) {
                return true;
            }
            if (i >= 2 && Tokens.folded(s, i - 1).equals("the") && WISHING.contains(Tokens.folded(s, i - 2))
                    && s.tokens().get(i).isCapitalized()) {
                // "We hope the US will work with China in the same direction"
                return true;
            }
            if (HOPING.contains(Tokens.folded(s, i - 1)) && OTHERS_OPENERS.contains(Tokens.folded(s, i))) {
                // "Kyiv hoped the shipments would not be interrupted", "said Kyiv hoped other countries would step in": what
                // the speaker hopes of things or others, no pledge of its own
                return true;
            }
        }
        return false;
    }

    /** A question inside a quotation ("'Who will pay?' she asked. 'We will.'") ends no sentence of the pledge's own. */
    private static boolean quotedQuestion(Sentence s) {
        String t = s.text().strip();
        return t.length() > 2 && Tokens.isQuoteMark(String.valueOf(t.charAt(t.length() - 2)));
    }

    /**
     * "Mr Mookhey told parliament the government would also abolish stamp duty", '"We'll also fund two more night
     * patrols," the Premier said': a regional government's minister speaks for the region, not for the country the
     * region is in, unless the sentence names that country.
     */
    private static List<Entity> regionsOwn(List<Entity> actors, FoundStatement quote, Sentence s, SpeakerResolver speakers,
                                           EntityRegistry registry) {
        Entity speaker = quote == null ? null : quote.speaker();
        Entity region = speaker == null || speaker.type() != EntityType.PERSON ? null : registry.regionOf(speaker);
        if (region == null || actors.size() != 1 || actors.get(0).type() != EntityType.COUNTRY
                || !actors.get(0).id().equals(region.country())) {
            return actors;
        }
        for (Mention m : speakers.mentions()) {
            if (m.sentence() == s.index() && m.entity() == actors.get(0) && m.kind() != Mention.Kind.ROLE) {
                // "NSW Premier Chris Minns said Australia would ...": the country, named
                return actors;
            }
        }
        return List.of(region);
    }

    /** Countries, organisations and groups commit; a person commits the country or organisation they speak for. */
    private List<Entity> committable(List<Entity> actors, EntityRegistry registry) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : actors) {
            if (e == null || gazetteer.isNewsAgency(e.id())) {
                // a news agency relays pledges; it makes none
                continue;
            }
            Entity a = e;
            if (e.type() == EntityType.GROUP && (e.country() == null && UNIDENTIFIED.contains(headNoun(e.name()))
                    || CONCERNED.contains(headNoun(e.name())))) {
                // "Donors pledged $1.6 billion", "Leaders agreed to meet again": nobody in particular commits; "more than
                // 200 Australian workers would travel to Nagasaki": the people a plan concerns
                a = null;
            }
            if (e.type() == EntityType.PERSON) {
                a = null;
                Entity employer = e.organization() == null ? null : registry.organizationById(e.organization());
                if (!speaksForNoGovernment(e)) {
                    // "We will build the future models here first," Chung said: the company he runs (the
                    // doctors' union, the alliance) commits, even when he also has a country
                    a = employer != null && employer.country() == null ? employer : e.country() != null ? e : employer;
                }
            }
            if (a != null && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * An opposition leader speaks for a party, not for the country ("Hungary's opposition leader, Péter Magyar,
     * has promised to ..."): such pledges are the party's. (A presidential candidate's pledges are annotated as
     * the country's, which the candidate would lead.) A judge ("U.S. Bankruptcy Judge Lisa Monroe said she would
     * sign the order") speaks for a court, never for the government of the country the title names; nor does anyone
     * whose office is a former one ("former Deputy President Rigathi Gachagua", now an opposition party's leader).
     */
    private static boolean speaksForNoGovernment(Entity person) {
        String role = person.role() == null ? "" : person.role().toLowerCase(java.util.Locale.ROOT);
        return role.contains("opposition") || role.contains("judge") || role.startsWith("former ");
    }

    /** People whom a plan concerns, of whatever nationality: "Australian workers", "Afghan students". */
    private static final Set<String> CONCERNED = Words.set("workers", "citizens", "residents", "students", "families",
            "farmers", "patients", "voters", "refugees", "migrants", "pilgrims", "tourists");

    /** Plural nouns that name no one in particular as an actor: "donors", "investors", "leaders". */
    private static final Set<String> UNIDENTIFIED = Words.set("donors", "investors", "leaders", "governments",
            "countries", "nations", "participants", "members", "creditors", "lenders", "states", "companies", "firms",
            "banks", "officials", "delegates", "negotiators", "industry", "businesses");

    private static String headNoun(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Who gains: the first country named in the action or just after it (by name, capital or
     * demonym: "to Ukrainian territory", "for Kiev") that is not one of the actors.
     */
    private Entity beneficiary(Sentence s, int from, int to, List<Entity> actors, EntityRegistry registry) {
        List<Token> tokens = s.tokens();
        int[] match = new int[1];
        int limit = Math.min(tokens.size(), Math.max(to, from) + 12);
        for (int i = from; i < limit; i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized()) {
                continue;
            }
            GazetteerEntry e = gazetteer.longestMatch(tokens, i, limit, match);
            if (e != null && e.kind() != GazetteerEntry.Kind.TITLE && e.country() != null
                    && e.kind() != GazetteerEntry.Kind.ORGANIZATION && e.kind() != GazetteerEntry.Kind.COALITION) {
                String id = e.country();
                boolean isActor = actors.stream().anyMatch(a -> id.equals(a.country()));
                if (!isActor) {
                    return registry.country(id);
                }
            }
        }
        return null;
    }
}
