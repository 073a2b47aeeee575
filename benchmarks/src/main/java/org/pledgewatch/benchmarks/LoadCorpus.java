package org.pledgewatch.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Distinct articles built from the extractor's dev corpus (real-looking news texts): article {@code n} is
 * text {@code n mod 135} with its own dateline (city, date, a run-unique number), every other round its last
 * paragraph dropped and every third its two middle paragraphs swapped, so bodies (and so article ids) never
 * repeat and texts differ in length and order.
 */
final class LoadCorpus {

    private static final String[] CITIES = {"BRUSSELS", "LONDON", "PARIS", "BERLIN", "WARSAW", "KYIV", "ROME",
            "MADRID", "OSLO", "TOKYO", "WASHINGTON", "OTTAWA", "NAIROBI", "CANBERRA", "ANKARA", "THE HAGUE"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    /** One article as posted: JSON fields of {@code POST /articles}. */
    record Article(String title, String body, String source, String publishedAt) {
    }

    private final List<List<String>> texts;
    private final String runId;

    private LoadCorpus(List<List<String>> texts, String runId) {
        this.texts = texts;
        this.runId = runId;
    }

    /** Every {@code *.txt} of {@code dir}, as lists of non-blank lines (paragraphs). */
    static LoadCorpus load(Path dir, String runId) {
        try (Stream<Path> files = Files.list(dir)) {
            List<List<String>> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no *.txt in " + dir);
            }
            return new LoadCorpus(texts, runId);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the corpus in " + dir, e);
        }
    }

    int texts() {
        return texts.size();
    }

    Article article(int number, String source) {
        List<String> paragraphs = new ArrayList<>(texts.get(number % texts.size()));
        int round = number / texts.size();
        if (round % 2 == 1 && paragraphs.size() > 2) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        if (round % 3 == 2 && paragraphs.size() > 3) {
            int middle = paragraphs.size() / 2;
            String swapped = paragraphs.get(middle);
            paragraphs.set(middle, paragraphs.get(middle - 1));
            paragraphs.set(middle - 1, swapped);
        }
        LocalDate date = FIRST_DAY.plusDays(number % 700);
        String dateline = CITIES[(number * 7 + round) % CITIES.length] + ", " + date + " (Load wire " + runId + "-"
                + number + ") - ";
        String body = dateline + String.join("\n", paragraphs);
        String title = paragraphs.get(0).length() > 80 ? paragraphs.get(0).substring(0, 80) : paragraphs.get(0);
        return new Article(title, body, source, date.toString());
    }
}
