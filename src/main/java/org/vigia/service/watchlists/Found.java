package org.vigia.service.watchlists;

import java.time.LocalDate;
import java.util.UUID;
import org.vigia.model.HitFollowUp;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListKind;

/**
 * A list entry a check matches, before it is stored: the entry as shown to the officer, and its
 * {@code identity} in the list (the same listed person or document in another version of the
 * list has the same identity): a person's folded name and birth date; a document's normalised
 * number, type and issuing country.
 */
record Found(ListVersionRef list, UUID entryId, String entry, LocalDate birthDate, String noticeType,
             String noticeRef, String identity, double likeness) {
    WatchHit hit(UUID id, UUID checkId, boolean late) {
        return new WatchHit(id, checkId, list, list.kind(), entryId, entry, birthDate, noticeType, noticeRef, late,
                HitFollowUp.OPEN);
    }

    boolean person() {
        return list.kind() == WatchListKind.PERSONS;
    }

    static String personIdentity(String nameNorm, LocalDate birthDate) {
        return "P|" + nameNorm + "|" + birthDate;
    }

    static String documentIdentity(String numberNorm, String type, String country) {
        return "D|" + numberNorm + "|" + type + "|" + country;
    }

    /** "ORTIZ MORALES, Juliana (CO)": what the list says of a person. */
    static String personText(String given, String family, String nationality) {
        String name = family + (given == null || given.isBlank() ? "" : ", " + given);
        return nationality == null ? name : name + " (" + nationality + ")";
    }

    /** "AB 123-456 · Passport · CO": what the list says of a document. */
    static String documentText(String number, String type, String country) {
        return number + " \u00b7 " + type + " \u00b7 " + country;
    }
}
