package org.pledgewatch.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pledgewatch.testinfra.KafkaTestResource;

/** With authentication on (as in production): writes need an API key or an OIDC bearer token. */
@QuarkusTest
@TestProfile(AuthenticatedWritesTest.AuthenticationOn.class)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class AuthenticatedWritesTest {

    private static final String KEY = "k-" + UUID.randomUUID();

    public static class AuthenticationOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pledgewatch.auth.enabled", "true",
                    "pledgewatch.auth.api-keys", "another-key," + KEY,
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app");
        }
    }

    @Test
    void aWriteWithoutCredentialsIs401ProblemJsonWithAChallenge() {
        given().contentType("text/plain; charset=UTF-8").body("An anonymous article.")
                .when().post("/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().contentType("application/json").body("[{\"body\":\"x\"}]")
                .when().post("/articles/batch")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aWrongApiKeyIsRefusedAndNotEchoed() {
        given().header("X-API-Key", "guess-" + KEY).contentType("text/plain; charset=UTF-8").body("A guessed article.")
                .when().post("/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body(not(containsString(KEY)));
    }

    @Test
    void aConfiguredApiKeyMayWrite() {
        given().header("X-API-Key", KEY).contentType("text/plain; charset=UTF-8").body("A keyed article " + UUID.randomUUID())
                .when().post("/articles")
                .then().statusCode(202).body("id", notNullValue());
    }

    @Test
    void aValidBearerTokenMayWriteAndAnInvalidOneMayNot() {
        given().auth().oauth2(OidcWiremockTestResource.getAccessToken("alice", Set.of("user")))
                .contentType("text/plain; charset=UTF-8").body("A token article " + UUID.randomUUID())
                .when().post("/articles")
                .then().statusCode(202);
        given().auth().oauth2("not-a-token")
                .contentType("text/plain; charset=UTF-8").body("A forged article.")
                .when().post("/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void readinessStaysPublic() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
