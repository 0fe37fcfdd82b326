package org.vigia.service.care;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.OrganizationType;
import org.vigia.model.Person;
import org.vigia.model.RoleLink;
import org.vigia.model.ServiceReferral;
import org.vigia.model.ServiceType;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/** A case with a victim identified on 2 March 2026 (today is 15 March 2026), and the care services. */
public final class CareFixture {
    public static final LocalDate IDENTIFIED = LocalDate.of(2026, 3, 2);
    public final TestServices t;
    public final CareServices care;
    public final CaseFile kase;
    public final Person yuliana;
    public final UUID victimLink;

    public CareFixture(TestServices t) {
        this.t = t;
        this.care = new CareServices(t.app().context(), t.audit());
        this.kase = t.cases().create(CaseDraft.valid().build());
        this.yuliana = person("Yuliana", "Ortiz Beltrán");
        this.victimLink = victim(yuliana, IDENTIFIED).id();
    }

    public Person person(String given, String family) {
        return t.app().persons().create(PersonServiceTest.person(given, family, LocalDate.of(2000, 6, 1), List.of("VE")));
    }

    /** A victim link of {@code p} in the case, identified on {@code identifiedOn} (may be null). */
    public RoleLink victim(Person p, LocalDate identifiedOn) {
        VictimDetails v = new VictimDetails(TraffickingStatus.PossibleVictimOfTrafficking, DecidingOrganization.Police,
                LocalDate.of(2026, 3, 2), null, null, null, null, null, null, null, null, null, null, identifiedOn);
        return t.app().roles().add(RoleLink.of(kase.id(), p.id(), CaseRole.VICTIM, null).withVictim(v));
    }

    public RoleLink witness(Person p) {
        return t.app().roles().add(RoleLink.of(kase.id(), p.id(), CaseRole.WITNESS, null));
    }

    public ServiceReferral shelter() {
        return ServiceReferral.draft(victimLink, ServiceType.SHELTER, "Fundación Renacer", OrganizationType.NGO,
                LocalDate.of(2026, 3, 5), "Safe house in Bogotá");
    }
}
