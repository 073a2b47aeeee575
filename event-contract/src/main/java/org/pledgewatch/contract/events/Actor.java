package org.pledgewatch.contract.events;

/** Who commits or benefits. Countries have their ISO 3166 alpha-3 code as id. */
public record Actor(String id, String name, String type, String country) {
}
