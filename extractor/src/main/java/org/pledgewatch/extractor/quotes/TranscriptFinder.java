package org.pledgewatch.extractor.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.EntityRegistry;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.Tokens;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.SparseFind;
import org.pledgewatch.extractor.text.Words;

/**
 * Statements in transcripts: a line that opens with a speaker label ("BARROT:", "Mr Starmer:",
 * "PRESIDENT ZELENSKY:") is a direct statement by that person, the rest of the line being the quote.
 * The label must name someone the article has named, so "Update:" or "Q:" are never speakers.
 * An interview printed as "Q: ... / A: ..." or "Question. ... / Answer. ..." (edited excerpts in
 * Nikkei, El País, Le Monde) labels its answers by role: they are the words of the interviewee,
 * the first person the introduction names.
 */
public final class TranscriptFinder {
    private static final Set<String> TITLES = Words.set("mr", "mrs", "ms", "dr", "president", "minister", "chancellor",
            "secretary", "prime", "general", "senator", "sen", "rep", "ambassador", "governor", "premier", "mayor",
            // Hansard's "Right Hon. Mark Carney (Prime Minister, Lib.):", "Hon. Pierre Poilievre (...):"
            "right", "rt", "hon",
            // India's official transcripts: "Shri Vikram Misri, Foreign Secretary:", "Smt. Nirmala Sitharaman:"
            "shri", "smt", "shrimati",
            // the Oireachtas record names members of the Dáil by their office: "Deputy Mary Lou McDonald:"
            "deputy",
            // a hearing's chair and a debate's candidates: "CHAIRMAN SMITH:", "CANDIDATE KIM:"
            "chairman", "chairwoman", "candidate");
    private static final int MAX_LABEL_WORDS = 4;
    /** Labels by role besides the titles: "Spokesman:", "Spokesperson:". */
    private static final Set<String> ROLE_LABELS = Words.set("spokesman", "spokeswoman", "spokesperson", "moderator", "chair");
    /**
     * Roles after a label's comma whose lines are nobody's statement: "STEVE INSKEEP, HOST:", "ELISSA NADWORNY, BYLINE:"
     * (NPR's transcripts), "Maria Ressa, Moderator:".
     */
    private static final Set<String> NARRATOR_ROLES = Words.set("host", "byline", "anchor", "presenter", "interviewer",
            "moderator", "correspondent", "reporter");
    /**
     * The person who asks the questions ("Questions were asked by presenter Mary Wilson", "The interviewer
     * was Juha Ruusuvuori"), or the writer a byline names ("By Sophie Marchetti" over a Reuters Q/A interview, whose
     * questions are the reporter's): their lines are questions, not statements, whatever their label.
     */
    private static final java.util.regex.Pattern INTERVIEWER = java.util.regex.Pattern.compile(
            "(?:[Pp]resenter|[Ii]nterviewer|[Mm]oderator|[Aa]nchor|[Hh]ost|[Ii]nterviewed by|[Aa]sked by)(?: was| is|,)?"
            + " (\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){0,2})"
            // a show named after its host: "aired on \"Face the Nation with Margaret Brennan\""
            + "|[\"\u201C][^\"\u201D\n]{3,60} with (\\p{Lu}[\\p{L}'\u2019-]+ \\p{Lu}[\\p{L}'\u2019-]+)[\"\u201D]"
            + "|(?m)^(?:By|by) (\\p{Lu}[\\p{L}'\u2019-]+(?: \\p{Lu}[\\p{L}'\u2019-]+){1,2})(?= and |,|\\s*$)");

    /**
     * Whether {@link #INTERVIEWER} can match at {@code at}: a role word ("[Pp]resenter", "[Ii]nterview", "[Mm]oderator",
     * "[Aa]nchor", "[Aa]sked by", "[Hh]ost"), a quotation mark (a show's title) or "By"/"by" (a byline). Checked before
     * the pattern is tried (see {@code SparseFind}), which otherwise tries its alternation at every character of the
     * body; the pattern itself decides.
     */
    private static boolean mayOpenInterviewer(String body, int at) {
        if (at >= body.length()) {
            return false;
        }
        return switch (body.charAt(at)) {
            case '"', '\u201C' -> true;
            // (a byline opens a line: "By"/"by" is tried only there, not at every "b" of the body)
            case 'B', 'b' -> body.startsWith("y ", at + 1) && (at == 0 || LINE_TERMINATORS.indexOf(body.charAt(at - 1)) >= 0);
            case 'P', 'p' -> body.startsWith("resenter", at + 1);
            case 'I', 'i' -> body.startsWith("nterview", at + 1);
            case 'M', 'm' -> body.startsWith("oderator", at + 1);
            case 'A', 'a' -> body.startsWith("nchor", at + 1) || body.startsWith("sked by", at + 1);
            case 'H', 'h' -> body.startsWith("ost", at + 1);
            default -> false;
        };
    }

    /**
     * A line opening with the interviewer's role label: "Q:", "Q.", "Question.", "Question (Reuters):", "HOST:", and the
     * White House's "Q    " set off by spaces, or by one before a capitalised word (never "Q&A").
     */
    private static final java.util.regex.Pattern QUESTION_LABEL = java.util.regex.Pattern.compile(
            "(?m)^(?:(?:Q|Question)(?:\\s*\\([^)\n]{1,40}\\))?(?:\\s*[:.\u2014\u2013-]\\s|\t| {2,})"
            // the same with its spaces run into one, as pages copied from the White House come: "Q Thank you, Karoline."
            + "|Q (?=\\p{Lu}[\\p{Ll}'\u2019])"
            // a broadcast's transcript by role: "HOST: Health Secretary, good morning."
            + "|(?:HOST|Host|INTERVIEWER|Interviewer):\\s)");

    /**
     * Whether {@link #QUESTION_LABEL} can match at {@code at}: a line's start (after any of the line terminators its
     * {@code (?m)^} knows) with the label's first letter, "Q", "H" or "I". Asked of every article body, the pattern's
     * {@code ^} was otherwise tried at every character.
     */
    private static boolean mayOpenQuestionLabel(String body, int at) {
        if (at >= body.length() || at > 0 && LINE_TERMINATORS.indexOf(body.charAt(at - 1)) < 0) {
            return false;
        }
        char c = body.charAt(at);
        return c == 'Q' || c == 'H' || c == 'I';
    }

    /** The characters after which {@code (?m)^} matches. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    /** A line opening with the interviewee's role label: "A:", "A.", "Answer.", "GUEST:" */
    private static final java.util.regex.Pattern ANSWER_LABEL = java.util.regex.Pattern.compile(
            "(?:A|Answer)\\s*[:.\u2014\u2013-]\\s+|(?:GUEST|Guest|INTERVIEWEE|Interviewee):\\s+");

    public List<FoundStatement> find(AnalyzedText text, QuotedRegions quotes, EntityRegistry registry, Interviewers askers) {
        String body = text.body();
        List<FoundStatement> out = new ArrayList<>();
        Entity interviewee = null;
        Set<String> interviewers = null;
        java.util.regex.Matcher question = SparseFind.matcher(QUESTION_LABEL, body);
        if (SparseFind.find(question, body, 0, at -> mayOpenQuestionLabel(body, at))) {
            interviewers = askers.labels();
            interviewee = interviewee(body, registry, interviewers);
        }
        // Hansard's "The Prime Minister (Keir Starmer):" names the holder once; later "The Prime Minister:" lines are theirs
        java.util.Map<String, Entity> labelled = new java.util.HashMap<>();
        InitialsLabels initials = InitialsLabels.of(body, registry);
        Entity turn = null;
        Entity continued = null;
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            if (continued != null && isTimeStamp(body, lineStart, lineEnd)) {
                // "00:03:41" on a line of its own: the video's time, inside the turn that goes on after it
                lineStart = lineEnd + 1;
                continue;
            }
            if (initials.labelsNobody(body, lineStart, lineEnd)) {
                // "TJ: Next question is from Jamil, Al Jazeera.": the moderator's initials
                continued = null;
                turn = null;
                lineStart = lineEnd + 1;
                continue;
            }
            Entity byInitials = initials.speakerOf(body, lineStart, lineEnd);
            if (byInitials != null) {
                FoundStatement st = lineStatement(body, lineStart, InitialsLabels.textStart(body, lineStart), lineEnd, quotes, byInitials);
                continued = st == null ? null : byInitials;
                if (st != null) {
                    out.add(st);
                }
                turn = null;
                lineStart = lineEnd + 1;
                continue;
            }
            int colon = body.indexOf(':', lineStart);
            if (interviewers == null && colon > lineStart && colon < lineEnd && colon - lineStart <= 60) {
                // only a body with label-like lines is searched for who asked the questions
                interviewers = askers.labels();
            }
            // an interview's "A:" is the interviewee's before it is anyone's label: the name it would find is one
            // that ends in "A" ("Plan A", read as a person's)
            FoundStatement st = interviewee == null ? null : answer(body, lineStart, lineEnd, quotes, interviewee);
            if (st == null && interviewers != null) {
                st = line(body, lineStart, lineEnd, quotes, registry, interviewers, labelled);
            }
            java.util.regex.Matcher dashed = st == null ? dashedLabel(body, lineStart, lineEnd) : null;
            if (dashed != null) {
                // "Ingrid Solberg – Chief Executive Officer" above each of her turns in a call's transcript; an
                // analyst's "Priya Natarajan – Kepler Cheuvreux" above a question, which is nobody's statement
                turn = OFFICER.matcher(dashed.group(2)).find() ? registry.person(dashed.group(1), true) : null;
            } else if (interviewers != null && isLabelAlone(body, lineStart, lineEnd)) {
                // "Friedrich Merz, Federal Chancellor:" (the Bundestag's record), "TOM FLETCHER:" (NPR): the label
                // stands on a line of its own and the turn follows, to the next label ("STEVE INSKEEP, HOST:"
                // hands the floor to the host, whose lines are questions)
                turn = turnSpeaker(body, lineStart, lineEnd, registry, interviewers, labelled);
            } else if (st == null && turn != null && !isStageDirection(body, lineStart, lineEnd)) {
                if (isSpeech(body, lineStart, lineEnd) && !isLabelled(body, lineStart, lineEnd)) {
                    st = lineStatement(body, lineStart, lineStart, lineEnd, quotes, turn);
                } else {
                    // a heading ("WWF") or a reporter's paragraph with quotes of its own ends the turn
                    turn = null;
                }
            } else if (st == null && continued != null && !isStageDirection(body, lineStart, lineEnd)
                    && isSpeech(body, lineStart, lineEnd) && !isLabelled(body, lineStart, lineEnd)
                    && goesOnInFirstPerson(body.substring(lineStart, lineEnd))) {
                // "NATO Secretary General Mark Rutte: Good afternoon. ..." then "Let me start with Ukraine. ...": a
                // paragraph in the speaker's first person, with no label of its own, goes on with the labelled turn
                // (a reporter's closing paragraph speaks of others in the third person)
                st = lineStatement(body, lineStart, lineStart, lineEnd, quotes, continued);
            } else if (st != null) {
                turn = null;
            }
            continued = st == null ? null : st.speaker();
            if (st != null) {
                out.add(st);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** A label alone on its line: a name, a dash, then an office or a firm ("Thomas Aune – Chief Financial Officer"). */
    private static final java.util.regex.Pattern DASHED_LABEL = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}) (?:–|—|-|--) ([^.:?!\"“”]{2,60})");
    /** The words of a company officer's label: "Chief Executive Officer", "CFO", "Head of Investor Relations". */
    private static final java.util.regex.Pattern OFFICER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:chief|officer|CEO|CFO|COO|president|director|head|chair(?:man|woman|person)?|treasurer|founder|secretary|minister)\\b");

    /**
     * The label alone on the line from {@code from} to {@code to}, in the way call transcripts print it (group 1 the
     * name, group 2 what follows the dash), or null. The same line must label a second turn: a byline ("Jane Doe –
     * Chief Political Correspondent") stands once.
     */
    private static java.util.regex.Matcher dashedLabel(String body, int from, int to) {
        if (to - from > 90 || to - from < 8) {
            return null;
        }
        String line = body.substring(from, to).strip();
        if (!line.contains(" – ") && !line.contains(" - ") && !line.contains(" — ")) {
            return null;
        }
        java.util.regex.Matcher m = DASHED_LABEL.matcher(line);
        if (!m.matches()) {
            return null;
        }
        boolean again = body.indexOf("\n" + line, to) >= 0 || body.lastIndexOf(line + "\n", from - 1) >= 0;
        return again ? m : null;
    }

    /** See {@link Interviewers#asked}. */
    static boolean asked(String body, int offset, Interviewers interviewers) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = body.length();
        }
        // the line is read where it stands (a region's bounds are those of a copy of it): in news it is a whole
        // paragraph, asked about for every statement and every sentence with a pledge's cue
        if (mayOpenQuestionLabel(body, lineStart) && QUESTION_LABEL.matcher(body).region(lineStart, lineEnd).lookingAt()) {
            return true;
        }
        int colon = labelColon(body, lineStart, lineEnd);
        if (colon - lineStart <= 0 || colon - lineStart > 60 || !body.contains("\n")) {
            return false;
        }
        String[] words = labelWords(body.substring(lineStart, colon));
        return words.length <= MAX_LABEL_WORDS && !words[0].isEmpty() && Character.isUpperCase(words[0].codePointAt(0))
                && interviewers.labels().contains(Folding.fold(words[words.length - 1]));
    }

    /**
     * Whom an interview with role labels questions: the person the questions address by name ("Q: Lena, thanks for
     * coming in"), else the first person named who does not ask.
     */
    private static Entity interviewee(String body, EntityRegistry registry, Set<String> interviewers) {
        // "Q: Ms Riley, it was a busy season", "Q: Lena, thanks for coming in": the names the questions open with
        Set<String> addressed = new java.util.HashSet<>();
        java.util.regex.Matcher q = QUESTION_LABEL.matcher(body);
        while (q.find()) {
            java.util.regex.Matcher vocative = ADDRESS.matcher(body).region(q.end(), body.length());
            if (vocative.lookingAt()) {
                addressed.add(vocative.group(1));
            }
        }
        Entity first = null;
        for (Entity person : registry.persons()) {
            String[] words = person.name().split(" ");
            if (interviewers.contains(Folding.fold(words[words.length - 1]))) {
                continue;
            }
            for (String w : words) {
                if (w.length() > 2 && addressed.contains(w)) {
                    // the one the questions address ("This week on The Heavy Industry Podcast, we talk to Lena Åberg": not
                    // the show, named first)
                    return person;
                }
            }
            first = first == null ? person : first;
        }
        Entity introduced = introducedForInterview(body, registry, interviewers);
        return introduced != null ? introduced : first;
    }

    /**
     * The sentence of an interview's introduction that says who was spoken to: "Ingrid Solberg spoke to TradeWinds"
     * (group 1, the one who spoke), "We spoke to chief executive Marieke van Dalen" (group 2, after the reporters).
     */
    private static final java.util.regex.Pattern INTERVIEW_INTRO = java.util.regex.Pattern.compile(
            // (a match starts where a sentence or line does: were it tried at every character, as find() does, each
            // try would read on to the sentence's end, and a long introduction without the verbs cost its length squared)
            "(?<![^.\\n])([^.\\n]*)\\b(?:spoke|speaks|talked|talks|sat down|(?:says|said) in an interview) (?:to|with)\\b"
            + "([^.\\n]*)");

    /**
     * The person the introduction says was interviewed ("Chief executive Ingrid Solberg spoke to TradeWinds about the
     * bet", "Defense Minister Nikos Dendias says in an interview with Kathimerini"), or null: the first person named
     * may be a misreading of a headline ("Nordhavn Bulk chief sets out ...").
     */
    private static Entity introducedForInterview(String body, EntityRegistry registry, Set<String> interviewers) {
        java.util.regex.Matcher q = QUESTION_LABEL.matcher(body);
        java.util.regex.Matcher intro = INTERVIEW_INTRO.matcher(body).region(0, q.find() ? q.start() : body.length());
        while (intro.find()) {
            String[] speaker = intro.group(1).strip().split("\\s+");
            if (intro.group(2).strip().matches("(?:her|him|them)\\b.*")
                    || speaker[speaker.length - 1].matches("he|she")) {
                // "Energy Voice spoke to her": the outlet, then the one named before; "Days after a meeting between
                // President Marcos and Secretary Hegseth, he spoke with Rappler": the one the article opened with
                continue;
            }
            boolean reporters = speaker[speaker.length - 1].matches("We|we|I")
                    || OUTLETS_REPORTER.matcher(intro.group(1)).matches();
            String interviewed = reporters ? intro.group(2) : intro.group(1);
            // "... its “Achilles Shield” air defence system operational by 2027, Defense Minister Nikos Dendias says in an
            // interview with Kathimerini": the one named right before the verb, else the first named
            String subject = intro.group(1).strip();
            Entity found = null;
            for (Entity person : registry.persons()) {
                if (!namedInFullNotAsking(person, interviewers) || !interviewed.contains(person.name())) {
                    continue;
                }
                if (!reporters && subject.endsWith(person.name())) {
                    return person;
                }
                found = found == null ? person : found;
            }
            if (found != null) {
                return found;
            }
            if (!reporters && speaker.length <= 3 && speaker[0].matches("\\p{Lu}.*")
                    && !speaker[0].matches("He|She|They") && intro.group(1).indexOf(',') < 0
                    && namesNoPerson(intro.group(1), registry)
                    && !OUTLETS_REPORTER.matcher(intro.group(2)).lookingAt()) {
                // "Janes spoke to Hanwha Ocean chief executive Kim Hee-cheol in Ottawa": an outlet, a few words
                // that name no person, spoke to the one interviewed (but "He spoke to The Globe's Corinne Labelle":
                // the one named before; "The airline's president spoke to Gulf Aviation Review's Leena Farouk": the
                // outlet's reporter, who asks), who is named right after the verb or after an employer and a title:
                // the name read last within a title's reach ("The Korea Times spoke with Bae at the company's
                // headquarters": by one of the words of the name the article gave in full before)
                Entity spokenTo = null;
                int last = -1;
                for (Entity person : registry.persons()) {
                    int at = nameAt(intro.group(2), person);
                    if (namedInFullNotAsking(person, interviewers) && at > last && at < TITLE_REACH) {
                        spokenTo = person;
                        last = at;
                    }
                }
                if (spokenTo != null) {
                    return spokenTo;
                }
            }
        }
        // "In an interview with Al-Masry Al-Youm, Finance Minister Ahmed Kouchouk spoke about the budget": the outlet
        // is named first, the one interviewed after its comma
        java.util.regex.Matcher withOutlet = INTERVIEW_WITH_OUTLET.matcher(body).region(0, intro.regionEnd());
        while (withOutlet.find()) {
            // (the subject opens what follows, after its title: "..., he spoke about the 'Big Push'" names nobody)
            String subject = withOutlet.group(1);
            if (subject.matches("(?:he|she|they|He|She|They)\\b.*")) {
                continue;
            }
            for (Entity person : registry.persons()) {
                int at = nameAt(subject, person);
                // (the name right after the comma or a title of a few words: "Finance Minister Ahmed Kouchouk"; or
                // the surname of one named in full before: "In an interview with The Business Times ..., Mr Tan
                // also said")
                if (namedInFullNotAsking(person, interviewers) && at >= 0 && at < TITLE_REACH) {
                    return person;
                }
            }
        }
        return null;
    }

    /** "The Jakarta Post's Dimas Pratama", "Euronews' Paolo Ferrante": an outlet's reporter, who asks the questions. */
    private static final java.util.regex.Pattern OUTLETS_REPORTER = java.util.regex.Pattern.compile(
            "\\s*(?:The )?\\p{Lu}[\\w. ]*['’]s?\\s+\\p{Lu}\\S* \\p{Lu}\\S*\\s*");

    /** Where {@code text} names the person in full, else by one word of the name (a surname), else -1. */
    private static int nameAt(String text, Entity person) {
        int at = text.indexOf(person.name());
        if (at >= 0) {
            return at;
        }
        for (String word : person.name().split(" ")) {
            if (word.length() <= 2) {
                // ("Jr", initials: no surname)
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word)
                    + "\\b").matcher(text);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        return at;
    }

    /** Whether no person of the article is named in {@code text}, not even by surname. */
    private static boolean namesNoPerson(String text, EntityRegistry registry) {
        for (Entity person : registry.persons()) {
            String[] words = person.name().split(" ");
            if (text.contains(words[words.length - 1])) {
                return false;
            }
        }
        return true;
    }

    /** A person an introduction names in full (two words or more) who is not one of those who ask. */
    private static boolean namedInFullNotAsking(Entity person, Set<String> interviewers) {
        String[] words = person.name().split(" ");
        return words.length >= 2 && !interviewers.contains(Folding.fold(words[words.length - 1]));
    }

    /** How many characters of title may stand before the interviewed one's name after the outlet's comma. */
    private static final int TITLE_REACH = 40;

    /**
     * "In an interview with Kathimerini, Defence Minister Nikos Dendias ...", "In an interview, chief executive Rahul
     * Deshpande spoke about ...": group 1 is what follows the outlet, or the interview, and its comma.
     */
    private static final java.util.regex.Pattern INTERVIEW_WITH_OUTLET = java.util.regex.Pattern.compile(
            "\\b[Ii]n an? (?:[\\w-]+ )?interview(?: with [^,.\\n]+)?, ([^.\\n]*)");

    /** A name a question opens with, after an honorific: "Ms Riley,", "Lena,". Group 1 is the name. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?:(?:Mr|Ms|Mrs|Dr|Minister|Professor)\\.? )?([^\\s,]+),");

    private static FoundStatement answer(String body, int from, int to, QuotedRegions quotes, Entity interviewee) {
        java.util.regex.Matcher label = ANSWER_LABEL.matcher(body).region(from, to);
        if (label.lookingAt()) {
            return lineStatement(body, from, label.end(), to, quotes, interviewee);
        }
        int colon = labelColon(body, from, to);
        return colon > from && isIntervieweesRole(body.substring(from, colon), interviewee)
                ? lineStatement(body, from, colon + 1, to, quotes, interviewee) : null;
    }

    /**
     * "Q: ... / Minister: ...": an interview may label its answers by the office of the one interviewed, a word of the
     * role the introduction gave them ("Energy Minister Kumara Jayakody says ... Excerpts:"); someone else in the story
     * may hold a like office ("Prime Minister Modi's visit"), but the answers are the interviewee's.
     */
    private static boolean isIntervieweesRole(String label, Entity interviewee) {
        String[] words = labelWords(label);
        if (interviewee.role() == null || words.length > 2) {
            return false;
        }
        String role = " " + Folding.fold(interviewee.role()) + " ";
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !role.contains(" " + Folding.fold(w) + " ")) {
                return false;
            }
        }
        return true;
    }

    static Set<String> interviewers(String body) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = SparseFind.matcher(INTERVIEWER, body);
        for (int from = 0; SparseFind.find(m, body, from, at -> mayOpenInterviewer(body, at)); from = m.end()) {
            String[] parts = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).split(" ");
            out.add(Folding.fold(parts[parts.length - 1]));
        }
        out.addAll(askers(body));
        out.addAll(moderators(body));
        return out;
    }

    /**
     * Labels whose lines mostly hand the floor to a questioner ("Allison Hart: Kyiv Post." after an answer and before
     * "Question (Kyiv Post): ..."): a press conference's moderator, whose lines ("We'll start with Reuters.") are nobody's statement.
     * At least two such lines, and most of the label's lines.
     */
    private static Set<String> moderators(String body) {
        // (an interviewee's answer also comes before the next question, but after one; and a minister who speaks after
        // another, before the first question, hands the floor to nobody: "PISTORIUS: Thank you, John. Germany has been
        // the largest European supporter of Ukraine, and it will remain so. ..." is longer than a moderator's line)
        return labelsWhoseLinesMostly(body, (all, i) -> i + 1 < all.length && QUESTION_LABEL.matcher(all[i + 1]).lookingAt()
                && (i == 0 || !QUESTION_LABEL.matcher(all[i - 1]).lookingAt()) && all[i].length() <= MAX_FLOOR_LINE);
    }

    /** The longest line that only hands the floor on ("Allison Hart: Next question, Kyiv Post."), in characters. */
    private static final int MAX_FLOOR_LINE = 160;

    /** Labels with at least two lines that pass {@code test} (given all lines and the line's index), and most of theirs. */
    private static Set<String> labelsWhoseLinesMostly(String body, java.util.function.BiPredicate<String[], Integer> test) {
        Set<String> out = new java.util.HashSet<>();
        labelLines(body, test).forEach((label, counts) -> {
            if (counts[1] >= 2 && counts[1] * 2 > counts[0]) {
                out.add(label);
            }
        });
        return out;
    }

    /** Each label's count of lines and of lines that pass {@code test} (given all lines and the line's index). */
    private static java.util.Map<String, int[]> labelLines(String body, java.util.function.BiPredicate<String[], Integer> test) {
        java.util.Map<String, int[]> lines = new java.util.HashMap<>();
        String[] all = body.split("\n");
        for (int i = 0; i < all.length; i++) {
            String label = labelOf(all[i]);
            if (label == null) {
                continue;
            }
            int[] counts = lines.computeIfAbsent(label, k -> new int[2]);
            counts[0]++;
            if (test.test(all, i)) {
                counts[1]++;
            }
        }
        return lines;
    }

    /** The last word of a line's speaker label, folded ("hart" for "NATO Spokesperson Allison Hart: ..."), or null. */
    private static String labelOf(String line) {
        int colon = labelColon(line);
        if (colon <= 0 || colon > 60) {
            return null;
        }
        String[] words = labelWords(line.substring(0, colon));
        if (words.length == 0 || words.length > MAX_LABEL_WORDS + 3 || words[0].isEmpty()
                || !Character.isUpperCase(words[0].codePointAt(0))) {
            return null;
        }
        return Folding.fold(words[words.length - 1]);
    }

    /**
     * Labels whose lines are mostly questions ("SARA: ... Will it include another round of energy bill relief?"):
     * the interviewer's, even when the text never says who asked. At least two lines, most of them ending in a
     * question or holding one.
     */
    private static Set<String> askers(String body) {
        Set<String> out = labelsWhoseLinesMostly(body, (all, i) -> all[i].indexOf('?', labelColon(all[i])) > 0);
        out.addAll(oneQuestionLabels(body));
        return out;
    }

    /**
     * "Reuters: The Ministry of Commerce said yesterday it would ... Does that apply to all customers?" in a press
     * conference where one label answers (at least three lines): a label each of whose lines ends in a question is a
     * questioner's, even when it asks once (a ministry's transcript labels each question by the outlet).
     */
    private static Set<String> oneQuestionLabels(String body) {
        java.util.Map<String, int[]> lines = labelLines(body, (all, i) -> all[i].strip().endsWith("?"));
        Set<String> out = new java.util.HashSet<>();
        if (lines.values().stream().noneMatch(c -> c[0] >= 3 && c[1] == 0)) {
            return out;
        }
        lines.forEach((label, counts) -> {
            if (counts[1] == counts[0]) {
                out.add(label);
            }
        });
        return out;
    }

    /**
     * "NATO Secretary General Mark Rutte": in a label longer than a name and its title, the name follows the last
     * title word; shorter labels are kept whole.
     */
    private static String[] afterLastTitle(String[] words) {
        if (words.length <= MAX_LABEL_WORDS) {
            return words;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                // "PM call with President Zelenskyy: 3 March 2026" is a headline, not a label
                return words;
            }
        }
        for (int k = words.length - 2; k >= 0; k--) {
            if (TITLES.contains(Folding.fold(words[k].replace(".", "")))) {
                return java.util.Arrays.copyOfRange(words, k, words.length);
            }
        }
        return words;
    }

    /** An honorific before a member's name in a transcript: "Hon. ", "Rt. Hon ", "Dr ", the Dáil's "Deputy ". */
    private static final String HONORIFIC = "(?:(?:Right Hon|Rt\\. Hon|Hon|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|Deputy)\\.?\\s+)";
    private static final java.util.regex.Pattern LEADING_HONORIFIC = java.util.regex.Pattern.compile("^" + HONORIFIC);
    /** The honorifics of Indian parliamentary records: "Shri", "Shrimati", "Smt.", "Kumari", in capitals or not. */
    private static final java.util.regex.Pattern INDIAN_HONORIFIC = java.util.regex.Pattern.compile(
            "^(?i:shri|shrimati|smt\\.?|kumari)\\s+");

    /**
     * A member's label in Hansard: an optional question number ("Q2. [907342]"), an honorific, the name, the
     * constituency and the party in brackets ("Sir Ed Davey (Kingston and Surbiton) (LD)", or in Ottawa's one pair
     * of brackets: "Hon. Pierre Poilievre (Leader of the Opposition, CPC)"). Group 1 is the name.
     */
    private static final java.util.regex.Pattern MEMBER_LABEL = java.util.regex.Pattern.compile(
            "(?:Q\\d+\\.\\s*\\[\\d+\\]\\s*)?" + HONORIFIC + "?"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3})\\s+"
            // Westminster: "(North West Essex) (Con)"; Ottawa: "(Leader of the Opposition, CPC)", "(Beloeil—Chambly, BQ)"
            + "(?:\\([^()]{3,40}\\)\\s+\\(\\p{Lu}[\\p{L}/ -]{0,11}\\)|\\([^()]{3,60}, \\p{Lu}[\\p{L}./ -]{0,11}\\))");

    /**
     * The full name that ends with {@code surname} in the capitals of a transcript's heading ("PRESS GAGGLE BY PRESS
     * SECRETARY KAROLINE LEAVITT"), written as a name ("Karoline Leavitt"), or null.
     */
    private static String headingName(String surname, String body) {
        return headingName(surname, body, 3);
    }

    /** How many lines from the top a transcript's list of participants may take. */
    private static final int PARTICIPANT_LINES = 12;

    /** {@link #headingName(String, String)} in the first {@code lines} lines. */
    private static String headingName(String surname, String body, int lines) {
        String[] head = body.split("\n", lines + 1);
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?:^|\\s)(\\p{Lu}{2,}) " + java.util.regex.Pattern.quote(surname)
                + "(?:\\s|$)");
        for (int k = 0; k < Math.min(head.length, lines); k++) {
            java.util.regex.Matcher m = named.matcher(head[k]);
            if (head[k].equals(head[k].toUpperCase(java.util.Locale.ROOT)) && m.find()
                    && !TITLES.contains(Folding.fold(m.group(1)))) {
                return capitalisedName(new String[] {m.group(1), surname});
            }
        }
        return null;
    }

    /** Whether a label's words are two or three words in capitals, none of them a title ("LEE JAE-MYUNG"). */
    private static boolean nameInCapitals(String[] words) {
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))
                    || TITLES.contains(Folding.fold(w.replace(".", ""))) || ROLE_LABELS.contains(Folding.fold(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a second line of the body opens with the same label. */
    private static boolean speaksAgain(String body, String label) {
        int first = body.startsWith(label + ":") ? 0 : body.indexOf("\n" + label + ":");
        return first >= 0 && body.indexOf("\n" + label + ":", first + 1) >= 0;
    }

    /** "Lee Jae-myung" for the label's "LEE JAE-MYUNG". */
    private static String capitalisedName(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() > 0 ? " " : "").append(capitalised(w));
        }
        return b.toString();
    }

    private static String capitalised(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The key under which a label's speaker is found again by surname alone: a Hansard member ("member": "Mrs Kemi
     * Badenoch (North West Essex) (Con):", later "Mrs Badenoch:") or a broadcast's narrator ("narrator": "JAMES OKORO,
     * BYLINE:", later "OKORO:").
     */
    private static String surnameKey(String kind, String[] nameWords) {
        return kind + " " + Folding.fold(nameWords[nameWords.length - 1]);
    }

    /** "[00:00:55] Kallas:": the time a transcript stamps before its label is no part of the name. */
    private static final java.util.regex.Pattern LEADING_TIME = java.util.regex.Pattern.compile("^\\s*[\\[(]\\d{1,2}(?::\\d{2}){1,2}[\\])]\\s*");
    private static final java.util.regex.Pattern BRACKETED_NOTE = java.util.regex.Pattern.compile("\\s*[\\[(][^\\])]*[\\])]\\s*$");

    /**
     * The words of a speaker's label. "CARNEY [Interpretation]:", "RUTTE (in French):": a note on how the words
     * were given is no part of the name.
     */
    private static String[] labelWords(String label) {
        label = LEADING_TIME.matcher(label).replaceFirst("");
        return BRACKETED_NOTE.matcher(label).replaceAll("").strip().split("\\s+");
    }

    /** The statement of a labelled line ("BARROT: We will ..."), or null. */
    private static FoundStatement line(String body, int from, int to, QuotedRegions quotes, EntityRegistry registry,
                                       Set<String> interviewers, java.util.Map<String, Entity> labelled) {
        int colon = labelColon(body, from, to);
        Entity speaker = colon < 0 ? null : labelSpeaker(body, from, colon, registry, interviewers, labelled);
        if (speaker == null || isHeadline(body.substring(colon + 1, to))) {
            return null;
        }
        return lineStatement(body, from, colon + 1, to, quotes, speaker);
    }

    /**
     * The speaker of the turn that follows a label alone on its line, or null: the label must give a title or a role, or
     * name someone the article names elsewhere ("Dive Brief:", a section's label read as a name, does neither).
     */
    private static Entity turnSpeaker(String body, int from, int to, EntityRegistry registry, Set<String> interviewers,
                                      java.util.Map<String, Entity> labelled) {
        int colon = labelColon(body, from, to);
        Entity speaker = colon < 0 ? null : labelSpeaker(body, from, colon, registry, interviewers, labelled);
        return speaker != null && (titled(body.substring(from, colon)) || namedOutsideLabels(body, speaker)) ? speaker : null;
    }

    /**
     * The colon that ends a line's label (within its first 60 characters, or {@link #MAX_OFFICE_LABEL} for an office
     * spelt out in capitals before its holder's bracketed name), or -1.
     */
    private static int labelColon(String body, int from, int to) {
        for (int k = body.indexOf(':', from); k >= 0 && k < to && k - from <= MAX_OFFICE_LABEL; k = body.indexOf(':', k + 1)) {
            if (partOfATime(body, k, from, to)) {
                continue;
            }
            if (k - from <= 60 || officeLabel(body.substring(from, k))) {
                return k;
            }
        }
        return -1;
    }

    /** The longest label read: an office spelt out before its holder's name in brackets. */
    private static final int MAX_OFFICE_LABEL = 120;

    /**
     * "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS (SHRI KIRTI VARDHAN SINGH):": the Lok Sabha's written
     * answers label a minister's turn by the whole office in capitals, the name in brackets, longer than other labels.
     */
    private static boolean officeLabel(String label) {
        return label.startsWith("THE ") && label.endsWith(")") && label.equals(label.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@link #labelColon(String, int, int)} of a whole line, or -1. */
    static int labelColon(String line) {
        return labelColon(line, 0, line.length());
    }

    /**
     * A colon between digits is a time's: a podcast's or a video's transcript stamps its turns ("[00:00:55] Kallas: Well,
     * ...", "INGRID (00:00:25): It's still the plan."), and the label's colon is the one after.
     */
    private static boolean partOfATime(String text, int colon, int from, int to) {
        return colon > from && colon + 1 < to && Character.isDigit(text.charAt(colon - 1)) && Character.isDigit(text.charAt(colon + 1));
    }

    /** Who speaks under the label from {@code from} to {@code colon}, or null. */
    private static Entity labelSpeaker(String body, int from, int colon, EntityRegistry registry, Set<String> interviewers,
                                       java.util.Map<String, Entity> labelled) {
        String label = body.substring(from, colon);
        int comma = label.indexOf(", ");
        if (comma > 0 && label.indexOf('(') < 0 && isRole(label.substring(comma + 2))) {
            // "Friedrich Merz, Federal Chancellor:", "STEVE INSKEEP, HOST:": the name, then the role
            String[] role = labelWords(label.substring(comma + 2));
            if (NARRATOR_ROLES.contains(Folding.fold(role[role.length - 1]))) {
                // (and "OKORO:" after "JAMES OKORO, BYLINE:" is the same reporter's line, nobody's statement either)
                labelled.put(surnameKey("narrator", labelWords(label.substring(0, comma))), null);
                return null;
            }
            label = label.substring(0, comma);
        }
        java.util.regex.Matcher member = MEMBER_LABEL.matcher(label.strip());
        if (member.matches()) {
            // Hansard: "Mrs Kemi Badenoch (North West Essex) (Con):" names a member by constituency and party, and
            // "Mrs Badenoch:" is her later (a member who asks questions is no interviewer)
            Entity named = registry.person(member.group(1), true);
            labelled.put(surnameKey("member", member.group(1).split("\\s+")), named);
            return named;
        }
        String[] labelWords = labelWords(label);
        if (labelWords.length == 1 && labelled.containsKey(surnameKey("narrator", labelWords))) {
            return null;
        }
        String role = Folding.fold(String.join(" ", labelWords));
        Entity named = bracketedName(label, registry);
        if (named != null) {
            labelled.put(role, named);
        } else {
            named = labelled.get(role);
        }
        if (named == null && labelWords.length <= 3) {
            named = labelled.get(surnameKey("member", labelWords));
        }
        if (named != null) {
            return named;
        }
        String[] words = afterLastTitle(labelWords);
        if (words[0].isEmpty() || words.length > MAX_LABEL_WORDS || Folding.fold(words[0]).equals("about")
                || interviewers.contains(Folding.fold(words[words.length - 1]))) {
            // "About Harbour Foods: ..." is a press release's boilerplate, not a speaker's line
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return null;
            }
            if (Folding.isPossessive(w)) {
                // "SQM’s Ricardo Ramos: ..." heading an interview: the company before the name is no part of it
                name.setLength(0);
                continue;
            }
            String f = Folding.fold(w.replace(".", ""));
            if (TITLES.contains(f)) {
                // "CHIEF CABINET SECRETARY KIHARA:", "FOREIGN MINISTER WANG:": the words of the office before its
                // title word are no part of the name
                name.setLength(0);
                continue;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(w);
        }
        String listed = words.length == 1 && words[0].length() > 2 && words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT))
                ? headingName(words[0], body, PARTICIPANT_LINES) : null;
        // "SHAHEEN:" under a hearing's list of speakers ("SEN. JEANNE SHAHEEN (D-N.H.), RANKING MEMBER"): the name in full
        Entity speaker = listed != null ? registry.person(listed, true)
                : name.length() == 0 ? null : registry.person(name.toString(), false);
        if (speaker == null && name.length() > 0 && nameInCapitals(words) && speaksAgain(body, label)) {
            // "LEE JAE-MYUNG: ...", "KIM MOON-SOO: ..." at a debate: a name in capitals, the mentions' reader took it for
            // an acronym's body; a label that comes back turn after turn is a speaker's
            speaker = registry.person(capitalisedName(words), true);
        }
        if (speaker == null && words.length == 2 && TITLES.contains(Folding.fold(words[0].replace(".", "")))) {
            // "MS. LEAVITT:" under the heading "PRESS BRIEFING BY PRESS SECRETARY KAROLINE LEAVITT"
            String full = headingName(words[1], body);
            if (full == null) {
                // "MS. LEAVITT:" under no heading at all: the one well-known official of that surname
                full = registry.officialBySurname(capitalised(words[1]));
            }
            speaker = full == null ? null : registry.person(full, true);
        }
        if (speaker == null || speaker.type() != EntityType.PERSON) {
            // "Spokesman: ...", "THE PRESIDENT: ...": a label by role is whoever the article gave that role
            String roleWord = Folding.fold(words[words.length - 1]);
            speaker = TITLES.contains(roleWord) ? issuer(label, body, registry) : null;
            if (speaker == null) {
                speaker = TITLES.contains(roleWord) || ROLE_LABELS.contains(roleWord) ? holderOf(registry, words, body) : null;
            }
        } else {
            rememberTitle(labelWords, name.toString().split(" ").length, speaker, labelled);
        }
        return speaker != null && speaker.type() == EntityType.PERSON && interviewers.contains(surname(speaker)) ? null : speaker;
    }

    /**
     * The folded surname of a person. A podcast labels its host by the first name ("TOM (00:01:02): Are you going to need
     * more money?" after "The host is Tom Becker"): the label finds the host, whose lines are questions.
     */
    private static String surname(Entity person) {
        String[] words = person.name().split(" ");
        return Folding.fold(words[words.length - 1]);
    }

    /**
     * "NATO Secretary General Mark Rutte: Good afternoon." then "NATO Secretary General: Russia does not get a veto": a
     * title that names its organisation labels the same speaker's later turns (a bare "PRIME MINISTER TEO:" does not: at
     * a joint press conference "PRIME MINISTER:" is the host).
     */
    private static void rememberTitle(String[] labelWords, int nameWords, Entity speaker, java.util.Map<String, Entity> labelled) {
        if (nameWords >= labelWords.length) {
            return;
        }
        String[] title = java.util.Arrays.copyOf(labelWords, labelWords.length - nameWords);
        if (java.util.Arrays.stream(title).anyMatch(w -> !TITLES.contains(Folding.fold(w.replace(".", ""))))) {
            labelled.putIfAbsent(Folding.fold(String.join(" ", title)), speaker);
        }
    }

    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("\\b(?:said|says|told)\\b");

    /** A paragraph in the first person that reports no one's words: "Let me start with Ukraine. ... we will add ...". */
    private static boolean goesOnInFirstPerson(String line) {
        return UnquotedBlockFinder.inFirstPerson(line) && !REPORTING.matcher(line).find();
    }

    /** A line that opens with someone's label ("INSKEEP: Whose choice?", "Q    So there'll be a second round?"). */
    private static boolean isLabelled(String body, int from, int to) {
        String line = body.substring(from, to);
        if (QUESTION_LABEL.matcher(line).lookingAt()) {
            return true;
        }
        if (labelOf(line) == null) {
            return false;
        }
        for (String w : labelWords(line.substring(0, labelColon(line)))) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                // "We say clearly: an AfD government would ...": a sentence with a colon, not a label
                return false;
            }
        }
        return true;
    }

    /** A line that is a speaker's label and nothing else: "Friedrich Merz, Federal Chancellor:", "TOM FLETCHER:". */
    private static boolean isLabelAlone(String body, int from, int to) {
        String line = body.substring(from, to).strip();
        return line.length() > 2 && line.length() <= 60 && line.endsWith(":") && labelColon(line) == line.length() - 1
                && Character.isUpperCase(line.codePointAt(0)) && labelOf(line) != null;
    }

    /**
     * A line of a speaker's turn: a sentence of their own, with no quotation marks ("Oxfam said the target was "a
     * number without a plan"" is the reporter's) and ending as sentences do (a line "Greenpeace International" is a
     * heading).
     */
    private static boolean isSpeech(String body, int from, int to) {
        String line = body.substring(from, to).strip();
        for (int k = 0; k < line.length(); k++) {
            if (Tokens.isQuoteMark(String.valueOf(line.charAt(k)))) {
                return false;
            }
        }
        return ".?!…-–—".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static final Set<String> ROLE_PARTICLES = Words.set("of", "for", "the", "and", "to", "on");

    /**
     * The part of a label after its comma names a role when its words are capitalised ("Federal Chancellor", "HOST"),
     * but for particles: "Yamal, 18, wrote on Instagram:" introduces a quote.
     */
    private static boolean isRole(String rest) {
        String[] words = labelWords(rest);
        if (words.length > MAX_LABEL_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !ROLE_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A label that gives a title or a role: "President Julia Klöckner", "Friedrich Merz, Federal Chancellor". */
    private static boolean titled(String label) {
        int comma = label.indexOf(", ");
        if (comma > 0 && isRole(label.substring(comma + 2))) {
            return true;
        }
        for (String w : labelWords(label)) {
            if (TITLES.contains(Folding.fold(w.replace(".", "")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the article names the label's speaker somewhere besides a label ("The first speaker is Federal
     * Chancellor Friedrich Merz"): a section label read as a name ("Dive Brief:") never is.
     */
    private static boolean namedOutsideLabels(String body, Entity speaker) {
        String[] words = speaker.name().split(" ");
        String surname = words[words.length - 1];
        for (int at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + 1)) {
            int lineStart = body.lastIndexOf('\n', at) + 1;
            int lineEnd = body.indexOf('\n', at);
            if (!isLabelAlone(body, lineStart, lineEnd < 0 ? body.length() : lineEnd)) {
                return true;
            }
        }
        return false;
    }

    /** "(Applause from the CDU/CSU)", "[CROSSTALK]": the record's note on the room, no one's words. */
    private static boolean isStageDirection(String body, int from, int to) {
        String line = body.substring(from, to).strip();
        return line.isEmpty() || line.startsWith("(") || line.startsWith("[");
    }

    /**
     * The office that issued a transcript, heading it ("PRIME MINISTER\nTHE HON ANTHONY ALBANESE MP\nTRANSCRIPT"), labels
     * its holder's lines with the same words ("PRIME MINISTER: Well, it's terrific to be back"): the person the line
     * after the heading names.
     */
    private static Entity issuer(String label, String body, EntityRegistry registry) {
        String[] head = body.split("\n", 6);
        for (int k = 0; k < Math.min(head.length, 5); k++) {
            if (head[k].strip().equalsIgnoreCase(label.strip())) {
                // the holder's name on the next line, without "THE HON" and "MP"
                String next = k + 1 < Math.min(head.length, 5) ? head[k + 1].strip() : "";
                String name = next.replaceFirst("^(?i)(the )?hon\\.? ", "").replaceFirst("(?i) mp$", "");
                Entity holder = name.isEmpty() ? null : registry.person(name, false);
                return holder != null && holder.type() == EntityType.PERSON ? holder : null;
            }
        }
        return null;
    }

    /** The person named in a label's brackets ("The Prime Minister (Keir Starmer)"), or null ("(North West Essex)"). */
    private static Entity bracketedName(String label, EntityRegistry registry) {
        int open = label.indexOf('(');
        int close = label.indexOf(')', open + 1);
        if (open <= 0 || close < 0 || !(label.startsWith("The ") || officeLabel(label))) {
            // ("Mrs Kemi Badenoch (North West Essex) (Con):" names the member outside the brackets)
            return null;
        }
        // "The Cabinet Secretary for Health (Hon. Aden Duale):", "(SHRI KIRTI VARDHAN SINGH)": the honorific is no part
        // of the name, and a name in capitals is written as a name
        String name = LEADING_HONORIFIC.matcher(label.substring(open + 1, close).strip()).replaceFirst("");
        name = INDIAN_HONORIFIC.matcher(name).replaceFirst("");
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            name = java.util.Arrays.stream(name.split("\\s+")).map(TranscriptFinder::capitalised)
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        Entity e = registry.person(name, false);
        if (e == null || e.type() != EntityType.PERSON) {
            return null;
        }
        // the office before the brackets is the holder's role: "we will" in her answers commits her government
        registry.giveRole(e, label.substring("The ".length(), open).strip());
        return e;
    }

    /**
     * "Starmer: UK to lead air defence fund", "Zelensky: 'We need this before the frost'": a live page's headline of a
     * few words without a full stop, not a transcript's line.
     */
    private static boolean isHeadline(String rest) {
        String text = rest.strip().replaceAll("[\"'\u2018\u2019\u201C\u201D]+$", "");
        return !text.isEmpty() && text.split("\\s+").length <= 8 && ".?!:;,".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /**
     * The one person of the article whose role holds the label's words ("PRIME MINISTER:" when a minister of energy is
     * present too), or else its last word ("Spokesman for the Secretary-General"), or null.
     */
    private static Entity holderOf(EntityRegistry registry, String[] labelWords, String body) {
        Entity holder = labelWords.length > 1 ? holderOf(registry, String.join(" ", labelWords), body) : null;
        return holder != null ? holder : holderOf(registry, labelWords[labelWords.length - 1], body);
    }

    private static Entity holderOf(EntityRegistry registry, String roleWords, String body) {
        String wanted = " " + Folding.fold(roleWords) + " ";
        Entity found = null;
        for (Entity p : registry.persons()) {
            String role = p.role() == null ? "" : Folding.fold(p.role());
            int named = body.indexOf(p.name() + ", ");
            if (named >= 0) {
                // "the noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General": the apposition
                int from = named + p.name().length() + 2;
                role = role + " " + Folding.fold(body.substring(from, Math.min(body.length(), from + 40)));
            }
            if ((" " + String.join(" ", role.split("[ ,.]+")) + " ").contains(wanted)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Whether the line from {@code from} to {@code to} holds only a time ("00:03:41", "1:05"). */
    private static boolean isTimeStamp(String body, int from, int to) {
        String line = body.substring(from, to).strip();
        return !line.isEmpty() && Character.isDigit(line.charAt(0)) && line.length() <= 8 && line.matches("\\d{1,2}(?::\\d{2}){1,2}");
    }

    /** The rest of a labelled line, from {@code start}, as a direct statement of {@code speaker}. */
    private static FoundStatement lineStatement(String body, int from, int start, int to, QuotedRegions quotes,
                                                Entity speaker) {
        while (start < to && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end - start < 3 || quotes.isQuoted(start)) {
            return null;
        }
        return new FoundStatement(speaker, start, end, true, null, from, end);
    }
}
