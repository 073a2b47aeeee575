package org.pledgewatch.query.rest;

import jakarta.ws.rs.QueryParam;
import java.sql.SQLException;
import java.util.Set;
import org.pledgewatch.query.service.ActorDirectory;
import org.pledgewatch.query.service.ItemFilter;

/**
 * The filters shared by {@code GET /commitments}, {@code GET /statements} and their live streams. Taken as
 * text and checked by {@link ListParameters}, so a bad value is a 400 that says why (JAX-RS would answer
 * 404 for a parameter it cannot convert).
 */
public class ItemQueryParameters {

    @QueryParam("actor")
    String actor;
    @QueryParam("beneficiary")
    String beneficiary;
    @QueryParam("modality")
    String modality;
    @QueryParam("category")
    String category;
    @QueryParam("articleId")
    String articleId;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("q")
    String q;
    @QueryParam("speaker")
    String speaker;
    @QueryParam("direct")
    String direct;

    ItemFilter toFilter(ActorDirectory actors) throws SQLException {
        String speakerTerm = ListParameters.text(speaker);
        return new ItemFilter(ids(actors, actor), ids(actors, beneficiary), ListParameters.modality(modality),
                ListParameters.category(category), ListParameters.text(articleId), ListParameters.from(from),
                ListParameters.to(to), ListParameters.text(q), speakerTerm == null ? null : actors.resolve(speakerTerm),
                speakerTerm, ListParameters.bool("direct", direct));
    }

    private static Set<String> ids(ActorDirectory actors, String term) throws SQLException {
        String text = ListParameters.text(term);
        return text == null ? null : actors.resolve(text);
    }
}
