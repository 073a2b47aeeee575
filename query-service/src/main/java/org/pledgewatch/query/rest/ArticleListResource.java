package org.pledgewatch.query.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.pledgewatch.query.model.ArticleStatus;
import org.pledgewatch.query.model.ArticleView;
import org.pledgewatch.query.model.Page;
import org.pledgewatch.query.service.Cursor;
import org.pledgewatch.query.service.ReadModelQueries;

/** {@code GET /articles}: newest received first, filtered by status and source, keyset-paginated. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleListResource {

    private final ReadModelQueries queries;

    public ArticleListResource(ReadModelQueries queries) {
        this.queries = queries;
    }

    @GET
    public Page<ArticleView> articles(@QueryParam("status") String status, @QueryParam("source") String source,
                                      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                                      @Context UriInfo uri) throws SQLException {
        int size = ListParameters.limit(limit);
        List<ArticleView> articles = queries.articles(status(status), ListParameters.text(source),
                ListParameters.cursor(cursor), size + 1);
        if (articles.size() <= size) {
            return new Page<>(articles, null);
        }
        ArticleView last = articles.get(size - 1);
        return new Page<>(articles.subList(0, size), NextLink.of(uri, new Cursor(last.receivedAt(), last.id()).encode()));
    }

    private static ArticleStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("'status' must be RECEIVED, EXTRACTED or FAILED; got '" + status + "'.");
        }
    }
}
