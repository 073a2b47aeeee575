package org.pledgewatch.extractor;

/**
 * A quotation or reported speech attributed to a speaker.
 *
 * @param quote          the quoted or reported words, without the surrounding quotation marks
 * @param quoteStart     offset of the quote in the body
 * @param quoteEnd       end offset (exclusive) of the quote in the body
 * @param direct         true for words in quotation marks, false for reported speech
 * @param reportingVerb  the verb that attributes it ("said", "announced"...), lower case, or null
 * @param evidence       the sentence(s) holding the quote and its attribution
 */
public record Statement(Speaker speaker, String quote, int quoteStart, int quoteEnd, boolean direct,
                        String reportingVerb, Evidence evidence) {
}
