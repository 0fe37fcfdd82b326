package org.vigia.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A smuggled migrant's part: where (country, place) and when detected, the fee paid to the
 * smugglers (amount and ISO 4217 currency) and the destination country. Every field may be empty,
 * but an amount needs its currency.
 */
public record MigrantDetails(String detectedCountry, String detectedPlace, LocalDate detectedOn,
                             BigDecimal feeAmount, String feeCurrency, String destinationCountry) {
}
