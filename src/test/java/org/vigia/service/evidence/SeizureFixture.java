package org.vigia.service.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vigia.model.Gender;
import org.vigia.model.Person;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/** A case, a person and valid seizures of the case for the service tests. */
final class SeizureFixture {
    final TestServices t;
    final UUID caseId;
    final UUID personId;

    SeizureFixture(TestServices t) {
        this.t = t;
        this.caseId = t.cases().create(CaseDraft.valid().build()).id();
        this.personId = t.app().persons().create(new Person(null, 0, "Luis", "Peña", List.of(), Gender.Masculine,
                null, false, null, null, List.of("CO"), List.of(), List.of(), null, null)).id();
    }

    SeizureService seizures() {
        return t.app().seizures();
    }

    /** USD 2,700.50 seized in Cúcuta from the person, ten days ago. */
    Seizure cash() {
        return new Seizure(null, 0, caseId, SeizureType.Cash, null, new BigDecimal("2700.50"), "usd",
                "Bundles of notes in a backpack", LocalDate.of(2026, 3, 5), "co", " Cúcuta ", personId, null, null);
    }

    Seizure phones(int count) {
        return new Seizure(null, 0, caseId, SeizureType.Phone, count, null, null, null,
                LocalDate.of(2026, 3, 1), "CO", null, null, null, null);
    }

    static Seizure with(Seizure s, SeizureType type, Integer quantity, BigDecimal amount, String currency,
                        LocalDate seizedOn, String country) {
        return new Seizure(s.id(), s.version(), s.caseId(), type, quantity, amount, currency, s.description(),
                seizedOn, country, s.locality(), s.seizedFromPersonId(), null, null);
    }
}
