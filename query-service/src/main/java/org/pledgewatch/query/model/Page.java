package org.pledgewatch.query.model;

import java.util.List;

/** One page of a list endpoint: {@code next} is the link to the following page, or null at the end. */
public record Page<T>(List<T> items, String next) {
}
