package org.vigia.service.roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.ExploitationType;
import org.vigia.model.LabourIndustry;
import org.vigia.model.MigrantDetails;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.Person;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.RoleLink;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickerRelationship;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/** A case and persons to link, and fully filled details of each role. */
final class RoleFixture {
    final TestServices t;
    final CaseFile kase;
    final Person yuliana;
    final Person luis;

    RoleFixture(TestServices t) {
        this.t = t;
        this.kase = t.cases().create(CaseDraft.valid().build());
        this.yuliana = person("Yuliana", "Ortiz Beltrán", LocalDate.of(2008, 6, 1));
        this.luis = person("Luis", "Peña", LocalDate.of(1980, 1, 1));
    }

    Person person(String given, String family, LocalDate born) {
        return t.app().persons().create(PersonServiceTest.person(given, family, born, List.of("VE")));
    }

    RoleService roles() {
        return t.app().roles();
    }

    JourneyService journeys() {
        return t.app().journeys();
    }

    RoleLink link(UUID personId, CaseRole role) {
        return RoleLink.of(kase.id(), personId, role, null);
    }

    static SuspectDetails suspect() {
        return new SuspectDetails(ArrestStatus.Arrested, LocalDate.of(2026, 3, 1), "co", " Cúcuta ",
                EnumSet.of(OffenceType.HumanTrafficking, OffenceType.DocumentFraud),
                EnumSet.of(PerpetratorRole.RecruiterOrIntermediary, PerpetratorRole.Transporter),
                "Los del Puente", NoticeColour.Red, "A-1234/3-2026", "PE");
    }

    static VictimDetails victim() {
        return new VictimDetails(TraffickingStatus.PossibleVictimOfTrafficking, DecidingOrganization.Police,
                LocalDate.of(2026, 3, 2), TraffickerRelationship.Acquainted, 17,
                EnumSet.of(RecruitmentMethod.ThroughOnlineSocialNetworks, RecruitmentMethod.AtWork),
                "Facebook group \"Trabajo en Lima\"\nWhatsApp", EnumSet.of(ControlMethod.DebtBondage,
                ControlMethod.WithholdsDocuments), EnumSet.of(ExploitationType.SexualExploitation,
                ExploitationType.ForcedCriminality), LabourIndustry.I_AccommodationAndFoodServiceActivities,
                SexualExploitationType.Prostitution, "Insp. Rojas, DIJIN", "Bar raid, Calle 8", LocalDate.of(2026, 3, 2));
    }

    static MigrantDetails migrant() {
        return new MigrantDetails("pa", "Darién - Bajo Chiquito", LocalDate.of(2026, 2, 20),
                new BigDecimal("2700.50"), "usd", "US");
    }

    /** A smuggled migrant detected (no history yet). */
    RoleLink addMigrant(Person p) {
        return roles().add(link(p.id(), CaseRole.SMUGGLED_MIGRANT).withMigrant(migrant()));
    }

    static final DecidingOrganization POLICE = DecidingOrganization.Police;
}
