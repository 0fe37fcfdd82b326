package org.vigia.service.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Gender;
import org.vigia.model.Guardian;
import org.vigia.model.Operation;
import org.vigia.model.Person;
import org.vigia.model.ProtectionCounts;
import org.vigia.model.ProtectionQuery;
import org.vigia.model.ProtectionRow;
import org.vigia.model.ProtectionStatus;
import org.vigia.model.Pseudonym;
import org.vigia.model.RoleLink;
import org.vigia.model.SexGroup;
import org.vigia.model.VictimProtection;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.MutableClock;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/**
 * The view's queries on a real H2: who is listed (live victims of live cases only), in which
 * order (minors first, then overdue follow-ups, then the longest since the last change), page by
 * page, with each filter, and the counts per status by sex and minor / adult.
 */
class ProtectionBoardTest {
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private final MutableClock clock = new MutableClock(TestServices.NOW);
    private final TestServices t = TestServices.withOffice(clock);
    private final Operation op = t.operations().save(OperationDraft.valid().build());
    private final ProtectionFixture f = new ProtectionFixture(t, t.cases().create(CaseDraft.valid().operation(op.id()).build()));
    private final CaseFile other = t.cases().create(CaseDraft.valid().build());
    private RoleLink woman;
    private RoleLink girl;
    private RoleLink man;
    private RoleLink unknown;
    private RoleLink boy;

    @AfterEach
    void close() {
        t.close();
    }

    private VictimProtection add(RoleLink l, ProtectionStatus s, LocalDate on, LocalDate followUp) {
        VictimProtection v = f.get(l);
        return f.service().addEntry(l.id(), v.version(), s, on, null, followUp);
    }

    /**
     * In the operation's case: an adult woman in care since 5 March; a girl of 15 rescued on 10
     * March, no guardian; an adult man (Colombian) rescued on 2 March with a follow-up due 16 March.
     * In another case: a person of unknown sex and age, identified 1 February (nothing recorded);
     * a boy aged 16 on 1 January (by age, no birth date) in care since 8 March, with a guardian.
     * Not listed: a suspect, a removed victim link, a victim of a deleted case.
     */
    private void victims() {
        woman = f.victim("Yuliana", "Ortiz", LocalDate.of(1995, 5, 5), Gender.Feminine, ProtectionFixture.IDENTIFIED);
        add(woman, ProtectionStatus.RESCUED, MAR_1, null);
        add(woman, ProtectionStatus.IN_CARE, MAR_1.plusDays(4), null);
        girl = f.victim("Dayana", "Pérez", LocalDate.of(2010, 6, 1), Gender.Feminine, ProtectionFixture.IDENTIFIED);
        add(girl, ProtectionStatus.RESCUED, MAR_1.plusDays(9), null);
        Person colombian = f.person("Wilmer", "Mora", LocalDate.of(1990, 1, 1), Gender.Masculine, "CO");
        man = f.victimIn(f.kase.id(), colombian, ProtectionFixture.IDENTIFIED);
        add(man, ProtectionStatus.RESCUED, MAR_1.plusDays(1), TestServices.TODAY.plusDays(1));
        Person nobody = f.person("Sin", "Datos", null, null, null);
        unknown = f.victimIn(other.id(), nobody, ProtectionFixture.IDENTIFIED);
        Person aged = t.app().persons().create(new Person(null, 0, "Kevin", "Rojas", List.of(), Gender.Masculine, null,
                false, 16, LocalDate.of(2026, 1, 1), List.of("HT"), List.of(), List.of(), null, null));
        boy = f.victimIn(other.id(), aged, ProtectionFixture.IDENTIFIED);
        VictimProtection b = add(boy, ProtectionStatus.RESCUED, MAR_1.plusDays(2), null);
        f.service().addEntry(boy.id(), b.version(), ProtectionStatus.IN_CARE, MAR_1.plusDays(7), null, null);
        VictimProtection b2 = f.get(boy);
        f.service().setGuardian(boy.id(), b2.version(), new Guardian("ICBF", null, null));

        Person luis = f.person("Luis", "Peña", LocalDate.of(1980, 1, 1), Gender.Masculine, "CO");
        t.app().roles().add(RoleLink.of(f.kase.id(), luis.id(), CaseRole.SUSPECT, null));
        RoleLink removed = f.victim("Rosa", "Vera", LocalDate.of(1999, 1, 1), Gender.Feminine, null);
        t.app().roles().remove(removed.id(), t.app().roles().get(removed.id()).version());
        CaseFile gone = t.cases().create(CaseDraft.valid().build());
        f.victimIn(gone.id(), f.person("Ana", "Gone", LocalDate.of(1990, 1, 1), Gender.Feminine, "VE"), null);
        t.cases().delete(gone.id(), t.cases().get(gone.id()).version());
    }

    private List<UUID> ids(ProtectionQuery q) {
        return f.board().page(q, 0, 100).stream().map(ProtectionRow::linkId).toList();
    }

    @Test
    void minorsFirstThenOverdueThenTheLongestSinceTheLastChange() {
        victims();
        // today 15 March: nobody overdue yet; the girl (10 Mar) and the boy (8 Mar) are minors, the boy waited longer
        assertThat(ids(ProtectionQuery.ALL)).containsExactly(boy.id(), girl.id(), unknown.id(), man.id(), woman.id());
        clock.advance(Duration.ofDays(2)); // 17 March: the man's follow-up of the 16th is overdue
        assertThat(ids(ProtectionQuery.ALL)).containsExactly(boy.id(), girl.id(), man.id(), unknown.id(), woman.id());
        ProtectionRow manRow = f.board().page(ProtectionQuery.ALL, 2, 1).get(0);
        assertThat(manRow.overdue()).isTrue();
        assertThat(manRow.daysSinceChange()).isEqualTo(15);
        assertThat(manRow.followUpOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void eachRowCarriesWhatTheViewShowsWithPseudonymsOnly() {
        victims();
        List<ProtectionRow> rows = f.board().page(ProtectionQuery.ALL, 0, 100);
        ProtectionRow g = rows.stream().filter(r -> r.linkId().equals(girl.id())).findFirst().orElseThrow();
        assertThat(g.personId()).isEqualTo(girl.personId());
        assertThat(g.displayName()).isEqualTo(Pseudonym.of(girl.personId(), "Dayana", "Pérez"));
        assertThat(g.caseId()).isEqualTo(f.kase.id());
        assertThat(g.caseNumber()).isEqualTo(f.kase.number());
        assertThat(g.gender()).isEqualTo(Gender.Feminine);
        assertThat(g.minor()).isTrue();
        assertThat(g.status()).isEqualTo(ProtectionStatus.RESCUED);
        assertThat(g.statusOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(g.daysSinceChange()).isEqualTo(5);
        assertThat(g.guardianMissing()).isTrue();
        ProtectionRow b = rows.stream().filter(r -> r.linkId().equals(boy.id())).findFirst().orElseThrow();
        assertThat(b.minor()).as("16 on 1 January: a minor on 1 February").isTrue();
        assertThat(b.guardianMissing()).isFalse();
        ProtectionRow u = rows.stream().filter(r -> r.linkId().equals(unknown.id())).findFirst().orElseThrow();
        assertThat(u.status()).isEqualTo(ProtectionStatus.IDENTIFIED);
        assertThat(u.statusOn()).isEqualTo(ProtectionFixture.IDENTIFIED);
        assertThat(u.minor()).isNull();
        assertThat(u.guardianMissing()).isFalse();
        assertThat(rows).extracting(ProtectionRow::displayName)
                .noneMatch(n -> n.contains("Dayana") || n.contains("Yuliana") || n.contains("Kevin"));
        t.app().context().markRevealed(girl.personId());
        assertThat(f.board().page(ProtectionQuery.ALL, 0, 100)).filteredOn(r -> r.linkId().equals(girl.id()))
                .singleElement().extracting(ProtectionRow::displayName).isEqualTo("Dayana Pérez");
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        victims();
        List<UUID> all = ids(ProtectionQuery.ALL);
        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            f.board().page(ProtectionQuery.ALL, offset, 2).forEach(r -> paged.add(r.linkId()));
        }
        assertThat(paged).isEqualTo(all).hasSize(5);
        assertThat(f.board().count(ProtectionQuery.ALL)).isEqualTo(5);
        assertThat(f.board().page(ProtectionQuery.ALL, 5, 10)).isEmpty();
    }

    @Test
    void eachFilter() {
        victims();
        ProtectionQuery all = ProtectionQuery.ALL;
        assertThat(ids(new ProtectionQuery(op.id(), null, null, null, null, null)))
                .containsExactlyInAnyOrder(girl.id(), man.id(), woman.id());
        assertThat(ids(new ProtectionQuery(null, t.app().context().siteId(), null, null, null, null))).hasSize(5);
        assertThat(ids(new ProtectionQuery(null, UUID.randomUUID(), null, null, null, null))).isEmpty();
        assertThat(ids(new ProtectionQuery(null, null, "co", null, null, null))).containsExactly(man.id());
        assertThat(ids(new ProtectionQuery(null, null, null, SexGroup.FEMALE, null, null)))
                .containsExactly(girl.id(), woman.id());
        assertThat(ids(new ProtectionQuery(null, null, null, SexGroup.MALE, null, null)))
                .containsExactly(boy.id(), man.id());
        assertThat(ids(new ProtectionQuery(null, null, null, SexGroup.OTHER, null, null))).containsExactly(unknown.id());
        assertThat(ids(new ProtectionQuery(null, null, null, null, true, null))).containsExactly(boy.id(), girl.id());
        assertThat(ids(new ProtectionQuery(null, null, null, null, false, null)))
                .as("the unknown age is neither").containsExactly(man.id(), woman.id());
        assertThat(ids(all.withStatus(ProtectionStatus.IN_CARE))).containsExactly(boy.id(), woman.id());
        assertThat(ids(all.withStatus(ProtectionStatus.IDENTIFIED))).containsExactly(unknown.id());
        assertThat(ids(new ProtectionQuery(op.id(), null, null, SexGroup.FEMALE, false, null))).containsExactly(woman.id());
        assertThat(f.board().count(all.withStatus(ProtectionStatus.RESCUED))).isEqualTo(2);
    }

    @Test
    void countsPerStatusBySexAndAgeWithTheFilters() {
        victims();
        ProtectionCounts c = f.board().counts(ProtectionQuery.ALL);
        assertThat(c.byStatus()).hasSize(ProtectionStatus.values().length);
        assertThat(c.of(ProtectionStatus.IDENTIFIED))
                .isEqualTo(new ProtectionCounts.StatusCount(ProtectionStatus.IDENTIFIED, 1, 0, 0, 1, 0, 0, 1));
        assertThat(c.of(ProtectionStatus.RESCUED))
                .isEqualTo(new ProtectionCounts.StatusCount(ProtectionStatus.RESCUED, 2, 1, 1, 0, 1, 1, 0));
        assertThat(c.of(ProtectionStatus.IN_CARE))
                .isEqualTo(new ProtectionCounts.StatusCount(ProtectionStatus.IN_CARE, 2, 1, 1, 0, 1, 1, 0));
        assertThat(c.of(ProtectionStatus.REPATRIATED).total()).isZero();
        assertThat(c.all()).isEqualTo(new ProtectionCounts.StatusCount(null, 5, 2, 2, 1, 2, 2, 1));
        // the same filters as the list; the chosen status does not narrow the counts
        ProtectionCounts minors = f.board().counts(new ProtectionQuery(null, null, null, null, true,
                ProtectionStatus.RESCUED));
        assertThat(minors.all()).isEqualTo(new ProtectionCounts.StatusCount(null, 2, 1, 1, 0, 2, 0, 0));
        assertThat(minors.of(ProtectionStatus.IN_CARE).men()).isEqualTo(1);
        assertThat(f.board().counts(new ProtectionQuery(op.id(), null, null, null, null, null)).all().total()).isEqualTo(3);
    }

    @Test
    void theMinorFlagOfTheListAgreesWithTheVictimRead() {
        victims();
        for (ProtectionRow r : f.board().page(ProtectionQuery.ALL, 0, 100)) {
            VictimProtection v = f.service().get(r.linkId());
            assertThat(r.minor()).as(r.displayName()).isEqualTo(v.minor());
            assertThat(r.status()).isEqualTo(v.status());
            assertThat(r.statusOn()).isEqualTo(v.statusOn());
            assertThat(r.guardianMissing()).isEqualTo(v.guardianMissing());
            assertThat(r.overdue()).isEqualTo(v.overdue());
        }
    }
}
