package org.pledgewatch.query.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose decoded path or query parameters contain U+0000 (sent as {@code %00}). No id,
 * name or search term holds one, and PostgreSQL rejects it in any text parameter, so without this check
 * such a request reached the database and failed there (a 500) instead of being answered 400.
 */
public class NulCharacterGuard {

    @ServerRequestFilter
    public void refuseNulCharacters(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(), "path segment");
        check(request.getUriInfo().getQueryParameters(), "query parameter");
    }

    private static void check(MultivaluedMap<String, String> parameters, String where) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0) {
                    throw new BadParameterException("The " + where + " '" + parameter.getKey()
                            + "' contains a NUL character (%00), which no value can hold");
                }
            }
        }
    }
}
