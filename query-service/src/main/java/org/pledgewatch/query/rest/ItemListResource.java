package org.pledgewatch.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pledgewatch.query.model.Page;
import org.pledgewatch.query.model.RawJson;
import org.pledgewatch.query.service.ActorDirectory;
import org.pledgewatch.query.service.ItemQueries;
import org.pledgewatch.query.service.ItemQueries.Kind;

/** {@code GET /commitments} and {@code GET /statements}: across articles, filtered, keyset-paginated. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ItemListResource {

    private final ItemQueries items;
    private final ActorDirectory actors;

    public ItemListResource(ItemQueries items, ActorDirectory actors) {
        this.items = items;
        this.actors = actors;
    }

    @GET
    @Path("commitments")
    @Operation(summary = "Commitments across articles", description = "Filters: actor and beneficiary (id or alias: "
            + "GBR, UK, Britain), modality, category, articleId, from/to (article date), q (full text over action, "
            + "conditions and evidence). Newest first unless sort=asc; follow 'next' for the following page.")
    public Page<RawJson> commitments(@BeanParam ItemQueryParameters filter, @QueryParam("limit") String limit,
                                      @QueryParam("cursor") String cursor, @QueryParam("sort") String sort,
                                      @Context UriInfo uri) throws SQLException {
        return page(Kind.COMMITMENTS, filter, limit, cursor, sort, uri);
    }

    @GET
    @Path("statements")
    @Operation(summary = "Statements across articles", description = "Filters: speaker (id or name, accent- and "
            + "case-insensitive, surnames match), articleId, direct, from/to (article date), q (full text over "
            + "quote and evidence). Newest first unless sort=asc; follow 'next' for the following page.")
    public Page<RawJson> statements(@BeanParam ItemQueryParameters filter, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor, @QueryParam("sort") String sort,
                                     @Context UriInfo uri) throws SQLException {
        return page(Kind.STATEMENTS, filter, limit, cursor, sort, uri);
    }

    private Page<RawJson> page(Kind kind, ItemQueryParameters filter, String limit, String cursor, String sort,
                                UriInfo uri) throws SQLException {
        ItemQueries.Slice slice = items.list(kind, filter.toFilter(actors), ListParameters.cursor(cursor),
                ListParameters.limit(limit), ListParameters.oldestFirst(sort));
        List<RawJson> json = slice.items().stream().map(ItemQueries.Item::json).toList();
        return new Page<>(json, slice.next() == null ? null : NextLink.of(uri, slice.next().encode()));
    }
}
