package org.vigia.service.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.ControlMethod;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.DocumentType;
import org.vigia.model.ExploitationType;
import org.vigia.model.Gender;
import org.vigia.model.IdentityDocument;
import org.vigia.model.MigrantDetails;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.Person;
import org.vigia.model.PersonQuery;
import org.vigia.model.RecruitmentMethod;
import org.vigia.model.RoleLink;
import org.vigia.model.SexualExploitationType;
import org.vigia.model.SuspectDetails;
import org.vigia.model.TraffickingStatus;
import org.vigia.model.VictimDetails;
import org.vigia.service.persons.PersonService;
import org.vigia.service.roles.RoleService;

/**
 * The fictitious people of the demo cases: suspects, victims (mostly women, some minors, as in
 * Turquesa IV's published figures) and smuggled migrants with the fees Turquesa V reported.
 * Each demo person carries a document numbered DEMO-…, by which a second run finds them
 * again; a case that already has people is left as it is.
 */
final class DemoPeople {
    private static final List<String> WOMEN = List.of("Yuliana", "María José", "Daniela", "Luisa Fernanda",
            "Karla", "Yessenia", "Roxana", "Wendy", "Mariela", "Dayana", "Nathalie", "Génesis", "Rosa Elena");
    private static final List<String> MEN = List.of("Luis Alberto", "Jhon Jairo", "Wilmer", "Carlos Andrés",
            "Jean-Robert", "Osvaldo", "Kevin", "Marvin", "Eduardo", "Rony", "Yordan", "Franklin");
    private static final List<String> FAMILIES = List.of("Ortiz", "Pérez", "Rodríguez", "Castillo", "Joseph",
            "Hernández", "Quispe", "Da Silva", "Mendoza", "Pierre", "González", "Ramírez", "Torres", "Chávez",
            "Mamani", "Beltrán", "Gómez", "Vera", "Acosta", "Mora", "Jean-Baptiste", "Silva", "Rojas", "Vargas",
            "Moreno", "Suárez", "Castro", "Flores", "Medina", "Herrera");
    private static final List<String> NATIONS = List.of("VE", "VE", "VE", "CO", "CO", "HT", "CU", "EC",
            "DO", "HN", "BR", "PE");
    private final PersonService persons;
    private final RoleService roles;
    private final org.vigia.service.evidence.SeizureService seizures;

    DemoPeople(PersonService persons, RoleService roles, org.vigia.service.evidence.SeizureService seizures) {
        this.persons = persons;
        this.roles = roles;
        this.seizures = seizures;
    }

    /** Adds the people of demo case {@code i} unless it has some already; returns how many were linked. */
    int addTo(CaseFile kase, int i) {
        if (!roles.rolesInCase(kase.id()).isEmpty()) {
            return 0;
        }
        Random r = new Random(7_000L + i);
        OffenceType main = kase.offences().iterator().next();
        List<RoleLink> links = new ArrayList<>();
        links.add(suspect(kase, i, r, main));
        if (kase.offences().contains(OffenceType.HumanTrafficking) || main == OffenceType.SexualOffence
                || main == OffenceType.ForcedLabour) {
            int victims = 1 + r.nextInt(3);
            for (int v = 0; v < victims; v++) {
                links.add(victim(kase, i, v, r, main));
            }
        } else if (main == OffenceType.MigrantSmuggling) {
            int migrants = 2 + r.nextInt(3);
            for (int v = 0; v < migrants; v++) {
                links.add(migrant(kase, i, v, r));
            }
        }
        links.forEach(roles::add);
        if (i % 3 == 0) {
            seize(kase, links.get(0).personId(), r);
        }
        return links.size();
    }

    /** What was seized from the suspect (Libertad reported cash, phones, computers, travel documents). */
    private void seize(CaseFile kase, java.util.UUID suspect, Random r) {
        org.vigia.model.Seizure cash = new org.vigia.model.Seizure(null, 0, kase.id(), org.vigia.model.SeizureType.Cash,
                null, BigDecimal.valueOf(500L + 100L * r.nextInt(120)), "USD", "DEMO DATA - cash found on the suspect",
                kase.openedOn(), kase.country(), kase.locality(), suspect, List.of(), List.of());
        org.vigia.model.Seizure saved = seizures.add(cash);
        seizures.addTransfer(saved.id(), "Evidence room (demo)", kase.openedOn(), "Safekeeping");
        if (r.nextBoolean()) {
            seizures.add(new org.vigia.model.Seizure(null, 0, kase.id(), r.nextBoolean()
                    ? org.vigia.model.SeizureType.Phone : org.vigia.model.SeizureType.TravelDocument, 1 + r.nextInt(3),
                    null, null, "DEMO DATA - seized at the control", kase.openedOn(), kase.country(), kase.locality(),
                    suspect, List.of(), List.of()));
        }
    }

    private RoleLink suspect(CaseFile kase, int i, Random r, OffenceType main) {
        boolean woman = r.nextInt(100) < 20;
        Person p = person(i, 0, woman ? WOMEN : MEN, woman ? Gender.Feminine : Gender.Masculine,
                kase.openedOn().minusYears(24 + r.nextInt(30)), r, kase.country());
        ArrestStatus status = r.nextInt(100) < 70 ? ArrestStatus.Arrested : ArrestStatus.Wanted;
        boolean arrested = status == ArrestStatus.Arrested;
        PerpetratorRole part = main == OffenceType.MigrantSmuggling ? PerpetratorRole.Smuggler
                : main == OffenceType.DocumentFraud ? PerpetratorRole.BrokerTravelAgent
                : r.nextBoolean() ? PerpetratorRole.RecruiterOrIntermediary : PerpetratorRole.Exploiter;
        NoticeColour notice = arrested ? null : r.nextBoolean() ? NoticeColour.Red : NoticeColour.Blue;
        return RoleLink.of(kase.id(), p.id(), CaseRole.SUSPECT, "DEMO DATA").withSuspect(new SuspectDetails(status,
                arrested ? kase.openedOn() : null, arrested ? kase.country() : null, arrested ? kase.locality() : null,
                EnumSet.copyOf(kase.offences()), EnumSet.of(part), null, notice,
                notice == null ? null : "DEMO/" + (2022 + r.nextInt(2)) + "/" + (1000 + i), null));
    }

    private RoleLink victim(CaseFile kase, int i, int v, Random r, OffenceType main) {
        boolean woman = r.nextInt(130) < 128;
        int age = r.nextInt(100) < 30 ? 14 + r.nextInt(4) : 18 + r.nextInt(14);
        Person p = person(i, 1 + v, woman ? WOMEN : MEN, woman ? Gender.Feminine : Gender.Masculine,
                kase.openedOn().minusYears(age).minusDays(r.nextInt(300)), r, null);
        String title = kase.title().toLowerCase(Locale.ROOT);
        boolean labour = main == OffenceType.ForcedLabour || kase.offences().contains(OffenceType.ForcedLabour)
                || title.contains("labour") || title.contains("forzoso");
        boolean sexual = !labour && (main == OffenceType.SexualOffence || title.contains("sex") || r.nextInt(100) < 70);
        age = java.time.Period.between(p.birthDate(), kase.openedOn()).getYears();
        TraffickingStatus status = r.nextBoolean() ? TraffickingStatus.ActualVictimOfTrafficking
                : TraffickingStatus.PossibleVictimOfTrafficking;
        return RoleLink.of(kase.id(), p.id(), CaseRole.VICTIM, "DEMO DATA").withVictim(new VictimDetails(status,
                DecidingOrganization.Police, kase.openedOn(), null, age,
                EnumSet.of(r.nextBoolean() ? RecruitmentMethod.ThroughOnlineSocialNetworks : RecruitmentMethod.ThroughFriendsOrSocialEvents),
                null, EnumSet.of(ControlMethod.WithholdsDocuments, r.nextBoolean() ? ControlMethod.DebtBondage
                        : ControlMethod.FalsePromises),
                EnumSet.of(sexual ? ExploitationType.SexualExploitation : ExploitationType.ForcedLabour), null,
                sexual ? SexualExploitationType.Prostitution : null, "Police (demo)",
                kase.locality(), kase.openedOn()));
    }

    private RoleLink migrant(CaseFile kase, int i, int v, Random r) {
        boolean woman = r.nextBoolean();
        int age = r.nextInt(100) < 15 ? 4 + r.nextInt(13) : 18 + r.nextInt(30);
        Person p = person(i, 1 + v, woman ? WOMEN : MEN, woman ? Gender.Feminine : Gender.Masculine,
                kase.openedOn().minusYears(age).minusDays(r.nextInt(300)), r, null);
        BigDecimal fee = BigDecimal.valueOf(2_700 + 100L * r.nextInt(174));
        return RoleLink.of(kase.id(), p.id(), CaseRole.SMUGGLED_MIGRANT, "DEMO DATA").withMigrant(new MigrantDetails(
                kase.country(), kase.locality(), kase.openedOn(), fee, "USD", r.nextBoolean() ? "US" : "MX"));
    }

    /** The demo person numbered by case and place, found again by their DEMO document. */
    private Person person(int i, int n, List<String> given, Gender gender, LocalDate born, Random r, String nation) {
        String doc = String.format(Locale.ROOT, "DEMO-%05d-%d", i, n);
        List<Person> found = persons.page(PersonQuery.text(doc), 0, 1);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String citizenship = nation != null ? nation : NATIONS.get(r.nextInt(NATIONS.size()));
        String givenName = given.get(r.nextInt(given.size()));
        String family = FAMILIES.get(r.nextInt(FAMILIES.size()))
                + (r.nextInt(100) < 70 ? " " + FAMILIES.get(r.nextInt(FAMILIES.size())) : "");
        if ((i == 1 || i == 2) && n == 1) { // two records of one person, to show duplicate detection and merging
            givenName = i == 1 ? "Yuliana" : "Juliana";
            family = i == 1 ? "Ortiz Beltrán" : "Ortis Beltran";
            born = LocalDate.of(2004, 3, 9);
            citizenship = "VE";
            gender = Gender.Feminine;
        }
        return persons.create(new Person(null, 0, givenName, family, List.of(), gender, born, r.nextInt(100) < 25,
                null, null, List.of(citizenship), List.of(citizenship.equals("BR") ? "pt" : citizenship.equals("HT")
                ? "fr" : "es"), List.of(new IdentityDocument(null, DocumentType.Passport, doc, citizenship, null)),
                null, "DEMO DATA - fictitious person"));
    }
}
