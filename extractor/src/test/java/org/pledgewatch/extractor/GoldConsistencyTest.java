package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgewatch.extractor.commitments.PartyPledges;
import org.pledgewatch.extractor.eval.Corpus;
import org.pledgewatch.extractor.eval.GoldArticle;

/**
 * The gold files follow the annotation guidelines (docs/extraction-guidelines.md) in the ways a script can check,
 * so that a new batch by a new annotator is scored by the same rules as the old ones. Scores mean nothing when
 * two annotators read one rule two ways.
 */
class GoldConsistencyTest {
    private static final Set<String> MODALITIES = Set.of("firm", "conditional", "hedged", "negated");

    @Test
    void everyGoldFileFollowsTheGuidelines() throws IOException, URISyntaxException {
        Path resources = Path.of(GoldConsistencyTest.class.getResource("/corpus").toURI()).getParent();
        List<String> problems = new ArrayList<>();
        int articles = 0;
        try (Stream<Path> dirs = Files.list(resources)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (GoldArticle a : Corpus.read(dir)) {
                    articles++;
                    check(dir.getFileName() + "/" + a.name(), a, problems);
                }
            }
        }
        assertTrue(articles >= 400, "found only " + articles + " annotated articles under " + resources);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static void check(String where, GoldArticle a, List<String> problems) {
        for (GoldArticle.GoldStatement s : a.statements()) {
            if (s.quote() == null || !a.body().contains(s.quote())) {
                problems.add(where + ": quote is not in the body: " + s.quote());
            }
            if (s.speaker() == null || s.speaker().isBlank()) {
                problems.add(where + ": statement without a speaker: " + s.quote());
            }
        }
        // "second commitments in a sentence whose main commitment is already annotated" are optional
        Map<String, Set<String>> firstActors = new HashMap<>();
        for (GoldArticle.GoldCommitment c : a.commitments()) {
            if (c.evidence() == null || !a.body().contains(c.evidence())) {
                problems.add(where + ": evidence is not in the body: " + c.evidence());
            }
            if (!MODALITIES.contains(c.modality())) {
                problems.add(where + ": unknown modality " + c.modality());
            }
            if (c.actors().isEmpty()) {
                problems.add(where + ": commitment without an actor: " + c.evidence());
            }
            if (c.optional()) {
                continue;
            }
            if (c.actors().stream().allMatch(PartyPledges::isPartyName)) {
                problems.add(where + ": a party's pledge binds no state and must be optional: " + c.evidence());
            }
            Set<String> before = firstActors.computeIfAbsent(c.evidence(), e -> new HashSet<>());
            if (c.actors().stream().anyMatch(before::contains)) {
                problems.add(where + ": a second commitment of the same actor in one sentence must be optional: " + c.evidence());
            }
            before.addAll(c.actors());
        }
    }
}
