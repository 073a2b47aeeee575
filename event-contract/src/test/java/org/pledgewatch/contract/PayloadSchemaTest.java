package org.pledgewatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real record instances, serialized as the services do, validate; broken payloads do not. */
class PayloadSchemaTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Arguments> validEvents() {
        return Stream.of(
                Arguments.of(ContractSchemas.ARTICLE_RECEIVED, Named.of("article, all fields", Samples.article())),
                Arguments.of(ContractSchemas.ARTICLE_RECEIVED, Named.of("article, nullables null", Samples.articleWithNulls())),
                Arguments.of(ContractSchemas.STATEMENT_EXTRACTED, Named.of("statement, all fields", Samples.statement())),
                Arguments.of(ContractSchemas.STATEMENT_EXTRACTED, Named.of("statement, nullables null", Samples.statementWithNulls())),
                Arguments.of(ContractSchemas.COMMITMENT_EXTRACTED, Named.of("commitment, all fields", Samples.commitment())),
                Arguments.of(ContractSchemas.COMMITMENT_EXTRACTED, Named.of("commitment, nullables null", Samples.commitmentWithNulls())),
                Arguments.of(ContractSchemas.ARTICLE_PROCESSED, Named.of("outcome EXTRACTED", Samples.processed())),
                Arguments.of(ContractSchemas.ARTICLE_PROCESSED, Named.of("outcome FAILED", Samples.failed())));
    }

    @ParameterizedTest(name = "{1} matches {0}")
    @MethodSource("validEvents")
    void serializedRecordsAreValid(String schema, Object event) {
        JsonNode json = ContractSchemas.toJson(event);
        assertValid(schema, json);
    }

    @ParameterizedTest(name = "{1}: nulls written as null, and absent, are both valid")
    @MethodSource("validEvents")
    void nullablePropertiesMayBeNullOrAbsent(String schema, Object event) {
        ObjectNode json = (ObjectNode) ContractSchemas.toJson(event);
        assertValid(schema, json);
        ObjectNode withoutNulls = json.deepCopy();
        removeNulls(withoutNulls);
        assertValid(schema, withoutNulls);
    }

    @ParameterizedTest(name = "{1}: unknown properties are ignored")
    @MethodSource("validEvents")
    void unknownPropertiesAreAllowed(String schema, Object event) {
        ObjectNode json = (ObjectNode) ContractSchemas.toJson(event);
        json.put("addedInV1_1", "consumers must ignore this");
        for (JsonNode child : json) {
            if (child instanceof ObjectNode nested) {
                nested.put("alsoNew", 42);
            }
        }
        assertValid(schema, json);
    }

    @Test
    void timestampsAreIsoStringsWithOrWithoutFractionalSeconds() {
        JsonNode whole = ContractSchemas.toJson(Samples.article());
        assertEquals("2026-01-06T18:00:00Z", whole.get("publishedAt").asText());
        assertEquals("2026-01-06T18:04:12.482Z", whole.get("receivedAt").asText());
        JsonNode nanos = ContractSchemas.toJson(Samples.articleWithNulls());
        assertEquals("2026-01-06T18:04:12.482913577Z", nanos.get("receivedAt").asText());
        assertTrue(nanos.get("publishedAt").isNull(), "nulls are written as null");
    }

    @Test
    void amountsAreJsonNumbers() {
        JsonNode amount = ContractSchemas.toJson(Samples.commitment()).get("amounts").get(0);
        assertTrue(amount.get("value").isNumber(), amount.toString());
    }

    record Mutation(String schema, Object base, String keyword, Consumer<ObjectNode> change) {
    }

    static Stream<Arguments> invalidPayloads() {
        return Stream.of(
                // articles
                broken("article without id", "required", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.remove("id")),
                broken("article without body", "required", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.remove("body")),
                broken("article with empty body", "minLength", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("body", "")),
                broken("article body not a string", "type", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("body", 42)),
                broken("article without receivedAt", "required", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.remove("receivedAt")),
                broken("article receivedAt not a date-time", "format", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("receivedAt", "yesterday")),
                broken("article receivedAt as epoch number", "type", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("receivedAt", 1767722652.482)),
                broken("article schemaVersion 2", "const", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("schemaVersion", 2)),
                broken("article without schemaVersion", "required", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.remove("schemaVersion")),
                broken("article contentHash not sha256", "pattern", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("contentHash", "md5:abc")),
                broken("article title a number", "type", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> j.put("title", 7)),
                broken("article not an object", "type", ContractSchemas.ARTICLE_RECEIVED, Samples.article(), j -> {
                    throw new ReplaceWith(NODES.textNode("an article"));
                }),
                // statements
                broken("statement without speaker", "required", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.remove("speaker")),
                broken("statement speaker null", "type", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.putNull("speaker")),
                broken("statement speaker of unknown type", "enum", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> ((ObjectNode) j.get("speaker")).put("type", "ALIEN")),
                broken("statement speaker without name", "required", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> ((ObjectNode) j.get("speaker")).remove("name")),
                broken("statement speaker country not alpha-3", "pattern", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> ((ObjectNode) j.get("speaker")).put("country", "GB")),
                broken("statement quoteStart a string", "type", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.put("quoteStart", "465")),
                broken("statement quoteStart negative", "minimum", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.put("quoteStart", -1)),
                broken("statement quoteEnd fractional", "type", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.put("quoteEnd", 653.5)),
                broken("statement direct a string", "type", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.put("direct", "yes")),
                broken("statement without direct", "required", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.remove("direct")),
                broken("statement evidence without start", "required", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> ((ObjectNode) j.get("evidence")).remove("start")),
                broken("statement without extractorVersion", "required", ContractSchemas.STATEMENT_EXTRACTED, Samples.statement(), j -> j.remove("extractorVersion")),
                // commitments
                broken("commitment modality MAYBE", "enum", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.put("modality", "MAYBE")),
                broken("commitment modality lower case", "enum", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.put("modality", "firm")),
                broken("commitment category SPACE", "enum", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.put("category", "SPACE")),
                broken("commitment without actors", "required", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.remove("actors")),
                broken("commitment with no actor", "minItems", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.set("actors", NODES.arrayNode())),
                broken("commitment actor without id", "required", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> ((ObjectNode) j.get("actors").get(0)).remove("id")),
                broken("commitment beneficiary of unknown type", "enum", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> ((ObjectNode) j.get("beneficiary")).put("type", "PLANET")),
                broken("commitment amount value a string", "type", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> ((ObjectNode) j.get("amounts").get(0)).put("value", "2.5 billion")),
                broken("commitment amount without unit", "required", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> ((ObjectNode) j.get("amounts").get(0)).remove("unit")),
                broken("commitment conditions null", "type", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.putNull("conditions")),
                broken("commitment conditions a string", "type", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.put("conditions", "After the ceasefire")),
                broken("commitment without evidence", "required", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.remove("evidence")),
                broken("commitment without action", "required", ContractSchemas.COMMITMENT_EXTRACTED, Samples.commitment(), j -> j.remove("action")),
                // outcomes
                broken("outcome status DONE", "enum", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.put("status", "DONE")),
                broken("outcome FAILED without reason", "type", ContractSchemas.ARTICLE_PROCESSED, Samples.failed(), j -> j.putNull("reason")),
                broken("outcome statementCount negative", "minimum", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.put("statementCount", -1)),
                broken("outcome statementIds a string", "type", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.put("statementIds", "a,b")),
                broken("outcome duplicate commitment id", "uniqueItems", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> ((ArrayNode) j.get("commitmentIds")).add(Samples.COMMITMENT_0_ID)),
                broken("outcome processedAt a number", "type", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.put("processedAt", 1767722653107L)),
                broken("outcome without contentHash", "required", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.remove("contentHash")),
                broken("outcome without extractorVersion", "required", ContractSchemas.ARTICLE_PROCESSED, Samples.processed(), j -> j.remove("extractorVersion")));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @MethodSource("invalidPayloads")
    void brokenPayloadsAreRejected(String description, Mutation mutation) {
        JsonNode valid = ContractSchemas.toJson(mutation.base());
        assertValid(mutation.schema(), valid);
        JsonNode broken;
        try {
            ObjectNode copy = valid.deepCopy();
            mutation.change().accept(copy);
            broken = copy;
        } catch (ReplaceWith replacement) {
            broken = replacement.node;
        }
        List<Error> errors = ContractSchemas.validate(mutation.schema(), broken);
        assertFalse(errors.isEmpty(), description + " should not validate: " + broken);
        assertTrue(errors.stream().anyMatch(e -> mutation.keyword().equals(e.getKeyword())),
                () -> description + " should fail on '" + mutation.keyword() + "', got " + errors.stream()
                        .map(e -> e.getKeyword() + ": " + e.getMessage()).toList());
    }

    private static Arguments broken(String description, String keyword, String schema, Object base,
                                    Consumer<ObjectNode> change) {
        return Arguments.of(description, new Mutation(schema, base, keyword, change));
    }

    /** Lets a mutation replace the whole payload. */
    private static final class ReplaceWith extends RuntimeException {
        final transient JsonNode node;

        ReplaceWith(JsonNode node) {
            super(null, null, false, false);
            this.node = node;
        }
    }

    static void assertValid(String schema, JsonNode json) {
        List<Error> errors = ContractSchemas.validate(schema, json);
        assertTrue(errors.isEmpty(), () -> schema + " rejected " + json + ": " + errors);
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new java.util.ArrayList<>();
            for (var e : object.properties()) {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    removeNulls(e.getValue());
                }
            }
            object.remove(nulls);
        } else if (node instanceof ArrayNode array) {
            array.forEach(PayloadSchemaTest::removeNulls);
        }
    }
}
