package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Sentence;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Words;

/**
 * Quotes printed as blocks without quotation marks, as government and company releases (and pages scraped from
 * them) print them: a paragraph "Foreign Secretary Yvette Cooper said:" and then the words, one paragraph each.
 * The first paragraph after the colon is the quote; a following one is too while it speaks in the first person
 * ("We will keep tightening the screw"), for the release's own narrative goes on in the third.
 */
final class UnquotedBlockFinder {
    private static final Set<String> INTRODUCING = Words.set("said", "says", "added", "commented", "stated");
    private static final Set<String> FIRST_PERSON = Words.set("we", "our", "us", "i", "my", "we're", "we'll", "i'm");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(?:notes to editors|ends|about |background|further information|media (?:contact|enquiries)|contact|###).*");
    /** How many paragraphs one introduction may give its speaker. */
    private static final int MAX_PARAGRAPHS = 3;

    List<FoundStatement> find(AnalyzedText text, QuotedRegions quotes, SpeakerResolver speakers) {
        List<FoundStatement> out = new ArrayList<>();
        String body = text.body();
        for (Sentence s : text.sentences()) {
            int last = s.tokens().size() - 1;
            if (last < 2 || !s.tokens().get(last).text().equals(":")
                    || !INTRODUCING.contains(Tokens.folded(s, last - 1)) || !endsParagraph(body, s.end())) {
                continue;
            }
            Entity speaker = introducedSpeaker(s, last - 1, speakers);
            if (speaker == null) {
                continue;
            }
            int start = body.indexOf('\n', s.end()) + 1;
            for (int paragraph = 0; paragraph < MAX_PARAGRAPHS && start > 0 && start < body.length(); paragraph++) {
                int end = body.indexOf('\n', start);
                end = end < 0 ? body.length() : end;
                String line = body.substring(start, end);
                String words = line.strip();
                if (words.isEmpty() || Tokens.isQuoteMark(words.substring(0, 1)) || words.endsWith(":")
                        || BOILERPLATE.matcher(words).matches() || quotes.isQuoted(start)
                        || (paragraph > 0 && !inFirstPerson(words))) {
                    break;
                }
                int from = start + line.length() - line.stripLeading().length();
                out.add(new FoundStatement(speaker, from, from + words.length(), true, "said", from, from + words.length()));
                start = end + 1;
            }
        }
        return out;
    }

    /** True when only spaces come between {@code offset} and the end of its line. */
    private static boolean endsParagraph(String body, int offset) {
        int end = body.indexOf('\n', offset);
        return body.substring(offset, end < 0 ? body.length() : end).isBlank();
    }

    /** The person or body named just before the introducing verb: "Chancellor of the Exchequer Rachel Reeves said:". */
    private static Entity introducedSpeaker(Sentence s, int verb, SpeakerResolver speakers) {
        for (int k = verb - 1; k >= 0; k--) {
            Mention m = speakers.mentionAt(s.index(), k);
            if (m != null && m.entity().type() != EntityType.GROUP) {
                return m.entity();
            }
            if (s.tokens().get(k).text().equals(".")) {
                return null;
            }
        }
        return null;
    }

    static boolean inFirstPerson(String words) {
        for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
