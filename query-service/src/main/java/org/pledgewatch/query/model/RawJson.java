package org.pledgewatch.query.model;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A read-model item exactly as stored (the event's JSON), written out as it is: lists serve their items
 * without parsing and re-serializing each one.
 */
public record RawJson(@JsonValue @JsonRawValue String json) {
}
