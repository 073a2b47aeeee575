package org.pledgewatch.query.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the query refusals to RFC 7807 problem+json answers. */
public class QueryProblems {

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad query parameter")
                .withDetail(e.getMessage())
                .build()
                .toResponse();
    }
}
