package org.pledgewatch.query.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset-pagination position: the sort key of the last item of a page. Opaque to callers (base64url),
 * so its format can change without breaking anyone who just follows {@code next} links.
 */
public record Cursor(Instant date, String id) {

    public String encode() {
        String raw = date.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service made */
    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Cursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'cursor' is not a cursor from a 'next' link: " + text, e);
        }
    }
}
