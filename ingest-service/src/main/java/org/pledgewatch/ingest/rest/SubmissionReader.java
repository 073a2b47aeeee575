package org.pledgewatch.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.pledgewatch.ingest.model.ArticleSubmission;
import org.pledgewatch.ingest.service.InvalidArticleException;

/**
 * Parses JSON and NDJSON submissions strictly: a number or an object where a string is expected is an
 * error the caller must hear about, not something to coerce silently.
 */
@ApplicationScoped
public class SubmissionReader {

    /** One parsed batch line or element: either a submission or the reason it could not be read. */
    public record Item(ArticleSubmission submission, String error) {
    }

    private final ObjectMapper strict;
    private final ObjectReader submissions;

    public SubmissionReader(ObjectMapper mapper) {
        this.strict = mapper.copy();
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            strict.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        this.submissions = strict.readerFor(ArticleSubmission.class);
    }

    public ArticleSubmission readOne(String json) {
        return toSubmission(parse(json));
    }

    public List<Item> readArray(String json, int maxItems) {
        JsonNode root = parse(json);
        if (!root.isArray()) {
            throw new InvalidArticleException("A batch is a JSON array of articles (or NDJSON, one article per line).");
        }
        checkBatchSize(root.size(), maxItems);
        List<Item> items = new ArrayList<>(root.size());
        root.forEach(node -> items.add(item(node)));
        return items;
    }

    public List<Item> readLines(String ndjson, int maxItems) {
        List<String> lines = ndjson == null ? List.of() : ndjson.lines().filter(line -> !line.isBlank()).toList();
        checkBatchSize(lines.size(), maxItems);
        List<Item> items = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                items.add(item(parse(line)));
            } catch (InvalidArticleException e) {
                items.add(new Item(null, e.getMessage()));
            }
        }
        return items;
    }

    private Item item(JsonNode node) {
        try {
            return new Item(toSubmission(node), null);
        } catch (InvalidArticleException e) {
            return new Item(null, e.getMessage());
        }
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidArticleException("The request has no content.");
        }
        try {
            return strict.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    private ArticleSubmission toSubmission(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidArticleException("An article is a JSON object such as {\"body\": \"...\"}.");
        }
        try {
            return submissions.readValue(node);
        } catch (java.io.IOException e) {
            throw new InvalidArticleException("Invalid article: " + firstLine(e.getMessage()));
        }
    }

    private static void checkBatchSize(int size, int maxItems) {
        if (size > maxItems) {
            throw new BatchTooLargeException(size, maxItems);
        }
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
