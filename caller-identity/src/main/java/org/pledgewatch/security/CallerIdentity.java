package org.pledgewatch.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;

/**
 * The check a request filter makes where a caller must be known: an API key
 * ({@link ApiKeyAuthenticationMechanism}) or an OIDC bearer token. Authentication is not proactive in the
 * services, so the refusal is answered here, as problem+json like every other refusal.
 */
public final class CallerIdentity {
    private CallerIdentity() {
    }

    /** Null (go on) when the caller is authenticated, otherwise the 401 answer. */
    public static Uni<Response> require(CurrentIdentityAssociation identity) {
        return identity.getDeferredIdentity()
                .map(caller -> caller.isAnonymous() ? unauthorized("No credentials: send an API key in the "
                        + ApiKeyAuthenticationMechanism.HEADER + " header or an OIDC bearer token.") : null)
                .onFailure().recoverWithItem(failure -> unauthorized("The credentials were refused."));
    }

    private static Response unauthorized(String detail) {
        return HttpProblem.builder()
                .withStatus(Response.Status.UNAUTHORIZED)
                .withTitle("Authentication required")
                .withDetail(detail)
                .withHeader("WWW-Authenticate", "Bearer, ApiKey header=\"" + ApiKeyAuthenticationMechanism.HEADER + "\"")
                .build()
                .toResponse();
    }
}
