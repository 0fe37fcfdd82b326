package org.vigia.service.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Gender;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.model.VictimDetails;
import org.vigia.model.VictimProtection;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/** A case with victims to protect (TestServices' today: 2026-03-15). */
public final class ProtectionFixture {
    public static final LocalDate IDENTIFIED = LocalDate.of(2026, 2, 1);
    public final TestServices t;
    public final CaseFile kase;

    public ProtectionFixture(TestServices t) {
        this(t, t.cases().create(CaseDraft.valid().build()));
    }

    public ProtectionFixture(TestServices t, CaseFile kase) {
        this.t = t;
        this.kase = kase;
    }

    public ProtectionService service() {
        return t.app().protection();
    }

    public ProtectionBoard board() {
        return t.app().protectionBoard();
    }

    public Person person(String given, String family, LocalDate born, Gender gender, String citizenship) {
        return t.app().persons().create(new Person(null, 0, given, family, List.of(), gender, born, false, null, null,
                citizenship == null ? List.of() : List.of(citizenship), List.of(), List.of(), null, null));
    }

    /** A victim link of a new person in this fixture's case, identified on {@code identified}. */
    public RoleLink victim(String given, String family, LocalDate born, Gender gender, LocalDate identified) {
        return victimIn(kase.id(), person(given, family, born, gender, "VE"), identified);
    }

    public RoleLink victimIn(UUID caseId, Person p, LocalDate identified) {
        VictimDetails v = new VictimDetails(null, null, null, null, null, null, null, null, null, null, null, null,
                null, identified);
        return t.app().roles().add(RoleLink.of(caseId, p.id(), CaseRole.VICTIM, null).withVictim(v));
    }

    /** An adult woman identified on {@link #IDENTIFIED}. */
    public RoleLink adult() {
        return victim("Yuliana", "Ortiz", LocalDate.of(1995, 5, 5), Gender.Feminine, IDENTIFIED);
    }

    public VictimProtection get(RoleLink link) {
        return service().get(link.id());
    }
}
