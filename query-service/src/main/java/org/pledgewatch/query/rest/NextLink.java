package org.pledgewatch.query.rest;

import jakarta.ws.rs.core.UriInfo;

/** The link to the next page: the same request with the cursor moved on, relative to the server root. */
final class NextLink {

    private NextLink() {
    }

    static String of(UriInfo uri, String cursor) {
        var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }
}
