package org.pledgewatch.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.pledgewatch.contract.CloudEvents;
import org.pledgewatch.contract.Topics;
import org.pledgewatch.testinfra.KafkaTestClient;

/**
 * What the extraction service committed to its topics (read_committed, as every reader sees them): which
 * articles were extracted, which items their outcomes name, and whether any event is there twice or missing.
 * This checks the exactly-once processing of the extraction service itself, not the query service's dedup.
 */
public record TopicAudit(Set<String> extracted, Set<String> namedItems, Set<String> itemsOnTopics,
                         int duplicateOutcomes, int duplicateStatements, int duplicateCommitments) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    /** Waits until every one of {@code articles} has an outcome on the extractions topic, then audits. */
    public static TopicAudit awaitOutcomes(String bootstrapServers, Collection<String> articles, Duration timeout) {
        Set<String> expected = Set.copyOf(articles);
        List<ConsumerRecord<String, String>> outcomes = KafkaTestClient.readUntil(bootstrapServers, Topics.EXTRACTIONS,
                timeout, records -> articleIds(records).containsAll(expected));
        Set<String> extracted = new HashSet<>();
        Set<String> namedStatements = new HashSet<>();
        Set<String> namedCommitments = new HashSet<>();
        for (ConsumerRecord<String, String> outcome : outcomes) {
            JsonNode event = parse(outcome.value());
            if ("EXTRACTED".equals(event.get("status").asText())) {
                extracted.add(event.get("articleId").asText());
                event.get("statementIds").forEach(id -> namedStatements.add(id.asText()));
                event.get("commitmentIds").forEach(id -> namedCommitments.add(id.asText()));
            }
        }
        // An outcome and its items commit together, but a read_committed reader sees a partition only up to
        // its first open transaction: one left open by a killed instance hides the items behind it until the
        // broker aborts it (transaction.timeout.ms), while the outcome's partition may have none. So wait for
        // the items to become visible first (not seeing them at all is still a failure), then audit them all.
        awaitVisible(bootstrapServers, Topics.STATEMENTS, namedStatements);
        awaitVisible(bootstrapServers, Topics.COMMITMENTS, namedCommitments);
        Set<String> namedItems = new HashSet<>(namedStatements);
        namedItems.addAll(namedCommitments);
        List<ConsumerRecord<String, String>> statements =
                KafkaTestClient.readAll(bootstrapServers, Topics.STATEMENTS, READ_TIMEOUT);
        List<ConsumerRecord<String, String>> commitments =
                KafkaTestClient.readAll(bootstrapServers, Topics.COMMITMENTS, READ_TIMEOUT);
        Set<String> itemsOnTopics = new HashSet<>(eventIds(statements));
        itemsOnTopics.addAll(eventIds(commitments));
        return new TopicAudit(extracted, namedItems, itemsOnTopics, duplicates(outcomes), duplicates(statements),
                duplicates(commitments));
    }

    /** Reads {@code topic} until every one of {@code ids} is there, or gives up quietly after a while. */
    private static void awaitVisible(String bootstrapServers, String topic, Set<String> ids) {
        try {
            KafkaTestClient.readUntil(bootstrapServers, topic, READ_TIMEOUT, records -> eventIds(records).containsAll(ids));
        } catch (AssertionError stillMissing) {
            // the audit below reports exactly which ones
        }
    }

    public Set<String> missingItems() {
        Set<String> missing = new HashSet<>(namedItems);
        missing.removeAll(itemsOnTopics);
        return missing;
    }

    /** Every acknowledged article extracted, every named item on its topic, nothing twice. */
    public void assertExactlyOnce(Set<String> acknowledged) {
        assertEquals(Set.of(), missingItems(), "every statement and commitment an outcome names is on its topic");
        assertTrue(extracted.containsAll(acknowledged), "every acknowledged article was extracted; missing: "
                + difference(acknowledged, extracted));
        assertEquals(0, duplicateOutcomes, "no outcome twice");
        assertEquals(0, duplicateStatements, "no statement twice");
        assertEquals(0, duplicateCommitments, "no commitment twice");
    }

    public String summary() {
        return String.format("extracted %d, items named by outcomes %d, missing on the topics %d, duplicate outcomes %d,"
                        + " duplicate statements %d, duplicate commitments %d", extracted.size(), namedItems.size(),
                missingItems().size(), duplicateOutcomes, duplicateStatements, duplicateCommitments);
    }

    private static Set<String> articleIds(List<ConsumerRecord<String, String>> outcomes) {
        Set<String> ids = new HashSet<>();
        outcomes.forEach(outcome -> ids.add(outcome.key()));
        return ids;
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(KafkaTestClient.header(r, CloudEvents.HEADER_ID)));
        return ids;
    }

    /** How many records repeat a ce_id already seen on the topic. */
    private static int duplicates(List<ConsumerRecord<String, String>> records) {
        Map<String, Integer> seen = new HashMap<>();
        records.forEach(r -> seen.merge(String.valueOf(KafkaTestClient.header(r, CloudEvents.HEADER_ID)), 1, Integer::sum));
        assertTrue(!seen.containsKey("null"), "every record has a ce_id");
        return seen.values().stream().mapToInt(count -> count - 1).sum();
    }

    static <T> Set<T> difference(Set<T> all, Set<T> some) {
        Set<T> rest = new HashSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
