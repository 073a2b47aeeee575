package org.pledgewatch.query.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.pledgewatch.query.model.ArticleView;
import org.pledgewatch.query.model.RawJson;
import org.pledgewatch.query.service.ReadModelQueries;

/** The per-article read model: {@code /articles/{id}}, its statements and its commitments. */
@Path("/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ReadModelQueries queries;

    public ArticleResource(ReadModelQueries queries) {
        this.queries = queries;
    }

    @GET
    public ArticleView article(@PathParam("id") String id) throws SQLException {
        return queries.article(id).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("/statements")
    public List<RawJson> statements(@PathParam("id") String id) throws SQLException {
        requireKnown(id);
        return queries.statementsOf(id);
    }

    @GET
    @Path("/commitments")
    public List<RawJson> commitments(@PathParam("id") String id) throws SQLException {
        requireKnown(id);
        return queries.commitmentsOf(id);
    }

    private void requireKnown(String id) throws SQLException {
        if (queries.article(id).isEmpty()) {
            throw unknown(id);
        }
    }

    private static HttpProblem unknown(String id) {
        return HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND)
                .withTitle("Unknown article")
                .withDetail("No article with id '" + id + "' has reached the read model.")
                .build();
    }
}
