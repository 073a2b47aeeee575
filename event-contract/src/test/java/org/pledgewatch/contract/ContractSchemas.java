package org.pledgewatch.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How a reader validates Pledgewatch payloads against the published JSON Schemas: the schemas are on the
 * classpath under {@code schemas/} (inside the event-contract jar), and their {@code $id}s
 * ({@code https://pledgewatch.org/schemas/...}) are mapped there, so nothing is fetched from the network.
 */
final class ContractSchemas {

    static final String ID_PREFIX = "https://pledgewatch.org/schemas/";
    static final String CLASSPATH_DIR = "schemas/";

    static final String ARTICLE_RECEIVED = "article-received.v1.json";
    static final String STATEMENT_EXTRACTED = "statement-extracted.v1.json";
    static final String COMMITMENT_EXTRACTED = "commitment-extracted.v1.json";
    static final String ARTICLE_PROCESSED = "article-processed.v1.json";
    static final List<String> ALL = List.of(ARTICLE_RECEIVED, STATEMENT_EXTRACTED, COMMITMENT_EXTRACTED, ARTICLE_PROCESSED);

    /** Serializes like the services' Quarkus ObjectMapper: ISO-8601 instants, unknown properties ignored. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Formats (date-time) are asserted, not just annotated: a reader wants a bad timestamp rejected. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:" + CLASSPATH_DIR))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private ContractSchemas() {
    }

    static Schema schema(String fileName) {
        return REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + fileName));
    }

    /** The 2020-12 meta-schema, bundled with the validator. */
    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    }

    static List<Error> validate(String fileName, JsonNode payload) {
        return schema(fileName).validate(payload);
    }

    static JsonNode toJson(Object event) {
        try {
            // through text, as on the wire
            return MAPPER.readTree(MAPPER.writeValueAsString(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readSchemaFile(String fileName) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath: " + CLASSPATH_DIR + fileName);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
