package org.pledgewatch.extractor.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pledgewatch.extractor.ArticleText;
import org.pledgewatch.extractor.Extractor;
import org.pledgewatch.extractor.Extractors;

/**
 * Prints the model loading time and the single-thread throughput of the default extractor, in
 * articles per second and MB (UTF-8) per second, after a warm-up, over every {@code .txt} of a
 * directory, and separately over the seed article. Usage: {@code BenchmarkThroughput [corpusDir]
 * [seconds] [unseenRoot]} (default {@code src/test/resources/corpus}, 5). With {@code unseenRoot}, it then reads
 * every other {@code .txt} of the directories under it once, in order: articles this run has not seen, as a service
 * meets them; the others join the warm-up, so that the code paths news takes are compiled as in a service that has
 * run for a while. The extractor remembers the models' answers for words it met before (see {@code TextAnalyzer}),
 * so the repeated articles of the first two figures are its best case, and this pass is the fair one. Last, a new
 * extractor (empty memos) reads the warm-up's articles and then the unseen ones again: new words to it, but code paths the
 * JIT has compiled by now, as in a service that has run for a long time; the first pass also pays for the compiling.
 *
 * <p>The warm-up lasts until the JIT is quiet ({@link JitWarmUp}): on two cores HotSpot has one C2 thread, and the
 * extractor's rules are large methods; 5 or 10 seconds left the hottest of them in C1's profiling tier and the
 * held-out figure a third below the service's steady state (133 against 208 seed-sized articles per CPU-second,
 * 2026-12-04).
 */
public final class BenchmarkThroughput {
    private BenchmarkThroughput() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        long t0 = System.nanoTime();
        Extractor extractor = Extractors.createDefault();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<String> bodies = new ArrayList<>();
        String seed = null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body = Files.readString(p, StandardCharsets.UTF_8);
                bodies.add(body);
                if (p.getFileName().toString().startsWith("seed-article")) {
                    seed = body;
                }
            }
        }
        if (bodies.isEmpty()) {
            System.err.println("no .txt articles in " + dir.toAbsolutePath());
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "extractor %s, models loaded in %.0f ms%n", extractor.version(), loadMs);
        List<String> unseen = new ArrayList<>();
        List<String> warmUp = new ArrayList<>(bodies);
        if (args.length > 2) {
            List<String> heldOut = unseenArticles(Path.of(args[2]), dir);
            for (int i = 0; i < heldOut.size(); i++) {
                (i % 2 == 0 ? warmUp : unseen).add(heldOut.get(i));
            }
        }
        JitWarmUp.Result warm = JitWarmUp.until(text -> extractor.extract(ArticleText.of(text)), warmUp,
                Math.max(1, seconds / 2), MAX_WARM_UP_SECONDS);
        System.out.printf(Locale.ROOT, "warm-up: %d articles in %.0f s, %s%n", warm.articles(), warm.seconds(),
                warm.quiet() ? "until the JIT was quiet" : "stopped at the cap, the JIT still compiling");
        print("corpus (" + bodies.size() + " articles)", run(extractor, bodies, seconds));
        if (seed != null) {
            List<String> one = List.of(seed);
            run(extractor, one, 1);
            print("seed article", run(extractor, one, seconds));
        }
        if (!unseen.isEmpty()) {
            double[] once = run(extractor, unseen, 0);
            print("unseen articles, once each", once);
            printSeedSized(seed, once);
            // The same articles again, by a new extractor whose memos have read only the warm-up's articles: its words are
            // new to it, as the first pass's were, but the JIT has now compiled the code paths they take. During the first
            // pass HotSpot still deoptimises and recompiles the rules at branches the warm-up never took (128
            // deoptimisations and 3.3 s of compiling in a 2.9-s pass, 2026-12-04), which a service meets once, not with
            // every new article. Two rounds: the first pays for what the first pass left to compile.
            double[] again = null;
            for (int round = 0; round < 2; round++) {
                Extractor fresh = Extractors.createDefault();
                run(fresh, warmUp, 0);
                again = run(fresh, unseen, 0);
            }
            print("unseen, compiled, new words", again);
            printSeedSized(seed, again);
        }
    }

    private static void printSeedSized(String seed, double[] r) {
        if (seed != null) {
            double seedBytes = seed.getBytes(StandardCharsets.UTF_8).length;
            System.out.printf(Locale.ROOT, "%-28s %8.1f seed-sized articles/s per CPU-second%n", "", r[1] / seedBytes / r[3]);
        }
    }

    /** The longest warm-up, for a machine too busy for the JIT ever to fall quiet. */
    private static final double MAX_WARM_UP_SECONDS = 300;

    /** The bodies of every {@code .txt} in the directories under {@code root}, except the benchmark's own corpus. */
    private static List<String> unseenArticles(Path root, Path corpus) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.getParent().equals(corpus)
                    && !f.getParent().equals(root)).sorted().toList()) {
                bodies.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    /**
     * Articles, bytes, seconds and CPU seconds spent extracting them round-robin for about {@code seconds} seconds on this
     * thread (at least once each).
     */
    static double[] run(Extractor extractor, List<String> bodies, double seconds) {
        long bytes = 0;
        long articles = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int sink = 0;
        do {
            for (String body : bodies) {
                sink += extractor.extract(ArticleText.of(body)).statements().size();
                bytes += body.getBytes(StandardCharsets.UTF_8).length;
                articles++;
            }
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = cpuStart >= 0 ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : elapsed;
        if (sink == Integer.MIN_VALUE) {
            System.out.print("");
        }
        return new double[] {articles, bytes, elapsed, cpu};
    }

    /**
     * Wall-clock rates, and the same per second of CPU time of the benchmark thread: on a shared
     * machine the second is what one core does, the first what this run happened to get.
     */
    private static void print(String what, double[] r) {
        System.out.printf(Locale.ROOT, "%-28s %8.1f articles/s  %6.2f MB/s  (%d articles in %.1f s, one thread)%n",
                what, r[0] / r[2], r[1] / r[2] / 1e6, (long) r[0], r[2]);
        System.out.printf(Locale.ROOT, "%-28s %8.1f articles/s  %6.2f MB/s  per CPU-second of that thread (%.1f s on CPU)%n",
                "", r[0] / r[3], r[1] / r[3] / 1e6, r[3]);
    }
}
