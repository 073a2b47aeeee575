package org.pledgewatch.ingest.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Stable article ids: the same URL, or without a URL the same normalized body, always gives the same
 * id, so a repeated POST is recognised downstream instead of counted twice.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    public static String idFor(String url, String body) {
        String key = url != null && !url.isBlank() ? "url:" + normalizeUrl(url) : "body:" + normalizeBody(body);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** {@code sha256:<hex>} of the body exactly as received. */
    public static String contentHash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Case-insensitive scheme and host, no fragment, no trailing slash: the variants a crawler or a
     * person copying a link typically produces for the same page.
     */
    static String normalizeUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + port + path + query;
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** Unicode NFC, whitespace runs collapsed, trimmed: re-wrapped or re-encoded copies match. */
    static String normalizeBody(String body) {
        return Normalizer.normalize(body, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }
}
