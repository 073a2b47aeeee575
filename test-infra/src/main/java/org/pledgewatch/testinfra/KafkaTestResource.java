package org.pledgewatch.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Kafka for {@code @QuarkusTest}s: Testcontainers ({@value SharedKafka#IMAGE}) when Docker answers,
 * otherwise a real local broker in its own JVM. The contract topics exist before the app starts.
 *
 * <pre>{@code @QuarkusTestResource(KafkaTestResource.class)}</pre>
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", SharedKafka.bootstrapServers(),
                // we provide the broker; Dev Services would want Docker
                "quarkus.kafka.devservices.enabled", "false");
    }

    /** Keeps the broker for the next test class of this JVM; a shutdown hook stops it. */
    @Override
    public void stop() {
    }
}
