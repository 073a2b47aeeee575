package org.pledgewatch.extractor.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.quotes.FoundStatement;
import org.pledgewatch.extractor.text.SparseFind;
import org.pledgewatch.extractor.text.Words;

/**
 * What a {@link SpeakersPledgeJudge} sees of a clause: the cue, how the speaker's words are given, who speaks and for
 * whom, the words just before the cue (the subject the rules could not tie to anyone) and just after it (the action),
 * and what the sentence holds that pledges hold (sums, dates, conditions). Only the words next to the cue are kept
 * word by word; everything farther away is reduced to a few yes/no signs, so that a model trained on some hundreds of
 * clauses learns the language of pledges rather than the articles it saw.
 */
public final class SpeakersPledgeFeatures {
    private static final Set<String> PRONOUNS = Words.set("it", "they", "we", "he", "she", "i", "you", "this", "that");
    private static final Set<String> FIRST_PERSON = Words.set("we", "our", "us", "i", "my", "me");
    private static final Set<String> POSSESSIVES = Words.set("its", "their", "our", "his", "her", "my");
    private static final Set<String> NEGATIONS = Words.set("not", "never", "n't", "no");
    private static final Pattern AMOUNT = Pattern.compile(
            "[$€£¥₹]\\s?\\d|\\d\\s?(?:million|billion|trillion|bn|m\\b)|\\d\\s?(?:%|per ?cent)|\\b(?:troops|soldiers|jets|tanks)\\b");
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:19|20)\\d\\d\\b|\\b(?:next|this|coming) (?:year|month|week|spring|summer|autumn|fall|winter)\\b"
            + "|\\bby (?:the end of|mid-|early|late)|\\b(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)\\b|\\bwithin\\b");
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|unless|once|provided|subject to|as long as)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The characters {@link #DATE}'s alternatives open with: "19", "20", "next", "this", "coming", "by", the months, "within". */
    private static final String DATE_OPENERS = "12ntcbJFMASONDw";
    /**
     * The letters {@link #CONDITION}'s alternatives open with, in lower case: "if", "unless", "once", "provided",
     * "subject to", "as long as" (the pattern ignores ASCII case only; a character is asked with its 0x20 bit set,
     * which gives the lower case of an ASCII capital).
     */
    private static final String CONDITION_OPENERS = "iuopsa";

    /** Whether {@link #AMOUNT} may match from {@code c}: a currency symbol, a digit, or "troops", "soldiers", "jets", "tanks". */
    private static boolean mayOpenAmount(char c) {
        return c >= '0' && c <= '9' || c == 't' || c == 's' || c == 'j' || c == '$' || c == '€' || c == '£' || c == '¥'
                || c == '₹';
    }

    private SpeakersPledgeFeatures() {
    }

    /** The features of the clause at {@code cue} of {@code s}, inside {@code quote}, the speaker speaking for {@code side}. */
    public static List<String> of(Sentence s, Cue cue, FoundStatement quote, Entity side) {
        List<String> f = new ArrayList<>(32);
        speaker(f, cue, quote, side);
        subject(f, s, cue, quote);
        action(f, s, cue);
        sentence(f, s, cue);
        return f;
    }

    /** The cue, how the words are given and by whom, for whom. */
    private static void speaker(List<String> f, Cue cue, FoundStatement quote, Entity side) {
        f.add("cue=" + String.join("_", cue.phrase().words()));
        f.add("modality=" + cue.modality());
        f.add(cue.phrase().modal() ? "modal" : "verbal");
        f.add(quote.direct() ? "direct" : "reported");
        f.add("verb=" + (quote.verb() == null ? "none" : quote.verb().toLowerCase(java.util.Locale.ROOT).replace(' ', '_')));
        f.add("speaker=" + quote.speaker().type());
        f.add("side=" + side.type());
        f.add("speakerIsSide=" + (quote.speaker() == side));
        String role = quote.speaker().type() == EntityType.PERSON ? quote.speaker().role() : null;
        f.add("role=" + (role != null));
        if (role != null) {
            // "minister", "spokesperson", "executive", "analyst", "economist": who speaks with authority to pledge
            String[] words = role.toLowerCase(java.util.Locale.ROOT).split("[ -]");
            f.add("office=" + words[words.length - 1]);
        }
    }

    /** The words of the clause before the cue: its subject, which the rules tied to no one. */
    private static void subject(List<String> f, Sentence s, Cue cue, FoundStatement quote) {
        int clauseStart = Math.max(0, Math.min(Tokens.tokenAt(s, quote.quoteStart()), cue.start()));
        int before = cue.start() - clauseStart;
        f.add("subjectWords=" + Math.min(before, 4));
        String prev = Tokens.folded(s, cue.start() - 1);
        f.add("prev=" + prev);
        f.add("prev2=" + Tokens.folded(s, cue.start() - 2) + "_" + prev);
        if (cue.start() > 0) {
            f.add("prevTag=" + s.tags(cue.start() - 1, cue.start())[0]);
            if (!PRONOUNS.contains(prev) && s.tokens().get(cue.start() - 1).isCapitalized()) {
                f.add("prevCapitalized");
            }
        }
        if (PRONOUNS.contains(prev)) {
            f.add("pronounSubject");
        }
        String[] subjectTags = s.tags(clauseStart, cue.start());
        for (int i = clauseStart; i < cue.start() - 1; i++) {
            if (subjectTags[i - clauseStart].equals("VERB")) {
                // "said the company expected margins of 8% and that it could raise its dividend": not the report's
                // first clause
                f.add("verbBefore");
                break;
            }
        }
        int head = -1;
        for (int i = clauseStart; i < cue.start(); i++) {
            String word = s.tokens().get(i).folded();
            if (FIRST_PERSON.contains(word)) {
                f.add("firstPersonSubject");
            }
            if (POSSESSIVES.contains(word)) {
                f.add("possessive=" + word);
            }
            String tag = subjectTags[i - clauseStart];
            if (tag.equals("NOUN") || tag.equals("PROPN")) {
                head = i;
            }
        }
        if (head >= 0) {
            // the subject's head noun: "the plant", "the money", "prices", "talks" (a name stands for any name; the
            // lemmatizer is slow, so only this one word goes through it)
            f.add("head=" + (subjectTags[head - clauseStart].equals("PROPN") ? "PROPN" : s.lemma(head)));
        }
    }

    /** The words after the cue: the action's verb and what it takes, a passive, a negation. */
    private static void action(List<String> f, Sentence s, Cue cue) {
        int n = s.tokens().size();
        if (cue.end() < n) {
            String next = s.lemma(cue.end());
            f.add("next=" + next);
            f.add("nextTag=" + s.tags(cue.end(), cue.end() + 1)[0]);
            if (cue.end() + 1 < n) {
                f.add("next2=" + next + "_" + Tokens.folded(s, cue.end() + 1));
                if (next.equals("be") && s.tags(cue.end() + 1, cue.end() + 2)[0].equals("VERB")) {
                    f.add("passive");
                }
            }
        }
        for (int i = cue.end(); i < Math.min(n, cue.end() + 4); i++) {
            // the action's own verb, past "be" and "have": "would be used", "will have delivered"
            String lemma = s.isVerbAt(i) ? s.lemma(i) : null;
            if (lemma != null && !lemma.equals("be") && !lemma.equals("have")) {
                f.add("action=" + lemma);
                // "be delivered from South Korea", "go to", "rise by": what the verb takes
                f.add("actionThen=" + lemma + "_" + Tokens.folded(s, i + 1));
                break;
            }
        }
        for (int i = cue.start(); i < Math.min(n, cue.end() + 2); i++) {
            if (NEGATIONS.contains(s.tokens().get(i).folded())) {
                f.add("negated");
                break;
            }
        }
    }

    /** What the rest of the sentence holds that pledges hold: a sum or a date after the cue, a condition, a question. */
    private static void sentence(List<String> f, Sentence s, Cue cue) {
        String sentence = s.text();
        int cueAt = s.tokens().get(cue.start()).start() - s.start();
        String after = sentence.substring(Math.min(sentence.length(), Math.max(0, cueAt)));
        // Each pattern is tried only at the characters its alternatives open with (SparseFind): tried at every
        // character of every clause the model judges, their opening alternations cost a few percent of the time.
        if (SparseFind.find(SparseFind.matcher(AMOUNT, after), after, 0, p -> p < after.length()
                && mayOpenAmount(after.charAt(p)))) {
            f.add("amount");
        }
        if (SparseFind.find(SparseFind.matcher(DATE, after), after, 0, p -> p < after.length()
                && DATE_OPENERS.indexOf(after.charAt(p)) >= 0)) {
            f.add("date");
        }
        if (SparseFind.find(SparseFind.matcher(CONDITION, sentence), sentence, 0, p -> p < sentence.length()
                && CONDITION_OPENERS.indexOf(sentence.charAt(p) | 0x20) >= 0)) {
            f.add("condition");
        }
        if (sentence.strip().endsWith("?")) {
            f.add("question");
        }
    }
}
