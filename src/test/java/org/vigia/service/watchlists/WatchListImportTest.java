package org.vigia.service.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.WATCH_DOCUMENT;
import static org.vigia.db.schema.Tables.WATCH_LIST_VERSION;
import static org.vigia.db.schema.Tables.WATCH_PERSON;
import static org.vigia.db.schema.Tables.WATCH_PERSON_KEY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.FieldError;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Role;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListKind;
import org.vigia.model.WatchListState;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.RejectedRow;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** Importing list files: good files of both kinds, and every refusal with its report and nothing stored. */
class WatchListImportTest {
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

    private static Path resource(String name) throws Exception {
        return Path.of(WatchListImportTest.class.getResource("/watchlists/" + name).toURI());
    }

    /** Imports {@code f}, expects a refusal, and that no table changed. */
    private WatchImportReport refused(Path f) {
        DbSnapshot before = t.snapshot();
        WatchImportReport r = fx.importList(f);
        assertThat(r.refused()).as("refused: %s", r).isTrue();
        assertThat(r.versionId()).isNull();
        assertThat(t.snapshot()).as("database after the refused file").isEqualTo(before);
        return r;
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(FieldError::key).toList();
    }

    private static List<String> reasons(RejectedRow row) {
        return row.errors().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    @Test
    void theExamplePersonsFileBecomesTheCurrentVersionWithItsKeys() throws Exception {
        WatchImportReport r = fx.importList(resource("wanted-persons.csv"));

        assertThat(r.refused()).as(r.toString()).isFalse();
        assertThat(r.listName()).isEqualTo("Wanted persons (national alerts)");
        assertThat(r.kind()).isEqualTo(WatchListKind.PERSONS);
        assertThat(r.listVersion()).isEqualTo("2026.3");
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.supersededId()).isNull();
        assertThat(t.dsl().fetchCount(WATCH_PERSON, WATCH_PERSON.VERSION_ID.eq(r.versionId()))).isEqualTo(4);
        assertThat(t.dsl().fetchCount(WATCH_PERSON_KEY, WATCH_PERSON_KEY.VERSION_ID.eq(r.versionId()))).isGreaterThan(4);
        var jose = t.dsl().selectFrom(WATCH_PERSON).where(WATCH_PERSON.NOTICE_REF.eq("DIJIN-2026-0077")).fetchSingle();
        assertThat(jose.getGivenNames()).isEqualTo("José Luis");
        assertThat(jose.getNameNorm()).isEqualTo("PEREZ JOSE LUIS");
        assertThat(jose.getLineNo()).isEqualTo(8);

        List<WatchListInfo> lists = fx.service().lists();
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).current()).hasValueSatisfying(v -> {
            assertThat(v.state()).isEqualTo(WatchListState.CURRENT);
            assertThat(v.entryCount()).isEqualTo(4);
            assertThat(v.source()).isEqualTo("Policía Nacional, Interpol NCB Bogotá");
            assertThat(v.listDate()).hasToString("2026-03-01");
        });
        var event = t.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("WATCHLIST_IMPORT")).fetchSingle();
        assertThat(event.getEntityId()).isEqualTo(r.versionId());
        assertThat(event.getSummary()).contains("4 entries").doesNotContain("Juliana").doesNotContain("Ortiz");
    }

    @Test
    void theExampleDocumentsFileIsImportedNormalised() throws Exception {
        WatchImportReport r = fx.importList(resource("stolen-documents.csv"));

        assertThat(r.refused()).as(r.toString()).isFalse();
        assertThat(r.kind()).isEqualTo(WatchListKind.DOCUMENTS);
        assertThat(r.imported()).isEqualTo(4);
        var ab = t.dsl().selectFrom(WATCH_DOCUMENT).where(WATCH_DOCUMENT.DOC_NUMBER.eq("AB 123-456")).fetchSingle();
        assertThat(ab.getDocNumberNorm()).isEqualTo("AB123456");
        assertThat(ab.getDocType()).isEqualTo("Passport");
        assertThat(ab.getReportedAs()).isEqualTo("STOLEN");
    }

    @Test
    void aNewerVersionSupersedesTheCurrentOneAndOlderOrEqualVersionsAreRefused() {
        WatchImportReport v1 = fx.importList(fx.documents("SLTD", "2026.2", "AB1,Passport,CO,STOLEN"));
        WatchImportReport v2 = fx.importList(fx.documents("sltd", "2026.10", "AB1,Passport,CO,STOLEN", "AB2,Visa,PE,"));

        assertThat(v2.refused()).as(v2.toString()).isFalse();
        assertThat(v2.supersededId()).isEqualTo(v1.versionId());
        assertThat(t.dsl().select(WATCH_LIST_VERSION.STATE).from(WATCH_LIST_VERSION).where(WATCH_LIST_VERSION.ID.eq(v1.versionId()))
                .fetchOne(WATCH_LIST_VERSION.STATE)).isEqualTo("SUPERSEDED");
        assertThat(fx.service().lists().get(0).versions()).extracting(v -> v.listVersion() + " " + v.state())
                .containsExactly("2026.10 CURRENT", "2026.2 SUPERSEDED");

        WatchImportReport equal = refused(fx.documents("SLTD", "2026.10.0", "AB3,Passport,CO,LOST"));
        assertThat(equal.problems()).containsExactly(FieldError.of("version", "watchlist.error.notNewer", "2026.10.0", "2026.10"));
        WatchImportReport older = refused(fx.documents("SLTD", "2026.9", "AB3,Passport,CO,LOST"));
        assertThat(keys(older.problems())).containsExactly("watchlist.error.notNewer");
        WatchImportReport superseded = refused(fx.documents("SLTD", "2026.2", "AB3,Passport,CO,LOST"));
        assertThat(keys(superseded.problems())).containsExactly("watchlist.error.notNewer");
    }

    @Test
    void aFileWithoutHeaderBlockIsRefused() {
        WatchImportReport r = refused(fx.file(WatchFixture.PERSONS_HEADER, "Ortiz,Juliana,1990-04-12,CO,Red,A-1"));

        assertThat(keys(r.problems())).containsExactly("watchlist.error.noHeaderBlock");
    }

    @Test
    void headerItemsMissingRepeatedOrWrongAreEachNamed() {
        WatchImportReport r = refused(fx.file("list,Wanted", "kind,PERSONS", "kind,PERSONS", "version,v2", "date,2026-13-01",
                WatchFixture.PERSONS_HEADER, "Ortiz,Juliana,,,,"));

        assertThat(r.problems()).extracting(e -> e.field() + ":" + e.key()).containsExactlyInAnyOrder(
                "kind:watchlist.error.headerRepeated", "source:validation.required", "version:watchlist.error.version",
                "date:validation.badDate");
    }

    @Test
    void anUnknownKindAndAKindOtherThanTheListsAreRefused() {
        WatchImportReport unknown = refused(fx.list("Wanted", "VEHICLES", "1", WatchFixture.PERSONS_HEADER, "Ortiz,,,,,"));
        assertThat(unknown.problems()).extracting(e -> e.field() + ":" + e.key())
                .containsExactly("kind:error.import.row.unknownCode");

        assertThat(fx.importList(fx.persons("Wanted", "1", "Ortiz,Juliana,,,,")).refused()).isFalse();
        WatchImportReport other = refused(fx.documents("WANTED", "2", "AB1,Passport,CO,"));
        assertThat(other.problems()).containsExactly(FieldError.of("kind", "watchlist.error.otherKind", "Wanted", "PERSONS"));

        WatchImportReport columns = refused(fx.list("Documents", "DOCUMENTS", "1", WatchFixture.PERSONS_HEADER, "Ortiz,,,,,"));
        assertThat(keys(columns.problems())).containsExactly("watchlist.error.missingColumns");
    }

    @Test
    void malformedPersonRowsAreListedByLineWithTheirReasonsAndNothingIsStored() {
        WatchImportReport r = refused(fx.persons("Wanted", "1",
                "Ortiz,Juliana,1990-04-12,CO,Red,A-1",        // line 7: good
                ",Juliana,1990-04-12,CO,Red,A-2",             // 8: no family name
                "Pérez,José,1990-02-30,CO,,",                 // 9: bad date
                "Quispe,Rosa,1990-01-01,XX,,",                // 10: unknown country
                "Nguyen,An,2027-01-01,VN,,",                  // 11: future
                "Silva," + "A".repeat(101) + ",,,,",          // 12: too long
                "Silva,Ana,,BR",                              // 13: too few fields
                "Rojas,Luis,,CO,Red," + "R".repeat(61)));     // 14: reference too long

        assertThat(r.rowsRead()).isEqualTo(8);
        assertThat(r.rejectedCount()).isEqualTo(7);
        assertThat(r.problems()).containsExactly(FieldError.of("", "watchlist.error.badRows", 7L));
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(reasons(r.rejected().get(0))).containsExactly("family_names:validation.required");
        assertThat(reasons(r.rejected().get(1))).containsExactly("birth_date:validation.badDate");
        assertThat(reasons(r.rejected().get(2))).containsExactly("nationality:validation.unknownCountry");
        assertThat(reasons(r.rejected().get(3))).containsExactly("birth_date:validation.future");
        assertThat(reasons(r.rejected().get(4))).containsExactly("given_names:validation.tooLong");
        assertThat(reasons(r.rejected().get(5))).containsExactly(":error.import.row.fields");
        assertThat(reasons(r.rejected().get(6))).containsExactly("notice_ref:validation.tooLong");
    }

    @Test
    void malformedDocumentRowsAreListedByLine() {
        WatchImportReport r = refused(fx.documents("SLTD", "1",
                "AB123,Passport,CO,STOLEN",      // 7 good
                ",Passport,CO,",                 // 8 no number
                "---,Passport,CO,",              // 9 no letter nor digit
                "AB124,DrivingLicence,CO,",      // 10 type unknown to the format
                "AB125,Passport,ZZ,",            // 11 unknown country
                "AB126,Passport,CO,MISPLACED",   // 12 unknown reported_as
                "AB127,Passport,,",              // 13 no country
                "C".repeat(41) + ",Visa,CO,"));  // 14 too long

        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(r.rejected()).extracting(WatchListImportTest::reasons).containsExactly(
                List.of("number:validation.required"), List.of("number:validation.malformed"),
                List.of("type:error.import.row.unknownCode"), List.of("country:validation.unknownCountry"),
                List.of("reported_as:error.import.row.unknownCode"), List.of("country:validation.required"),
                List.of("number:validation.tooLong"));
        assertThat(r.rejected().get(2).errors().get(0).args()).containsExactly("DrivingLicence",
                "Passport, NationalId, Visa, ResidencePermit, Other");
    }

    @Test
    void aListWhoseOnlyDocumentTypeIsUnknownIsRefused() {
        WatchImportReport r = refused(fx.documents("Licences", "1", "DL-1,DrivingLicence,CO,STOLEN", "DL-2,drivinglicence,PE,LOST"));

        assertThat(r.rejectedCount()).isEqualTo(2);
        assertThat(r.rejected()).allSatisfy(row -> assertThat(reasons(row)).containsExactly("type:error.import.row.unknownCode"));
        assertThat(fx.service().lists()).isEmpty();
    }

    @Test
    void duplicateRowsAreRefusedNamingTheFirstLine() {
        WatchImportReport persons = refused(fx.persons("Wanted", "1", "Ortiz,Juliana,1990-04-12,CO,Red,A-1",
                "Ortiz,Juliana,1990-04-13,CO,Red,A-1", "ORTÍZ,juliana,1990-04-12,co,Red,A-1"));
        assertThat(persons.rejected()).hasSize(1);
        assertThat(persons.rejected().get(0).line()).isEqualTo(9);
        assertThat(persons.rejected().get(0).errors()).containsExactly(FieldError.of("", "watchlist.error.duplicate", 7L));

        WatchImportReport docs = refused(fx.documents("SLTD", "1", "AB 123-456,Passport,CO,STOLEN", "AB123456,Passport,PE,",
                "ab123456,passport,CO,LOST"));
        assertThat(docs.rejected()).extracting(RejectedRow::line).containsExactly(9L);
        assertThat(docs.rejected().get(0).errors()).containsExactly(FieldError.of("", "watchlist.error.duplicate", 7L));
    }

    @Test
    void onlyTheFirstHundredBadRowsAreListedWithTheCountOfAll() {
        String[] rows = new String[150];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "AB" + i + ",Passport,ZZ,";
        }
        WatchImportReport r = refused(fx.documents("SLTD", "1", rows));

        assertThat(r.rejectedCount()).isEqualTo(150);
        assertThat(r.rejected()).hasSize(100);
        assertThat(r.rejected().get(99).line()).isEqualTo(106);
    }

    @Test
    void anEmptyFileAndAFileWithoutRowsAreRefused() {
        assertThat(keys(refused(fx.file("")).problems())).containsExactly("watchlist.error.empty");
        assertThat(keys(refused(fx.persons("Wanted", "1")).problems())).containsExactly("watchlist.error.noEntries");
        assertThat(keys(refused(fx.file("list,Wanted", "kind,PERSONS", "version,1", "date,2026-03-01", "source,x"))
                .problems())).containsExactly("watchlist.error.noColumns");
    }

    @Test
    void aLatin1FileIsRefusedWithTheLine() {
        Path f = fx.file(StandardCharsets.ISO_8859_1, "list,Wanted", "kind,PERSONS", "version,1", "date,2026-03-01",
                "source,DIJIN", WatchFixture.PERSONS_HEADER, "Ortiz,Juliana,,,,", "Pérez,José,,,,");

        WatchImportReport r = refused(f);

        assertThat(r.problems()).containsExactly(FieldError.of("", "error.import.encoding", 8L));
    }

    @Test
    void aSemicolonFileIsRefused() {
        assertThat(keys(refused(fx.file("list;Wanted", "kind;PERSONS")).problems())).containsExactly("error.import.delimiter");
    }

    @Test
    void aCancelledImportStoresNothing() {
        String[] rows = new String[1_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "AB" + i + ",Passport,CO,";
        }
        Path f = fx.documents("SLTD", "1", rows);
        DbSnapshot before = t.snapshot();

        WatchImportReport r = fx.service().importList(f, new ImportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        });

        assertThat(keys(r.problems())).containsExactly("error.import.cancelled");
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void anImportingLeftoverIsNeverListedAndIsRemovedAtTheNextImport() {
        // a crash after the first batches: the version and its rows are there, IMPORTING
        ListHeader h = new ListHeader("Crashed", WatchListKind.DOCUMENTS, "7", java.time.LocalDate.of(2026, 3, 1), "x");
        java.util.UUID[] ids = new ListVersions(t.app().context()).start(h);
        VersionWriter w = new VersionWriter(t.dsl(), ids[1]);
        w.add(new Entries.Document(7, "AB1", "AB1", org.vigia.model.DocumentType.Passport, "CO", null));
        w.flush();
        assertThat(fx.service().lists()).isEmpty();
        assertThat(fx.service().matcher().preview(WatchFixture.document("AB1", org.vigia.model.DocumentType.Passport, "CO"))
                .hits()).isEmpty();

        assertThat(fx.importList(fx.documents("Other", "1", "ZZ9,Visa,PE,")).refused()).isFalse();

        assertThat(t.dsl().fetchCount(WATCH_LIST_VERSION, WATCH_LIST_VERSION.ID.eq(ids[1]))).isZero();
        assertThat(t.dsl().fetchCount(WATCH_DOCUMENT, WATCH_DOCUMENT.VERSION_ID.eq(ids[1]))).isZero();
        assertThat(fx.service().lists()).extracting(WatchListInfo::name).containsExactly("Other");
        // the crashed list can be imported again with the same version
        assertThat(fx.importList(fx.documents("Crashed", "7", "AB1,Passport,CO,")).refused()).isFalse();
    }

    @Test
    void readersMayListButNotImport() {
        fx.importList(fx.documents("SLTD", "1", "AB1,Passport,CO,"));
        t.signInAs("analyst", Role.HQ_ANALYST);
        Path f = fx.documents("SLTD", "2", "AB1,Passport,CO,");

        assertThat(catchThrowable(() -> fx.importList(f))).isInstanceOf(NotPermittedException.class);
        assertThat(fx.service().lists()).hasSize(1);
        assertThat(t.dsl().fetchCount(WATCH_LIST_VERSION)).isEqualTo(1);
    }

    @Test
    void aHundredThousandRowListIsImportedAndMatched() {
        StringBuilder sb = new StringBuilder("list,Big\r\nkind,DOCUMENTS\r\nversion,1\r\ndate,2026-03-01\r\nsource,x\r\n")
                .append(WatchFixture.DOCUMENTS_HEADER).append("\r\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("P").append(i).append(",Passport,").append(i % 2 == 0 ? "CO" : "PE").append(",STOLEN\r\n");
        }
        Path f = fx.file(sb.toString().strip());
        long[] progress = {0, 0};

        WatchImportReport r = fx.service().importList(f, new ImportListener() {
            @Override
            public void progress(long done, long total) {
                progress[0] = done;
                progress[1] = total;
            }
        });

        assertThat(r.refused()).as(r.toString()).isFalse();
        assertThat(r.imported()).isEqualTo(100_000);
        assertThat(progress[0]).isEqualTo(progress[1]).isPositive();
        assertThat(t.dsl().fetchCount(WATCH_DOCUMENT)).isEqualTo(100_000);
        assertThat(fx.service().matcher().preview(WatchFixture.document("p-99998", org.vigia.model.DocumentType.Passport, "CO"))
                .hits()).hasSize(1);
    }
}
