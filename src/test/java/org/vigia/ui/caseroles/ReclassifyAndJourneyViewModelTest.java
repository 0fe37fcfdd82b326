package org.vigia.ui.caseroles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.Conveyance;
import org.vigia.model.DecidingOrganization;
import org.vigia.model.JourneyEventType;
import org.vigia.model.JourneyLeg;
import org.vigia.model.Person;
import org.vigia.model.Reclassification;
import org.vigia.model.RoleLink;
import org.vigia.service.persons.PersonServiceTest;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;
import org.vigia.ui.common.SameThreadTaskRunner;

/** Reclassifying with its history, and a person's journey legs in order, without the toolkit. */
class ReclassifyAndJourneyViewModelTest {
    final TestServices t = TestServices.withOffice();
    final Messages m = new Messages(Locale.ENGLISH);
    final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    final CaseFile kase = t.cases().create(CaseDraft.valid().build());
    final Person ana = t.app().persons().create(PersonServiceTest.person("Ana", "Rivas", LocalDate.of(1995, 5, 5),
            List.of("VE")));
    final RoleLink migrant = t.app().roles().add(RoleLink.of(kase.id(), ana.id(), CaseRole.SMUGGLED_MIGRANT, null));

    @AfterEach
    void close() {
        t.close();
    }

    ReclassifyViewModel reclassify(RoleLink l) {
        ReclassifyViewModel vm = new ReclassifyViewModel(t.app().roles(), runner, m, TestServices.CLOCK);
        vm.load(l);
        return vm;
    }

    @Test
    void everyFieldIsRequiredAndARefusalChangesNothing() {
        ReclassifyViewModel vm = reclassify(migrant);
        assertThat(vm.currentProperty().get()).isEqualTo("Smuggled migrant");
        assertThat(vm.choices()).doesNotContain(Classification.SMUGGLED_MIGRANT).contains(Classification.POSSIBLE_VICTIM);
        assertThat(vm.decidedOnProperty().get()).isEqualTo(TestServices.TODAY);
        vm.decidedOnProperty().set(null);
        DbSnapshot before = t.snapshot();
        vm.save(l -> { throw new AssertionError("saved"); });
        assertThat(vm.errors()).containsEntry("classification", "required").containsEntry("decidedBy", "required")
                .containsEntry("decidedOn", "required").containsEntry("reason", "required");
        vm.targetProperty().set(Classification.POSSIBLE_VICTIM);
        vm.decidedByProperty().set(DecidingOrganization.Police);
        vm.decidedOnProperty().set(TestServices.TODAY.plusDays(3));
        vm.reasonProperty().set("   ");
        vm.save(l -> { throw new AssertionError("saved"); });
        assertThat(vm.errors()).containsEntry("decidedOn", "cannot be in the future").containsEntry("reason", "required")
                .doesNotContainKey("classification");
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void reclassifiesAMigrantToPossibleThenActualVictimAndShowsTheHistoryOldestFirst() {
        ReclassifyViewModel vm = reclassify(migrant);
        vm.targetProperty().set(Classification.POSSIBLE_VICTIM);
        vm.decidedByProperty().set(DecidingOrganization.Police);
        vm.decidedOnProperty().set(LocalDate.of(2026, 3, 10));
        vm.reasonProperty().set("passport kept by the recruiter");
        RoleLink[] now = new RoleLink[1];
        vm.save(l -> now[0] = l);
        assertThat(now[0].classification()).isEqualTo(Classification.POSSIBLE_VICTIM);

        ReclassifyViewModel again = reclassify(now[0]);
        assertThat(again.currentProperty().get()).isEqualTo("Possible victim of trafficking");
        assertThat(again.decidedByProperty().get()).isEqualTo(DecidingOrganization.Police);
        again.targetProperty().set(Classification.ACTUAL_VICTIM);
        again.decidedByProperty().set(DecidingOrganization.CourtOrProsecution);
        again.reasonProperty().set("prosecutor's decision");
        again.save(l -> now[0] = l);
        assertThat(now[0].victim().status()).isEqualTo(org.vigia.model.TraffickingStatus.ActualVictimOfTrafficking);

        ReclassifyViewModel shown = reclassify(now[0]);
        assertThat(shown.history()).extracting(Reclassification::to)
                .containsExactly(Classification.POSSIBLE_VICTIM, Classification.ACTUAL_VICTIM);
        assertThat(shown.history().get(0).from()).isEqualTo(Classification.SMUGGLED_MIGRANT);
        assertThat(shown.history().get(1).decidedBy()).isEqualTo(DecidingOrganization.CourtOrProsecution);
        assertThat(shown.history().get(1).reason()).isEqualTo("prosecutor's decision");
        assertThat(shown.history()).allSatisfy(h -> assertThat(h.changedBy()).isEqualTo("ana"));
    }

    @Test
    void aStaleLinkIsNotReclassified() {
        ReclassifyViewModel vm = reclassify(migrant);
        t.app().roles().update(migrant.withNote("changed elsewhere"));
        vm.targetProperty().set(Classification.POSSIBLE_VICTIM);
        vm.decidedByProperty().set(DecidingOrganization.NGO);
        vm.reasonProperty().set("interview");
        vm.save(l -> { throw new AssertionError("saved"); });
        assertThat(vm.messageProperty().get()).contains("changed by someone else");
        assertThat(t.app().roles().history(migrant.id())).isEmpty();
    }

    JourneyViewModel journey() {
        JourneyViewModel vm = new JourneyViewModel(kase.id(), t.app().journeys(), runner, m);
        vm.show(ana.id());
        return vm;
    }

    void add(JourneyViewModel vm, JourneyEventType type, LocalDate date, String country, String place) {
        vm.startAdd();
        vm.typeProperty().set(type);
        vm.dateProperty().set(date);
        vm.countryProperty().set(country);
        vm.placeProperty().set(place);
        vm.conveyanceProperty().set(Conveyance.Land);
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.editingProperty().get()).isFalse();
    }

    @Test
    void legsAreShownInOrderOfDateUndatedLastAndCanBeEditedAndRemoved() {
        JourneyViewModel vm = journey();
        add(vm, JourneyEventType.Exploitation, null, "PE", "Lima");
        add(vm, JourneyEventType.Transit, LocalDate.of(2026, 2, 3), "EC", "Huaquillas");
        add(vm, JourneyEventType.Recruitment, LocalDate.of(2026, 1, 10), "VE", "Maracaibo");
        assertThat(vm.legs()).extracting(JourneyLeg::type).containsExactly(JourneyEventType.Recruitment,
                JourneyEventType.Transit, JourneyEventType.Exploitation);
        assertThat(vm.describe(vm.legs().get(2))).isEqualTo("Exploitation \u00b7 undated \u00b7 Lima, Peru \u00b7 Land");

        vm.startEdit(vm.legs().get(2));
        vm.dateProperty().set(LocalDate.of(2026, 1, 1));
        vm.notesProperty().set("bar in Miraflores");
        vm.save();
        assertThat(vm.legs()).extracting(JourneyLeg::type).containsExactly(JourneyEventType.Exploitation,
                JourneyEventType.Recruitment, JourneyEventType.Transit);
        assertThat(vm.legs().get(0).notes()).isEqualTo("bar in Miraflores");

        vm.remove(vm.legs().get(1));
        assertThat(vm.legs()).extracting(JourneyLeg::type).containsExactly(JourneyEventType.Exploitation,
                JourneyEventType.Transit);
        assertThat(t.app().journeys().legs(kase.id(), ana.id())).hasSize(2);
    }

    @Test
    void aLegWithoutStageOrWithAFutureDateIsRefusedOnItsFieldAndNothingIsSaved() {
        JourneyViewModel vm = journey();
        DbSnapshot before = t.snapshot();
        vm.startAdd();
        vm.placeProperty().set("Cúcuta");
        vm.save();
        assertThat(vm.errors()).containsEntry("eventType", "required");
        vm.typeProperty().set(JourneyEventType.Transit);
        vm.dateProperty().set(TestServices.TODAY.plusDays(1));
        vm.save();
        assertThat(vm.errors()).containsEntry("legDate", "cannot be in the future");
        assertThat(vm.editingProperty().get()).isTrue();
        assertThat(t.snapshot()).isEqualTo(before);
        assertThat(vm.legs()).isEmpty();
    }
}
