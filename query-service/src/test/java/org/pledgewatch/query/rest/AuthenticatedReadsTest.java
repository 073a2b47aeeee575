package org.pledgewatch.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/** With {@code pledgewatch.auth.reads-public=false}, every API read needs an API key or a bearer token. */
@QuarkusTest
@TestProfile(AuthenticatedReadsTest.ReadsNotPublic.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class AuthenticatedReadsTest {

    private static final String KEY = "k-" + UUID.randomUUID();
    private static final List<String> READS = List.of("/articles", "/articles/some-id", "/commitments?actor=UK",
            "/statements", "/actors", "/actors/GBR", "/stream/commitments");

    public static class ReadsNotPublic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pledgewatch.auth.reads-public", "false",
                    "pledgewatch.auth.api-keys", "another-key," + KEY,
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app");
        }
    }

    @Test
    void everyReadWithoutCredentialsIs401ProblemJson() {
        for (String read : READS) {
            given().get(read).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("ApiKey"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void aWrongApiKeyIsRefusedAndNotEchoed() {
        given().header("X-API-Key", "guess-" + KEY).get("/commitments")
                .then().statusCode(401).contentType("application/problem+json").body(not(containsString(KEY)));
    }

    @Test
    void aConfiguredApiKeyOrAValidTokenMayRead() {
        given().header("X-API-Key", KEY).get("/commitments?limit=1").then().statusCode(200);
        given().header("X-API-Key", KEY).get("/articles/no-such-article").then().statusCode(404);
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("alice", Set.of("user")))
                .get("/actors").then().statusCode(200);
        given().auth().oauth2("not-a-token").get("/actors").then().statusCode(401);
    }

    @Test
    void healthStaysOpenToTheProbes() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
