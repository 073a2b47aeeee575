package org.pledgewatch.extractor.quotes;

import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.Dateline;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Words;

/**
 * Finds who is the subject of a reporting verb, looking left from it: the nearest mention that is
 * not the object of a preposition ("officials in Kinshasa said"), across an apposition or relative
 * clause between commas ("Poland, which already spends 4 percent, said"), and for coordinated verbs
 * ("thanked Berlin and said") the subject of the first verb. Of coordinated subjects ("Ethiopia and
 * Kenya said") the first one speaks.
 */
public final class SubjectFinder {
    /** How far a speaker may stand from its verb, in tokens, once appositions are skipped. */
    private static final int MAX_DISTANCE = 7;
    private static final java.util.Set<String> OFFICIALS = Words.set("spokesman", "spokeswoman", "spokesperson",
            "official", "officials", "representative", "head", "chief", "minister", "ministers", "source", "sources",
            "envoy", "ambassador", "director", "leader", "leaders", "campaigners", "campaigner");

    /** Words that are prepositions before a noun but open a clause before a subject and its verb. */
    private static final java.util.Set<String> CLAUSE_CONJUNCTIONS = Words.set("after", "before", "since", "until", "as",
            "because", "when", "while");

    /** Prepositions of a place: "Campaigners in County Durham, where ..., say" is no person's "say". */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = Words.set("in", "at", "near", "from", "of", "across");

    /** Auxiliaries between a subject's closing comma and its verb: "..., has said". */
    private static final java.util.Set<String> AUXILIARIES = Words.set("has", "have", "had");

    /** Adverbs between a subject's closing comma and its verb. */
    private static final java.util.Set<String> VERB_ADVERBS = org.pledgewatch.extractor.text.Words.set("today",
            "also", "separately", "previously", "recently", "later", "earlier", "yesterday", "again", "repeatedly",
            "publicly", "already", "then");

    private SubjectFinder() {
    }

    /** Verbs of a trailing attribution that a coordinated "but said" may follow. */
    private static final java.util.Set<String> TRAILING_VERBS = Words.set("said", "announced", "told", "added", "stated",
            "confirmed", "wrote", "noted", "insisted");
    /** How far back from "and"/"but" a trailing attribution's verb may stand: "announced on Friday, but". */
    private static final int TRAILING_REACH = 5;

    /**
     * "The Centre will provide Rs 1.5 lakh crore ..., Union Finance Minister Nirmala Sitharaman announced on Friday, but
     * said a third ...": the person of a trailing attribution (after a comma, right before its verb) just before the
     * coordinated verb at {@code verb}, who is its subject, not the reported clause's subject that opens the sentence;
     * or null.
     */
    private static Mention trailingAttributionSpeaker(Sentence s, int verb, SpeakerResolver speakers) {
        int conjunction = verb - 1;
        for (int v = conjunction - 1; v >= Math.max(2, conjunction - TRAILING_REACH); v--) {
            if (!TRAILING_VERBS.contains(Tokens.folded(s, v))) {
                continue;
            }
            Mention m = speakers.mentionAt(s.index(), v - 1);
            return m != null && m.tokenEnd() == v && !m.inQuote() && m.tokenStart() > 0
                    && m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                    && Tokens.folded(s, m.tokenStart() - 1).equals(",") ? m : null;
        }
        return null;
    }

    /** The mention that is the subject of the verb at {@code verb} (not a pronoun), or null. */
    public static Mention subjectMention(Sentence s, int verb, SpeakerResolver speakers) {
        if (verb > 0 && (Tokens.folded(s, verb - 1).equals("and") || Tokens.folded(s, verb - 1).equals("but"))) {
            // "The Norwegian Refugee Council said ... in eastern Afghanistan until March, but warned it could not":
            // a coordinated verb shares the sentence's subject (after an opening "Asked whether NATO would ...,": the
            // question's words hold no subject of the answer)
            Mention trailing = trailingAttributionSpeaker(s, verb, speakers);
            if (trailing != null) {
                return trailing;
            }
            for (int i = Tokens.openingQuestionEnd(s); i < verb - 1; i++) {
                Mention m = speakers.mentionAt(s.index(), i);
                if (m != null && !m.inQuote() && !Tokens.isObject(s, m.tokenStart()) && !m.place()) {
                    return m;
                }
            }
            return null;
        }
        int distance = 0;
        // "Poland, which borders Ukraine, has also said": adverbs and auxiliaries before the verb
        int closing = closingCommaBefore(s, verb);
        for (int i = verb - 1; i >= 0 && distance <= MAX_DISTANCE; i--, distance++) {
            String w = Tokens.folded(s, i);
            if (w.equals(",") && i == closing) {
                int open = openingComma(s, i, speakers);
                if (open > 0) {
                    Mention organisation = organisationInApposition(s, open, i, speakers);
                    if (organisation != null) {
                        return organisation;
                    }
                    if (participleClause(s, open, i)) {
                        closing = open;
                        i = open + 1;
                        continue;
                    }
                    // (a ticker in brackets before the apposition is no step away from the verb: "Harrowgate Foods plc
                    // (LSE: HGF), one of Europe's largest own-label food manufacturers, today announced")
                    i = beforeBracketedNote(s, open);
                    continue;
                }
            }
            if (Tokens.isQuoteMark(s.tokens().get(i).text()) || w.equals(";")) {
                return null;
            }
            if (endsAnonymityClause(s, i)) {
                i -= 3;
                distance -= 4;
                continue;
            }
            Mention m = speakers.mentionAt(s.index(), i);
            if (m != null && !m.inQuote()) {
                if (Tokens.isObject(s, m.tokenStart())) {
                    i = m.tokenStart();
                    continue;
                }
                return m;
            }
        }
        return null;
    }

    /**
     * The end of a name before {@code comma}, without a short note in brackets: "Lena Düpont (DE),", "Javier
     * Zarzalejos (EPP, ES),".
     */
    private static int beforeBracketedNote(Sentence s, int comma) {
        if (comma < 2 || !Tokens.folded(s, comma - 1).equals(")")) {
            return comma;
        }
        for (int k = comma - 2; k > 0 && comma - k <= 6; k--) {
            if (Tokens.folded(s, k).equals("(")) {
                return k;
            }
        }
        return comma;
    }

    /** Who speaks for a person: "her office", "his spokesman". */
    private static final java.util.Set<String> OWN_STAFF = Words.set("office", "spokesman", "spokeswoman", "spokesperson");

    /** {@code k}, or the token after an honorific at {@code k} (and its full stop: "Dr."). */
    private static int afterHonorific(Sentence s, int k) {
        if (k + 1 < s.tokens().size() && Words.PERSONAL_HONORIFICS.contains(Tokens.folded(s, k))) {
            return k + 1 < s.tokens().size() && Tokens.folded(s, k + 1).equals(".") ? k + 2 : k + 1;
        }
        return k;
    }

    /**
     * "Chairman of the OECS Authority, Prime Minister of Grenada the Hon. Dickon Mitchell, said": the name that closes
     * an apposition after an office written in capitals (not "a close ally of Donald Trump", a description), or null.
     */
    private static Mention titledNameBefore(Sentence s, int open, int close, SpeakerResolver speakers) {
        Mention m = speakers.mentionAt(s.index(), close - 1);
        if (m == null || m.tokenStart() <= open + 1 || m.entity().name().indexOf(' ') < 0) {
            // ("the Chief of the General Staff": one word of an office read as a name)
            return null;
        }
        for (int k = open + 1; k < m.tokenStart(); k++) {
            String w = Tokens.folded(s, k);
            if (!s.tokens().get(k).isCapitalized() && !w.equals("of") && !w.equals("the") && !w.equals("for")
                    && !w.equals(".") && !(k == open + 1 && OFFICE_QUALIFIERS.contains(w))) {
                return null;
            }
        }
        return m;
    }

    /**
     * Whether the name {@code m} ends the apposition closing at {@code end}, alone or followed by "of" and the country or
     * body it comes from or works for ("Evans Njewa of Malawi", "Petr Macinka of the Motorists"), after a description
     * that opens at {@code open} (not after a name: "Amara Okonjo-Bello, Managing Partner of Meridian," is an office).
     */
    private static boolean apposedNameEnds(Sentence s, Mention m, int open, int end, SpeakerResolver speakers) {
        if (m.tokenEnd() == end) {
            return true;
        }
        int k = m.tokenEnd();
        Mention before = open > 0 ? speakers.mentionAt(s.index(), open - 1) : null;
        if (k + 1 >= end || !Tokens.folded(s, k).equals("of")
                || before != null && before.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
            return false;
        }
        Mention from = speakers.mentionAt(s.index(), Tokens.folded(s, k + 1).equals("the") ? k + 2 : k + 1);
        return from != null && from.tokenEnd() == end && from.entity().type() != org.pledgewatch.extractor.EntityType.PERSON;
    }

    /** Lower-case words that open an office before its capitalised title: "state Sen. Steve Padilla", "former Gov.". */
    private static final java.util.Set<String> OFFICE_QUALIFIERS = Words.set("state", "former", "acting", "deputy",
            "federal", "provincial", "regional");

    /**
     * "Ramtane Lamamra, Personal Envoy of the Secretary-General for Sudan, briefing by videoconference, said": the words
     * between the commas at {@code open} and {@code close} are a participle clause, whose opening comma may close an
     * apposition before it.
     */
    private static boolean participleClause(Sentence s, int open, int close) {
        return open + 1 < close && Tokens.isIngForm(Tokens.folded(s, open + 1)) && !s.tokens().get(open + 1).isCapitalized();
    }

    /**
     * Whether token {@code i} ends "on condition of anonymity": "officers who spoke to the Nation on condition of
     * anonymity said", where how they spoke is no step away from their verb.
     */
    private static boolean endsAnonymityClause(Sentence s, int i) {
        return i >= 3 && Tokens.folded(s, i).equals("anonymity") && Tokens.folded(s, i - 1).equals("of")
                && Tokens.folded(s, i - 2).equals("condition") && Tokens.folded(s, i - 3).equals("on");
    }

    /** Where the comma closing an apposition before the verb would stand: after adverbs and auxiliaries. */
    private static int closingCommaBefore(Sentence s, int verb) {
        int k = verb - 1;
        while (k > 0 && verb - k <= 3 && (VERB_ADVERBS.contains(Tokens.folded(s, k)) || AUXILIARIES.contains(Tokens.folded(s, k)))) {
            k--;
        }
        return k;
    }

    /**
     * "The largest pledge came from Germany, which said it would ...": the relative pronoun right before the
     * verb speaks for the mention that ends right before its comma, even the object of a preposition.
     */
    private static Entity relativeAntecedent(Sentence s, int verb, SpeakerResolver speakers) {
        int k = verb - 1;
        while (k > 0 && verb - k <= 2 && VERB_ADVERBS.contains(Tokens.folded(s, k))) {
            k--;
        }
        if (k < 2 || !(Tokens.folded(s, k).equals("which") || Tokens.folded(s, k).equals("who"))
                || !Tokens.folded(s, k - 1).equals(",")) {
            return null;
        }
        Mention m = speakers.mentionAt(s.index(), k - 2);
        if (m != null && !m.inQuote() && m.tokenEnd() == k - 1 && Tokens.folded(s, k).equals("who")
                && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON && m.tokenStart() >= 2
                && Tokens.folded(s, m.tokenStart() - 1).equals("of")) {
            // "wrote Ian Lyngen of BMO Capital Markets, who said": "who" is the person the firm is of
            Mention person = speakers.mentionAt(s.index(), m.tokenStart() - 2);
            if (person != null && person.tokenEnd() == m.tokenStart() - 1
                    && person.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                return person.entity();
            }
        }
        if (m != null && !m.inQuote() && m.tokenEnd() == k - 1 && Tokens.folded(s, k).equals("who")
                && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON) {
            // "Rustem Umerov, secretary of the National Security and Defense Council, who said": "who" is a person,
            // the one the apposition describes
            int open = openingComma(s, k - 1, speakers);
            Mention person = open > 0 ? speakers.mentionAt(s.index(), open - 1) : null;
            if (person != null && person.tokenEnd() == open && person.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                return person.entity();
            }
        }
        return m != null && !m.inQuote() && m.tokenEnd() == k - 1 ? m.entity() : null;
    }

    /**
     * "The U.N. relief agency for Palestinian refugees, UNRWA, said", "Argentina's largest union federation, the
     * CGT, said": the organisation whose name fills the
     * apposition between the commas at {@code open} and {@code close} speaks for the description before it.
     */
    private static Mention organisationInApposition(Sentence s, int open, int close, SpeakerResolver speakers) {
        // "Argentina's largest union federation, the CGT, said": the name may take an article
        int name = open + 2 < close && Tokens.folded(s, open + 1).equals("the") ? open + 2 : open + 1;
        Mention inside = speakers.mentionAt(s.index(), name);
        return inside != null && inside.tokenStart() <= name && inside.tokenStart() > open && inside.tokenEnd() == close
                && !inside.inQuote()
                // ("The summit's host, Türkiye, said": a country too)
                && (inside.entity().type() == org.pledgewatch.extractor.EntityType.ORGANIZATION
                    || inside.kind() == Mention.Kind.COUNTRY) ? inside : null;
    }

    /**
     * "Minister Sophie Hermans (Climate and Green Growth) announced", "Lena Düpont (EPP, DE) said": a person, then a
     * note in brackets (a portfolio, a party, a country) right before the verb; the note names no one who speaks.
     */
    private static Entity personBeforeBrackets(Sentence s, int verb, SpeakerResolver speakers) {
        if (verb < 3 || !Tokens.folded(s, verb - 1).equals(")")) {
            return null;
        }
        for (int k = verb - 2; k > 0 && verb - k <= 8; k--) {
            if (Tokens.folded(s, k).equals("(")) {
                Mention m = speakers.mentionAt(s.index(), k - 1);
                return m != null && m.tokenEnd() == k && !m.inQuote()
                        && m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON ? m.entity() : null;
            }
        }
        return null;
    }

    public static Entity speakerBefore(Sentence s, int verb, SpeakerResolver speakers, boolean subjectOfSentence) {
        if (verb > 0 && (Tokens.folded(s, verb - 1).equals("and") || Tokens.folded(s, verb - 1).equals("but"))) {
            subjectOfSentence = true;
        }
        if (verb > 1 && (Tokens.folded(s, verb - 1).equals("has") || Tokens.folded(s, verb - 1).equals("have"))
                && (Tokens.folded(s, verb - 2).equals("and") || Tokens.folded(s, verb - 2).equals("but"))) {
            // "The Bank of Japan raised its rate in December and has said it will keep raising rates": the
            // sentence's subject
            subjectOfSentence = true;
        }
        if (subjectOfSentence) {
            Mention trailing = trailingAttributionSpeaker(s, verb, speakers);
            return trailing != null ? trailing.entity() : firstSubject(s, verb, speakers);
        }
        Entity antecedent = relativeAntecedent(s, verb, speakers);
        if (antecedent != null) {
            return antecedent;
        }
        Entity bracketed = personBeforeBrackets(s, verb, speakers);
        if (bracketed != null) {
            return bracketed;
        }
        int distance = 0;
        // "Harbour Foods, the UK's fifth-largest supermarket chain, today announced": an adverb before the verb;
        // "The United States, which was represented by envoy Steve Witkoff, has said": an auxiliary
        int closing = closingCommaBefore(s, verb);
        int subjectEnd = verb;
        for (int i = verb - 1; i >= 0 && distance <= MAX_DISTANCE; i--, distance++) {
            String w = Tokens.folded(s, i);
            if (w.equals(",") && i == closing) {
                int open = openingComma(s, i, speakers);
                if (open > 0) {
                    Mention inside = speakers.mentionAt(s.index(), afterHonorific(s, open + 1));
                    if (inside == null) {
                        inside = titledNameBefore(s, open, i, speakers);
                    }
                    if (inside != null && apposedNameEnds(s, inside, open, beforeBracketedNote(s, i), speakers)
                            && inside.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                        // "Valencia's regional leader, Carlos Mazon, said", "An economist at the University of Dar es
                        // Salaam, Dr Abel Kinyondo, said", "The LDC chair, Evans Njewa of Malawi, said": the name in
                        // the apposition speaks
                        return inside.entity();
                    }
                    Mention organisation = organisationInApposition(s, open, i, speakers);
                    if (organisation != null) {
                        return organisation.entity();
                    }
                    if (participleClause(s, open, i)) {
                        closing = open;
                        subjectEnd = open;
                        i = open + 1;
                        continue;
                    }
                    subjectEnd = open;
                    // (a ticker in brackets before the apposition is no step away from the verb)
                    i = beforeBracketedNote(s, open);
                    continue;
                }
            }
            if (Tokens.isQuoteMark(s.tokens().get(i).text()) || w.equals(";")) {
                return null;
            }
            if (endsAnonymityClause(s, i)) {
                i -= 3;
                distance -= 4;
                continue;
            }
            Mention m = speakers.mentionAt(s.index(), i);
            if (m != null && !m.inQuote()) {
                // "Indian Ambassador to Nepal Naveen Srivastava, who called on ..., said": a person right before the
                // verb, or before the clause that describes them, is its subject even after "to Nepal"
                String before = Tokens.folded(s, m.tokenStart() - 1);
                boolean personRightBeforeVerb = m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                        && (m.tokenEnd() == verb || (m.tokenEnd() == subjectEnd && !PLACE_PREPOSITIONS.contains(before)))
                        // "weeks after the United States said it would not contribute": "after" opens a clause
                        || m.tokenEnd() == verb && CLAUSE_CONJUNCTIONS.contains(
                                Tokens.folded(s, before.equals("the") ? m.tokenStart() - 2 : m.tokenStart() - 1));
                if (Tokens.isObject(s, m.tokenStart()) && !speaksFor(s, m) && !personRightBeforeVerb) {
                    i = m.tokenStart();
                    continue;
                }
                return firstOfCoordination(s, m, speakers).entity();
            }
            if (m == null && SpeakerResolver.isPersonalPronoun(s.tokens().get(i).text())) {
                return speakers.resolvePronoun(s.tokens().get(i).start());
            }
            if (m == null && i == verb - 1 && i > 0 && OWN_STAFF.contains(w)
                    && (Tokens.folded(s, i - 1).equals("his") || Tokens.folded(s, i - 1).equals("her"))) {
                // "Her office said Italy would decide", "his spokesman said": the person's own words, as the
                // guidelines give an office's or a spokesperson's statement to the one they speak for
                return speakers.resolvePronoun(s.tokens().get(i - 1).start());
            }
            if (m == null && w.equals("it") && i == verb - 1 && IT_SAYS.contains(Tokens.folded(s, verb))
                    && (i == 0 || CLAUSE_OPENINGS.contains(Tokens.folded(s, i - 1)) || Words.WEEKDAYS.contains(Tokens.folded(s, i - 1)))) {
                // "Last month it said it would open an office": the organisation or country the last sentence was about
                Entity previous = speakers.previousSubject(s.index());
                if (previous != null) {
                    return previous;
                }
            }
            if (m == null && w.equals("they") && i == verb - 1 && THEY_SAY.contains(Tokens.folded(s, verb))
                    && (i == 0 || CLAUSE_OPENINGS.contains(Tokens.folded(s, i - 1)))) {
                // "Analysts at ING said the hit would be small. They warned that tariffs could rise": the unnamed group
                // the last sentence was about (a pair of countries or people is left alone: "they" may be others)
                Entity group = speakers.previousGroup(s.index());
                if (group != null) {
                    return group;
                }
            }
        }
        return null;
    }

    /** Reporting verbs after which "they" opens a group's report: "They said", "They warned that". */
    private static final java.util.Set<String> THEY_SAY = Words.set("said", "say", "added", "warned", "noted", "told",
            "argued", "insisted", "stressed");

    /** Reporting verbs after which "it" opens a report ("it said", "it added"), unlike "what it called". */
    private static final java.util.Set<String> IT_SAYS = Words.set("said", "says", "added", "announced", "stated",
            "confirmed", "noted", "told");
    /** Words after which "it" opens a clause: "Last month it said", ", it added", "and it said" (and weekdays). */
    private static final java.util.Set<String> CLAUSE_OPENINGS = Words.set(",", "and", "but", ";", "month", "week",
            "year", "today", "yesterday", "earlier", "later", "also", "then");

    /** "a spokesman for the bloc", "an official of the ministry": the organisation speaks through its official. */
    private static boolean speaksFor(Sentence s, Mention m) {
        int p = m.tokenStart() - 1;
        if (p >= 0 && Tokens.folded(s, p).equals("the")) {
            p--;
        }
        if (p >= 1 && (Tokens.folded(s, p).equals("by") || Tokens.folded(s, p).equals("from"))) {
            // "A report by the Kiel Institute said", "a statement from the ministry said": its author speaks; "an
            // official from the Élysée said": whom the official speaks for
            return DOCUMENTS.contains(Tokens.folded(s, p - 1)) || p >= 2 && Tokens.folded(s, p).equals("from")
                    && OFFICIALS.contains(Tokens.folded(s, p - 1)) && !Tokens.folded(s, p - 1).endsWith("s")
                    && (Tokens.folded(s, p - 2).equals("a") || Tokens.folded(s, p - 2).equals("an"));
        }
        if (p < 1 || !(Tokens.folded(s, p).equals("for") || Tokens.folded(s, p).equals("of") || Tokens.folded(s, p).equals("at"))) {
            return false;
        }
        if (p >= 4 && Tokens.folded(s, p - 1).equals("state") && Tokens.folded(s, p - 2).equals("the")
                && Tokens.folded(s, p - 3).equals("of")) {
            // "The government of the state of Brandenburg said"
            p -= 3;
        }
        if (Tokens.folded(s, p).equals("of") && GOVERNMENTS.contains(Tokens.folded(s, p - 1))
                && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON) {
            // "The government of France said it would ...": the state speaks through its government (not "the
            // government of President José Antonio Kast", which is his country's)
            return true;
        }
        return OFFICIALS.contains(Tokens.folded(s, p - 1));
    }

    private static final java.util.Set<String> GOVERNMENTS = Words.set("government", "governments", "cabinet",
            "administration");

    private static final java.util.Set<String> DOCUMENTS = Words.set("report", "statement", "letter", "study",
            "analysis", "survey", "document", "memo", "note", "assessment", "review", "paper", "post", "video", "message");

    /** A word naming what a report is written or recorded in: "a statement", "a video", "a letter". */
    static boolean isDocument(String folded) {
        return DOCUMENTS.contains(folded);
    }

    /** The comma that opens the parenthetical closed by the comma at {@code close}, or -1. */
    private static int openingComma(Sentence s, int close, SpeakerResolver speakers) {
        int relative = relativeClauseComma(s, close);
        if (relative >= 0) {
            // "Britain, which co-hosted the meeting with the European Union, France and Germany, said": a relative clause
            // may hold commas of its own, and run long ("The United Kingdom, which is cutting its aid budget to 0.3% of
            // gross national income by 2027 to pay for higher defense spending, said")
            return relative;
        }
        for (int k = close - 1; k >= Math.max(0, close - 20); k--) {
            String w = Tokens.folded(s, k);
            Mention around = w.equals(",") ? speakers.mentionAt(s.index(), k) : null;
            if (around != null && around.tokenStart() < k && around.entity().type() != org.pledgewatch.extractor.EntityType.PERSON) {
                // "chairman of the Senate Health, Education, Labor and Pensions Committee,": a comma inside a name
                k = around.tokenStart();
                continue;
            }
            if (w.equals(",") && !portfolioListComma(s, k, close)) {
                return k;
            }
            if (Tokens.isQuoteMark(s.tokens().get(k).text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Wopke Hoekstra, EU Commissioner for Climate, Net Zero and Clean Growth, said": the comma at {@code k} lists a
     * portfolio's fields (a "for" or "of" at most four words before it, and only words, commas and an "and" from it to
     * {@code close}, no verb among them), so the apposition opens further back.
     */
    private static boolean portfolioListComma(Sentence s, int k, int close) {
        if (close - k > PORTFOLIO_WORDS || s.hasVerb(k + 1, close)) {
            // (not "The Coalition for App Fairness, whose members include Spotify and Epic Games, said": a clause)
            return false;
        }
        boolean and = false;
        for (int j = k + 1; j < close; j++) {
            if (!s.tokens().get(j).isWord() && !Tokens.folded(s, j).equals(",")) {
                return false;
            }
            and |= Tokens.folded(s, j).equals("and");
        }
        if (!and) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            String w = Tokens.folded(s, j);
            if (w.equals("for") || w.equals("of")) {
                return j < k - 1;
            }
            if (!s.tokens().get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma before "which" or "who" that opens a relative clause ending at {@code close}, looking back at most 40
     * tokens and across no quote mark, sentence-internal colon or second relative pronoun; or -1.
     */
    private static int relativeClauseComma(Sentence s, int close) {
        for (int k = close - 1; k >= Math.max(1, close - 40); k--) {
            String w = Tokens.folded(s, k);
            if (Tokens.isQuoteMark(s.tokens().get(k).text()) || w.equals(":") || w.equals(";")) {
                return -1;
            }
            if ((w.equals("which") || w.equals("who")) && Tokens.folded(s, k - 1).equals(",")) {
                // (not "In the House, which passed the bill last week, Armed Services Chairman Mike Rogers, R-Ala., said":
                // a relative clause on a place the sentence opens with ends before its subject; nor "Abbott, who won a
                // fourth term in November, has not ruled out ..., his spokesperson, Andrew Mahaleris, said": the
                // relative clause ended at the comma its main verb follows)
                return OPENING_PREPOSITIONS.contains(Tokens.folded(s, Dateline.bodyStart(s))) || verbAfterComma(s, k, close)
                        ? -1 : k - 1;
            }
        }
        return -1;
    }

    /** A comma in (from, to) that a finite verb follows: where a relative clause ended and its sentence goes on. */
    private static boolean verbAfterComma(Sentence s, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (Tokens.folded(s, k).equals(",") && RESUMING_VERBS.contains(Tokens.folded(s, k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> RESUMING_VERBS = Words.set("has", "have", "had", "is", "are", "was", "were",
            "will", "would", "could", "can", "may", "might", "should", "must", "said", "says", "told", "added");

    private static final java.util.Set<String> OPENING_PREPOSITIONS = Words.set("in", "at", "on", "for", "after", "before",
            "during", "from", "with", "across", "outside", "inside", "near", "under", "by", "since", "as");

    private static Entity firstSubject(Sentence s, int verb, SpeakerResolver speakers) {
        // (from after the dateline: "ISLAMABAD: Prime Minister Shehbaz Sharif ... announced ..., and said"; and after an
        // opening question: "Asked whether NATO would put a figure on it, Rutte said ..., but added")
        for (int i = Math.max(org.pledgewatch.extractor.nlp.Dateline.bodyStart(s), Tokens.openingQuestionEnd(s)); i < verb; i++) {
            Mention m = speakers.mentionAt(s.index(), i);
            if (m != null && m.place()) {
                // the dateline ("KYIV — Ukrainian President Volodymyr Zelensky presented ..."): where, not who
                i = m.tokenEnd() - 1;
                continue;
            }
            if (m != null && !m.inQuote() && !Tokens.isObject(s, m.tokenStart())) {
                Mention holder = holderInRole(s, m, verb, speakers);
                if (holder != null) {
                    // "Chinese Foreign Ministry spokesperson Mao Ning told ... and said", "Australian Council of Social
                    // Service chief executive Cassandra Goldie welcomed ... but said": the person in the role
                    return holder.entity();
                }
                if (org.pledgewatch.extractor.text.Folding.isPossessive(s.tokens().get(m.tokenEnd() - 1).text())) {
                    // "Ukraine's ambassador to Sweden, Andrii Plakhotniuk, thanked ... and said": the person; after a
                    // name read as a person's only the name right after it ("Renew Europe's Valérie Hayer called
                    // ... and said": an unlisted group's name looks like a person's)
                    boolean body = m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON;
                    for (int k = m.tokenEnd(); k < (body ? verb : Math.min(verb, m.tokenEnd() + 1)); k++) {
                        Mention p = speakers.mentionAt(s.index(), k);
                        if (p != null && p.entity().type() == org.pledgewatch.extractor.EntityType.PERSON && !p.inQuote()) {
                            return p.entity();
                        }
                    }
                }
                return m.entity();
            }
            if (m != null) {
                i = m.tokenEnd() - 1;
                continue;
            }
            if (SpeakerResolver.isPersonalPronoun(s.tokens().get(i).text())) {
                return speakers.resolvePronoun(s.tokens().get(i).start());
            }
        }
        return null;
    }

    /** Words between a body's name and a person's that are no role: "Germany and Merz", "the bank with Lagarde". */
    private static final java.util.Set<String> NOT_A_ROLE = Words.set("and", "or", "but", "nor", "with", "to", "of", "for",
            "from", "in", "on", "at", "by", "the", "a", "an", "as", "who", "which", "that", "than", "while", "after", "before");

    /**
     * The person named right after the mention {@code m} of a body (or of a name read as a person's), past one to three
     * lower-case words of a role: "Foreign Ministry spokesperson Mao Ning", "INMO general secretary Phil Ní Sheaghdha".
     * Null when the words between are no role ("Ukraine thanked Merz": a verb; "Germany and Merz").
     */
    private static Mention holderInRole(Sentence s, Mention m, int verb, SpeakerResolver speakers) {
        int roleStart = m.tokenEnd();
        if (roleStart + 3 < verb && s.tokens().get(roleStart).text().equals("(") && s.tokens().get(roleStart + 2).text().equals(")")) {
            // "Alternative for Germany (AfD) co-leader Alice Weidel": the body's short name in brackets before the role
            roleStart += 3;
        }
        int k = roleStart;
        while (k < verb && k - roleStart < 3 && s.tokens().get(k).isWord() && !s.tokens().get(k).isCapitalized()
                && !NOT_A_ROLE.contains(Tokens.folded(s, k))) {
            k++;
        }
        k = k > roleStart ? afterPortfolioAndComma(s, k, verb) : k;
        Mention holder = k == roleStart ? null : speakers.mentionAt(s.index(), k);
        boolean apposed = k > 0 && Tokens.folded(s, k - 1).equals(",");
        if (holder == null || holder.tokenStart() != k || holder.inQuote() || holder == m
                // (a name after the role's comma closes its apposition with another: "The PP leader, Feijóo, said")
                || apposed && (holder.tokenEnd() >= verb || !Tokens.folded(s, holder.tokenEnd()).equals(","))
                || holder.entity().type() != org.pledgewatch.extractor.EntityType.PERSON
                || m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON && k - m.tokenEnd() > 1
                || s.hasVerb(roleStart, k)) {
            return null;
        }
        return holder;
    }

    /**
     * How many words a portfolio may have between a role and the comma before its holder's name, and how far a list of
     * its fields may run after a comma ({@link #portfolioListComma}).
     */
    private static final int PORTFOLIO_WORDS = 8;

    /**
     * The token after "for energy," in "The EU commissioner for energy, Dan Jørgensen, said ... and promised": a role's
     * portfolio ("for"/"of" and its words, a list's commas and "and" among them) and the comma before the holder's name,
     * or after the comma alone ("The PP leader, Alberto Núñez Feijóo,"); or {@code k} itself when neither starts at
     * {@code k}.
     */
    private static int afterPortfolioAndComma(Sentence s, int k, int verb) {
        if (k + 1 < verb && Tokens.folded(s, k).equals(",") && s.tokens().get(k + 1).isCapitalized()) {
            // "The PP leader, Alberto Núñez Feijóo, accused ... and said": the role's comma before the name
            return k + 1;
        }
        if (k >= verb || !(Tokens.folded(s, k).equals("for") || Tokens.folded(s, k).equals("of"))) {
            return k;
        }
        for (int j = k + 1; j < verb && j - k <= PORTFOLIO_WORDS; j++) {
            if (Tokens.folded(s, j).equals(",") && j + 1 < verb && s.tokens().get(j + 1).isCapitalized()
                    && !Tokens.folded(s, j - 1).equals("and")) {
                return j + 1;
            }
            if (!s.tokens().get(j).isWord() && !Tokens.folded(s, j).equals(",")) {
                return k;
            }
        }
        return k;
    }

    static Mention firstOfCoordination(Sentence s, Mention m, SpeakerResolver speakers) {
        Mention first = m;
        int i = m.tokenStart() - 1;
        if (i >= 0 && Tokens.folded(s, i).equals("the")) {
            i--;
        }
        // "John Healey and his German counterpart Boris Pistorius": a short description may stand after "and"
        int skip = i;
        while (skip >= 1 && i - skip < 4 && !Tokens.folded(s, skip).equals("and")
                && speakers.mentionAt(s.index(), skip) == null && !Tokens.isPunctuation(s.tokens().get(skip).text())) {
            skip--;
        }
        if (skip >= 1 && skip < i && Tokens.folded(s, skip).equals("and") && Tokens.folded(s, skip + 1).matches("his|her|their|its")) {
            i = skip;
        }
        // "A, B and C": an "and" first, then commas; a comma alone ("in Paris, the junta") is no list
        boolean sawAnd = false;
        while (i >= 1) {
            String w = Tokens.folded(s, i);
            if (w.equals("and")) {
                sawAnd = true;
            } else if (!(w.equals(",") && sawAnd)) {
                break;
            }
            Mention prev = speakers.mentionAt(s.index(), i - 1);
            if (prev == null || (prev.entity().type() == org.pledgewatch.extractor.EntityType.PERSON)
                    != (m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON)) {
                // ("The African Union and the East African Community said": a bloc and an organisation are
                // coordinated as two countries are; a person and a body are not)
                break;
            }
            first = prev;
            i = prev.tokenStart() - 1;
            if (i >= 0 && Tokens.folded(s, i).equals("the")) {
                i--;
            }
        }
        return first;
    }
}
