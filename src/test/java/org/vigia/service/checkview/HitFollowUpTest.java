package org.vigia.service.checkview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigia.db.schema.Tables;
import org.vigia.model.ConflictException;
import org.vigia.model.HitFilter;
import org.vigia.model.HitFollowUp;
import org.vigia.model.HitLine;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.model.WatchListKind;
import org.vigia.testing.CheckpointFixture;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

/** The hits list (at entry and late), its filters, and setting a hit's follow-up. */
class HitFollowUpTest {
    private TestServices t;
    private CheckpointFigures figures;
    private UUID personHit;
    private UUID docHit;
    private UUID deletedCheckHit;

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        CheckpointFixture f = new CheckpointFixture(t.app());
        figures = t.app().checkpointFigures();
        UUID op = t.operations().save(OperationDraft.valid("RIO-1").build()).id();
        UUID point = f.point("LAND_BORDER_CROSSING", "Rumichaca bridge", "CO", "Ipiales");
        UUID control = f.control(op, point, Instant.parse("2026-03-01T06:00:00Z"), Instant.parse("2026-03-01T14:00:00Z"));
        UUID persons = f.listVersion("Red notices", "PERSONS", "2026.2", LocalDate.of(2026, 2, 1));
        UUID docs = f.listVersion("SLTD copy", "DOCUMENTS", "41", LocalDate.of(2026, 2, 20));
        UUID c1 = f.check(control, Instant.parse("2026-03-01T07:00:00Z"))
                .person("Pedro", "Marín", LocalDate.of(1980, 4, 4), "Masculine", "CO", false).save();
        personHit = f.personHit(c1, persons, "Pedro", "Marin", LocalDate.of(1980, 4, 4), false, "OPEN");
        UUID c2 = f.check(control, Instant.parse("2026-03-01T08:00:00Z")).document("AB-123", "Passport", "VE").save();
        docHit = f.documentHit(c2, docs, "AB123", "Passport", "VE", true, "OPEN");
        UUID c3 = f.check(control, Instant.parse("2026-03-01T09:00:00Z")).document("ZZ1", "Passport", "VE").deleted().save();
        deletedCheckHit = f.documentHit(c3, docs, "ZZ1", "Passport", "VE", true, "OPEN");
        UUID gone = f.documentHit(c2, docs, "AB123", "Passport", "VE", false, "OPEN");
        f.delete(Tables.WATCH_HIT, gone);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void listsLiveHitsNewestFirstWithListEntryAndCheck() {
        assertThat(figures.countHits(HitFilter.ALL)).isEqualTo(2);
        List<HitLine> hits = figures.hits(HitFilter.ALL, 0, 10);
        assertThat(hits).extracting(h -> h.hit().id()).containsExactly(docHit, personHit);
        HitLine doc = hits.get(0);
        assertThat(doc.hit().late()).isTrue();
        assertThat(doc.hit().kind()).isEqualTo(WatchListKind.DOCUMENTS);
        assertThat(doc.hit().list().listName()).isEqualTo("SLTD copy");
        assertThat(doc.hit().list().listVersion()).isEqualTo("41");
        assertThat(doc.hit().entry()).isEqualTo("AB123 \u00b7 Passport \u00b7 VE");
        assertThat(doc.checked()).isEqualTo("AB-123");
        assertThat(doc.pointName()).isEqualTo("Rumichaca bridge");
        HitLine person = hits.get(1);
        assertThat(person.hit().entry()).isEqualTo("Pedro Marin");
        assertThat(person.hit().entryBirthDate()).isEqualTo(LocalDate.of(1980, 4, 4));
        assertThat(person.hit().noticeType()).isEqualTo("RED");
        assertThat(person.checked()).isEqualTo("Pedro Marín");
        assertThat(person.hit().followUp()).isEqualTo(HitFollowUp.OPEN);
        assertThat(figures.hits(HitFilter.ALL, 1, 10)).extracting(h -> h.hit().id()).containsExactly(personHit);
        assertThat(hits).extracting(h -> h.hit().id()).doesNotContain(deletedCheckHit);
    }

    @Test
    void filtersByFollowUpAndLate() {
        figures.setFollowUp(personHit, 0, HitFollowUp.CONFIRMED, "Arrested, handed to prosecutor");
        assertThat(figures.hits(new HitFilter(HitFollowUp.OPEN, null), 0, 10)).extracting(h -> h.hit().id())
                .containsExactly(docHit);
        assertThat(figures.hits(new HitFilter(HitFollowUp.CONFIRMED, null), 0, 10)).extracting(h -> h.hit().id())
                .containsExactly(personHit);
        assertThat(figures.countHits(new HitFilter(null, true))).isEqualTo(1);
        assertThat(figures.hits(new HitFilter(null, false), 0, 10)).extracting(h -> h.hit().id()).containsExactly(personHit);
        assertThat(figures.countHits(new HitFilter(HitFollowUp.DISCARDED, null))).isZero();
    }

    @Test
    void setsTheFollowUpWithAVersionAndAnAuditEventWithoutNames() {
        HitLine done = figures.setFollowUp(personHit, 0, HitFollowUp.CONFIRMED, "  Identity confirmed by fingerprint  ");
        assertThat(done.hit().followUp()).isEqualTo(HitFollowUp.CONFIRMED);
        assertThat(done.followUpNote()).isEqualTo("Identity confirmed by fingerprint");
        assertThat(done.version()).isEqualTo(1);
        HitLine again = figures.setFollowUp(personHit, 1, HitFollowUp.REFERRED, "");
        assertThat(again.followUpNote()).isNull();
        var a = Tables.AUDIT_EVENT;
        var events = t.dsl().select(a.ENTITY_ID, a.SUMMARY).from(a).where(a.ACTION.eq("WATCH_HIT_FOLLOW_UP")).fetch();
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.value1()).isEqualTo(personHit);
            assertThat(e.value2()).doesNotContain("Pedro").doesNotContain("Mar").doesNotContain("fingerprint");
        });
    }

    @Test
    void refusesAStaleVersionAndChangesNothing() {
        figures.setFollowUp(docHit, 0, HitFollowUp.DISCARDED, "Number differs by one digit");
        ConflictException stale = Refusals.refused(t, () -> figures.setFollowUp(docHit, 0, HitFollowUp.CONFIRMED, null),
                ConflictException.class);
        assertThat(stale.args()).containsExactly("SLTD copy 41");
    }

    @Test
    void refusesBadInputAndChangesNothing() {
        ValidationException noState = Refusals.validation(t, () -> figures.setFollowUp(docHit, 0, null, "x"));
        assertThat(Refusals.onlyErrorKey(noState, "hitFollowUp")).isEqualTo("validation.required");
        ValidationException longNote = Refusals.validation(t,
                () -> figures.setFollowUp(docHit, 0, HitFollowUp.CONFIRMED, "x".repeat(2001)));
        assertThat(Refusals.onlyErrorKey(longNote, "hitNote")).isEqualTo("validation.tooLong");
        ValidationException control = Refusals.validation(t,
                () -> figures.setFollowUp(docHit, 0, HitFollowUp.CONFIRMED, "bad\u0007bell"));
        assertThat(Refusals.onlyErrorKey(control, "hitNote")).isEqualTo("validation.controlChars");
        VigiaException missing = Refusals.refused(t,
                () -> figures.setFollowUp(UUID.randomUUID(), 0, HitFollowUp.CONFIRMED, null), VigiaException.class);
        assertThat(missing.key()).isEqualTo("checkview.error.hitNotFound");
    }

    @Test
    void settingAFollowUpNeedsCaseWrite() {
        t.signInAs("hq", Role.HQ_ANALYST);
        assertThat(figures.countHits(HitFilter.ALL)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> figures.setFollowUp(docHit, 0, HitFollowUp.CONFIRMED, null)).isInstanceOf(NotPermittedException.class);
        assertThat(figures.hits(HitFilter.ALL, 0, 10).get(0).hit().followUp()).isEqualTo(HitFollowUp.OPEN);
    }
}
