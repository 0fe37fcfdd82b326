package org.vigia.service.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.Gender;
import org.vigia.model.MigrantDetails;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.model.VictimDetails;
import org.vigia.testing.TestServices;

/** "Minor at identification" is computed from the person's birth and the identification date, never typed. */
class MinorAtIdentificationTest {
    private final TestServices t = TestServices.withOffice();
    private final RoleFixture f = new RoleFixture(t);

    @AfterEach
    void close() {
        t.close();
    }

    private Person withAge(String given, int age, LocalDate on) {
        return t.app().persons().create(new Person(null, 0, given, "Quispe", List.of(), Gender.Masculine, null, false,
                age, on, List.of("PE"), List.of(), List.of(), null, null));
    }

    private RoleLink victimIdentifiedOn(Person p, LocalDate identified) {
        VictimDetails v = new VictimDetails(null, null, null, null, null, null, null, null, null, null, null, null,
                null, identified);
        return f.roles().add(f.link(p.id(), CaseRole.VICTIM).withVictim(v));
    }

    @Test
    void fromTheDateOfBirth() {
        Person born2008 = f.person("Rosa", "Mamani", LocalDate.of(2008, 3, 10));
        assertThat(victimIdentifiedOn(born2008, LocalDate.of(2026, 3, 9)).minorAtIdentification()).isTrue();
        Person sameBirth = f.person("Rita", "Mamani", LocalDate.of(2008, 3, 10));
        assertThat(victimIdentifiedOn(sameBirth, LocalDate.of(2026, 3, 10)).minorAtIdentification()).isFalse();
    }

    @Test
    void fromAnAgeAtADate() {
        Person aged16 = withAge("Juan", 16, LocalDate.of(2026, 1, 10));
        RoleLink link = victimIdentifiedOn(aged16, LocalDate.of(2026, 2, 1));
        assertThat(link.minorAtIdentification()).isTrue();
        assertThat(f.roles().get(link.id()).minorAtIdentification()).isTrue();
        Person aged40 = withAge("Pedro", 40, LocalDate.of(2026, 1, 10));
        assertThat(victimIdentifiedOn(aged40, LocalDate.of(2026, 2, 1)).minorAtIdentification()).isFalse();
        Person aged17 = withAge("Mario", 17, LocalDate.of(2025, 3, 1));
        assertThat(victimIdentifiedOn(aged17, LocalDate.of(2026, 2, 1)).minorAtIdentification())
                .as("17 or 18 eleven months later: cannot tell").isNull();
    }

    @Test
    void unknownWithoutABirthOrWithoutAnIdentificationDate() {
        Person noBirth = f.person("Ana", "Sin Fecha", null);
        assertThat(victimIdentifiedOn(noBirth, LocalDate.of(2026, 2, 1)).minorAtIdentification()).isNull();
        Person born = f.person("Eva", "Con Fecha", LocalDate.of(2010, 1, 1));
        RoleLink undated = victimIdentifiedOn(born, null);
        assertThat(undated.minorAtIdentification()).isNull();
        // the People tab then tells whether the person is a minor today
        assertThat(f.roles().rolesInCase(f.kase.id())).filteredOn(p -> p.link().id().equals(undated.id()))
                .singleElement().extracting(CasePerson::minor).isEqualTo(true);
    }

    @Test
    void aMigrantIsJudgedOnTheDetectionDateAndTheFlagFollowsThePersonsData() {
        RoleLink migrant = f.roles().add(f.link(f.yuliana.id(), CaseRole.SMUGGLED_MIGRANT).withMigrant(
                new MigrantDetails("PA", null, LocalDate.of(2026, 5, 31).minusYears(1), null, null, null)));
        assertThat(migrant.minorAtIdentification()).as("born 2008-06-01, detected 2025-05-31").isTrue();
        assertThat(f.roles().add(f.link(f.luis.id(), CaseRole.SUSPECT)).minorAtIdentification()).isNull();
        // a corrected date of birth changes the computed flag; nothing typed to keep in step
        Person y = t.app().persons().get(f.yuliana.id());
        t.app().persons().update(new Person(y.id(), y.version(), y.givenNames(), y.familyNames(), y.aliases(), y.gender(),
                LocalDate.of(2000, 1, 1), false, null, null, y.citizenships(), y.languages(), y.documents(), null, null));
        assertThat(f.roles().get(migrant.id()).minorAtIdentification()).isFalse();
    }
}
