package org.pledgewatch.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.Amount;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;

/** Real record instances: the Keir Starmer example of docs/events.md, with every field set or nullables null. */
final class Samples {

    static final String BODY = "France and Britain have confirmed their intention to deploy soldiers to Ukrainian territory"
            + " after a final cease-fire, as part of a broader security package for Kiev to avoid a repeat of a full-scale"
            + " Russian invasion in the future.\n"
            + "The pledge was signed in a formal declaration by French President Emmanuel Macron, British Prime Minister"
            + " Keir Starmer and Ukrainian President Volodymyr Zelenskiy at the end of a Coalition of the Willing meeting"
            + " in Paris on Tuesday.\n"
            + "\u201cAfter the ceasefire, we can say that the UK and France will establish military bases across Ukraine and"
            + " build shelters for weapons and military equipment to support Ukraine\u2019s defense needs,\u201d Starmer"
            + " said in his conclusion.";

    static final String ARTICLE_ID = "35cb629b-35a2-3f1f-8310-1a0b017d814f";
    static final String CONTENT_HASH = "sha256:877f2f2f2f19b940af1eca9f4a317cce995cd8af54643a54c4412c4eeefa8a84";
    static final String EXTRACTOR = "rules-1.0.0";
    static final String STATEMENT_ID = "f70921ae-9f1e-39b0-bd76-cadd89a259de";
    static final String COMMITMENT_0_ID = "8ce55223-bd4b-30c9-9afe-a7ffc885e806";
    static final String COMMITMENT_1_ID = "a44a13f4-2313-3f92-9d62-b5a9afb01c12";
    static final String PROCESSED_ID = "296bd83d-b2ee-3a61-aa95-10271b0e510f";

    static final String QUOTE = "After the ceasefire, we can say that the UK and France will establish military bases across"
            + " Ukraine and build shelters for weapons and military equipment to support Ukraine\u2019s defense needs";
    static final int QUOTE_START = BODY.indexOf(QUOTE);
    static final int SENTENCE_START = QUOTE_START - 1;
    static final int SENTENCE_END = BODY.length();

    private Samples() {
    }

    static ArticleReceived article() {
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, ARTICLE_ID,
                "France and Britain will deploy troops to Ukraine after a ceasefire", BODY,
                "https://news.example.org/2026/01/06/coalition-of-the-willing-paris", "Example News",
                Instant.parse("2026-01-06T18:00:00Z"), Instant.parse("2026-01-06T18:04:12.482Z"), CONTENT_HASH);
    }

    static ArticleReceived articleWithNulls() {
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, ARTICLE_ID, null, BODY, null, null, null,
                Instant.parse("2026-01-06T18:04:12.482913577Z"), CONTENT_HASH);
    }

    static Speaker starmer() {
        return new Speaker("keir-starmer", "Keir Starmer", "PERSON", "Prime Minister", "GBR");
    }

    static Evidence sentence() {
        return new Evidence(BODY.substring(SENTENCE_START, SENTENCE_END), SENTENCE_START, SENTENCE_END);
    }

    static StatementExtracted statement() {
        return new StatementExtracted(StatementExtracted.SCHEMA_VERSION, STATEMENT_ID, ARTICLE_ID, starmer(), QUOTE,
                QUOTE_START, QUOTE_START + QUOTE.length(), true, "said", sentence(), EXTRACTOR);
    }

    static StatementExtracted statementWithNulls() {
        return new StatementExtracted(StatementExtracted.SCHEMA_VERSION, STATEMENT_ID, ARTICLE_ID,
                new Speaker("european-officials", "European officials", "GROUP", null, null), QUOTE,
                QUOTE_START, QUOTE_START + QUOTE.length(), false, null, sentence(), EXTRACTOR);
    }

    static CommitmentExtracted commitment() {
        return new CommitmentExtracted(CommitmentExtracted.SCHEMA_VERSION, COMMITMENT_1_ID, ARTICLE_ID,
                List.of(new Actor("GBR", "United Kingdom", "COUNTRY", "GBR"), new Actor("FRA", "France", "COUNTRY", "FRA")),
                starmer(), "establish military bases across Ukraine and build shelters for weapons and military equipment",
                new Actor("UKR", "Ukraine", "COUNTRY", "UKR"), List.of("After the ceasefire"), "CONDITIONAL", "MILITARY",
                List.of(new Amount(new BigDecimal("2.5E9"), "EUR", "2.5 billion euros"),
                        new Amount(new BigDecimal("5000"), "troops", "5,000 troops")),
                "by 2030", sentence(), EXTRACTOR);
    }

    static CommitmentExtracted commitmentWithNulls() {
        return new CommitmentExtracted(CommitmentExtracted.SCHEMA_VERSION, COMMITMENT_0_ID, ARTICLE_ID,
                List.of(new Actor("nato", "NATO", "ORGANIZATION", null)), null,
                "deploy soldiers to Ukrainian territory", null, List.of(), "FIRM", "MILITARY", List.of(), null,
                new Evidence(BODY.substring(0, 229), 0, 229), EXTRACTOR);
    }

    static ArticleProcessed processed() {
        return new ArticleProcessed(ArticleProcessed.SCHEMA_VERSION, PROCESSED_ID, ARTICLE_ID, CONTENT_HASH, EXTRACTOR,
                ArticleProcessed.EXTRACTED, null, 1, 2, List.of(STATEMENT_ID), List.of(COMMITMENT_0_ID, COMMITMENT_1_ID),
                Instant.parse("2026-01-06T18:04:13.107Z"));
    }

    static ArticleProcessed failed() {
        return new ArticleProcessed(ArticleProcessed.SCHEMA_VERSION, PROCESSED_ID, ARTICLE_ID, CONTENT_HASH, EXTRACTOR,
                ArticleProcessed.FAILED, "IllegalStateException: sentence detector model missing", 0, 0, List.of(), List.of(),
                Instant.parse("2026-01-06T18:04:13Z"));
    }
}
