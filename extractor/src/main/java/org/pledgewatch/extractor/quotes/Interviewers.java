package org.pledgewatch.extractor.quotes;

import java.util.Set;

/**
 * Who asks the questions in one article's transcript lines (interviewers named in the text, labels whose lines are
 * mostly questions, one-question outlet labels, moderators), worked out once per article, when a line first needs
 * it: the transcript reader, the statements and the commitments all ask the same question of the same body.
 */
public final class Interviewers {
    private final String body;
    private Set<String> labels;

    private Interviewers(String body) {
        this.body = body;
    }

    public static Interviewers of(String body) {
        return new Interviewers(body);
    }

    /** The folded last words of the questioners' labels ("robinson"). */
    Set<String> labels() {
        if (labels == null) {
            labels = TranscriptFinder.interviewers(body);
        }
        return labels;
    }

    /**
     * Whether an offset of the body lies on an interviewer's line ("Q: ...", "Question. NATO says Spain will need
     * 3.5%", "ROBINSON: Your critics say ..."): what a question reports others saying is the interviewer's framing, no
     * statement of theirs, and pledges nobody.
     */
    public boolean asked(int offset) {
        return TranscriptFinder.asked(body, offset, this);
    }
}
