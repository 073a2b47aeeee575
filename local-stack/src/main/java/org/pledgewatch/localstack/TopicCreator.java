package org.pledgewatch.localstack;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.pledgewatch.contract.Topics;

/**
 * Creates the contract's topics. Idempotent: a topic that exists already is left as it is, so a
 * persistent broker can be started again and again.
 */
public final class TopicCreator {
    /** Enough partitions to show that ordering holds per article key, few enough for a laptop. */
    public static final int DEFAULT_PARTITIONS = 6;

    private TopicCreator() {
    }

    /** All topics of {@link Topics#ALL}, {@value #DEFAULT_PARTITIONS} partitions each. */
    public static void createContractTopics(String bootstrapServers) {
        create(bootstrapServers, Topics.ALL, DEFAULT_PARTITIONS);
    }

    public static void createContractTopics(String bootstrapServers, int partitions) {
        create(bootstrapServers, Topics.ALL, partitions);
    }

    public static void create(String bootstrapServers, Collection<String> topics, int partitions) {
        List<NewTopic> newTopics = topics.stream()
                .map(name -> new NewTopic(name, partitions, (short) 1))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + created.getKey(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("creating topic " + created.getKey() + " timed out", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while creating topic " + created.getKey(), e);
                }
            }
        }
    }
}
