package org.vigia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Person;
import org.vigia.model.Pseudonym;
import org.vigia.model.Role;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.IdentityService;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;
import org.vigia.ui.RecordingDialogs;
import org.vigia.ui.access.LockViewModel;
import org.vigia.ui.common.RevealIdentity;
import org.vigia.ui.common.SameThreadTaskRunner;

/** The person form of a hidden victim, "Reveal identity…" and the lock, without the toolkit. */
class RevealIdentityViewModelTest {
    private final TestServices t = TestServices.withOffice();
    private final Messages m = new Messages(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final Person yuliana = t.app().persons().create(PersonServiceTest.person("Yuliana", "Ortiz", LocalDate.of(
            2009, 4, 2), List.of("VE")));
    private final String pseudonym = Pseudonym.of(yuliana.id(), "Yuliana", "Ortiz");

    RevealIdentityViewModelTest() {
        CaseFile kase = t.cases().create(CaseDraft.valid().build());
        t.app().roles().add(RoleLink.of(kase.id(), yuliana.id(), CaseRole.VICTIM, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private PersonEditorViewModel editor() {
        PersonEditorViewModel vm = new PersonEditorViewModel(t.app().persons(), t.app().merges(), runner, m,
                TestServices.CLOCK);
        vm.setReveal(new RevealIdentity(t.app().identity(), runner, m, dialogs));
        vm.load(yuliana.id());
        return vm;
    }

    private long reveals() {
        return t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(IdentityService.ACTION));
    }

    @Test
    void aHiddenVictimLoadsReadOnlyByPseudonymAndSavingIsRefused() {
        PersonEditorViewModel vm = editor();
        assertThat(vm.maskedProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).isEqualTo(pseudonym);
        assertThat(vm.familyNamesProperty().get()).isEqualTo(pseudonym);
        assertThat(vm.canReveal()).isTrue();

        vm.givenNamesProperty().set("Someone");
        vm.save(p -> { });
        assertThat(vm.messageProperty().get()).isEqualTo(m.get("identity.revealToEdit"));
        assertThat(t.dsl().select(PERSON.GIVEN_NAMES, PERSON.FAMILY_NAMES).from(PERSON).fetchSingle().intoList())
                .containsExactly("Yuliana", "Ortiz");
    }

    @Test
    void revealingAsksWhyThenShowsTheRealNameAndCancellingDoesNothing() {
        PersonEditorViewModel vm = editor();
        boolean[] told = new boolean[1];
        vm.setOnRevealed(() -> told[0] = true);

        dialogs.answer = null; // cancelled
        vm.reveal();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(vm.maskedProperty().get()).isTrue();
        assertThat(reveals()).isZero();

        dialogs.answer = "  ";
        vm.reveal();
        assertThat(dialogs.errors).singleElement().asString().isEqualTo(
                m.get("identity.reveal.failed", m.get("validation.line", m.field("reason"), m.get("validation.required"))));
        assertThat(reveals()).isZero();

        dialogs.answer = "Hearing on Monday";
        vm.reveal();
        assertThat(vm.maskedProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).isEqualTo("Yuliana Ortiz");
        assertThat(vm.familyNamesProperty().get()).isEqualTo("Ortiz");
        assertThat(vm.messageProperty().get()).isEqualTo(m.get("identity.revealed"));
        assertThat(told[0]).isTrue();
        assertThat(reveals()).isOne();
    }

    @Test
    void anInvestigatorIsNotOfferedTheRevealAndIsRefusedIfAskedAnyway() {
        t.signInAs("ivan", Role.INVESTIGATOR);
        PersonEditorViewModel vm = editor();
        assertThat(vm.canReveal()).isFalse();
        dialogs.answer = "curious";
        vm.reveal();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.maskedProperty().get()).isTrue();
        assertThat(reveals()).isZero();
        assertThat(t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PERMISSION_DENIED"))).isOne();
    }

    @Test
    void lockingTheWindowHidesTheRevealedIdentityAgain() {
        t.app().identity().reveal(yuliana.id(), "Hearing on Monday");
        assertThat(t.app().persons().get(yuliana.id()).fullName()).isEqualTo("Yuliana Ortiz");
        LockViewModel lock = new LockViewModel(t.accounts(), t.app().context().account().orElseThrow(), runner, m,
                () -> false);

        lock.lock();
        lock.passwordProperty().set(TestServices.PASSWORD);
        lock.unlock();

        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(t.app().persons().get(yuliana.id()).fullName()).isEqualTo(pseudonym);
        assertThat(editor().maskedProperty().get()).isTrue();
    }
}
