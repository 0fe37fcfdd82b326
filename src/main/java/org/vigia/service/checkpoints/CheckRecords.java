package org.vigia.service.checkpoints;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.vigia.db.schema.tables.records.BorderCheckRecord;
import org.vigia.model.BorderCheck;
import org.vigia.model.CheckAction;
import org.vigia.model.CheckConveyance;
import org.vigia.model.CheckDirection;
import org.vigia.model.CheckResult;
import org.vigia.model.DocumentType;
import org.vigia.model.Gender;
import org.vigia.model.TravelPurpose;
import org.vigia.service.persons.PersonKeys;

/** Between the check model and its rows; trimming, code case and instants in one place. */
final class CheckRecords {
    private CheckRecords() {
    }

    static BorderCheck normalise(BorderCheck c) {
        return new BorderCheck(c.id(), c.version(), c.controlId(), millis(c.checkedAt()), blankToNull(c.externalRef()),
                blankToNull(c.givenNames()), blankToNull(c.familyNames()), c.birthDate(), c.gender(),
                upper(c.nationality()), c.minor(), blankToNull(c.docNumber()), c.docType(), upper(c.docCountry()),
                c.direction(), c.purpose(), c.conveyance(), blankToNull(c.conveyanceRef()), imo(c.vesselImo()),
                upper(c.vesselFlag()), c.result(), c.action(), blankToNull(c.notes()));
    }

    /** The check with its computed minor flag and its defaults (result and action) filled in. */
    static BorderCheck complete(BorderCheck c, Boolean minor, CheckResult result) {
        return new BorderCheck(c.id(), c.version(), c.controlId(), c.checkedAt(), c.externalRef(), c.givenNames(),
                c.familyNames(), c.birthDate(), c.gender(), c.nationality(), minor, c.docNumber(), c.docType(),
                c.docCountry(), c.direction(), c.purpose(), c.conveyance(), c.conveyanceRef(), c.vesselImo(),
                c.vesselFlag(), result, c.action() == null ? CheckAction.NONE : c.action(), c.notes());
    }

    /** An IMO number as typed ("IMO 9074729"): the digits only; null when blank. */
    static String imo(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("IMO")) {
            s = s.substring(3);
        }
        return s.replace(" ", "").replace("-", "");
    }

    /** Whether {@code digits} is 7 digits whose last is the IMO check digit (weights 7..2 over the first six). */
    static boolean validImo(String digits) {
        if (digits == null || !digits.matches("[0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (digits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == digits.charAt(6) - '0';
    }

    static void fill(BorderCheckRecord r, BorderCheck c) {
        r.setControlId(c.controlId());
        r.setCheckedAt(utc(c.checkedAt()));
        r.setExternalRef(c.externalRef());
        r.setGivenNames(c.givenNames());
        r.setFamilyNames(c.familyNames());
        r.setBirthDate(c.birthDate());
        r.setGender(name(c.gender()));
        r.setNationality(c.nationality());
        r.setMinor(c.minor());
        r.setDocNumber(c.docNumber());
        r.setDocNumberNorm(c.docNumber() == null ? null : PersonKeys.documentNorm(c.docNumber()));
        r.setDocType(name(c.docType()));
        r.setDocCountry(c.docCountry());
        r.setDirection(name(c.direction()));
        r.setPurpose(name(c.purpose()));
        r.setConveyance(name(c.conveyance()));
        r.setConveyanceRef(c.conveyanceRef());
        r.setVesselImo(c.vesselImo());
        r.setVesselFlag(c.vesselFlag());
        r.setResult(c.result().name());
        r.setAction(c.action().name());
        r.setNotes(c.notes());
    }

    static BorderCheck toModel(BorderCheckRecord r) {
        return new BorderCheck(r.getId(), r.getVersion(), r.getControlId(), r.getCheckedAt().toInstant(),
                r.getExternalRef(), r.getGivenNames(), r.getFamilyNames(), r.getBirthDate(),
                r.getGender() == null ? null : Gender.valueOf(r.getGender()), r.getNationality(), r.getMinor(),
                r.getDocNumber(), r.getDocType() == null ? null : DocumentType.valueOf(r.getDocType()),
                r.getDocCountry(), r.getDirection() == null ? null : CheckDirection.valueOf(r.getDirection()),
                r.getPurpose() == null ? null : TravelPurpose.valueOf(r.getPurpose()),
                r.getConveyance() == null ? null : CheckConveyance.valueOf(r.getConveyance()), r.getConveyanceRef(),
                r.getVesselImo(), r.getVesselFlag(), CheckResult.valueOf(r.getResult()),
                CheckAction.valueOf(r.getAction()), r.getNotes());
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant millis(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
