package org.pledgewatch.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One annotated article: its body, its headline when the gold file gives one ({@code "title"}, else
 * null), and the statements and commitments an analyst marked in it.
 */
public record GoldArticle(String name, String title, String body, List<GoldStatement> statements,
                          List<GoldCommitment> commitments) {

    public record GoldStatement(String speaker, String quote, boolean direct, boolean optional) {
    }

    public record GoldCommitment(List<String> actors, String action, String beneficiary, String condition,
                                 String modality, String evidence, boolean optional) {
    }

    @SuppressWarnings("unchecked")
    public static GoldArticle of(String name, String body, String goldJson) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(goldJson);
        List<GoldStatement> statements = new ArrayList<>();
        for (Object o : (List<Object>) root.getOrDefault("statements", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            statements.add(new GoldStatement((String) m.get("speaker"), (String) m.get("quote"),
                    Boolean.TRUE.equals(m.get("direct")), Boolean.TRUE.equals(m.get("optional"))));
        }
        List<GoldCommitment> commitments = new ArrayList<>();
        for (Object o : (List<Object>) root.getOrDefault("commitments", List.of())) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<String> actors = new ArrayList<>();
            for (Object a : (List<Object>) m.getOrDefault("actors", List.of())) {
                actors.add((String) a);
            }
            commitments.add(new GoldCommitment(actors, (String) m.get("action"), (String) m.get("beneficiary"),
                    (String) m.get("condition"), (String) m.get("modality"), (String) m.get("evidence"),
                    Boolean.TRUE.equals(m.get("optional"))));
        }
        return new GoldArticle(name, (String) root.get("title"), body, statements, commitments);
    }
}
