package org.vigia.service.roles;

import java.time.Clock;
import java.time.LocalDate;
import org.vigia.model.JourneyLeg;
import org.vigia.model.Limits;
import org.vigia.service.Checks;

/** The rules of a journey leg's fields: every refusal names its field. */
final class JourneyValidation {
    private JourneyValidation() {
    }

    static void validate(JourneyLeg leg, Clock clock) {
        Checks c = new Checks();
        if (leg.caseId() == null) {
            c.add("caseId", "validation.required");
        }
        if (leg.personId() == null) {
            c.add("personId", "validation.required");
        }
        if (leg.type() == null) {
            c.add("eventType", "validation.required");
        }
        RoleValidation.optionalCountry(c, "country", leg.country());
        c.optionalLine("place", leg.place(), Limits.LOCALITY);
        RoleValidation.pastDate(c, "legDate", leg.date(), LocalDate.now(clock));
        c.optionalText("notes", leg.notes(), Limits.JOURNEY_NOTES);
        if (leg.sequence() < 0 || leg.sequence() > Limits.MAX_JOURNEY_SEQUENCE) {
            c.add("sequence", "error.journey.sequenceRange", Limits.MAX_JOURNEY_SEQUENCE);
        }
        c.throwIfAny();
    }

    static JourneyLeg normalise(JourneyLeg l) {
        String country = l.country() == null || l.country().isBlank() ? null
                : l.country().strip().toUpperCase(java.util.Locale.ROOT);
        String place = l.place() == null || l.place().isBlank() ? null : l.place().strip();
        String notes = l.notes() == null || l.notes().isBlank() ? null : l.notes().stripTrailing();
        return new JourneyLeg(l.id(), l.version(), l.caseId(), l.personId(), l.type(), country, place, l.date(),
                l.conveyance(), notes, l.sequence(), null, null);
    }
}
