package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.nlp.Token;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Words;

/**
 * The words that describe an unnamed source, which name it: "people familiar with the matter", "two diplomats
 * briefed on the talks", "analysts at Rabobank", "officials in Islamabad", "sources in the finance ministry". Each
 * method returns where the description ends (at the reporting verb, or at punctuation), or -1 when there is none.
 */
final class SourceDescriptions {
    /** Words that open a description after "people": "people familiar with ...", "people in the room". */
    private static final Set<String> AFTER_PEOPLE = Words.set("familiar", "briefed", "close", "involved",
            "with", "aware", "knowledgeable", "who", "in");
    /** Words that open a description between a group and its verb: "diplomats familiar with the talks said". */
    private static final Set<String> BEFORE_VERB = Words.set("familiar", "briefed", "close", "involved", "with", "who");
    /** Prepositions that tie an unnamed group to its firm or place: "analysts at", "officials in", "sources of". */
    private static final Set<String> PLACES = Words.set("at", "from", "in", "of");

    /**
     * Words that say what kind of body a firm is, before or after its name ("the Brussels-based think tank Bruegel",
     * "Istanbul brokerage Bogazici Securities", "the Eco Go consultancy"), and "based" of "Lagos-based".
     */
    private static final Set<String> FIRM_KINDS = Words.set("consultancy", "brokerage", "think", "tank", "bank", "firm",
            "institute", "lender", "broker", "agency", "insurer", "research", "investment", "data", "provider",
            "consulting", "advisory", "asset", "manager", "rating", "ratings", "analytics", "based");

    /**
     * A firm's own name: tokens [start, end), after "the" when {@code article}.
     */
    record FirmName(int start, int end, boolean article) {
    }

    /**
     * The bare name of the firm that tokens [from, end) describe, when words say what kind of firm it is or where it is
     * based: "Ebuteli" of "the Congolese research institute Ebuteli", "SBM Intelligence" of "Lagos-based SBM
     * Intelligence", "Eco Go" of "the Eco Go consultancy" (annotators name the group "Analysts at Ebuteli", 19 times in
     * 23); null when the words are the name already ("the Ideas for Peace Foundation").
     */
    FirmName firmName(List<Token> tokens, int from, int end) {
        boolean the = from < end && tokens.get(from).folded().equals("the");
        int k = the ? from + 1 : from;
        int kind = -1;
        boolean onlyBased = true;
        for (int j = k; j < end; j++) {
            String w = tokens.get(j).text();
            if (FIRM_KINDS.contains(w) || w.endsWith("-based")) {
                kind = j;
                onlyBased &= w.endsWith("based");
            } else if (!tokens.get(j).isCapitalized() && !w.endsWith("-")) {
                break;
            }
        }
        if (kind >= k && kind + 1 < end && allNameWords(tokens, kind + 1, end)) {
            // ("Analysts at the Nairobi-based Horn Institute": the name keeps its article when only the place goes)
            return new FirmName(kind + 1, end, the && onlyBased);
        }
        int last = end;
        while (last > k + 1 && FIRM_KINDS.contains(tokens.get(last - 1).text())) {
            last--;
        }
        return last < end && allNameWords(tokens, k, last) ? new FirmName(k, last, false) : null;
    }

    /** Whether tokens [from, to) are capitalised words, with the lower-case links names have ("Bank of America"). */
    private static boolean allNameWords(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!tokens.get(j).isCapitalized() && !(j > from && CONNECTORS.contains(tokens.get(j).text()))) {
                return false;
            }
        }
        return tokens.get(from).isCapitalized();
    }

    /**
     * Lower-case words inside an organisation's name: "Institute for Fiscal Studies", "Bank of America", "Office for
     * the Coordination of Humanitarian Affairs".
     */
    static final Set<String> CONNECTORS = Words.set("of", "for", "and", "on", "the");

    private final Gazetteer gazetteer;

    SourceDescriptions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The end of "at Rabobank" in "analysts at Rabobank said", of "in Islamabad" in "officials in Islamabad said",
     * of "in the finance ministry" in "sources in the finance ministry told Dawn": a reporting verb must follow.
     */
    int placeOrFirmEnd(List<Token> tokens, int from) {
        int n = tokens.size();
        if (from + 2 >= n || !PLACES.contains(tokens.get(from).folded())) {
            return -1;
        }
        int k = from + 1;
        if (tokens.get(k).folded().equals("the")) {
            k++;
        }
        int first = k;
        if (first >= n || !(tokens.get(first).isCapitalized() || gazetteer.isPortfolioWord(tokens.get(first).text())
                // "Economists at consultancy Equilibra said", "Analysts at the think tank E3G said"
                || FIRM_KINDS.contains(tokens.get(first).text()) && first + 1 < n && tokens.get(first + 1).isWord())) {
            return -1;
        }
        int[] match = new int[1];
        GazetteerEntry listed = gazetteer.longestMatch(tokens, first, n, match);
        if (listed != null && tokens.get(from).folded().equals("of")
                && (listed.kind() == GazetteerEntry.Kind.ORGANIZATION || listed.kind() == GazetteerEntry.Kind.COALITION)) {
            // "Leaders of the Group of Seven agreed": the members speak and act as their body
            return -1;
        }
        int cap = first + 4;
        if (listed != null && listed.kind() == GazetteerEntry.Kind.ORGANIZATION && match[0] >= cap) {
            // "Analysts at the International Institute for Strategic Studies said": a listed body's long name
            k = match[0];
            cap = k + 1;
        }
        while (k < n && k < cap && (tokens.get(k).isWord() || tokens.get(k).text().endsWith("-"))
                && !gazetteer.isReportingVerb(tokens.get(k).text())) {
            // ("Analysts at Lagos-based SBM Intelligence said": the tokenizer keeps the hyphen with the place)
            k++;
        }
        while (k == cap && k < n && k < first + 9 && (tokens.get(k).isCapitalized()
                    || CONNECTORS.contains(tokens.get(k).text()) || FIRM_KINDS.contains(tokens.get(k).text())
                    || tokens.get(k).text().endsWith("-"))
                && !gazetteer.isReportingVerb(tokens.get(k).text())) {
            // "Economists at the International Food Policy Research Institute said": a long name, all in capitals;
            // "Analysts at the Brussels-based think tank Bruegel have estimated": a long description of a firm
            k++;
            cap++;
        }
        if (k + 1 < n && k == cap && BEFORE_A_VERB.contains(tokens.get(k).folded())
                && gazetteer.isReportingVerb(tokens.get(k + 1).text())) {
            // ("... Bruegel have estimated": the auxiliary is the verb's, and withoutAuxiliaries leaves it out)
            k++;
        }
        if (k > first && k < n && tokens.get(k).text().equals("(")
                && gazetteer.isReportingVerb(tokens.get(pastAsides(tokens, k)).text())) {
            // "Economists at the International Food Policy Research Institute (IFPRI) said", "Analysts at the Ideas
            // for Peace Foundation (FIP), a Bogota-based think tank, said": the firm's name, without its acronym or
            // what it is
            return k;
        }
        if (k <= first || k >= n || !gazetteer.isReportingVerb(tokens.get(k).text())) {
            return -1;
        }
        // "Officials in Berlin have said": the auxiliary is the verb's, no part of the place
        return withoutAuxiliaries(tokens, k, first);
    }

    /**
     * The token after an acronym in brackets at {@code open} and an apposition between commas after it ("(FIP), a
     * Bogota-based think tank,"): where the reporting verb would be; {@code open} when there is no such aside.
     */
    private static int pastAsides(List<Token> tokens, int open) {
        int n = tokens.size();
        if (open + 3 >= n || !tokens.get(open + 2).text().equals(")")) {
            return open;
        }
        int k = open + 3;
        if (tokens.get(k).text().equals(",")) {
            int close = k + 1;
            while (close < n && close < k + 10 && !tokens.get(close).text().equals(",")) {
                close++;
            }
            k = close < n && tokens.get(close).text().equals(",") ? close + 1 : k;
        }
        return Math.min(k, n - 1);
    }

    /** Where a description before the reporting verb at {@code verb} ends, past "have", "also" (not before {@code floor}). */
    private static int withoutAuxiliaries(List<Token> tokens, int verb, int floor) {
        int k = verb;
        while (k - 1 > floor && BEFORE_A_VERB.contains(tokens.get(k - 1).folded())) {
            k--;
        }
        return k;
    }

    /** Auxiliaries and adverbs between a description and its reporting verb: "have said", "also warned". */
    private static final Set<String> BEFORE_A_VERB = Words.set("have", "has", "had", "also", "previously", "repeatedly");

    /**
     * The end of "familiar with the matter" in "people familiar with the matter said" (before the reporting
     * verb, the punctuation or the sentence's end).
     */
    int describedSourcesEnd(List<Token> tokens, int from) {
        if (from >= tokens.size() || !AFTER_PEOPLE.contains(tokens.get(from).folded())) {
            return -1;
        }
        return descriptionEnd(tokens, from, 9);
    }

    /**
     * Wire copy describes anonymous sources before the verb: "two diplomats familiar with the talks said",
     * "officials briefed on the plan said". The index of the reporting verb after such a description.
     */
    int sourceDescriptionEnd(List<Token> tokens, int from) {
        if (!BEFORE_VERB.contains(tokens.get(from).folded())) {
            return -1;
        }
        int end = descriptionEnd(tokens, from, 8);
        return end > 0 && end < tokens.size() && gazetteer.isReportingVerb(tokens.get(end).text()) ? end : -1;
    }

    /** Participles that say how a paper reached a group: "diplomats consulted by EFE", "economists polled by Reuters". */
    private static final Set<String> REACHED_BY = Words.set("consulted", "interviewed", "contacted", "polled", "surveyed");
    /** Verbs of "who spoke to The Citizen", "who talked with reporters". */
    private static final Set<String> SPOKE = Words.set("spoke", "talked");
    /** Most tokens between such a clause's opening and the reporting verb ("on condition of anonymity" included). */
    private static final int MAX_REACHED_WORDS = 12;

    /**
     * Local and wire copy say how the paper reached an unnamed group before its verb: "Several diplomats consulted by
     * EFE said", "Residents who spoke to The Citizen said", "officers who spoke to the Nation on condition of anonymity
     * said". The index of the reporting verb after such a clause that opens at {@code from}, or -1.
     */
    int reachedSourceEnd(List<Token> tokens, int from) {
        int k;
        if (from + 2 < tokens.size() && REACHED_BY.contains(tokens.get(from).folded())
                && tokens.get(from + 1).folded().equals("by")) {
            k = from + 2;
        } else if (from + 3 < tokens.size() && tokens.get(from).folded().equals("who")
                && SPOKE.contains(tokens.get(from + 1).folded())
                && (tokens.get(from + 2).folded().equals("to") || tokens.get(from + 2).folded().equals("with"))) {
            k = from + 3;
        } else {
            return -1;
        }
        for (int end = Math.min(tokens.size(), k + MAX_REACHED_WORDS); k < end; k++) {
            if (gazetteer.isReportingVerb(tokens.get(k).text())) {
                return k;
            }
            if (!tokens.get(k).isWord() && !joinsAWord(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the token at {@code k} is a hyphen with a word glued on each side ("closed-door"). */
    private static boolean joinsAWord(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("-") && Tokens.gluedToBothNeighbours(tokens, k)
                && tokens.get(k - 1).isWord() && tokens.get(k + 1).isWord();
    }

    /**
     * Where a description that opens at {@code from} ends, fewer than {@code limit} tokens on: at a reporting verb,
     * at punctuation or at the sentence's end; -1 when it runs on past the limit.
     */
    private int descriptionEnd(List<Token> tokens, int from, int limit) {
        for (int k = from + 1; k < Math.min(tokens.size() + 1, from + limit); k++) {
            if (k < tokens.size() && joinsAWord(tokens, k)) {
                // "people familiar with the closed-door session": a hyphen inside a word goes on with it
                continue;
            }
            if (k == tokens.size() || !tokens.get(k).isWord()
                    // "according to people familiar with the matter who asked not to be identified": a relative clause
                    // about the source is no part of its name
                    || tokens.get(k).folded().equals("who")) {
                return k;
            }
            if (gazetteer.isReportingVerb(tokens.get(k).text())) {
                // ("people familiar with the matter have said": the auxiliary is the verb's)
                return withoutAuxiliaries(tokens, k, from);
            }
        }
        return -1;
    }
}
