package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.Modality;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.WordLists;
import org.pledgewatch.extractor.text.Words;

/** The cue phrases of {@code lexicon/commitment-cues.tsv}, matched longest first. Immutable. */
public final class CueLexicon {
    private static final Set<String> POSSESSIVES = Words.set("their", "its", "his", "her", "our", "my", "your");
    /** Words after "will" that show it is a noun ("political will") or not about the subject's action. */
    private static final Set<String> NOT_AFTER_MODAL = Words.set("of", "to", "and", "or", ",", ".", "for", "the", "a",
            "an", "that", "have", "need", "needs", "likely", "mean", "depend", "prove", "remain", "happen", "happens",
            "struggle", "face", "suffer", "lose",
            "cost", "become", "probably");
    private static final Set<String> NOT_ACTIONS = Words.set("say", "comment", "confirm", "specify", "elaborate",
            "disclose", "answer", "respond");
    private static final Set<String> ADVERBS = Words.set("yet", "also", "still", "now", "soon", "not", "never", "only",
            "again", "further", "then", "jointly", "quickly", "immediately", "ultimately", "gradually", "eventually");
    private static final Set<String> CONSEQUENCES = Words.set("get", "be", "have", "see", "happen", "take", "lead",
            "cause", "affect", "hurt", "cost", "mean", "prove", "become", "deepen", "threaten", "bankrupt", "damage",
            "undermine", "trigger", "rise", "fall",
            // "the mission could collapse by mid-year without predictable money": what may befall, not what anyone does
            "collapse", "fail", "struggle", "suffer", "worsen", "falter", "stall", "crumble", "backfire");
    private static final Set<String> DENIALS = Words.set("accusations", "accusation", "claims", "claim", "allegations",
            "allegation", "criticism", "charges", "charge", "reports", "report", "suggestion", "suggestions", "idea",
            "comparison", "comparisons", "characterisation", "characterization", "findings", "assessment", "reading",
            "interpretation", "account", "version", "description", "view", "views", "position", "argument", "notion",
            "narrative", "premise", "framing", "portrayal", "analysis");
    /** What one is "committed to" that is a belief, not an action: "the principle that ...". */
    private static final Set<String> CREEDS = Words.set("principle", "principles", "values", "ideals", "idea", "belief");
    /** After a modal, only these mean saying nothing: "could not confirm"; "would respond" is a threat. */
    private static final Set<String> SILENT = Words.set("say", "comment", "confirm", "specify", "elaborate", "disclose");
    /** Verbs of the mind: after any cue they tell what someone will think, not do. */
    private static final Set<String> MIND = Words.set("believe", "imagine", "understand", "know", "remember", "forget",
            "pretend", "speculate", "guess");
    private static final Set<String> OPINIONS = Words.union(MIND, "afford", "wait", "need", "overstate", "emphasise",
            "emphasize", "stress", "predict", "say", "tell", "prejudge", "pre-judge", "pre-empt", "preempt", "stand",
            "comment");
    /** Possessives of the one who speaks or is reported: "would confirm its contribution". */
    private static final Set<String> OWN = Words.set("its", "their", "our", "his", "her", "my");

    /**
     * "would not stand in the way of the payments": a promise not to obstruct, which a veto player can be held to (other
     * stands are views: "we will not stand for it").
     */
    private static boolean standsInTheWay(List<Token> tokens, int verb) {
        return verb + 3 < tokens.size() && tokens.get(verb).folded().equals("stand") && tokens.get(verb + 1).folded().equals("in")
                && tokens.get(verb + 2).folded().equals("the") && tokens.get(verb + 3).folded().equals("way");
    }

    /** Verbs of a stance that "will not" only defends: "will not sit idly by", "will not apologise", "will not gamble". */
    private static final Set<String> DEFIANT = Words.set("sit", "apologise", "apologize", "gamble", "promise");
    /** What a politician will not "take" from a rival: lectures, lessons. */
    private static final Set<String> RETORTS = Words.set("lectures", "lecture", "lessons", "lesson");

    /**
     * A refused stance, not a refused act: "will not stop until every hostage is home", but "will not stop supporting
     * Ukraine" is a pledge to go on, and "will not stop transit through Russia" a refusal with an object.
     */
    private static boolean defiance(List<Token> tokens, int verb) {
        String w = tokens.get(verb).folded();
        if (w.equals("do") && verb + 2 < tokens.size() && tokens.get(verb + 1).folded().equals("is")) {
            // "What I will not do is take lessons from ...": the act named after "is"
            return defiance(tokens, verb + 2);
        }
        if (OUTCOMES.contains(w)) {
            // "we will not achieve this with one partner alone", "we will not find them without people from abroad":
            // an outcome foretold, not an act refused
            return true;
        }
        if (w.equals("look")) {
            return verb + 1 < tokens.size() && tokens.get(verb + 1).folded().equals("away");
        }
        if (w.equals("take")) {
            // "I will not take lectures from a party that ...", "we will take no lessons from him": a retort
            for (int k = verb + 1; k < Math.min(tokens.size(), verb + 3); k++) {
                if (RETORTS.contains(tokens.get(k).folded())) {
                    return true;
                }
            }
            return false;
        }
        if (w.equals("stop")) {
            return verb + 1 >= tokens.size() || !tokens.get(verb + 1).isWord() || STOP_WITHOUT_OBJECT.contains(tokens.get(verb + 1).folded());
        }
        return DEFIANT.contains(w);
    }

    /** Outcomes no one does at will: "achieve", "win", "succeed", "solve", "find" (not "reach", of a target one sets). */
    private static final Set<String> OUTCOMES = Words.set("achieve", "win", "succeed", "solve", "find");

    /**
     * What follows a "stop" that has no object of its own ("will not stop until ...", "will not stop at anything", "stop
     * here"), or none but what others do ("we are not going to stop it").
     */
    private static final Set<String> STOP_WITHOUT_OBJECT = Words.set("until", "at", "for", "after", "as", "here", "there",
            "now", "short", "and", "but", "when", "while", "because", "till", "before", "halfway",
            "it", "this", "that", "them", "him", "her");

    /** Where a negotiation is not held: "in the press", "in the media". */
    private static final Set<String> PUBLICLY = Words.set("press", "media", "newspapers");
    /** What "would like to" does in a courtesy: "thank", "congratulate", "express our gratitude". */
    private static final Set<String> COURTESIES = Words.set("thank", "congratulate", "express", "acknowledge", "commend",
            "welcome", "recognise", "recognize", "take");
    /** What numbers do over time: "could keep growing", "may continue rising". */
    private static final Set<String> TRENDS = Words.set("growing", "rising", "falling", "increasing", "declining",
            "climbing", "shrinking", "dropping");
    /** Verbs of an answer given or held back: "give you a date", "get into numbers", "put a figure on it". */
    private static final Set<String> ANSWERING = Words.set("give", "get", "go", "put", "provide", "offer",
            "discuss");
    /** What an interviewee holds back: "a date", "numbers", "the details", "a running commentary". */
    private static final Set<String> DETAILS = Words.set("date", "dates", "number", "numbers", "figure", "figures",
            "detail", "details", "specifics", "timeline", "timetable", "commentary", "hypotheticals", "speculation",
            // "Rubio declined to give one" (a figure asked for), "declined to go further"
            "one", "further",
            // "Hegseth declined to give a time frame"
            "time", "timeframe");
    private static final Set<String> KEPT_STATES = Words.set("open", "committed", "ready", "engaged", "available",
            "in", "on", "involved", "neutral", "united");
    /** "reaffirmed Canada's steadfast support for": a name's possessive inside a phrase, where "their" could stand. */
    private static boolean namedPossessor(Token t) {
        return t.isCapitalized() && Folding.isPossessive(t.text());
    }

    /** Adjectives of constancy between a possessive and its noun: "our unwavering commitment", "its full support". */
    private static final Set<String> CONSTANCY = Words.set("unwavering", "steadfast", "strong", "full", "continued",
            "continuing", "firm", "unconditional", "unequivocal", "resolute", "enduring", "unshakeable", "unshakable",
            "ironclad", "total", "long-standing", "longstanding", "collective", "solid", "sustained", "ongoing");

    /** Adverbs that may stand inside a cue phrase: "was also ready to", "were prepared in principle to". */
    private static final Set<String> INSIDE_CUE = Words.set("also", "still", "now", "already", "fully", "firmly",
            "actively", "seriously",
            "in");

    /**
     * "not going to give you a date", "won't get into numbers", "not going to pre-empt the update": the verb
     * of an answer with one of {@link #DETAILS} within its next four words.
     */
    private static boolean withholdsDetail(List<Token> tokens, int verb) {
        if (!ANSWERING.contains(tokens.get(verb).folded())) {
            return false;
        }
        return listWordAhead(tokens, verb + 1, DETAILS);
    }

    /** The word before a cue when the speaker talks of themselves: "I'll", "we will", "I'm not going to", "we are". */
    private static final Set<String> FIRST_PERSON = Words.set("i", "we", "'m", "'re", "\u2019m", "\u2019re", "am", "are");
    /** The first person singular before a cue: "I'll", "I'm not going to". */
    private static final Set<String> I_AM = Words.set("i", "'m", "\u2019m", "am");

    /** "leave the floor schedule to the Speaker", "leave it to them": handing a question to someone else. */
    private static boolean leavesTo(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + 6); k++) {
            if (tokens.get(k).folded().equals("to")) {
                return k + 1 < tokens.size() && (tokens.get(k + 1).folded().equals("the") || tokens.get(k + 1).isCapitalized()
                        || tokens.get(k + 1).folded().equals("them") || tokens.get(k + 1).folded().equals("him")
                        || tokens.get(k + 1).folded().equals("her"));
            }
        }
        return false;
    }

    /** What one will "see" by waiting: "what happens", "how it goes", "whether they deliver". */
    private static final Set<String> WAITED_FOR = Words.set("what", "how", "whether", "if");

    /** What a briefer gives reporters, or withholds: "give you the day", "give you a number", "give you figures". */
    private static final Set<String> NEWS_GIVEN = Words.set("day", "date", "dates", "number", "numbers", "figure",
            "figures", "timeline", "timetable", "details", "specifics", "names");

    private static final Set<String> NEWS_DETERMINERS = Words.set("the", "a", "any", "an", "exact", "precise");

    /** "the day", "a number", "any figures", "details" at {@code at}: news a briefer withholds, not money or a truce. */
    private static boolean withheldNews(List<Token> tokens, int at) {
        if (at < tokens.size() && NEWS_DETERMINERS.contains(tokens.get(at).folded())) {
            at++;
        }
        return at < tokens.size() && NEWS_GIVEN.contains(tokens.get(at).folded());
    }

    /** Verbs that talk about the conversation itself: "comment", "elaborate", "answer". */
    private static final Set<String> TALKING = Words.set("comment", "speculate", "elaborate", "answer", "disclose",
            "reveal", "preview", "telegraph");
    /** The same verbs as what one refrains from: "refrain from commenting", "refrain from speculating". */
    private static final Set<String> TALKED = Words.set("commenting", "speculating", "elaborating", "answering",
            "disclosing", "revealing", "discussing");

    /** Contests a side may refuse to enter: "We will not get into a subsidy race", "a tit-for-tat trade war". */
    private static final Set<String> CONTESTS = Words.set("race", "war", "tit-for-tat", "tit-", "fight", "conflict",
            "confrontation", "spiral", "bidding");

    /**
     * Whether the words after "get into" or "go into" at {@code from} name what is talked over ("I'm not going to get
     * into the details", "I won't go into our private conversations"), not a contest the side refuses to enter ("We
     * will not get into a subsidy race").
     */
    private static boolean talkedOver(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            if (CONTESTS.contains(tokens.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "take your questions", "see you next week", "get into" or "go into" what is talked over, "speak for our
     * partners", "refer you to", "be drawn on", "see what happens", or a verb of {@link #TALKING}.
     */
    private static boolean steersTheTalk(List<Token> tokens, int verb, boolean singular) {
        String w = tokens.get(verb).folded();
        String next = verb + 1 < tokens.size() ? tokens.get(verb + 1).folded() : "";
        String after = verb + 2 < tokens.size() ? tokens.get(verb + 2).folded() : "";
        if (w.equals("like") && next.equals("to") && verb + 2 < tokens.size()) {
            // "I would like to refrain from commenting": what is liked is the verb after it
            return steersTheTalk(tokens, verb + 2, singular);
        }
        if (w.equals("let") && (next.equals("the") ? verb + 3 < tokens.size() && tokens.get(verb + 3).folded().equals("speak")
                : after.equals("speak"))) {
            // "I'll let the Emiratis speak for themselves", "I'll let them speak to that"
            return true;
        }
        if (w.equals("refrain") && next.equals("from") && TALKED.contains(after)) {
            // Tokyo's and Beijing's briefers: "I will refrain from commenting on specific figures"
            return true;
        }
        if (TALKING.contains(w) || (w.equals("see") && next.equals("you")) || (w.equals("speak") && next.equals("for"))
                || ((w.equals("get") || w.equals("go")) && next.equals("into") && talkedOver(tokens, verb + 2))
                || (w.equals("get") && next.equals("ahead") && after.equals("of"))
                // "I would refer you to the competent authorities", "I'm not going to be drawn on the timing"
                || (w.equals("refer") && next.equals("you")) || (w.equals("be") && next.equals("drawn"))
                // "I'm not going to give you the day, but it will be soon": what the briefer will not tell
                || (w.equals("give") && next.equals("you") && withheldNews(tokens, verb + 2))
                // "We'll see what happens", "we will see how the talks go": wait and see
                || (w.equals("see") && WAITED_FOR.contains(next))
                || (w.equals("open") && (next.equals("it") || next.equals("this")) && after.equals("up"))) {
            // "I'm not going to get ahead of the House", "With that, I'll open it up"
            return true;
        }
        if (singular && (w.equals("discuss") || (w.equals("leave") && leavesTo(tokens, verb)))) {
            // a briefer's "I'm not going to discuss future operations", "I'll leave the schedule to the Speaker"
            return true;
        }
        if (w.equals("take")) {
            for (int k = verb + 1; k < Math.min(tokens.size(), verb + 4); k++) {
                if (tokens.get(k).folded().startsWith("question")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> WATCHING = Words.set("follow", "monitor", "watch", "observe");
    /**
     * "could not": an inability whose arguing verbs {@link #CANNOT_ARGUE} leaves out ("cannot" and "can't" are read by
     * {@link #INABILITY}, which keeps only refusals).
     */
    private static final Set<String> COULD_NOT = Words.set("could");
    /** "cannot", "can't", "ca n't": inability, which refuses only with a verb of {@link #REFUSED_BY_INABILITY}. */
    private static final Set<String> INABILITY = Words.set("cannot", "can't", "ca");
    /** "cannot accept", "can't support", "cannot give more this year": an inability that is a refusal. */
    private static final Set<String> REFUSED_BY_INABILITY = Words.set("accept", "agree", "support", "approve", "sign",
            "endorse", "back", "tolerate", "permit", "join", "recognise", "recognize", "commit", "give", "provide",
            "contribute", "offer");
    /** Verbs after "cannot" that argue rather than refuse: "cannot ask", "cannot keep", "cannot carry this alone". */
    private static final Set<String> CANNOT_ARGUE = Words.set("ask", "keep", "continue", "carry", "feed", "allow", "expect");

    /** Verbs of giving an address: "deliver her Budget", "give a speech", "make a statement". */
    private static final Set<String> ADDRESSING = Words.set("deliver", "give", "make");
    /**
     * What is delivered or given as an address; "Budget" only with its capital, the day's event in British and Irish
     * copy ("will present a budget that would raise ..." pledges what is in it).
     */
    private static final Set<String> ADDRESSES = Words.set("speech", "address", "statement", "keynote", "remarks", "lecture");
    private static final Set<String> ADDRESS_DETERMINERS = Words.set("a", "an", "the", "her", "his", "its", "their", "our",
            "my", "this", "next", "first", "annual", "major", "keynote");

    /** "deliver her Budget", "give a speech", "make a statement to MPs" from token {@code verb}. */
    private static boolean speaks(List<Token> tokens, int verb) {
        if (verb >= tokens.size() || !ADDRESSING.contains(tokens.get(verb).folded())) {
            return false;
        }
        int k = verb + 1;
        while (k < Math.min(tokens.size(), verb + 4) && ADDRESS_DETERMINERS.contains(tokens.get(k).folded())) {
            k++;
        }
        return k > verb + 1 && k < tokens.size() && (ADDRESSES.contains(tokens.get(k).folded()) || tokens.get(k).text().equals("Budget"));
    }

    /** "judge this government by what it does", "judge them by their actions" from token {@code verb}. */
    private static boolean judgesBy(List<Token> tokens, int verb) {
        if (verb >= tokens.size() || !tokens.get(verb).folded().equals("judge")) {
            return false;
        }
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + 5); k++) {
            if (tokens.get(k).folded().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "closely follow", "carefully monitor", "watch whether" from token {@code at} (after an opening quote mark, if
     * any): a rating agency's "would watch whether the government maintained its fiscal discipline" is no pledge.
     */
    private static boolean watches(List<Token> tokens, int at) {
        int k = at < tokens.size() && Tokens.isQuoteMark(tokens.get(at).text()) ? at + 1 : at;
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k + 1).folded();
        if (tokens.get(k).folded().equals("continue") && next.equals("to") && k + 2 < tokens.size()
                && (tokens.get(k + 2).folded().equals("monitor") || tokens.get(k + 2).folded().equals("watch"))) {
            // "we will continue to monitor the situation closely": watching goes on, nothing new is promised
            return true;
        }
        return (tokens.get(k).folded().equals("closely") || tokens.get(k).folded().equals("carefully"))
                && WATCHING.contains(next)
                || WATCHING.contains(tokens.get(k).folded()) && next.equals("whether");
    }

    /** Verbs of a pledge whose "to" may come after where and when: "agreed in a phone call to". */
    private static final Set<String> AGREEING = Words.set("agreed", "pledged", "promised", "vowed", "decided", "undertook");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Words.set("in", "at", "during", "after", "on", "at", "by");
    private static final Set<String> NOT_AFTER_TO = Words.set("the", "a", "an", "his", "her", "their", "its", "this", "that");

    /**
     * The index of the "to" that ends a short adverbial opening at {@code at} ("in a phone call on Thursday to
     * hold"), when a verb follows it; otherwise {@code at} itself.
     */
    private static int toAfterAdverbial(List<Token> tokens, int at) {
        int j = at + 1;
        while (j < Math.min(tokens.size(), at + 8) && tokens.get(j).isWord() && !tokens.get(j).folded().equals("to")
                && !tokens.get(j).folded().equals("that")) {
            j++;
        }
        boolean verbAfter = j + 1 < tokens.size() && tokens.get(j).folded().equals("to") && tokens.get(j + 1).isWord()
                && !tokens.get(j + 1).isCapitalized() && !NOT_AFTER_TO.contains(tokens.get(j + 1).folded());
        return verbAfter ? j : at;
    }

    /** First words of cues that are also nouns: "plan to", "pledge to", "aim to". */
    private static final Set<String> NOUN_OR_VERB = Words.set("plan", "plans", "pledge", "promise", "aim", "aims",
            "vow", "commit", "agree", "intend", "hope");
    private static final Set<String> NOT_VERB_WORDS = Words.set("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "this", "that", "these", "those", "all", "some", "any", "each", "every", "parliament", "congress");
    private static final Set<String> PARTS_OF_DAY = Words.set("morning", "afternoon", "evening", "night");
    /** Verbs of a pledge that close a reported one: "..., the minister promised on Tuesday." */
    private static final Set<String> CLOSING_PLEDGE_VERBS = Words.set("pledged", "promised", "vowed");
    /** What follows such a closing verb: where and when, not what was pledged. */
    private static final Set<String> CLOSING_ADJUNCTS = Words.set("during", "at", "on", "in", "yesterday", "today",
            "tonight", "last", "this", "after", "before", "while", "when");
    private static final Set<String> BARE = Words.set("pledged", "pledges", "promised", "promises", "vowed", "committed");
    private final List<CuePhrase> phrases = new ArrayList<>();
    /**
     * The phrases by first word, longest first (a phrase starting with a possessive under each possessive), then by
     * second word (see {@link SecondWords}).
     */
    private final java.util.Map<String, SecondWords> bySecondWord = new java.util.HashMap<>();

    /**
     * The phrases of one first word that a plain second token (see {@link #standsAsWritten}) can go on with, in their
     * order: for each second word of theirs, the phrases of that second word, of one word, or of a possessive ("*")
     * second; for any other token, those of one word or a possessive second. Why: "is", "are", "was" and "were" open
     * 15 to 29 phrases each, and every one was tried at every such token, with the words a phrase may step over asked
     * about again for each; a phrase whose second word is not the token's fails all the same.
     */
    private record SecondWords(List<CuePhrase> all, java.util.Map<String, List<CuePhrase>> bySecond, List<CuePhrase> anySecond) {
        static SecondWords of(List<CuePhrase> phrases) {
            java.util.Map<String, List<CuePhrase>> bySecond = new java.util.HashMap<>();
            for (CuePhrase p : phrases) {
                if (!goesOnWithAny(p)) {
                    bySecond.computeIfAbsent(p.words().get(1), second -> phrases.stream()
                            .filter(q -> goesOnWithAny(q) || q.words().get(1).equals(second)).toList());
                }
            }
            return new SecondWords(phrases, bySecond, phrases.stream().filter(SecondWords::goesOnWithAny).toList());
        }

        private static boolean goesOnWithAny(CuePhrase p) {
            return p.words().size() == 1 || p.words().get(1).equals("*");
        }

        List<CuePhrase> phrases(String second) {
            return bySecond.getOrDefault(second, anySecond);
        }
    }

    public static CueLexicon load() {
        CueLexicon lexicon = new CueLexicon();
        for (String line : WordLists.lines("/lexicon/commitment-cues.tsv")) {
            String[] f = line.split("\t", -1);
            String flags = f.length > 2 ? f[2] : "";
            lexicon.phrases.add(new CuePhrase(List.of(Folding.fold(f[0]).split(" ")), Modality.valueOf(f[1].strip()),
                    flags.contains("reported"), flags.contains("weak"), flags.contains("modal"), flags.contains("amount"),
                    flags.contains("object"), flags.contains("directive"), flags.contains("bound")));
        }
        lexicon.phrases.sort(Comparator.comparingInt((CuePhrase p) -> -p.words().size())
                .thenComparing(p -> !p.object()));
        java.util.Map<String, List<CuePhrase>> byFirstWord = new java.util.HashMap<>();
        for (CuePhrase p : lexicon.phrases) {
            String first = p.words().get(0);
            if (first.equals("*")) {
                for (String poss : POSSESSIVES) {
                    byFirstWord.computeIfAbsent(poss, k -> new ArrayList<>()).add(p);
                }
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
        byFirstWord.forEach((first, phrases) -> lexicon.bySecondWord.put(first, SecondWords.of(phrases)));
        return lexicon;
    }

    private static boolean isBracket(String token) {
        return token.equals("(") || token.equals(")");
    }

    /**
     * A modal, or "going to" that stands for one: before "be" both tell a state, not an act ("we are not going to be
     * caught flat-footed" as "we will not be blackmailed").
     */
    private static boolean actsAsModal(CuePhrase p) {
        return p.modal() || p.words().contains("going");
    }

    /** "could take part in", "may also take part": an act, though "could take years" is what may happen. */
    private static boolean takesPart(List<Token> tokens, int from) {
        int k = pastAdverbs(tokens, from);
        if (k + 1 >= tokens.size() || !tokens.get(k).folded().equals("take")) {
            return false;
        }
        // "could take part", "could take charge of clearing mines", "may take legal action", "could take the lead": a
        // role taken on, not what may befall ("could take years")
        String next = tokens.get(k + 1).folded();
        return TAKEN_ON.contains(next) || next.equals("the") && k + 2 < tokens.size() && tokens.get(k + 2).folded().equals("lead");
    }

    /** "may be able to find some money", "could be willing to extend": what one may do, not what may befall. */
    private static boolean beAbleTo(List<Token> tokens, int from) {
        int k = pastAdverbs(tokens, from);
        return k + 2 < tokens.size() && tokens.get(k).folded().equals("be") && ABILITIES.contains(tokens.get(k + 1).folded())
                && tokens.get(k + 2).folded().equals("to");
    }

    private static final Set<String> ABILITIES = Words.set("able", "willing", "prepared", "ready");

    private static final Set<String> TAKEN_ON = Words.set("part", "charge", "over", "command", "control", "responsibility",
            "action", "steps", "measures", "legal");

    /** The first token from {@code from} that is not one of {@link #ADVERBS} ("may also still ..."), at most the last. */
    private static int pastAdverbs(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() - 1 && ADVERBS.contains(tokens.get(k).folded())) {
            k++;
        }
        return k;
    }

    /**
     * "would remain open to diplomacy", "will remain committed", "will remain militarily neutral": a state the speaker
     * promises to keep.
     */
    private static boolean staysCommitted(List<Token> tokens, int from) {
        int k = pastAdverbs(tokens, from);
        if (k + 1 >= tokens.size() || !(tokens.get(k).folded().equals("remain") || tokens.get(k).folded().equals("stay"))) {
            return false;
        }
        int state = k + 2 < tokens.size() && tokens.get(k + 1).folded().endsWith("ly") ? k + 2 : k + 1;
        return KEPT_STATES.contains(tokens.get(state).folded()) || keptRole(tokens, k + 1);
    }

    /** "will remain a reliable partner", "would remain a steadfast ally of Ukraine": a role of support kept up. */
    private static boolean keptRole(List<Token> tokens, int from) {
        if (!(tokens.get(from).folded().equals("a") || tokens.get(from).folded().equals("an"))) {
            return false;
        }
        return listWordAhead(tokens, from + 1, SUPPORTING_ROLES);
    }

    /**
     * Whether one of {@code words} stands among the four tokens from {@code from}, before any punctuation: "a reliable
     * partner", "give details".
     */
    private static boolean listWordAhead(List<Token> tokens, int from, Set<String> words) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            if (words.contains(tokens.get(k).folded())) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUPPORTING_ROLES = Words.set("ally", "partner", "friend", "supporter", "donor");

    /** The token at {@code k} is a verb: a quick word check first, the POS tagger only if unsure. */
    private static boolean verbFollows(Sentence s, int k) {
        if (k >= s.tokens().size()) {
            return false;
        }
        Token t = s.tokens().get(k);
        if (t.isCapitalized() || !t.isWord() || Character.isDigit(t.text().charAt(0))
                || NOT_VERB_WORDS.contains(t.folded())) {
            return false;
        }
        return s.isVerbAt(k);
    }

    /** What an amount is announced as: "announced a new contribution of US$8.2 million". */
    private static final Set<String> GIFTS = Words.set("contribution", "pledge", "grant", "donation", "package",
            "allocation");

    /**
     * A number or currency sign among the next four tokens ("announced an additional 40 million pounds"), or after
     * "a new contribution of", "a grant of".
     */
    private static boolean amountFollows(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            String t = tokens.get(k).text();
            if (GIFTS.contains(tokens.get(k).folded()) && k + 1 < tokens.size() && tokens.get(k + 1).folded().equals("of")) {
                return amountFollows(tokens, k + 2);
            }
            char c = t.isEmpty() ? ' ' : t.charAt(0);
            if (Character.isDigit(c) || c == '$' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5'
                    || (t.length() > 1 && t.indexOf('$') > 0 && t.indexOf('$') <= 3)) {
                // "$75 million", "C$75 million", "NZ$10 million"
                return true;
            }
        }
        return false;
    }

    /** The folded word at {@code k}, or the first one after "still", "also", "eventually"... */
    private static String afterAdverbs(List<Token> tokens, int k) {
        k = verbAfterAdverbs(tokens, k);
        return k < tokens.size() ? tokens.get(k).folded() : "";
    }

    /** Modals whose perfect says what would have been: "would not have", "could not have" (not "will not have"). */
    private static final Set<String> COUNTERFACTUAL_MODALS = Words.set("would", "could", "should", "might");

    /** What may stand between such a modal and its "have": "would not have", "could never have". */
    private static final Set<String> NEGATIONS = Words.set("not", "n't", "never");

    /** A modal at {@code modal} whose cue ends at {@code end}, then "have" and a participle (not "have to"). */
    private static boolean pastCounterfactual(List<Token> tokens, int modal, int end) {
        if (!COUNTERFACTUAL_MODALS.contains(tokens.get(modal).folded())) {
            return false;
        }
        int k = end < tokens.size() && NEGATIONS.contains(tokens.get(end).folded()) ? end + 1 : end;
        k = verbAfterAdverbs(tokens, k);
        return k + 1 < tokens.size() && tokens.get(k).folded().equals("have")
                && isPastParticiple(tokens.get(k + 1).folded());
    }

    /** Past participles that do not end in "-ed", "-en" or "-wn": "could not have put it better". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Words.set("put", "done", "made", "had", "got", "gone",
            "said", "come", "become", "won", "lost", "built", "paid", "sent", "spent", "left", "kept", "held", "brought",
            "bought", "thought", "told", "found", "run", "met", "set", "cut", "let", "struck", "stood", "sought", "felt",
            "meant");

    /** "signed", "been", "shown", "put": a participle after "have" ("have enough gas" is having, not a perfect). */
    private static boolean isPastParticiple(String word) {
        return word.length() > 3 && (word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn"))
                || IRREGULAR_PARTICIPLES.contains(word);
    }

    /** Pronouns that open a relative clause without "that": "the best budget we could deliver". */
    private static final Set<String> CLAUSE_SUBJECTS = Words.set("we", "i", "they", "you");

    /** "the best deal we could get", "the biggest package I can offer": a modal in a superlative's relative clause. */
    private static boolean bestThatCould(List<Token> tokens, int cue) {
        if (cue < 3 || !CLAUSE_SUBJECTS.contains(tokens.get(cue - 1).folded())) {
            return false;
        }
        for (int k = cue - 2; k >= Math.max(1, cue - 5); k--) {
            String w = tokens.get(k).folded();
            if ((w.equals("best") || w.equals("most") || w.equals("least") || w.equals("only") || w.endsWith("est") && w.length() > 4)
                    && tokens.get(k - 1).folded().equals("the")) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Where the verb stands after the adverbs from {@code k} on ("would, however, provide"). */
    private static int verbAfterAdverbs(List<Token> tokens, int k) {
        while (k < tokens.size() - 1 && ADVERBS.contains(tokens.get(k).folded()) && !tokens.get(k).folded().equals("not")) {
            k++;
        }
        // "Berlin would, however, provide 9 billion euros": the verb after the inserted adverb
        return Tokens.afterInsertedAdverb(tokens, k);
    }

    /** Adverbs of a speaker's stance before a verb: "would obviously welcome", "would certainly run out". */
    private static final Set<String> STANCE_ADVERBS = Words.set("obviously", "certainly", "definitely", "really",
            "clearly", "gladly", "warmly", "probably", "likely", "simply", "quickly", "soon", "still", "also");

    /** Where the word after the adverbs of stance (and an opening quotation mark) from {@code k} on stands. */
    private static int wordAfterStance(List<Token> tokens, int k) {
        while (k < tokens.size() - 1 && (STANCE_ADVERBS.contains(tokens.get(k).folded()) || Tokens.isQuoteMark(tokens.get(k).text()))) {
            k++;
        }
        return k;
    }

    /** Whether the word at {@code k}, past the adverbs of stance, is {@code word}. */
    private static boolean wordIs(List<Token> tokens, int k, String word) {
        int at = wordAfterStance(tokens, k);
        return at < tokens.size() && tokens.get(at).folded().equals(word);
    }

    /**
     * Whether {@code words} follow a modal that ends at {@code end}: the first past the adverbs of stance ("would
     * obviously welcome"), each next one word on from there, past its own ("would run out", "would “look at anything").
     */
    private static boolean phraseAfterStance(List<Token> tokens, int end, String... words) {
        int verb = wordAfterStance(tokens, end);
        for (int n = 0; n < words.length; n++) {
            if (!wordIs(tokens, verb + n, words[n])) {
                return false;
            }
        }
        return true;
    }

    /** All cues of a sentence, left to right, not overlapping. */
    public List<Cue> find(Sentence s) {
        List<Token> tokens = s.tokens();
        List<Cue> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue cue = matchAt(tokens, i);
            cue = cue != null ? cue : signedAgreementAt(s, i);
            if (cue != null && NOUN_OR_VERB.contains(cue.phrase().words().get(0)) && !verbFollows(s, cue.end())) {
                // "a 10-point peace plan to parliament": the noun, not "plans to" + a verb
                cue = null;
            }
            if (cue != null) {
                out.add(cue);
                i = cue.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * What a side signs that binds it to what follows: "signed a landmark £4 billion agreement to co-produce". Not a
     * letter of intent nor a memorandum of understanding, which bind nobody: annotators gave those pledges firm, hedged
     * or conditional modalities, and the hedged ones broke a pool's modality floor.
     */
    private static final Set<String> SIGNED_BINDINGS = Words.set("agreement", "agreements", "deal", "deals", "contract",
            "contracts", "accord", "pact");
    /** Prepositions of an adverbial between what was signed and its terms: "signed a contract in August to build". */
    private static final Set<String> SIGNING_ADVERBIALS = Words.set("on", "in", "at", "with", "during", "worth", "of");
    /** What a side undertakes to supply or build through a signed deal: "signed a £6.1 billion agreement for the sale of". */
    private static final Set<String> DEALT_THINGS = Words.set("sale", "purchase", "supply", "delivery", "construction",
            "development", "production", "acquisition");

    /**
     * "Saudi Arabia and Kenya on Monday signed an agreement that will allow up to 250,000 workers ...", "The UK and
     * Poland have today signed a landmark £4 billion agreement to co-produce ...", "signed a £6.1 billion agreement on
     * Thursday for the sale of 24 Eurofighter Typhoon jets": the signers pledge the terms that follow what they signed
     * (in the tuned batches 39 of the 48 such sentences carry a commitment in the gold); the lexicon's "signed an
     * agreement to" reads only the phrase with nothing inside it. The cue runs to where the terms start; null at any
     * other token.
     */
    private Cue signedAgreementAt(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        if (!tokens.get(i).folded().equals("signed") || negatedBefore(tokens, i)) {
            return null;
        }
        int noun = -1;
        for (int k = i + 1; k < Math.min(tokens.size(), i + 9) && noun < 0; k++) {
            Token t = tokens.get(k);
            if (SIGNED_BINDINGS.contains(t.folded())) {
                noun = k;
            } else if (!t.isWord() && !isPartOfASum(t.text()) && !t.text().equals("-") || t.folded().equals("that")
                    || t.folded().equals("to")) {
                return null;
            }
        }
        if (noun < 0) {
            return null;
        }
        for (int at = noun + 1; at < Math.min(tokens.size() - 1, noun + 8); at++) {
            String w = Tokens.folded(s, at);
            String next = Tokens.folded(s, at + 1);
            if (w.equals("to") && opensTerms(s, at + 1)) {
                return signing(s, i, at + 1);
            }
            if (w.equals("that") && (next.equals("will") || next.equals("would"))) {
                return signing(s, i, at + 2);
            }
            if (w.equals("for") && next.equals("the") && DEALT_THINGS.contains(Tokens.folded(s, at + 2))) {
                return signing(s, i, at + 1);
            }
            if (!tokens.get(at).isWord() && !isPartOfASum(tokens.get(at).text())
                    || at == noun + 1 && !SIGNING_ADVERBIALS.contains(w)) {
                // ("signed a deal. It will ...", "signed the accord, which ..."): no terms follow what was signed
                return null;
            }
        }
        return null;
    }

    /**
     * The cue of a signing from token {@code i} whose terms start at {@code terms}: hedged when the terms only explore
     * ("signed an agreement to study a second phase", "signed a framework agreement to explore the possible sale").
     */
    private static Cue signing(Sentence s, int i, int terms) {
        boolean explores = EXPLORING.contains(Tokens.folded(s, terms));
        for (int k = terms; k < Math.min(s.tokens().size(), terms + 3) && !explores; k++) {
            explores = Tokens.folded(s, k).equals("possible") || Tokens.folded(s, k).equals("potential");
        }
        return new Cue(explores ? SIGNED_TO_EXPLORE : SIGNED_AN_AGREEMENT, i, terms);
    }

    /**
     * Whether the word at {@code k}, after "to", opens the terms of a signed deal: a lower-case word, not "the", a
     * number or "up to" ("to co-produce air defence missiles", which the tagger may read as a noun).
     */
    private static boolean opensTerms(Sentence s, int k) {
        Token t = s.tokens().get(k);
        String tag = s.tags(k, k + 1)[0];
        return t.isWord() && Character.isLowerCase(t.text().charAt(0))
                && !Words.ARTICLES_AND_POSSESSIVES.contains(t.folded()) && !tag.equals("NUM") && !tag.equals("ADP") && !tag.equals("PRON") && !Tokens.folded(s, k - 2).equals("up");
    }

    /** Verbs of terms that only look into something: "to study", "to explore". */
    private static final Set<String> EXPLORING = Words.set("study", "explore", "examine", "assess", "consider", "evaluate");

    /** A token of a sum inside a signed deal's description: "a £4 billion agreement", "a $ 2 billion deal". */
    private static boolean isPartOfASum(String token) {
        char first = token.charAt(0);
        return Character.isDigit(first) || "$£€¥%".indexOf(first) >= 0;
    }

    /** The phrase a longer signing is read as, with the flags of the lexicon's "signed an agreement to". */
    private static final CuePhrase SIGNED_AN_AGREEMENT = new CuePhrase(List.of("signed", "an", "agreement", "to"), Modality.FIRM,
            false, false, false, false, false, false, false);
    /** The same, hedged: a signing whose terms only explore ({@link #EXPLORING}). */
    private static final CuePhrase SIGNED_TO_EXPLORE = new CuePhrase(List.of("signed", "an", "agreement", "to"), Modality.HEDGED,
            false, false, false, false, false, false, false);

    /** The token after a quotation mark at {@code at} (when a word follows it), else {@code at}. */
    private static int pastQuoteMark(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && Tokens.isQuoteMark(tokens.get(at).text()) ? at + 1 : at;
    }

    /**
     * A thing named by a common noun that a negated passive says will not be acted on: "British troops would not be
     * deployed to the front line", "the pension will not be cut": the refusal of whoever would do it (not a person's
     * or a side's state: "we will not be blackmailed", "Ukraine will not be defeated").
     */
    private static boolean thingNotActedOn(List<Token> tokens, int cue, int participle) {
        if (cue == 0) {
            return false;
        }
        Token subject = tokens.get(cue - 1);
        String w = tokens.get(participle).folded();
        return subject.isWord() && !subject.isCapitalized() && !PRONOUN_SUBJECTS.contains(subject.folded())
                && Words.isParticiple(w)
                && !assuredByAnother(tokens, cue);
    }

    /**
     * "The Greens said they had secured guarantees that the money would not be diverted": the guarantee of someone the
     * speaker won it from, not the speaker's own refusal.
     */
    private static boolean assuredByAnother(List<Token> tokens, int cue) {
        for (int k = cue - 2; k >= Math.max(2, cue - 5); k--) {
            if (tokens.get(k).folded().equals("that") && ASSURANCES.contains(tokens.get(k - 1).folded())) {
                return WON.contains(tokens.get(k - 2).folded());
            }
        }
        return false;
    }

    private static final Set<String> ASSURANCES = Words.set("guarantees", "guarantee", "assurances", "assurance",
            "promises", "promise", "commitments", "commitment");
    /** Verbs of obtaining what another side promises: "secured guarantees that", "sought assurances that". */
    private static final Set<String> WON = Words.set("secured", "received", "obtained", "won", "got", "sought", "demanded",
            "wanted", "want", "wants", "seeks", "seek", "demand", "demands", "secure", "obtain");

    /**
     * "the Kingdom will not be part of any military escalation", "This committee will not be party to punitive taxes":
     * a refusal to take part, unlike the states that "will not be" names ("blackmailed", "naive").
     */
    private static boolean takesNoPart(List<Token> tokens, int cue, int at) {
        if (at + 1 >= tokens.size() || cue > 0 && PERSONAL_SUBJECTS.contains(tokens.get(cue - 1).folded())) {
            // (not "he would not be part of any future government": a person's own career, no party's pledge)
            return false;
        }
        String w = tokens.get(at).folded();
        String next = tokens.get(at + 1).folded();
        return w.equals("part") && next.equals("of") || w.equals("party") && next.equals("to");
    }

    /** The first person singular and the third: who "would not be part of" a government speaks of a career. */
    private static final Set<String> PERSONAL_SUBJECTS = Words.set("i", "he", "she");
    /** Subjects that name a speaker or a side, never a thing acted on: "we will not be blackmailed". */
    private static final Set<String> PRONOUN_SUBJECTS = Words.set("we", "i", "you", "they", "he", "she", "it", "who",
            "that", "which", "this");

    /**
     * Whether the loop of {@link #matchAt} reads token {@code t}, standing after a phrase's first word, as it stands for
     * every phrase: no word it steps over or reads on from there ("early on Friday", "on Sunday", AP's "Wednesday to",
     * an adverbial's preposition, an adverb inside the cue, an adjective of constancy) and no quotation mark. Then a
     * phrase of two words or more goes on only if its second word is the token's (or a possessive's "*").
     */
    private static boolean standsAsWritten(Token t) {
        String f = t.folded();
        return !f.equals("early") && !f.equals("late") && !f.equals("on") && !Words.WEEKDAYS.contains(f)
                && !ADVERBIAL_PREPOSITIONS.contains(f) && !INSIDE_CUE.contains(f) && !CONSTANCY.contains(f)
                && !Tokens.isQuoteMark(t.text());
    }

    private Cue matchAt(List<Token> tokens, int i) {
        // (one look-up of the first word for both lists: the second was half of what the second-word filter saved)
        SecondWords ofFirstWord = bySecondWord.get(tokens.get(i).folded());
        if (ofFirstWord == null) {
            return null;
        }
        List<CuePhrase> candidates = ofFirstWord.all();
        if (i + 1 < tokens.size() && standsAsWritten(tokens.get(i + 1))) {
            // the second token is read as it stands by every phrase: only those whose second word it can be are tried
            candidates = ofFirstWord.phrases(tokens.get(i + 1).folded());
        }
        for (CuePhrase p : candidates) {
            int n = p.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            int at = i;
            for (int k = 0; k < n && ok; k++) {
                if (k > 0 && at + 2 < tokens.size() && (tokens.get(at).folded().equals("early") || tokens.get(at).folded().equals("late"))
                        && tokens.get(at + 1).folded().equals("on") && Words.WEEKDAYS.contains(tokens.get(at + 2).folded())) {
                    // "agreed early on Friday to lend"
                    at++;
                }
                if (k > 0 && at + 1 < tokens.size() && tokens.get(at).folded().equals("on")
                        && Words.WEEKDAYS.contains(tokens.get(at + 1).folded())) {
                    // "agreed on Sunday to extend", "promised on Sunday night to": a day inside the phrase
                    at += 2;
                    if (at < tokens.size() && PARTS_OF_DAY.contains(tokens.get(at).folded())) {
                        at++;
                    }
                } else if (k > 0 && at + 1 < tokens.size() && Words.WEEKDAYS.contains(tokens.get(at).folded())
                        && p.words().get(k).equals(tokens.get(at + 1).folded())) {
                    // AP style: "agreed Wednesday to impose"
                    at++;
                }
                if (k == n - 1 && n == 2 && p.words().get(k).equals("to") && AGREEING.contains(p.words().get(0))
                        && at < tokens.size() && ADVERBIAL_PREPOSITIONS.contains(tokens.get(at).folded())) {
                    // "agreed in a phone call on Thursday to hold a summit": where and when, inside the phrase
                    at = toAfterAdverbial(tokens, at);
                }
                if (k > 0) {
                    // 'had "no plans" to', 'was "actively considering"': a partial quote opens inside the phrase
                    at = pastQuoteMark(tokens, at);
                }
                if (k > 0 && at + 1 < tokens.size() && INSIDE_CUE.contains(tokens.get(at).folded())
                        && !INSIDE_CUE.contains(p.words().get(k))
                        && (!tokens.get(at).folded().equals("in") || tokens.get(at + 1).folded().equals("principle"))) {
                    // "was also ready to", "were prepared in principle to": an adverb inside the phrase
                    at++;
                    if (tokens.get(at - 1).folded().equals("in") && tokens.get(at).folded().equals("principle")) {
                        at++;
                    }
                }
                if (k > 0) {
                    // 'was "ready to', 'had "no plans" to': or closes inside it
                    at = pastQuoteMark(tokens, at);
                }
                if (at >= tokens.size()) {
                    ok = false;
                    break;
                }
                if (k > 0 && p.words().get(k - 1).equals("*")) {
                    // "reaffirmed their unwavering commitment to", "reiterated its full support for": an adjective of
                    // constancy after the possessive
                    for (int a = 0; a < 2 && at + 1 < tokens.size() && CONSTANCY.contains(tokens.get(at).folded()); a++) {
                        at++;
                    }
                }
                String want = p.words().get(k);
                String have = tokens.get(at).folded();
                ok = want.equals("*") ? POSSESSIVES.contains(have) || k > 0 && namedPossessor(tokens.get(at)) : want.equals(have);
                at++;
            }
            if (!ok) {
                continue;
            }
            int end = at;
            if (!p.modal() && p.modality() != Modality.NEGATED && negatedBefore(tokens, i)) {
                // "had not agreed to ease", "was not considering any change": no pledge was made
                continue;
            }
            if (p.needsAmount() && !amountFollows(tokens, end)) {
                continue;
            }
            if (p.object() || p.directive()) {
                // "commits the group to tripling": the committed party, then "to"; "directed the National Disaster
                // Management Authority (NDMA) to provide": whom the order goes to, then "to"
                int to = end + 1;
                while (to < Math.min(tokens.size(), end + (p.directive() ? 10 : 6)) && !tokens.get(to).folded().equals("to")
                        && (tokens.get(to).isWord() || p.directive() && isBracket(tokens.get(to).text()))) {
                    to++;
                }
                if (to >= tokens.size() || to == end || !tokens.get(to).folded().equals("to")
                        || tokens.get(end).folded().equals("to") || tokens.get(end).folded().equals("that")
                        || p.object() && amountFollows(tokens.subList(0, to), end)) {
                    // ("the Netherlands committed $200 million to the facility": a sum, not a committed party, which
                    // the phrase's reading before a sum takes)
                    continue;
                }
                // the one who gives the order commits its government: the subject, as for any other cue
                return p.directive() ? new Cue(p, i, to + 1) : new Cue(p, i, to + 1, end, to);
            }
            if (p.modal() && end < tokens.size() && tokens.get(end).isCapitalized()) {
                // "and so will Europe": an inverted subject, not a pledge by the one before
                return null;
            }
            if (actsAsModal(p) && end + 1 < tokens.size() && tokens.get(end).folded().equals("be")
                    && p.modality() == Modality.NEGATED && !tokens.get(pastQuoteMark(tokens, end + 1)).folded().endsWith("ing")
                    && !tokens.get(end + 1).folded().equals("able") && !takesNoPart(tokens, i, end + 1)
                    && !(thingNotActedOn(tokens, i, end + 1) && !COULD_NOT.contains(p.words().get(0))
                        && !INABILITY.contains(p.words().get(0)))) {
                // "we will not be blackmailed", "we cannot be naive", "Ukraine will not be defeated": a state, nothing
                // promised (nor "the targets could not be met without more staff": what cannot be done)
                return null;
            }
            if (actsAsModal(p) && p.modality() == Modality.FIRM && end + 1 < tokens.size() && tokens.get(end).folded().equals("be")
                    && (tokens.get(end + 1).folded().equals("a") || tokens.get(end + 1).folded().equals("an"))) {
                // "Spain will be a reliable ally": what one is, not what one will do
                return null;
            }
            if (p.modal() && p.modality() == Modality.HEDGED && end + 1 < tokens.size()
                    && (tokens.get(end).folded().equals("keep") || tokens.get(end).folded().equals("continue"))
                    && TRENDS.contains(tokens.get(end + 1).folded())) {
                // "their capacity could keep growing": a trend foreseen, not what someone will do
                return null;
            }
            if (p.modal() && p.modality() == Modality.HEDGED && end < tokens.size()
                    && CONSEQUENCES.contains(afterAdverbs(tokens, end)) && !takesPart(tokens, end) && !beAbleTo(tokens, end)) {
                // "the best deal we could get", "it could cost jobs": what may happen, not what someone will do
                return null;
            }
            if (p.words().size() == 2 && p.words().get(0).equals("committed") && end + 1 < tokens.size()
                    && tokens.get(end).folded().equals("the") && CREEDS.contains(tokens.get(end + 1).folded())) {
                // "IOM is committed to the principle that ...": a creed, no action promised
                return null;
            }
            if (p.words().get(0).equals("committed") && i > 1 && tokens.get(i - 1).folded().equals("been")
                    && tokens.get(i - 2).folded().equals("always")) {
                // "China has always been committed to keeping supply chains stable": a stance claimed, no act promised
                return null;
            }
            if (p.modal() && phraseAfterStance(tokens, end, "run", "out")) {
                // "Kyiv would run out of money by April": what will befall, not what anyone does
                return null;
            }
            if (p.modal() && bestThatCould(tokens, i)) {
                // "This is the best budget we could deliver with the money we have been given": a superlative's
                // clause, no pledge
                return null;
            }
            if (p.modal() && (phraseAfterStance(tokens, end, "look", "at", "anything")
                    || phraseAfterStance(tokens, end, "look", "at", "everything"))) {
                // "he would “look at anything that works”": an open mind, nothing in particular promised
                return null;
            }
            if (p.modal() && p.words().get(0).equals("would")
                    && (phraseAfterStance(tokens, end, "welcome", "any") || phraseAfterStance(tokens, end, "welcome", "more"))) {
                // "We would obviously welcome more", "Dhaka would welcome any partner": a wish, no pledge
                return null;
            }
            if ((p.words().get(0).equals("rejected") || p.words().get(0).equals("rejects")) && end < tokens.size()) {
                int k = end;
                if (k < tokens.size() && (tokens.get(k).folded().equals("the") || tokens.get(k).folded().equals("these")
                        || tokens.get(k).folded().equals("such") || tokens.get(k).folded().equals("that")
                        || tokens.get(k).folded().equals("this"))) {
                    k++;
                }
                if (k < tokens.size() && k == end && Folding.isPossessive(tokens.get(k).text())) {
                    // "rejects Beijing's claims"
                    k++;
                }
                if (k + 1 < tokens.size() && !DENIALS.contains(tokens.get(k).folded()) && tokens.get(k).isWord()
                        && !tokens.get(k).isCapitalized() && DENIALS.contains(tokens.get(k + 1).folded())) {
                    // "rejects Beijing's sovereignty claims", "rejected the latest allegations"
                    k++;
                }
                if (k < tokens.size() && DENIALS.contains(tokens.get(k).folded())) {
                    // "rejected the accusations": a denial, not a refusal to act
                    return null;
                }
                if (k > end && (k == tokens.size() || !tokens.get(k).isWord())
                        && (tokens.get(end).folded().equals("that") || tokens.get(end).folded().equals("this"))) {
                    // "Pistorius rejected that.": what was just said, denied
                    return null;
                }
            }
            int verb = end;
            while (verb < tokens.size() && ADVERBS.contains(tokens.get(verb).folded())) {
                verb++;
            }
            boolean negated = p.modality() == Modality.NEGATED
                    || verb + 1 < tokens.size() && tokens.get(verb + 1).folded().equals("no");
            if (negated && verb < tokens.size() && defiance(tokens, verb)) {
                // "our teams will not stop", "we will not sit idly by", "we will not apologise for it", "I cannot
                // promise that for ever": defiance or caution, which no one can hold the speaker to
                return null;
            }
            if (p.modality() == Modality.NEGATED && verb < tokens.size()
                    && (OPINIONS.contains(tokens.get(verb).folded()) && !standsInTheWay(tokens, verb) || (verb + 1 < tokens.size()
                        && tokens.get(verb).folded().equals("make") && tokens.get(verb + 1).folded().equals("promises")))) {
                // "I'm not going to pretend this is easy", "I will not make promises I cannot keep": no refusal to act
                // "we cannot afford to stop", "I can't imagine": a view, not a refusal to act
                return null;
            }
            if (p.modality() == Modality.NEGATED && verb + 2 < tokens.size() && (tokens.get(verb).folded().equals("name")
                    || (tokens.get(verb).folded().equals("negotiate") && tokens.get(verb + 1).folded().equals("in")
                        && (tokens.get(verb + 2).folded().equals("public") || (verb + 3 < tokens.size()
                            && tokens.get(verb + 2).folded().equals("the") && PUBLICLY.contains(tokens.get(verb + 3).folded())))))) {
                // "I am not going to name and shame", "I am not going to negotiate in the press": what will not be
                // said in public, no refusal to act
                return null;
            }
            if (verb + 2 < tokens.size() && tokens.get(verb).folded().equals("like") && tokens.get(verb + 1).folded().equals("to")
                    && COURTESIES.contains(tokens.get(verb + 2).folded())) {
                // "The IMF team would like to thank the authorities": a courtesy, no pledge
                return null;
            }
            if (verb < tokens.size() && MIND.contains(tokens.get(verb).folded())) {
                // "I will believe it when I see the missiles", "we will never forget": a state of mind, no act
                return null;
            }
            if (p.modality() == Modality.NEGATED && COULD_NOT.contains(p.words().get(0)) && verb < tokens.size()
                    && CANNOT_ARGUE.contains(tokens.get(verb).folded())) {
                // "We could not ask our taxpayers to pay forever", "we could not keep repairing the same transformer":
                // an argument, not a refusal to act (so "We cannot feed people with pledges", read by the next check)
                return null;
            }
            if (p.modality() == Modality.NEGATED && INABILITY.contains(p.words().get(0)) && (verb >= tokens.size()
                    || !REFUSED_BY_INABILITY.contains(tokens.get(verb).folded())
                    // ("I can't give you a guarantee on that": an answer withheld)
                    || verb + 1 < tokens.size() && tokens.get(verb + 1).folded().equals("you"))) {
                // "We cannot replace the United States", "we cannot fill every gap", "We cannot build a modern economy
                // in the dark": what a side is unable to do, which annotators recorded as no pledge (none of the 41 such
                // lines the extractor gave in the tuned batches, 8 as optional); "we cannot accept a retirement age
                // extension" refuses
                return null;
            }
            if (p.modal() && verb < tokens.size() && tokens.get(verb).folded().equals("rather")) {
                // "We would rather build than buy at today's prices": a preference, no pledge
                return null;
            }
            if (p.modal() && speaks(tokens, verb)) {
                // "The chancellor, Rachel Reeves, will deliver her Budget next Wednesday", "will give a speech": a
                // scheduled address, no pledge
                return null;
            }
            if (judgesBy(tokens, verb)) {
                // "We will judge this government by what it does on the water": a verdict to come, no pledge
                return null;
            }
            if (watches(tokens, verb)) {
                // "would “closely follow” the auction rules", "will closely monitor the situation", "would watch whether
                // the government maintained ...": watching, no pledge
                return null;
            }
            if (verb < tokens.size() && i > 0 && FIRST_PERSON.contains(tokens.get(i - 1).folded())
                    && steersTheTalk(tokens, verb, I_AM.contains(tokens.get(i - 1).folded()))) {
                // "I'll take your questions", "I'm not going to get into intelligence matters", "We'll see you next
                // week": a briefer steering the conversation, no pledge
                return null;
            }
            if (p.modality() == Modality.NEGATED && verb < tokens.size() && withholdsDetail(tokens, verb)) {
                // "I'm not going to give you a date this morning", "not going to get into numbers": an answer
                // withheld in an interview, nothing refused
                return null;
            }
            if (p.modal() && p.modality() == Modality.FIRM && verb + 1 == tokens.size() - 1
                    && tokens.get(verb).folded().equals("see") && !tokens.get(verb + 1).isWord()) {
                // "We'll see.": wait and see, no pledge
                return null;
            }
            boolean confirmsItsOwn = verb + 1 < tokens.size() && tokens.get(verb).folded().equals("confirm")
                    && OWN.contains(tokens.get(verb + 1).folded()) && p.modality() == Modality.FIRM;
            if (verb < tokens.size() && NOT_ACTIONS.contains(tokens.get(verb).folded()) && !confirmsItsOwn
                    && (p.modal() ? SILENT.contains(tokens.get(verb).folded()) : p.modality() == Modality.NEGATED)) {
                // ("Germany said it would confirm its contribution once its budget had passed": a pledge announced)
                // "could not yet confirm", "declined to comment": saying nothing is not a commitment
                return null;
            }
            if (!p.modal() && end < tokens.size() && p.words().get(n - 1).equals("to") && p.modality() == Modality.NEGATED
                    && NOT_ACTIONS.contains(tokens.get(end).folded())) {
                // "declined to say", "refused to comment": silence is not a commitment
                continue;
            }
            if (!p.modal() && !p.words().get(n - 1).equals("to") && end < tokens.size()
                    && (tokens.get(end).folded().equals("to") || tokens.get(end).folded().equals("that"))
                    && p.words().size() == 1 && BARE.contains(p.words().get(0))) {
                // bare "pledged" before "to"/"that" is matched by the longer phrase or is reported speech
                continue;
            }
            if (!p.modal() && p.words().size() == 1 && CLOSING_PLEDGE_VERBS.contains(p.words().get(0))
                    && closesReport(tokens, i, end)) {
                // "The Government will keep the triple lock ..., the Work and Pensions Secretary promised during a visit
                // to Leeds": the verb closes the pledge reported before it and pledges nothing of its own
                continue;
            }
            if (p.modal() && unsaid(tokens, i)) {
                // "Italy has not said how it will vote": an open question, not a commitment
                continue;
            }
            // "May" the month, "will" the noun
            if (tokens.get(i).text().equals("May")) {
                continue;
            }
            if (p.modal() && i + n < tokens.size() && NOT_AFTER_MODAL.contains(afterAdverbs(tokens, i + n))
                    && !(p.modality() == Modality.NEGATED) && !staysCommitted(tokens, i + n)) {
                continue;
            }
            if (p.modal() && pastCounterfactual(tokens, i, i + n)) {
                // "We would not have signed if we thought this contract was in danger", "I could not have put it
                // better": what would have been, not what anyone will (not) do
                continue;
            }
            return new Cue(p, i, end);
        }
        return null;
    }

    /**
     * ", the minister promised during a visit": the pledge verb at {@code i} has a subject opened by a comma and
     * nothing after it but where and when, so it closes the clause before that comma.
     */
    private static boolean closesReport(List<Token> tokens, int i, int end) {
        boolean closing = end >= tokens.size() || END_MARKS.contains(tokens.get(end).text())
                || CLOSING_ADJUNCTS.contains(tokens.get(end).folded());
        for (int k = end; closing && k < Math.min(tokens.size(), end + 6); k++) {
            // ("Rodrigo Paz, promised this Monday that his government will ...": what was promised follows)
            closing = !tokens.get(k).folded().equals("that") && !(k == end && tokens.get(k).folded().equals("to"));
        }
        for (int k = i - 1; closing && k >= Math.max(1, i - 7); k--) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> END_MARKS = Words.set(".", ",", ";");

    /** True when "not" or "never" stands right before token {@code i}, perhaps with "yet" between. */
    private static boolean negatedBefore(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).folded().equals("yet") || tokens.get(k).folded().equals("still"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = tokens.get(k).folded();
        return w.equals("not") || w.equals("never") || w.endsWith("n't");
    }

    /** "has not said how it will", "did not say whether it would": a modal inside a question left open. */
    private static boolean unsaid(List<Token> tokens, int cue) {
        for (int q = cue - 1; q >= Math.max(1, cue - 3); q--) {
            String w = tokens.get(q).folded();
            if (w.equals("how") || w.equals("whether")) {
                for (int k = q - 1; k >= Math.max(1, q - 3); k--) {
                    String v = tokens.get(k).folded();
                    if ((v.equals("said") || v.equals("say") || v.equals("decided") || v.equals("specify"))
                            && (tokens.get(k - 1).folded().equals("not") || tokens.get(k - 1).folded().equals("to"))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
