package org.pledgewatch.query.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.pledgewatch.query.model.ActorProfile;
import org.pledgewatch.query.model.ActorSummary;
import org.pledgewatch.query.model.Page;
import org.pledgewatch.query.service.ActorDirectory;
import org.pledgewatch.query.service.ActorQueries;
import org.pledgewatch.query.service.Cursor;

/** {@code GET /actors} and {@code GET /actors/{id}}: people, countries and organisations seen in the news. */
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private static final Set<String> TYPES = Set.of("PERSON", "COUNTRY", "ORGANIZATION", "GROUP");

    private final ActorQueries queries;
    private final ActorDirectory directory;

    public ActorResource(ActorQueries queries, ActorDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GET
    public Page<ActorSummary> actors(@QueryParam("type") String type, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor, @Context UriInfo uri) throws SQLException {
        String wantedType = type == null || type.isBlank() ? null : type.trim().toUpperCase(java.util.Locale.ROOT);
        if (wantedType != null && !TYPES.contains(wantedType)) {
            throw new BadParameterException("'type' must be one of PERSON, COUNTRY, ORGANIZATION, GROUP; got '" + type + "'.");
        }
        int size = ListParameters.limit(limit);
        // actors are ordered by name: the cursor's id part carries "name|id" (its date part is unused)
        Cursor after = ListParameters.cursor(cursor);
        String afterName = null;
        String afterId = null;
        if (after != null) {
            int bar = after.id().lastIndexOf('|');
            if (bar < 0) {
                throw new BadParameterException("'cursor' is not a cursor from a 'next' link: " + cursor);
            }
            afterName = after.id().substring(0, bar);
            afterId = after.id().substring(bar + 1);
        }
        List<ActorSummary> actors = queries.list(wantedType, afterName, afterId, size + 1);
        if (actors.size() <= size) {
            return new Page<>(actors, null);
        }
        ActorSummary last = actors.get(size - 1);
        String next = new Cursor(Instant.EPOCH, last.name() + "|" + last.id()).encode();
        return new Page<>(actors.subList(0, size), NextLink.of(uri, next));
    }

    /** The profile of an actor, by id or by any alias ({@code /actors/UK} is the United Kingdom's). */
    @GET
    @Path("/{id}")
    public ActorProfile actor(@PathParam("id") String id) throws SQLException {
        for (String candidate : candidates(id)) {
            var profile = queries.profile(candidate);
            if (profile.isPresent()) {
                return profile.get();
            }
        }
        throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Unknown actor")
                .withDetail("No actor '" + id + "' has been seen in the read model.").build();
    }

    private List<String> candidates(String id) throws SQLException {
        List<String> candidates = new java.util.ArrayList<>();
        candidates.add(id);
        candidates.addAll(directory.resolve(id));
        return candidates;
    }
}
