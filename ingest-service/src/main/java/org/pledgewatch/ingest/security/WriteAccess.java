package org.pledgewatch.ingest.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes ({@code POST /articles*}) need a caller identity when {@code pledgewatch.auth.enabled} is true:
 * an API key ({@link ApiKeyAuthenticationMechanism}) or an OIDC bearer token. Authentication is not
 * proactive, so a refusal is answered here, as problem+json like every other refusal.
 */
public class WriteAccess {

    private final boolean enabled;
    private final CurrentIdentityAssociation identity;

    public WriteAccess(@ConfigProperty(name = "pledgewatch.auth.enabled") boolean enabled,
                       CurrentIdentityAssociation identity) {
        this.enabled = enabled;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Response> requireIdentityForWrites(ContainerRequestContext request) {
        if (!enabled || !"POST".equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
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
