package org.pledgewatch.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pledgewatch.contract.Topics;

/** Starts both resources the way Quarkus would (start()/stop()), without an application. */
class TestResourcesTest {

    @Test
    void kafkaCarriesARecordAndTheBrokerIsGoneAfterStop() {
        KafkaTestResource resource = new KafkaTestResource();
        String bootstrap = resource.start().get("kafka.bootstrap.servers");
        assertEquals(bootstrap, new KafkaTestResource().start().get("kafka.bootstrap.servers"),
                "a second start() reuses the broker of this JVM");

        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, Topics.ARTICLES, key, "{\"hello\":1}", Map.of("ce_type", "test"));
        List<ConsumerRecord<String, String>> mine = KafkaTestClient.forKey(
                KafkaTestClient.readAll(bootstrap, Topics.ARTICLES, Duration.ofSeconds(30)), key);
        assertEquals(1, mine.size());
        assertEquals("{\"hello\":1}", mine.get(0).value());
        assertEquals("test", KafkaTestClient.header(mine.get(0), "ce_type"));
        assertEquals(1, KafkaTestClient.readUntil(bootstrap, Topics.ARTICLES, Duration.ofSeconds(30),
                records -> !KafkaTestClient.forKey(records, key).isEmpty()).stream().filter(r -> key.equals(r.key())).count());

        resource.stop();
        OptionalLong pid = SharedKafka.localBrokerPid();
        SharedKafka.stop();
        pid.ifPresent(p -> assertFalse(ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false),
                "broker process " + p + " is gone"));
    }

    @Test
    void postgresAnswersSelectOne() throws Exception {
        Map<String, String> config = new PostgresTestResource().start();
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        } finally {
            SharedPostgres.stop();
        }
    }
}
