package org.pledgewatch.extractor;

/** A span of the article body: {@code text == body.substring(start, end)}. */
public record Evidence(String text, int start, int end) {
    public static Evidence of(String body, int start, int end) {
        return new Evidence(body.substring(start, end), start, end);
    }
}
