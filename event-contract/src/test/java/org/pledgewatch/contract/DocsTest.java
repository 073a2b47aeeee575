package org.pledgewatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.events.ArticleProcessed;
import org.pledgewatch.contract.events.ArticleReceived;
import org.pledgewatch.contract.events.CommitmentExtracted;
import org.pledgewatch.contract.events.StatementExtracted;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml and docs/events.md say what the code does. */
class DocsTest {

    private static final Path ASYNCAPI = RepoRoot.resolve("docs/asyncapi.yaml");
    private static final Path EVENTS_MD = RepoRoot.resolve("docs/events.md");

    @Test
    void asyncApiNamesEveryTopicAndEveryCloudEventsConstant() throws Exception {
        String text = Files.readString(ASYNCAPI);
        for (String topic : Topics.ALL) {
            assertTrue(text.contains("address: " + topic + "\n"), "asyncapi.yaml has no channel for topic " + topic);
        }
        for (String constant : cloudEventsConstants()) {
            assertTrue(text.contains(constant), "asyncapi.yaml does not mention " + constant);
        }
    }

    @Test
    void asyncApiChannelsAreExactlyTheTopics() throws IOException {
        Map<String, Object> doc = yaml(ASYNCAPI);
        assertEquals("3.0.0", String.valueOf(doc.get("asyncapi")));
        Set<String> addresses = new LinkedHashSet<>();
        for (Object channel : map(doc.get("channels")).values()) {
            Map<String, Object> c = map(channel);
            String address = (String) c.get("address");
            addresses.add(address);
            Map<String, Object> kafka = map(map(c.get("bindings")).get("kafka"));
            assertEquals(address, kafka.get("topic"), "binding topic of channel " + address);
            assertEquals(6, kafka.get("partitions"), "partitions of " + address + " (kafka-init creates 6)");
        }
        assertEquals(Set.copyOf(Topics.ALL), addresses);
        assertEquals(Topics.ALL.size(), map(doc.get("channels")).size());
    }

    /** Each payload message pins its ce_type and ce_source; together they are exactly the code's constants. */
    @Test
    void asyncApiMessagesCarryTheCodesCloudEventsTypes() throws IOException {
        Map<String, Object> components = map(DocsTest.yaml(ASYNCAPI).get("components"));
        Set<Object> pinnedTypes = new LinkedHashSet<>();
        Set<Object> pinnedSources = new LinkedHashSet<>();
        for (Object message : map(components.get("messages")).values()) {
            Object headers = map(message).get("headers");
            Object allOf = map(headers).get("allOf");
            if (allOf instanceof List<?> parts) {
                Map<String, Object> properties = map(map(parts.get(1)).get("properties"));
                pinnedTypes.add(map(properties.get("ce_type")).get("const"));
                pinnedSources.add(map(properties.get("ce_source")).get("const"));
            }
        }
        Set<String> types = Set.of(CloudEvents.TYPE_ARTICLE_RECEIVED, CloudEvents.TYPE_STATEMENT_EXTRACTED,
                CloudEvents.TYPE_COMMITMENT_EXTRACTED, CloudEvents.TYPE_ARTICLE_PROCESSED);
        assertEquals(types, pinnedTypes);
        assertEquals(Set.of(CloudEvents.SOURCE_INGEST, CloudEvents.SOURCE_EXTRACTION), pinnedSources);
        Map<String, Object> ceHeaders = map(map(map(components.get("schemas")).get("CloudEventHeaders")).get("properties"));
        assertEquals(types, Set.copyOf((List<?>) map(ceHeaders.get("ce_type")).get("enum")));
        assertEquals(CloudEvents.SPEC_VERSION, map(ceHeaders.get(CloudEvents.HEADER_SPEC_VERSION)).get("const"));
        for (String header : List.of(CloudEvents.HEADER_ID, CloudEvents.HEADER_TYPE, CloudEvents.HEADER_SOURCE,
                CloudEvents.HEADER_SPEC_VERSION, CloudEvents.HEADER_TIME)) {
            assertNotNull(ceHeaders.get(header), "CloudEventHeaders lacks " + header);
        }
    }

    @Test
    void asyncApiReferencesResolve() throws IOException {
        Map<String, Object> doc = yaml(ASYNCAPI);
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        Set<String> referencedFiles = new LinkedHashSet<>();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                Object target = doc;
                for (String token : ref.substring(2).split("/")) {
                    target = target instanceof Map<?, ?> m ? m.get(token.replace("~1", "/").replace("~0", "~")) : null;
                }
                assertNotNull(target, "dangling reference " + ref);
            } else {
                Path file = ASYNCAPI.getParent().resolve(ref).normalize();
                assertTrue(Files.isRegularFile(file), "missing referenced file " + ref);
                referencedFiles.add(file.getFileName().toString());
            }
        }
        assertEquals(Set.copyOf(ContractSchemas.ALL), referencedFiles, "every payload schema is referenced");
    }

    @Test
    void eventsMdNamesEveryTopicAndEveryCloudEventsConstant() throws Exception {
        String text = Files.readString(EVENTS_MD);
        for (String topic : Topics.ALL) {
            assertTrue(text.contains("`" + topic + "`"), "events.md does not name topic " + topic);
        }
        for (String constant : cloudEventsConstants()) {
            assertTrue(text.contains(constant), "events.md does not mention " + constant);
        }
        for (String schema : ContractSchemas.ALL) {
            assertTrue(text.contains(schema), "events.md does not link " + schema);
        }
    }

    @Test
    void eventsMdExamplesAreValidAndAreTheSampleRecords() throws Exception {
        Map<String, JsonNode> examples = examples();
        assertEquals(Set.copyOf(ContractSchemas.ALL), examples.keySet(), "one example per payload schema");
        for (Map.Entry<String, JsonNode> example : examples.entrySet()) {
            PayloadSchemaTest.assertValid(example.getKey(), example.getValue());
        }
        ArticleReceived article = read(examples, ContractSchemas.ARTICLE_RECEIVED, ArticleReceived.class);
        StatementExtracted statement = read(examples, ContractSchemas.STATEMENT_EXTRACTED, StatementExtracted.class);
        CommitmentExtracted commitment = read(examples, ContractSchemas.COMMITMENT_EXTRACTED, CommitmentExtracted.class);
        ArticleProcessed outcome = read(examples, ContractSchemas.ARTICLE_PROCESSED, ArticleProcessed.class);

        assertEquals(Samples.article(), article);
        assertEquals(Samples.statement(), statement);
        assertEquals(Samples.processed(), outcome);

        // the example is self-consistent: hashes, offsets (Java string indices) and ids agree
        assertEquals(sha256(article.body()), article.contentHash());
        assertEquals(statement.quote(), article.body().substring(statement.quoteStart(), statement.quoteEnd()));
        assertEquals(statement.evidence().text(),
                article.body().substring(statement.evidence().start(), statement.evidence().end()));
        assertEquals(commitment.evidence().text(),
                article.body().substring(commitment.evidence().start(), commitment.evidence().end()));
        for (String articleId : List.of(statement.articleId(), commitment.articleId(), outcome.articleId())) {
            assertEquals(article.id(), articleId);
        }
        assertEquals(article.contentHash(), outcome.contentHash());
        assertTrue(outcome.statementIds().contains(statement.id()));
        assertTrue(outcome.commitmentIds().contains(commitment.id()));
        assertEquals(outcome.statementIds().size(), outcome.statementCount());
        assertEquals(outcome.commitmentIds().size(), outcome.commitmentCount());
        assertEquals("Keir Starmer", commitment.speaker().name());
    }

    /** {@code <!-- schema: file -->} followed by a fenced json block. */
    private static Map<String, JsonNode> examples() throws IOException {
        Pattern example = Pattern.compile("<!-- schema: (\\S+) -->\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);
        Matcher m = example.matcher(Files.readString(EVENTS_MD));
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        while (m.find()) {
            JsonNode previous = examples.put(m.group(1), ContractSchemas.MAPPER.readTree(m.group(2)));
            assertEquals(null, previous, "two examples for " + m.group(1));
        }
        return examples;
    }

    private static <T> T read(Map<String, JsonNode> examples, String schema, Class<T> type) throws IOException {
        return ContractSchemas.MAPPER.treeToValue(examples.get(schema), type);
    }

    static List<String> cloudEventsConstants() throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : CloudEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        assertTrue(values.contains(CloudEvents.TYPE_COMMITMENT_EXTRACTED));
        return values;
    }

    private static String sha256(String body) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(digest);
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map, () -> "expected a mapping, got " + node);
        return (Map<String, Object>) node;
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    refs.add((String) v);
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectRefs(item, refs));
        }
    }
}
