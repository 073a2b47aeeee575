package org.pledgewatch.localstack;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code ./run}: starts the whole system on this machine and keeps it running until Ctrl-C.
 * State lives in {@code <root>/.local-stack/} and survives restarts unless {@code --fresh} is given.
 */
public final class LocalStackMain {
    private static final String USAGE = String.join("\n",
            "Usage: ./run [--fresh] [--demo] [--kafka-port N] [--postgres-port N]",
            "             [--ingest-port N] [--extraction-port N] [--query-port N]",
            "",
            "Starts a Kafka broker, PostgreSQL and the three Pledgewatch services, and keeps them running",
            "until Ctrl-C. Topics, database and logs are kept in .local-stack/ across runs.",
            "",
            "  --fresh     wipe .local-stack/ (topics, database and logs together) before starting",
            "  --demo      once up, post samples/seed-article.txt and print what was extracted",
            "  --*-port N  use port N instead of the default (9092, 5432, 8081, 8082, 8083)",
            "  --help      show this text");

    /** Set when the shutdown hook starts, so the watch loop does not report the stopping processes as crashes. */
    private static volatile boolean stopping;

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return;
        }
        Path root = Paths.get(System.getProperty("pledgewatch.root", ".")).toAbsolutePath().normalize();
        LocalStack.Config config = LocalStack.Config.forRoot(root)
                .withPorts(options.kafkaPort(), options.postgresPort(), options.ingestPort(),
                        options.extractionPort(), options.queryPort())
                .withProgress(line -> System.out.println("  " + line));
        if (options.fresh()) {
            System.out.println("--fresh: deleting " + config.stateDir());
            StateDir.delete(config.stateDir());
        }

        System.out.println("Starting Pledgewatch (state in " + config.stateDir() + ")");
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Could not start: " + e.getMessage());
            System.err.println("(./run --help lists the options, e.g. other ports)");
            System.exit(1);
            return;
        }
        // closes the services, then PostgreSQL, then the broker on Ctrl-C (SIGINT) or kill (SIGTERM)
        ShutdownHooks.register(new AutoCloseable() {
            @Override
            public void close() {
                stopping = true;
                System.out.println("\nStopping Pledgewatch...");
                stack.close();
                System.out.println("Stopped.");
            }

            @Override
            public String toString() {
                return "the local stack";
            }
        });
        printReady(stack);
        if (options.demo()) {
            try {
                new Demo(stack.ingestUrl(), stack.queryUrl(), System.out).run();
            } catch (Exception e) {
                System.err.println("Demo failed: " + e.getMessage());
            }
        }
        watch(stack);
    }

    private static void printReady(LocalStack stack) {
        String ingest = stack.ingestUrl().replace("http://", "");
        String query = stack.queryUrl().replace("http://", "");
        System.out.println();
        System.out.println("Pledgewatch is running:");
        System.out.printf("  %-20s %s   POST /articles, /articles/batch (no authentication in the local stack)%n",
                LocalStack.INGEST, stack.ingestUrl());
        System.out.printf("  %-20s %s%n", LocalStack.EXTRACTION, stack.extractionUrl());
        System.out.printf("  %-20s %s   GET /articles, /commitments, /statements, /actors, /stream/commitments, "
                + "/q/swagger-ui%n", LocalStack.QUERY, stack.queryUrl());
        System.out.printf("  %-20s %s%n", "Kafka", stack.bootstrapServers());
        System.out.printf("  %-20s %s (user %s, password %s)%n", "PostgreSQL", stack.postgres().jdbcUrl(),
                stack.postgres().username(), stack.postgres().password());
        System.out.println();
        System.out.println("Try:");
        System.out.println("  curl -X POST " + ingest + "/articles -H 'Content-Type: text/plain'"
                + " --data-binary @local-stack/src/main/resources/samples/seed-article.txt");
        System.out.println("  curl " + query + "/articles/<id>");
        System.out.println();
        System.out.println("Ctrl-C stops everything.");
    }

    /**
     * Blocks until Ctrl-C; exits (stopping the rest) if the broker dies or a service that exited on its own
     * could not be restarted (the stack restarts the services, not the broker).
     */
    private static void watch(LocalStack stack) throws InterruptedException {
        while (!stopping) {
            Thread.sleep(1_000);
            if (stopping) {
                return;
            }
            if (!stack.broker().isAlive()) {
                die("the Kafka broker stopped; see " + stack.broker().logFile());
            }
            if (stack.failure() != null) {
                die(stack.failure());
            }
        }
    }

    private static void die(String why) {
        System.err.println(why);
        System.exit(1);
    }

    record Options(boolean fresh, boolean demo, boolean help, int kafkaPort, int postgresPort, int ingestPort,
                   int extractionPort, int queryPort) {

        static Options parse(List<String> args) {
            LocalStack.Config defaults = LocalStack.Config.forRoot(Paths.get("."));
            boolean fresh = false;
            boolean demo = false;
            boolean help = false;
            int kafka = defaults.kafkaPort();
            int postgres = defaults.postgresPort();
            int ingest = defaults.ingestPort();
            int extraction = defaults.extractionPort();
            int query = defaults.queryPort();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--fresh" -> fresh = true;
                    case "--demo" -> demo = true;
                    case "--help", "-h" -> help = true;
                    case "--kafka-port" -> kafka = port(args, ++i, arg);
                    case "--postgres-port" -> postgres = port(args, ++i, arg);
                    case "--ingest-port" -> ingest = port(args, ++i, arg);
                    case "--extraction-port" -> extraction = port(args, ++i, arg);
                    case "--query-port" -> query = port(args, ++i, arg);
                    default -> throw new IllegalArgumentException("Unknown option: " + arg);
                }
            }
            return new Options(fresh, demo, help, kafka, postgres, ingest, extraction, query);
        }

        private static int port(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a port number");
            }
            try {
                int port = Integer.parseInt(args.get(index));
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a port number: " + args.get(index));
            }
        }
    }
}
