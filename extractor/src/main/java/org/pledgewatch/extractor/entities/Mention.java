package org.pledgewatch.extractor.entities;

/**
 * A place in the body that refers to an entity. {@code tokenStart}/{@code tokenEnd} index the
 * tokens of sentence {@code sentence}. A mention inside quotation marks is words of the speaker,
 * not of the reporter, so it never names the speaker of that quote. {@code place}: the mention names
 * where something happens ("in Brussels"), so "the group" or "the bloc" does not refer back to it.
 */
public record Mention(Entity entity, Kind kind, int sentence, int tokenStart, int tokenEnd,
                      int start, int end, boolean inQuote, boolean place) {

    /** The same words of the text read as another entity: "the Governing Council" as the bank whose council it is. */
    public Mention as(Entity other, Kind otherKind) {
        return new Mention(other, otherKind, sentence, tokenStart, tokenEnd, start, end, inQuote, place);
    }

    public enum Kind {
        /** a name, title + name, or surname. */
        NAME,
        /** a country name or alias. */
        COUNTRY,
        /** a capital or seat of government used for the country ("Kyiv", "the White House"). */
        CAPITAL,
        /** an organisation or coalition. */
        ORGANIZATION,
        /** an unnamed group ("European officials"). */
        GROUP,
        /** "the chancellor", "the minister": a person named elsewhere. */
        ROLE
    }
}
