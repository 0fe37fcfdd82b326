package org.vigia.service.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.BORDER_CHECK_LIST;
import static org.vigia.db.schema.Tables.WATCH_HIT;
import static org.vigia.service.watchlists.WatchFixture.document;
import static org.vigia.service.watchlists.WatchFixture.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.model.CheckSubject;
import org.vigia.model.DocumentType;
import org.vigia.model.HitFollowUp;
import org.vigia.model.ListVersionRef;
import org.vigia.model.WatchCheckResult;
import org.vigia.model.WatchHit;
import org.vigia.model.WatchListKind;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** Matching checks against the current list versions: documents, names, dates of birth, and what is stored. */
class ListMatcherTest {
    private static final LocalDate BORN = LocalDate.of(1990, 4, 12);
    @TempDir
    Path dir;
    TestServices t;
    WatchFixture fx;
    WatchImportReport persons;
    WatchImportReport documents;

    @BeforeEach
    void setUp() {
        t = TestServices.withOffice();
        fx = new WatchFixture(t, dir);
        persons = fx.importList(fx.persons("Wanted", "3", "Ortiz Morales,Juliana,1990-04-12,CO,Red,A-1234/2026",
                "Mamani Quispe,Rosa,,BO,Yellow,Y-551", "Mohamed,Ahmed,1980-01-01,EG,Red,A-77"));
        documents = fx.importList(fx.documents("SLTD", "2026.3", "AB 123-456,Passport,CO,STOLEN", "X-9,NationalId,PE,LOST"));
        assertThat(persons.refused()).as(persons.toString()).isFalse();
        assertThat(documents.refused()).as(documents.toString()).isFalse();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private List<WatchHit> hits(CheckSubject s) {
        return fx.service().matcher().preview(s).hits();
    }

    @Test
    void aDocumentMatchesByNormalisedNumberTypeAndIssuingCountry() {
        List<WatchHit> hits = hits(document("ab123456", DocumentType.Passport, "CO"));

        assertThat(hits).hasSize(1);
        WatchHit hit = hits.get(0);
        assertThat(hit.kind()).isEqualTo(WatchListKind.DOCUMENTS);
        assertThat(hit.entry()).isEqualTo("AB 123-456 \u00b7 Passport \u00b7 CO");
        assertThat(hit.noticeType()).isEqualTo("STOLEN");
        assertThat(hit.list()).isEqualTo(new ListVersionRef(documents.versionId(), "SLTD", WatchListKind.DOCUMENTS, "2026.3",
                LocalDate.of(2026, 3, 1)));
        assertThat(hit.id()).isNull();
        assertThat(hit.late()).isFalse();
        assertThat(hits(document("AB-123 456", DocumentType.Passport, "co"))).hasSize(1);
    }

    @Test
    void anotherCountryOrTypeOrNumberIsNoHit() {
        assertThat(hits(document("AB123456", DocumentType.Passport, "PE"))).isEmpty();
        assertThat(hits(document("AB123456", DocumentType.Visa, "CO"))).isEmpty();
        assertThat(hits(document("AB1234567", DocumentType.Passport, "CO"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} born {2}: hit {3}")
    @CsvSource({
        "Juliana, Ortiz Morales, 1990-04-12, true",
        "JULIANA, ORTÍZ, 1990-04-12, true",
        "yuliana, ortis, 1990-04-12, true",
        "Juliana Andrea, Ortiz, 1990-04-12, true",
        "Juliana, Ortiz, 1991-04-12, true",
        "Juliana, Ortiz, 1989-04-12, true",
        "Juliana, Ortiz, 1991-04-13, false",
        "Juliana, Ortiz, 1989-04-11, false",
        "Elena, Ortiz, 1990-04-12, false",
        "Juliana, Gómez, 1990-04-12, false",
        "Juliana, Ortiz Gómez, 1990-04-12, false",
        "Juliana, Morales Ortiz, 1990-04-12, true",
        "Ahmed, Muhammad, 1980-06-01, true",
    })
    void aPersonMatchesBySoundAndSpellingAndBirthWithinAYear(String given, String family, LocalDate born, boolean hit) {
        List<WatchHit> hits = hits(person(given, family, born));

        assertThat(!hits.isEmpty()).isEqualTo(hit);
        if (hit) {
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).kind()).isEqualTo(WatchListKind.PERSONS);
        }
    }

    @Test
    void aPersonHitCarriesTheListEntry() {
        WatchHit hit = hits(person("Juliana", "Ortiz", BORN)).get(0);

        assertThat(hit.entry()).isEqualTo("Ortiz Morales, Juliana (CO)");
        assertThat(hit.entryBirthDate()).isEqualTo(BORN);
        assertThat(hit.noticeType()).isEqualTo("Red");
        assertThat(hit.noticeRef()).isEqualTo("A-1234/2026");
        assertThat(hit.list().listName()).isEqualTo("Wanted");
        assertThat(hit.nameOnly()).isFalse();
    }

    @Test
    void aListingWithoutBirthDateMatchesOnTheNameAloneAsAWeakerHit() {
        List<WatchHit> hits = hits(person("Rosa", "Mamani", LocalDate.of(2001, 1, 1)));

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).entryBirthDate()).isNull();
        assertThat(hits.get(0).nameOnly()).isTrue();
    }

    @Test
    void aCheckWithoutBirthDateMatchesOnTheName() {
        assertThat(hits(person("Juliana", "Ortiz", null))).extracting(WatchHit::noticeRef).containsExactly("A-1234/2026");
    }

    @Test
    void previewWritesNothingAndNamesTheVersionsOfTheKindsChecked() {
        DbSnapshot before = t.snapshot();

        WatchCheckResult both = fx.service().matcher().preview(new CheckSubject("Juliana", "Ortiz", BORN, "CO", "AB123456",
                DocumentType.Passport, "CO"));
        WatchCheckResult docOnly = fx.service().matcher().preview(document("ZZ1", DocumentType.Passport, "CO"));

        assertThat(both.hits()).extracting(WatchHit::kind).containsExactly(WatchListKind.DOCUMENTS, WatchListKind.PERSONS);
        assertThat(both.checkedAgainst()).extracting(ListVersionRef::versionId)
                .containsExactlyInAnyOrder(persons.versionId(), documents.versionId());
        assertThat(docOnly.hit()).isFalse();
        assertThat(docOnly.checkedAgainst()).extracting(ListVersionRef::versionId).containsExactly(documents.versionId());
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void recordStoresTheVersionsCheckedAgainstAndEachHitOpen() {
        WatchCheckResult r = fx.record(new CheckSubject("Juliana", "Ortiz", BORN, "CO", "AB123456", DocumentType.Passport, "CO"));

        assertThat(r.hits()).hasSize(2).allSatisfy(h -> {
            assertThat(h.id()).isNotNull();
            assertThat(h.checkId()).isNotNull();
            assertThat(h.late()).isFalse();
            assertThat(h.followUp()).isEqualTo(HitFollowUp.OPEN);
        });
        var checkId = r.hits().get(0).checkId();
        assertThat(t.dsl().fetch(WATCH_HIT)).hasSize(2).allSatisfy(h -> {
            assertThat(h.getCheckId()).isEqualTo(checkId);
            assertThat(h.getFollowUp()).isEqualTo("OPEN");
            assertThat(h.getLate()).isFalse();
        });
        assertThat(t.dsl().fetch(BORDER_CHECK_LIST).getValues(BORDER_CHECK_LIST.VERSION_ID))
                .containsExactlyInAnyOrder(persons.versionId(), documents.versionId());
        assertThat(fx.service().checkedAgainst(checkId)).extracting(ListVersionRef::listName).containsExactly("SLTD", "Wanted");
        assertThat(fx.service().hitsOfCheck(checkId)).extracting(WatchHit::entry)
                .containsExactlyInAnyOrder("AB 123-456 \u00b7 Passport \u00b7 CO", "Ortiz Morales, Juliana (CO)");
    }

    @Test
    void aCheckWithNoHitStillRecordsWhatItWasCheckedAgainst() {
        WatchCheckResult r = fx.record(person("Elena", "Ortiz", BORN));

        assertThat(r.hit()).isFalse();
        assertThat(t.dsl().fetchCount(WATCH_HIT)).isZero();
        assertThat(t.dsl().fetch(BORDER_CHECK_LIST).getValues(BORDER_CHECK_LIST.VERSION_ID)).containsExactly(persons.versionId());
    }

    @Test
    void aSupersededVersionIsNoLongerMatched() {
        WatchImportReport v4 = fx.importList(fx.persons("Wanted", "4", "Mohamed,Ahmed,1980-01-01,EG,Red,A-77"));
        assertThat(v4.refused()).isFalse();

        assertThat(hits(person("Juliana", "Ortiz", BORN))).isEmpty();
        WatchCheckResult r = fx.service().matcher().preview(person("Ahmed", "Mohamed", LocalDate.of(1980, 1, 1)));
        assertThat(r.hits()).extracting(h -> h.list().versionId()).containsExactly(v4.versionId());
        assertThat(r.checkedAgainst()).extracting(ListVersionRef::listVersion).containsExactly("4");
    }
}
