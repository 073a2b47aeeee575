package org.pledgewatch.extractor.entities;

import java.util.List;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.text.Folding;

/**
 * Someone or something an article talks about, after its mentions are merged: one object per
 * person, country, organisation or group in one article. Mutable while the article is read
 * (a later mention may add a role); never shared between articles.
 */
public final class Entity {
    private final String id;
    private String name;
    private EntityType type;
    private String role;
    private String country;
    private String organization;
    private List<String> nameWords;
    private boolean female;
    private boolean male;
    private boolean calledBySurname;
    private Entity bodyOf;

    public Entity(String id, String name, EntityType type) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.nameWords = words(name);
    }

    /** The folded words of a name, cut at white space and hyphens: "Jean-Noël Barrot" is "jean", "noel", "barrot". */
    static List<String> words(String name) {
        String folded = Folding.fold(name);
        // the words between runs of white space and hyphens, as split("[\\s-]+") cuts them, cut by hand: asked of every
        // name read, where a matcher per name showed in profiles
        return hasWordSeparator(folded) ? splitAtSeparators(folded) : List.of(folded);
    }

    /** Whether {@code s} holds a white space (as the regex class {@code \\s} reads it) or a hyphen. */
    private static boolean hasWordSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isWordSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordSeparator(char c) {
        return c == '-' || org.pledgewatch.extractor.text.Words.isRegexSpace(c);
    }

    /**
     * {@code s.split("[\\s-]+")} for a string with at least one separator in it: the pieces between
     * runs of separators, an empty one first when {@code s} opens with a separator, trailing empty ones left out.
     */
    private static List<String> splitAtSeparators(String s) {
        List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isWordSeparator(s.charAt(i))) {
                i++;
                continue;
            }
            pieces.add(s.substring(start, i));
            while (i < s.length() && isWordSeparator(s.charAt(i))) {
                i++;
            }
            start = i;
        }
        pieces.add(s.substring(start));
        while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isEmpty()) {
            pieces.remove(pieces.size() - 1);
        }
        return List.copyOf(pieces);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * A run of capitalised words is read as a person's name until the text shows otherwise: "Hyundai
     * Rotem said it would ...", "..., the company said" make it an organisation.
     */
    void becomeOrganization() {
        if (type == EntityType.PERSON) {
            type = EntityType.ORGANIZATION;
        }
    }

    public EntityType type() {
        return type;
    }

    public String role() {
        return role;
    }

    /** Alpha-3 code of the country this entity is, or belongs to, or null. */
    public String country() {
        return country;
    }

    /** Id of the organisation a person speaks for (e.g. "nato"), or null. */
    public String organization() {
        return organization;
    }

    /**
     * The country or organisation whose own body this organisation is ("Egypt's Suez Canal Authority"), which speaks
     * and pledges through it; or null.
     */
    public Entity bodyOf() {
        return bodyOf;
    }

    void markBodyOf(Entity owner) {
        if (owner != this) {
            bodyOf = owner;
        }
    }

    /** True when the name or a title (Ms, Mrs) says this person is a woman; false when unknown. */
    public boolean female() {
        return female;
    }

    void markFemale() {
        this.female = true;
    }

    /** True when the name or a title (Mr, Sir) says this person is a man; false when unknown. */
    public boolean male() {
        return male && !female;
    }

    void markMale() {
        this.male = true;
    }

    /** Whether the article has already called this person by surname alone ("Gates wrote", after "Bill Gates"). */
    boolean calledBySurname() {
        return calledBySurname;
    }

    void markCalledBySurname() {
        this.calledBySurname = true;
    }

    List<String> nameWords() {
        return nameWords;
    }

    void rename(String fullName) {
        this.name = fullName;
        this.nameWords = words(fullName);
    }

    /** The office an apposition gives a person known so far only by a style ("Prince", "Sheikh"). */
    void giveOffice(String office) {
        this.role = office;
    }

    /** The role is an office held before ("former Deputy President"). */
    void markFormer() {
        if (role != null && !role.startsWith("former ")) {
            this.role = "former " + role;
        }
    }

    void addRole(String role) {
        if (this.role == null && role != null) {
            this.role = role;
        }
    }

    void addCountry(String country) {
        if (this.country == null && country != null) {
            this.country = country;
        }
    }

    /** The country a well-known namesake's entry gave, which the article's own office contradicts. */
    void forgetCountry() {
        this.country = null;
    }

    void addOrganization(String org) {
        if (this.organization == null && org != null) {
            this.organization = org;
        }
    }

    @Override
    public String toString() {
        return type + ":" + name + (role != null ? " (" + role + ")" : "") + (country != null ? " [" + country + "]" : "");
    }
}
