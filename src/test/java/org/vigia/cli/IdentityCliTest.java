package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.model.AuditEvent;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Pseudonym;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.IdentityService;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;

/** {@code vigia person list/show} never print a victim's name; {@code show --reveal REASON} does, audited. */
class IdentityCliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void listAndShowPrintTheVictimsPseudonymAndRevealNeedsAReason() {
        assertThat(vigia(dir, "init", "--office-name", "Oficina Bogotá", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        UUID yuliana;
        try (AppServices s = CliTest.open(dir)) {
            yuliana = s.persons().create(PersonServiceTest.person("Yuliana", "Ortiz", LocalDate.of(1999, 4, 2),
                    List.of("VE"), PersonServiceTest.passport("PA4471902", "VE"))).id();
            UUID luis = s.persons().create(PersonServiceTest.person("Luis", "Peña", null, List.of("CO"))).id();
            CaseFile kase = s.cases().create(CaseDraft.valid().build());
            s.roles().add(RoleLink.of(kase.id(), yuliana, CaseRole.VICTIM, null));
            s.roles().add(RoleLink.of(kase.id(), luis, CaseRole.SUSPECT, null));
        }
        String pseudonym = Pseudonym.of(yuliana, "Yuliana", "Ortiz");

        CliRun list = vigia(dir, "person", "list", "--search", "ortiz");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains(yuliana + "\t" + pseudonym + "\t\t1999\tVE\tPassport ").doesNotContain(
                "Yuliana", "Ortiz", "PA4471902");
        assertThat(vigia(dir, "person", "list").out()).contains("\tPeña\tLuis\t");

        CliRun show = vigia(dir, "person", "show", yuliana.toString());
        assertThat(show.out()).contains(EN.field("familyNames") + ": " + pseudonym)
                .doesNotContain("Yuliana", "Ortiz", "PA4471902");

        CliRun blank = vigia(dir, "person", "show", yuliana.toString(), "--reveal", " ");
        assertThat(blank.code()).isNotZero();
        assertThat(blank.out()).doesNotContain("Yuliana");

        CliRun revealed = vigia(dir, "person", "show", yuliana.toString(), "--reveal", "Prosecutor request 118");
        assertThat(revealed.code()).as(revealed.err()).isZero();
        assertThat(revealed.outLines().get(0)).isEqualTo(EN.field("familyNames") + ": Ortiz");
        assertThat(revealed.out()).contains("PA4471902");
        try (AppServices s = CliTest.open(dir)) {
            List<AuditEvent> reveals = s.audit().page(0, 1000).stream()
                    .filter(e -> e.action().equals(IdentityService.ACTION)).toList();
            assertThat(reveals).singleElement().satisfies(e -> {
                assertThat(e.entityId()).isEqualTo(yuliana);
                assertThat(e.summary()).contains("Prosecutor request 118").doesNotContain("Ortiz");
            });
            assertThat(s.persons().get(yuliana).fullName()).as("a new session: hidden again").isEqualTo(pseudonym);
        }
    }
}
