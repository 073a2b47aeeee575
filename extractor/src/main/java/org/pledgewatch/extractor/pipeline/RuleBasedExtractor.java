package org.pledgewatch.extractor.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Commitment;
import org.pledgewatch.extractor.Extraction;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Statement;
import org.pledgewatch.extractor.commitments.ActionPhrase;
import org.pledgewatch.extractor.commitments.CategoryClassifier;
import org.pledgewatch.extractor.commitments.CommitmentFinder;
import org.pledgewatch.extractor.commitments.ConditionFinder;
import org.pledgewatch.extractor.commitments.CueLexicon;
import org.pledgewatch.extractor.commitments.FoundCommitment;
import org.pledgewatch.extractor.commitments.PartyPledges;
import org.pledgewatch.extractor.commitments.SpeakersPledgeJudge;
import org.pledgewatch.extractor.commitments.SpeakersPledgeModel;
import org.pledgewatch.extractor.entities.EntityRegistry;
import org.pledgewatch.extractor.entities.Gazetteer;
import org.pledgewatch.extractor.entities.GazetteerEntry;
import org.pledgewatch.extractor.entities.Mention;
import org.pledgewatch.extractor.entities.MentionFinder;
import org.pledgewatch.extractor.entities.UnlistedStateBodies;
import org.pledgewatch.extractor.nlp.AnalyzedText;
import org.pledgewatch.extractor.nlp.EnglishModels;
import org.pledgewatch.extractor.nlp.TextAnalyzer;
import org.pledgewatch.extractor.quotes.FoundStatement;
import org.pledgewatch.extractor.quotes.Interviewers;
import org.pledgewatch.extractor.quotes.QuoteScanner;
import org.pledgewatch.extractor.quotes.QuotedRegions;
import org.pledgewatch.extractor.quotes.SpeakerResolver;
import org.pledgewatch.extractor.quotes.StatementFinder;
import org.pledgewatch.extractor.text.LinkLeftovers;
import org.pledgewatch.extractor.text.PageFurniture;

/**
 * The extraction pipeline: OpenNLP sentences and tokens, quotation marks, entity mentions and
 * their coreference, statements, then commitments. Everything heavy (models, gazetteers, lexicons)
 * is built once in the constructor and only read afterwards; each call keeps its state in locals,
 * so one instance serves any number of threads.
 */
public final class RuleBasedExtractor implements Extractor {
    /** Ids of armed forces named after their country: "swedish-air-force", "royal-new-zealand-navy". */
    private static final java.util.regex.Pattern NATIONAL_FORCES = java.util.regex.Pattern.compile(
            "(?:royal-)?[a-z]+(?:-[a-z]+)?-(?:navy|air-force|armed-forces|defen[cs]e-forces?|coast-guard|army|marine-corps)");
    private static final java.util.regex.Pattern FACTIONS = java.util.regex.Pattern.compile(
            "national-army|liberation|democratic|alliance|revolutionary|free-|people");

    public static final String VERSION = "rules-1.78.10";

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final QuoteScanner quoteScanner = new QuoteScanner();
    private final MentionFinder mentionFinder;
    private final StatementFinder statementFinder;
    private final CommitmentFinder commitmentFinder;
    private final RecordMapper.CountryNames names;

    public RuleBasedExtractor() {
        // (the arguments are evaluated in order: the models start loading before the judge's model is read here)
        this(startLoadingModels(), SpeakersPledgeModel.load());
    }

    /** An extractor whose open clauses in a speaker's words are decided by {@code speakersPledges}. */
    public RuleBasedExtractor(SpeakersPledgeJudge speakersPledges) {
        this(startLoadingModels(), speakersPledges);
    }

    private RuleBasedExtractor(FutureTask<TextAnalyzer> analyzerLoad, SpeakersPledgeJudge speakersPledges) {
        this.gazetteer = Gazetteer.load();
        this.mentionFinder = new MentionFinder(gazetteer);
        this.statementFinder = new StatementFinder(gazetteer);
        this.commitmentFinder = new CommitmentFinder(CueLexicon.load(), ConditionFinder.load(),
                CategoryClassifier.load(), gazetteer, new ActionPhrase(), speakersPledges);
        this.analyzer = loaded(analyzerLoad);
        this.names = new RecordMapper.CountryNames() {
            @Override
            public String name(String alpha3) {
                GazetteerEntry c = gazetteer.country(alpha3);
                return c == null ? alpha3 : c.name();
            }

            @Override
            public String organizationName(String id) {
                GazetteerEntry o = gazetteer.organization(id);
                return o == null ? id : o.name();
            }

            @Override
            public boolean isStateBody(String id) {
                GazetteerEntry o = gazetteer.organization(id);
                return o != null && o.country() != null;
            }

            @Override
            public boolean isUnlistedStateBody(String id) {
                return gazetteer.organization(id) == null && UnlistedStateBodies.isStateBodyId(id);
            }

            @Override
            public boolean isNationalForce(String id) {
                // "the Swedish Air Force will train pilots", "The Australian Defence Force will take recruits": a
                // state's armed forces act for it, as annotators write their pledges (their words keep their own
                // name as speaker); "the Libyan National Army" is a faction
                return gazetteer.organization(id) == null && NATIONAL_FORCES.matcher(id).matches() && !FACTIONS.matcher(id).find();
            }
        };
    }

    /**
     * The OpenNLP models and the tools built from them (about half the load's CPU), read on a thread of their own while
     * the constructor's thread reads the gazetteer and the lexicons: the two share nothing (the nlp classes use only the
     * word lists of {@code text}), and the services run on two cores, so the load takes about the longer of the two
     * instead of their sum.
     */
    private static FutureTask<TextAnalyzer> startLoadingModels() {
        FutureTask<TextAnalyzer> analyzerLoad = new FutureTask<>(() -> new TextAnalyzer(EnglishModels.load()));
        Thread modelLoader = new Thread(analyzerLoad, "extractor-models");
        modelLoader.setDaemon(true);
        modelLoader.start();
        return analyzerLoad;
    }

    /** What {@code load} made, once it is done; its failure as this thread's. */
    private static <T> T loaded(FutureTask<T> load) {
        try {
            return load.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the extractor", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the extractor", e);
        }
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Extraction extract(ArticleText article) {
        String body = article.body();
        // read without the links' leftovers; offsets are the body's, so quotes and evidence are cut from the body
        String readable = LinkLeftovers.blank(body);
        AnalyzedText text = analyzer.analyze(readable);
        QuotedRegions quotes = new QuotedRegions(quoteScanner.scan(readable));
        EntityRegistry registry = new EntityRegistry(gazetteer);
        PageFurniture furniture = PageFurniture.of(body);
        List<Mention> mentions = new ArrayList<>(mentionFinder.find(text, quotes, registry, furniture::inTitleCaseHeadline));
        // the writers of the story are nobody's "she said", and "FILE PHOTO:" is nobody at all
        mentions.removeIf(m -> furniture.isByline(m.start()) || furniture.isCaptionLabel(m.start()));
        SpeakerResolver speakers = new SpeakerResolver(text, mentions, registry);
        // who asks the questions in a transcript, worked out once for the statements and the commitments
        Interviewers interviewers = Interviewers.of(body);
        List<FoundStatement> found = new ArrayList<>(statementFinder.find(text, quotes, speakers, registry, interviewers));
        List<FoundCommitment> pledges = new ArrayList<>(commitmentFinder.find(text, quotes, speakers, registry, found, interviewers));
        // captions, links to other stories and credits: nothing in them was said or pledged in this article
        found.removeIf(s -> furniture.covers(s.quoteStart()));
        pledges.removeIf(c -> furniture.covers(c.evidenceStart()));
        // a party's promise binds no state until the party governs (guidelines, "Actors")
        pledges.removeIf(c -> PartyPledges.allParties(c.actors(), body));

        List<Statement> statements = new ArrayList<>(found.size());
        for (FoundStatement s : found) {
            statements.add(RecordMapper.statement(body, s, names));
        }
        List<Commitment> commitments = new ArrayList<>(pledges.size());
        for (FoundCommitment c : pledges) {
            commitments.add(RecordMapper.commitment(body, c, names));
        }
        return new Extraction(statements, oncePerSide(commitments));
    }

    /**
     * The commitments without a second one of the same side, the same modality and the same evidence ("He rejected the
     * demand ..., saying the country would never accept zero enrichment": one refusal of Iran's, read twice, once as
     * its spokesman's act and once as his words): annotators record a side's second pledge in one sentence as optional
     * at most (GoldConsistencyTest), so it would only be counted against. Of two such, the one with more conditions
     * stays. Sides are compared as they are published, a person's pledge as their country's. (Dropping the second of
     * another modality too was tried in round 65: 32 wrong commitments fewer on the tuned batches, but 26 modalities
     * broken, the first reading not always the right one.)
     */
    private static List<Commitment> oncePerSide(List<Commitment> commitments) {
        List<Commitment> kept = new ArrayList<>(commitments.size());
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Commitment c : commitments) {
            // (the evidence's start: one reading may end it before a closing mark, the other after)
            StringBuilder key = new StringBuilder().append(c.evidence().start()).append(':').append(c.modality());
            c.actors().forEach(a -> key.append(':').append(a.id()));
            Integer at = seen.putIfAbsent(key.toString(), kept.size());
            if (at == null) {
                kept.add(c);
            } else if (c.conditions().size() > kept.get(at).conditions().size()) {
                kept.set(at, c);
            }
        }
        return kept;
    }
}
