package org.vigia.service.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.service.Checks;

/** The rules of a person's fields: every refusal names its field. */
final class PersonValidation {
    static final int NAME = 120;
    static final int MAX_ALIASES = 20;
    static final int MAX_DOCUMENTS = 20;
    static final int DOCUMENT_NUMBER = 40;
    static final int CONTACT = 500;
    static final int NOTES = 4000;
    static final int MAX_AGE = 120;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private PersonValidation() {
    }

    static void validate(Person p, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Checks c = new Checks();
        boolean noName = (p.givenNames() == null || p.givenNames().isBlank())
                && (p.familyNames() == null || p.familyNames().isBlank());
        if (noName) {
            c.add("familyNames", "validation.required");
        }
        c.optionalLine("givenNames", p.givenNames(), NAME).optionalLine("familyNames", p.familyNames(), NAME);
        if (p.aliases().size() > MAX_ALIASES) {
            c.add("aliases", "validation.tooMany", MAX_ALIASES);
        }
        for (String alias : p.aliases()) {
            c.requiredLine("aliases", alias, NAME);
        }
        c.distinct("aliases", p.aliases().stream().map(a -> a == null ? "" : a.strip().toUpperCase(Locale.ROOT)).toList());
        if (p.birthDate() != null) {
            if (p.birthDate().isAfter(today)) {
                c.add("birthDate", "validation.future");
            } else if (p.birthDate().isBefore(today.minusYears(MAX_AGE))) {
                c.add("birthDate", "validation.ageRange", MAX_AGE);
            }
            if (p.ageYears() != null) {
                c.add("ageYears", "validation.ageOrBirthDate");
            }
        }
        if (p.ageYears() != null) {
            if (p.ageYears() < 0 || p.ageYears() > MAX_AGE) {
                c.add("ageYears", "validation.ageRange", MAX_AGE);
            }
            if (p.ageOn() == null) {
                c.add("ageOn", "validation.required");
            } else if (p.ageOn().isAfter(today)) {
                c.add("ageOn", "validation.future");
            } else if (p.ageOn().isBefore(Checks.EARLIEST)) {
                c.add("ageOn", "validation.dateRange", Checks.EARLIEST, today);
            }
        } else if (p.ageOn() != null) {
            c.add("ageYears", "validation.required");
        }
        for (String cc : p.citizenships()) {
            c.country("citizenships", cc);
        }
        c.distinct("citizenships", p.citizenships());
        for (String lang : p.languages()) {
            if (lang == null || !LANGUAGES.contains(lang)) {
                c.add("languages", "validation.unknownLanguage", lang);
            }
        }
        c.distinct("languages", p.languages());
        if (p.documents().size() > MAX_DOCUMENTS) {
            c.add("documents", "validation.tooMany", MAX_DOCUMENTS);
        }
        for (IdentityDocument d : p.documents()) {
            if (d.type() == null) {
                c.add("documents", "validation.required");
            }
            c.requiredLine("documents", d.number(), DOCUMENT_NUMBER);
            if (d.number() != null && !d.number().isBlank() && PersonKeys.documentNorm(d.number()).isEmpty()) {
                c.add("documents", "validation.malformed", "AB123456");
            }
            if (d.issuingCountry() != null) {
                c.country("documents", d.issuingCountry());
            }
            if (d.expiresOn() != null && (d.expiresOn().isBefore(Checks.EARLIEST) || d.expiresOn().isAfter(Checks.LATEST))) {
                c.add("documents", "validation.dateRange", Checks.EARLIEST, Checks.LATEST);
            }
        }
        c.distinct("documents", p.documents().stream().map(d -> d.type() + ":" + PersonKeys.documentNorm(d.number())).toList());
        c.optionalText("contact", p.contact(), CONTACT).optionalText("notes", p.notes(), NOTES);
        c.throwIfAny();
    }
}
