package org.pledgewatch.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no broker listening, nothing is accepted: 503 with Retry-After, never a 202 that vanishes. */
@QuarkusTest
@TestProfile(BrokerUnavailableTest.NoBroker.class)
class BrokerUnavailableTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "localhost:" + closedPort(),
                    "mp.messaging.outgoing.articles.max.block.ms", "1500",
                    "pledgewatch.ingest.ack-timeout", "PT3S");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void anArticleIsRefusedWith503AndRetryAfter() {
        given().contentType(ContentType.TEXT).body("Nobody will store this.")
                .when().post("/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503));
    }

    @Test
    void batchItemsAreEach503() {
        given().contentType(ContentType.JSON).body("[{\"body\":\"one\"},{\"body\":\"two\"}]")
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].status", equalTo(503))
                .body("[1].status", equalTo(503));
    }
}
