package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;

/** {@code vigia person show ID} lists the person's cases and roles, tab-separated. */
class PersonRolesCliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void personShowListsCasesAndRoles() {
        assertThat(vigia(dir, "init", "--office-name", "Oficina Bogotá", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        String yuliana;
        String luis;
        CaseFile first;
        CaseFile second;
        RoleLink migrant;
        RoleLink witness;
        try (AppServices s = CliTest.open(dir)) {
            yuliana = s.persons().create(PersonServiceTest.person("Yuliana", "Ortiz", LocalDate.of(1999, 4, 2),
                    List.of("VE"))).id().toString();
            luis = s.persons().create(PersonServiceTest.person("Luis", "Peña", null, List.of("CO"))).id().toString();
            first = s.cases().create(CaseDraft.valid().title("Darién crossing").openedOn(LocalDate.of(2026, 1, 5)).build());
            second = s.cases().create(CaseDraft.valid().title("Bar raid").openedOn(LocalDate.of(2025, 11, 2)).build());
            migrant = s.roles().add(RoleLink.of(first.id(), java.util.UUID.fromString(yuliana), CaseRole.SMUGGLED_MIGRANT,
                    null));
            migrant = s.roles().reclassify(migrant.id(), 0, Classification.POSSIBLE_VICTIM, DecidingOrganization.Police,
                    LocalDate.of(2026, 1, 6), "Debt bondage");
            witness = s.roles().add(RoleLink.of(second.id(), java.util.UUID.fromString(yuliana), CaseRole.WITNESS,
                    "Saw the recruiter"));
        }

        CliRun show = vigia(dir, "person", "show", yuliana);

        assertThat(show.code()).as(show.err()).isZero();
        List<String> lines = show.outLines();
        int at = lines.indexOf(EN.get("role.casesOfPerson") + ":");
        assertThat(at).as("title line in %s", lines).isPositive();
        assertThat(lines.get(at + 1)).isEqualTo("case_number\trole\tclassification\tcase_id\tlink_id\tcase_title");
        assertThat(lines.subList(at + 2, lines.size())).containsExactly(
                first.number() + "\tVICTIM\tPOSSIBLE_VICTIM\t" + first.id() + "\t" + migrant.id() + "\tDarién crossing",
                second.number() + "\tWITNESS\t\t" + second.id() + "\t" + witness.id() + "\tBar raid");
        // a victim: her pseudonym, not her name
        assertThat(lines.get(0)).isEqualTo(EN.field("familyNames") + ": "
                + org.vigia.model.Pseudonym.of(java.util.UUID.fromString(yuliana), "Yuliana", "Ortiz"));

        assertThat(vigia(dir, "person", "show", luis).outLines())
                .endsWith(EN.get("role.casesOfPerson") + ": " + EN.get("role.noCases"));
    }
}
