package org.vigia.service.evidence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.model.Limits;
import org.vigia.model.Seizure;
import org.vigia.service.Checks;

/** The rules of a seizure's and a custody transfer's fields: every refusal names its field. */
final class SeizureValidation {
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private SeizureValidation() {
    }

    static void validate(Seizure s, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Checks c = new Checks();
        if (s.type() == null) {
            c.add("seizureType", "validation.required");
        }
        if (s.quantity() != null && s.quantity() < 0) {
            c.add("quantity", "error.seizure.negative");
        }
        amount(c, s.amount(), s.currency());
        c.optionalText("description", s.description(), Limits.SEIZURE_DESCRIPTION);
        date(c, "seizedOn", s.seizedOn(), today);
        c.requiredCountry("country", s.country());
        c.optionalLine("locality", s.locality(), Limits.LOCALITY);
        c.throwIfAny();
    }

    private static void amount(Checks c, BigDecimal amount, String currency) {
        if (amount == null) {
            if (currency != null) {
                c.add("amount", "validation.required");
            }
            return;
        }
        if (amount.signum() < 0) {
            c.add("amount", "error.seizure.negative");
        } else if (Math.max(0, amount.stripTrailingZeros().scale()) > 2) {
            c.add("amount", "error.seizure.amountDecimals");
        } else if (amount.precision() - amount.scale() > Limits.AMOUNT_INTEGER_DIGITS) {
            c.add("amount", "error.seizure.amountTooLarge");
        }
        if (currency == null) {
            c.add("currency", "validation.required");
        } else if (!CURRENCIES.contains(currency)) {
            c.add("currency", "error.seizure.unknownCurrency", currency);
        }
    }

    /** A custody transfer: holder, a date from the seizure (or the previous transfer) to today. */
    static void transfer(String holder, LocalDate on, String purpose, LocalDate seizedOn, LocalDate previous,
                         Clock clock) {
        Checks c = new Checks();
        c.requiredLine("holder", holder, Limits.CUSTODY_HOLDER);
        if (date(c, "transferredOn", on, LocalDate.now(clock))) {
            if (on.isBefore(seizedOn)) {
                c.add("transferredOn", "error.seizure.transferBeforeSeizure", seizedOn);
            } else if (previous != null && on.isBefore(previous)) {
                c.add("transferredOn", "error.seizure.transferBeforePrevious", previous);
            }
        }
        c.optionalLine("transferPurpose", purpose, Limits.CUSTODY_PURPOSE);
        c.throwIfAny();
    }

    /** A required date, not in the future; true when it passed. */
    private static boolean date(Checks c, String field, LocalDate d, LocalDate today) {
        c.requiredDate(field, d);
        if (c.ok(field) && d.isAfter(today)) {
            c.add(field, "validation.future");
        }
        return c.ok(field);
    }

    /** An evidence file's name (without folders) and optional media type. */
    static void file(String fileName, String mediaType) {
        Checks c = new Checks();
        c.requiredLine("file", fileName, Limits.EVIDENCE_FILE_NAME);
        c.optionalLine("file", mediaType, Limits.EVIDENCE_MEDIA_TYPE);
        c.throwIfAny();
    }
}
