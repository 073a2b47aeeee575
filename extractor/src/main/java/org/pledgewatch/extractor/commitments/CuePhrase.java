package org.pledgewatch.extractor.commitments;

import java.util.List;
import org.pledgewatch.extractor.Modality;

/**
 * A phrase that signals a commitment, with its modality. {@code reported}: counts only inside
 * reported speech ("he said France would"), since a bare "would" in news copy is usually
 * hypothetical. {@code weak}: "discussed" and the like, which yield to any other cue. {@code modal}:
 * the action is the verb phrase after it. {@code needsAmount}: counts only before a sum ("announced an
 * additional 40 million pounds"), as "announced" alone is mostly a reporting verb. {@code object}: the
 * one who commits is the object ("a declaration that commits the group to tripling ..."). {@code directive}: an
 * order a leader gives to those who carry it out ("directed the finance ministry to release Rs10 billion"): in news
 * of governments this is how a pledge is made, and the one who commits is the subject, who gave the order.
 * {@code bound}: an obligation ("must") that counts only under the terms of a deal the sentence opens with ("Under
 * the terms, Micron must begin volume production by 2030"): elsewhere "must" is an appeal or an opinion ("Russia must
 * withdraw", "we must do more").
 */
public record CuePhrase(List<String> words, Modality modality, boolean reported, boolean weak, boolean modal,
                        boolean needsAmount, boolean object, boolean directive, boolean bound) {
}
