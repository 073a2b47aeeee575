package org.pledgewatch.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.testinfra.KafkaTestResource;
import org.pledgewatch.testinfra.PostgresTestResource;

/**
 * The cross-article read model, filled through the real topics: filters, aliases, pagination, full-text
 * search, actor profiles and the 400s. Every query is scoped to March 2031 (the fixtures' publication
 * dates) so that other test classes' data in the same database cannot interfere.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class QueryApiTest {

    static final String MARCH = "from=2031-03-01&to=2031-03-31";
    private static final Speaker SANCHEZ = new Speaker("pedro-sanchez", "Pedro Sánchez", "PERSON", "Prime Minister", "ESP");
    private static final Speaker STARMER = new Speaker("keir-starmer", "Keir Starmer", "PERSON", "Prime Minister", "GBR");
    private static final Speaker MERZ = new Speaker("friedrich-merz", "Friedrich Merz", "PERSON", "Chancellor", "DEU");
    private static boolean published;

    @Inject
    ObjectMapper mapper;

    /** Three articles in March 2031 with their items, published once for the whole class. */
    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        EventFixtures events = new EventFixtures(mapper);
        String a1 = "query-a1-" + UUID.randomUUID();
        String a2 = "query-a2-" + UUID.randomUUID();
        String a3 = "query-a3-" + UUID.randomUUID();
        events.article(a1, "Bases article", Instant.parse("2031-03-03T10:00:00Z"), "h1");
        events.article(a2, "Germany article", Instant.parse("2031-03-10T10:00:00Z"), "h2");
        events.article(a3, "Aid article", Instant.parse("2031-03-20T10:00:00Z"), "h3");

        List<String> c1 = List.of(
                events.commitment("q-c1", a1, List.of(EventFixtures.UK, EventFixtures.FRANCE),
                        "establish military bases across Ukraine after the ceasefire", EventFixtures.UKRAINE,
                        List.of("After the ceasefire"), "CONDITIONAL", "MILITARY", "v1").id(),
                events.commitment("q-c2", a1, List.of(EventFixtures.FRANCE), "deploy multinational forces",
                        EventFixtures.UKRAINE, List.of(), "FIRM", "MILITARY", "v1").id());
        List<String> c2 = List.of(
                events.commitment("q-c3", a2, List.of(EventFixtures.GERMANY), "contribute troops to neighbouring countries",
                        EventFixtures.UKRAINE, List.of("would require the consent of the Bundestag"), "CONDITIONAL",
                        "MILITARY", "v1").id(),
                events.commitment("q-c4", a2, List.of(EventFixtures.GERMANY), "not rule out anything",
                        EventFixtures.UKRAINE, List.of(), "HEDGED", "MILITARY", "v1").id());
        List<String> c3 = List.of(
                events.commitment("q-c5", a3, List.of(EventFixtures.UK), "provide 2 billion pounds of humanitarian aid",
                        EventFixtures.UKRAINE, List.of(), "FIRM", "HUMANITARIAN", "v1").id(),
                events.commitment("q-c6", a3, List.of(EventFixtures.FRANCE), "will not send fighter jets",
                        EventFixtures.UKRAINE, List.of(), "NEGATED", "MILITARY", "v1").id());
        List<String> s1 = List.of(events.statement("q-s1", a1, STARMER, "We will establish bases", true, "v1").id());
        List<String> s2 = List.of(events.statement("q-s2", a2, MERZ, "We basically don't rule out anything", true, "v1").id());
        List<String> s3 = List.of(
                events.statement("q-s3", a3, SANCHEZ, "This is very good news", true, "v1").id(),
                events.statement("q-s4", a3, SANCHEZ, "he would begin talks with the parties", false, "v1").id());
        events.outcome("q-p1", a1, "h1", "v1", ArticleProcessed.EXTRACTED, null, s1, c1);
        events.outcome("q-p2", a2, "h2", "v1", ArticleProcessed.EXTRACTED, null, s2, c2);
        events.outcome("q-p3", a3, "h3", "v1", ArticleProcessed.EXTRACTED, null, s3, c3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/commitments?" + MARCH).then().statusCode(200).body("items", hasSize(6));
            given().get("/statements?" + MARCH).then().statusCode(200).body("items", hasSize(4));
        });
        published = true;
    }

    @Test
    void commitmentsOfAnActorByIdOrAnyAlias() {
        for (String actor : List.of("GBR", "UK", "Britain", "United Kingdom", "gbr")) {
            given().get("/commitments?" + MARCH + "&actor=" + actor).then().statusCode(200)
                    .body("items.id", containsInAnyOrder("q-c1", "q-c5"));
        }
        given().get("/commitments?" + MARCH + "&actor=Atlantis").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theUkBasesPledgeComesWithItsCondition() {
        given().get("/commitments?" + MARCH + "&actor=GBR&modality=CONDITIONAL").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("establish military bases across Ukraine after the ceasefire"))
                .body("items[0].conditions", contains("After the ceasefire"))
                .body("items[0].actors.id", contains("GBR", "FRA"))
                .body("items[0].extractorVersion", equalTo("v1"));
    }

    @Test
    void filtersCombine() {
        given().get("/commitments?" + MARCH + "&beneficiary=Kyiv").then().body("items", hasSize(6));
        given().get("/commitments?" + MARCH + "&modality=hedged").then().body("items.id", contains("q-c4"));
        given().get("/commitments?" + MARCH + "&category=HUMANITARIAN").then().body("items.id", contains("q-c5"));
        given().get("/commitments?" + MARCH + "&actor=FRA&modality=NEGATED").then().body("items.id", contains("q-c6"));
        given().get("/commitments?from=2031-03-05&to=2031-03-15").then().body("items.id", containsInAnyOrder("q-c3", "q-c4"));
        given().get("/commitments?from=2031-03-10&to=2031-03-10").then().body("items.id", containsInAnyOrder("q-c3", "q-c4"));
    }

    @Test
    void newestFirstByDefaultOldestFirstOnRequest() {
        List<String> newest = given().get("/commitments?" + MARCH).then().extract().path("items.id");
        assertEquals(Set.of("q-c5", "q-c6"), new HashSet<>(newest.subList(0, 2)));
        assertEquals(Set.of("q-c1", "q-c2"), new HashSet<>(newest.subList(4, 6)));
        List<String> oldest = given().get("/commitments?" + MARCH + "&sort=asc").then().extract().path("items.id");
        assertEquals(Set.of("q-c1", "q-c2"), new HashSet<>(oldest.subList(0, 2)));
    }

    @Test
    void fullTextSearchOverActionConditionsAndEvidence() {
        given().get("/commitments?" + MARCH + "&q=Bundestag").then().body("items.id", contains("q-c3"));
        given().get("/commitments?" + MARCH + "&q=ceasefire").then().body("items.id", contains("q-c1"));
        given().get("/commitments?" + MARCH + "&q=bases").then().body("items.id", contains("q-c1"));
        given().get("/statements?" + MARCH + "&q=\"good news\"").then().body("items.id", contains("q-s3"));
    }

    @Test
    void paginationVisitsEveryItemOnce() {
        for (String order : List.of("desc", "asc")) {
            List<String> seen = new ArrayList<>();
            String next = "/commitments?" + MARCH + "&limit=4&sort=" + order;
            int pages = 0;
            while (next != null) {
                JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id"));
                next = page.getString("next");
                pages++;
            }
            assertEquals(2, pages);
            assertEquals(6, seen.size(), "no item repeated: " + seen);
            assertEquals(Set.of("q-c1", "q-c2", "q-c3", "q-c4", "q-c5", "q-c6"), new HashSet<>(seen));
        }
        given().get("/commitments?" + MARCH + "&limit=6").then().body("next", nullValue());
    }

    @Test
    void statementsOfASpeakerAccentAndCaseInsensitive() {
        for (String speaker : List.of("sanchez", "Sánchez", "Pedro Sanchez", "PEDRO SÁNCHEZ", "pedro-sanchez")) {
            given().get("/statements?" + MARCH + "&speaker=" + speaker).then().statusCode(200)
                    .body("items.id", containsInAnyOrder("q-s3", "q-s4"));
        }
        given().get("/statements?" + MARCH + "&speaker=sanchez&direct=false").then().body("items.id", contains("q-s4"));
        given().get("/statements?" + MARCH + "&speaker=sanch").then().body("items", hasSize(0));
    }

    @Test
    void actorsListAndProfiles() {
        given().get("/actors?type=COUNTRY&limit=500").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems("GBR", "FRA", "DEU", "UKR"));
        given().get("/actors/DEU").then().statusCode(200)
                .body("name", equalTo("Germany"))
                .body("commitmentsByModality.CONDITIONAL", notNullValue())
                .body("latestCommitments.action", org.hamcrest.Matchers.hasItem("contribute troops to neighbouring countries"));
        given().get("/actors/UK").then().statusCode(200).body("id", equalTo("GBR"));
        given().get("/actors/UKR").then().statusCode(200).body("commitmentsReceivedCount", notNullValue());
        given().get("/actors/pedro-sanchez").then().statusCode(200)
                .body("role", equalTo("Prime Minister")).body("statementCount", notNullValue());
        given().get("/actors/nobody-at-all").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void articlesListFiltersByStatusAndSource() {
        JsonPath page = given().get("/articles?status=EXTRACTED&source=Test Wire&limit=500").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(page.getList("items.id", String.class).stream().filter(id -> id.startsWith("query-a")).count() >= 3);
        given().get("/articles?status=SOMETIMES").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badParametersAre400ProblemJsonSayingWhy() {
        for (String query : List.of("modality=SOMETIMES", "category=sports", "from=yesterday", "to=2031-13-01",
                "limit=0", "limit=501", "limit=ten", "cursor=not-a-cursor", "sort=sideways")) {
            given().get("/commitments?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400)).body("detail", notNullValue());
        }
        given().get("/statements?direct=maybe").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void hostileFilterValuesAreJustText() {
        for (String hostile : List.of("' or 1=1 --", "GBR'); drop table commitments; --", "%", "_", "\\", "!!(",
                "<script>alert(1)</script>")) {
            given().queryParam("actor", hostile).queryParam("q", hostile).get("/commitments").then().statusCode(200)
                    .body("items", hasSize(0));
            given().queryParam("speaker", hostile).get("/statements").then().statusCode(200).body("items", hasSize(0));
        }
        given().get("/commitments?" + MARCH).then().body("items", hasSize(6));
    }
}
