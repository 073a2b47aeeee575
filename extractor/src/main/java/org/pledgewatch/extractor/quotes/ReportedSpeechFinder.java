package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Finds reported speech: "X said (that) ...", "X announced he would ...", "X told reporters that
 * ...", "..., X said.", "according to X, ..." and "..., according to X". The reported clause,
 * without the final full stop, is the quote.
 */
public final class ReportedSpeechFinder {
    /** Verbs after which a that-clause (with or without "that") is reported speech. */
    private static final Set<String> VERBS = Words.set("said", "says", "say", "announced", "announces", "noted", "notes",
            "stated", "states", "added", "adds", "warned", "warns", "stressed", "stresses", "insisted", "insists",
            "argued", "argues", "explained", "explains", "confirmed", "confirms", "acknowledged", "acknowledges",
            "admitted", "admits", "claimed", "claims", "declared", "declares", "suggested", "suggests", "promised",
            "promises", "pledged", "pledges", "vowed", "vows", "predicted", "predicts", "estimated", "reiterated",
            "reiterates", "emphasised", "emphasized", "emphasises", "emphasizes", "indicated", "indicates",
            "signalled", "signaled", "hinted", "assured", "revealed", "maintained", "maintains", "conceded",
            "concedes", "believes", "believed", "thinks", "expects", "expected", "hoped", "hopes", "told", "tells",
            "informed", "reminded", "agreed", "agrees", "underlined", "underscored", "recalled", "replied", "wrote",
            "writes", "observed", "remarked", "cautioned", "countered", "asserted", "asserts", "denied", "denies",
            "complained", "complains", "feared", "fears", "proposed", "proposes", "demanded", "demands", "alleged",
            "alleges", "posted", "tweeted", "reported", "reports", "informs", "repeated", "repeats", "affirmed", "reaffirmed",
            // translated communiqués: "the minister specified that", "the President guaranteed that"
            "specified", "guaranteed", "clarified",
            // West African and South Asian copy: "the commissioner disclosed that", "the member lamented that"
            "disclosed", "discloses", "lamented", "laments", "conveyed", "retorted",
            // a live page's present: "Starmer replies that Baroness Casey's commission will report ..."
            "replies", "responded", "responds");
    /** Verbs that close a report after "has" as "has said" does ("..., Prime Minister Donald Tusk has declared."). */
    private static final Set<String> HAS_SAID = Words.set("declared", "announced", "stated", "confirmed", "insisted",
            "warned", "added", "written", "assured", "disclosed", "revealed", "noted", "explained", "pledged", "promised");
    private static final Set<String> REPORTING_PARTICIPLES = Words.set("saying", "adding", "noting", "stressing",
            "insisting", "arguing", "explaining", "stating", "declaring", "warning", "acknowledging", "promising",
            "pledging", "vowing", "emphasising", "emphasizing", "affirming", "reaffirming",
            // "Christodoulides welcomed the plan in a post on X, writing that Cyprus was ready to ..."
            "writing",
            // "used a speech to his party to double down, telling party members that Spain would keep ..."
            "telling");
    /** Participles that report after "by": "opened the session by announcing that ...". */
    private static final Set<String> BY_PARTICIPLES = Words.union(REPORTING_PARTICIPLES, "announcing", "confirming");
    /** "told shareholders in May that": the month, not the modal. */
    private static boolean isMonthMay(Sentence s, int k) {
        return s.tokens().get(k).text().equals("May") && k > 0 && MONTH_PREPOSITIONS.contains(Tokens.folded(s, k - 1));
    }

    private static final Set<String> MONTH_PREPOSITIONS = Words.set("in", "since", "until", "by", "early", "late", "mid",
            "last", "next", "this", "of", "from");

    /** Verbs that take an object before the clause: "told reporters that", "assured Kyiv that". */
    private static final Set<String> WITH_OBJECT = Words.set("told", "tells", "informed", "reminded", "assured", "warned",
            "promised", "wrote", "telling");
    /** Words that show a finite clause follows: a clause needs a verb, "said on Tuesday" is not one. */
    private static final Set<String> FINITE = Words.set("would", "will", "could", "can", "may", "might", "should", "must",
            "shall", "is", "was", "are", "were", "has", "had", "have", "does", "did", "do", "wo", "won't", "'ll",
            "'s", "'re", "needs", "remains", "wanted", "wants", "plans", "planned", "intends", "intended",
            "cannot", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't");
    /** Words that may follow the verb of a closing attribution: "..., she said in a statement." */
    private static final Set<String> AFTER_CLOSING_VERB = Words.set("in", "on", "at", "to", "after", "during", "late",
            "earlier", "later", "today", "yesterday", "tonight", "recently", "afterwards", "when", "as", "while", "from",
            "via", "through", "before", "outside", "inside", "by", "of", "last", "this", "ahead", "following",
            "shortly", "again", "publicly", "privately", "here");
    /**
     * Words after which a reporting verb's form in "s" is a plural noun: "their promises", "its warnings" ("her" is
     * also a name: "Kaohly Her says").
     */
    private static final Set<String> NOUN_DETERMINERS = Words.set("their", "his", "its", "our", "my", "your", "these",
            "those");
    /** Nouns after which "this" dates the report ("said this week", "announced this Tuesday") instead of being its object. */
    private static final Set<String> THIS_TIME = Words.union(Words.WEEKDAYS, "week", "weekend", "month", "year",
            "morning", "afternoon", "evening", "time", "spring", "summer", "autumn", "fall", "winter", "quarter");
    private static final Set<String> PARTICIPLES = Words.set("adding", "saying", "noting", "stressing", "warning",
            "insisting", "explaining", "citing", "according");
    /** Who is told: "told reporters", "told parliament", "told the BBC". */
    private static final Set<String> AUDIENCES = Words.set("reporters", "journalists", "lawmakers", "legislators",
            "parliament", "senators", "delegates", "supporters", "investors", "the", "a", "an", "state", "students",
            "voters", "diplomats", "colleagues", "leaders", "ministers", "members", "him", "her", "them", "us",
            // the members of parliaments as British and Irish copy names them: "told MPs", "told TDs"
            "mps", "tds", "msps", "meps", "mlas", "peers", "councillors", "deputies",
            // a company's audiences: "told analysts the company would keep its dividend", "told employees"
            "analysts", "shareholders", "employees", "staff", "workers", "donors", "participants", "attendees", "residents",
            // those a minister addresses: "telling advisers the Treasury would not revisit the threshold", "told farmers"
            "advisers", "advisors", "farmers", "officials", "executives", "guests", "listeners", "viewers", "audiences",
            "crowds", "businesses", "bankers", "citizens", "parents", "teachers", "nurses", "doctors", "soldiers", "troops",
            "congress", "negotiators", "partners", "allies", "counterparts", "judges", "lawyers");
    /** Participles not in "-ed" that follow them: "that was seen by", "that was sent to". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Words.set("seen", "sent", "read", "shown", "given", "made",
            "written", "broadcast", "held", "shared", "put", "released");

    /** Whether token {@code k} is a past participle: "lasted", "posted", "seen". */
    private static boolean isParticiple(Sentence s, int k) {
        String w = Tokens.folded(s, k);
        return w.endsWith("ed") && s.isVerbAt(k) || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** What "that" points at when it is no conjunction: "reiterated that position", "repeated that message". */
    private static final Set<String> STANCES = Words.set("position", "stance", "view", "message", "point", "line",
            "call", "claim", "pledge", "commitment", "promise", "demand", "warning", "offer", "figure", "assessment");
    /** Words that open a clause of when or why something was said: "told reporters as he left". */
    private static final Set<String> TIME_CLAUSES = Words.set("as", "while", "when", "before", "after", "since", "because");
    private static final Set<String> PERIODS = Words.set("week", "month", "year", "weekend", "night", "spring",
            "summer", "autumn", "winter", "fall");

    /** Prepositions that never open a reported clause. */
    private static final Set<String> CLAUSE_NEVER_OPENS = Words.set("on", "in", "at", "for", "with", "early",
            "from", "into", "against", "upon");

    /** Verbs of saying, after which a clause may open with a subject in lower case: "said farmers needed". */
    private static final Set<String> SAYING = Words.set("said", "says", "added", "adds", "noted", "argued", "insisted",
            "stressed", "warned", "acknowledged", "admitted", "conceded", "explained", "claimed", "told", "wrote",
            "announced", "confirmed", "cautioned", "complained", "believes", "reported");
    /** Tags of a word that cannot open a clause's subject: "said recently", "said in", "said goodbye and left". */
    private static final Set<String> NOT_A_SUBJECT_TAGS = Words.set("ADP", "ADV", "VERB", "AUX", "PART", "PUNCT",
            "CCONJ", "INTJ", "SYM");
    private static final Set<String> PASSIVE = Words.set("was", "were", "is", "are", "be", "been", "being", "widely");
    private static final Set<String> DAY_WORDS = Words.set("today", "yesterday", "tonight", "again", "publicly",
            "privately", "separately", "earlier", "later",
            // "has said repeatedly that he expects to end the war by Christmas": how often, not what
            "repeatedly", "previously", "recently", "openly");
    /** Verbs of opinion, which report speech only when nothing else attributes the sentence. */
    private static final Set<String> OPINIONS = Words.set("expects", "expected", "believes", "believed", "thinks",
            "hopes", "hoped", "fears", "feared", "wants", "estimated", "predicts", "predicted");
    /** Verbs that restate a standing position, which wire copy often nests inside a closing attribution. */
    private static final Set<String> RESTATING = Words.set("affirmed", "reaffirmed", "reiterated", "reiterates");
    /**
     * What may follow "said in a speech" before its "that": "to industry leaders earlier this month", "at the summit"
     * (looked for as after "said in Brussels").
     */
    private static final Set<String> CHANNEL_AUDIENCES = Words.set("to", "at", "before", "on", "in", "from");
    /** Prepositions of where an audience sits: "told a news conference at the works", "told reporters in the capital". */
    private static final Set<String> AUDIENCE_PLACES = Words.set("at", "in", "on", "of", "from", "outside", "after");
    /** Words that open an indirect question: "told us what they think" reports no clause. */
    private static final Set<String> QUESTION_WORDS = Words.set("what", "how", "whether", "why", "where", "which");
    /** Modals that show a clause has begun: "said the tanks would equip a brigade that ...". */
    private static final Set<String> CLAUSE_MODALS = Words.set("will", "would", "could", "can", "may", "might", "must",
            "should", "shall");
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "it", "they", "we", "i", "you");
    private static final Set<String> POSSESSIVE_DETERMINERS = Words.set("his", "her", "its", "their", "our", "my");
    /**
     * Words that open the reporter's own addition after a closing attribution: "..., X said on
     * Tuesday, as Kyiv braces for ...", "..., the club said, after weeks of protests", "..., a day after".
     */
    private static final Set<String> TRAILING_ADJUNCTS = Words.set("as", "after", "before", "amid", "ahead", "following",
            "despite", "when", "while", "a", "an", "days", "hours", "weeks", "months", "just", "shortly", "hours",
            "where", "who", "whose", "which", "in", "at", "during", "with", "without", "than", "since", "until",
            "but", "though", "although", "even");

    /** Words that open a phrase of time or place after a verb, where a reported clause would open with its subject. */
    private static final Set<String> AFTER_A_DONE_ACT = Words.set("in", "on", "at", "last", "this", "earlier", "during",
            "since", "before", "after", "for", "with", "to");

    /**
     * Whether the verb at {@code v} closes a relative clause whose object is the noun before it: a noun, "that" or
     * "which", a pronoun or a name, the verb, and a phrase of time or place ("a tariff that he announced in September").
     */
    private static boolean objectRelativeClause(Sentence s, int v, SpeakerResolver speakers) {
        if (v + 1 >= s.tokens().size() || !AFTER_A_DONE_ACT.contains(Tokens.folded(s, v + 1))) {
            return false;
        }
        int subject = v - 1;
        Mention named = speakers.mentionAt(s.index(), v - 1);
        if (named != null && named.tokenEnd() == v) {
            subject = named.tokenStart();
        } else if (subject < 0 || !Words.SUBJECT_PRONOUNS.contains(Tokens.folded(s, subject))) {
            return false;
        }
        if (subject < 2 || !(Tokens.folded(s, subject - 1).equals("that") || Tokens.folded(s, subject - 1).equals("which"))) {
            return false;
        }
        String noun = s.tags(subject - 2, subject - 1)[0];
        return noun.equals("NOUN") || noun.equals("PROPN");
    }

    public List<FoundStatement> find(AnalyzedText text, QuotedRegions quotes, SpeakerResolver speakers) {
        List<FoundStatement> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            findIn(text, s, quotes, speakers, out);
        }
        return out;
    }

    private void findIn(AnalyzedText text, Sentence s, QuotedRegions quotes, SpeakerResolver speakers, List<FoundStatement> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        if (statedBy(text, s, quotes, speakers, out)) {
            return;
        }
        for (int v = 0; v < n; v++) {
            Token verb = tokens.get(v);
            String w = verb.folded();
            if (quotes.isQuoted(verb.start())) {
                continue;
            }
            if (w.equals("according") && v + 1 < n && Tokens.folded(s, v + 1).equals("to")) {
                according(text, s, v, quotes, speakers, out);
                continue;
            }
            if ((w.equals("added") || w.equals("adds")) && v + 1 < n && Tokens.startsWithDigit(tokens.get(v + 1).text())) {
                // "Cresswell Homes added 2.4% after it said it would build ...": a share price's gain, not words
                continue;
            }
            if ((w.equals("saying") || w.equals("telling")) && v > 0 && Tokens.folded(s, v - 1).equals("as")) {
                // "Ryabkov was quoted by Interfax as saying that ...": the one quoted is the subject of "was quoted"
                int quoted = v - 2;
                while (quoted > 0 && quoted > v - 10 && !Tokens.folded(s, quoted).equals("quoted")) {
                    quoted--;
                }
                if (quoted > 0 && Tokens.folded(s, quoted).equals("quoted")) {
                    int was = Tokens.folded(s, quoted - 1).equals("was") || Tokens.folded(s, quoted - 1).equals("were")
                            ? quoted - 1 : quoted;
                    // ("WAM, which quoted President X as saying ...": the one quoted is the object of "quoted")
                    Entity speaker = was < quoted ? null : quotedPerson(s, quoted, v, speakers);
                    if (speaker == null) {
                        speaker = DirectQuoteAttributor.nearestSpeakerBefore(s, was, speakers, false);
                    }
                    int clause = w.equals("saying") ? clauseStart(s, v) : -1;
                    if (speaker != null && clause >= 0) {
                        int end = clauseEnd(s, clause, quotes);
                        add(text, s, tokens.get(clause).start(), end, speaker, "quoted", quotes, out);
                    } else if (speaker != null && was > 2 && endsSentence(s, v)) {
                        // "Japan will stand with Ukraine for as long as it takes, Motegi was quoted as telling Sybiha."
                        int comma = commaBeforeSpeaker(s, was, speakers);
                        if (comma > Math.max(1, Dateline.dashIndex(s)) && !quotedBetween(s, comma, was, quotes)) {
                            add(text, s, tokens.get(Dateline.bodyStart(s)).start(), tokens.get(comma - 1).end(), speaker,
                                    "quoted", quotes, out);
                        }
                    }
                }
                continue;
            }
            if (REPORTING_PARTICIPLES.contains(w) && v > 2) {
                Mention with = speakers.mentionAt(s.index(), v - 1);
                if (with != null && with.tokenEnd() == v && with.tokenStart() > 0
                        && Tokens.folded(s, with.tokenStart() - 1).equals("with")) {
                    // "The EU unveiled a package, with Commission President Ursula von der Leyen saying part of the money
                    // would ...", "..., with Prime Minister Benjamin Netanyahu vowing that evacuees would return":
                    // the one named after "with" says it
                    int clause = clauseStart(s, v);
                    if (clause >= 0) {
                        add(text, s, tokens.get(clause).start(), clauseEnd(s, clause, quotes), with.entity(), w, quotes, out);
                        continue;
                    }
                }
            }
            // ("..., President Recep Tayyip Erdoğan said Wednesday, while warning that Ankara would not remain silent")
            boolean participle = REPORTING_PARTICIPLES.contains(w) && v > 1 && (tokens.get(v - 1).text().equals(",")
                    || v > 2 && Tokens.folded(s, v - 1).equals("while") && tokens.get(v - 2).text().equals(","))
                    // "Keir Starmer has opened Prime Minister's Questions by announcing that the UK will provide ..."
                    || BY_PARTICIPLES.contains(w) && v > 1 && Tokens.folded(s, v - 1).equals("by")
                        && v + 1 < n && Tokens.folded(s, v + 1).equals("that");
            if (!(VERBS.contains(w) || participle || pointedOut(s, v)) || verb.isCapitalized()) {
                // ("Medinsky rejected the proposal, saying Moscow would not agree", "..., Goyal said, adding that
                // New Delhi would not compromise": a participle after a comma reports too)
                continue;
            }
            if (objectRelativeClause(s, v, speakers)) {
                // "the 100% tariff on imported branded drugs that he announced in September", "the state of internal
                // armed conflict that Noboa declared in January 2024": what is announced is the noun before "that"
                continue;
            }
            if (v > 0 && w.endsWith("s") && NOUN_DETERMINERS.contains(Tokens.folded(s, v - 1))) {
                // "the two candidates ... stepped up their promises", "its warnings": a noun, nobody reports
                continue;
            }
            if (w.endsWith("s") && v + 1 < n && SAYING.contains(Tokens.folded(s, v + 1))) {
                // "The three Baltic states said that ...", "Member states told the Commission": a noun in "s" whose own
                // verb of saying follows it
                continue;
            }
            if (v > 2 && SubjectFinder.isDocument(Tokens.folded(s, v - 1)) && (Tokens.folded(s, v - 2).equals("a")
                    || Tokens.folded(s, v - 2).equals("an")) && Tokens.folded(s, v - 3).equals("in")) {
                // "Meloni said in a video posted on social media that ...": the channel of the verb before, which
                // reports the clause
                continue;
            }
            if ((OPINIONS.contains(w) || RESTATING.contains(w)) && closingAttributionAfter(s, v)) {
                // "Ukraine expects the loan to cover ..., Kachka told Reuters", "The United States reaffirmed that its
                // treaty covers ..., spokeswoman Tammy Bruce said": the opinion or the restated position is part of
                // what the closing attribution reports, not a statement of its own
                continue;
            }
            int clause = clauseStart(s, v);
            if (clause < 0 && v >= 2 && v + 1 < n && isRelative(Tokens.folded(s, v - 2))
                    && (SpeakerResolver.isPersonalPronoun(tokens.get(v - 1).text()) || speakers.mentionAt(s.index(), v - 1) != null)
                    && !Tokens.folded(s, v + 1).equals("to")) {
                // "..., which he said could include the military": the relative pronoun is the clause's subject (not
                // "talks, which Chisinau hopes to conclude by 2028", "a deal in which Seoul agreed to invest": there
                // it is the object of an infinitive, the subject's own aim, and nobody is reported)
                clause = v + 1;
            }
            if (v > 0 && PASSIVE.contains(Tokens.folded(s, v - 1))) {
                // "the first arrivals were expected in the spring": a passive, nobody speaks
                continue;
            }
            if (v > 0 && (Tokens.folded(s, v - 1).equals("to") || Tokens.folded(s, v - 1).equals("not")
                    || Tokens.folded(s, v - 1).equals("never") || Tokens.folded(s, v - 1).endsWith("n't"))) {
                // "declined to say whether ...", "did not say who ...": nobody said it
                continue;
            }
            if (Tokens.folded(s, v - 1).equals("you") || (Tokens.folded(s, v - 2).equals("you")
                    && !tokens.get(v - 1).isCapitalized() && tokens.get(v - 1).isWord())) {
                // "You also said last year you'd look at ...": an interviewer recalls the other's words
                continue;
            }
            Entity speaker = participle ? participleSpeaker(s, v, speakers, out)
                    : DirectQuoteAttributor.nearestSpeakerBefore(s, v, speakers, false);
            if (clause < 0 && v >= 3 && tokens.get(v - 1).text().equals(",") && endsSentence(s, v)
                    && !quotedBetween(s, v - 1, v, quotes) && !thisIsObject(s, v)) {
                // "..., said Defense Secretary Gilberto Teodoro on Wednesday." (but "..., said the government's record on
                // big projects gave little cause for optimism" is a clause with its own verb, not the speaker)
                // ("Everwin Microelectronics Corp., Taiwan's largest chipmaker, pledged to build a plant in Arizona": an
                // infinitive after the verb is the subject's act, and no speaker follows)
                // ("..., Sultan Al Jaber, the industry minister, said at the Africa Climate Summit": where it was said,
                // the speaker stands before)
                boolean occasionAfter = OCCASION_OPENERS.contains(Tokens.folded(s, v + 1));
                Entity after = finiteVerbAfter(s, v) || Tokens.folded(s, v + 1).equals("to") || occasionAfter ? null
                        : speakerAfter(s, v, speakers);
                if (after != null && !verbless(s, Dateline.bodyStart(s), v - 1)
                        && !subjectWithRelativeClause(s, Dateline.bodyStart(s), v - 1)) {
                    // ("The EU's commissioner for the Mediterranean, Dubravka Šuica, said on Tuesday in Cairo": the
                    // words before the verb are its subject, not a clause that it closes)
                    add(text, s, tokens.get(Dateline.bodyStart(s)).start(), tokens.get(v - 2).end(), after, w, quotes, out);
                    continue;
                }
            }
            if (clause < 0 && s.text().endsWith("?")) {
                // "Is Moscow ready to exchange all prisoners, as Kyiv proposes?": a question
                continue;
            }
            if (clause < 0 && speaker == null && v >= 3 && closesClause(s, v)) {
                // "In a joint statement, the four ministers said ... | The partners would provide $40 million ..., the
                // statement said": the document speaks for whoever was reported speaking through it
                speaker = documentsSource(text, s, v, out);
            }
            if (clause < 0 && speaker == null && v >= 3 && closesClause(s, v)) {
                // "Britain will give £120m in emergency aid ..., the foreign secretary has announced. | ... Foreign
                // Secretary Yvette Cooper said": a lead's description named in the sentences after it
                speaker = LeadDescriptions.namedAfter(s, v, speakers);
            }
            if (clause < 0) {
                // "..., X said." closing a sentence of reported speech (not "..., Jorge Quiroga, who conceded shortly
                // after 10 p.m.": a relative clause about the one named, who says nothing of what came before)
                if (speaker != null && closesClause(s, v) && v >= 3 && !s.tokens().get(v - 1).text().equals("who")) {
                    int comma = commaBeforeSpeaker(s, v, speakers);
                    if (comma > Math.max(1, Dateline.dashIndex(s)) && !quotedBetween(s, comma, v, quotes)
                            && !verbless(s, Dateline.bodyStart(s), comma)) {
                        add(text, s, s.tokens().get(Dateline.bodyStart(s)).start(), tokens.get(comma - 1).end(), speaker, w, quotes, out);
                    }
                } else if (speaker != null && saidInTheMiddle(s, v)
                        && tokens.stream().noneMatch(t -> Tokens.isQuoteMark(t.text()) || quotes.isQuoted(t.start()))) {
                    // "Denmark will spend another 9 billion kroner on the scheme next year, he said, roughly as much as in
                    // 2025": the clause the attribution closes, as annotators take it; "Any deployment of German troops
                    // inside Ukraine, he said, would require a mandate from the Bundestag", "If too few volunteers came
                    // forward, he said, the government would ...": the whole sentence, when no clause of its own comes first
                    int first = Dateline.bodyStart(s);
                    int last = tokens.size() - 1;
                    int end = clauseOfItsOwn(s, first, v - 2) ? tokens.get(v - 3).end()
                            : tokens.get(Tokens.isPunctuation(tokens.get(last).text()) ? last - 1 : last).end();
                    add(text, s, tokens.get(first).start(), end, speaker, w, quotes, out);
                }
                continue;
            }
            if (speaker == null) {
                continue;
            }
            int end = clauseEnd(s, clause, quotes);
            int resumed = insideRelativeClause(s, v) ? mainClauseResumes(s, clause, quotes) : -1;
            if (resumed > 0 && resumed < end) {
                // "Germany, whose chancellor has said any deployment would require a Bundestag mandate, has so far
                // committed only to ...": the sentence's own verb closes what its relative clause reports
                end = resumed;
            }
            if (end <= tokens.get(clause).start()) {
                continue;
            }
            add(text, s, tokens.get(clause).start(), end, speaker, w, quotes, out);
        }
    }

    /** The source of "the statement" (or "the statement also") just before reporting verb {@code v}, or null. */
    private Entity documentsSource(AnalyzedText text, Sentence s, int v, List<FoundStatement> before) {
        int k = Tokens.folded(s, v - 1).equals("also") ? v - 3 : v - 2;
        String document = k < 0 ? null : DocumentSources.documentSubject(s, k, VERBS::contains);
        if (document == null) {
            return null;
        }
        return DocumentSources.sourceOf(s, k, document, text.body(), s.start(), before);
    }

    /** Whether reporting verb {@code v} stands in a relative clause set off by a comma: "X, who said ...". */
    private static boolean insideRelativeClause(Sentence s, int v) {
        for (int k = v - 1; k > 0 && k >= v - 15; k--) {
            String w = Tokens.folded(s, k);
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(w) && Tokens.folded(s, k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the words before a comma that a verb follows at once ("..., has stayed out", "..., said it was"):
     * the predicate of the sentence's subject, resumed after its relative clause; -1 when there is none.
     */
    private static int mainClauseResumes(Sentence s, int from, QuotedRegions quotes) {
        List<Token> tokens = s.tokens();
        boolean predicate = false;
        for (int k = from + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).folded();
            if (predicate && tokens.get(k - 1).text().equals(",") && !quotes.isQuoted(tokens.get(k).start())
                    && (FINITE.contains(w) || SAYING.contains(w))) {
                return tokens.get(k - 2).end();
            }
            // ("the first phase of the plan, valued at $20 billion, would focus on ...": the reported clause's own
            // verb, after an apposition to its subject)
            predicate |= FINITE.contains(w)
                    || Sentence.isVerbTag(s.tags(k, k + 1)[0]) && !tokens.get(k - 1).text().equals(",");
        }
        return -1;
    }

    /**
     * Who speaks in a participle's clause: the speaker of the sentence's statement before it ("..., Goyal said,
     * adding that ..."), else the sentence's subject ("Medinsky rejected the proposal, saying ...").
     */
    private static Entity participleSpeaker(Sentence s, int v, SpeakerResolver speakers, List<FoundStatement> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            FoundStatement previous = out.get(k);
            if (previous.quoteStart() >= s.start() && previous.quoteStart() < s.tokens().get(v).start()) {
                return previous.speaker();
            }
        }
        int said = v - 2;
        while (said > 1 && said > v - 10 && !SAYING.contains(Tokens.folded(s, said))
                && s.tokens().get(said).isWord() && !Tokens.isQuoteMark(s.tokens().get(said).text())) {
            // '"...," he wrote on Telegram, adding that', '"...," Chen said at a regular press conference on
            // Wednesday, adding that': where and when it was said stand between the verb and the participle
            said--;
        }
        if (said > 0 && s.tokens().get(v - 1).text().equals(",") && SAYING.contains(Tokens.folded(s, said))
                && quoteClosesBefore(s, said)) {
            // '"We are not here to sell old ships and leave," he said, adding that Japan would ...': the one who said
            // the quote before (a direct quote is no reported statement of this list)
            Entity quoted = SubjectFinder.speakerBefore(s, said, speakers, false);
            if (quoted != null) {
                return quoted;
            }
        }
        // the sentence's subject only when a name opens it ("Medinsky rejected ...", "Russia's chief negotiator,
        // ...": not "The declaration mentions Ukraine only once, saying ...")
        int first = Dateline.bodyStart(s);
        int afterIntroduction = introductoryPhraseEnd(s, first, v);
        if (afterIntroduction > 0) {
            // "Among the Europeans, Keir Starmer has gone furthest, saying ...": the subject after a phrase of place or
            // time that opens the sentence
            first = afterIntroduction;
        }
        if (first < s.tokens().size() && Tokens.folded(s, first).equals("the")) {
            first++;
        }
        // ("He rejected the proposal, saying Moscow would not agree": the one the pronoun stands for; not Gulf
        // agencies' "HE President Aoun", His Excellency)
        boolean pronoun = first < s.tokens().size() && SpeakerResolver.isPersonalPronoun(s.tokens().get(first).text())
                && !s.tokens().get(first).text().equals("HE");
        Mention opening = speakers.mentionAt(s.index(), first);
        return pronoun || opening != null && opening.tokenStart() == first
                ? SubjectFinder.speakerBefore(s, v, speakers, true) : null;
    }

    /** Prepositions that open a sentence's introductory phrase: "Among the Europeans,", "On Monday,". */
    private static final Set<String> INTRODUCING_PREPOSITIONS = Words.set("among", "on", "in", "at", "after", "for",
            "unlike", "like", "speaking", "during");

    /** Adverbs that open a sentence before its subject, set off by a comma: "Later,", "Separately,", "Meanwhile,". */
    private static final Set<String> SENTENCE_ADVERBS = Words.set("later", "earlier", "separately", "meanwhile",
            "however", "also", "additionally", "furthermore", "moreover", "likewise", "similarly", "yesterday", "today");

    /**
     * The token after the comma closing a short introductory phrase opened by a preposition at {@code first}, or after
     * an opening adverb's comma; else -1.
     */
    private static int introductoryPhraseEnd(Sentence s, int first, int before) {
        if (first + 1 < before && SENTENCE_ADVERBS.contains(Tokens.folded(s, first)) && s.tokens().get(first + 1).text().equals(",")) {
            // "Later, al-Bashir expressed thanks ..., noting that": an adverb set off by its comma
            return first + 2;
        }
        if (first >= s.tokens().size() || !INTRODUCING_PREPOSITIONS.contains(Tokens.folded(s, first))) {
            return -1;
        }
        return Tokens.afterClosingComma(s, first, Math.min(before, first + 8));
    }

    /**
     * A direct quote closes a few words before the verb at {@code said}: '"...," he said', '... growth," Mr Bahlil told
     * reporters' (a quote that opened in the sentence before).
     */
    private static boolean quoteClosesBefore(Sentence s, int said) {
        for (int k = said - 1; k >= Math.max(0, said - 6); k--) {
            if (Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return k > 0 && Tokens.isPunctuation(s.tokens().get(k - 1).text());
            }
        }
        return false;
    }

    /** "pointed out that ...", the one verb of saying with a particle that translated copy uses often. */
    private static boolean pointedOut(Sentence s, int v) {
        return Tokens.folded(s, v).equals("pointed") && v + 2 < s.tokens().size() && Tokens.folded(s, v + 1).equals("out")
                && Tokens.folded(s, v + 2).equals("that");
    }

    /** Token index where the reported clause after verb {@code v} begins, or -1 if none follows. */
    private static int clauseStart(Sentence s, int v) {
        int n = s.tokens().size();
        int j = v + 1;
        if (j >= n) {
            return -1;
        }
        String verb = Tokens.folded(s, v);
        if (pointedOut(s, v)) {
            j++;
        }
        if (j + 2 < n && Tokens.folded(s, j).equals(",") && Words.INSERTED_ADVERBS.contains(Tokens.folded(s, j + 1))
                && Tokens.folded(s, j + 2).equals(",")) {
            // "He warned, however, that the scheme could ...": the adverb is not what was said
            j += 3;
            if (j >= n) {
                return -1;
            }
        }
        // "said last week (that) ...", "said earlier this month ...": when, not what
        if (j + 2 < n && (Tokens.folded(s, j).equals("last") || Tokens.folded(s, j).equals("this"))
                && PERIODS.contains(Tokens.folded(s, j + 1))) {
            j += 2;
        } else if (j + 3 < n && Tokens.folded(s, j).equals("earlier") && Tokens.folded(s, j + 1).equals("this")
                && PERIODS.contains(Tokens.folded(s, j + 2))) {
            j += 3;
        }
        // "said on Friday (that) ...": the day is not part of what was said
        if (Tokens.folded(s, j).equals("on") && j + 2 < n && Words.WEEKDAYS.contains(Tokens.folded(s, j + 1))) {
            j += 2;
        } else if (j + 1 < n && (Words.WEEKDAYS.contains(Tokens.folded(s, j)) || DAY_WORDS.contains(Tokens.folded(s, j)))) {
            // AP style "said Tuesday that", "announced today that"
            j += 1;
        }
        if (j + 2 < n && Tokens.folded(s, j).equals("in") && Words.MONTHS.contains(Tokens.folded(s, j + 1))) {
            // "said in October the bank was ready to ...", "told shareholders in May that India would ...": when it
            // was said, then the clause
            j += 2;
        }
        if (j + 3 < n && Tokens.folded(s, j).equals("in") && (Tokens.folded(s, j + 1).equals("a") || Tokens.folded(s, j + 1).equals("an"))
                && CHANNELS.contains(Tokens.folded(s, j + 2)) && !Tokens.folded(s, j + 3).equals("that")
                && !CHANNEL_AUDIENCES.contains(Tokens.folded(s, j + 3))) {
            // "said in a statement it would transfer ...": how it was said, then a bare clause
            j += 3;
            if (Tokens.folded(s, j).endsWith("ed")) {
                // "said in a video posted on social media that ...": the channel's description, then "that"
                for (int k = j + 1; k < Math.min(n, j + 8) && s.tokens().get(k).isWord(); k++) {
                    if (Tokens.folded(s, k).equals("that")) {
                        j = k;
                        break;
                    }
                }
            }
        }
        if (j + 1 < n && (Tokens.folded(s, j).equals("only") || Tokens.folded(s, j).equals("simply"))
                && Tokens.folded(s, j + 1).equals("that")) {
            // "saying only that the Fed would cooperate fully"
            j++;
        }
        String next = Tokens.folded(s, j);
        for (int k = j + 1; k + 1 < Math.min(n, j + 5); k++) {
            if ((Tokens.folded(s, k).equals("and") || Tokens.folded(s, k).equals("but"))
                    && VERBS.contains(Tokens.folded(s, k + 1)) && !s.tokens().get(j).isCapitalized()
                    && !SUBJECT_PRONOUNS.contains(next) && !next.equals("the") && !next.equals("that")) {
                // "conceded defeat on Sunday and said ...": a noun object, and the next verb has the clause
                return -1;
            }
        }
        if (next.equals("and") || next.equals("but") || next.equals("or")) {
            // "conceded and said ...": the next verb has the clause
            return -1;
        }
        if (next.equals("whether") || next.equals("how")
                || next.equals("as") && j + 1 < n && (SUBJECT_PRONOUNS.contains(Tokens.folded(s, j + 1)) || Tokens.folded(s, j + 1).equals("well"))
                || next.equals("when") && j + 1 < n && (Tokens.folded(s, j + 1).equals("asked")
                    || j + 3 < n && Tokens.folded(s, j + 3).equals("asked"))) {
            // "has not said whether it will send observers", "did not say how the money will be managed": what was not
            // said; "said as he tabled the budget", "said when asked whether ...": when it was said, not what
            return -1;
        }
        if (next.equals("that")) {
            if (j + 2 < n && STANCES.contains(Tokens.folded(s, j + 1))
                    && (!s.tokens().get(j + 2).isWord() || CLAUSE_NEVER_OPENS.contains(Tokens.folded(s, j + 2)))) {
                // "his government reiterated that position on Tuesday": the position named, no clause
                return -1;
            }
            return j + 1 < n ? j + 1 : -1;
        }
        if (SAYING.contains(verb) && sumBeforeModal(s, j)) {
            // "said €35 million of the funding would go through the European Peace Facility", "said $350 million of the
            // package would be offered as credit": a sum is the clause's subject (not "announced $25 million in funding,
            // which it will release": a sum after another verb is its object)
            return j;
        }
        if (amountOpens(s, j) && !WITH_OBJECT.contains(verb)) {
            // "health officials said at least 11 people had been killed", "said more than 24 million people in Sudan
            // faced acute hunger": an amount is the clause's subject, no place
            return j;
        }
        if (WITH_OBJECT.contains(verb) || next.equals("on") || next.equals("in") || next.equals("at") || next.equals("after")
                || next.equals("during") || next.equals("following")
                || next.equals("late") || next.equals("early") || next.equals("earlier") || next.equals("last")
                || ((next.equals("by") || next.equals("from")) && SAYING.contains(verb))) {
            // "told reporters on Tuesday that ...", "assured the International Monetary Fund (IMF) that", "said by
            // telephone from Lusaka that": look for the "that" a few words on (words in brackets do not count), as far
            // as "told Arab News on the sidelines of the Future Investment Initiative conference that"
            int counted = 0;
            boolean bracket = false;
            boolean aside = false;
            for (int k = j; k < n && counted < 14; k++) {
                String t = Tokens.folded(s, k);
                bracket = t.equals("(") || (bracket && !t.equals(")"));
                counted += bracket || t.equals(")") ? 0 : 1;
                if (k > j && (SUBJECT_PRONOUNS.contains(t) || CLAUSE_MODALS.contains(t) && !isMonthMay(s, k))) {
                    // "told Reuters he would not support any package that ...": the clause began without "that"
                    break;
                }
                if (t.equals("that") && k + 1 < n && (CLAUSE_MODALS.contains(Tokens.folded(s, k + 1))
                        || isParticiple(s, k + 1)
                        // "said in a message to employees that was seen by the Korea JoongAng Daily": a passive
                        // with no subject before it
                        || Words.BE_FORMS.contains(Tokens.folded(s, k + 1)) && k + 2 < n && isParticiple(s, k + 2))) {
                    // "agreed on a package of sanctions that will ban ...", "said in a speech to the National Assembly
                    // that lasted nearly three hours": a relative clause, no report
                    break;
                }
                if (t.equals("that")) {
                    return k + 1 < n ? k + 1 : -1;
                }
                if (t.equals(",") && !bracket && (aside || k + 1 < n && Tokens.folded(s, k + 1).endsWith("ed"))) {
                    // "said in its annual report, published on Friday, that": an aside on the channel
                    aside = !aside;
                    continue;
                }
                if (t.equals(",") || t.equals(".") || Tokens.isQuoteMark(s.tokens().get(k).text())) {
                    break;
                }
            }
            if (WITH_OBJECT.contains(verb) && !verb.equals("promised") && !verb.equals("warned")) {
                // "told reporters the alliance would need ...": a clause right after the audience
                if (AUDIENCES.contains(next)) {
                    // "told the Commons the government will": the article's noun is the audience's
                    // ("told an investor conference he did not rule out ...": an audience of two nouns after its article)
                    int from = next.equals("the") || next.equals("a") || next.equals("an") ? j + 2 : j + 1;
                    for (int k = from; k < Math.min(n, j + 5); k++) {
                        String t = Tokens.folded(s, k);
                        if (Tokens.isPunctuation(s.tokens().get(k).text()) || TIME_CLAUSES.contains(t)
                                || QUESTION_WORDS.contains(t)) {
                            // "..., Suica told reporters, while Germany said ...": the attribution ended; "De Wever told
                            // reporters as he left the summit building": when it was said, not what; "have told us very
                            // clearly what they think": a question's answer, no report
                            break;
                        }
                        // ("told reporters his government would contribute ...": a possessive opens the subject too; not
                        // "told a news conference at the Bumar-Labedy works": the object of a place's preposition)
                        boolean subject = s.tokens().get(k).isCapitalized()
                                || opensASubject(t) && !AUDIENCE_PLACES.contains(Tokens.folded(s, k - 1));
                        if (s.tokens().get(k).isCapitalized() && k + 1 < n && opensASubject(Tokens.folded(s, k + 1))) {
                            // "told the U.S. Treasury they will close ...", "told reporters in Tokyo he could not
                            // comment": a name right before a subject ends the audience or the place
                            continue;
                        }
                        if (subject && (hasFiniteSoon(s, k) || hasTaggedVerbSoon(s, k))) {
                            return k;
                        }
                    }
                }
                if (verb.equals("told") || verb.equals("tells") || verb.equals("telling")) {
                    // "told Al Jazeera the decision would ...", "told The Associated Press he would": a named audience
                    int k = j;
                    while (k < Math.min(n, j + 4) && (s.tokens().get(k).isCapitalized()
                            || k == j && Character.isDigit(s.tokens().get(k).text().charAt(0))) && s.tokens().get(k).isWord()) {
                        // ("told 1News the building would ...": an outlet's name may open with a digit)
                        k++;
                    }
                    if (k > j && k < n && (opensASubject(Tokens.folded(s, k)) || s.tokens().get(k).isCapitalized())
                            && (hasFiniteSoon(s, k) || hasTaggedVerbSoon(s, k))) {
                        // ("told Newsmax the president welcomed the announcement": a past tense, no modal; "told RNZ
                        // Pacific his government would keep talking": a possessive opens the subject, as after "reporters")
                        return k;
                    }
                }
                return -1;
            }
        }
        if (Tokens.isPunctuation(s.tokens().get(j).text()) || next.equals("to") || next.equals("by")
                || next.equals("the") && !hasFiniteSoon(s, j) && !hasTaggedVerbSoon(s, j)) {
            return -1;
        }
        if (CLAUSE_NEVER_OPENS.contains(next)) {
            // "agreed on Thursday on new targets ...": a prepositional object, not a clause
            return -1;
        }
        if ((next.equals("while") || next.equals("when")) && j + 1 < n && Tokens.folded(s, j + 1).endsWith("ing")) {
            // '"...," he said while addressing a seminar': where it was said, not what
            return -1;
        }
        // a bare clause: "said he would", "announced Spain will": a subject, then a finite verb
        if (hasFiniteSoon(s, j) || hasTaggedVerbSoon(s, j)
                || (SAYING.contains(verb) && hasTaggedVerbAfterLowerCaseSubject(s, j))) {
            return j;
        }
        return -1;
    }

    /** Whether a word opens a clause's subject without a capital: a personal pronoun, "the", or "his", "their" ... */
    private static boolean opensASubject(String folded) {
        return SUBJECT_PRONOUNS.contains(folded) || folded.equals("the") || POSSESSIVE_DETERMINERS.contains(folded);
    }

    /**
     * An amount opening a clause at {@code j}: "at least" or "at most", or a qualified number ("more than 24 million",
     * "nearly 300") that a finite verb follows.
     */
    private static boolean amountOpens(Sentence s, int j) {
        if (Tokens.folded(s, j).equals("at") && j + 1 < s.tokens().size()
                && (Tokens.folded(s, j + 1).equals("least") || Tokens.folded(s, j + 1).equals("most"))) {
            return true;
        }
        return quantityOpens(s, j) && finiteVerbAfter(s, j);
    }

    /**
     * A sum at {@code j} ("€35", or "$" then "350"), then a modal within a few words, with no comma or relative pronoun
     * before it (another sum's sign and a full stop inside a figure do not end the subject: "$5 million and $3 million").
     */
    private static boolean sumBeforeModal(Sentence s, int j) {
        int n = s.tokens().size();
        String w = s.tokens().get(j).text();
        // (the sign alone when the tokenizer splits it from the figure: "$" "350")
        boolean signThenFigure = w.length() == 1 && Character.getType(w.codePointAt(0)) == Character.CURRENCY_SYMBOL
                && j + 1 < n && Character.isDigit(s.tokens().get(j + 1).text().codePointAt(0));
        if (!isSum(w) && !signThenFigure) {
            return false;
        }
        for (int k = j + 1; k < Math.min(n, j + 9); k++) {
            String t = Tokens.folded(s, k);
            if (CLAUSE_MODALS.contains(t)) {
                return true;
            }
            if (Tokens.isPunctuation(s.tokens().get(k).text()) && !t.equals(".") && !t.equals("$")
                    || Words.RELATIVE_PRONOUNS.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** "more than 24 million", "nearly 300", "fewer than 10%": an amount with its qualifier at {@code j}. */
    private static boolean quantityOpens(Sentence s, int j) {
        int n = s.tokens().size();
        String w = Tokens.folded(s, j);
        int number = COMPARATIVES.contains(w) && j + 1 < n && Tokens.folded(s, j + 1).equals("than") ? j + 2
                : APPROXIMATELY.contains(w) ? j + 1 : -1;
        return number > 0 && number < n && Character.isDigit(s.tokens().get(number).text().charAt(0));
    }

    private static final Set<String> COMPARATIVES = Words.set("more", "fewer", "less");
    private static final Set<String> APPROXIMATELY = Words.set("nearly", "almost", "about", "around", "roughly",
            "some", "over", "only", "just");

    /**
     * "said France supported the tariffs": no auxiliary, so ask the POS tagger (on these few tokens
     * only) for a verb in the past or third-person form after a subject.
     */
    private static boolean hasTaggedVerbSoon(Sentence s, int j) {
        boolean subject = s.tokens().get(j).isCapitalized() || SUBJECT_PRONOUNS.contains(Tokens.folded(s, j))
                || Tokens.folded(s, j).equals("the");
        return subject && taggedVerbFollows(s, j);
    }

    /**
     * "said farmers needed long-term certainty": a subject in lower case after a verb of saying. The tagger,
     * on a window this small, may call that noun anything but a verb, an adverb or a preposition; an amount
     * is an object ("pledged 300 million euros and Britain promised ...").
     */
    private static boolean hasTaggedVerbAfterLowerCaseSubject(Sentence s, int j) {
        if (!s.tokens().get(j).isWord() || Character.isDigit(s.tokens().get(j).text().charAt(0))) {
            return false;
        }
        return !NOT_A_SUBJECT_TAGS.contains(s.tags(j, j + 1)[0]) && taggedVerbFollows(s, j);
    }

    /** Whether a verb in a past or present form follows {@code v} before the next comma or the sentence's end. */
    private static boolean finiteVerbAfter(Sentence s, int v) {
        int n = s.tokens().size();
        if (v + 2 >= n) {
            return false;
        }
        String[] tags = s.tags(v + 1, n);
        for (int k = 0; k < tags.length; k++) {
            String w = Tokens.folded(s, v + 1 + k);
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
            if (FINITE.contains(w) || (tags[k].equals("VERB") && !w.endsWith("ing") && (w.endsWith("ed")
                    || !s.lemma(v + 1 + k).equals(w)) && k > 1)) {
                return true;
            }
        }
        return false;
    }

    /** The comma at {@code comma} separates a list's items: one or two words, then "and" or "or" ("steel, aluminum and autos"). */
    private static boolean listGoesOn(Sentence s, int comma, int to) {
        for (int k = comma + 1; k < Math.min(to, comma + 4); k++) {
            String w = Tokens.folded(s, k);
            if ((w.equals("and") || w.equals("or")) && k > comma + 1) {
                return true;
            }
            if (!s.tokens().get(k).isWord() || s.isVerbAt(k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean taggedVerbFollows(Sentence s, int j) {
        int n = s.tokens().size();
        int to = Math.min(n, j + 6);
        if (to - j < 2) {
            return false;
        }
        String[] tags = s.tags(j, to);
        for (int k = 1; k < tags.length; k++) {
            String w = Tokens.folded(s, j + k);
            if (w.equals(",") || w.equals(".") || w.equals("that")) {
                return false;
            }
            if (Sentence.isVerbTag(tags[k]) && !w.endsWith("ing") && (w.endsWith("ed") || w.endsWith("s")
                    || ((k == 1 || k == 2 && tags[1].equals("ADV")) && SUBJECT_PRONOUNS.contains(Tokens.folded(s, j)))
                    || !s.lemma(j + k).equals(w))) {
                // "France supported", "it took note": a past or present form, not an infinitive (after a pronoun any
                // form, an adverb between or not: "said they now expect the BOJ to ...")
                return true;
            }
            if (Sentence.verbTaggedAsPluralAfterName(tags, k, s.tokens().get(j + k).text())) {
                // "said Hamas diverts aid"
                return true;
            }
            if (k > 1 && k + 1 < tags.length && Tokens.isQuoteMark(s.tokens().get(j + k).text())
                    && quotedVerb(s.tokens().get(j + k + 1).text())) {
                // 'said the plan "papers over" a funding gap': the verb is the speaker's word, in quotation marks,
                // where the tagger reads a noun
                return true;
            }
        }
        return false;
    }

    /** A verb's present or past form in lower case ("papers", "remains", "crossed"), as a partial quote opens with one. */
    private static boolean quotedVerb(String word) {
        return word.length() > 3 && Character.isLowerCase(word.charAt(0)) && (word.endsWith("s") && !word.endsWith("ss")
                || word.endsWith("ed")) && word.chars().allMatch(Character::isLetter);
    }

    private static boolean hasFiniteSoon(Sentence s, int j) {
        int n = s.tokens().size();
        // "said a trade war between the two sides of the Atlantic would ...": subjects run long
        int reach = j + 13;
        for (int k = j; k < Math.min(n, reach); k++) {
            String t = Tokens.folded(s, k);
            if (FINITE.contains(t)) {
                return k > j || SUBJECT_PRONOUNS.contains(t);
            }
            if (t.equals(",") && k > j) {
                int close = parentheticalEnd(s, k);
                if (close > 0) {
                    // "said people, including children, had been ...": an aside inside the subject
                    k = close;
                    continue;
                }
                close = namedListEnd(s, k);
                if (close > 0) {
                    // "said Camden, Grootvlei and Hendrina would stay online": a subject that lists names
                    k = close;
                    continue;
                }
                if (appositionBeforeFinite(s, k) || nameBeforeFinite(s, k)) {
                    // "said Rachel Reeves, the chancellor, would not sign off", "said the chancellor, Rachel Reeves, would
                    // not pre-empt the budget": the subject's apposition, then its verb
                    return true;
                }
                close = describingInsertEnd(s, k);
                if (close > 0 && !FINITE.contains(Tokens.folded(s, close + 1))) {
                    // "said the concession, granted in 2024, obliges it to ...": the subject's own verb, in a tense
                    return true;
                }
                if (close > 0) {
                    // "said the transaction, backed by a partial guarantee from the Inter-American Development Bank
                    // (IDB) and ..., would allow": a long description of the subject, then its verb
                    reach += close - k;
                    k = close;
                    continue;
                }
            }
            if (t.equals(",") && k > j && listGoesOn(s, k, n)) {
                // "said counter-tariffs on American steel, aluminum and autos would remain": a list inside the subject
                continue;
            }
            if (t.equals(",") || t.equals(".") || t.equals(":") || t.equals(";") || (t.equals("to") && k <= j + 1)
                    || (k == j && t.equals("that")) || t.equals("but")) {
                // ("I have said it before: Spain has committed": the verb after the colon is another sentence's)
                // "expected no supply shortfall this winter but that the system would ...": the verb is another
                // clause's; "said to be": no clause ("any attempt to use its assets would" is one)
                return false;
            }
        }
        return false;
    }

    /** Determiners that open an apposition: ", the chancellor,", ", its largest donor,". */
    private static final Set<String> APPOSITION_OPENERS = Words.set("the", "a", "an", "its", "his", "her", "their");

    /**
     * Whether the comma at {@code open} opens an apposition (", the chancellor,", ", the largest donor,") whose closing
     * comma a finite verb or modal follows at once.
     */
    private static boolean appositionBeforeFinite(Sentence s, int open) {
        int n = s.tokens().size();
        if (open + 2 >= n || !APPOSITION_OPENERS.contains(Tokens.folded(s, open + 1))) {
            return false;
        }
        for (int k = open + 2; k < Math.min(n - 1, open + 10); k++) {
            String t = Tokens.folded(s, k);
            if (t.equals(",")) {
                return FINITE.contains(Tokens.folded(s, k + 1));
            }
            if (FINITE.contains(t) || t.equals(".") || Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return false;
            }
        }
        return false;
    }

    /** A name of one to four capitalised words between the comma at {@code open} and a comma that a modal follows. */
    private static boolean nameBeforeFinite(Sentence s, int open) {
        int n = s.tokens().size();
        int k = open + 1;
        while (k < Math.min(n, open + 5) && s.tokens().get(k).isCapitalized() && s.tokens().get(k).isWord()) {
            k++;
        }
        return k > open + 1 && k + 1 < n && Tokens.folded(s, k).equals(",") && FINITE.contains(Tokens.folded(s, k + 1));
    }

    /** The comma closing a short aside opened by the comma at {@code open} (", while welcome,"), or -1. */
    private static int parentheticalEnd(Sentence s, int open) {
        // (a concession may run longer: ", while not in a position to send troops,")
        int reach = CONCESSIVE.contains(Tokens.folded(s, open + 1)) ? 12 : 8;
        for (int k = open + 2; k < Math.min(s.tokens().size(), open + reach); k++) {
            String t = Tokens.folded(s, k);
            if (t.equals(",")) {
                String first = Tokens.folded(s, open + 1);
                // (", about 40 billion pesos,", ", $2 billion,": a subject's amount set off by commas)
                boolean amount = APPROXIMATELY.contains(first) || Tokens.startsWithDigit(first)
                        || "$€£¥".indexOf(first.charAt(0)) >= 0;
                return ASIDE_OPENERS.contains(first) || amount ? k : -1;
            }
            if (t.equals(".") || Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The last name of a list that goes on at the comma {@code comma} ("Britain, France and Germany would"): names
     * and commas up to "and" or "or" and a last name, which a finite verb follows; else -1.
     */
    private static int namedListEnd(Sentence s, int comma) {
        List<Token> tokens = s.tokens();
        if (comma + 1 >= tokens.size() || !tokens.get(comma + 1).isCapitalized()) {
            return -1;
        }
        boolean joined = false;
        for (int k = comma + 1; k + 1 < Math.min(tokens.size(), comma + 16); k++) {
            Token t = tokens.get(k);
            String w = t.folded();
            if (w.equals("and") || w.equals("or")) {
                joined = true;
            } else if (!(t.isCapitalized() && t.isWord()) && !w.equals(",") && !w.equals("the")) {
                return joined && FINITE.contains(w) && tokens.get(k - 1).isCapitalized() ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a description set off after a subject's first comma at {@code open}, a participle's
     * (", backed by ...,") or a relative clause's (", which closed last year,"), when a finite verb follows it;
     * else -1.
     */
    private static int describingInsertEnd(Sentence s, int open) {
        String first = Tokens.folded(s, open + 1);
        // (and an infinitive's: "said the destroyers, to be handed over in stages from 2027, would be deployed")
        boolean infinitive = first.equals("to") && open + 2 < s.tokens().size() && Tokens.folded(s, open + 2).equals("be");
        if (!first.equals("which") && !first.equals("who") && !(first.endsWith("ed") && s.isVerbAt(open + 1))
                && !Words.IRREGULAR_PARTICIPLES.contains(first) && !infinitive && !AMOUNT_INSERT_OPENERS.contains(first)) {
            return -1;
        }
        int close = insertClose(s, open - 1, true, 32);
        if (close <= 0 || close + 1 >= s.tokens().size()) {
            return -1;
        }
        String verb = Tokens.folded(s, close + 1);
        // "..., granted in 2024, obliges it to ...": a present or past tense after the insert does as well as a modal
        boolean tensed = s.isVerbAt(close + 1) && !verb.endsWith("ing") && (verb.endsWith("s") || verb.endsWith("ed"));
        return FINITE.contains(verb) || tensed ? close : -1;
    }

    /**
     * Words that open an insert giving a subject's size or worth: "said the first disbursements, worth 15% of each
     * country's allocation, would be paid", ", totalling $2 billion,", ", each carrying 40 troops,".
     */
    private static final Set<String> AMOUNT_INSERT_OPENERS = Words.set("worth", "totalling", "totaling", "costing",
            "amounting", "each");

    /** Words that open an aside inside a subject: ", including children,", ", while welcome,". */
    private static final Set<String> ASIDE_OPENERS = Words.set("including", "while", "though", "although", "however",
            "if", "especially", "notably", "in", "for", "mostly", "mainly", "many", "most", "some", "together", "along",
            "alongside");

    /** Fewest tokens of a reported clause that a second report ends: "the plan was "recycled money"". */
    private static final int MIN_FIRST_REPORT_TOKENS = 4;

    /** A verb of a second report at {@code k}, after an "also": "and said", "but also warned". */
    private static boolean secondReportAt(List<Token> tokens, int k) {
        int verb = k < tokens.size() && tokens.get(k).folded().equals("also") ? k + 1 : k;
        return verb < tokens.size() && (NEW_REPORT_VERBS.contains(tokens.get(verb).folded())
                || NEXT_REPORTS.contains(tokens.get(verb).folded()));
    }

    /** The end offset of a reported clause: the sentence end, or an earlier break (", which", ", saying"). */
    private static int clauseEnd(Sentence s, int from, QuotedRegions quotes) {
        List<Token> tokens = s.tokens();
        int end = tokens.get(tokens.size() - 1).end();
        for (int k = from + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String w = t.folded();
            if (quotes.isQuoted(t.start()) && !Tokens.isQuoteMark(t.text())) {
                continue;
            }
            // (a comma inside a partial quote's closing mark is the clause's comma too: 'would support "any measure
            // that respects international law," but ...'; annotators end the quote before that comma)
            boolean quotedComma = k >= 3 && Tokens.isQuoteMark(tokens.get(k - 1).text()) && tokens.get(k - 2).text().equals(",");
            boolean comma = tokens.get(k - 1).text().equals(",") || quotedComma;
            int beforeComma = quotedComma ? k - 3 : k - 2;
            if (comma && w.equals("which") && k - from > 6) {
                int close = innerRelativeClauseClose(s, k);
                if (close > 0) {
                    // "Prague would hand over the management of the scheme, which has sourced more than 3 million
                    // shells, to NATO": a relative clause inside the object, after which the clause goes on
                    k = close;
                    continue;
                }
            }
            if (comma && k - from <= 6 && !w.equals("and") && !w.equals("but")) {
                int close = relativeClauseClose(s, from, k);
                if (close > 0) {
                    // "warned that the force, which is authorised to carry out offensive operations, could cause ...",
                    // "said the United States, once the largest donor, had cut ...": a relative clause or an
                    // apposition inside the reported clause's subject, whose verb comes after it
                    k = close;
                    continue;
                }
            }
            if (comma && w.equals("and") && k + 1 < tokens.size() && (NEW_REPORT_VERBS.contains(tokens.get(k + 1).folded())
                    || NEXT_REPORTS.contains(tokens.get(k + 1).folded()))) {
                // "said the party would not hand over its weapons ..., and warned that ...": the speaker's next report
                // (annotators end the clause there every time: 20 of 20 before ", and warned", 18 of 18 before ", and said")
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && w.equals("and") && startsNewReport(tokens, k + 1)) {
                // "said the Netherlands would finance ..., and he promised that ...": a second report
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && summarisingApposition(tokens, k)) {
                // "said the UK would stand by its commitment, a promise that aid groups ...": the reporter's gloss
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && w.equals("in") && k + 2 < tokens.size() && tokens.get(k + 1).folded().equals("a")
                    && (tokens.get(k + 2).folded().equals("reference") || k + 3 < tokens.size()
                        && tokens.get(k + 3).folded().equals("reference"))) {
                // "..., in a pointed reference to delays in orders": the reporter's gloss
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && isTimeApposition(tokens, k)) {
                // "..., a day after a report by the IAEA": when, not what was said
                end = tokens.get(beforeComma).end();
                break;
            }
            if (!comma && (w.equals("and") || w.equals("but")) && k - from >= MIN_FIRST_REPORT_TOKENS
                    && secondReportAt(tokens, k + 1) && s.hasVerb(from, k)) {
                // "said Labour was "writing cheques to Brussels" and said a Conservative government would review it",
                // "said the award was a step in the right direction but said the union would not rule out strikes": the
                // speaker's next report (annotators end the clause before it 344 times, run on across it 22); not after a
                // mere object ("welcomed the swap and said"), which is no clause of its own, nor after a few words that
                // preface the report ("said Ukraine was grateful and noted that ...": one clause in the dev corpus gold)
                end = tokens.get(k - 1).end();
                break;
            }
            if (k + 1 < tokens.size() && ((w.equals("and") && (SPEAKER_ACTS.contains(tokens.get(k + 1).folded())
                        || SPEAKER_ASIDES.contains(tokens.get(k + 1).folded()) && tokens.get(k + 1).folded().endsWith("ing")))
                    || (w.equals("but") && APPEALS.contains(tokens.get(k + 1).folded())))) {
                // "said London would provide ... and urged Israel to lift restrictions", "saying Pristina had refused ...
                // and accusing the Kosovo government of ...": what the speaker did next
                end = tokens.get(comma ? beforeComma : k - 1).end();
                break;
            }
            if (comma && w.equals("and") && anotherActorsNews(tokens, k + 1)) {
                // "said it would spend $200 billion ..., and the Children's Investment Fund Foundation has committed
                // $150 million": the reporter goes on with another body's news
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && w.equals("and") && k + 1 < tokens.size() && tokens.get(k + 1).folded().equals("that")) {
                // "said it would build two wind farms ..., and that it would offer ...": still what was said (the
                // annotators keep the second "that" clause in the quote more than thirty times for each split)
                continue;
            }
            if (!comma && (w.equals("but") || (w.equals("and") && NEW_REPORT_VERBS.contains(tokens.get(Math.min(k + 1, tokens.size() - 1)).folded())))
                    && k + 2 < tokens.size() && VERBS.contains(tokens.get(k + 1).folded()) && tokens.get(k + 2).folded().equals("that")) {
                // "said the contract was priced attractively but warned that ...", "... and vowed that his
                // coalition would ...": the speaker's next report, even without a comma
                end = tokens.get(k - 1).end();
                break;
            }
            if (!comma && (w.equals("and") || w.equals("but")) && k + 2 < tokens.size() && SAID_AGAIN.contains(tokens.get(k + 1).folded())
                    && (tokens.get(k + 2).isCapitalized() || SUBJECT_PRONOUNS.contains(tokens.get(k + 2).folded()))) {
                // 'said countries "should not bring bloc confrontation" and said China would ...', "repeated that Rome
                // would not send troops but said Italy could help monitor a ceasefire": a second report
                end = tokens.get(k - 1).end();
                break;
            }
            if (comma && k + 2 < tokens.size() && (tokens.get(k + 1).folded().equals("he") || tokens.get(k + 1).folded().equals("she"))
                    && ((w.equals("but") || w.equals("and")) && NARRATED.contains(tokens.get(k + 2).folded())
                        || CONCESSIVE.contains(w) && VERBS.contains(tokens.get(k + 2).folded()))) {
                // "said his government would not provide a single euro, though he told reporters Bratislava could ...":
                // the speaker's next report
                // "said Canada would buy more equipment from Canadian suppliers, but he did not rule out ...": the
                // reporter tells what the speaker did (a backshifted "but he would ..." may still be the report)
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && w.equals("but") && k + 1 < tokens.size()
                    && (speakersNextAct(s, k + 1) || VERBS.contains(tokens.get(k + 1).folded()))) {
                // "said the kingdom would contribute $2 billion, but tied the money to ...": what the speaker did next
                // (annotators end the clause before ", but" and a verb in the past: warned 51 times, declined 27, gave
                // 23, accused, demanded, cautioned; they kept it 7 times); "..., but added that the company might
                // ...": the speaker's next report
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && w.equals("but") && startsNewReport(tokens, k, 8, true)) {
                // "said it would distribute seeds ..., but opposition spokesman on agriculture Lothan Cousins said ...":
                // another speaker's report
                end = tokens.get(beforeComma).end();
                break;
            }
            if (comma && (w.equals("but") || w.equals("while")) && k + 1 < tokens.size()
                    && (tokens.get(k + 1).folded().equals("that") || (w.equals("but") && !tokens.get(k + 1).isCapitalized()
                        && !gazetteerLikeSubject(tokens.get(k + 1).folded()) && !someonesOfficial(tokens, k + 1)))) {
                // "said Serbia would never ..., but that Belgrade was ready ...", "was prepared to help, but only
                // if ...": still what was said; ", but Russia ..." starts the reporter's own sentence
                continue;
            }
            if ((w.equals("\u2014") || w.equals("\u2013")) && k - from > 1) {
                int close = pairedDashAfter(tokens, k);
                if (close > 0) {
                    // "said the plants — three making active pharmaceutical ingredients and one producing injectable
                    // medicines — would be built in the U.S.": an insert between dashes, after which the clause goes on
                    // (annotators keep it 12 times in 19; a single dash still ends the clause)
                    k = close;
                    continue;
                }
            }
            if ((comma && (w.equals("which") || w.equals("saying") || w.equals("adding") || w.equals("according")
                    || w.equals("while") || w.equals("but") || w.equals("who") || w.equals("whose") || w.equals("as")
                    || ((w.equals("though") || w.equals("although")) && k + 1 < tokens.size()
                        && (tokens.get(k + 1).isCapitalized() || concessionNarrated(tokens, k + 1)))
                    || REPORTER_PARTICIPLES.contains(w) || reportersFraming(tokens, k)
                    || (SPEAKER_ASIDES.contains(w) && !reportGoesOn(tokens, k))))
                    || w.equals(";") || w.equals("\u2014") || w.equals("\u2013") || w.equals(":")
                    || (Tokens.isQuoteMark(t.text()) && isOpeningFullQuote(tokens, k, quotes))) {
                end = tokens.get(comma ? beforeComma : k - 1).end();
                break;
            }
        }
        // drop the final full stop and a closing comma
        int last = Tokens.lastEndingBy(s, end);
        while (last > from && Tokens.isPunctuation(tokens.get(last).text()) && !Tokens.isQuoteMark(tokens.get(last).text())
                && !tokens.get(last).text().equals("%") && !isSum(tokens.get(last).text())
                && !closesBracketOpenedIn(tokens, from, last)) {
            // ("the flat rate of 15%." keeps its per cent sign, "would receive £150." its sum, "the International Monetary
            // Fund (IMF)" its closing bracket)
            last--;
        }
        return last >= from ? tokens.get(last).end() : end;
    }

    /** Whether token {@code at} is a ")" whose "(" stands in the clause from {@code from}. */
    private static boolean closesBracketOpenedIn(List<Token> tokens, int from, int at) {
        if (!tokens.get(at).text().equals(")")) {
            return false;
        }
        for (int k = at - 1; k >= from; k--) {
            if (tokens.get(k).text().equals("(")) {
                return true;
            }
            if (tokens.get(k).text().equals(")")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "..., in a bid to head off a suspension order", "..., in an effort to calm markets", "..., in what Premier Chris
     * Minns has called ...": after a comma, the reporter's reading of why or how big, not the speaker's words (no
     * annotated quote keeps one).
     */
    private static boolean reportersFraming(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size() || !tokens.get(k).folded().equals("in")) {
            return false;
        }
        String next = tokens.get(k + 1).folded();
        String after = tokens.get(k + 2).folded();
        return next.equals("what") || next.equals("a") && after.equals("bid") || next.equals("an") && after.equals("effort");
    }

    /** A sum the tokenizer keeps with its currency sign: "£150", "€2bn". */
    private static boolean isSum(String token) {
        return token.length() > 1 && Character.getType(token.codePointAt(0)) == Character.CURRENCY_SYMBOL
                && Character.isDigit(token.codePointAt(1));
    }

    /**
     * The dash that closes an insert opened by the dash at {@code open} (within 25 tokens, with words after it), or -1.
     */
    private static int pairedDashAfter(List<Token> tokens, int open) {
        for (int k = open + 2; k < Math.min(tokens.size() - 1, open + 26); k++) {
            String w = tokens.get(k).text();
            if (w.equals(tokens.get(open).text())) {
                return tokens.get(k + 1).isWord() ? k : -1;
            }
            if (w.equals(";") || w.equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a named body's act in the past or perfect opens at {@code the}: "the Kremlin has made no public
     * commitment" is kept in the quote by annotators, "the Global Energy Alliance for People and Planet pledged a
     * further $250 million" and "the Russian navy has begun escorting" are not.
     */
    private static boolean anotherActorsNews(List<Token> tokens, int the) {
        if (the >= tokens.size() || !tokens.get(the).folded().equals("the")) {
            return false;
        }
        boolean named = false;
        for (int k = the + 1; k < Math.min(tokens.size() - 1, the + 14); k++) {
            String w = tokens.get(k).folded();
            named |= tokens.get(k).isCapitalized();
            if (NEWS_VERBS.contains(w)) {
                return named;
            }
            if (w.equals("has") || w.equals("have")) {
                String next = tokens.get(k + 1).folded();
                return named && !next.equals("no") && !next.equals("not") && (next.endsWith("ed") || next.endsWith("en")
                        || PERFECT_PARTICIPLES.contains(next));
            }
            if (FINITE.contains(w) || Tokens.isQuoteMark(tokens.get(k).text()) || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> NEWS_VERBS = Words.set("announced", "pledged", "committed", "launched", "began",
            "unveiled", "approved");
    private static final Set<String> PERFECT_PARTICIPLES = Words.set("made", "begun", "set", "forecast", "put", "cut",
            "sent", "built", "won", "led", "paid", "held", "spent", "lent", "kept");

    /** After "and" without a comma these open a new report ("... and vowed that"); "and noted that" may go on. */
    private static final Set<String> NEW_REPORT_VERBS = Words.set("vowed", "promised", "pledged", "warned", "insisted",
            "predicted", "added", "said", "stressed", "argued", "acknowledged", "conceded", "announced");
    /** More verbs of a second report after ", and": "..., and noted that", "..., and repeated that". */
    private static final Set<String> NEXT_REPORTS = Words.set("noted", "reiterated", "repeated", "confirmed", "expressed",
            "told", "wrote", "cautioned", "explained", "emphasised", "emphasized", "underlined");
    private static final Set<String> SAID_AGAIN = Words.set("said", "added", "stressed", "announced");

    /** Where something was said: "said in a statement it would ...". */
    private static final Set<String> CHANNELS = Words.set("statement", "interview", "letter", "post", "speech",
            "video", "message", "briefing", "note");

    /** Acts of the speaker that follow a report with "and": not part of what was reported. */
    private static final Set<String> SPEAKER_ACTS = Words.set("urged", "accused", "criticised", "criticized", "thanked",
            "praised", "condemned", "appealed", "welcomed", "rejected", "dismissed", "threatened", "denied", "declined",
            "refused", "demanded", "called", "announced", "argued", "insisted", "reiterated", "renewed", "repeated",
            "pledged", "promised", "vowed", "questioned", "asked", "blamed", "cautioned",
            // "said it was monitoring the situation and reminded both countries that ...", "said Pakistan would meet all
            // structural benchmarks and expressed confidence that ..."
            "reminded", "expressed",
            // a live page's present tense: "Flynn says Scotland has been short-changed and asks whether ..."
            "asks", "insists", "urges", "accuses", "points", "reminds");

    /**
     * Appeals to others after "but": "said the party would support the deal but urged ministers to ...". (A
     * "but rejected ..." may still be what was reported: "said Russia would study the plan but rejected ...".)
     */
    private static final Set<String> APPEALS = Words.set("urged", "called", "appealed", "demanded", "asked",
            "accused", "criticised", "criticized", "warned", "threatened", "did", "declined", "gave", "refused",
            "stopped", "offered", "left", "acknowledged", "conceded", "admitted", "stressed", "cautioned", "voiced",
            "expressed", "raised", "questioned",
            // "said the interim target "will be tough" but insisted it could still be hit"
            "insisted", "insists");

    /**
     * Participles by which the reporter adds a consequence after a comma: "said it would not be bound by
     * the figure, exposing a rift ...", "said it would provide 125 million euros, making it the largest donor".
     */
    private static final Set<String> REPORTER_PARTICIPLES = Words.set("exposing", "making", "bringing", "raising",
            "prompting", "sending", "putting", "marking", "ending", "leaving", "underscoring", "highlighting",
            "signalling", "signaling", "reflecting", "reversing", "deepening", "fuelling", "fueling", "triggering",
            "paving", "dashing", "capping", "pushing", "setting", "taking", "boosting", "deepening", "renewing",
            "escalating");

    /**
     * What the speaker adds after a comma, which annotators leave out of the reported clause: "..., citing budget
     * constraints", "..., without giving details", "..., calling for ...", "..., arguing that ..." (annotators cut
     * there 10 times in 13)
     */
    private static final Set<String> SPEAKER_ASIDES = Words.set("citing", "calling", "noting", "warning",
            "insisting", "without", "pointing", "accusing", "urging", "describing", "blaming", "claiming",
            "stressing", "rejecting", "dismissing", "arguing");

    /**
     * The comma that closes a relative clause or an apposition opened at {@code which} inside a reported clause's
     * subject (tokens from {@code from} have no verb yet), when a verb follows it: that comma's index, else -1.
     */
    private static int relativeClauseClose(Sentence s, int from, int which) {
        if (s.hasVerb(from, which - 1)) {
            return -1;
        }
        // ("the transaction, backed by a partial guarantee from the Inter-American Development Bank (IDB) and ...
        // (CAF), would allow": an insert without a verb of its own may be long)
        int close = insertClose(s, which, false, 32);
        return close > 0 && s.isVerbAt(close + 1) ? close : -1;
    }

    /**
     * The comma that closes a ", which ..." clause opened at {@code which} when the reported clause goes on after it
     * with a preposition or a verb (", to NATO by 2027", ", would be sent"), else -1.
     */
    private static int innerRelativeClauseClose(Sentence s, int which) {
        int close = insertClose(s, which, true, 20);
        if (close < 0) {
            return -1;
        }
        String next = Tokens.folded(s, close + 1);
        if (next.equals("and") && MODALS_GOING_ON.contains(Tokens.folded(s, close + 2))) {
            // "remained in negotiations over its licence, which expires in 2027, and would not allow ...": the
            // reported subject's next predicate (after ", and that" annotators start a new statement)
            return close;
        }
        // (", and the United Kingdom, which had been expected to ..., said it would not": another speaker)
        return (s.tags(close + 1, close + 2)[0].equals("ADP") || s.isVerbAt(close + 1) || next.equals("to"))
                && !SAYING.contains(next) && !VERBS.contains(next) ? close : -1;
    }

    /**
     * The comma that closes a phrase set off after the comma before {@code which}, within {@code reach} tokens and with a
     * token after it, or -1 at a semicolon, full stop, quotation mark (or, when {@code dashEnds}, a dash) first.
     */
    private static int insertClose(Sentence s, int which, boolean dashEnds, int reach) {
        List<Token> tokens = s.tokens();
        for (int k = which + 2; k + 1 < Math.min(tokens.size(), which + reach); k++) {
            String t = tokens.get(k).text();
            if (t.equals(",")) {
                return k;
            }
            if (t.equals(";") || t.equals(".") || Tokens.isQuoteMark(t) || (dashEnds && t.equals("\u2014"))) {
                return -1;
            }
        }
        return -1;
    }

    /** ", and that ..." or ", and would ..." after an aside: "would not pursue two projects, citing regulatory
     * uncertainty, and would write down ...", where the report goes on past the aside. */
    private static boolean reportGoesOn(List<Token> tokens, int aside) {
        for (int k = aside + 1; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",") && tokens.get(k + 1).folded().equals("and")) {
                String next = tokens.get(k + 2).folded();
                return next.equals("that") || MODALS_GOING_ON.contains(next);
            }
        }
        return false;
    }

    /** The modals of a reported subject's next predicate after an aside: ", and would write down ...". */
    private static final Set<String> MODALS_GOING_ON = Words.set("would", "will", "could");

    /** A verb in the past with no subject of its own at {@code k}, after ", but": "tied", "declined", "gave". */
    private static boolean speakersNextAct(Sentence s, int k) {
        String w = Tokens.folded(s, k);
        return PAST_ACTS.contains(w) || (w.endsWith("ed") && s.isVerbAt(k) && !s.tags(k, k + 1)[0].equals("AUX"));
    }

    /** What a speaker did, in the past: "did not rule out", "declined to", "gave no". */
    private static final Set<String> PAST_ACTS = Words.set("did", "declined", "gave", "refused", "stopped", "made",
            "offered", "left");
    /** What a speaker did, told by the reporter after ", but he": the {@link #PAST_ACTS} and "was", "has", "also". */
    private static final Set<String> NARRATED = Words.union(PAST_ACTS, "was", "has", "had", "also");
    private static final Set<String> CONCESSIVE = Words.set("though", "although", "while", "but");

    /** Verbs of a concession that is still the report, told in the past of reported speech: "had", "would", "were". */
    private static final Set<String> BACKSHIFTED = Words.set("had", "would", "was", "were", "could", "might", "may",
            "should", "will", "can");
    /** Verbs of a concession the reporter tells: "though he declined to say", "though no host has been announced". */
    private static final Set<String> CONCEDED = Words.union(PAST_ACTS, "has", "have", "is", "are", "said", "stressed",
            "acknowledged", "added", "cautioned", "noted", "warned", "threatened");

    /**
     * Whether ", though ..." at {@code from} is the reporter's concession, not the speaker's: its first verb is one
     * the reporter narrates in ("though he declined to say how much", "though it did not give figures", "though no
     * agreement has been reached"), not a backshifted one of the report ("though no decision had been taken", "although
     * insurance costs were likely to rise"). In the tuned batches the quote ends before the first 28 times in 31.
     */
    private static boolean concessionNarrated(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 7); k++) {
            String w = tokens.get(k).folded();
            if (BACKSHIFTED.contains(w)) {
                return false;
            }
            if (CONCEDED.contains(w) || (w.endsWith("ed") && w.length() > 4 && k > from)) {
                return true;
            }
        }
        return false;
    }

    /** A subject of up to four words then a reporting verb: "he promised", "the minister added". */
    private static boolean startsNewReport(List<Token> tokens, int from) {
        return startsNewReport(tokens, from, 7, false);
    }

    /**
     * Like {@link #startsNewReport(List, int)}, with the reporting verb before {@code from + reach}; {@code longSubject}
     * lets a long lower-case subject stand before it ("but opposition spokesman on agriculture Lothan Cousins said").
     */
    private static boolean startsNewReport(List<Token> tokens, int from, int reach, boolean longSubject) {
        if (from < tokens.size() && tokens.get(from).folded().equals("that")) {
            // ", and that she had asked the White House ...": a second clause of the same report
            return false;
        }
        for (int k = from + 1; k < Math.min(tokens.size(), from + reach); k++) {
            String w = tokens.get(k).folded();
            if (VERBS.contains(w) || SPEAKER_ACTS.contains(w)) {
                // ", and he promised that ...", ", and a spokesman declined to comment ...", ", and Indian Foreign
                // Minister S. Jaishankar posted that ..."
                return !tokens.get(k - 1).folded().equals("to") && (k - from <= 4 || tokens.get(from).isCapitalized() || longSubject);
            }
            boolean initial = w.equals(".") && tokens.get(k - 1).text().length() == 1 && tokens.get(k - 1).isCapitalized();
            if (!tokens.get(k).isWord() && !initial) {
                return false;
            }
        }
        return false;
    }

    /** "his finance minister", "her deputy": a possessive, then a role within three words: another person. */
    private static boolean someonesOfficial(List<Token> tokens, int k) {
        if (!POSSESSIVE_DETERMINERS.contains(tokens.get(k).folded())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
            if (ROLE_ENDS.contains(tokens.get(j).folded()) || tokens.get(j).folded().equals("deputy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean gazetteerLikeSubject(String w) {
        return w.equals("critics") || w.equals("analysts") || w.equals("officials") || w.equals("observers")
                || w.equals("the") || w.equals("experts");
    }

    /** What a reporter calls the words just reported: "..., a promise both states have repeated". */
    private static final Set<String> SUMMARY_NOUNS = Words.set("promise", "pledge", "commitment", "vow", "claim", "move",
            "step", "figure", "reference", "policy", "idea", "proposal", "stance", "position", "decision", "goal", "target",
            "measure");

    /**
     * ", a promise that ...", ", a move which ...": a noun summing up what was said, then a relative clause; or one of the
     * {@link #SUMMARY_NOUNS} without it.
     */
    private static boolean summarisingApposition(List<Token> tokens, int k) {
        if (!(tokens.get(k).folded().equals("a") || tokens.get(k).folded().equals("an"))) {
            return false;
        }
        if (k + 1 < tokens.size() && SUMMARY_NOUNS.contains(tokens.get(k + 1).folded())) {
            // "said Ohio would not put tolls on the bridge, a promise both states have repeated": the reporter's gloss
            return true;
        }
        for (int i = k + 1; i < Math.min(tokens.size(), k + 4); i++) {
            String w = tokens.get(i).folded();
            if (w.equals("that") || w.equals("which") || w.equals("who")) {
                return i > k + 1;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTimeApposition(List<Token> tokens, int k) {
        for (int i = k; i < Math.min(tokens.size(), k + 3); i++) {
            String w = tokens.get(i).folded();
            if (w.equals("after") || w.equals("before") || w.equals("ahead") || w.equals("following")) {
                return i > k || !w.equals("following");
            }
            if (!(w.equals("a") || w.equals("one") || w.equals("two") || w.equals("three") || w.equals("day")
                    || w.equals("days") || w.equals("hours") || w.equals("weeks") || w.equals("week") || w.equals("shortly")
                    || w.equals("just") || w.equals("hours") || w.equals("minutes") || w.equals("months"))) {
                return false;
            }
        }
        return false;
    }

    /** A quote mark preceded by a comma or colon opens a new direct quote, not a phrase of the clause. */
    private static boolean isOpeningFullQuote(List<Token> tokens, int k, QuotedRegions quotes) {
        String prev = tokens.get(k - 1).text();
        // (not the mark closing a partial quote with its comma inside: 'was a "tool of confrontation," and that ...')
        return (prev.equals(",") || prev.equals(":")) && k + 1 < tokens.size() && quotes.isQuoted(tokens.get(k + 1).start());
    }

    /** Words after a reporting verb that open where or when it was said, not who said it: "said at the summit". */
    private static final Set<String> OCCASION_OPENERS = Words.set("at", "in", "on", "during", "before", "after", "while");

    private static Entity speakerAfter(Sentence s, int v, SpeakerResolver speakers) {
        // "..., said the Ambassador of Japan to Ukraine Masashi Nakagome.": the person named after the verb
        Entity first = null;
        for (int k = v + 1; k < Math.min(s.tokens().size(), v + 16); k++) {
            if (Tokens.folded(s, k).equals(".") || Tokens.folded(s, k).equals(",")) {
                break;
            }
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                return m.entity();
            }
            if (m != null && first == null) {
                first = m.entity();
            }
        }
        if (first != null) {
            return first;
        }
        for (int k = v + 1; k < Math.min(s.tokens().size(), v + 6); k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null) {
                return m.entity();
            }
            if (SpeakerResolver.isPersonalPronoun(s.tokens().get(k).text())) {
                return speakers.resolvePronoun(s.tokens().get(k).start());
            }
        }
        return null;
    }

    /**
     * "This was stated by President Zelensky in his evening address.": the sentence before is what he
     * said. "As reported by the ministry, CLAUSE." works like "according to".
     */
    private boolean statedBy(AnalyzedText text, Sentence s, QuotedRegions quotes, SpeakerResolver speakers,
                             List<FoundStatement> out) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        if (n >= 5 && (Tokens.folded(s, 0).equals("this") || Tokens.folded(s, 0).equals("that") || Tokens.folded(s, 0).equals("it"))
                && (Tokens.folded(s, 1).equals("was") || Tokens.folded(s, 1).equals("is")) && VERBS.contains(Tokens.folded(s, 2))
                && Tokens.folded(s, 3).equals("by") && s.index() > 0) {
            Entity speaker = null;
            for (int k = 4; k < Math.min(n, 9) && speaker == null; k++) {
                Mention m = speakers.mentionAt(s.index(), k);
                if (m != null) {
                    speaker = m.entity();
                }
            }
            Sentence prev = text.sentences().get(s.index() - 1);
            // (not when the sentence before had its own attribution: "India will eliminate tuberculosis by 2027, Union
            // Health Minister J.P. Nadda said on Monday. | This was announced by the minister at a function")
            boolean attributed = out.stream().anyMatch(f -> f.quoteStart() >= prev.start() && f.quoteStart() < prev.end());
            if (speaker != null && !attributed && !quotes.isQuoted(prev.start()) && prev.end() - prev.start() >= 8) {
                out.add(new FoundStatement(speaker, prev.start(), prev.end(), false, Tokens.folded(s, 2), prev.start(), s.end()));
            }
            return true;
        }
        if (n >= 6 && Tokens.folded(s, 0).equals("as") && VERBS.contains(Tokens.folded(s, 1)) && Tokens.folded(s, 2).equals("by")) {
            Entity speaker = null;
            int comma = -1;
            for (int k = 3; k < n; k++) {
                Mention m = speakers.mentionAt(s.index(), k);
                if (m != null && speaker == null) {
                    speaker = m.entity();
                }
                if (Tokens.folded(s, k).equals(",")) {
                    comma = k;
                    break;
                }
            }
            if (speaker != null && comma > 0 && comma + 1 < n) {
                add(text, s, tokens.get(comma + 1).start(), clauseEnd(s, comma + 1, quotes), speaker, Tokens.folded(s, 1), quotes, out);
            }
            return true;
        }
        return false;
    }

    private static boolean isRelative(String w) {
        return w.equals("which") || w.equals("that") || w.equals("what");
    }

    /** True when the words between the comma and the verb, or the start of the sentence, are quoted. */
    private static boolean quotedBetween(Sentence s, int comma, int v, QuotedRegions quotes) {
        if (quotes.isQuoted(s.tokens().get(0).start()) || quotes.isQuoted(s.tokens().get(comma).start())) {
            return true;
        }
        int marks = 0;
        int opened = -1;
        for (int k = 0; k < v; k++) {
            String t = s.tokens().get(k).text();
            if (Tokens.isQuoteMark(t) || t.indexOf('\u201E') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0
                    || t.indexOf('"') >= 0) {
                boolean partialClosing = k == comma - 1 && marks % 2 != 0 && opened > 1 && s.tokens().get(opened - 1).isWord()
                        && comma - opened <= 8;
                if ((k == 0 || k >= comma - 1) && !partialClosing) {
                    // ('"...," he said': a direct quote, not a report; but 'to move the armed forces on to a
                    // "war-fighting footing", the government has said' closes a few words quoted inside the clause)
                    return true;
                }
                opened = marks % 2 == 0 ? k : opened;
                marks++;
            }
        }
        // 'Spain will not go beyond 2.1 percent "under any circumstances" in this legislature, Montero said': a few
        // words quoted inside the reported clause, opened and closed in it (but 'Xi told Lula that China was ready to
        // "import more ...", Xinhua reported', 'Macron "expressed his concern" ..., the Elysee said': a report of
        // someone's words, which are theirs, not the relay's)
        return marks % 2 != 0 || marks > 0 && reportsWordsBefore(s, comma);
    }

    private static boolean reportsWordsBefore(Sentence s, int comma) {
        for (int k = 0; k < comma; k++) {
            String w = Tokens.folded(s, k);
            if (VERBS.contains(w) || WITH_OBJECT.contains(w) || w.equals("expressed")) {
                return true;
            }
        }
        return false;
    }


    /** "..., the country's finance ministry said.": another attribution follows, so this verb does not close. */
    private static boolean reportsLater(Sentence s, int from) {
        for (int k = from; k < s.tokens().size(); k++) {
            if (VERBS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** True when a later comma opens a closing attribution: "..., Deputy Prime Minister X told Reuters." */
    private static boolean closingAttributionAfter(Sentence s, int v) {
        for (int c = v + 2; c < s.tokens().size(); c++) {
            if (!Tokens.folded(s, c).equals(",")) {
                continue;
            }
            for (int k = c + 1; k < Math.min(s.tokens().size(), c + 9); k++) {
                String w = Tokens.folded(s, k);
                if (VERBS.contains(w) && !OPINIONS.contains(w) && endsSentence(s, k)) {
                    return true;
                }
                if (FINITE.contains(w) || w.equals(",")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Verbs that a pronoun sets off in the middle of what it reports: "..., he said, would require ...". */
    private static final Set<String> SAID_IN_THE_MIDDLE = Words.set("said", "says", "added", "argued", "insisted",
            "warned", "noted", "stressed");

    /**
     * Whether the reporting verb {@code v} and the pronoun before it are set off by commas in the middle of the
     * sentence, with at least three words after them: "The first phase, he said, would focus on clearing rubble" (not in
     * a relative clause: "a debt crisis that, he said, forces many countries to choose").
     */
    private static boolean saidInTheMiddle(Sentence s, int v) {
        List<Token> tokens = s.tokens();
        int close = closingComma(s, v);
        return (v >= 4 || v == 3 && nameOpens(s)) && close > 0 && close + 3 < tokens.size()
                && tokens.get(v - 2).text().equals(",")
                && PRONOUNS_SAYING.contains(Tokens.folded(s, v - 1))
                && !Words.RELATIVE_PRONOUNS.contains(Tokens.folded(s, v - 3))
                && !PARTICIPLES.contains(Tokens.folded(s, close + 1)) && !Tokens.isIngForm(Tokens.folded(s, close + 1));
    }

    /** Verbs that set off what they report with their hearers or a place between: "..., he told reporters, would ...". */
    private static final Set<String> TOLD_IN_THE_MIDDLE = Words.set("told", "admitted", "said", "added");

    /** Longest phrase after such a verb before its comma: "in the same interview". */
    private static final int MAX_HEARERS = 4;

    /**
     * The comma that closes the attribution at {@code v}: right after the verb, or after a few lower-case words when the
     * verb names its hearers or where it was said ("Lithuania, he told his counterparts, was ready to send ...",
     * "Whether that vote ever comes, he admitted in the same interview, depends on Moscow"); -1 if none.
     */
    private static int closingComma(Sentence s, int v) {
        List<Token> tokens = s.tokens();
        String verb = Tokens.folded(s, v);
        if (v + 1 < tokens.size() && tokens.get(v + 1).text().equals(",")) {
            return SAID_IN_THE_MIDDLE.contains(verb) ? v + 1 : -1;
        }
        if (!TOLD_IN_THE_MIDDLE.contains(verb)) {
            return -1;
        }
        for (int k = v + 1; k < tokens.size() && k <= v + MAX_HEARERS + 1; k++) {
            if (tokens.get(k).text().equals(",")) {
                return k > v + 1 ? k : -1;
            }
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized() || FINITE.contains(Tokens.folded(s, k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence opens with a one-word subject: "Lithuania, he said, would send up to 300 troops" (not an
     * adverb: "Still, she said, prices were ...", "Instead, he said, the city would ...").
     */
    private static boolean nameOpens(Sentence s) {
        Token first = s.tokens().get(0);
        String w = first.folded();
        return first.isCapitalized() && first.isWord() && !w.endsWith("ly") && !SENTENCE_ADVERBS.contains(w)
                && !CONNECTIVES.contains(w);
    }

    /** Words that open a sentence and link it to the one before: "Still, she said, ...". */
    private static final Set<String> CONNECTIVES = Words.set("still", "instead", "but", "and", "so", "yet", "now", "then",
            "thus", "hence", "therefore", "overall", "again", "indeed", "otherwise", "nevertheless", "nonetheless");

    /** Words that open a clause which needs another: "If ..., he said, the government would ...". */
    private static final Set<String> SUBORDINATE_OPENERS = Words.set("if", "when", "once", "unless", "although", "though",
            "while", "as", "because", "since", "after", "before", "until", "of", "without", "with");

    /** Whether tokens [from, to) are a main clause with a finite verb of its own: "Kestrel will sign two contracts". */
    private static boolean clauseOfItsOwn(Sentence s, int from, int to) {
        if (from >= to || SUBORDINATE_OPENERS.contains(Tokens.folded(s, from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (FINITE.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** The pronouns of {@link #saidInTheMiddle}. */
    private static final Set<String> PRONOUNS_SAYING = Words.set("he", "she", "they");

    /** "..., X said." or "..., X told reporters on Tuesday.": nothing but a short phrase without a verb follows. */
    private static boolean closesClause(Sentence s, int v) {
        if (v + 1 < s.tokens().size() && s.tokens().get(v + 1).text().equals(":")) {
            // "Halima Begum, Chief Executive of Oxfam GB, said:": what was said follows the colon
            return false;
        }
        if (v + 1 < s.tokens().size() && Character.getType(s.tokens().get(v + 1).text().codePointAt(0)) == Character.CURRENCY_SYMBOL) {
            // "..., and Qatar pledged $50 million": the verb has a sum for its object ("$50" or "$" "50" as tokenised)
            return false;
        }
        if (v + 1 < s.tokens().size() && !WITH_OBJECT.contains(Tokens.folded(s, v))) {
            String next = Tokens.folded(s, v + 1);
            if (!(Tokens.isPunctuation(s.tokens().get(v + 1).text()) || AFTER_CLOSING_VERB.contains(next)
                    || Words.WEEKDAYS.contains(next))) {
                // "Ukraine expected Russia to return ...": the verb has an object, it does not close a quote
                return false;
            }
            if (thisIsObject(s, v)) {
                // "The minister, Dele Alake, disclosed this on Monday": "this" is the object, what was said came
                // before the sentence (RestatedLeads); "said this week" still closes one
                return false;
            }
            for (int k = v + 1; k < Math.min(s.tokens().size(), v + 5); k++) {
                if (Tokens.folded(s, k).equals("to") && k + 1 < s.tokens().size() && s.tokens().get(k + 1).isWord()
                        && !s.tokens().get(k + 1).isCapitalized() && !Tokens.folded(s, k + 1).equals("the")) {
                    // "..., the creditors agreed on Thursday to restructure ...": an infinitive follows
                    return false;
                }
            }
        }
        return endsSentence(s, v);
    }

    /** Whether token {@code v} is a reporting verb closing its sentence's attribution: "..., Dubravka Šuica, said on Tuesday." */
    static boolean closesAttribution(Sentence s, int v) {
        return VERBS.contains(Tokens.folded(s, v)) && v >= 3 && closesClause(s, v);
    }

    /** "disclosed this on Monday" (not "said this week", "announced this Tuesday"). */
    static boolean thisIsObject(Sentence s, int v) {
        return v + 1 < s.tokens().size() && Tokens.folded(s, v + 1).equals("this")
                && (v + 2 >= s.tokens().size() || !THIS_TIME.contains(Tokens.folded(s, v + 2)));
    }

    private static boolean endsSentence(Sentence s, int v) {
        for (int k = v + 1; k < s.tokens().size(); k++) {
            String t = s.tokens().get(k).text();
            if (t.equals(".") || t.equals("!")) {
                return true;
            }
            if (t.equals(",") && k + 1 < s.tokens().size() && (PARTICIPLES.contains(Tokens.folded(s, k + 1))
                    || Tokens.isIngForm(Tokens.folded(s, k + 1)))) {
                // "..., a bank official said, adding that ..."
                return true;
            }
            if (t.equals(",") && k + 1 < s.tokens().size() && Tokens.folded(s, k + 1).equals("and") && k - v <= 3
                    && SAID_AGAIN.contains(Tokens.folded(s, v))) {
                // "Spain would suspend its cooperation if ..., he said, and the Spanish government would fund ...":
                // the attribution closes the first clause; the reporter goes on
                return true;
            }
            if (t.equals(",") && k + 2 < s.tokens().size() && Tokens.folded(s, k + 1).equals("the")
                    && RANKING.contains(Tokens.folded(s, k + 2))) {
                // "..., the company said Tuesday, the latest in a string of plants the group has promised": the
                // reporter's apposition ranks the news, whatever verbs its own clause has
                return true;
            }
            if (t.equals(",") && k + 1 < s.tokens().size() && (TRAILING_ADJUNCTS.contains(Tokens.folded(s, k + 1))
                    || (Tokens.folded(s, k + 1).equals("the") && !hasFiniteSoon(s, k + 1) && !reportsLater(s, k + 1)))) {
                // "..., Sandvik said on Tuesday, as Kyiv braces for ...", "..., said Marina Silva, the minister of ...":
                // the reporter's addition, or the speaker's apposition, follows the attribution
                return true;
            }
            if (k > v + 18 || FINITE.contains(Folding.fold(t)) || Tokens.isQuoteMark(t) || t.equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** What a reporter calls a statement the other side disputes: "..., a claim the group denies". */
    private static final Set<String> DISPUTED = Words.set("claim", "claims", "accusation", "accusations", "allegation",
            "allegations", "charge", "charges", "assertion");

    /** Words after "the" that open a reporter's ranking apposition: "the latest", "the first", "the biggest". */
    private static final Set<String> RANKING = Words.set("latest", "first", "second", "third", "last", "biggest", "largest",
            "most", "highest", "lowest", "strongest", "clearest", "newest");

    private static final Set<String> SUBORDINATORS = Words.set("as", "if", "when", "while", "because", "since", "until",
            "unless", "once", "although", "though", "whether");

    /** The comma that closes the reported clause in "..., German Chancellor Friedrich Merz said". */
    private static int commaBeforeSpeaker(Sentence s, int v, SpeakerResolver speakers) {
        int k = v - 1;
        // "..., X also said", "..., Treasury Cabinet Secretary John Mbadi has said", "..., Prime Minister Donald
        // Tusk has declared." (the verb closes the sentence: "..., while France has promised to ..." is a clause
        // of its own, and no closing attribution)
        // ("..., the Minister for Climate, Energy and the Environment has announced ahead of the UN climate summit.")
        String next = v + 1 < s.tokens().size() ? Tokens.folded(s, v + 1) : "";
        String afterNext = v + 2 < s.tokens().size() ? Tokens.folded(s, v + 2) : "";
        boolean said = Tokens.folded(s, v).equals("said") || HAS_SAID.contains(Tokens.folded(s, v))
                && (next.equals(".") || next.equals(",") || AFTER_CLOSING_VERB.contains(next) && !next.equals("to"))
                // "..., Development Minister Reem Alabali Radovan has told parliament, despite cuts ..."
                || Tokens.folded(s, v).equals("told") && AUDIENCES.contains(next) && (afterNext.equals(".") || afterNext.equals(","));
        while (k >= 0 && (isAdverb(Tokens.folded(s, k)) || (said && (Tokens.folded(s, k).equals("has")
                || Tokens.folded(s, k).equals("have"))))) {
            k--;
        }
        Mention closingName = k > 0 && Tokens.folded(s, k).equals(",") ? speakers.mentionAt(s.index(), k - 1) : null;
        if (closingName == null || closingName.entity().type() != org.pledgewatch.extractor.EntityType.ORGANIZATION) {
            // "..., the defence minister, Boris Pistorius, has said": the comma that closes the name's apposition
            return commaBeforeName(s, closingName == null ? k : k - 1, speakers);
        }
        // "..., Saad al-Kaabi, Qatar's energy minister and chief executive officer of QatarEnergy, said": an apposition
        // may end with the company the speaker heads, which is no name of the speaker's own; read so first, where the
        // comma right before the verb must then set off a role ("..., Miran, who is on leave from his post as chair of
        // the White House Council of Economic Advisers, argued" has none), else as the company's name
        int throughTheRole = commaBeforeName(s, k, speakers);
        return throughTheRole >= 0 && throughTheRole != k ? throughTheRole : commaBeforeName(s, k - 1, speakers);
    }

    /**
     * From token {@code k}, the last before the verb of a closing attribution (a name, a pronoun or a comma), the comma
     * that closes the reported clause before the speaker's name and role, or -1.
     */
    private static int commaBeforeName(Sentence s, int k, SpeakerResolver speakers) {
        Mention m = k >= 0 ? speakers.mentionAt(s.index(), k) : null;
        int before;
        if (m != null) {
            before = m.tokenStart() - 1;
        } else if (k >= 0 && SpeakerResolver.isPersonalPronoun(s.tokens().get(k).text())) {
            before = k - 1;
        } else {
            before = k;
        }
        // "..., IMF mission chief Nathan Porter said", "..., a State Department official said":
        // a few words describing the speaker may stand between the comma and the name
        for (int steps = 0; before >= 0 && steps < 9 && !Tokens.folded(s, before).equals(","); steps++, before--) {
            String w = Tokens.folded(s, before);
            if (FINITE.contains(w) || SUBORDINATORS.contains(w) || Tokens.isQuoteMark(s.tokens().get(before).text())
                    || DISPUTED.contains(w)) {
                // ("..., a claim the group denies": the reporter's gloss on a dispute, not who said it)
                // "..., as long as both sides met the milestones agreed in Washington": a clause, not a speaker
                return -1;
            }
        }
        if (before >= 0 && Tokens.folded(s, before).equals("the")) {
            before--;
        }
        if (before < 0 || !Tokens.folded(s, before).equals(",")) {
            return -1;
        }
        // "..., the defence minister, Boris Pistorius, has said", "..., their leader, Larissa Waters, said": the
        // role set off before the name belongs to the attribution too
        // (and "..., Turkish Environment Minister Murat Kurum, the COP31 president, said": the name before the role)
        for (int round = 0; round < 2; round++) {
            int role = roleBefore(s, before);
            if (role < 0) {
                break;
            }
            before = role;
            Mention named = before > 0 ? speakers.mentionAt(s.index(), before - 1) : null;
            if (named == null || named.entity().type() != org.pledgewatch.extractor.EntityType.PERSON) {
                break;
            }
            int k2 = named.tokenStart() - 1;
            while (k2 > 0 && named.tokenStart() - k2 <= 6 && !Tokens.folded(s, k2).equals(",")) {
                k2--;
            }
            if (k2 <= 0 || !Tokens.folded(s, k2).equals(",")) {
                break;
            }
            before = k2;
        }
        return before;
    }

    /**
     * Whether the few words from {@code from} to {@code to} have no verb: "The Minister of Solid Minerals
     * Development, Dele Alake, said on Monday ..." opens with the speaker's office, not with what was said.
     */
    private static boolean verbless(Sentence s, int from, int to) {
        Token last = s.tokens().get(to - 1);
        if (to - from > 12 || !last.isCapitalized() && !ROLE_ENDS.contains(last.folded())) {
            // the tagger on a few words may miss a verb ("Air defenses shot down 31 missiles and 442 drones"):
            // only an office or a name ends the words of a speaker's description
            return false;
        }
        for (String tag : s.tags(from, to)) {
            if (Sentence.isVerbTag(tag)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words from {@code from} to {@code to} are a noun phrase with its relative clause ("Trustee Fernando
     * Lucas de Urioste, who voted against the plan, said the closures ..."): the verb's subject, whatever verbs the
     * relative clause holds, not a clause that the verb closes.
     */
    private static boolean subjectWithRelativeClause(Sentence s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (Tokens.folded(s, i).equals(",")) {
                return i > from && RELATIVE_PRONOUNS.contains(Tokens.folded(s, i + 1));
            }
            if (!s.tokens().get(i).isCapitalized() && !NAME_PARTICLES.contains(Tokens.folded(s, i))) {
                // (the tagger reads a sentence's first word as a verb too often to ask it: "Trustee" is tagged VERB)
                return false;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Words.set("who", "which", "whose");
    /** Lower-case words inside a capitalised name: "Fernando Lucas de Urioste", "the Bank of England". */
    private static final Set<String> NAME_PARTICLES = Words.set("the", "of", "de", "da", "do", "dos", "van", "von", "der",
            "al", "bin", "and", "for", "'s", "\u2019s");

    /** Role nouns that close the apposition of a speaker's role: "the defence minister", "the COP31 president". */
    private static final Set<String> ROLE_ENDS = Words.set("minister", "president", "secretary", "chairman", "chairwoman",
            "chair", "leader", "spokesperson", "spokesman", "spokeswoman", "chief", "director", "governor", "head",
            "ambassador", "envoy", "commissioner", "premier", "mayor", "adviser", "advisor", "officer", "executive");

    /**
     * The comma opening a role set off before {@code comma} ("..., the defence minister, Boris Pistorius, has
     * said": the comma before "the"), or -1 when the words before {@code comma} are no role.
     */
    private static int roleBefore(Sentence s, int comma) {
        int role = phraseStartBefore(s, comma, 12);
        if (role < 0 || role >= comma - 1 || !Tokens.folded(s, role).equals(",")) {
            return -1;
        }
        String opener = Tokens.folded(s, role + 1);
        boolean opens = opener.equals("the") || opener.equals("their") || opener.equals("its") || opener.equals("his")
                || opener.equals("her") || Folding.isPossessive(s.tokens().get(role + 1).text());
        Token last = s.tokens().get(comma - 1);
        if (!opens && last.isCapitalized() && s.tokens().get(role + 1).isCapitalized()) {
            // "..., Minister of Finance, Germán Ávila, said", and a portfolio listed with its own comma: "...,
            // Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, said"
            return ROLE_ENDS.contains(opener) || officeAfterQualifier(s, role + 2, comma) ? role : titledListBefore(s, role);
        }
        return opens && (last.isCapitalized() || ROLE_ENDS.contains(last.folded())) ? role : -1;
    }

    /**
     * Whether an office opens at {@code from} or the word after, after a capitalised qualifier before it: "..., Sultan
     * Ahmed Al Jaber, UAE Minister of Industry and Advanced Technology, announced", "..., German Foreign Minister".
     */
    private static boolean officeAfterQualifier(Sentence s, int from, int comma) {
        for (int k = from; k < Math.min(comma - 1, from + 2); k++) {
            if (!s.tokens().get(k).isCapitalized()) {
                return false;
            }
            if (ROLE_ENDS.contains(Tokens.folded(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** The comma before "Minister of Foreign Affairs" when the words up to {@code comma} list more of its portfolio, or -1. */
    private static int titledListBefore(Sentence s, int comma) {
        int k = phraseStartBefore(s, comma, 8);
        // ("..., Mr Kenneth Gilbert Adjei, the Minister for Works, Housing and Water Resources, has said": the office
        // may open with "the")
        int office = k + 1 < comma && Tokens.folded(s, k + 1).equals("the") ? k + 2 : k + 1;
        return k > 0 && office < comma - 1 && Tokens.folded(s, k).equals(",") && s.tokens().get(office).isCapitalized()
                && ROLE_ENDS.contains(Tokens.folded(s, office)) ? k : -1;
    }

    /**
     * Where a phrase of words (no finite verb) ending before {@code comma} begins, looking back at most {@code max}
     * tokens: the index of the first token that is not such a word (a comma, when the phrase is set off).
     */
    private static int phraseStartBefore(Sentence s, int comma, int max) {
        int k = comma - 1;
        while (k > 0 && comma - k <= max && s.tokens().get(k).isWord() && !FINITE.contains(Tokens.folded(s, k))) {
            k--;
        }
        return k;
    }

    private static boolean isAdverb(String w) {
        return w.equals("also") || w.equals("later") || w.equals("then") || w.endsWith("ly");
    }

    private void according(AnalyzedText text, Sentence s, int at, QuotedRegions quotes, SpeakerResolver speakers,
                           List<FoundStatement> out) {
        List<Token> tokens = s.tokens();
        Entity speaker = null;
        int after = at + 2;
        int by = -1;
        for (int k = at + 2; k < Math.min(tokens.size(), at + 9) && !Tokens.folded(s, k).equals(","); k++) {
            if (Tokens.folded(s, k).equals("by")) {
                by = k;
                break;
            }
        }
        // "according to a letter sent to parliament by Minister X": the author, not the addressee
        for (int k = by > 0 ? by + 1 : at + 2; k < Math.min(tokens.size(), (by > 0 ? by : at) + 8); k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null) {
                Mention owned = m.tokenEnd() < tokens.size() && Folding.isPossessive(tokens.get(m.tokenEnd() - 1).text())
                        ? speakers.mentionAt(s.index(), m.tokenEnd()) : null;
                if (owned != null && owned.entity().type() == EntityType.ORGANIZATION) {
                    // "according to the UN's Office for the Coordination of Humanitarian Affairs": the body that
                    // reports, not its owner
                    m = owned;
                }
                speaker = m.entity();
                after = m.tokenEnd();
                break;
            }
            String w = Tokens.folded(s, k);
            if (k == at + 2 && (w.equals("him") || w.equals("her"))) {
                // "According to her, ...": the person spoken of before
                speaker = speakers.resolvePronoun(tokens.get(k).start());
                after = k + 1;
                break;
            }
        }
        if (speaker == null) {
            return;
        }
        if (at == 0 || (at == 1 && Tokens.isPunctuation(tokens.get(0).text()))) {
            // "According to X, clause."
            int k = after;
            while (k < tokens.size() && !tokens.get(k).text().equals(",")) {
                k++;
            }
            if (k + 1 < tokens.size() && !reportOpens(s, k + 1, speakers)) {
                // (not "According to IRNA, Paknejad said the volume would ...": the agency relays Paknejad's report)
                add(text, s, tokens.get(k + 1).start(), clauseEnd(s, k + 1, quotes), speaker, "according to", quotes, out);
            }
        } else if (at >= 3 && tokens.get(at - 1).text().equals(",") && !VERBS.contains(Tokens.folded(s, at - 2))) {
            // (not '"...," He said, according to the official Xinhua news agency': the agency relays an attribution)
            add(text, s, tokens.get(Dateline.bodyStart(s)).start(), tokens.get(at - 2).end(), speaker, "according to", quotes, out);
        }
    }

    /**
     * "the state news agency WAM, which quoted President Sheikh Mohamed bin Zayed as saying ...": the person an agency
     * quotes (between "quoted" and "as", {@code as} being the index of "saying"), who speaks; null when none is named
     * there. Also read for a direct quote's attribution ('"...," the ministry quoted Boris Pistorius as saying').
     */
    static Entity quotedPerson(Sentence s, int quoted, int as, SpeakerResolver speakers) {
        for (int k = quoted + 1; k < as - 1; k++) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                return m.entity();
            }
        }
        return null;
    }

    /** True when a mention at {@code from} is followed by "said" or "added": "Paknejad said ...". */
    private static boolean reportOpens(Sentence s, int from, SpeakerResolver speakers) {
        Mention m = speakers.mentionAt(s.index(), from);
        if (m == null && from + 1 < s.tokens().size() && Tokens.folded(s, from).equals("the")) {
            m = speakers.mentionAt(s.index(), from + 1);
        }
        // (but "According to the Presidency, the two sides agreed ...", "..., Xi told Macron that ...": what the source
        // reports of a meeting is the source's statement, as annotators read it)
        return m != null && m.tokenEnd() < s.tokens().size() && SAID_AGAIN.contains(Tokens.folded(s, m.tokenEnd()));
    }

    /** Most words of a clause read without a verb that is still no report: "welcomed the plan", "the talks". */
    private static final int MAX_VERBLESS_WORDS = 3;

    /**
     * Whether [start, end) holds at most {@link #MAX_VERBLESS_WORDS} words and no verb: the object of a verb of speech
     * ("welcomed the agreement", "confirmed the visit"), not what the speaker said (in the tuned batches, such spans
     * matched no gold statement 3 times in 4; the right ones have a verb: "more was needed").
     */
    private static boolean fewWordsWithoutVerb(Sentence s, int start, int end) {
        List<Token> tokens = s.tokens();
        int first = Tokens.firstAtOrAfter(s, start);
        int last = Tokens.lastEndingBy(s, end);
        int words = 0;
        for (int k = first; k <= last; k++) {
            words += tokens.get(k).isWord() ? 1 : 0;
        }
        if (first > last || words > MAX_VERBLESS_WORDS) {
            return false;
        }
        String[] tags = s.tags(first, last + 1);
        for (int k = 0; k < tags.length; k++) {
            if (Sentence.readsAsVerb(tags, k, tokens.get(first + k).text())) {
                // ("said Hamas diverts aid": a verb the tagger took for a plural noun)
                return false;
            }
        }
        return true;
    }

    private static void add(AnalyzedText text, Sentence s, int start, int end, Entity speaker, String verb,
                            QuotedRegions quotes, List<FoundStatement> out) {
        if (end - start < 8 || quotes.isQuoted(start) || fewWordsWithoutVerb(s, start, end)) {
            return;
        }
        for (FoundStatement found : out) {
            if (found.quoteStart() == start && found.quoteEnd() == end && found.speaker() == speaker) {
                // "has promised to eliminate export duties ... and vowed on Tuesday that there would be ...": both verbs
                // reach the one clause, said once
                return;
            }
        }
        out.add(new FoundStatement(speaker, start, end, false, verb, s.start(), s.end()));
    }
}
