package org.vigia.ui.caseroles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.ArrestStatus;
import org.vigia.model.CaseFile;
import org.vigia.model.CasePerson;
import org.vigia.model.CaseRole;
import org.vigia.model.MigrantDetails;
import org.vigia.model.NoticeColour;
import org.vigia.model.OffenceType;
import org.vigia.model.Person;
import org.vigia.model.PerpetratorRole;
import org.vigia.model.RoleLink;
import org.vigia.model.SuspectDetails;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.SameThreadTaskRunner;
import org.vigia.ui.people.PersonEditorViewModel;

/** The People tab without the toolkit: adding links, the role form's fields, refusals on fields. */
class CasePeopleViewModelTest {
    final TestServices t = TestServices.withOffice();
    final Messages m = new Messages(Locale.ENGLISH);
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final CaseFile kase = t.cases().create(CaseDraft.valid().build());
    final Person yuliana = person("Yuliana", "Ortiz Beltrán", LocalDate.of(2010, 6, 1));
    final Person luis = person("Luis", "Peña", LocalDate.of(1980, 1, 1));

    @AfterEach
    void close() {
        t.close();
    }

    Person person(String given, String family, LocalDate born) {
        return t.app().persons().create(PersonServiceTest.person(given, family, born, List.of("VE")));
    }

    CasePeopleViewModel tab() {
        CasePeopleViewModel vm = new CasePeopleViewModel(kase.id(), t.app().roles(), t.app().journeys(),
                () -> new PersonEditorViewModel(t.app().persons(), t.app().merges(), runner, m, TestServices.CLOCK),
                runner, m, TestServices.CLOCK);
        vm.refresh(null);
        return vm;
    }

    RoleLink link(CasePeopleViewModel vm, Person p, CaseRole role) {
        AddPersonViewModel add = vm.newAddPerson();
        add.roleProperty().set(role);
        RoleLink[] added = new RoleLink[1];
        add.linkExisting(p.id(), l -> added[0] = l);
        assertThat(added[0]).as(add.messageProperty().get()).isNotNull();
        vm.refresh(added[0].id());
        return added[0];
    }

    @Test
    void linksAnExistingPersonInTheChosenRoleAndShowsTheRowWithTheMinorFlag() {
        CasePeopleViewModel vm = tab();
        assertThat(vm.rows()).isEmpty();
        AddPersonViewModel add = vm.newAddPerson();
        add.roleProperty().set(CaseRole.VICTIM);
        add.noteProperty().set("found at the bar raid");
        RoleLink[] added = new RoleLink[1];
        add.linkExisting(yuliana.id(), l -> added[0] = l);
        vm.refresh(added[0].id());
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            // a victim: her pseudonym until someone reveals her identity
            assertThat(r.fullName()).isEqualTo(org.vigia.model.Pseudonym.of(yuliana.id(), "Yuliana", "Ortiz Beltrán"));
            assertThat(r.masked()).isTrue();
            assertThat(r.link().role()).isEqualTo(CaseRole.VICTIM);
            assertThat(r.link().note()).isEqualTo("found at the bar raid");
            assertThat(r.minor()).isTrue();
        });
        assertThat(vm.selectedProperty().get().link().id()).isEqualTo(added[0].id());
        assertThat(vm.roleForm().linkProperty().get().id()).isEqualTo(added[0].id());
        assertThat(vm.roleForm().minorProperty().get()).isEqualTo("unknown");
    }

    @Test
    void theSameLinkTwiceIsRefusedOnTheRoleFieldAndNothingChanges() {
        CasePeopleViewModel vm = tab();
        link(vm, luis, CaseRole.SUSPECT);
        DbSnapshot before = t.snapshot();
        AddPersonViewModel add = vm.newAddPerson();
        add.roleProperty().set(CaseRole.SUSPECT);
        add.linkExisting(luis.id(), l -> { throw new AssertionError("linked twice"); });
        assertThat(add.errors()).containsEntry("role", "this person already has this role in this case");
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void aTypedPersonIsSavedAndLinkedButOnlyOnceARoleIsChosen() {
        CasePeopleViewModel vm = tab();
        AddPersonViewModel add = vm.newAddPerson();
        add.person().familyNamesProperty().set("Quispe Mamani");
        add.person().givenNamesProperty().set("Mario");
        DbSnapshot before = t.snapshot();
        add.saveNewAndLink(l -> { throw new AssertionError("linked without a role"); });
        assertThat(add.errors()).containsEntry("role", "required");
        assertThat(t.snapshot()).isEqualTo(before);
        add.roleProperty().set(CaseRole.WITNESS);
        RoleLink[] added = new RoleLink[1];
        add.saveNewAndLink(l -> added[0] = l);
        vm.refresh(added[0].id());
        assertThat(vm.rows()).extracting(CasePerson::fullName).containsExactly("Mario Quispe Mamani");
        assertThat(t.app().persons().count("")).isEqualTo(3);
    }

    @Test
    void editsTheSuspectFieldsAndRefusesBadOnesOnTheirFields() {
        CasePeopleViewModel vm = tab();
        RoleLink l = link(vm, luis, CaseRole.SUSPECT);
        RoleFormViewModel form = vm.roleForm();
        SuspectFields s = form.suspect();
        s.arrestStatus.set(ArrestStatus.Arrested);
        s.arrestedOn.set(TestServices.TODAY.plusDays(2));
        s.arrestCountry.set("CO");
        s.arrestLocality.set("Cúcuta");
        s.charges.setAll("HumanTrafficking", "DocumentFraud");
        s.processRoles.add("Transporter");
        s.noticeReference.set("A-1234/3-2026");
        assertThat(form.dirtyProperty().get()).isTrue();
        DbSnapshot before = t.snapshot();
        form.save();
        assertThat(form.errors()).containsEntry("arrestedOn", "cannot be in the future")
                .containsEntry("notice", "required");
        assertThat(t.snapshot()).isEqualTo(before);

        s.arrestedOn.set(LocalDate.of(2026, 3, 1));
        s.notice.set(NoticeColour.Red);
        s.wantedBy.set("PE");
        form.save();
        assertThat(form.errors()).isEmpty();
        assertThat(form.messageProperty().get()).isEqualTo("Saved.");
        assertThat(form.dirtyProperty().get()).isFalse();
        SuspectDetails saved = t.app().roles().get(l.id()).suspect();
        assertThat(saved).isEqualTo(new SuspectDetails(ArrestStatus.Arrested, LocalDate.of(2026, 3, 1), "CO", "Cúcuta",
                java.util.EnumSet.of(OffenceType.HumanTrafficking, OffenceType.DocumentFraud),
                java.util.EnumSet.of(PerpetratorRole.Transporter), null, NoticeColour.Red, "A-1234/3-2026", "PE"));
        assertThat(vm.selectedProperty().get().link().version()).isEqualTo(l.version() + 1);
    }

    @Test
    void aNumberThatIsNotOneIsNamedOnItsFieldAndNothingIsSaved() {
        CasePeopleViewModel vm = tab();
        link(vm, yuliana, CaseRole.VICTIM);
        vm.roleForm().victim().ageWhenTrafficked.set("quince");
        DbSnapshot before = t.snapshot();
        vm.roleForm().save();
        assertThat(vm.roleForm().errors()).containsEntry("ageWhenTrafficked", "must be a whole number");
        vm.roleForm().victim().ageWhenTrafficked.set("15");
        vm.roleForm().victim().identifiedOn.set(TestServices.TODAY.plusDays(1));
        vm.roleForm().save();
        assertThat(vm.roleForm().errors()).containsEntry("identifiedOn", "cannot be in the future");
        assertThat(t.snapshot()).isEqualTo(before);

        vm.selectedProperty().set(null);
        RoleLink migrant = link(vm, luis, CaseRole.SMUGGLED_MIGRANT);
        assertThat(vm.roleForm().linkProperty().get().id()).isEqualTo(migrant.id());
        vm.roleForm().migrant().feeAmount.set("two thousand");
        vm.roleForm().save();
        assertThat(vm.roleForm().errors()).containsEntry("feeAmount", "must be an amount, e.g. 2700.50");
        vm.roleForm().migrant().feeAmount.set("2,700.50");
        vm.roleForm().save();
        assertThat(vm.roleForm().errors()).containsEntry("feeCurrency", "required");
        vm.roleForm().migrant().feeCurrency.set("USD");
        vm.roleForm().save();
        assertThat(vm.roleForm().errors()).isEmpty();
        assertThat(t.app().roles().get(migrant.id()).migrant().feeAmount()).isEqualByComparingTo("2700.50");
    }

    @Test
    void aLinkChangedElsewhereIsNotOverwritten() {
        CasePeopleViewModel vm = tab();
        RoleLink l = link(vm, luis, CaseRole.WITNESS);
        t.app().roles().update(l.withNote("saw the van"));
        vm.roleForm().noteProperty().set("heard shouting");
        vm.roleForm().save();
        assertThat(vm.roleForm().messageProperty().get()).contains("changed by someone else");
        assertThat(t.app().roles().get(l.id()).note()).isEqualTo("saw the van");
    }

    @Test
    void editingAReclassifiedVictimKeepsTheMigrantDetails() {
        CasePeopleViewModel vm = tab();
        MigrantDetails fee = new MigrantDetails("PA", "Darién", LocalDate.of(2026, 2, 20), new BigDecimal("2700"), "USD", "US");
        RoleLink l = t.app().roles().add(RoleLink.of(kase.id(), luis.id(), CaseRole.SMUGGLED_MIGRANT, null).withMigrant(fee));
        vm.refresh(l.id());
        ReclassifyViewModel re = vm.newReclassify();
        re.targetProperty().set(org.vigia.model.Classification.POSSIBLE_VICTIM);
        re.decidedByProperty().set(org.vigia.model.DecidingOrganization.Police);
        re.reasonProperty().set("debt bondage");
        re.save(done -> vm.refresh(done.id()));
        assertThat(vm.roleForm().linkProperty().get().role()).isEqualTo(CaseRole.VICTIM);
        vm.roleForm().victim().identifiedBy.set("Insp. Rojas");
        vm.roleForm().save();
        RoleLink read = t.app().roles().get(l.id());
        assertThat(read.victim().identifiedBy()).isEqualTo("Insp. Rojas");
        assertThat(read.migrant()).isEqualTo(fee);
    }

    @Test
    void removingALinkTakesTheRowAway() {
        CasePeopleViewModel vm = tab();
        link(vm, luis, CaseRole.SUSPECT);
        vm.removeSelected();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Luis Peña was removed from this case.");
        assertThat(t.app().roles().rolesInCase(kase.id())).isEmpty();
    }
}
