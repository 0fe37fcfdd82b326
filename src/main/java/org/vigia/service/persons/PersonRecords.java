package org.vigia.service.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigia.db.schema.tables.records.PersonDocumentRecord;
import org.vigia.db.schema.tables.records.PersonRecord;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;

/** Between the person model and its rows; trimming and code case in one place. */
final class PersonRecords {
    private PersonRecords() {
    }

    static Person normalise(Person p) {
        List<IdentityDocument> docs = p.documents().stream().map(d -> new IdentityDocument(d.id(), d.type(),
                strip(d.number()), upper(d.issuingCountry()), d.expiresOn())).toList();
        return new Person(p.id(), p.version(), strip(p.givenNames()), strip(p.familyNames()),
                p.aliases().stream().map(PersonRecords::strip).toList(), p.gender(), p.birthDate(),
                p.birthDateEstimated(), p.ageYears(), p.ageOn(),
                p.citizenships().stream().map(PersonRecords::upper).toList(),
                p.languages().stream().map(l -> l == null ? null : l.strip().toLowerCase(Locale.ROOT)).toList(),
                docs, blankToNull(p.contact()), blankToNull(p.notes()));
    }

    /** Every name a person goes by: given, family and aliases. */
    static List<String> names(Person p) {
        List<String> names = new ArrayList<>();
        names.add(p.givenNames() == null ? "" : p.givenNames());
        names.add(p.familyNames() == null ? "" : p.familyNames());
        names.addAll(p.aliases());
        return names;
    }

    static void fill(PersonRecord r, Person p) {
        r.setGivenNames(p.givenNames() == null ? "" : p.givenNames());
        r.setFamilyNames(p.familyNames() == null ? "" : p.familyNames());
        r.setAliases(p.aliases().toArray(String[]::new));
        r.setGender(p.gender() == null ? null : p.gender().name());
        r.setBirthDate(p.birthDate());
        r.setBirthDateEstimated(p.birthDateEstimated());
        r.setAgeYears(p.ageYears());
        r.setAgeOn(p.ageOn());
        r.setCitizenships(p.citizenships().toArray(String[]::new));
        r.setLanguages(p.languages().toArray(String[]::new));
        r.setContact(p.contact());
        r.setNotes(p.notes());
        r.setNameNorm(PersonKeys.nameNorm(p.givenNames(), p.familyNames()));
        r.setBirthYear(p.birthYear());
    }

    static Person toModel(PersonRecord r, List<IdentityDocument> docs) {
        return new Person(r.getId(), r.getVersion(), r.getGivenNames(), r.getFamilyNames(), list(r.getAliases()),
                r.getGender() == null ? null : Gender.valueOf(r.getGender()), r.getBirthDate(),
                Boolean.TRUE.equals(r.getBirthDateEstimated()), r.getAgeYears(), r.getAgeOn(),
                list(r.getCitizenships()), list(r.getLanguages()), docs, r.getContact(), r.getNotes());
    }

    static IdentityDocument document(PersonDocumentRecord d) {
        return new IdentityDocument(d.getId(), DocumentType.valueOf(d.getDocType()), d.getNumber(),
                d.getIssuingCountry(), d.getExpiresOn());
    }

    private static List<String> list(String[] a) {
        return a == null ? List.of() : List.of(a);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
