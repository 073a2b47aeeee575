package org.pledgewatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgewatch.contract.events.Actor;
import org.pledgewatch.contract.events.Amount;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.Evidence;
import org.pledgewatch.contract.events.Speaker;
import org.pledgewatch.contract.events.StatementExtracted;

/** The schema files themselves: well-formed 2020-12, versioned ids, and in step with the records. */
class SchemaFilesTest {

    static List<String> schemaFiles() {
        return ContractSchemas.ALL;
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isAValidDraft202012SchemaWithAVersionedId(String file) {
        JsonNode schema = ContractSchemas.readSchemaFile(file);
        List<Error> errors = ContractSchemas.metaSchema().validate(schema);
        assertTrue(errors.isEmpty(), file + ": " + errors);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(ContractSchemas.ID_PREFIX + file, schema.path("$id").asText());
        assertTrue(file.matches("[a-z-]+\\.v\\d+\\.json"), "the major version is in the file name: " + file);
        assertEquals(1, schema.at("/properties/schemaVersion/const").asInt(-1), file + ": schemaVersion const 1");
        assertTrue(schema.path("additionalProperties").isMissingNode(),
                file + ": unknown properties must stay allowed so v1 can gain optional fields");
    }

    /** Each payload schema is self-contained; a definition used by several must be the same everywhere. */
    @Test
    void sharedDefinitionsAreIdenticalAcrossFiles() {
        Map<String, JsonNode> seen = new HashMap<>();
        Map<String, String> seenIn = new HashMap<>();
        for (String file : ContractSchemas.ALL) {
            JsonNode defs = ContractSchemas.readSchemaFile(file).path("$defs");
            for (var def : defs.properties()) {
                JsonNode previous = seen.putIfAbsent(def.getKey(), def.getValue());
                if (previous != null) {
                    assertEquals(previous, def.getValue(),
                            "$defs/" + def.getKey() + " differs between " + seenIn.get(def.getKey()) + " and " + file);
                } else {
                    seenIn.put(def.getKey(), file);
                }
            }
        }
        assertEquals(Set.of("Speaker", "Actor", "Evidence", "Amount", "EntityType"), seen.keySet());
    }

    /** The nullable record components, as documented in the records' javadoc (and the extractor's for Actor). */
    private static final Map<Class<?>, Set<String>> NULLABLE = Map.of(
            ArticleReceived.class, Set.of("title", "url", "source", "publishedAt"),
            StatementExtracted.class, Set.of("reportingVerb"),
            CommitmentExtracted.class, Set.of("speaker", "beneficiary", "timeFrame"),
            ArticleProcessed.class, Set.of("reason"),
            Speaker.class, Set.of("role", "country"),
            Actor.class, Set.of("country"),
            Evidence.class, Set.of(),
            Amount.class, Set.of());

    @Test
    void schemasDescribeExactlyTheRecordComponents() {
        assertMatches(ArticleReceived.class, ContractSchemas.readSchemaFile(ContractSchemas.ARTICLE_RECEIVED));
        assertMatches(StatementExtracted.class, ContractSchemas.readSchemaFile(ContractSchemas.STATEMENT_EXTRACTED));
        assertMatches(CommitmentExtracted.class, ContractSchemas.readSchemaFile(ContractSchemas.COMMITMENT_EXTRACTED));
        assertMatches(ArticleProcessed.class, ContractSchemas.readSchemaFile(ContractSchemas.ARTICLE_PROCESSED));
        JsonNode defs = ContractSchemas.readSchemaFile(ContractSchemas.COMMITMENT_EXTRACTED).path("$defs");
        assertMatches(Speaker.class, defs.path("Speaker"));
        assertMatches(Actor.class, defs.path("Actor"));
        assertMatches(Evidence.class, defs.path("Evidence"));
        assertMatches(Amount.class, defs.path("Amount"));
    }

    @Test
    void statusEnumHoldsTheRecordConstants() {
        JsonNode status = ContractSchemas.readSchemaFile(ContractSchemas.ARTICLE_PROCESSED).at("/properties/status/enum");
        assertEquals(Set.of(ArticleProcessed.EXTRACTED, ArticleProcessed.FAILED), texts(status));
        assertEquals(1, ArticleReceived.SCHEMA_VERSION);
        assertEquals(1, StatementExtracted.SCHEMA_VERSION);
        assertEquals(1, CommitmentExtracted.SCHEMA_VERSION);
        assertEquals(1, ArticleProcessed.SCHEMA_VERSION);
    }

    @Test
    void enumsAreTheDocumentedOnes() {
        JsonNode commitment = ContractSchemas.readSchemaFile(ContractSchemas.COMMITMENT_EXTRACTED);
        assertEquals(Set.of("FIRM", "CONDITIONAL", "HEDGED", "NEGATED"), texts(commitment.at("/properties/modality/enum")));
        assertEquals(Set.of("MILITARY", "FINANCIAL", "HUMANITARIAN", "DIPLOMATIC", "ECONOMIC", "CLIMATE", "OTHER"),
                texts(commitment.at("/properties/category/enum")));
        assertEquals(Set.of("PERSON", "COUNTRY", "ORGANIZATION", "GROUP"), texts(commitment.at("/$defs/EntityType/enum")));
    }

    private static void assertMatches(Class<? extends Record> type, JsonNode schema) {
        assertNotNull(type.getRecordComponents());
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(components, properties, type.getSimpleName() + ": schema properties vs record components");
        Set<String> required = new TreeSet<>(texts(schema.path("required")));
        Set<String> expectedRequired = new TreeSet<>(components);
        expectedRequired.removeAll(NULLABLE.get(type));
        assertEquals(expectedRequired, required, type.getSimpleName() + ": required = every component that is never null");
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
