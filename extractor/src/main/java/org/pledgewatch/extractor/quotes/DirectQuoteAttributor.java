package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * Attributes each quoted passage to a speaker, trying in turn: an attribution right after the
 * closing mark ("...," Starmer said), one right before the opening mark (Merz also said, "..."),
 * the speaker of the previous quote when only the attribution separates them ("...," Sanchez said.
 * "..."), and for a partial quote a describing verb in the same sentence (hailed the meeting as a
 * "huge step forward"). Scare quotes and headlines get no speaker and are dropped.
 */
public final class DirectQuoteAttributor {
    /** Participles that introduce a quote after a comma or colon: "..., saying: "...". */
    private static final Set<String> INTRODUCING = Words.set("saying", "adding", "telling", "writing", "declaring",
            "noting", "warning", "insisting", "stressing", "explaining", "arguing", "asking", "replying");
    /** Verbs of describing that take a partial quote as their complement. */
    private static final Set<String> DESCRIBING = Words.set("hailed", "hails", "called", "calls", "described", "describes",
            "termed", "terms", "branded", "brands", "dubbed", "labelled", "labeled", "praised", "welcomed",
            "condemned", "denounced", "criticised", "criticized", "characterised", "characterized", "promised",
            "pledged", "vowed", "warned", "said", "says", "insisted", "urged");
    private static final int MAX_ATTRIBUTION_TOKENS = 14;

    private final Gazetteer gazetteer;

    public DirectQuoteAttributor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The quotes' statements; {@code reports}, the article's reported statements, may give a paragraph that only
     * quotes its speaker.
     */
    public List<FoundStatement> attribute(AnalyzedText text, List<QuoteSpan> quotes, SpeakerResolver speakers,
                                          List<FoundStatement> reports) {
        String body = text.body();
        List<FoundStatement> out = new ArrayList<>();
        FoundStatement previous = null;
        QuoteSpan previousSpan = null;
        for (QuoteSpan q : quotes) {
            int[] content = trimmedContent(body, q);
            if (content == null || titleOfProgramme(body, q, content)) {
                continue;
            }
            Sentence first = text.sentenceAt(q.open());
            Sentence last = text.sentenceAt(Math.max(q.open(), q.close() - 1));
            if (first == null || last == null) {
                continue;
            }
            Attribution a = after(text, q, speakers);
            if (a == null) {
                a = documentSaid(text, q, reports, out);
            }
            if (a == null) {
                a = before(text, q, speakers);
            }
            boolean partial = startsInsideSentence(first, q) && !endsWithClause(body, q);
            if (partial && words(body, content) < MIN_PARTIAL_WORDS) {
                // called the target "brutal", a "backstop": a word or two in quotation marks is the reporter's
                // emphasis, not a statement worth recording
                continue;
            }
            if (a == null && previous != null && previousSpan != null && sameParagraph(body, previousSpan.close(), q.open())
                    && continuesPrevious(text, previousSpan, q, first) && !partial) {
                a = new Attribution(previous.speaker(), previous.verb(), first.start(), last.end());
            }
            if (a == null && partial) {
                a = describing(text, q, speakers);
            }
            if (a == null && !partial) {
                a = signature(text, q, speakers, first.start(), last.end());
            }
            if (a == null && runsOn(body, q, quotes)) {
                // news style: a quote running over paragraphs is closed and attributed only in the last one,
                // however many paragraphs it runs over
                QuoteSpan next = quotes.get(quotes.indexOf(q) + 1);
                while (runsOn(body, next, quotes)) {
                    next = quotes.get(quotes.indexOf(next) + 1);
                }
                Attribution later = after(text, next, speakers);
                if (later == null) {
                    later = before(text, next, speakers);
                }
                a = later == null ? null : new Attribution(later.speaker(), later.verb(), first.start(), last.end());
            }
            if (a == null && previous != null && previous.direct() && previousSpan != null
                    && opensNextParagraph(body, previousSpan, q)) {
                // news style: a paragraph that only quotes goes on with the speaker of the paragraph before
                a = new Attribution(previous.speaker(), previous.verb(), first.start(), last.end());
            }
            if (a == null && !partial) {
                FoundStatement told = reportClosingParagraphBefore(body, reports, q);
                if (told != null) {
                    // "She said the team had been surprised by how quickly it happened. | “We were expecting a slow
                    // decline ...”": a paragraph that only quotes goes on with the speaker reported just before
                    a = new Attribution(told.speaker(), told.verb(), first.start(), last.end());
                }
            }
            if (a == null || a.speaker() == null) {
                continue;
            }
            int evStart = Math.min(first.start(), a.start());
            int evEnd = Math.max(last.end(), a.end());
            FoundStatement st = new FoundStatement(a.speaker(), content[0], content[1], true, a.verb(), evStart, evEnd);
            out.add(st);
            previous = st;
            previousSpan = q;
        }
        return out;
    }

    /**
     * True when quote {@code q} goes on with the previous quote's speaker: only a short attribution
     * separates them, or a longer one that ends the previous quote's sentence, with {@code q} opening the
     * next ("...," said the U.N. High Commissioner for Refugees, Barham Salih, who visited the camps on
     * Monday. "...").
     */
    private static boolean continuesPrevious(AnalyzedText text, QuoteSpan previous, QuoteSpan q, Sentence first) {
        int gap = q.open() - previous.close();
        if (gap <= 90) {
            return true;
        }
        Sentence attribution = text.sentenceAt(previous.close() - 1);
        return gap <= 250 && attribution != null && first.index() == attribution.index() + 1
                && first.start() >= q.open() - 1;
    }

    /** Partial quotes shorter than this many words are not statements. */
    private static final int MIN_PARTIAL_WORDS = 4;

    private static int words(String body, int[] content) {
        int count = 0;
        boolean inWord = false;
        for (int i = content[0]; i < content[1]; i++) {
            boolean letter = Character.isLetterOrDigit(body.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The quoted words without surrounding blanks or the comma that the attribution takes. */
    /** Small words a title leaves in lower case: "Face the Nation", "State of the Union". */
    private static final Set<String> TITLE_SMALL_WORDS = Words.set("of", "the", "a", "an", "and", "in", "on", "for", "to",
            "at", "with", "by");

    /**
     * 'Bessent said on NBC's "Meet the Press."', 'on CBS's "Face the Nation"': a few title-case words in quotation marks
     * after a possessive name are the title of an outlet's programme, not words anyone said.
     */
    private static boolean titleOfProgramme(String body, QuoteSpan q, int[] content) {
        int k = q.open();
        while (k > 0 && body.charAt(k - 1) == ' ') {
            k--;
        }
        if (k < 3 || !(body.startsWith("'s", k - 2) || body.startsWith("\u2019s", k - 2))
                || !Character.isUpperCase(body.charAt(Math.max(0, body.lastIndexOf(' ', k - 3) + 1)))) {
            return false;
        }
        String[] words = body.substring(content[0], content[1]).replaceAll("[.,!?]+$", "").split(" ");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static int[] trimmedContent(String body, QuoteSpan q) {
        int s = q.contentStart();
        int e = q.contentEnd();
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
            e--;
        }
        return e - s < 2 ? null : new int[] {s, e};
    }

    /** True when the quote is left open at a line end and the next line opens a quote again. */
    private static boolean runsOn(String body, QuoteSpan q, List<QuoteSpan> quotes) {
        int i = quotes.indexOf(q);
        if (i + 1 >= quotes.size() || q.close() >= body.length() || body.charAt(q.close()) != '\n') {
            return false;
        }
        int k = q.close();
        while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
            k++;
        }
        return quotes.get(i + 1).open() == k;
    }

    /** What closes a reported clause and its sentence: ", he said. ", ", Waltz added. ". */
    private static final java.util.regex.Pattern CLOSING_ATTRIBUTION = java.util.regex.Pattern.compile(
            ",\\s+(he|she|they|[A-Z][\\p{L}'\u2019-]+)\\s+(said|added|told reporters|noted|wrote)\\.\\s*");

    /**
     * The reported statement that ends the sentence before {@code q}, or the paragraph before it when {@code q} is a
     * paragraph of its own, when {@code q} ends a sentence; else null.
     */
    private static FoundStatement reportClosingParagraphBefore(String body, List<FoundStatement> reports, QuoteSpan q) {
        if (".!?".indexOf(body.charAt(Math.max(q.contentStart(), q.contentEnd() - 1))) < 0) {
            return null;
        }
        for (FoundStatement r : reports) {
            // (only the full stop and a space apart, or the reported clause's closing attribution)
            String between = r.quoteEnd() <= q.open() && q.open() - r.quoteEnd() <= 40
                    ? body.substring(r.quoteEnd(), q.open()) : null;
            if (between != null && between.indexOf('\n') < 0
                    && (between.strip().equals(".") || CLOSING_ATTRIBUTION.matcher(between).matches())) {
                // "She said the team had been surprised. “We were expecting a slow decline.”": the next sentence; so
                // after "The United States was prepared to impose sanctions, he said. “We are not going to ...”"
                return r;
            }
        }
        int lineBreak = body.lastIndexOf('\n', q.open());
        if (lineBreak <= 0 || !body.substring(lineBreak + 1, q.open()).isBlank() || !endsItsParagraph(body, q)) {
            return null;
        }
        int paragraphStart = body.lastIndexOf('\n', lineBreak - 1) + 1;
        FoundStatement last = null;
        for (FoundStatement r : reports) {
            if (r.quoteEnd() > paragraphStart && r.quoteEnd() <= lineBreak) {
                last = r;
            }
        }
        // (nothing but the end of the sentence after it: "... the change had happened. | “...”")
        return last != null && lineBreak - last.quoteEnd() <= 4
                && body.substring(last.quoteEnd(), lineBreak).strip().length() <= 1 ? last : null;
    }

    /** Whether nothing but a character or two (a full stop, a space) follows quote {@code q} in its paragraph. */
    private static boolean endsItsParagraph(String body, QuoteSpan q) {
        int lineEnd = body.indexOf('\n', q.close());
        return (lineEnd < 0 ? body.length() : lineEnd) - q.close() < 3;
    }

    /** True when {@code q} opens the paragraph right after the one in which {@code previous} closed. */
    private static boolean opensNextParagraph(String body, QuoteSpan previous, QuoteSpan q) {
        int lineBreak = body.indexOf('\n', previous.close());
        if (lineBreak < 0 || lineBreak >= q.open() || lineBreak - previous.close() > 100) {
            return false;
        }
        String rest = body.substring(previous.close(), lineBreak).strip();
        if (rest.indexOf('.') >= 0 && rest.indexOf('.') < rest.length() - 1) {
            // the paragraph went on after the quote's attribution: someone else may have spoken since
            return false;
        }
        int contentEnd = q.contentEnd() - 1;
        while (contentEnd > q.contentStart() && Character.isWhitespace(body.charAt(contentEnd))) {
            contentEnd--;
        }
        if (endsItsParagraph(body, q) && ".!?".indexOf(body.charAt(contentEnd)) < 0) {
            // "“A big step forward”" on a line of its own: a cross-head, not a statement
            return false;
        }
        for (int k = lineBreak + 1; k < q.open(); k++) {
            if (!Character.isWhitespace(body.charAt(k)) || body.charAt(k) == '\n' && k > lineBreak + 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameParagraph(String body, int from, int to) {
        return body.indexOf('\n', from) < 0 || body.indexOf('\n', from) >= to;
    }

    private static boolean startsInsideSentence(Sentence s, QuoteSpan q) {
        for (Token t : s.tokens()) {
            if (t.start() >= q.open()) {
                return false;
            }
            if (t.isWord()) {
                return true;
            }
        }
        return false;
    }

    /** A quote that ends with a comma or full stop is a clause, not a phrase in someone else's sentence. */
    private static boolean endsWithClause(String body, QuoteSpan q) {
        int e = q.contentEnd() - 1;
        while (e > q.open() && Character.isWhitespace(body.charAt(e))) {
            e--;
        }
        char c = body.charAt(e);
        return c == ',' || c == '.' || c == '?' || c == '!';
    }

    private Attribution after(AnalyzedText text, QuoteSpan q, SpeakerResolver speakers) {
        if (q.close() >= text.body().length()) {
            return null;
        }
        Sentence s = text.sentenceAt(q.close());
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int k = Tokens.firstAtOrAfter(s, q.close() + 1);
        if (k >= tokens.size() && s.index() + 1 < text.sentences().size()
                && text.body().indexOf('\n', q.close()) != q.close() + 1) {
            // "“Why should Europe pay?” | Orban asked.": the model ended the sentence at the question mark
            Sentence next = text.sentences().get(s.index() + 1);
            String between = text.body().substring(q.close() + 1, next.start());
            if (between.isBlank() && !between.contains("\n")) {
                s = next;
                tokens = s.tokens();
                k = 0;
                if (opensQuoteWithColon(tokens)) {
                    // "X said: “... homes.” Tom Hale, the shadow chancellor, said: “...”": a sentence of its own whose
                    // verb opens the next quote with a colon is that quote's attribution, not this one's
                    return null;
                }
            }
        }
        while (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        int limit = Math.min(tokens.size(), k + MAX_ATTRIBUTION_TOKENS);
        if (k + 2 < tokens.size() && tokens.get(k).folded().equals("according") && tokens.get(k + 1).folded().equals("to")) {
            // "“...,” according to a senior official."
            for (int i = k + 2; i < Math.min(tokens.size(), k + 8); i++) {
                Mention m = speakers.mentionAt(s.index(), i);
                if (m != null) {
                    return new Attribution(m.entity(), "according to", s.start(), s.end());
                }
            }
            return null;
        }
        Attribution described = personBeforeApposition(s, k, speakers);
        if (described != null) {
            return described;
        }
        Entity quoted = quotedAsSaying(s, k, speakers);
        if (quoted != null) {
            // '"...," the ministry quoted Defense Minister Boris Pistorius as saying': the one quoted, not the relay
            return new Attribution(quoted, "quoted", s.start(), s.end());
        }
        int passive = passiveQuotedAsSaying(s, k);
        Entity subject = passive > k ? speakerBetween(s, k, passive, speakers) : null;
        if (subject != null) {
            // '"...," the diplomat was quoted as saying by the RIA Novosti news agency': the one quoted, not the agency
            return new Attribution(subject, "quoted", s.start(), s.end());
        }
        for (int v = k; v < limit; v++) {
            String w = tokens.get(v).text();
            if (Tokens.isQuoteMark(w) || w.equals(".") || w.equals(";")) {
                break;
            }
            if (!gazetteer.isReportingVerb(w)) {
                continue;
            }
            Entity speaker = speakerBetween(s, k, v, speakers);
            if (speaker == null && v == k) {
                speaker = speakerAfterVerb(s, v, speakers);
            }
            if (speaker != null) {
                return new Attribution(speaker, Folding.fold(w), s.start(), s.end());
            }
            break;
        }
        return null;
    }

    /** A reporting verb and a colon within the first words of a sentence: "Tom Hale, the shadow chancellor, said:". */
    private boolean opensQuoteWithColon(List<Token> tokens) {
        for (int v = 0; v + 1 < Math.min(tokens.size(), MAX_ATTRIBUTION_TOKENS); v++) {
            if (tokens.get(v + 1).text().equals(":") && gazetteer.isReportingVerb(tokens.get(v).text())) {
                return true;
            }
        }
        return false;
    }

    /** "“...,” the statement said.": see {@link DocumentSources}. */
    private Attribution documentSaid(AnalyzedText text, QuoteSpan q, List<FoundStatement> reports, List<FoundStatement> directs) {
        Sentence s = q.close() < text.body().length() ? text.sentenceAt(q.close()) : null;
        if (s == null) {
            return null;
        }
        int k = Tokens.firstAtOrAfter(s, q.close() + 1);
        while (k < s.tokens().size() && s.tokens().get(k).text().equals(",")) {
            k++;
        }
        String document = DocumentSources.documentSubject(s, k, gazetteer::isReportingVerb);
        if (document == null) {
            return null;
        }
        List<FoundStatement> before = new ArrayList<>(reports);
        before.addAll(directs);
        Entity source = DocumentSources.sourceOf(s, k, document, text.body(),
                q.open(), before);
        return source == null ? null : new Attribution(source, "said", s.start(), s.end());
    }

    /** The "was" of "the diplomat was quoted as saying" a few tokens after {@code k}, or -1. */
    private static int passiveQuotedAsSaying(Sentence s, int k) {
        for (int was = k + 1; was + 3 < s.tokens().size() && was < k + 6; was++) {
            String w = Tokens.folded(s, was);
            if ((w.equals("was") || w.equals("were")) && Tokens.folded(s, was + 1).equals("quoted")
                    && Tokens.folded(s, was + 2).equals("as") && Tokens.folded(s, was + 3).equals("saying")) {
                return was;
            }
        }
        return -1;
    }

    /** The person between "quoted" and "as saying" in the attribution from token {@code k}, or null. */
    private static Entity quotedAsSaying(Sentence s, int k, SpeakerResolver speakers) {
        int quoted = k;
        while (quoted < Math.min(s.tokens().size(), k + 5) && !Tokens.folded(s, quoted).equals("quoted")) {
            quoted++;
        }
        for (int j = quoted + 1; j + 2 < s.tokens().size() && j < quoted + 10; j++) {
            if (Tokens.folded(s, j).equals("as") && Tokens.folded(s, j + 1).equals("saying")) {
                return ReportedSpeechFinder.quotedPerson(s, quoted, j + 1, speakers);
            }
        }
        return null;
    }

    /**
     * The "Quotes" section of a government release: a paragraph that only quotes, then a line that opens with a dash
     * and names the speaker ("– The Honourable Julie Dabrusin, Minister of Environment and Climate Change").
     */
    private static Attribution signature(AnalyzedText text, QuoteSpan q, SpeakerResolver speakers, int from, int to) {
        String body = text.body();
        int lineEnd = body.indexOf('\n', q.close());
        if (lineEnd <= q.close() || !body.substring(q.close() + 1, lineEnd).isBlank()) {
            return null;
        }
        int next = lineEnd + 1;
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        if (next >= body.length() || "\u2013\u2014-".indexOf(body.charAt(next)) < 0) {
            return null;
        }
        Sentence signed = text.sentenceAt(next + 1);
        if (signed == null) {
            return null;
        }
        // the name's first six words, read across the model's sentences: the quote's last line and the signature may
        // be one sentence to it, and "— The Rt. Hon. Mark Carney" two
        int signatureEnd = body.indexOf('\n', next);
        int words = 0;
        for (int index = signed.index(); index < text.sentences().size() && words < 6; index++) {
            Sentence part = text.sentences().get(index);
            if (signatureEnd >= 0 && part.start() >= signatureEnd) {
                break;
            }
            for (int k = Tokens.firstAtOrAfter(part, next + 1); k < part.tokens().size() && words < 6; k++, words++) {
                Mention m = speakers.mentionAt(part.index(), k);
                if (m != null && m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                    return new Attribution(m.entity(), "signed", from, to);
                }
            }
        }
        return null;
    }

    /**
     * "“...,” Qatar’s Minister of State for Energy Affairs Saad al-Kaabi, who is also the chief executive of
     * QatarEnergy, said", "“...,” Rep. Jared Moskowitz, a Florida Democrat who ran the state's emergency management
     * agency, said": a person opening the attribution, then an apposition or relative clause too long for the verb to
     * be in reach, set off by commas, then the reporting verb; else null.
     */
    private Attribution personBeforeApposition(Sentence s, int k, SpeakerResolver speakers) {
        Mention m = speakers.mentionAt(s.index(), k);
        List<Token> tokens = s.tokens();
        if (m == null || m.inQuote() || m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON
                || m.tokenStart() != k || m.tokenEnd() >= tokens.size() || !tokens.get(m.tokenEnd()).text().equals(",")) {
            return null;
        }
        for (int i = m.tokenEnd() + 2; i + 1 < Math.min(tokens.size(), m.tokenEnd() + 30); i++) {
            String w = tokens.get(i).text();
            if (Tokens.isQuoteMark(w) || w.equals(".") || w.equals(";")) {
                return null;
            }
            if (w.equals(",")) {
                String verb = tokens.get(i + 1).text();
                return gazetteer.isReportingVerb(verb)
                        ? new Attribution(m.entity(), Folding.fold(verb), s.start(), s.end()) : null;
            }
        }
        return null;
    }

    /** The first mention or pronoun among tokens [from, to) of the sentence, if it starts the attribution. */
    private static Entity speakerBetween(Sentence s, int from, int to, SpeakerResolver speakers) {
        // the speaker opens the attribution, maybe after a few describing words: "bank president Sidi Ould Tah said"
        if (to - 2 > from && s.tokens().get(to - 1).text().equals(",")) {
            // "WFP's regional director for eastern Africa, Shaun Hughes, told", "its chief executive, Mark Kent,
            // said": the name that an apposition gives the description, right before the verb
            Mention named = speakers.mentionAt(s.index(), to - 2);
            int before = named == null ? -1 : named.tokenStart() - 1;
            if (before > from && Words.PERSONAL_HONORIFICS.contains(Tokens.folded(s, before))) {
                // "the youth leader of Endo community, Mr Musa Adamu, told"
                before--;
            }
            if (named != null && !named.inQuote() && named.tokenEnd() == to - 1 && before > from
                    && named.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                    && s.tokens().get(before).text().equals(",")) {
                return named.entity();
            }
        }
        Mention last = to - 1 > from ? speakers.mentionAt(s.index(), to - 1) : null;
        if (last != null && !last.inQuote() && last.tokenEnd() == to && last.tokenStart() > from
                && last.tokenStart() - from <= 6 && last.entity().type() == org.pledgewatch.extractor.EntityType.PERSON
                && titlesOnly(s, from, last.tokenStart())) {
            // "Deputy Prime Minister and Defense Minister Władysław Kosiniak-Kamysz told": titles joined by "and"
            // before the one the name was read with
            return last.entity();
        }
        for (int i = from; i < to; i++) {
            Mention m = speakers.mentionAt(s.index(), i);
            if (m != null && !m.inQuote()) {
                if (m.tokenEnd() < to && m.entity().type() != org.pledgewatch.extractor.EntityType.PERSON) {
                    // "IMF mission chief Nathan Porter": the organisation describes the person named next
                    Mention next = speakers.mentionAt(s.index(), m.tokenEnd());
                    if (next == null && m.tokenEnd() + 1 < to) {
                        next = speakers.mentionAt(s.index(), m.tokenEnd() + 1);
                    }
                    if (next == null && m.tokenEnd() + 2 < to) {
                        next = speakers.mentionAt(s.index(), m.tokenEnd() + 2);
                    }
                    for (int j = m.tokenEnd() + 3; next == null && j < Math.min(to, m.tokenEnd() + 6); j++) {
                        // "BYD executive vice-president Stella Li told": a longer title, in lower case
                        Token t = s.tokens().get(j - 1);
                        if (t.isCapitalized() || Tokens.isPunctuation(t.text()) && !t.text().equals("-")) {
                            break;
                        }
                        next = speakers.mentionAt(s.index(), j);
                    }
                    if (next != null && next.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                        return next.entity();
                    }
                }
                return i <= from + 6 ? m.entity() : null;
            }
            if (SpeakerResolver.isPersonalPronoun(s.tokens().get(i).text())) {
                return i <= from + 1 ? speakers.resolvePronoun(s.tokens().get(i).start()) : null;
            }
            if (s.tokens().get(i).isCapitalized()
                    || Tokens.isPunctuation(s.tokens().get(i).text()) && !s.tokens().get(i).text().equals("-")) {
                // (a hyphen inside a title goes on: "executive vice-president Stella Li told")
                if (i > from + 1) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether tokens [from, to) are capitalised title words and the "and" between them. */
    private static boolean titlesOnly(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (!(t.isWord() && t.isCapitalized() || t.folded().equals("and")) || Tokens.folded(s, from).equals("and")) {
                return false;
            }
        }
        return Tokens.folded(s, to - 1).equals("and");
    }

    /** "..., said Starmer." / "..., said the minister." */
    private static Entity speakerAfterVerb(Sentence s, int v, SpeakerResolver speakers) {
        // "said Teodoro", "said the minister", "said the Minister of International Development, Randeep Sarai",
        // "said Greenpeace's Megan Randles": the person named after the verb, else the first name there
        Entity first = null;
        for (int i = v + 1; i < Math.min(s.tokens().size(), v + 10); i++) {
            String w = s.tokens().get(i).text();
            if (w.equals(".") || Tokens.isQuoteMark(w) || w.equals(";")) {
                break;
            }
            Mention m = speakers.mentionAt(s.index(), i);
            if (m != null) {
                if (m.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                    return m.entity();
                }
                if (first == null) {
                    first = m.entity();
                }
                i = m.tokenEnd() - 1;
                continue;
            }
            if (first == null && SpeakerResolver.isPersonalPronoun(s.tokens().get(i).text())) {
                return speakers.resolvePronoun(s.tokens().get(i).start());
            }
        }
        return first;
    }

    private Attribution before(AnalyzedText text, QuoteSpan q, SpeakerResolver speakers) {
        Sentence s = text.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        int o = Tokens.lastEndingBy(s, q.open() + 1);
        if (o <= 0 && s.index() > 0) {
            // the quote opens its sentence: "Merz told parliament:\n“We will ...”" puts the verb in the sentence before
            Sentence prev = text.sentences().get(s.index() - 1);
            List<Token> pt = prev.tokens();
            boolean colon = !pt.isEmpty() && pt.get(pt.size() - 1).text().equals(":");
            if (colon || headsItsLine(text, prev)) {
                // "Quotes attributable to Minister Ayres:", also on a line of its own without the colon ("Quotes
                // attributable to Lord Mayor Nick Reece"); a label that opens with a person only with the colon
                Entity attributable = attributableTo(prev, speakers);
                if (attributable == null && colon) {
                    attributable = labelledPerson(text, prev, speakers);
                }
                if (attributable != null) {
                    return new Attribution(attributable, "said", prev.start(), s.end());
                }
            }
            if (colon) {
                for (int v = pt.size() - 2; v >= Math.max(0, pt.size() - 6); v--) {
                    String w = pt.get(v).text();
                    if (gazetteer.isReportingVerb(w) || INTRODUCING.contains(Folding.fold(w))
                            || (w.equals("statement") && pt.get(v - 1).folded().equals("following"))) {
                        // ("Mr. Ribeiro Costa issued the following statement:")
                        Entity speaker = nearestSpeakerBefore(prev, v, speakers, INTRODUCING.contains(Folding.fold(w)));
                        return speaker == null ? null : new Attribution(speaker, Folding.fold(w), prev.start(), s.end());
                    }
                }
            }
            return null;
        }
        int i = o - 1;
        while (i >= 0 && (s.tokens().get(i).text().equals(",") || s.tokens().get(i).text().equals(":"))) {
            i--;
        }
        if (i == o - 1 && o > 0 && !s.tokens().get(i).text().equals(":")) {
            // "said “..." without a comma happens, but so does "called it “a disgrace”": only colons and commas count
            return null;
        }
        // after a colon the verb may stand further back: "Pacheco told a mining conference in Santiago: “...”"
        int reach = o > 0 && s.tokens().get(o - 1).text().equals(":") ? 8 : 3;
        for (int v = i; v >= Math.max(0, i - reach); v--) {
            String w = s.tokens().get(v).text();
            if (Tokens.isQuoteMark(w)) {
                break;
            }
            if (gazetteer.isReportingVerb(w) || INTRODUCING.contains(Folding.fold(w))) {
                Entity speaker = nearestSpeakerBefore(s, v, speakers, INTRODUCING.contains(Folding.fold(w)));
                if (speaker != null) {
                    return new Attribution(speaker, Folding.fold(w), s.start(), s.end());
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Tasneem Essop, executive director, Climate Action Network International:" on a line of its own, as releases and
     * reaction round-ups head each quote: the person the label opens with, or null.
     */
    private static Entity labelledPerson(AnalyzedText text, Sentence heading, SpeakerResolver speakers) {
        Mention first = headsItsLine(text, heading) && heading.tokens().size() <= 24 ? speakers.mentionAt(heading.index(), 0) : null;
        return first != null && first.entity().type() == org.pledgewatch.extractor.EntityType.PERSON ? first.entity() : null;
    }

    /** Whether a sentence is a line of its own, as headings are. */
    private static boolean headsItsLine(AnalyzedText text, Sentence heading) {
        String body = text.body();
        return heading.opensALine(body)
                && (heading.end() >= body.length() || body.charAt(heading.end()) == '\n');
    }

    /**
     * "Quotes attributable to Minister Ayres:", as government media releases head the quotes they give: the person
     * named after "attributable to", or null.
     */
    private static Entity attributableTo(Sentence heading, SpeakerResolver speakers) {
        List<Token> tokens = heading.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).folded().equals("attributable") && tokens.get(k + 1).folded().equals("to")) {
                for (int m = k + 2; m < tokens.size(); m++) {
                    Mention named = speakers.mentionAt(heading.index(), m);
                    if (named != null && named.entity().type() == org.pledgewatch.extractor.EntityType.PERSON) {
                        return named.entity();
                    }
                }
            }
        }
        return null;
    }

    /** The speaker left of a verb (see {@link SubjectFinder}). */
    static Entity nearestSpeakerBefore(Sentence s, int verb, SpeakerResolver speakers, boolean subjectOfSentence) {
        return SubjectFinder.speakerBefore(s, verb, speakers, subjectOfSentence);
    }

    private Attribution describing(AnalyzedText text, QuoteSpan q, SpeakerResolver speakers) {
        Sentence s = text.sentenceAt(q.open());
        int o = Tokens.lastEndingBy(s, q.open() + 1);
        for (int v = o - 1; v >= 0; v--) {
            String w = s.tokens().get(v).folded();
            if (Tokens.isQuoteMark(w)) {
                return null;
            }
            if (DESCRIBING.contains(w)) {
                Entity speaker = nearestSpeakerBefore(s, v, speakers, false);
                return speaker == null ? null : new Attribution(speaker, w, s.start(), s.end());
            }
        }
        return null;
    }
}
