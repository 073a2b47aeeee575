package org.pledgewatch.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.pledgewatch.extractor.text.Words;

/**
 * Sentence splitting, tokenization, POS tagging and lemmatization with OpenNLP.
 *
 * <p>Thread-safe: the models are shared, the ME tools (which keep per-call state) live in
 * thread-locals. Paragraphs (lines) are split first, because headlines and cross-heads in news
 * bodies carry no final period and the sentence model would glue them to the next paragraph.
 */
public final class TextAnalyzer {
    private final EnglishModels models;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    /** The sentence detector's spans at a fraction of the cost, where the model allows it. */
    private final SentenceSplitter sentenceSplitter;
    private final ThreadLocal<POSTaggerME> tagger;
    /** The same tags as {@link #tagger} at about half the cost, where the model allows it (see {@link GreedyPosTagger}). */
    private final ThreadLocal<GreedyPosTagger> greedyTagger;
    /**
     * The tagger's features of each word (its suffixes, prefixes, lower case and class as feature strings): a word's
     * features depend on the word alone, and news repeats its words. About a kilobyte a word.
     */
    private final BoundedMemo<GreedyPosTagger.WordFeatures> wordFeatures = new BoundedMemo<>(30_000);
    private final ThreadLocal<LemmatizerME> lemmatizer;
    private final BoundedMemo<String> lemmaMemo = new BoundedMemo<>(50_000);
    /**
     * The tokenizer's spans of each chunk with punctuation in it ("said.", "“We", "Kyiv’s"): the model's features look
     * only inside the chunk, so its answer depends on the chunk alone, and the same chunks come back in every article.
     * (The tokenizer's model took a fifth of the extraction time before this memo.)
     */
    private final BoundedMemo<Span[]> chunkSpans = new BoundedMemo<>(100_000);
    /** The tokenizer's spans of a chunk the memo does not hold, at a fraction of the cost, where the model allows it. */
    private final ChunkTokenizer chunkTokenizer;

    public TextAnalyzer(EnglishModels models) {
        this.models = models;
        this.sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences));
        this.sentenceSplitter = SentenceSplitter.checkedReplica(models.sentences);
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens));
        this.chunkTokenizer = ChunkTokenizer.checkedReplica(models.tokens);
        this.greedyTagger = GreedyPosTagger.supports(models.pos, EnglishModels.TAGGER_BEAM)
                ? ThreadLocal.withInitial(() -> new GreedyPosTagger(models.pos, wordFeatures))
                : null;
        // POSTaggerME runs only where the greedy tagger cannot: only there is the model with its beam built
        POSModel beamModel = greedyTagger == null ? models.posWithTaggerBeam() : null;
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(beamModel));
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(models.lemmas));
    }

    public AnalyzedText analyze(String body) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int n = body.length();
        while (lineStart < n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitParagraph(body, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(body, sentences);
    }

    private void splitParagraph(String body, int from, int to, List<Sentence> out) {
        String paragraph = body.substring(from, to);
        if (paragraph.isBlank()) {
            return;
        }
        Span[] spans = sentences(paragraph);
        int pendingStart = -1;
        for (int k = 0; k < spans.length; k++) {
            int start = pendingStart >= 0 ? pendingStart : from + spans[k].getStart();
            int end = from + spans[k].getEnd();
            if (k + 1 < spans.length && (endsWithInitialOrTitle(body, start, end)
                        && !numbersAParagraph(body, from, start, end, paragraph, spans[k + 1].getStart())
                    || endsWithComma(body, start, end)
                    || endsWithAbbreviationInASum(body, start, end)
                    || startsLowerCase(paragraph, spans[k + 1].getStart())
                    || (endsWithDottedCountry(body, start, end) && startsWithTitle(paragraph, spans[k + 1].getStart()))
                    || (startsWithDigit(paragraph, spans[k + 1].getStart())
                        && (endsWithMonth(body, start, end) || endsWithNumberSign(body, start, end)))
                    || (endsWithShortAbbreviation(body, start, end) && paragraph.startsWith("(", spans[k + 1].getStart()))
                    || (endsWithGivenNameAbbreviation(body, start, end) && startsWithTwoNames(paragraph, spans[k + 1].getStart())))) {
                // "Vice President J.D. | Vance said", "Mr. | Macron": the model split inside a name
                pendingStart = start;
                continue;
            }
            pendingStart = -1;
            addSentence(body, start, end, out);
        }
    }

    /** {@code SentenceDetectorME}'s spans of a paragraph (by {@link SentenceSplitter} where it applies: the same bounds). */
    Span[] sentences(String paragraph) {
        Span[] spans = sentenceSplitter == null ? null : sentenceSplitter.sentPosDetect(paragraph);
        return spans != null ? spans : sentenceDetector.get().sentPosDetect(paragraph);
    }

    /** Roman numerals of one letter, which the initials' pattern also matches. */
    private static final java.util.Set<String> ROMAN_NUMERALS = java.util.Set.of("I.", "V.", "X.");
    /** Words that open a numbered paragraph but no name: "V. The two sides will strengthen cooperation". */
    private static final java.util.Set<String> PARAGRAPH_OPENERS = java.util.Set.of("The", "Both", "In", "We", "It", "This",
            "A", "An", "On", "To", "As", "All");

    /**
     * "V. | The two sides will ...": a joint statement's paragraph number, alone at the start of its line, before a word
     * no name opens with ("V. Muraleedharan said" is a name's initial).
     */
    private static boolean numbersAParagraph(String body, int from, int start, int end, String paragraph, int next) {
        if (start != from || !ROMAN_NUMERALS.contains(body.substring(start, lastWordEnd(body, start, end)))) {
            return false;
        }
        int e = next;
        while (e < paragraph.length() && Character.isLetter(paragraph.charAt(e))) {
            e++;
        }
        return PARAGRAPH_OPENERS.contains(paragraph.substring(next, e));
    }

    /**
     * "Everwin Microelectronics Corp., | Taiwan's third-largest contract chipmaker, pledged": the model splits after
     * an abbreviation even when a comma follows it, and no sentence ends in a comma.
     */
    private static boolean endsWithComma(String body, int start, int end) {
        int e = lastWordEnd(body, start, end);
        return e > start && body.charAt(e - 1) == ',';
    }

    /**
     * "Korea Electric Power Corp. | (KEPCO), the state-run utility, said": a capitalised abbreviation of a few letters
     * ("Corp.", "Inc.", "Co.", "Ltd.") before an opening bracket ends no sentence.
     */
    private static boolean endsWithShortAbbreviation(String body, int start, int end) {
        String w = lastWord(body, start, end);
        return w.length() >= 3 && w.length() <= 5 && w.endsWith(".") && Character.isUpperCase(w.charAt(0))
                && w.substring(0, w.length() - 1).chars().allMatch(Character::isLetter);
    }

    /**
     * Given names written short in the region's copy: the Philippines' "Ma." (Maria: "Foreign Affairs Secretary Ma. |
     * Theresa Lazaro"), Bangladesh's "Md." and Malaysia's "Mohd." (Mohammad). Not after a comma, where "Md." is
     * Maryland ("BALTIMORE, Md."), nor after a capitalised word other than a title ("Alibaba founder Jack Ma. | The").
     */
    private static final java.util.Set<String> GIVEN_NAME_ABBREVIATIONS = Words.set("Ma.", "Md.", "Mohd.", "Muhd.");

    private static boolean endsWithGivenNameAbbreviation(String body, int start, int end) {
        int b = lastWordStart(body, start, end);
        if (!GIVEN_NAME_ABBREVIATIONS.contains(body.substring(b, lastWordEnd(body, start, end)))) {
            return false;
        }
        int e = b;
        while (e > start && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        int w = e;
        while (w > start && !Character.isWhitespace(body.charAt(w - 1))) {
            w--;
        }
        String before = body.substring(w, e);
        return before.isEmpty() || Character.isLowerCase(before.charAt(0)) || TITLE_WORDS.contains(before);
    }

    /** A title's or a given name's abbreviation, which stays one token with its full stop: "Sen.", "Ma.". */
    private static boolean isAbbreviationKeptWhole(String word) {
        return TITLE_ABBREVIATIONS.contains(word) || GIVEN_NAME_ABBREVIATIONS.contains(word);
    }

    /** Capitalised words that end a title before a name: "Secretary Ma. Theresa Lazaro", "Minister Md. Touhid Hossain". */
    private static final java.util.Set<String> TITLE_WORDS = Words.set("Secretary", "Minister", "Adviser", "Advisor",
            "Senator", "Governor", "Mayor", "President", "Chairman", "Chairperson", "Director", "Justice", "Judge",
            "Commissioner", "Ambassador", "Spokesperson", "Spokesman", "Undersecretary", "Representative", "Chief",
            "General", "Secretary-General", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Hon.", "Engr.");

    /** "Theresa Lazaro said": two capitalised words, the given name and surname an abbreviated given name runs into. */
    private static boolean startsWithTwoNames(String paragraph, int at) {
        int words = 0;
        int i = at;
        while (words < 2 && i < paragraph.length() && Character.isUpperCase(paragraph.charAt(i))) {
            while (i < paragraph.length() && Character.isLetter(paragraph.charAt(i))) {
                i++;
            }
            words++;
            if (i < paragraph.length() && paragraph.charAt(i) == ' ') {
                i++;
            }
        }
        return words == 2;
    }

    /**
     * "J.", "J.D.", "T.R.B." (Tamil Nadu's T.R.B. Rajaa): initials before a surname; not the platform in "wrote in a
     * post on X. “There will be ...”", where the sentence ends.
     */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("[A-Z]\\.(?:[A-Z]\\.){0,2}");
    private static final java.util.Set<String> NOT_INITIALS = Words.set("U.S.", "U.K.", "U.N.", "E.U.", "A.M.", "P.M.");
    private static final java.util.Set<String> TITLE_ABBREVIATIONS = Words.set("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
            "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Adm.", "Prof.", "St.", "Sgt.", "Capt.", "Maj.",
            // West African and Commonwealth parliaments: "Hon. Ebrima Sillah", "the Rt. Hon.", "Brig. Gen.", "Engr.";
            // Ethiopian and Gulf official copy: "the Minister of Water and Energy, Eng. Habtamu Itefa"
            "Hon.", "Rt.", "Brig.", "Engr.", "Eng.",
            // Hansard's courtesies before a noun: "the hon. Gentleman", "my right hon. Friend"
            "hon.",
            // South Asian money: "would pay Rs. 25,000 to every family"
            "Rs.");

    /** A word in brackets, maybe with a comma or full stop after: "(NAOJ)", "(RSF),". */
    private static final java.util.regex.Pattern BRACKETED_WORD = java.util.regex.Pattern.compile("\\((\\p{L}[\\p{L}\\p{N}]*)\\)[,.;:]?");

    /** "U.K.", "U.S.", "U.N.", "E.U.": capitals with dots. */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,4}");

    private static boolean isDottedAbbreviation(String word) {
        return word.length() <= 8 && DOTTED.matcher(word).matches();
    }

    /** Titles that follow "U.S." or "U.K." inside a sentence: "spoke with U.S. | President Donald Trump". */
    private static final java.util.Set<String> TITLES_AFTER_COUNTRY = Words.set("President", "Vice", "Secretary",
            "Ambassador", "Senator", "Sen.", "Rep.", "Trade", "Treasury", "Defense", "Defence", "Army", "Navy", "Air",
            "Embassy", "Envoy", "Special", "Prime", "Foreign", "Chancellor", "Home", "Health", "Energy", "Commerce");

    private static final java.util.regex.Pattern MONTH_ABBREVIATION = java.util.regex.Pattern.compile(
            ".*\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");

    /** "from Aug. | 1 unless the bloc offered better terms": a month's abbreviation before its day. */
    private static boolean endsWithMonth(String body, int start, int end) {
        String sentence = body.substring(start, end).stripTrailing();
        // (the pattern's ".*" reads the whole sentence, asked of nearly every sentence: first the ending it needs)
        for (String month : MONTH_ENDINGS) {
            if (sentence.endsWith(month)) {
                return MONTH_ABBREVIATION.matcher(sentence).matches();
            }
        }
        return false;
    }

    /** "reactors Nos. | 1 to 5, once the two newer units", "the No. | 7 reactor": an abbreviation of "number" before it. */
    private static boolean endsWithNumberSign(String body, int start, int end) {
        return NUMBER_SIGNS.contains(lastWord(body, start, end));
    }

    private static final java.util.Set<String> NUMBER_SIGNS = Words.set("No.", "Nos.", "no.", "nos.");

    /** The endings {@link #MONTH_ABBREVIATION} allows. */
    private static final String[] MONTH_ENDINGS = {"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
            "Sept.", "Oct.", "Nov.", "Dec."};

    private static boolean startsWithDigit(String paragraph, int at) {
        return at < paragraph.length() && Character.isDigit(paragraph.charAt(at));
    }

    private static boolean endsWithDottedCountry(String body, int start, int end) {
        String t = body.substring(start, end).stripTrailing();
        return t.endsWith(" U.S.") || t.endsWith(" U.K.");
    }

    private static boolean startsWithTitle(String paragraph, int at) {
        int e = at;
        while (e < paragraph.length() && !Character.isWhitespace(paragraph.charAt(e))) {
            e++;
        }
        return TITLES_AFTER_COUNTRY.contains(paragraph.substring(at, e));
    }

    /** "Robert F. Kennedy Jr. | said last month": news sentences never open in lower case. */
    private static boolean startsLowerCase(String paragraph, int at) {
        return at < paragraph.length() && Character.isLowerCase(paragraph.charAt(at));
    }

    private static boolean endsWithInitialOrTitle(String body, int start, int end) {
        int b = lastWordStart(body, start, end);
        String last = body.substring(b, lastWordEnd(body, start, end));
        // (asked at every sentence end: the initials' matcher only for a word whose second character is a dot)
        return TITLE_ABBREVIATIONS.contains(last) || (last.length() >= 2 && last.charAt(1) == '.'
                && INITIALS.matcher(last).matches() && !NOT_INITIALS.contains(last)
                && !(last.equals("X.") && body.substring(start, b).endsWith(" on ")));
    }

    /** Lower-case abbreviations that stand inside a figure or a comparison, never at a sentence's end. */
    private static final java.util.Set<String> INNER_ABBREVIATIONS = java.util.Set.of("approx.", "ca.", "incl.", "vs.",
            "est.");

    /**
     * "- Norway: NOK 3 billion (approx. | EUR 260 million) to the Fund": the model splits after an abbreviation of a
     * figure ("approx.", "incl.", "vs."), and the pledge's line is lost in two.
     */
    private static boolean endsWithAbbreviationInASum(String body, int start, int end) {
        int b = lastWordStart(body, start, end);
        int e = lastWordEnd(body, start, end);
        if (b < e && body.charAt(b) == '(') {
            b++;
        }
        return INNER_ABBREVIATIONS.contains(body.substring(b, e));
    }

    /** Where the text of [start, end) ends, before its trailing white space. */
    private static int lastWordEnd(String body, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The last word of [start, end). */
    private static String lastWord(String body, int start, int end) {
        return body.substring(lastWordStart(body, start, end), lastWordEnd(body, start, end));
    }

    /** Where the last word of [start, end) begins. */
    private static int lastWordStart(String body, int start, int end) {
        int b = lastWordEnd(body, start, end);
        while (b > start && !Character.isWhitespace(body.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * Longest sentence the rules see. News sentences stay far below (a long one is 400-600 characters); a
     * longer "sentence" is a list, a table or garbage without full stops, and the attribution rules look
     * back over a sentence's tokens for each cue, so an unbounded sentence makes them quadratic: a 1 MiB
     * body without a full stop took minutes. Such a run is cut at spaces into pieces of at most this length.
     */
    static final int MAX_SENTENCE_CHARS = 1_500;

    private void addSentence(String body, int start, int end, List<Sentence> out) {
        while (start < end && isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(body.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        if (end - start > MAX_SENTENCE_CHARS) {
            int cut = body.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
            if (cut <= start) {
                cut = start + MAX_SENTENCE_CHARS;
            }
            addSentence(body, start, cut, out);
            addSentence(body, cut, end, out);
            return;
        }
        String text = body.substring(start, end);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("--", i) && i + 2 < n && !isSpace(text.charAt(i + 2))) {
                // "N.J.--(BUSINESS WIRE)--Corvane Pharmaceuticals": Business Wire's dateline, and the typewriter's dash
                // ("the plan--which ..."), glue a double hyphen to the words beside it; the model keeps "--Corvane"
                // whole, and the company's name is lost
                tokens.add(new Token("--", start + i, start + i + 2));
                i += 2;
                continue;
            }
            if (text.charAt(i) == '\u2014') {
                // American copy sets the em dash closed up: "BASEL, Switzerland—Halbrook Pharma AG will ...", "the
                // plants—in North Carolina—would"; the model keeps "Switzerland—Halbrook" whole, and the dateline and
                // the company's name are lost. The dash is a word of its own, as when it stands between spaces
                tokens.add(new Token("\u2014", start + i, start + i + 1));
                i++;
                continue;
            }
            int j = i;
            boolean plain = true;
            while (j < n && !isSpace(text.charAt(j)) && !(j > i && text.charAt(j) == '-' && text.startsWith("--", j))
                    && text.charAt(j) != '\u2014') {
                plain &= Character.isLetterOrDigit(text.charAt(j));
                j++;
            }
            if (j == i) {
                break;
            }
            if (plain) {
                // OpenNLP's "alphanumeric optimization": a chunk of letters and digits is one token,
                // and the tokenizer's features look only inside the chunk, so the model is asked
                // only about chunks with punctuation in them. Most of the tokenizing time is saved.
                tokens.add(new Token(text.substring(i, j), start + i, start + j));
            } else if (addBracketedWord(text, i, j, start, tokens)) {
                // "(NAOJ)", "(RSF),": the model keeps the closing bracket on the acronym ("NAOJ)")
            } else if (j < n && isAbbreviationKeptWhole(text.substring(i, j))) {
                // "said Sen. Jerry Moran", "Secretary Ma. Theresa Lazaro": the model splits the dot off titles and short
                // given names it has not seen, and the word is lost
                tokens.add(new Token(text.substring(i, j), start + i, start + j));
            } else if (isPluralPossessiveBeforeName(text, i, j)) {
                // "the Swedish Pilots' Association": the model splits some plural possessives ("Pilots" "'") and not
                // others ("Farmers'"), and a name read across the split loses its first words
                tokens.add(new Token(text.substring(i, j), start + i, start + j));
            } else if (addWireSlug(text, i, j, start, tokens)) {
                // "INTERVIEW-Almaris CEO says ...", "UPDATE 2-Mexico ...": the wire's slug is no part of the first word
            } else if (isWordInPlainPunctuation(text, i, j)) {
                addWordInPlainPunctuation(text, i, j, start, tokens);
            } else {
                String chunk = text.substring(i, j);
                // (a copy: the spans are changed below)
                Span[] spans = chunkSpans.get(chunk, this::tokenizeChunk).clone();
                int count = spans.length;
                if (count >= 2 && spans[count - 1].getEnd() - spans[count - 1].getStart() == 1
                        && chunk.charAt(spans[count - 1].getStart()) == '.' && spans[count - 2].getEnd() == spans[count - 1].getStart()
                        && isDottedAbbreviation(chunk.substring(spans[count - 2].getStart(), spans[count - 1].getEnd()))) {
                    // "U.K." mid-sentence: the model splits off the last dot as if the sentence ended
                    spans[count - 2] = new Span(spans[count - 2].getStart(), spans[count - 1].getEnd());
                    count--;
                }
                for (int k = 0; k < count; k++) {
                    Span t = spans[k];
                    if (k + 1 < count && splitInsideAPossessive(chunk, t, spans[k + 1])) {
                        // "Marchenko’s" comes out of the model as "Marchenk" "o’s": one word and its possessive
                        t = new Span(t.getStart(), spans[++k].getEnd());
                    }
                    addSplittingClitic(chunk.substring(t.getStart(), t.getEnd()), start + i + t.getStart(), tokens);
                }
            }
            i = j;
        }
        dropNicknames(tokens);
        out.add(new Sentence(out.size(), text, start, end, tokens, this));
    }

    /** {@code TokenizerME}'s spans of one chunk (by {@link ChunkTokenizer} where it applies: the same spans). */
    Span[] tokenizeChunk(String chunk) {
        return chunkTokenizer != null && ChunkTokenizer.handles(chunk) ? chunkTokenizer.tokenizePos(chunk)
                : tokenizer.get().tokenizePos(chunk);
    }

    /** Adds "(", the word and ")" (and a comma or full stop after) when {@code text[i, j)} is a word in brackets. */
    private static boolean addBracketedWord(String text, int i, int j, int start, List<Token> tokens) {
        if (text.charAt(i) != '(') {
            // (the pattern opens with the bracket: no matcher for the many chunks that cannot match)
            return false;
        }
        java.util.regex.Matcher m = BRACKETED_WORD.matcher(text).region(i, j);
        if (!m.matches()) {
            return false;
        }
        tokens.add(new Token("(", start + i, start + i + 1));
        tokens.add(new Token(m.group(1), start + m.start(1), start + m.end(1)));
        tokens.add(new Token(")", start + m.end(1), start + m.end(1) + 1));
        if (m.end(1) + 1 < j) {
            tokens.add(new Token(text.substring(m.end(1) + 1, j), start + m.end(1) + 1, start + j));
        }
        return true;
    }

    /**
     * Drops a nickname in quotation marks between a given name and a surname ('House Speaker Emanuel "Chris" Welch',
     * 'Jorge "Tuto" Quiroga'): the name is read as if it were not there, as annotators write it ("Emanuel Welch"). The
     * quotation marks stay in the text, and the one-word quotation is nobody's statement.
     */
    private static void dropNicknames(List<Token> tokens) {
        for (int k = 0; k + 4 < tokens.size(); k++) {
            // (the quotation mark first: it rules out nearly every token at once)
            if (isQuoteMark(tokens.get(k + 1)) && isNameWord(tokens.get(k)) && isNameWord(tokens.get(k + 2))
                    && isQuoteMark(tokens.get(k + 3)) && isNameWord(tokens.get(k + 4))
                    && tokens.get(k + 1).end() == tokens.get(k + 2).start() && tokens.get(k + 3).start() == tokens.get(k + 2).end()) {
                tokens.subList(k + 1, k + 4).clear();
            }
        }
    }

    private static boolean isNameWord(Token t) {
        String w = t.text();
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
    }

    /** A double quotation mark ({@link Tokens#isQuoteMark}) or a single one: 'Jorge "Tuto" Quiroga', "Ali 'Tito' Said". */
    private static boolean isQuoteMark(Token t) {
        String w = t.text();
        return Tokens.isQuoteMark(w) || w.equals("'") || w.equals("\u2018") || w.equals("\u2019");
    }

    /** A capitalised plural possessive ("Pilots'", "Workers’") with a capitalised word after it. */
    private static boolean isPluralPossessiveBeforeName(String text, int i, int j) {
        if (j - i < 4 || j + 1 >= text.length() || !Character.isUpperCase(text.charAt(i)) || !Character.isUpperCase(text.charAt(j + 1))) {
            return false;
        }
        char last = text.charAt(j - 1);
        if ((last != '\'' && last != '\u2019') || text.charAt(j - 2) != 's') {
            return false;
        }
        for (int k = i; k < j - 1; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A wire's slug glued to a headline's first word: "INTERVIEW-Almaris", "ANALYSIS-Gulf", "UPDATE 2-Mexico" (group 1 the
     * slug, group 2 the word).
     */
    private static final java.util.regex.Pattern WIRE_SLUG = java.util.regex.Pattern.compile(
            "((?:INTERVIEW|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|INSIGHT|BREAKINGVIEWS|COLUMN|REFILE|CORRECTED|POLL|\\d{1,2}))-(\\p{Lu}\\p{L}*)");

    /** Adds a wire's slug, its hyphen and the headline's first word, when {@code text[i, j)} opens the sentence with one. */
    private static boolean addWireSlug(String text, int i, int j, int start, List<Token> tokens) {
        // (a count, "2-", follows "UPDATE " or "WRAPUP "; a word slug opens the line)
        boolean afterCount = i == "UPDATE ".length() && (text.startsWith("UPDATE ") || text.startsWith("WRAPUP "));
        boolean opens = afterCount || i == 0 && !Character.isDigit(text.charAt(i));
        if (!opens) {
            // (asked of every chunk with punctuation: the matcher is made only where a slug can stand)
            return false;
        }
        java.util.regex.Matcher m = WIRE_SLUG.matcher(text).region(i, j);
        if (!m.matches()) {
            return false;
        }
        tokens.add(new Token(m.group(1), start + m.start(1), start + m.end(1)));
        tokens.add(new Token("-", start + m.end(1), start + m.end(1) + 1));
        tokens.add(new Token(m.group(2), start + m.start(2), start + m.end(2)));
        return true;
    }

    /** Letters, then the rest of the same word with its possessive ending: "Marchenk" "o’s". */
    private static boolean splitInsideAPossessive(String chunk, Span word, Span rest) {
        // (asked of every pair of spans the model gives: the matcher only for a tail that ends in "'s")
        int e = rest.getEnd();
        boolean possessiveEnd = e - rest.getStart() >= 3 && chunk.charAt(e - 1) == 's'
                && (chunk.charAt(e - 2) == '\'' || chunk.charAt(e - 2) == '\u2019');
        return word.getEnd() == rest.getStart() && possessiveEnd
                && POSSESSIVE_TAIL.matcher(chunk.substring(rest.getStart(), rest.getEnd())).matches()
                && chunk.substring(word.getStart(), word.getEnd()).chars().allMatch(Character::isLetter);
    }

    private static final java.util.regex.Pattern POSSESSIVE_TAIL = java.util.regex.Pattern.compile("\\p{Ll}+['\u2019]s");

    /** A verb's clitic at the end of a word: "we'll", "they'd", "we're", "I've", "I'm" (never the possessive "'s"). */
    private static final java.util.regex.Pattern CLITIC = java.util.regex.Pattern.compile(
            "\\p{L}+([\'\u2019](?:ll|LL|d|D|re|RE|ve|VE|m|M))");

    /**
     * Adds a token, split before a verb's clitic as the treebanks the POS model learnt from split it
     * ("we" "'ll"): OpenNLP's English UD tokenizer model keeps "We'll" whole, and then the modal, the
     * cue of "we'll keep investing", is lost inside the pronoun.
     */
    private static void addSplittingClitic(String word, int from, List<Token> out) {
        // (a clitic has an apostrophe: most words are added without a matcher)
        java.util.regex.Matcher m = word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0 ? CLITIC.matcher(word) : null;
        if (m != null && m.matches()) {
            int cut = m.start(1);
            out.add(new Token(word.substring(0, cut), from, from + cut));
            out.add(new Token(word.substring(cut), from + cut, from + word.length()));
        } else {
            out.add(new Token(word, from, from + word.length()));
        }
    }

    /**
     * {@code Macron,} {@code “We} {@code said”} {@code follows:}: one word with a comma, colon, semicolon or
     * straight/curly double quote at one end. The model splits every one of these at the punctuation (checked on
     * the 7,400 such chunks of the test corpora), so they skip the model like plain chunks; periods and
     * apostrophes stay with the model ({@code Mr.}, {@code U.S.}, {@code Ukraine’s}, {@code ‘Every}). A closing
     * bracket is split off too: the model keeps it on words it reads as abbreviations ("(NNPC Ltd)" gave "Ltd)").
     */
    private static boolean isWordInPlainPunctuation(String text, int from, int to) {
        int a = text.charAt(from) == '"' || text.charAt(from) == '\u201C' ? from + 1 : from;
        char last = text.charAt(to - 1);
        boolean closes = last == ',' || last == ';' || last == ':' || last == '"' || last == '\u201D' || last == ')';
        int b = a == from && closes ? to - 1 : to;
        if (a >= b) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void addWordInPlainPunctuation(String text, int from, int to, int sentenceStart, List<Token> out) {
        int a = Character.isLetterOrDigit(text.charAt(from)) ? from : from + 1;
        int b = Character.isLetterOrDigit(text.charAt(to - 1)) ? to : to - 1;
        if (a > from) {
            out.add(new Token(text.substring(from, a), sentenceStart + from, sentenceStart + a));
        }
        out.add(new Token(text.substring(a, b), sentenceStart + a, sentenceStart + b));
        if (b < to) {
            out.add(new Token(text.substring(b, to), sentenceStart + b, sentenceStart + to));
        }
    }

    /** Whitespace, including the no-break spaces web pages put between words ("President\u00A0Macron"). */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            // (the printable ASCII characters, nearly all of a text: no space; asked of every character)
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * The tags of the first {@code needed} of {@code tokens}; the tokens after them are read only as the context of
     * those (the tags there may be null). The tagger decides from left to right, each tag from the words around it and
     * the tags before it, so it can stop after the last tag needed: a window of two tokens on each side of one token
     * ({@link Sentence#tags}) then costs three of the model's evaluations instead of five.
     */
    String[] tag(List<Token> tokens, int needed) {
        // quotation marks are left out of what the tagger reads: a scare quote inside a clause ('Beijing "firmly
        // opposes" countries ...') made it read the verb as a noun
        List<Token> words = new java.util.ArrayList<>(tokens.size());
        int neededWords = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!Tokens.isQuoteMark(t.text())) {
                words.add(t);
                neededWords += i < needed ? 1 : 0;
            }
        }
        if (words.size() == tokens.size() || words.isEmpty()) {
            return tag(texts(tokens), needed);
        }
        String[] wordTags = tag(texts(words), neededWords);
        String[] tags = new String[tokens.size()];
        for (int i = 0, w = 0; i < tokens.size(); i++) {
            tags[i] = Tokens.isQuoteMark(tokens.get(i).text()) ? "PUNCT" : wordTags[w++];
        }
        return tags;
    }

    private String[] tag(String[] words, int needed) {
        return greedyTagger != null ? greedyTagger.get().tag(words, needed) : tagger.get().tag(words);
    }

    /**
     * The lemma of one word with its tag. The lemmatizer sees the word alone, so the answer depends
     * only on (word, tag) and is remembered: its beam search over hundreds of lemma classes is the
     * slowest step of the whole pipeline. The memo is bounded and holds pure function values, so the
     * output stays deterministic whatever the order of calls across threads.
     */
    String lemma(String word, String tag) {
        String key = word + '\u0000' + tag;
        return lemmaMemo.get(key, k -> {
            String lemma = lemmatizer.get().lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(java.util.Locale.ROOT);
            return lemma.equals("O") || lemma.equals("o") || lemma.isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
        });
    }

    private static String[] texts(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return words;
    }
}
