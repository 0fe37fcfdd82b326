package org.vigia.service.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.BORDER_CHECK;
import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.service.watchlists.WatchFixture.document;
import static org.vigia.service.watchlists.WatchFixture.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.DocumentType;
import org.vigia.model.HitFollowUp;
import org.vigia.model.WatchHit;
import org.vigia.service.imports.ImportListener;
import org.vigia.testing.TestServices;

/** A new list version re-matches the past checks: late hits for what is new, none twice. */
class LateHitTest {
    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);
    @TempDir
    Path dir;
    TestServices t;
    WatchFixture fx;

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        fx = new WatchFixture(t, dir);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void aPersonAddedInANewVersionIsALateHitOfAnEarlierCheck() {
        WatchImportReport v1 = fx.importList(fx.persons("Wanted", "1", "Mohamed,Ahmed,1980-01-01,EG,Red,A-77"));
        UUID checkId = fx.record(person("Yuliana", "Ortis", BORN)).checkedAgainst().isEmpty() ? null : lastCheck();
        UUID docCheck = fx.check(document("AB1", DocumentType.Passport, "CO"));

        WatchImportReport v2 = fx.importList(fx.persons("Wanted", "2", "Mohamed,Ahmed,1980-01-01,EG,Red,A-77",
                "Ortiz Morales,Juliana,1990-04-12,CO,Red,A-1234"));

        assertThat(v2.checksRematched()).isEqualTo(1); // the document-only check has nothing to match against persons
        assertThat(v2.lateHits()).isEqualTo(1);
        var hit = t.dsl().selectFrom(WATCH_HIT).fetchSingle();
        assertThat(hit.getCheckId()).isEqualTo(checkId);
        assertThat(hit.getLate()).isTrue();
        assertThat(hit.getFollowUp()).isEqualTo("OPEN");
        assertThat(hit.getVersionId()).isEqualTo(v2.versionId());
        assertThat(t.dsl().fetch(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID.eq(checkId))
                .getValues(BORDER_CHECK_LIST.VERSION_ID)).containsExactlyInAnyOrder(v1.versionId(), v2.versionId());
        assertThat(t.dsl().fetchCount(BORDER_CHECK_LIST, BORDER_CHECK_LIST.CHECK_ID.eq(docCheck))).isZero();

        assertThat(fx.service().countLateHits(null)).isEqualTo(1);
        assertThat(fx.service().countLateHits(HitFollowUp.OPEN)).isEqualTo(1);
        assertThat(fx.service().countLateHits(HitFollowUp.CONFIRMED)).isZero();
        WatchHit late = fx.service().lateHits(HitFollowUp.OPEN, 0, 50).get(0);
        assertThat(late.checkId()).isEqualTo(checkId);
        assertThat(late.late()).isTrue();
        assertThat(late.entry()).isEqualTo("Ortiz Morales, Juliana (CO)");
        assertThat(late.list().listVersion()).isEqualTo("2");
        assertThat(t.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("WATCHLIST_REMATCH"))).isEqualTo(2);
    }

    private UUID lastCheck() {
        return t.dsl().select(BORDER_CHECK.ID).from(BORDER_CHECK).orderBy(BORDER_CHECK.ID.desc()).limit(1).fetchOne(BORDER_CHECK.ID);
    }

    @Test
    void anEntryTheCheckAlreadyHitInAnEarlierVersionIsNoLateHit() {
        fx.importList(fx.documents("SLTD", "1", "AB 123-456,Passport,CO,STOLEN"));
        assertThat(fx.record(document("AB123456", DocumentType.Passport, "CO")).hits()).hasSize(1);

        WatchImportReport v2 = fx.importList(fx.documents("SLTD", "2", "ab123456,Passport,CO,LOST", "XY9,Visa,PE,"));

        assertThat(v2.checksRematched()).isEqualTo(1);
        assertThat(v2.lateHits()).isZero();
        assertThat(t.dsl().fetchCount(WATCH_HIT)).isEqualTo(1);
        assertThat(fx.service().lateHits(null, 0, 10)).isEmpty();
    }

    @Test
    void theSameDocumentInAnotherListIsANewLateHit() {
        fx.importList(fx.documents("SLTD", "1", "AB123456,Passport,CO,STOLEN"));
        fx.record(document("AB123456", DocumentType.Passport, "CO"));

        WatchImportReport other = fx.importList(fx.documents("National alerts", "1", "AB123456,Passport,CO,STOLEN"));

        assertThat(other.lateHits()).isEqualTo(1);
    }

    @Test
    void deletedChecksAreNotRematchedAndARematchResumesOnlyWhatIsLeft() {
        fx.importList(fx.documents("SLTD", "1", "ZZ1,Passport,CO,"));
        UUID kept = fx.check(document("AB1", DocumentType.Passport, "CO"));
        UUID deleted = fx.check(document("AB1", DocumentType.Passport, "CO"));
        t.dsl().update(BORDER_CHECK).set(BORDER_CHECK.DELETED_AT, OffsetDateTime.now()).where(BORDER_CHECK.ID.eq(deleted)).execute();

        WatchImportReport v2 = fx.importList(fx.documents("SLTD", "2", "AB1,Passport,CO,"));

        assertThat(v2.checksRematched()).isEqualTo(1);
        assertThat(fx.service().lateHits(null, 0, 10)).extracting(WatchHit::checkId).containsExactly(kept);
        RematchReport again = fx.service().rematch(v2.versionId(), ImportListener.NONE);
        assertThat(again.checks()).isZero();
        assertThat(again.lateHits()).isZero();
        assertThat(t.dsl().fetchCount(WATCH_HIT)).isEqualTo(1);
    }

    @Test
    void lateHitsArePaged() {
        fx.importList(fx.documents("SLTD", "1", "ZZ1,Passport,CO,"));
        for (int i = 0; i < 5; i++) {
            fx.check(document("AB" + i, DocumentType.Passport, "CO"));
        }
        fx.importList(fx.documents("SLTD", "2", "AB0,Passport,CO,", "AB1,Passport,CO,", "AB2,Passport,CO,", "AB3,Passport,CO,",
                "AB4,Passport,CO,"));

        assertThat(fx.service().countLateHits(null)).isEqualTo(5);
        assertThat(fx.service().lateHits(null, 0, 2)).hasSize(2);
        assertThat(fx.service().lateHits(null, 4, 2)).hasSize(1);
        assertThat(fx.service().lateHits(null, 0, 10)).extracting(WatchHit::checkId).doesNotHaveDuplicates().hasSize(5);
    }
}
