package org.pledgewatch.query.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pledgewatch.security.CallerIdentity;

/**
 * Reads are public unless {@code pledgewatch.auth.reads-public} is false; then every read of the API
 * (articles, statements, commitments, actors, live streams) needs an API key or an OIDC bearer token, like
 * writes to the ingest service. Health, metrics and the OpenAPI document ({@code /q/*}) are served by
 * Quarkus outside this API and stay open to the platform that probes them.
 */
public class ReadAccess {

    private final boolean readsPublic;
    private final CurrentIdentityAssociation identity;

    public ReadAccess(@ConfigProperty(name = "pledgewatch.auth.reads-public") boolean readsPublic,
                      CurrentIdentityAssociation identity) {
        this.readsPublic = readsPublic;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Response> requireIdentityForReads(ContainerRequestContext request) {
        if (readsPublic) {
            return Uni.createFrom().nullItem();
        }
        return CallerIdentity.require(identity);
    }
}
