package org.pledgewatch.ingest.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pledgewatch.security.CallerIdentity;

/**
 * Writes ({@code POST /articles*}) need a caller identity when {@code pledgewatch.auth.enabled} is true:
 * an API key or an OIDC bearer token (see {@link CallerIdentity}).
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
        return CallerIdentity.require(identity);
    }
}
