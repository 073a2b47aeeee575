package org.pledgewatch.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.Amount;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;

/**
 * Deterministic, varied events as the extraction service would write them: many actors, beneficiaries,
 * modalities, categories, dates over two years and texts from a vocabulary, so that filters and full-text
 * search select realistic fractions of the read model.
 */
final class SyntheticNews {

    /** The events of one article, in the order the extraction service writes them. */
    record ArticleEvents(ArticleReceived article, List<StatementExtracted> statements,
                         List<CommitmentExtracted> commitments, ArticleProcessed outcome) {
    }

    private static final String[][] COUNTRIES = {
            {"GBR", "United Kingdom"}, {"FRA", "France"}, {"DEU", "Germany"}, {"USA", "United States"},
            {"ITA", "Italy"}, {"ESP", "Spain"}, {"POL", "Poland"}, {"NLD", "Netherlands"}, {"CAN", "Canada"},
            {"JPN", "Japan"}, {"AUS", "Australia"}, {"TUR", "Türkiye"}, {"SWE", "Sweden"}, {"NOR", "Norway"},
            {"DNK", "Denmark"}, {"FIN", "Finland"}, {"BEL", "Belgium"}, {"CZE", "Czechia"}, {"EST", "Estonia"},
            {"LTU", "Lithuania"}, {"LVA", "Latvia"}, {"ROU", "Romania"}, {"PRT", "Portugal"}, {"GRC", "Greece"},
            {"AUT", "Austria"}, {"IRL", "Ireland"}, {"KOR", "South Korea"}, {"BRA", "Brazil"}, {"IND", "India"},
            {"CHN", "China"}};
    private static final String[][] BENEFICIARIES = {
            {"UKR", "Ukraine"}, {"MDA", "Moldova"}, {"PSE", "Palestine"}, {"SDN", "Sudan"}, {"HTI", "Haiti"},
            {"BGD", "Bangladesh"}, {"KEN", "Kenya"}, {"JOR", "Jordan"}};
    private static final String[] MODALITIES = {"FIRM", "FIRM", "FIRM", "CONDITIONAL", "CONDITIONAL", "HEDGED", "NEGATED"};
    private static final String[][] ACTIONS = {
            {"MILITARY", "deploy troops", "send air defence systems", "train pilots", "deliver artillery shells",
                    "establish military bases", "supply armoured vehicles"},
            {"FINANCIAL", "provide a loan", "fund reconstruction", "disburse budget support", "guarantee bonds"},
            {"HUMANITARIAN", "send food aid", "fund field hospitals", "deliver winter supplies", "resettle refugees"},
            {"DIPLOMATIC", "open an embassy", "host peace talks", "support accession talks", "appoint an envoy"},
            {"ECONOMIC", "lift tariffs", "sign a trade agreement", "invest in energy grids"},
            {"CLIMATE", "cut emissions", "fund adaptation projects", "phase out coal", "double climate finance"}};
    private static final String[] CONDITIONS = {"after a final ceasefire", "subject to parliamentary approval",
            "if the talks succeed", "once a peace deal is signed", "in the event of another attack",
            "would require the consent of the Bundestag"};
    private static final String[][] SPEAKERS = {
            {"keir-starmer", "Keir Starmer", "GBR"}, {"emmanuel-macron", "Emmanuel Macron", "FRA"},
            {"friedrich-merz", "Friedrich Merz", "DEU"}, {"pedro-sanchez", "Pedro Sánchez", "ESP"},
            {"giorgia-meloni", "Giorgia Meloni", "ITA"}, {"donald-tusk", "Donald Tusk", "POL"},
            {"mark-rutte", "Mark Rutte", null}, {"ursula-von-der-leyen", "Ursula von der Leyen", null}};
    private static final Instant FIRST_DAY = Instant.parse("2024-12-01T00:00:00Z");
    private static final int DAYS = 730;

    private final Random random;

    SyntheticNews(long seed) {
        this.random = new Random(seed);
    }

    ArticleEvents article(int number, int commitmentCount, int statementCount, String extractorVersion) {
        String articleId = "bench-" + number;
        Instant published = FIRST_DAY.plus(random.nextInt(DAYS), ChronoUnit.DAYS).plus(random.nextInt(86_400), ChronoUnit.SECONDS);
        StringBuilder body = new StringBuilder();
        List<CommitmentExtracted> commitments = new ArrayList<>();
        List<StatementExtracted> statements = new ArrayList<>();
        Instant processedAt = published.plus(1, ChronoUnit.HOURS);
        for (int i = 0; i < commitmentCount; i++) {
            String[] actor = pick(COUNTRIES);
            String[] beneficiary = pick(BENEFICIARIES);
            String[] category = pick(ACTIONS);
            String action = category[1 + random.nextInt(category.length - 1)];
            String modality = pick(MODALITIES);
            List<String> conditions = modality.equals("CONDITIONAL") ? List.of(pick(CONDITIONS)) : List.of();
            String sentence = actor[1] + (modality.equals("NEGATED") ? " will not " : modality.equals("HEDGED")
                    ? " could " : " will ") + action + " for " + beneficiary[1]
                    + (conditions.isEmpty() ? "" : " " + conditions.get(0)) + ", officials said. ";
            int start = body.length();
            body.append(sentence);
            List<Amount> amounts = category[0].equals("FINANCIAL") || category[0].equals("CLIMATE")
                    ? List.of(new Amount(BigDecimal.valueOf(100L * (1 + random.nextInt(50))), "EUR",
                    (100 * (1 + random.nextInt(50))) + " million euros")) : List.of();
            commitments.add(new CommitmentExtracted(1, articleId + "-c" + i, articleId,
                    List.of(new Actor(actor[0], actor[1], "COUNTRY", actor[0])), null, action,
                    new Actor(beneficiary[0], beneficiary[1], "COUNTRY", beneficiary[0]), conditions, modality,
                    category[0], amounts, null, new Evidence(sentence.trim(), start, start + sentence.trim().length()),
                    extractorVersion));
        }
        for (int i = 0; i < statementCount; i++) {
            String[] speaker = pick(SPEAKERS);
            String quote = "We will stand by our partners and keep our promises on " + pick(ACTIONS)[1];
            int start = body.length() + 1;
            body.append('"').append(quote).append(",\" ").append(speaker[1]).append(" said. ");
            statements.add(new StatementExtracted(1, articleId + "-s" + i, articleId,
                    new Speaker(speaker[0], speaker[1], "PERSON", null, speaker[2]), quote, start,
                    start + quote.length(), true, "said", new Evidence(quote, start, start + quote.length()),
                    extractorVersion));
        }
        ArticleReceived article = new ArticleReceived(1, articleId, "Benchmark article " + number, body.toString(),
                null, "Benchmark Wire", published, published.plus(5, ChronoUnit.MINUTES), "sha256:bench-" + number);
        ArticleProcessed outcome = new ArticleProcessed(1, articleId + "-p", articleId, article.contentHash(),
                extractorVersion, ArticleProcessed.EXTRACTED, null, statements.size(), commitments.size(),
                statements.stream().map(StatementExtracted::id).toList(),
                commitments.stream().map(CommitmentExtracted::id).toList(), processedAt);
        return new ArticleEvents(article, statements, commitments, outcome);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
