package org.pledgewatch.extraction.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids: the same article extracted by the same extractor version always yields the
 * same ids, so a redelivered article never creates a second item downstream, while a new extractor
 * version yields new ids (and replaces the old items, see {@code ArticleProcessed}).
 */
final class EventIds {

    private EventIds() {
    }

    static String of(String kind, String articleId, String extractorVersion, Object... parts) {
        StringBuilder key = new StringBuilder(kind).append('|').append(articleId).append('|').append(extractorVersion);
        for (Object part : parts) {
            key.append('|').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
