package org.pledgewatch.extractor.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.extractor.Actor;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.Evidence;
import org.pledgewatch.extractor.Speaker;
import org.pledgewatch.extractor.Statement;
import org.pledgewatch.extractor.commitments.FoundCommitment;
import org.pledgewatch.extractor.entities.Entity;
import org.pledgewatch.extractor.entities.UnlistedStateBodies;
import org.pledgewatch.extractor.quotes.FoundStatement;

/** Turns the article's entities and findings into the API records the services read. */
final class RecordMapper {
    private RecordMapper() {
    }

    /**
     * Who speaks. A national institution (the State Department, a ministry) speaks for its country, as
     * the guidelines name it; the institution is kept as the role. So does a ministry or department the gazetteer does
     * not list, known by its name's shape ("the Ministry of Housing, Communities and Local Government said"; see
     * {@link UnlistedStateBodies#speaksForItsState}).
     */
    static Speaker speaker(Entity e, CountryNames names) {
        if (e == null) {
            return null;
        }
        if (e.bodyOf() != null) {
            // "Egypt's Suez Canal Authority said": the owner speaks, the body is kept as the role
            Speaker owner = speaker(e.bodyOf(), names);
            return new Speaker(owner.id(), owner.name(), owner.type(), e.name(), owner.country());
        }
        if (e.type() == EntityType.ORGANIZATION && e.country() != null
                && (names.isStateBody(e.id()) || names.isUnlistedStateBody(e.id()) && UnlistedStateBodies.speaksForItsState(e.id()))) {
            return new Speaker(e.country(), names.name(e.country()), EntityType.COUNTRY, e.name(), e.country());
        }
        return new Speaker(e.id(), e.name(), e.type(), e.role(), e.type() == EntityType.COUNTRY ? e.id() : e.country());
    }

    /** A person acts for their country (or organisation): "Starmer pledged" commits the United Kingdom. */
    static Actor actor(Entity e, CountryNames names) {
        if (e == null) {
            return null;
        }
        if (e.bodyOf() != null) {
            return actor(e.bodyOf(), names);
        }
        return switch (e.type()) {
            case COUNTRY -> new Actor(e.id(), e.name(), EntityType.COUNTRY, e.id());
            case PERSON -> {
                if (e.country() != null) {
                    yield new Actor(e.country(), names.name(e.country()), EntityType.COUNTRY, e.country());
                }
                if (e.organization() != null) {
                    yield new Actor(e.organization(), names.organizationName(e.organization()), EntityType.ORGANIZATION, null);
                }
                yield new Actor(e.id(), e.name(), EntityType.PERSON, null);
            }
            default -> {
                if (e.type() == EntityType.ORGANIZATION && e.country() != null
                        && (names.isStateBody(e.id()) || names.isNationalForce(e.id()) || names.isUnlistedStateBody(e.id()))) {
                    // the Bundestag, the Pentagon, the Swedish Air Force, "the National Drought Management Authority":
                    // a state body commits its country
                    yield new Actor(e.country(), names.name(e.country()), EntityType.COUNTRY, e.country());
                }
                yield new Actor(e.id(), e.name(), e.type(), e.country());
            }
        };
    }

    static Statement statement(String body, FoundStatement s, CountryNames names) {
        return new Statement(speaker(s.speaker(), names), body.substring(s.quoteStart(), s.quoteEnd()), s.quoteStart(),
                s.quoteEnd(), s.direct(), s.verb(), Evidence.of(body, s.evidenceStart(), s.evidenceEnd()));
    }

    static Commitment commitment(String body, FoundCommitment c, CountryNames names) {
        List<Actor> actors = new ArrayList<>();
        for (Entity e : c.actors()) {
            Actor a = actor(e, names);
            if (actors.stream().noneMatch(x -> x.id().equals(a.id()))) {
                actors.add(a);
            }
        }
        return new Commitment(actors, speaker(c.speaker(), names), c.action(), actor(c.beneficiary(), names), c.conditions(),
                c.modality(), c.category(), c.amounts(), c.timeFrame(), Evidence.of(body, c.evidenceStart(), c.evidenceEnd()));
    }

    /** Names for ids, from the gazetteer. */
    interface CountryNames {
        String name(String alpha3);

        String organizationName(String id);

        /** True for a national institution of the gazetteer (a parliament, a ministry, an agency of one state). */
        boolean isStateBody(String id);

        /** True for a state body the gazetteer does not list, known by its name's shape ("ministry-of-health"). */
        boolean isUnlistedStateBody(String id);

        /** True for a state's armed forces named after it, not listed in the gazetteer ("swedish-air-force"). */
        boolean isNationalForce(String id);
    }
}
