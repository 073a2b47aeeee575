package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.EntityType;

/**
 * The author of an opinion piece: a minister's op-ed or guest commentary ("Opinion" / "By Espen Barth Eide" /
 * "Norway's minister of foreign affairs", or a closing "Radosław Sikorski is the foreign minister of Poland").
 * Its text is the author's writing, not a statement, but its "we will" and "I will" are pledges made for the
 * author's country (annotation guidelines, settled after round 7).
 */
public final class OpinionAuthor {
    /** What marks a body as an opinion piece: a label on its first lines, or the publisher's disclaimer. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:opinion|op-ed|comment|commentary|guest commentary|viewpoint)\\b.*");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)(?:the views expressed in this (?:article|commentary|piece)"
            + "|(?:is|reflects) the opinion of the author|the author's own|the author’s own|in a guest (?:commentary|column)"
            + "|writes in an op-ed)");
    /** A British standfirst that names the writer: "We will rebuild our stockpiles ..., writes the Defence Secretary". */
    private static final Pattern WRITES = Pattern.compile(",\\s+writes\\s+(?:the\\s+)?\\p{L}[\\p{L} .'-]{2,60}$");
    /** The note under a byline on who wrote the piece: "The author is Germany's Federal Minister for ...". */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("(?i)(?:the author|the writer) (?:is|was|serves as)\\b");
    /** How many opening lines may hold the label and the author's name. */
    private static final int HEAD_LINES = 4;

    private OpinionAuthor() {
    }

    /** The person who wrote the article as an opinion piece, or null when it is none (or names no author). */
    public static Entity find(String body, List<Mention> mentions, EntityRegistry registry) {
        String[] lines = body.split("\n", -1);
        boolean labelled = false;
        for (int k = 0; k < Math.min(HEAD_LINES, lines.length); k++) {
            labelled |= LABEL.matcher(lines[k].strip()).matches() && lines[k].strip().length() < 80
                    || WRITES.matcher(lines[k].strip()).find();
        }
        if (!labelled && !DISCLAIMER.matcher(body).find()) {
            Entity signatories = declaringBody(body, mentions);
            if (signatories != null || registry == null) {
                return signatories;
            }
            Entity speechGiver = speechGiver(lines, mentions);
            if (speechGiver != null) {
                return speechGiver;
            }
            Entity poster = postingOrganization(lines, registry);
            return poster != null ? poster : closingNoteOnTheWriter(body, lines, mentions, registry);
        }
        int offset = 0;
        for (int k = 0; k < Math.min(HEAD_LINES, lines.length); k++) {
            Entity person = bylinePerson(lines[k], offset, mentions);
            String byline = lines[k].strip().startsWith("By ") ? lines[k].strip().substring(3).strip() : null;
            if (person == null && registry != null && byline != null && k + 1 < lines.length) {
                // "By Reem Alabali Radovan | The author is Germany's Federal Minister for ...", "By Tan Wei Ming | Tan Wei
                // Ming is group chief executive of ...": the byline, read as page furniture and so naming nobody, names
                // the author the note under it describes
                String note = lines[k + 1].strip();
                if (AUTHOR_NOTE.matcher(note).lookingAt()) {
                    person = registry.person(byline, true);
                } else if (note.startsWith(byline + " ")) {
                    Mention named = personOpening(offset + lines[k].length() + 1 + lines[k + 1].indexOf(byline),
                            offset + lines[k].length() + 1 + lines[k + 1].length(), mentions);
                    person = named == null ? null : named.entity();
                }
            }
            if (person != null) {
                return withCountryNear(person, offset + lines[k].length(), mentions);
            }
            offset += lines[k].length() + 1;
        }
        // the closing note on the author: "Radosław Sikorski is the foreign minister of Poland"
        int lineStart = body.length();
        for (int k = lines.length - 1; k >= Math.max(0, lines.length - HEAD_LINES); k--) {
            lineStart -= lines[k].length() + (k < lines.length - 1 ? 1 : 0);
            String line = lines[k].strip().toLowerCase(Locale.ROOT);
            if (line.contains(" is ") || line.contains(" was ")) {
                Mention first = personOpening(lineStart, lineStart + lines[k].length(), mentions);
                if (first != null) {
                    return withCountryNear(first.entity(), lineStart, mentions);
                }
            }
        }
        return null;
    }

    /**
     * "1. We, the Leaders of the Group of Seven (G7), met in ...", "We, the Foreign Ministers of France, Germany and the
     * United Kingdom and the High Representative of the European Union, met in ...": a declaration names whom its "we"
     * speaks for, up to the first comma that a lower-case word follows (the verb, or "together with" that adds one more).
     */
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^\\s*(?:\\d+\\.\\s*)?We, the ([^\\n]{3,400}?),\\s+(?!together\\b)\\p{Ll}");

    /**
     * "CHAIRMAN'S STATEMENT OF THE 49TH ASEAN SUMMIT", "Joint Statement by the Prime Minister of Japan and the President
     * of the Republic of the Philippines", "Communiqué of the Royal Moroccan Football Federation": a document's title
     * line names who issues it, up to the subject it is "on".
     */
    private static final Pattern TITLED = Pattern.compile("(?i)\\A\\s*(?:chair(?:man|person|woman)?['’]s statement"
            + "|(?:joint |final )?(?:statement|communiqu[eé]|declaration)) (?:of|by|issued by) (?:the )?(.{3,200}?)"
            + "(?= on | at | in |\\n|$)");

    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\b(?:that|which|who|whose)\\b");

    /**
     * The signatories of a declaration or communiqué: the countries, organisations and groups its opening names, in
     * order ("We, the Heads of State and Government of Denmark, Estonia ..." are eight countries; "We, the Leaders of
     * the Group of Seven (G7)" the G7), or where it has no such opening, its title line ({@link #TITLED}). Their
     * unquoted "we will" pledges all of them. Empty when the text is no such document.
     */
    public static List<Entity> signatories(String body, List<Mention> mentions) {
        java.util.regex.Matcher declared = DECLARATION.matcher(body);
        if (!declared.find()) {
            declared = TITLED.matcher(body);
            if (!declared.find()) {
                return List.of();
            }
        }
        // ("We, the foreign ministers of six countries that share a border with Russia": a relative clause
        // describes the signatories, it names none of them)
        java.util.regex.Matcher relative = RELATIVE_CLAUSE.matcher(body).region(declared.start(1), declared.end(1));
        int end = relative.find() ? relative.start() : declared.end(1);
        java.util.LinkedHashSet<Entity> signatories = new java.util.LinkedHashSet<>();
        for (Mention m : mentions) {
            EntityType type = m.entity().type();
            if (m.start() >= declared.start(1) && m.start() < end
                    && (type == EntityType.COUNTRY || type == EntityType.ORGANIZATION || type == EntityType.GROUP)) {
                signatories.add(m.entity());
            }
        }
        return List.copyOf(signatories);
    }

    /** The first signatory of a declaration ({@link #signatories}), or null when the text is no declaration. */
    private static Entity declaringBody(String body, List<Mention> mentions) {
        List<Entity> signatories = signatories(body, mentions);
        return signatories.isEmpty() ? null : signatories.get(0);
    }

    /**
     * The title line of a speech's text: "Speech by Federal Chancellor Friedrich Merz at the opening of ...",
     * "Transcript: Keynote address by Ingrid Solberg, Chief Executive Officer, Nordhavn Shipping Group, at ...". Group 1
     * names who gives it, up to where and when.
     */
    private static final Pattern SPEECH_TITLE = Pattern.compile("(?i)^(?:transcript:\\s*)?(?:(?:keynote|opening|closing) )?"
            + "(?:speech|address|remarks)(?: as delivered| as prepared for delivery)? by (.{3,200}?)(?=,? at |,? to |,? on |,? before |$)");

    /**
     * The one who gives a speech whose text the article is, from its title line ({@link #SPEECH_TITLE}): the speech is
     * theirs as an opinion piece is its writer's, so its unquoted "we will" pledges for them (their company, else their
     * country); null when the text opens with no such title.
     */
    private static Entity speechGiver(String[] lines, List<Mention> mentions) {
        int offset = 0;
        for (int k = 0; k < Math.min(HEAD_LINES, lines.length); k++) {
            java.util.regex.Matcher title = SPEECH_TITLE.matcher(lines[k].strip());
            if (title.lookingAt()) {
                int lead = lines[k].indexOf(lines[k].strip());
                int from = offset + lead + title.start(1);
                int to = offset + lead + title.end(1);
                Entity giver = null;
                for (Mention m : mentions) {
                    if (m.start() < from || m.start() >= to) {
                        continue;
                    }
                    if (giver == null && m.entity().type() == EntityType.PERSON) {
                        giver = m.entity();
                    } else if (giver != null && m.entity().type() == EntityType.ORGANIZATION && giver.organization() == null
                            && giver.country() == null) {
                        // "Keynote address by Ingrid Solberg, Chief Executive Officer, Nordhavn Shipping Group": her company
                        giver.addOrganization(m.entity().id());
                    }
                }
                return giver == null ? null : withCountryNear(giver, to, mentions);
            }
            offset += lines[k].length() + 1;
        }
        return null;
    }

    /** The opening of the note an unlabelled opinion piece closes with: "The writer is prime minister of ...". */
    private static final Pattern THE_WRITER = Pattern.compile("^The (?:writer|author) is ");
    /** "I", "we", "our": the first person of a text written by its author, not reported by a journalist. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur)\\b");
    /** How many first-person words a body needs to read as its author's own writing. */
    private static final int FIRST_PERSON_WORDS = 8;
    /** The longest closing note on a writer: one or two sentences. */
    private static final int NOTE_LENGTH = 250;

    /**
     * The writer of an opinion piece that carries no label, from the note it closes with: "The writer is prime
     * minister of the United Kingdom" (the country or organisation the note names), "Ngozi Okonjo-Iweala is
     * Director-General of the World Trade Organization" (the person, when the story itself never names them). A
     * news story may end on a sentence of that shape ("Smith is the third minister to resign"); one written in the
     * first person throughout, whose subject appears nowhere but in its byline and its closing note, is the writer's.
     */
    private static Entity closingNoteOnTheWriter(String body, String[] lines, List<Mention> mentions,
                                                 EntityRegistry registry) {
        if (FIRST_PERSON.matcher(body).results().limit(FIRST_PERSON_WORDS).count() < FIRST_PERSON_WORDS) {
            return null;
        }
        int lineStart = body.length();
        for (int k = lines.length - 1; k >= Math.max(1, lines.length - 3); k--) {
            lineStart -= lines[k].length() + (k < lines.length - 1 ? 1 : 0);
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("(") || line.length() > NOTE_LENGTH) {
                continue;
            }
            if (THE_WRITER.matcher(line).lookingAt()) {
                Mention first = firstMentionIn(lineStart, lineStart + lines[k].length(), mentions);
                return first == null || first.entity().type() == EntityType.PERSON ? null : first.entity();
            }
            Mention writer = personOpening(lineStart, lineStart + lines[k].length(), mentions);
            if (writer != null && line.contains(" is ") && onlyInBylineOrNote(writer.entity(), body, lineStart, mentions)) {
                employerInNote(writer, body, lineStart + lines[k].length(), mentions, registry);
                return withCountryNear(writer.entity(), lineStart, mentions);
            }
        }
        return null;
    }

    /**
     * "Ingrid Halvorsen is chief executive of Nordvik Line": the organisation the note names after "of" is the
     * writer's employer (a two-word company's name, read as a person's until then, turns out to be one).
     */
    private static void employerInNote(Mention writer, String body, int noteEnd, List<Mention> mentions,
                                       EntityRegistry registry) {
        Entity person = writer.entity();
        if (person.organization() != null || person.country() != null) {
            return;
        }
        for (Mention m : mentions) {
            if (m.start() <= writer.start() || m.start() >= noteEnd) {
                continue;
            }
            boolean afterOf = body.startsWith("of ", m.start() - 3);
            if (m.entity().type() == EntityType.ORGANIZATION
                    || afterOf && m.entity() != person && registry.revealOrganization(m.entity())) {
                person.addOrganization(m.entity().id());
            }
            return;
        }
    }

    /** Whether the story never names {@code writer} between its opening lines and the note at {@code noteStart}. */
    private static boolean onlyInBylineOrNote(Entity writer, String body, int noteStart, List<Mention> mentions) {
        int headEnd = 0;
        for (int k = 0, line = 0; k < body.length() && line < 2; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                headEnd = k;
            }
        }
        for (Mention m : mentions) {
            if (m.entity() == writer && m.start() > headEnd && m.start() < noteStart) {
                return false;
            }
        }
        return true;
    }

    /** "By Lena Marsh, Chief Sustainability Officer, Halcyon Cloud | November 24, 2026": name, role, organisation. */
    private static final Pattern SIGNED_FOR = Pattern.compile(
            "By (\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){1,3}), [^,|]*\\p{Lu}[^,|]*, (\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,4})\\s*(?:\\||$)");

    /**
     * The organisation a byline signs for: a post on a company's or an agency's own site, whose unquoted "we will" is
     * the organisation's (the byline's words are page furniture, so the name is read from the line itself); else null.
     */
    private static Entity postingOrganization(String[] lines, EntityRegistry registry) {
        for (int k = 0; k < Math.min(HEAD_LINES, lines.length); k++) {
            java.util.regex.Matcher signed = SIGNED_FOR.matcher(lines[k].strip());
            if (!signed.lookingAt()) {
                continue;
            }
            String name = signed.group(2);
            Entity org = registry.knownOrganization(name);
            if (org == null) {
                Entity readAsPerson = registry.person(name, false);
                org = readAsPerson != null && registry.revealOrganization(readAsPerson) ? readAsPerson
                        : registry.namedOrganization(name, null);
            }
            return org;
        }
        return null;
    }

    /** The person a byline line names: "By Espen Barth Eide", or the name alone on its line. */
    private static Entity bylinePerson(String line, int lineStart, List<Mention> mentions) {
        String text = line.strip();
        String name = text.startsWith("By ") ? text.substring(3).strip() : text;
        if (name.isEmpty() || name.split(" ").length > 5 || !Character.isUpperCase(name.charAt(0)) || name.endsWith(".")) {
            return null;
        }
        Mention first = firstMentionIn(lineStart, lineStart + line.length(), mentions);
        if (first == null || first.entity().type() != EntityType.PERSON) {
            return null;
        }
        return first.entity();
    }

    /** Gives the author the country of the first country named on the line after {@code from}, when they have none. */
    private static Entity withCountryNear(Entity person, int from, List<Mention> mentions) {
        // (a company's chief who writes speaks for the company, wherever it operates)
        if (person.country() == null && person.organization() == null) {
            for (Mention m : mentions) {
                if (m.start() >= from && m.start() < from + 200 && m.entity().type() == EntityType.COUNTRY) {
                    person.addCountry(m.entity().id());
                    break;
                }
            }
        }
        return person;
    }

    /** The line's first mention when it is a person's, at the line's start (a closing note on the writer), or null. */
    private static Mention personOpening(int lineStart, int lineEnd, List<Mention> mentions) {
        Mention first = firstMentionIn(lineStart, lineEnd, mentions);
        return first != null && first.entity().type() == EntityType.PERSON && first.start() - lineStart < 3 ? first : null;
    }

    private static Mention firstMentionIn(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.start() < to) {
                return m;
            }
        }
        return null;
    }
}
