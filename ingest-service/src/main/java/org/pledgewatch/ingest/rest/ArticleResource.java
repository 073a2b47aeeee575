package org.pledgewatch.ingest.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.ingest.messaging.ArticlePublisher;
import org.pledgewatch.ingest.model.AcceptedArticle;
import org.pledgewatch.ingest.model.ArticleSubmission;
import org.pledgewatch.ingest.model.BatchItemResult;
import org.pledgewatch.ingest.service.ArticleIntake;
import org.pledgewatch.ingest.service.ArticleTooLargeException;
import org.pledgewatch.ingest.service.BrokerUnavailableException;
import org.pledgewatch.ingest.service.InvalidArticleException;

/**
 * {@code POST /articles} and {@code POST /articles/batch}. Every answer 202 comes after the broker's
 * acknowledgement; refusals are problem+json (see {@link IngestProblems}).
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final SubmissionReader reader;
    private final int maxBatchItems;

    public ArticleResource(ArticleIntake intake, ArticlePublisher publisher, SubmissionReader reader,
                           @ConfigProperty(name = "pledgewatch.ingest.max-batch-items", defaultValue = "1000") int maxBatchItems) {
        this.intake = intake;
        this.publisher = publisher;
        this.reader = reader;
        this.maxBatchItems = maxBatchItems;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postJson(String json) {
        return accept(reader.readOne(json));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response postText(String body) {
        return accept(ArticleSubmission.ofBody(body));
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<BatchItemResult> postBatchJson(String json) {
        return acceptAll(reader.readArray(json, maxBatchItems));
    }

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    public List<BatchItemResult> postBatchNdjson(String ndjson) {
        return acceptAll(reader.readLines(ndjson, maxBatchItems));
    }

    private Response accept(ArticleSubmission submission) {
        ArticleReceived article = intake.toEvent(submission);
        publisher.publish(article).await().indefinitely();
        return Response.accepted(accepted(article)).build();
    }

    /**
     * Sends every valid item before waiting for any acknowledgement (the join subscribes to all at once),
     * so a batch costs about one round trip to the broker rather than one per article.
     */
    private List<BatchItemResult> acceptAll(List<SubmissionReader.Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Uni<BatchItemResult>> outcomes = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            outcomes.add(outcome(index, items.get(index)));
        }
        return Uni.join().all(outcomes).andFailFast().await().indefinitely();
    }

    private Uni<BatchItemResult> outcome(int index, SubmissionReader.Item item) {
        ArticleReceived article;
        try {
            if (item.error() != null) {
                throw new InvalidArticleException(item.error());
            }
            article = intake.toEvent(item.submission());
        } catch (InvalidArticleException e) {
            return Uni.createFrom().item(BatchItemResult.refused(index, 400, "Invalid article", e.getMessage()));
        } catch (ArticleTooLargeException e) {
            return Uni.createFrom().item(BatchItemResult.refused(index, 413, "Article too large", e.getMessage()));
        }
        return publisher.publish(article)
                .map(acked -> BatchItemResult.accepted(index, accepted(article)))
                .onFailure(BrokerUnavailableException.class)
                .recoverWithItem(e -> BatchItemResult.refused(index, 503, "Broker unavailable", e.getMessage()));
    }

    private static AcceptedArticle accepted(ArticleReceived article) {
        return new AcceptedArticle(article.id(), article.contentHash(), article.receivedAt(), Topics.ARTICLES);
    }
}
