package org.pledgewatch.ingest.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pledgewatch.ingest.service.ArticleTooLargeException;
import org.pledgewatch.ingest.service.BrokerUnavailableException;
import org.pledgewatch.ingest.service.InvalidArticleException;

/** Maps the ingest refusals to RFC 7807 problem+json answers. */
public class IngestProblems {

    /** Seconds a caller should wait before retrying when the broker did not acknowledge. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalid(InvalidArticleException e) {
        return problem(Response.Status.BAD_REQUEST, "Invalid article", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e) {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Article too large", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response batchTooLarge(BatchTooLargeException e) {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Batch too large", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        return HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Broker unavailable")
                .withDetail("The article was not stored: Kafka did not acknowledge it. Retry later.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .build()
                .toResponse();
    }

    private static HttpProblem problem(Response.Status status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
