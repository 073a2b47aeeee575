package org.pledgewatch.contract.events;

import java.math.BigDecimal;

/** A quantity: {@code unit} is an ISO 4217 code for money, {@code troops}, {@code percent_gdp}, ... */
public record Amount(BigDecimal value, String unit, String text) {
}
