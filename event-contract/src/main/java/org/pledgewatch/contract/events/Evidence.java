package org.pledgewatch.contract.events;

/** A span of the article body: {@code text == body.substring(start, end)}, Java string indices. */
public record Evidence(String text, int start, int end) {
}
