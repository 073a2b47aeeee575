package org.pledgewatch.extractor.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A directory of {@code NAME.txt} articles, each with its {@code NAME.gold.json} (articles without gold are skipped). */
public final class Corpus {
    private Corpus() {
    }

    /**
     * The batch directories of {@code root} (the dev corpus, each {@code heldout-N}) whose names {@code leftOut} does not
     * match, in name order: the tools that tune or train pass the untouched sets here.
     */
    public static List<Path> batches(Path root, Pattern leftOut) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> !leftOut.matcher(d.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public static List<GoldArticle> read(Path dir) {
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString();
                Path gold = txt.resolveSibling(name.substring(0, name.length() - 4) + ".gold.json");
                if (!Files.exists(gold)) {
                    continue;
                }
                out.add(GoldArticle.of(name, Files.readString(txt, StandardCharsets.UTF_8),
                        Files.readString(gold, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + dir, e);
        }
        return out;
    }
}
