package org.pledgewatch.extractor.commitments;

import java.util.List;

/**
 * Decides a clause the rules leave open: a cue of commitment inside a speaker's words ("Nordhav said the new terminal
 * would open in 2028", '"The money will go to air defence," Pistorius said') whose subject the rules tie to nobody,
 * while the speaker stands for a country or an organisation. Such a clause is that side's pledge about as often as it
 * is a forecast, a description or someone else's plan (271 times in 935 over the annotated articles of round 26): too
 * mixed for a rule, so a model trained on the annotated articles decides, from the {@link SpeakersPledgeFeatures}.
 */
public interface SpeakersPledgeJudge {
    /** Whether the clause described by {@code features} is the speaker's side's pledge. */
    boolean isPledge(List<String> features);

    /** The rules alone: no such clause is anyone's pledge. */
    SpeakersPledgeJudge NONE = features -> false;
}
