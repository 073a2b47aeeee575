package org.pledgewatch.query.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pledgewatch.query.service.ActorDirectory;
import org.pledgewatch.query.service.ItemFilter;
import org.pledgewatch.query.service.ItemQueries;
import org.pledgewatch.query.service.ItemQueries.Kind;

/**
 * Live subscriptions as Server-Sent Events: every item folded into the read model that matches the filters,
 * as the same JSON as the list endpoints. The event id is the item's arrival number in the read model, so a
 * client reconnecting with {@code Last-Event-ID} gets everything it missed, however long it was away: the
 * stream reads the committed read model itself, never an in-memory buffer.
 */
@Path("/stream")
public class StreamResource {

    private static final int BATCH = 200;

    private final ItemQueries items;
    private final ActorDirectory actors;
    private final Duration pollInterval;

    public StreamResource(ItemQueries items, ActorDirectory actors,
                          @ConfigProperty(name = "pledgewatch.query.stream-poll-interval", defaultValue = "PT0.25S")
                          Duration pollInterval) {
        this.items = items;
        this.actors = actors;
        this.pollInterval = pollInterval;
    }

    @GET
    @Path("/commitments")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "New commitments, live (SSE)", description = "Same filters as GET /commitments.")
    public Multi<OutboundSseEvent> commitments(@BeanParam ItemQueryParameters filter,
                                               @HeaderParam("Last-Event-ID") String lastEventId,
                                               @Context Sse sse) throws SQLException {
        return stream(Kind.COMMITMENTS, "commitment", filter.toFilter(actors), lastEventId, sse);
    }

    @GET
    @Path("/statements")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "New statements, live (SSE)", description = "Same filters as GET /statements.")
    public Multi<OutboundSseEvent> statements(@BeanParam ItemQueryParameters filter,
                                              @HeaderParam("Last-Event-ID") String lastEventId,
                                              @Context Sse sse) throws SQLException {
        return stream(Kind.STATEMENTS, "statement", filter.toFilter(actors), lastEventId, sse);
    }

    private Multi<OutboundSseEvent> stream(Kind kind, String eventName, ItemFilter filter, String lastEventId, Sse sse)
            throws SQLException {
        AtomicLong last = new AtomicLong(start(kind, lastEventId));
        return Multi.createFrom().ticks().every(pollInterval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(tick -> Multi.createFrom().iterable(next(kind, filter, last)))
                .map(item -> sse.newEventBuilder()
                        .id(Long.toString(item.seq()))
                        .name(eventName)
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(item.json().json())
                        .build());
    }

    private List<ItemQueries.Item> next(Kind kind, ItemFilter filter, AtomicLong last) {
        try {
            List<ItemQueries.Item> batch = items.after(kind, filter, last.get(), BATCH);
            if (!batch.isEmpty()) {
                last.set(batch.get(batch.size() - 1).seq());
            }
            return batch;
        } catch (SQLException e) {
            // the database is away for a moment: send nothing this tick, try again at the next
            return List.of();
        }
    }

    private long start(Kind kind, String lastEventId) throws SQLException {
        if (lastEventId == null || lastEventId.isBlank()) {
            return items.lastSeq(kind);
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException("'Last-Event-ID' must be the id of an event of this stream; got '"
                    + lastEventId + "'.");
        }
    }
}
