package org.pledgewatch.extractor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines a scraped news page carries around the article itself: links to other stories ("Related: ...",
 * "Read more: ..."), newsletter prompts, "Advertisement", photo captions ("... REUTERS/Name", "(AP Photo/...)"),
 * bylines ("By Jane Doe and John Roe") and credits ("Reporting by ...; Editing by ..."). Their words are
 * not what anyone said or promised in this article: a headline of another story that says "minister vows
 * to ..." is no pledge here, nor is this story's own headline when the page left it at the top of the body.
 * Names in them still count (a caption may be the only full mention of a person), except a byline's: the writers
 * of the story are never its speakers.
 */
public final class PageFurniture {
    private static final Pattern LEAD = Pattern.compile("^(?:related|read more|read also|also read|see also|"
            + "more on this|watch|listen|recommended|sign up|subscribe|advertisement|skip advertisement|"
            + "reporting by|editing by|writing by|additional reporting|compiled by|-*with assistance from|"
            + "photo|image|file photo|caption|read:)\\b.*", Pattern.CASE_INSENSITIVE);
    /** The heading of a release's paragraph about its issuer (or a column's about its writer): "About the IFRC". */
    private static final Pattern ABOUT = Pattern.compile("About (?:the )?\\p{Lu}[^.!?:;,]*");
    /** Newsletter prompts anywhere in a short line: "Devex Newswire: Sign up to get the latest ...". */
    private static final Pattern PROMPT = Pattern.compile("(?i).{0,60}\\b(?:sign up (?:to|for|here)|subscribe to)\\b.*");
    private static final Pattern CAPTION = Pattern.compile(".*(?:REUTERS/|\\(AP Photo|AP Photo/|via Getty|Getty Images|"
            + "/AFP\\b|\\(Photo:|Photo by ).*");
    /**
     * "By Jane Doe and John Roe", "by Caroline Brandt - 12/01/26 2:47 PM ET", "By LISA MARTINEZ and DAVID OKAFOR
     * Associated Press": the writers, then perhaps a date or an outlet (nothing in lower case: "By Tuesday,
     * officials said" is a sentence).
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:By|by|BY) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}"
            + "(?:(?:,| and) [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3})*(?:\\s*[-\u2013\u2014|\u2022\u00B7]?\\s*[^a-z]*)?$");

    /** A photographer's credit: "Photograph: Leon Neal/Getty Images", "Jane Roe/AFP", "REUTERS/Evelyn Hockstein". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:Photograph|Photo|Picture)\\s*:\\s*.*$"
            + "|\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}\\s*/\\s*(?:Getty Images|AFP|Reuters|REUTERS|AP|EPA|PA|Bloomberg)\\b"
            + "|(?:REUTERS|AP Photo)/\\s*\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,3}");

    /** The label a caption opens with: "FILE PHOTO:", "Photo -", "IMAGE:". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)(?:file photo|photo|image|caption)(?=\\s*[:\u2013\u2014-])");

    private final List<int[]> lines;
    private final List<int[]> bylines;
    private final List<int[]> titleCaseHeadlines;
    private final List<int[]> captionLabels;

    private PageFurniture(List<int[]> lines, List<int[]> bylines, List<int[]> titleCaseHeadlines, List<int[]> captionLabels) {
        this.lines = lines;
        this.bylines = bylines;
        this.titleCaseHeadlines = titleCaseHeadlines;
        this.captionLabels = captionLabels;
    }

    /** The furniture lines of a body, as [start, end) offsets. */
    public static PageFurniture of(String body) {
        List<int[]> found = new ArrayList<>();
        List<int[]> bylines = new ArrayList<>();
        List<int[]> titleCase = new ArrayList<>();
        List<int[]> captionLabels = new ArrayList<>();
        int lastText = body.length() - 1;
        while (lastText >= 0 && Character.isWhitespace(body.charAt(lastText))) {
            // the last character that is not blank: what follows a line is blank when that line ends after it
            lastText--;
        }
        int start = 0;
        boolean first = true;
        boolean afterHeadline = false;
        boolean afterTimestamp = false;
        boolean afterColon = false;
        boolean inDonorList = false;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(start, end).strip();
            // (these patterns are tried on every line of every article: each only on a line that opens as it must)
            boolean byline = mayBeByline(line) && BYLINE.matcher(line).matches();
            if (byline) {
                bylines.add(new int[] {start, end});
            }
            java.util.regex.Matcher label = mayOpenCaptionLabel(line) ? CAPTION_LABEL.matcher(line) : null;
            boolean labelled = label != null && label.lookingAt();
            boolean caption = mayBeCaption(line);
            int at = labelled || caption ? body.indexOf(line, start) : -1;
            if (labelled) {
                captionLabels.add(new int[] {at, at + label.end()});
            }
            if (caption) {
                // "Photograph: Leon Neal/Getty Images", "REUTERS/Evelyn Hockstein": the photographer is nobody in the
                // story, and no "she said" after the caption means them
                java.util.regex.Matcher credit = PHOTO_CREDIT.matcher(line);
                while (credit.find()) {
                    captionLabels.add(new int[] {at + credit.start(), at + credit.end()});
                }
            }
            // (a headline has text after it; so does a standfirst, the headline's second line: "Software group agrees to
            // buy 12mn tonnes of credits from Louisiana direct air capture project")
            boolean headline = (first || afterHeadline && isStandfirst(line)) && !line.isEmpty() && isHeadline(line)
                    && end <= lastText;
            // (a "Donor: gift" line under one that ends in a colon is an item of what that line announces, as are the
            // like lines after it: "The following contributions were announced:" then "Belgium: two minehunters for
            // Black Sea demining operations"; not "Key developments:" then "Germany to deliver two more Patriot systems")
            boolean listed = !line.isEmpty() && (afterColon || inDonorList) && opensWithDonorLabel(line);
            boolean sectionHeadline = !first && !line.isEmpty() && !listed && (isSectionHeadline(line)
                    || afterTimestamp && isEntryHeadline(line)) && end <= lastText;
            if (!line.isEmpty() && (byline || isLinkCaptionOrPrompt(line) || headline || sectionHeadline)) {
                found.add(new int[] {start, end});
            }
            if (!first && line.startsWith("About ") && ABOUT.matcher(line).matches() && words(line) <= 8 && end <= lastText) {
                // "About Solenne Renewables": a release's boilerplate runs from here to the end ("The company is
                // committed to powering Southeast Asia's growth", "undertakes no obligation to update"); annotators
                // recorded nothing under it in 53 bodies of the tuned batches, except 5 optional pledges
                found.add(new int[] {start, body.length()});
            }
            if (headline && isTitleCase(line)) {
                titleCase.add(new int[] {start, end});
            }
            afterHeadline = first && headline || afterHeadline && line.isEmpty();
            afterTimestamp = mayBeTimestamp(line) && TIMESTAMP.matcher(line).matches() || afterTimestamp && line.isEmpty();
            if (!line.isEmpty()) {
                inDonorList = listed;
                afterColon = line.endsWith(":");
            }
            first &= line.isEmpty();
            start = end + 1;
        }
        return new PageFurniture(found, bylines, titleCase, captionLabels);
    }

    /**
     * "Qatar says it will fund fuel for Gaza hospitals as winter aid lags": a scraped page's headline, left at
     * the top of the body. It has no full stop, and it restates the story's lead in headline grammar, which
     * is no one's statement. (Among the test batches' 30 bodies that open with a headline, annotators
     * recorded two as commitments: press releases whose title was their pledge.)
     */
    static boolean isHeadline(String line) {
        char last = line.charAt(line.length() - 1);
        int words = words(line);
        return words >= 4 && words <= 25 && ".!?\"\u201D\u2019):;".indexOf(last) < 0;
    }

    /** A headline's second line long enough to summarise the story, not a transcript's title or a speaker's name. */
    private static boolean isStandfirst(String line) {
        return words(line) >= 11 && line.indexOf(':') < 0;
    }

    /**
     * "Kremlin rejects foreign force", "Starmer: UK will lead Black Sea mission", "11.02 AEDT Ley confirms Coalition
     * will scrap net zero": inside a live page or a newsletter, an entry's headline of a few words with no full stop
     * restates the entry that follows it. (Annotators recorded none of the 25 such lines of the tuned batches that the
     * extractor read as a statement or a pledge, except as optional.) A list entry of a pledging table ("• Germany:
     * €125 million", "Canada: CAD 45 million") is no headline: it is the pledge.
     */
    static boolean isSectionHeadline(String line) {
        if (".!?\"\u201D\u2019'):;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int words = words(line);
        return words >= 3 && words <= 10 && !LIST_ENTRY.matcher(line).matches();
    }

    /** A live page's time stamp on a line of its own: "Posted at 12:02", "12:02 GMT", "14.30". */
    private static final Pattern TIMESTAMP = Pattern.compile("(?:Posted at |Updated at )?\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|[A-Z]{2,4}))?");

    /**
     * "Starmer: UK to send further £150m of air defence to Ukraine", "Badenoch: 'Yes or no, Prime Minister?'": the line
     * after a live page's time stamp is its entry's headline, a little longer than other section headlines and often a
     * speaker's words cut short; the entry under it says it in full (annotators recorded none of the six of the tuned
     * batches).
     */
    private static boolean isEntryHeadline(String line) {
        int words = words(line);
        return words >= 2 && words <= 16 && line.charAt(line.length() - 1) != '.' && !LIST_ENTRY.matcher(line).matches();
    }

    private static final Pattern DONOR_LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*| of| the| and){0,4}: ");

    /** Whether a line opens with a donor's name of one to four words and a colon: "Belgium: two minehunters ...". */
    public static boolean opensWithDonorLabel(String line) {
        return DONOR_LABEL.matcher(line).lookingAt();
    }

    /** The number of words of a stripped line, as {@code line.split("\\s+").length} counts them, without the split. */
    static int words(String line) {
        int words = 1;
        for (int i = 1; i < line.length(); i++) {
            if (Words.isRegexSpace(line.charAt(i)) && !Words.isRegexSpace(line.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    /**
     * A line of a list: a bullet or dash, or a label and a colon before an amount (not a live page's time, "11:20 GMT –
     * US ready to help").
     */
    private static final Pattern LIST_ENTRY = Pattern.compile("^(?!\\d{1,2}:\\d{2}\\b)(?:[\u2022\u00B7*\u2013\u2014-]|[^:]{1,60}:\\s*(?:[$\u20AC\u00A3\u00A5]|[A-Z]{2,3}\\$?\\s?\\d|\\d)).*"
            // or a line that runs on into the next with "; and" ("publish a revised risk assessment by 30 January 2027;
            // and"), as the items of a list in a regulator's release do
            + "|.*;\\s*(?:and|or)");

    /**
     * "BioNTech Delays Kigali mRNA Production as African Vaccine Makers Wait for Orders": a headline in title case,
     * where capitals mark no names (nearly all words of four letters or more are capitalised, not just the names
     * of "Press conference by NATO Secretary General Mark Rutte ahead of the meetings").
     */
    static boolean isTitleCase(String line) {
        int longWords = 0;
        int capitalised = 0;
        for (String word : line.split("\\s+")) {
            if (word.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                } else if (word.chars().allMatch(Character::isLowerCase) && !TITLE_CASE_LOWER.contains(word)) {
                    // "Press briefing of Transportation Secretary Vince Dizon on the Metro Manila Subway and NAIA
                    // rehabilitation, Department of Transportation": a word of content in lower case is sentence case,
                    // however many names it holds
                    return false;
                }
            }
        }
        return longWords >= 3 && capitalised * 20 >= longWords * 17;
    }

    /** Words of four letters or more that some title-case styles leave in lower case. */
    private static final java.util.Set<String> TITLE_CASE_LOWER = java.util.Set.of("with", "from", "into", "over", "after",
            "about", "than", "amid", "upon", "onto", "near", "that", "when", "while", "without");

    /** A link to another story, a caption, a credit or a newsletter prompt (bylines are told apart, see {@link #isByline}). */
    private static boolean isLinkCaptionOrPrompt(String line) {
        // (each pattern runs only on a line holding its literal words: scanning every paragraph with them took a twentieth
        // of the extraction time)
        return LEAD.matcher(line).matches() || mayBeCaption(line) && CAPTION.matcher(line).matches()
                || (line.length() < 160 && mayBePrompt(line) && PROMPT.matcher(line).matches());
    }

    /** "By ", "by " or "BY ", with which every {@link #BYLINE} opens. */
    private static boolean mayBeByline(String line) {
        return line.startsWith("By ") || line.startsWith("by ") || line.startsWith("BY ");
    }

    /** The first letter of a {@link #CAPTION_LABEL} ("file photo", "photo", "image", "caption"), in either case. */
    private static boolean mayOpenCaptionLabel(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c == 'f' || c == 'F' || c == 'p' || c == 'P' || c == 'i' || c == 'I' || c == 'c' || c == 'C';
    }

    /** A digit, or the "P" of "Posted at" or the "U" of "Updated at", with which every {@link #TIMESTAMP} opens. */
    private static boolean mayBeTimestamp(String line) {
        return !line.isEmpty() && (line.charAt(0) >= '0' && line.charAt(0) <= '9' || line.charAt(0) == 'P'
                || line.charAt(0) == 'U');
    }

    /** A word that every {@link #CAPTION} holds. */
    private static boolean mayBeCaption(String line) {
        return line.contains("REUTERS/") || line.contains("Photo") || line.contains("Getty") || line.contains("/AFP");
    }

    /** The words that every {@link #PROMPT} holds, in any case. */
    private static boolean mayBePrompt(String line) {
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("sign up") || lower.contains("subscribe to");
    }

    /** True when the character at {@code offset} lies on a furniture line. */
    public boolean covers(int offset) {
        return within(lines, offset);
    }

    /** True when the character at {@code offset} lies on a byline: the writers of the story, never its speakers. */
    public boolean isByline(int offset) {
        return within(bylines, offset);
    }

    /**
     * True on the label a caption opens with ("FILE PHOTO:"), which names no one, though capitals may suggest it, and
     * on a photographer's credit ("Photograph: Leon Neal/Getty Images"), which names no one in the story.
     */
    public boolean isCaptionLabel(int offset) {
        return within(captionLabels, offset);
    }

    /** True on a title-case headline left at the top of the body: its capitals name no one. */
    public boolean inTitleCaseHeadline(int offset) {
        return within(titleCaseHeadlines, offset);
    }

    private static boolean within(List<int[]> spans, int offset) {
        for (int[] l : spans) {
            if (offset >= l[0] && offset < l[1]) {
                return true;
            }
        }
        return false;
    }
}
