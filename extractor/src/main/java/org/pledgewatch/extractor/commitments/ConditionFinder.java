package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.WordLists;
import org.pledgewatch.extractor.text.Words;

/**
 * Finds explicit conditions in a sentence: "if ...", "once ...", "subject to ...", "in the event of
 * ...", "would require the consent of ...", and "after/following a ceasefire" (only before an event
 * noun, so "after Tuesday's meeting" stays a date). A condition runs to the next comma, semicolon,
 * quotation mark or "and that".
 */
public final class ConditionFinder {
    private static final Set<String> FULFILLED = Words.set("met", "fulfilled", "achieved", "reached", "satisfied");

    /** "the milestones are met": a short subject, then the passive that says a term is fulfilled. */
    private static boolean metAfter(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < Math.min(to, from + 6); k++) {
            if (!tokens.get(k - 1).isWord()) {
                return false;
            }
            if (Words.BE_FORMS.contains(tokens.get(k).folded()) && FULFILLED.contains(tokens.get(k + 1).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that "before" dates rather than conditions: "the share price before the approach was made public". */
    private static final Set<String> PRICE_NOUNS = Words.set("price", "prices", "level", "levels", "value", "close");
    private static final int MAX_WORDS = 16;
    private static final Set<String> AS_SOON_AS_WHEN = Words.set("possible", "practicable", "feasible", "practical");
    /** What a pledge may wait for: "would require the approval of", "pending ratification". */
    private static final Set<String> APPROVALS = Words.set("approval", "approvals", "consent", "vote", "votes", "agreement",
            "ratification", "authorisation", "authorization", "mandate", "backing", "support", "permission", "sign-off",
            "endorsement", "review", "confirmation", "decision");

    /**
     * "..., though he said the change would need Cabinet approval": a concession whose clause makes the pledge wait for
     * an approval, within a dozen words after {@code from}.
     */
    static boolean approvalNeededWithin(List<Token> tokens, int from) {
        for (int k = from; k + 2 < Math.min(tokens.size(), from + 12); k++) {
            String w = tokens.get(k).folded();
            String next = tokens.get(k + 1).folded();
            if ((w.equals("would") || w.equals("will")) && (next.equals("need") || next.equals("require"))
                    && approvalWithin(tokens, k + 2, tokens.size())) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@link #APPROVALS} comes within four words from {@code from}. */
    private static boolean approvalWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (APPROVALS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that make "pending" an adjective: "its impact on pending litigation". */
    private static final Set<String> ADJECTIVE_PREPOSITIONS = Words.set("on", "of", "in", "about", "over", "for", "into");
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "its", "their", "all", "any", "his", "her",
            "our", "these", "those");
    /** Words after "once" that make it an adverb of number: "once again", "once more", "once and for all". */
    private static final Set<String> ONCE_ADVERBIAL = Words.set("again", "more", "and", "only");
    /**
     * Words after ", once" that make it "formerly": ", once one of its largest donors,", ", once among the most
     * generous" (", once the new supply was available" is a condition).
     */
    private static final Set<String> FORMERLY = Words.set("one", "among", "considered", "seen", "known", "hailed",
            "regarded", "part");
    /**
     * Participles after "once", with or without a comma before it, that say what a thing was, not what is awaited:
     * "the funds once earmarked for Intel's factory", "programmes once run by USAID" ("once approved by the board",
     * "once ratified" are conditions).
     */
    private static final Set<String> FORMER_STATES = Words.set("earmarked", "run", "used", "owned", "championed",
            "dominated", "controlled", "reserved", "destined");
    /**
     * Whether the "once" at {@code i} says what a thing was, or is a word of its own, and awaits nothing: "The United
     * States, once one of its largest donors, has withdrawn", "the funds once earmarked for Intel", "a strategy that
     * once set it apart", "not a once-off".
     */
    private static boolean onceMeansFormerly(List<Token> tokens, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        String next = tokens.get(i + 1).folded();
        String before = i > 0 ? tokens.get(i - 1).folded() : "";
        return before.equals(",") && FORMERLY.contains(next) || FORMER_STATES.contains(next)
                || tokens.get(i + 1).text().equals("-") || Words.RELATIVE_PRONOUNS.contains(before);
    }

    /** "once the United States had made clear what role it would play": a clause inside the condition. */
    /** Verbs of a condition whose object is a clause without "that": "once the fund shows it can ...". */
    private static final Set<String> CLAUSE_TAKING = Words.set("shows", "show", "proves", "prove", "demonstrates",
            "demonstrate", "confirms", "confirm", "says", "say", "agrees", "agree", "decides", "decide",
            // "when we have shown they can be built on time"
            "shown", "proven", "proved", "demonstrated", "confirmed", "agreed", "decided");
    private static final Set<String> WH_WORDS = Words.set("what", "which", "that", "how", "whether", "who", "where", "when");
    private static final Set<String> MAIN_CLAUSE_MODALS = Words.set("would", "will", "could", "can", "might", "may",
            "should", "'ll", "'d", "must", "wo");
    private static final Set<String> DURATION_VERBS = Words.set("goes", "go", "continues", "continue", "lasts", "last",
            "remains", "remain", "persists", "persist", "lacks", "lacked", "lack", "stays", "stay", "runs", "run", "holds",
            "hold", "lasted", "continued", "remained", "stayed", "persisted", "occupies", "occupied");
    /** "while that review is under way", "while the restructuring is underway", "while this negotiation is going on". */
    private static boolean underWay(List<Token> tokens, int k) {
        String w = tokens.get(k).folded();
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).folded() : "";
        return w.equals("underway") || w.equals("ongoing") || w.equals("under") && next.equals("way")
                || w.equals("going") && next.equals("on");
    }

    private static final Set<String> CLAUSE_VERBS = Words.set("is", "are", "was", "were", "has", "have", "had", "agrees",
            "agreed", "ends", "ended", "stops", "stopped", "returns", "returned", "withdraws", "withdrew", "pays", "paid",
            "releases", "released", "accepts", "accepted", "signs", "signed", "lifts", "lifted", "does", "did",
            // "would announce its contribution in January, after its parliament approves the 2027 budget": a present
            // tense after "after" tells of an event still to come (round 56)
            "approves", "votes", "passes", "adopts", "ratifies", "completes", "concludes");
    /**
     * A clause's verb after a plural subject: "until the smuggling balloons stop", "until the attacks end" (after a
     * determiner a noun: "until the end of March").
     */
    private static final Set<String> PLURAL_SUBJECTS_VERBS = Words.set("end", "stop", "cease", "return", "withdraw",
            "pay", "release", "accept", "sign", "lift", "agree", "approve", "ratify", "comply", "leave", "disarm",
            // "won't retaliate ... unless negotiations with Washington collapse" (the tagger reads "collapse" after a
            // place's name as a noun)
            "collapse", "fail", "break");
    private static final Set<String> PAST_CLAUSE_VERBS = Words.set("was", "were", "had", "agreed", "ended", "stopped",
            "returned", "withdrew", "paid", "released", "accepted", "signed", "lifted", "did", "completed", "ratified",
            "approved", "concluded", "finished", "reached");
    /** Past-tense verbs of what a speaker did next, after "and": "... if needed and called on Israel to ...". */
    static final Set<String> SPEAKERS_NEXT_ACTS = Words.set("called", "urged", "said", "added", "warned", "asked",
            "accused", "stressed", "noted", "insisted", "appealed", "announced", "promised", "pledged",
            // "would not approve a relocation while talks were ongoing and wanted the Rays' future settled"
            "wanted", "hoped", "welcomed");
    private static final Set<String> PAST_MARKERS = Words.set("last", "ago", "earlier", "yesterday", "previously");

    /**
     * An "after" clause in the past tense tells what happened when nothing backshifts it: a past-time word in it
     * ("last month"), a pledge in "will" rather than reported "would", or no modal at all (a pledge told as made);
     * "only after" stays a condition.
     */
    private static boolean pastEvent(List<Token> tokens, int after, int verb, int to) {
        if (after > 0 && tokens.get(after - 1).folded().equals("only")) {
            return false;
        }
        for (int k = verb + 1; k < to && !Tokens.isPunctuation(tokens.get(k).text()); k++) {
            if (PAST_MARKERS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        boolean will = false;
        boolean modal = false;
        for (Token t : tokens) {
            if (t.folded().equals("would")) {
                return false;
            }
            will |= t.folded().equals("will") || t.folded().equals("'ll");
            modal |= MAIN_CLAUSE_MODALS.contains(t.folded());
        }
        // ("Kuwait pledged a further $200m and Oman $50m after the list was read out": no modal anywhere, a pledge
        // made, and the clause tells when)
        return will || !modal;
    }

    /** The first past-tense verb of an "after" clause in [from, to) ("after both sides completed ratification"), or -1. */
    private static int pastClauseVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PAST_CLAUSE_VERBS.contains(tokens.get(k).folded().replace("-", ""))) {
                return k;
            }
        }
        return -1;
    }

    /** "agreed to provide a list after several members said they had been unable to obtain one": what was said, told. */
    private static boolean reportedBefore(List<Token> tokens, int after, int verb) {
        for (int k = after + 1; k < verb; k++) {
            if (SAYING.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** The openers of conditions.txt by their first word, longest first: a token is compared with the few that can start there. */
    private final java.util.Map<String, List<List<String>>> openersByFirstWord = new java.util.HashMap<>();
    private final Set<String> events = new HashSet<>();
    private final Set<String> missing = new HashSet<>();

    public static ConditionFinder load() {
        ConditionFinder f = new ConditionFinder();
        List<List<String>> openers = new ArrayList<>();
        for (String line : WordLists.lines("/lexicon/conditions.txt")) {
            openers.add(List.of(Folding.fold(line.strip()).split(" ")));
        }
        openers.sort(Comparator.comparingInt(l -> -l.size()));
        for (List<String> opener : openers) {
            f.openersByFirstWord.computeIfAbsent(opener.get(0), k -> new ArrayList<>()).add(opener);
        }
        for (String line : WordLists.lines("/lexicon/condition-events.txt")) {
            f.events.add(Folding.fold(line.strip()));
        }
        for (String line : WordLists.lines("/lexicon/missing-conditions.txt")) {
            f.missing.add(Folding.fold(line.strip()));
        }
        return f;
    }

    private static final Set<String> SAYING = Words.set("said", "says", "told", "added", "according", "announced",
            // "after lawmakers complained that they had been kept in the dark", "after scientists warned it was close
            // to collapse": what was said, which no pledge waits for
            "complained", "warned", "asked", "demanded", "protested", "argued");

    /** Verbs of a source who "spoke on condition that they not be named". */
    private static final Set<String> ANONYMOUS_SPEAKING = Words.set("spoke", "speaking", "talked", "talking", "briefed");

    /**
     * "Until then": a time the clause before set, which opens no condition (nor a question); nor does "until now" or
     * "until recently", a time already past ("rules that until now covered only the most advanced tools").
     */
    static boolean untilThen(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).folded().equals("until") && UNTIL_TIMES.contains(tokens.get(i + 1).folded());
    }

    private static final Set<String> UNTIL_TIMES = Words.set("then", "now", "recently");

    /**
     * Verbs of putting something off: "delay", "postpone", "defer" (not "wait": "We will wait until we have seen the
     * details" waits on a condition).
     */
    private static final Set<String> POSTPONING = Words.set("delay", "delays", "delayed", "delaying", "postpone", "postpones",
            "postponed", "postponing", "defer", "defers", "deferred", "deferring");

    /** True when a verb of putting off stands in the clause before the "until" at {@code until}. */
    private static boolean postponedBefore(List<Token> tokens, int until) {
        for (int k = until - 1; k >= Math.max(0, until - 10); k--) {
            String t = tokens.get(k).text();
            if (POSTPONING.contains(Folding.fold(t)) && !(k > 0 && tokens.get(k - 1).text().equals("-"))) {
                // (not "the long-delayed agreement")
                return true;
            }
            if (Tokens.isPunctuation(t) && !t.equals("-") && !t.equals("$") || t.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** Words that may lead up to a date after "until": "until at least 2030", "until the end of June". */
    private static final Set<String> DATE_LEADS = Words.set("at", "least", "the", "end", "start", "beginning", "middle", "of",
            "early", "late");

    /** True when the words from {@code from} up to the date at {@code date} all lead up to it. */
    private static boolean datesLead(List<Token> tokens, int from, int date) {
        for (int k = from; k < date; k++) {
            if (!DATE_LEADS.contains(tokens.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /** Openers of a time or event waited for: "if", "once", "the moment", "when". */
    private static final Set<String> WAITING = Words.set("if", "once", "the", "when", "as", "until");

    /** Conditions in tokens [from, to) of the sentence, as [startOffset, endOffset] pairs. */
    public List<int[]> find(Sentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        List<int[]> out = new ArrayList<>();
        int i = from;
        boolean purpose = false;
        while (i < to) {
            if (i + 1 < to && tokens.get(i).folded().equals("so") && tokens.get(i + 1).folded().equals("that")) {
                purpose = true;
            }
            int[] precondition = tokens.get(i).folded().equals("but") ? precondition(tokens, i + 1, to) : null;
            if (precondition != null) {
                out.add(new int[] {tokens.get(precondition[0]).start(), tokens.get(precondition[1] - 1).end()});
                i = precondition[1];
                continue;
            }
            int permitting = permittingEnd(tokens, i, from, to);
            if (permitting > 0) {
                out.add(new int[] {tokens.get(i).start(), tokens.get(permitting - 1).end()});
                i = permitting;
                continue;
            }
            int open = openerAt(s, i, to);
            if (open > i && purpose && WAITING.contains(tokens.get(i).folded())) {
                // "would continue technical work ... so that it could be adopted “the moment member states are
                // ready”": what the purpose waits for, not the pledge (a deal's terms, "provided that", "in exchange
                // for", still bind it)
                i = conditionEnd(tokens, open, to);
                continue;
            }
            if (open > i) {
                int end = conditionEnd(tokens, open, to);
                while (end + 1 < to && tokens.get(end).text().equals(",")) {
                    int verb = verbAfterInsert(s, open, end, to);
                    if (listGoesOn(s, open, end, to)) {
                        // "once the mandate, the rules of engagement and the composition of the force were known": a
                        // list of subjects, whose verb comes after the last
                        end = conditionEnd(tokens, end + 1, to);
                    } else if (verb > 0) {
                        // "once the FDLR, a militia founded by ..., had been dismantled", "unless major emerging
                        // economies, including China and the Gulf states, were listed": the subject's verb comes
                        // after an inserted phrase
                        end = conditionEnd(tokens, verb, to);
                    } else {
                        break;
                    }
                }
                if (end - 1 > open && Tokens.isQuoteMark(tokens.get(end - 1).text())) {
                    // '"if and when it's needed" and that ...': the close of the quote is no part of the condition
                    end--;
                }
                if (end > open) {
                    out.add(new int[] {tokens.get(i).start(), tokens.get(end - 1).end()});
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Most words of what must permit: "engine supply permitting", "weather permitting". */
    private static final int MAX_PERMITTING_WORDS = 3;

    /**
     * "we will take delivery of the first 12 next year, engine supply permitting", "Weather permitting, the ships will
     * sail on Monday": what must permit is a condition set off by a comma or opening the clause; the end of the phrase
     * (after "permitting") when one opens at {@code i}, else -1.
     */
    private static int permittingEnd(List<Token> tokens, int i, int from, int to) {
        if (i > from && !tokens.get(i - 1).text().equals(",")) {
            return -1;
        }
        for (int k = i + 1; k < to && k <= i + MAX_PERMITTING_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.folded().equals("permitting")) {
                boolean closed = k + 1 >= to || CLAUSE_CLOSERS.contains(tokens.get(k + 1).text())
                        || Tokens.isQuoteMark(tokens.get(k + 1).text());
                return closed ? k + 1 : -1;
            }
            if (!tokens.get(k - 1).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "would support helping fire victims, but that California had to get its act together first", "was ready to resume
     * talks but that Lebanon first had to pass a law", "could release emergency money, but member federations would first
     * have to submit a damage assessment": what someone must do first, after "but", is what the pledge waits on. The
     * span [subject, clause end) from {@code at} (after the "but"), or null.
     */
    private static int[] precondition(List<Token> tokens, int at, int to) {
        int subject = at < to && tokens.get(at).folded().equals("that") ? at + 1 : at;
        int end = subject;
        boolean obliged = false;
        boolean first = false;
        while (end < to && !CLAUSE_CLOSERS.contains(tokens.get(end).text())) {
            String w = tokens.get(end).folded();
            obliged |= w.equals("must") || (w.equals("to") && end > subject && OBLIGING.contains(tokens.get(end - 1).folded()));
            first |= w.equals("first") && adverbialFirst(tokens, end, to);
            end++;
        }
        return obliged && first && end > subject + 2 ? new int[] {subject, end} : null;
    }

    /** "must first", "first had to", "get its act together first": not "the first batch". */
    private static boolean adverbialFirst(List<Token> tokens, int k, int to) {
        String before = k > 0 ? tokens.get(k - 1).folded() : "";
        String after = k + 1 < to ? tokens.get(k + 1).text() : ".";
        return FIRST_AFTER.contains(before) || OBLIGING.contains(Folding.fold(after)) || after.equals("must")
                || CLAUSE_CLOSERS.contains(after) || Tokens.isQuoteMark(after);
    }

    private static final Set<String> FIRST_AFTER = Words.set("must", "would", "will", "had", "has", "have", "to");
    private static final Set<String> CLAUSE_CLOSERS = Set.of(",", ".", ";", ":", "\u2014");
    private static final Set<String> OBLIGING = Words.set("had", "has", "have", "needed", "needs", "need");

    /** A word that opens a date: a weekday, a month, "next", "this", "tomorrow", a number. */
    private static boolean isDate(Token t) {
        String w = t.folded();
        return Words.WEEKDAYS.contains(w) || Words.MONTHS.contains(w) || DATE_OPENERS.contains(w) || Character.isDigit(w.charAt(0));
    }

    private static final Set<String> DATE_OPENERS = Words.set("next", "this", "tomorrow", "today", "tonight", "early", "mid", "late");

    /** Prepositions after "only" that state terms: "only at a price", "only with approval", "only under a mandate". */
    private static final Set<String> ONLY_TERMS = Words.set("at", "with", "under", "through");

    /** "only on concessional terms", "only on the condition": nouns of terms a few words after "only on". */
    private static boolean termsWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (TERMS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TERMS = Words.set("terms", "condition", "conditions", "basis");

    /** Token {@code i} opens its sentence or quotation, perhaps after "And" or "But" ("And when we have shown ..."). */
    private static boolean opensSentence(List<Token> tokens, int i) {
        int k = i > 0 && (tokens.get(i - 1).folded().equals("and") || tokens.get(i - 1).folded().equals("but")) ? i - 1 : i;
        return k == 0 || Tokens.isQuoteMark(tokens.get(k - 1).text());
    }

    /** "only" at token {@code k}, restricting what follows ("not only" adds instead). */
    private static final Set<String> ONLY_FOR = Words.set("in", "to", "for");

    /** "municipalities that agree to", "countries which meet the criteria": a beneficiary and a relative clause on it. */
    private static boolean qualifiedBeneficiary(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < Math.min(to, from + 5); k++) {
            if (Words.RELATIVE_PRONOUNS.contains(tokens.get(k).folded())) {
                return tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized();
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean opensOnly(List<Token> tokens, int k) {
        return tokens.get(k).folded().equals("only") && (k == 0 || !tokens.get(k - 1).folded().equals("not"));
    }

    /**
     * "the conditions are in place", "circumstances permit", "conditions allow", "economic and fiscal conditions allow"
     * from token {@code from}: the noun after at most three words that qualify it.
     */
    private static boolean circumstancesAllow(List<Token> tokens, int from, int to) {
        int noun = from < to && tokens.get(from).folded().equals("the") ? from + 1 : from;
        int end = Math.min(to, noun + 4);
        for (int k = noun; k < end && tokens.get(k).isWord() && !tokens.get(k).isCapitalized(); k++) {
            if (CIRCUMSTANCES.contains(tokens.get(k).folded())) {
                // (qualified, after ", and": "We will hit 2.6% in 2027, and we will reach 3% ... when economic and
                // fiscal conditions allow" limits only the second pledge, and annotators keep the first firm)
                return k == noun || !coordinatedBefore(tokens, from);
            }
        }
        return false;
    }

    /** Whether ", and" comes before token {@code at}: a second clause or pledge. */
    private static boolean coordinatedBefore(List<Token> tokens, int at) {
        for (int k = 1; k < at; k++) {
            if (tokens.get(k - 1).text().equals(",") && tokens.get(k).folded().equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CIRCUMSTANCES = Words.set("conditions", "circumstances", "security");

    /**
     * A clause after "when" that says another side is ready, up to its end: "when Vanuatu's cabinet is ready to sign
     * it", "when the parties were ready" (not "when it is ready": a plan's own timing). ("When the budget allows" was
     * tried as well: annotators read it as a condition after a lone pledge, but not after "We will hit 2.6% in 2027,
     * and we will reach 3% ... when economic and fiscal conditions allow", where it limits only the second.)
     */
    private static boolean anotherSideIsReady(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            String w = tokens.get(k).folded();
            if (Tokens.isPunctuation(tokens.get(k).text())) {
                return false;
            }
            if (w.equals("ready") && k > from + 1 && Words.BE_FORMS.contains(tokens.get(k - 1).folded())
                    && !Words.SUBJECT_PRONOUNS.contains(tokens.get(k - 2).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "only" a few words before token {@code i} in the same clause ("would only intervene at sea when"). */
    private static boolean onlyBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            String w = tokens.get(k).folded();
            if (Tokens.isPunctuation(tokens.get(k).text())) {
                return false;
            }
            if (w.equals("only")) {
                // "a permanent mechanism that only kicks in when prices are high" describes the mechanism
                return opensOnly(tokens, k) && (k == 0 || !Words.RELATIVE_PRONOUNS.contains(tokens.get(k - 1).folded()));
            }
        }
        return false;
    }

    /** What may follow "the day" when a clause of an event does: "the day the", "the day there", "the day after". */
    private static final Set<String> DAY_CLAUSE_OPENERS = Words.set("the", "there", "a", "an", "we", "it", "they", "our",
            "its", "after", "that", "peace", "russia", "ukraine",
            // "will remove our counter-tariffs the day theirs come down"
            "theirs", "their", "his", "her", "you");

    /** Words before "the day" that may make it the start of what is promised, not an event it waits for. */
    private static final Set<String> SINCE = Words.set("from", "since");
    /** What the promiser already has, as the subject after "from the day": "they enter service", "it opens". */
    private static final Set<String> OWN_THINGS = Words.set("they", "it", "we", "our", "its");

    /** "should a ceasefire be agreed", "should Belgium's concerns be addressed": a subject, then "be", after "should". */
    private static boolean invertedCondition(List<Token> tokens, int i, int to) {
        String next = i + 1 < to ? tokens.get(i + 1).folded() : "";
        if (!(tokens.get(i + 1 < to ? i + 1 : i).isCapitalized() || INVERTED_SUBJECT_OPENERS.contains(next))) {
            return false;
        }
        for (int k = i + 2; k < Math.min(to, i + 10); k++) {
            String w = tokens.get(k).folded();
            if (w.equals("be")) {
                return true;
            }
            if (w.equals(",") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> INVERTED_SUBJECT_OPENERS = Words.set("a", "an", "the", "any", "its", "their", "such",
            "talks", "negotiations", "funding", "peace",
            // "remains ready to provide support to Sudanese civilian forces, should they agree on a common framework"
            "they", "he", "she", "it", "we");

    /** Past forms that tell what happened: "When the ministers met", "when she took over". */
    private static final Set<String> PAST_FORMS = Words.set("was", "were", "had", "did", "took", "became", "met", "went",
            "came", "made", "gave", "told", "said", "won", "began", "left", "rose", "fell", "saw", "spoke", "sat", "held",
            "ran", "wrote", "chose", "brought", "thought", "found", "lost", "struck", "put", "set");
    /** Words after which a participle in "-ed" is passive, not past: "when the money is released". */
    private static final Set<String> PASSIVE_AUXILIARIES = Words.set("is", "are", "be", "been", "being", "gets", "get", "'s",
            "\u2019s", "has", "have");

    /** Whether the clause from {@code from} up to its comma tells of the past ("When the Bundestag voted on Friday"). */
    private static boolean pastClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to && !tokens.get(k).text().equals(","); k++) {
            String w = tokens.get(k).folded();
            if (PAST_FORMS.contains(w) || (w.endsWith("ed") && !w.endsWith("eed") && w.length() > 4 && !tokens.get(k).isCapitalized()
                    && !PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    /** What a decision may wait for: "the recommendations of", "its progress", "the outcome of". */
    private static final Set<String> FINDINGS = Words.set("recommendation", "recommendations", "progress", "outcome",
            "outcomes", "results", "findings");

    /** Whether a finding yet to come opens at {@code k}, after at most a determiner or a possessive name. */
    private static boolean awaitsAFinding(List<Token> tokens, int k, int to) {
        int at = k < to && (Words.ARTICLES_AND_POSSESSIVES.contains(tokens.get(k).folded())
                || Folding.isPossessive(tokens.get(k).text())) ? k + 1 : k;
        return at < to && FINDINGS.contains(tokens.get(at).folded());
    }

    /** A comma within the next twenty tokens after {@code i}, before {@code to}: the opening clause closes. */
    private static boolean commaBefore(List<Token> tokens, int i, int to) {
        // ("Where we have evidence that a ship is stateless or is using a fraudulent registration, the Royal Navy will
        // board it": a case of sixteen words)
        for (int k = i + 1; k < Math.min(to, i + 20); k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_UNITS = Words.set("hours", "days", "weeks", "months", "years", "day", "week",
            "month", "year");

    /** What is yet to be decided on, after its noun: "the budget passing", "a truce being signed". */
    private static final Set<String> DECIDED = Words.set("passed", "approved", "agreed", "signed", "adopted", "ratified");

    /**
     * The acts of the pledge's own deal or work that a span is counted from: "would publish all new mining agreements
     * within 30 days of signing", "within five years of completion", "within two years of approval". A deadline, which
     * annotators keep firm (7 times in 7 on the tuned batches), where "within weeks of a ceasefire" waits on what may
     * never come.
     */
    private static final Set<String> DEADLINE_ACTS = Words.set("signing", "completion", "approval");

    /**
     * "within (six) weeks of a ceasefire": a span of time from an event noun of {@code lexicon/condition-events.txt},
     * or from a decision still to come ("within six months of the budget passing", "of a truce being signed").
     */
    private boolean withinTimeOfEvent(List<Token> tokens, int i, int to) {
        for (int k = i + 1; k < Math.min(to - 1, i + 4); k++) {
            if (tokens.get(k).folded().equals("of") && TIME_UNITS.contains(tokens.get(k - 1).folded())) {
                for (int e = k + 1; e < Math.min(to, k + 6); e++) {
                    String w = tokens.get(e).folded();
                    if (events.contains(w.replace("-", "")) && !DEADLINE_ACTS.contains(w) || w.equals("passing")
                            || w.equals("being") && e + 1 < to && DECIDED.contains(tokens.get(e + 1).folded())
                            || w.equals("becoming") && e + 1 < to && tokens.get(e + 1).folded().equals("law")) {
                        return true;
                    }
                    if (Tokens.isPunctuation(tokens.get(e).text())) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** What may stand before "provided" as a verb: "had provided weapons", "will be provided", "it provided". */
    private static final Set<String> BEFORE_PROVIDED_AS_VERB = Words.union(Words.SUBJECT_PRONOUNS, "be", "been", "being",
            "have", "has", "had", "is", "was", "are", "were", "not", "also", "already", "funds", "money", "aid");

    /**
     * "provided" at {@code i} with no comma before it opens a condition: a modal of the main clause stands before it in
     * the sentence, no auxiliary or pronoun right before it, and a subject (an article or a capitalised word) and its
     * verb after it.
     */
    private static boolean providedWithoutComma(Sentence s, int i, int to) {
        List<Token> tokens = s.tokens();
        if (i < 2 || i + 3 >= to || BEFORE_PROVIDED_AS_VERB.contains(tokens.get(i - 1).folded())
                || !(tokens.get(i + 1).isCapitalized() || INVERTED_SUBJECT_OPENERS.contains(tokens.get(i + 1).folded())
                    || PROVIDED_SUBJECT_OPENERS.contains(tokens.get(i + 1).folded()))
                || !s.hasVerb(i + 2, Math.min(to, i + 7))) {
            return false;
        }
        for (int k = 0; k < i - 1; k++) {
            // ("Italy is ready to sign the agreement provided the safeguard clause is applied": readiness stands for the
            // modal)
            String w = tokens.get(k).folded();
            if (MAIN_CLAUSE_MODALS.contains(w) || CommitmentFinder.READINESS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** More subjects a "provided" clause opens with: "provided all cargo was inspected", "provided there was a path". */
    private static final Set<String> PROVIDED_SUBJECT_OPENERS = Words.set("all", "there", "both", "each", "every", "our",
            "these", "those", "this", "his", "her");

    /** Index after the opener at {@code i}, or {@code i} if none. */
    private int openerAt(Sentence s, int i, int to) {
        List<Token> tokens = s.tokens();
        String w = tokens.get(i).folded();
        if (w.equals("the") && i + 2 < to && tokens.get(i + 1).folded().equals("day") && DAY_CLAUSE_OPENERS.contains(tokens.get(i + 2).folded())
                && (!tokens.get(i + 2).folded().equals("after") || i + 3 < to && tokens.get(i + 3).isWord())
                && (i == 0 || !SINCE.contains(tokens.get(i - 1).folded()) || !OWN_THINGS.contains(tokens.get(i + 2).folded()))) {
            // "the day the guns fall silent", "the day there is a ceasefire", "the day after the referendum passes":
            // annotators read a promise tied to that day as conditional on it ("be part of the day after," names
            // the post-war period, no event; "run them on green methanol from the day they enter service" dates
            // when a promise about the promiser's own things starts to hold, where "from the day a ceasefire is
            // signed" waits for an event)
            return i + 2;
        }
        if (w.equals("should") && i > 0 && tokens.get(i - 1).text().equals(",") && i + 2 < to
                && (INVERTED_SUBJECT_OPENERS.contains(tokens.get(i + 1).folded()) || tokens.get(i + 1).folded().equals("all"))
                && !tokens.get(i + 2).folded().equals("be")) {
            // "..., should all parties so request", "..., should the need arise": after a comma, "should" before a
            // subject opens a condition whatever its verb
            return i + 1;
        }
        if (w.equals("should") && i > 0 && invertedCondition(tokens, i, to)) {
            // "is prepared to increase its support should a humanitarian truce be agreed": "should" before its subject
            return i + 1;
        }
        if (w.equals("where") && (i == 0 || Tokens.isQuoteMark(tokens.get(i - 1).text())) && commaBefore(tokens, i, to)) {
            // "Where the law needs to change, we will change it": a clause opening "where" sets the case, as "if" does
            // (inside a sentence "where" names a place: "in Kyiv, where it will open")
            return i + 1;
        }
        if (w.equals("when") && opensSentence(tokens, i) && commaBefore(tokens, i, to)
                && !pastClause(tokens, i + 1, to)) {
            // "When rates come down, we will look at it again", "When we can afford to do more, we will": an opening
            // "when" in the present waits for what it names, as "if" does (13 of the 14 annotated pledges that open with
            // one list it as their condition); in the past it tells what happened ("When Takaichi became prime minister,
            // she promised ...", never listed in 7)
            return i + 1;
        }
        if (w.equals("based") && i + 2 < to && tokens.get(i + 1).folded().equals("on") && awaitsAFinding(tokens, i + 2, to)) {
            // "may consider including packages based on the recommendations of the expert committee", "would consider an
            // additional investment based on Rapidus's progress": what is yet to be found (not "decisions based on data")
            return i + 2;
        }
        if (w.equals("on") && i > 0 && ANONYMOUS_SPEAKING.contains(tokens.get(i - 1).folded())) {
            // "who spoke on condition that they not be named": how a source talked, not a condition of the pledge
            return i;
        }
        if (w.equals("as") && i + 3 < to && tokens.get(i + 1).folded().equals("soon") && tokens.get(i + 2).folded().equals("as")
                && (AS_SOON_AS_WHEN.contains(tokens.get(i + 3).folded()) || isDate(tokens.get(i + 3)))) {
            // "as soon as possible", "as soon as Wednesday", "as soon as next week": when, not on what condition
            return i;
        }
        if ((w.equals("as") || w.equals("where")) && i + 3 < to && metAfter(tokens, i + 1, to)) {
            // "We'll make payments as the milestones are met", "Where they are met, Saudi capital will follow"
            return i + 1;
        }
        if (w.equals("assuming") && i > 0 && tokens.get(i - 1).text().equals(",") && i + 1 < to) {
            // "we will bring it below $18 billion by the end of 2027, assuming Brent at $65 a barrel": what the pledge
            // takes for granted (not "within six months of assuming office")
            return i + 1;
        }
        if ((w.equals("provided") || w.equals("providing")) && i > 0 && (tokens.get(i - 1).text().equals(",")
                || i > 1 && Tokens.isQuoteMark(tokens.get(i - 1).text()) && tokens.get(i - 2).text().equals(","))) {
            // ", provided Moldova adopts the law" (without "that"), ', "provided the plan moves forward"'; "had provided
            // weapons" is no condition
            return i + 1;
        }
        if (w.equals("provided") && providedWithoutComma(s, i, to)) {
            // "would be ready to issue the first digital euros in 2029 provided EU lawmakers adopt the regulation": after
            // the pledge's modal, "provided" and a clause of its own
            return i + 1;
        }
        if (w.equals("while") && i + 2 < to) {
            // "while the war goes on", "while sanctions remain in place": a condition that lasts;
            // "while France is more cautious" only contrasts, so only verbs of duration count
            for (int k = i + 2; k < Math.min(to, i + 9); k++) {
                if (DURATION_VERBS.contains(Folding.fold(tokens.get(k).text())) || underWay(tokens, k)) {
                    return i + 1;
                }
                if (Tokens.isPunctuation(tokens.get(k).text()) && !tokens.get(k).text().equals("-")) {
                    break;
                }
            }
            return i;
        }
        if (i + 2 < to && opensOnly(tokens, i) && (ONLY_TERMS.contains(tokens.get(i + 1).folded())
                || tokens.get(i + 1).folded().equals("on") && termsWithin(tokens, i + 2, to))) {
            // "but only at a price that gives us a proper return", "only with parliamentary approval", "only under
            // a UN mandate": the terms on which the pledge holds
            return i + 1;
        }
        if (i + 3 < to && opensOnly(tokens, i) && ONLY_FOR.contains(tokens.get(i + 1).folded()) && qualifiedBeneficiary(tokens, i + 2, to)) {
            // "will cover half of the development charges, but only in municipalities that agree to cut their own": the
            // pledge holds for those who meet its terms
            return i + 1;
        }
        if (w.equals("with") && onlyBefore(tokens, i) && approvalWithin(tokens, i + 1, to)) {
            // "would only send soldiers with a clear mandate", "will only deploy with the consent of parliament": what
            // must be granted first (not "would only meet with Zelensky")
            return i + 1;
        }
        if (w.equals("when") && onlyBefore(tokens, i)) {
            // "would only intervene at sea when it could be done safely": "only ... when" is a condition
            return i + 1;
        }
        if (w.equals("when") && (circumstancesAllow(tokens, i + 1, to) || anotherSideIsReady(tokens, i + 1, to))) {
            // "would be removed when the conditions are in place", "when circumstances allow": a condition by its words
            return i + 1;
        }
        int dayOf = dayOfEvent(tokens, i, to);
        if (dayOf > i) {
            // "the day after the referendum passes", "on the day the agreement enters into force": an event
            // (a subject follows), not a date ("the day after Tuesday's talks" has no subject of its own either,
            // but news rarely pledges that way)
            int k = dayOf < to && Tokens.isQuoteMark(tokens.get(dayOf).text()) ? dayOf + 1 : dayOf;
            String next = k < to ? tokens.get(k).folded() : "";
            if (k < to && (Words.ARTICLES_AND_POSSESSIVES.contains(next) || tokens.get(k).isCapitalized())) {
                return k;
            }
        }
        if (w.equals("before") && i + 2 < to) {
            // "before the budget is passed" is a condition; "before winter" a time frame; "a premium to Hallam's share
            // price before the approach was made public" dates a price
            if (i > 0 && PRICE_NOUNS.contains(tokens.get(i - 1).folded())) {
                return i;
            }
            String subject = tokens.get(i + 1).folded();
            if (subject.equals("it") || subject.equals("they")) {
                // "hold consultations on the draft rules before they are notified": the order of the pledge's own
                // steps, not an outside event it waits for
                return i;
            }
            for (int k = i + 2; k < Math.min(to, i + 6); k++) {
                if (CLAUSE_VERBS.contains(Folding.fold(tokens.get(k).text()))) {
                    return i + 1;
                }
                if (Tokens.isPunctuation(tokens.get(k).text())) {
                    break;
                }
            }
            return i;
        }
        if (w.equals("without") && (i == 0 || i <= 2 && (Tokens.isQuoteMark(tokens.get(i - 1).text())
                || tokens.get(i - 1).text().equals(":"))) && i + 2 < to) {
            // "Without it, we would not build that module", "Without a new price floor by March, we will stop the
            // project": a sentence that opens with what the pledge depends on
            for (int k = i + 2; k < Math.min(to, i + 10); k++) {
                if (tokens.get(k).text().equals(",")) {
                    return i + 1;
                }
            }
        }
        if (w.equals("without") && i >= 2 && tokens.get(i - 1).folded().equals("or") && tokens.get(i - 2).folded().equals("with")) {
            // "would act to prevent it with or without an agreement": whatever happens, which is no condition
            return i;
        }
        if (w.equals("without") && i > 0 && tokens.get(i - 1).folded().endsWith("ed") && s.isVerbAt(i - 1)) {
            // "a security guarantee issued without a vote in Congress", "a deal signed without consultation": how
            // something was done, not what the pledge waits for
            return i;
        }
        if ((w.equals("after") || w.equals("following") || w.equals("upon") || w.equals("without")) && i + 1 < to) {
            // after (a|the)? (adjectives)? EVENT
            for (int k = i + 1; k < Math.min(to, i + 6); k++) {
                String t = tokens.get(k).folded().replace("-", "");
                if (events.contains(t) || events.contains(tokens.get(k).folded())
                        || (w.equals("without") && missing.contains(t))
                        // "upon a request from the Palestinian Authority", "upon the invitation of"
                        || (w.equals("upon") && (t.equals("request") || t.equals("invitation")))
                        || (k > i + 1 && CLAUSE_VERBS.contains(t))) {
                    // "after a ceasefire", "after the fighting ends"
                    if (k == i + 1 && t.endsWith("ing") && k + 1 < to && !tokens.get(k + 1).folded().equals("of")) {
                        // "after lifting the force majeure it declared", "told reporters after signing the agreement":
                        // the side's own act before, not an event it waits for (3 of 3 annotated pledges firm)
                        return i;
                    }
                    int pastVerb = pastClauseVerb(tokens, i + 2, k + 1);
                    if (pastVerb > 0 && (pastEvent(tokens, i, pastVerb, to) || reportedBefore(tokens, i, pastVerb))) {
                        // "would return to Washington next week after talks were suspended last month", "will start
                        // producing shells after the government agreed to buy them": what happened, not a condition
                        return i;
                    }
                    return i + 1;
                }
                if (Tokens.isPunctuation(tokens.get(k).text()) && !tokens.get(k).text().equals("-")) {
                    break;
                }
            }
            return i;
        }
        if (w.equals("within") && withinTimeOfEvent(tokens, i, to)) {
            // "could be ready to deploy within weeks of a Security Council resolution": the time runs from an event the
            // pledge waits for (not "within 90 days of the call opening", its own step)
            return i + 1;
        }
        if (untilThen(tokens, i) && i + 1 < to) {
            // "Until then we will continue to turn back asylum seekers": the time the clause before set, no condition
            return i;
        }
        if (w.equals("until") && postponedBefore(tokens, i)) {
            // "will delay the closure until the new plant opens", "calls to delay the increase until the economy
            // recovers": how long something is put off, not what the pledge waits on (annotators gave 13 of 17 such
            // pledges no condition)
            return i;
        }
        if (w.equals("until") || w.equals("unless")) {
            // "until all hostages were released" is a condition; "until the end of March" a time frame
            for (int k = i + 1; k < Math.min(to, i + 10); k++) {
                String t = Folding.fold(tokens.get(k).text());
                if (CLAUSE_VERBS.contains(t) || (k > i + 1 && t.endsWith("ed") && t.length() > 4)
                        || k > i + 1 && PLURAL_SUBJECTS_VERBS.contains(t) && !DETERMINERS.contains(Tokens.folded(s, k - 1))
                            && !Tokens.folded(s, k - 1).equals("to")) {
                    // "until all hostages were released", "until Armenia changed its constitution", "until Pakistan
                    // "credibly and irrevocably" ends its support" (a quoted adverb before the verb)
                    return i + 1;
                }
                boolean date = Character.isDigit(t.charAt(0)) || Words.MONTHS.contains(t) || t.startsWith("mid-");
                if (date && w.equals("until") && datesLead(tokens, i + 1, k)) {
                    // "will keep the settings stable until 2030 so that companies can plan", "delay the closure until
                    // the end of June so that workers could finish training": a time frame, and what follows the date
                    // is its purpose, no condition
                    return i;
                }
                if (Tokens.isPunctuation(tokens.get(k).text()) && !Tokens.isQuoteMark(tokens.get(k).text())
                        || date && w.equals("until")) {
                    // ("until 2032 under a deal announced on Wednesday", "until March 2027 as long as ...": a date,
                    // then words of another clause; after "unless" a number is an amount: "unless at least 80 per
                    // cent of ongoing schemes are funded")
                    break;
                }
            }
            return hasVerbAfterSubject(s, i + 1, to) ? i + 1 : i;
        }
        if (w.equals("pending") && (i > 0 && (DETERMINERS.contains(tokens.get(i - 1).folded())
                    // "review the agreement's impact on pending litigation"
                    || ADJECTIVE_PREPOSITIONS.contains(tokens.get(i - 1).folded()))
                || i + 1 < to && tokens.get(i + 1).folded().endsWith("s") && !APPROVALS.contains(tokens.get(i + 1).folded()))) {
            // "release the pending funds", "clear pending bills": an adjective, not "pending approval"
            return i;
        }
        if ((w.equals("would") || w.equals("will")) && i + 1 < to
                && (tokens.get(i + 1).folded().equals("require") || tokens.get(i + 1).folded().equals("need"))
                && !approvalWithin(tokens, i + 2, to)) {
            // "would require the consent of the Bundestag", "would need Cabinet approval" are conditions; "would
            // require suppliers to report their emissions", "will need more staff" are part of what is promised
            return i;
        }
        if (w.equals("within") && i + 3 < to) {
            // "within 90 days of a ceasefire": a deadline counted from an event
            for (int k = i + 1; k < Math.min(to, i + 5); k++) {
                if (Folding.fold(tokens.get(k).text()).equals("of")) {
                    for (int e = k + 1; e < Math.min(to, k + 4); e++) {
                        String event = Folding.fold(tokens.get(e).text()).replace("-", "");
                        if (events.contains(event) && !DEADLINE_ACTS.contains(event)) {
                            return i + 1;
                        }
                    }
                    return i;
                }
            }
            return i;
        }
        if (w.equals("once") && onceMeansFormerly(tokens, i, to)) {
            return i;
        }
        if ((w.equals("once") && i + 1 < to && ONCE_ADVERBIAL.contains(tokens.get(i + 1).folded()))
                || (w.equals("even") && i + 1 < to && tokens.get(i + 1).folded().equals("if"))) {
            // "once again declined", "counted once and only once", "once more", "even if it meant accepting ...":
            // no condition
            return i;
        }
        if (i > 0 && w.equals("if") && tokens.get(i - 1).folded().equals("even")) {
            return i;
        }
        if (openEnded(tokens, i, to)) {
            // "for as long as it takes": a promise without end, not a condition
            return i;
        }
        for (List<String> opener : openersByFirstWord.getOrDefault(w, List.of())) {
            int n = opener.size();
            if (i + n > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = opener.get(k).equals(tokens.get(i + k).folded());
            }
            if (ok) {
                return i + n;
            }
        }
        return i;
    }

    /** After "the day after" or "on the day" at {@code i}: where the event would begin; else {@code i}. */
    private static int dayOfEvent(List<Token> tokens, int i, int to) {
        if (i + 3 >= to) {
            return i;
        }
        String a = tokens.get(i).folded();
        String b = tokens.get(i + 1).folded();
        String c = tokens.get(i + 2).folded();
        if (a.equals("the") && b.equals("day") && c.equals("after")) {
            return i + 3;
        }
        if (a.equals("on") && b.equals("the") && c.equals("day") && !tokens.get(i + 3).folded().equals("of")) {
            return i + 3;
        }
        return i;
    }

    /** True at "(for|as|so) long as" followed by "it takes", "necessary", "needed" and the like. */
    private static boolean openEnded(List<Token> tokens, int i, int to) {
        int k = i;
        if (tokens.get(k).folded().equals("for")) {
            k++;
        }
        if (k + 3 >= to || !(tokens.get(k).folded().equals("as") || tokens.get(k).folded().equals("so"))
                || !tokens.get(k + 1).folded().equals("long") || !tokens.get(k + 2).folded().equals("as")) {
            return false;
        }
        String next = tokens.get(k + 3).folded();
        String after = k + 4 < to ? tokens.get(k + 4).folded() : "";
        if (OPEN_ENDED.contains(next) || (next.equals("it") && (after.equals("takes") || after.equals("will")))
                || (next.equals("we") && after.equals("can"))) {
            return true;
        }
        // (the one served may have a long name: "for as long as the Government of Solomon Islands asks us to", "for as
        // long as the people of Rio Grande do Sul need us")
        for (int j = k + 4; j + 1 < Math.min(to, k + 13); j++) {
            // "for as long as Ukraine needs it", "as long as people need us", "for as long as the Malian authorities need
            // them": support without end, too
            String w = tokens.get(j).folded();
            // (reported speech shifts the tense: "would keep its forces ... for as long as Mozambique needed them")
            // ("needs our support", "need your help": the helper's possessive before what is needed)
            // ("for as long as they need the support": the article before it too)
            int what = j + 2 < to && (HELPERS_POSSESSIVES.contains(tokens.get(j + 1).folded())
                    || tokens.get(j + 1).folded().equals("the")) ? j + 2 : j + 1;
            // ("for as long as it needs", "for as long as both parties wish": nothing after the verb, the same)
            boolean clauseEnds = !tokens.get(j + 1).isWord();
            // "as long as Ukraine needs this connectivity", "for as long as they need the breathing room": whatever those
            // served need, as a verb (not the noun: "as long as the need exists")
            boolean needNoun = w.equals("need") && NOUN_BEFORE.contains(tokens.get(j - 1).folded());
            if ((w.equals("needs") || w.equals("need") || w.equals("needed"))
                    && (NEEDED.contains(tokens.get(what).folded()) || clauseEnds || !needNoun)) {
                return true;
            }
            if (WANTING.contains(w) && (NEEDED.contains(tokens.get(j + 1).folded()) || clauseEnds)
                    && !PASSIVE_OR_NOT.contains(tokens.get(j - 1).folded()) && !ownSideBetween(tokens, k + 3, j)
                    || w.equals("need") && j == k + 5 && tokens.get(k + 3).folded().equals("there")
                        && (tokens.get(k + 4).folded().equals("is") || tokens.get(k + 4).folded().equals("was"))) {
                // "for as long as Tuvalu wants it", "as long as the parties ask us to", "as long as there is need": how
                // long help lasts is the receiver's to say, no condition on the pledge (annotators wrote 78 of 86 pledges
                // with "as long as" someone needs, wants or asks firm)
                return true;
            }
            if ((w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were"))
                    && OPEN_ENDED.contains(tokens.get(j + 1).folded())) {
                // "for as long as they are needed"
                return true;
            }
            if (w.equals("takes") && j == k + 4 && !tokens.get(k + 3).isCapitalized()) {
                // "for as long as reconstruction takes": the work's own length, as "for as long as it takes"
                return true;
            }
        }
        return false;
    }

    /** What those a pledge serves need or ask for: "needs it", "need refuge", "ask us to". */
    private static final Set<String> NEEDED = Words.set("it", "them", "us", "support", "help", "refuge", "to",
            // "for as long as they need protection", "as long as Hungarian farmers need protection"
            "protection", "assistance", "aid", "shelter",
            // "for as long as countries asked for it"
            "for");

    /**
     * Whether the asker between {@code from} and {@code to} is the pledger's own ("for as long as our shareholders ask us
     * to": the bank's owners set that term; the ones it helps do not).
     */
    private static boolean ownSideBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (OWN_SIDE.contains(tokens.get(k).folded())) {
                // (but "as long as our partners want us here": the ones served, called the pledger's own)
                return !servedNamedBetween(tokens, k + 1, to);
            }
        }
        return false;
    }

    private static boolean servedNamedBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SERVED.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OWN_SIDE = Words.set("our", "its", "their", "my");
    /** Those a pledger serves, whom it may call its own: "our partners", "their allies". */
    private static final Set<String> SERVED = Words.set("partners", "partner", "allies", "ally", "friends", "hosts",
            // "as long as our Sudanese brothers need refuge"
            "brothers", "sisters", "neighbours", "neighbors");

    /** Words after which "need" is the noun: "as long as the need exists", "humanitarian need remains". */
    private static final Set<String> NOUN_BEFORE = Words.set("the", "a", "no", "is", "was", "humanitarian", "urgent",
            "great", "any", "this", "that", "such");
    private static final Set<String> HELPERS_POSSESSIVES = Words.set("our", "my", "your",
            // reported: "for as long as Jakarta wanted their help"
            "their");

    /** What makes the asking a term set for the one who pledges: "as long as Slovakia was not asked to pay". */
    private static final Set<String> PASSIVE_OR_NOT = Words.set("not", "n't", "was", "were", "is", "are", "be", "been");
    /** Verbs of those a pledge serves asking for it: "wants it", "ask us to". */
    private static final Set<String> WANTING = Words.set("wants", "want", "wanted", "asks", "ask", "asked",
            // "for as long as both parties wish us to"
            "wish", "wishes", "wished");

    private static final Set<String> OPEN_ENDED = Words.set("necessary", "needed", "required", "possible", "it's");

    /**
     * "until Moscow comes to the table", "until it re-earns the public trust": a subject and a verb
     * make a clause, not a date ("until the end of March"). Asks the POS tagger for these few words only.
     */
    private static boolean hasVerbAfterSubject(Sentence s, int from, int to) {
        int end = Math.min(to, from + 8);
        if (end - from < 2) {
            return false;
        }
        String[] tags = s.tags(from, end);
        for (int k = 1; k < tags.length; k++) {
            String w = s.tokens().get(from + k).folded();
            if (w.equals("-") && Tokens.gluedToBothNeighbours(s.tokens(), from + k) && s.tokens().get(from + k + 1).isWord()) {
                // "until a civilian-led transition was in place": a compound's hyphen, and its participle, are the
                // subject's words
                k++;
                continue;
            }
            if (w.equals(",") && verbAfterInsert(s, from, from + k, to) > 0) {
                // "until all hostages, living and dead, had been returned"
                return true;
            }
            if ((Tokens.isPunctuation(w) && !Tokens.isQuoteMark(w)) || w.equals("and") || w.equals("or") || w.equals("to")) {
                // "until the end of March and invest ...": the verb belongs to the next clause; "until early
                // August to give talks more time": a purpose, not the condition's verb
                return false;
            }
            if (Sentence.readsAsVerb(tags, k, s.tokens().get(from + k).text())
                    || verbTaggedAsPluralAfterMassNoun(tags, k, s.tokens().get(from + k - 1).folded(), w)) {
                // ("until Lebanon disarms Hezbollah", "until inflation converges to the target")
                return true;
            }
        }
        return false;
    }

    /**
     * "until inflation converges to the 3% target": a word in -s that the tagger took for a plural noun, right after a
     * singular noun and before a preposition, an article or the clause's end, is the subject's verb.
     */
    private static boolean verbTaggedAsPluralAfterMassNoun(String[] tags, int k, String before, String word) {
        String next = k + 1 < tags.length ? tags[k + 1] : "PUNCT";
        return tags[k].equals("NOUN") && tags[k - 1].equals("NOUN") && word.endsWith("s") && !word.endsWith("ss")
                && !before.endsWith("s") && (next.equals("ADP") || next.equals("DET") || next.equals("ADV") || next.equals("PUNCT"));
    }

    /** Whether the quote mark at {@code close} closes a quoted opener of a few words: '“as soon as”'. */
    private static boolean quotedOpener(List<Token> tokens, int close) {
        int open = close - 1;
        while (open >= 0 && open >= close - 4 && tokens.get(open).isWord()) {
            open--;
        }
        return open >= 0 && open < close - 1 && Tokens.isQuoteMark(tokens.get(open).text()) && opensPhrase(tokens, open);
    }

    private static int conditionEnd(List<Token> tokens, int from, int to) {
        int limit = Math.min(to, from + MAX_WORDS);
        int k = from;
        // a condition that opens inside a quoted phrase, '"within days" of any agreement', goes on past its close; so
        // does one whose opener alone is quoted ('“as soon as” a mandate is in place')
        boolean quoted = from >= 2 && Tokens.isQuoteMark(tokens.get(from - 2).text()) && opensPhrase(tokens, from - 2)
                || from < to && Tokens.isQuoteMark(tokens.get(from).text()) && quotedOpener(tokens, from);
        for (; k < limit; k++) {
            String t = tokens.get(k).text();
            String w = Folding.fold(t);
            if (quoted && Tokens.isQuoteMark(t) && k + 1 < limit && tokens.get(k + 1).isWord()) {
                // the close of a quoted phrase inside the condition: '"within days" of any agreement' (a close
                // before punctuation ends the condition: '"if the path of reform continues".')
                quoted = false;
                continue;
            }
            if (t.equals(",") && k + 1 < limit && tokens.get(k + 1).folded().equals("including")) {
                // "if other major economies, including China, stepped up ...": an inserted example
                int close = k + 2;
                while (close < limit && !tokens.get(close).text().equals(",")) {
                    close++;
                }
                if (close < limit && close - k <= 8) {
                    // (the inserted words do not count against the condition's length)
                    limit = Math.min(to, limit + close - k);
                    k = close;
                    continue;
                }
                int last = k + 2;
                while (last < to && (tokens.get(last).isWord() || tokens.get(last).text().equals("-"))) {
                    last++;
                }
                if (last + 1 == tokens.size() && tokens.get(last).text().equals(".") && last - k <= 16) {
                    // "only if the defense establishment presented a detailed efficiency plan, including the closure of
                    // two bases": examples that close the sentence are part of the condition
                    return last;
                }
            }
            if (Tokens.isQuoteMark(t) && opensPhrase(tokens, k)) {
                // 'until it "re-earns the public trust"': a quoted phrase inside the condition
                quoted = true;
                continue;
            }
            int converted = t.equals("(") ? convertedAmountEnd(tokens, k, to) : -1;
            if (converted > 0) {
                // "only if it secured at least 400 million pounds ($540 million) of public funding": the amount in
                // another currency is part of the condition, and does not count against its length
                limit = Math.min(to, limit + converted - k);
                k = converted - 1;
                continue;
            }
            if (t.equals(",") || t.equals(";") || t.equals(".") || t.equals(":") || Tokens.isQuoteMark(t)
                    || t.equals("\u2014") || t.equals("(")) {
                break;
            }
            if (w.equals("and") && k > from + 1 && k + 1 < to && MAIN_CLAUSE_MODALS.contains(tokens.get(k + 1).folded())) {
                // "would be among the first to sign once the annex is adopted and would offer its laboratories": the
                // pledge goes on after the condition
                break;
            }
            if (w.equals("and") && k + 1 < to && tokens.get(k + 1).folded().equals("that")) {
                break;
            }
            if (w.equals("and") && k + 1 < to && SPEAKERS_NEXT_ACTS.contains(tokens.get(k + 1).folded())) {
                // "would send more equipment if needed and called on Israel to allow ...": what the speaker did next
                break;
            }
            if (w.equals("and") && k + 2 < to && Tokens.isQuoteMark(tokens.get(k + 1).text())
                    && MAIN_CLAUSE_MODALS.contains(tokens.get(k + 2).folded())) {
                // 'if its exports were cut and "would not hesitate" to take countermeasures': the next clause
                break;
            }
            if (k > from + 1 && k + 1 < to && Words.SUBJECT_PRONOUNS.contains(w) && MAIN_CLAUSE_MODALS.contains(tokens.get(k + 1).folded())
                    && !WH_WORDS.contains(tokens.get(k - 1).folded()) && !WH_WORDS.contains(tokens.get(k - 2).folded())
                    && !CLAUSE_TAKING.contains(tokens.get(k - 1).folded())) {
                // (but "once the fund shows it can get money out the door": the condition's own verb takes a clause)
                // "without fresh money it would run out of funds": a fronted condition with no comma ends
                // where the main clause's subject and modal begin
                break;
            }
            if (k > from + 2 && (w.equals("to") && k + 1 < to && isPurposeVerb(tokens.get(k + 1).text()))) {
                break;
            }
        }
        return k;
    }

    /** The end (after the ")") of a bracketed amount opening at {@code open}: "($540 million)"; -1 if it is none. */
    private static int convertedAmountEnd(List<Token> tokens, int open, int to) {
        boolean number = false;
        for (int k = open + 1; k < Math.min(to, open + 7); k++) {
            String t = tokens.get(k).text();
            if (t.equals(")")) {
                return number ? k + 1 : -1;
            }
            number |= Character.isDigit(t.charAt(0));
        }
        return -1;
    }

    /**
     * The condition in tokens [open, comma) has no verb yet, and what follows the comma opens with a determiner and
     * goes on with "and" or "or" before a verb of its own (and no modal of a main clause): the comma only separates a
     * list of subjects.
     */
    private static boolean listGoesOn(Sentence s, int open, int comma, int to) {
        if (!Words.ARTICLES_AND_POSSESSIVES.contains(s.tokens().get(comma + 1).folded()) || s.hasVerb(open, comma)) {
            return false;
        }
        int end = Math.min(to, comma + 16);
        String[] tags = s.tags(comma + 1, end);
        boolean joined = false;
        for (int k = 0; k < tags.length; k++) {
            String w = s.tokens().get(comma + 1 + k).folded();
            if (MAIN_CLAUSE_MODALS.contains(w) || (Tokens.isPunctuation(w) && !joined)) {
                return false;
            }
            if (w.equals("and") || w.equals("or")) {
                joined = true;
            } else if (Sentence.isVerbTag(tags[k])) {
                return joined;
            }
        }
        return false;
    }

    /**
     * The condition in tokens [open, comma) has a subject and no verb yet, and a phrase set off by commas follows,
     * after which a verb comes: the token of that verb, or -1.
     */
    private static int verbAfterInsert(Sentence s, int open, int comma, int to) {
        if (comma - open < 1 || s.hasVerb(open, comma)) {
            // ("if Türkiye, as the guardian of the straits, agrees": a subject of one word, then the insert)
            return -1;
        }
        for (int k = comma + 2; k < Math.min(to - 1, comma + 16); k++) {
            String t = s.tokens().get(k).text();
            if (SAYING.contains(Folding.fold(t)) || MAIN_CLAUSE_MODALS.contains(Folding.fold(t))
                    || Folding.fold(s.tokens().get(comma + 1).text()).equals("and")) {
                // "if New Delhi orders 114 aircraft, the French company's chief executive said Thursday,": an
                // attribution; "until the end of its mandate, and Ireland will be ready to ...,": a clause of its own
                return -1;
            }
            if (t.equals(",")) {
                // ("in the event of a sharp fall in aid, the NBU stands ready to act, including raising rates": after
                // a clause with its own verb, "including" lists examples, no verb of the condition's subject; "if
                // vessels, aircraft or armed forces, including those of its coast guard, come under attack" goes on)
                boolean examples = s.tokens().get(k + 1).folded().equals("including") && s.hasVerb(comma + 1, k);
                return s.isVerbAt(k + 1) && !examples ? k + 1 : -1;
            }
            if (Tokens.isPunctuation(t) && !Tokens.isQuoteMark(t) && !t.equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** A quotation mark glued to the word after it and apart from the word before opens a quoted phrase. */
    private static boolean opensPhrase(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).end() == tokens.get(k + 1).start()
                && tokens.get(k).start() > tokens.get(k - 1).end() && tokens.get(k + 1).isWord();
    }

    private static boolean isPurposeVerb(String word) {
        String w = Folding.fold(word);
        return w.equals("support") || w.equals("help") || w.equals("ensure") || w.equals("provide") || w.equals("avoid");
    }
}
