package org.pledgewatch.extractor;

import java.math.BigDecimal;

/**
 * A quantity named in a commitment. {@code unit} is an ISO 4217 currency code for money
 * (e.g. {@code "EUR"}), {@code "troops"}, {@code "percent_gdp"}, or another lower-case noun;
 * {@code text} is the words as written (e.g. "2.5 billion euros").
 */
public record Amount(BigDecimal value, String unit, String text) {
}
