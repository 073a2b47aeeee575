package org.pledgewatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For simple deployments: callers present one of the configured API keys in the {@code X-API-Key} header.
 * A request without the header is left to the other mechanisms (an OIDC bearer token); a wrong key is
 * refused. Keys are compared in constant time and never logged.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;

    public ApiKeyAuthenticationMechanism(@ConfigProperty(name = "pledgewatch.auth.api-keys") Optional<List<String>> keys) {
        this.keys = keys.orElse(List.of()).stream().filter(key -> !key.isBlank())
                .map(key -> key.trim().getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String presented = context.request().getHeader(HEADER);
        if (presented == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        byte[] candidate = presented.trim().getBytes(StandardCharsets.UTF_8);
        for (int index = 0; index < keys.size(); index++) {
            if (MessageDigest.isEqual(keys.get(index), candidate)) {
                // the principal names the key by position, never by value
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("api-key-" + (index + 1)))
                        .addRole("caller")
                        .build());
            }
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey header=\"" + HEADER + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
