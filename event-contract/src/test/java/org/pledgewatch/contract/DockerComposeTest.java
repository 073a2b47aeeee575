package org.pledgewatch.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgewatch.contract.DocsTest.map;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docker-compose.yml cannot run here (no Docker engine), so check that it agrees with the code. */
class DockerComposeTest {

    private static final Path COMPOSE = RepoRoot.resolve("docker-compose.yml");

    private static Map<String, Object> services() throws IOException {
        return map(DocsTest.yaml(COMPOSE).get("services"));
    }

    @Test
    void kafkaInitCreatesExactlyTheContractTopics() throws IOException {
        Map<String, Object> init = map(services().get("kafka-init"));
        String script = String.join("\n", commandOf(init));
        Matcher create = Pattern.compile("kafka-topics\\.sh (.*--create.*)").matcher(script);
        List<String> topics = new ArrayList<>();
        while (create.find()) {
            String line = create.group(1);
            assertTrue(line.contains("--if-not-exists"), line);
            assertTrue(line.contains("--partitions 6"), line);
            Matcher topic = Pattern.compile("--topic (\\S+)").matcher(line);
            assertTrue(topic.find(), line);
            topics.add(topic.group(1));
        }
        assertEquals(Topics.ALL, topics);
        assertEquals("service_healthy", map(map(init.get("depends_on")).get("kafka")).get("condition"));
    }

    @Test
    void kafkaIsTheBrokerVersionOfThePomWithoutAutoCreatedTopics() throws IOException {
        Map<String, Object> kafka = map(services().get("kafka"));
        String pom = Files.readString(RepoRoot.resolve("pom.xml"));
        Matcher version = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>").matcher(pom);
        assertTrue(version.find());
        assertEquals("apache/kafka:" + version.group(1), kafka.get("image"));
        assertEquals(kafka.get("image"), map(services().get("kafka-init")).get("image"));
        Map<String, Object> env = map(kafka.get("environment"));
        assertEquals("false", String.valueOf(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")));
        assertTrue(String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("//kafka:9092"));
        assertTrue(String.valueOf(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("//localhost:9092"));
        assertNotNull(kafka.get("healthcheck"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "extraction-service", "query-service"})
    void servicePortsDockerfilesAndDependenciesAgreeWithTheCode(String name) throws IOException {
        Map<String, Object> service = map(services().get(name));
        int port = Integer.parseInt(applicationProperties(name).getProperty("quarkus.http.port"));

        List<?> ports = (List<?>) service.get("ports");
        assertEquals(List.of(port + ":" + port), ports, name + " publishes quarkus.http.port");

        Map<String, Object> build = map(service.get("build"));
        Path context = RepoRoot.get().resolve((String) build.get("context")).normalize();
        assertEquals(RepoRoot.resolve(name), context);
        Path dockerfile = context.resolve((String) build.get("dockerfile"));
        assertTrue(Files.isRegularFile(dockerfile), "missing " + dockerfile);
        String dockerfileText = Files.readString(dockerfile);
        assertTrue(dockerfileText.contains("\nEXPOSE " + port + "\n"), dockerfile + " exposes " + port);
        assertTrue(dockerfileText.contains("registry.access.redhat.com/ubi9/openjdk-17-runtime"), dockerfile.toString());
        assertTrue(dockerfileText.contains("target/quarkus-app/lib/"), dockerfile.toString());

        Map<String, Object> env = map(service.get("environment"));
        assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertEquals("service_completed_successfully", map(dependsOn.get("kafka-init")).get("condition"));
        String healthcheck = String.valueOf(map(service.get("healthcheck")).get("test"));
        assertTrue(healthcheck.contains("/" + port) && healthcheck.contains("/q/health/ready"), healthcheck);
    }

    @Test
    void queryServiceUsesTheComposePostgres() throws IOException {
        Map<String, Object> postgres = map(services().get("postgres"));
        assertEquals("postgres:17", postgres.get("image"));
        Map<String, Object> pgEnv = map(postgres.get("environment"));
        assertNotNull(postgres.get("healthcheck"));

        Map<String, Object> query = map(services().get("query-service"));
        Map<String, Object> env = map(query.get("environment"));
        assertEquals("jdbc:postgresql://postgres:5432/" + pgEnv.get("POSTGRES_DB"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(pgEnv.get("POSTGRES_USER"), env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(pgEnv.get("POSTGRES_PASSWORD"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("pledgewatch", pgEnv.get("POSTGRES_DB"));
        assertEquals("service_healthy", map(map(query.get("depends_on")).get("postgres")).get("condition"));
        // the same database name as the service's own default
        String jdbcUrl = applicationProperties("query-service").getProperty("quarkus.datasource.jdbc.url");
        assertTrue(jdbcUrl.endsWith("/" + pgEnv.get("POSTGRES_DB")), jdbcUrl);
    }

    private static List<String> commandOf(Map<String, Object> service) {
        Object command = service.get("command");
        List<String> parts = new ArrayList<>();
        if (command instanceof List<?> list) {
            list.forEach(part -> parts.add(String.valueOf(part)));
        } else {
            parts.add(String.valueOf(command));
        }
        return parts;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RepoRoot.resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
