package org.vigia.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.CASE_ROLE;
import static org.vigia.db.schema.Tables.CASE_ROLE_RECLASSIFICATION;
import static org.vigia.db.schema.Tables.PERSON;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseRole;
import org.vigia.model.Classification;
import org.vigia.model.DocumentType;
import org.vigia.model.FieldError;
import org.vigia.model.IdentityDocument;
import org.vigia.model.NotPermittedException;
import org.vigia.model.Person;
import org.vigia.model.PersonCaseRole;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** The people CSV import (persons with their roles) through the service: good files, re-imports, bad input. */
class PeopleImportTest {
    static final String HEADER = "external_ref,person_ref,family_names,given_names,gender,birth_date,citizenships,"
            + "document_type,document_number,case,role,minor,trafficking_status,status_decided_by,status_decided_on,"
            + "identified_on,charges";
    static final String C1 = "CO-BOG-2026-00050";
    static final String C2 = "CO-BOG-2026-00051";
    static final String VICTIM = "R1,P1,Ortiz Rojas,Ana,Feminine,1990-05-01,CO,Passport,AB123,CO-BOG-2026-00050,VICTIM,no,"
            + "PossibleVictimOfTrafficking,Police,2026-03-01,2026-03-01,";
    static final String SAME_PERSON_WITNESS = "R2,P1,,,,,,,,CO-BOG-2026-00051,WITNESS,,,,,,";
    static final String PERSON_ONLY = "R3,P2,Pérez,Luis,Masculine,1985-01-02,PE,,,,,,,,,,";
    static final String SUSPECT = "R4,P3,Gómez,José,,1970-01-01,,,,CO-BOG-2026-00050,SUSPECT,,,,,,HumanTrafficking|ForcedLabour";

    private final TestServices t = TestServices.withOffice();
    private final ImportService imports = t.app().imports();
    private CaseFile case1;

    @TempDir
    Path dir;

    @BeforeEach
    void cases() {
        case1 = t.cases().create(CaseDraft.valid().number(C1).build());
        t.cases().create(CaseDraft.valid().number(C2).build());
    }

    @AfterEach
    void close() {
        t.close();
    }

    Path file(String... lines) {
        return write(StandardCharsets.UTF_8, lines);
    }

    Path write(Charset charset, String... lines) {
        try {
            Path f = Files.createTempFile(dir, "people", ".csv");
            Files.writeString(f, String.join("\n", lines) + "\n", charset);
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ImportReport run(Path file, ImportMode mode) {
        return imports.run(t.app().roles().importKind(), file, mode, ImportListener.NONE);
    }

    private UUID personByRef(String ref) {
        return t.dsl().select(PERSON.ID).from(PERSON).where(PERSON.EXTERNAL_REF.eq(ref)).fetchOne(PERSON.ID);
    }

    private int persons() {
        return t.dsl().fetchCount(PERSON);
    }

    private int links() {
        return t.dsl().fetchCount(CASE_ROLE);
    }

    private static List<String> keys(RejectedRow r) {
        return r.errors().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    @Test
    void personsAndTheirRolesAreImportedWithReferencesAndAudit() {
        ImportReport r = run(file(HEADER, VICTIM, SAME_PERSON_WITNESS, PERSON_ONLY, SUSPECT), ImportMode.ALL_OR_NOTHING);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(r.created()).isEqualTo(4);
        assertThat(persons()).isEqualTo(3);
        assertThat(links()).isEqualTo(3);
        assertThat(t.app().persons().isMasked(personByRef("P1"))).as("imported as a victim").isTrue();
        t.app().identity().reveal(personByRef("P1"), "Check the import");
        Person ana = t.app().persons().get(personByRef("P1"));
        assertThat(ana.familyNames()).isEqualTo("Ortiz Rojas");
        assertThat(ana.birthDate()).hasToString("1990-05-01");
        assertThat(ana.citizenships()).containsExactly("CO");
        assertThat(ana.documents()).extracting(IdentityDocument::type, IdentityDocument::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentType.Passport, "AB123"));
        List<PersonCaseRole> roles = t.app().roles().rolesOfPerson(ana.id());
        assertThat(roles).extracting(PersonCaseRole::role).containsExactlyInAnyOrder(CaseRole.VICTIM, CaseRole.WITNESS);
        PersonCaseRole victim = roles.stream().filter(x -> x.role() == CaseRole.VICTIM).findFirst().orElseThrow();
        assertThat(victim.caseId()).isEqualTo(case1.id());
        assertThat(victim.classification()).isEqualTo(Classification.POSSIBLE_VICTIM);
        assertThat(t.dsl().fetchCount(CASE_ROLE_RECLASSIFICATION)).isEqualTo(1);
        assertThat(t.app().roles().get(victim.linkId()).minorAtIdentification()).isFalse();
        assertThat(t.dsl().select(CASE_ROLE.EXTERNAL_REF).from(CASE_ROLE).orderBy(CASE_ROLE.EXTERNAL_REF)
                .fetch(CASE_ROLE.EXTERNAL_REF)).containsExactly("R1", "R2", "R4");
        assertThat(t.app().roles().get(t.app().roles().rolesOfPerson(personByRef("P3")).get(0).linkId()).suspect().charges())
                .hasSize(2);
        assertThat(t.app().persons().matches(new Person(null, 0, "Ana", "Ortis Rojas", null, null, null, false, 1990 - 1990 + 36,
                TestServices.TODAY, null, null, null, null, null), 5)).isNotEmpty(); // phonetic keys were written
        List<String> actions = t.dsl().select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetch(AUDIT_EVENT.ACTION);
        assertThat(actions).containsSubsequence("PERSON_CREATE", "CASE_ROLE_ADD", "CASE_ROLE_ADD", "PERSON_CREATE", "IMPORT");
        assertThat(t.dsl().select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).fetch(AUDIT_EVENT.SUMMARY))
                .noneMatch(s -> s.contains("Ortiz") || s.contains("Ana") || s.contains("Pérez"));
    }

    @Test
    void reimportingTheSameFileCreatesNothingAndAChangedRowUpdates() {
        Path f = file(HEADER, VICTIM, SAME_PERSON_WITNESS, PERSON_ONLY, SUSPECT);
        run(f, ImportMode.ALL_OR_NOTHING);
        long events = t.audit().count();
        DbSnapshot before = t.snapshot();

        ImportReport again = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(t.audit().count()).isEqualTo(events + 1); // the IMPORT event only
        assertThat(t.snapshot().tables().get("PERSON")).isEqualTo(before.tables().get("PERSON"));
        assertThat(t.snapshot().tables().get("CASE_ROLE")).isEqualTo(before.tables().get("CASE_ROLE"));

        ImportReport changed = run(file(HEADER, VICTIM.replace("1990-05-01", "1990-05-02"), SAME_PERSON_WITNESS,
                PERSON_ONLY, SUSPECT.replace("HumanTrafficking|ForcedLabour", "HumanTrafficking")), ImportMode.ALL_OR_NOTHING);

        assertThat(changed.created()).isZero();
        assertThat(changed.updated()).isEqualTo(2);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(persons()).isEqualTo(3);
        assertThat(links()).isEqualTo(3);
        Person ana = t.app().persons().get(personByRef("P1"));
        assertThat(ana.birthDate()).hasToString("1990-05-02");
        assertThat(ana.version()).isEqualTo(1);
        var suspect = t.app().roles().get(t.app().roles().rolesOfPerson(personByRef("P3")).get(0).linkId());
        assertThat(suspect.suspect().charges()).hasSize(1);
    }

    @Test
    void twoRowsOfOnePersonMakeOnePersonWithTwoRolesAndIdenticalRepeatsAreAccepted() {
        String repeated = "R2,P1,Ortiz Rojas,Ana,,,,,,CO-BOG-2026-00051,WITNESS,,,,,,";

        ImportReport r = run(file(HEADER, VICTIM, repeated), ImportMode.ALL_OR_NOTHING);

        assertThat(r.rejected()).isEmpty();
        assertThat(persons()).isEqualTo(1);
        assertThat(t.app().roles().rolesOfPerson(personByRef("P1"))).hasSize(2);
    }

    @Test
    void aLaterRowOfAPersonWithOtherValuesIsRejectedNamingTheFirstLine() {
        String conflicting = "R2,P1,Ortiz,Ana,,1991-01-01,,,,CO-BOG-2026-00051,WITNESS,,,,,,";

        ImportReport r = run(file(HEADER, VICTIM, conflicting), ImportMode.SKIP_BAD_ROWS);

        assertThat(r.created()).isEqualTo(1);
        assertThat(r.rejected()).hasSize(1);
        assertThat(r.rejected().get(0).line()).isEqualTo(3);
        assertThat(r.rejected().get(0).errors()).containsExactly(
                FieldError.of("family_names", "error.import.people.personDiffers", "P1", 2L),
                FieldError.of("birth_date", "error.import.people.personDiffers", "P1", 2L));
        assertThat(links()).isEqualTo(1);
    }

    @Test
    void aRowWithoutPersonColumnsNeedsAnEarlierRowOrAnImportedPerson() {
        ImportReport r = run(file(HEADER, SAME_PERSON_WITNESS), ImportMode.SKIP_BAD_ROWS);

        assertThat(keys(r.rejected().get(0))).containsExactly("person_ref:error.import.people.noPerson");
        assertThat(persons()).isZero();

        run(file(HEADER, VICTIM), ImportMode.ALL_OR_NOTHING);
        ImportReport later = run(file(HEADER, SAME_PERSON_WITNESS), ImportMode.ALL_OR_NOTHING);

        assertThat(later.rejected()).isEmpty();
        assertThat(later.created()).isEqualTo(1);
        assertThat(t.app().roles().rolesOfPerson(personByRef("P1"))).hasSize(2);
    }

    @Test
    void theSameRoleTwiceInOneFileIsRejected() {
        ImportReport r = run(file(HEADER, SUSPECT, "R5,P3,,,,,,,,CO-BOG-2026-00050,SUSPECT,,,,,,"), ImportMode.SKIP_BAD_ROWS);

        assertThat(r.rejected().get(0).errors()).containsExactly(
                FieldError.of("role", "error.import.people.repeatedRole", 2L));
        assertThat(links()).isEqualTo(1);
    }

    @Test
    void badRowsRefuseTheFileAndEachIsListedByColumn() {
        DbSnapshot before = t.snapshot();
        Path f = file(HEADER, VICTIM,
                "B1,Q1,Futuro,Ana,,2027-01-01,,,,,,,,,,,",
                "B2,Q2,Viejo,Ana,,1900-01-01,,,,,,,,,,,",
                "B3,Q3,Niña,Ana,Feminine,2010-05-01,,,,CO-BOG-2026-00050,VICTIM,no,,,,2026-03-01,",
                "B4,Q4,Codes,Ana,Female,,XX,,,CO-BOG-2026-00050,KIDNAPPER,,,,,,",
                "B5,Q5,Case,Ana,,,,,,CO-BOG-2026-99999,WITNESS,,,,,,",
                "B6,Q6,Role,Ana,,,,,,,,,,,,,HumanTrafficking");

        ImportReport r = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(r.refused()).isTrue();
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(keys(r.rejected().get(0))).containsExactly("birth_date:validation.future");
        assertThat(keys(r.rejected().get(1))).containsExactly("birth_date:validation.ageRange");
        assertThat(r.rejected().get(2).errors()).containsExactly(
                FieldError.of("minor", "error.import.people.saysAdult", "2010-05-01", 15, "2026-03-01"));
        assertThat(keys(r.rejected().get(3))).containsExactlyInAnyOrder("gender:error.import.row.unknownCode",
                "role:error.import.row.unknownCode", "citizenships:validation.unknownCountry");
        FieldError role = r.rejected().get(3).errors().stream().filter(e -> e.field().equals("role")).findFirst().orElseThrow();
        assertThat(role.args()).containsExactly("KIDNAPPER", "SUSPECT, VICTIM, SMUGGLED_MIGRANT, WITNESS, OTHER");
        assertThat(r.rejected().get(4).errors()).containsExactly(
                FieldError.of("case", "error.import.people.noCase", "CO-BOG-2026-99999"));
        assertThat(keys(r.rejected().get(5))).containsExactly("case:error.import.people.caseForRole");
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void agesAreCheckedAsInTheEditor() {
        String header = "external_ref,person_ref,family_names,age_years,age_on,birth_date_estimated,case,role,minor,identified_on";
        Path f = file(header,
                "A1,P1,Old,130,2026-01-01,,,,,",
                "A2,P2,Young,15,2026-01-01,,CO-BOG-2026-00050,VICTIM,no,2026-03-01",
                "A3,P3,Maybe,x,2026-01-01,perhaps,,,,",
                "A4,P4,Fine,30,2026-01-01,,CO-BOG-2026-00050,VICTIM,no,2026-03-01");

        ImportReport r = run(f, ImportMode.SKIP_BAD_ROWS);

        assertThat(r.created()).isEqualTo(1);
        assertThat(keys(r.rejected().get(0))).containsExactly("age_years:validation.ageRange");
        assertThat(r.rejected().get(1).errors()).containsExactly(
                FieldError.of("minor", "error.import.people.saysAdultAge", 15, "2026-01-01", "2026-03-01"));
        assertThat(keys(r.rejected().get(2))).containsExactlyInAnyOrder("age_years:error.import.people.notAWholeNumber",
                "birth_date_estimated:error.import.people.twoValues");
    }

    @Test
    void aDocumentAlreadyOnAnotherPersonIsImportedWithANotice() {
        Person existing = t.app().persons().create(new Person(null, 0, "Otra", "Persona", null, null, null, false, null,
                null, null, null, List.of(new IdentityDocument(null, DocumentType.Passport, "AB-123", "CO", null)), null, null));

        ImportReport r = run(file(HEADER, VICTIM, "R9,P9,Sin,Rol,,,,NationalId,ab 123,,,,,,,,"), ImportMode.ALL_OR_NOTHING);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.created()).isEqualTo(2);
        assertThat(persons()).isEqualTo(3);
        assertThat(r.notices()).containsExactly(
                new ImportNotice(2, "R1", "import.people.notice.sameDocument", List.of(existing.id().toString())),
                new ImportNotice(3, "R9", "import.people.notice.sameDocument", List.of(existing.id().toString())),
                new ImportNotice(3, "R9", "import.people.notice.sameDocumentInFile", List.of(2L)));

        ImportReport again = run(file(HEADER, VICTIM), ImportMode.ALL_OR_NOTHING);

        assertThat(again.notices()).extracting(n -> n.args().get(0)) // the existing person and P9, never P1 itself
                .containsExactlyInAnyOrder(existing.id().toString(), personByRef("P9").toString());
    }

    @Test
    void fileProblemsAreRefusedAsForCases() {
        refused(file(HEADER.replace(',', ';'), VICTIM.replace(',', ';')), "error.import.delimiter", ";");
        refused(write(StandardCharsets.ISO_8859_1, HEADER, VICTIM, PERSON_ONLY), "error.import.encoding", 3L);
        refused(file(VICTIM, PERSON_ONLY), "error.import.noHeader", "external_ref,person_ref");
        refused(file("external_ref,family_names", "R1,Ortiz"), "error.import.missingColumns", "person_ref");
        assertThatThrownBy(() -> run(file(HEADER + ",eye_colour", VICTIM + ",green"), ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(VigiaException.class)
                .satisfies(e -> assertThat(((VigiaException) e).key()).isEqualTo("error.import.unknownColumns"));
    }

    private void refused(Path f, String key, Object... args) {
        DbSnapshot before = t.snapshot();
        assertThatThrownBy(() -> run(f, ImportMode.SKIP_BAD_ROWS)).isInstanceOf(VigiaException.class)
                .satisfies(e -> {
                    assertThat(((VigiaException) e).key()).isEqualTo(key);
                    assertThat(((VigiaException) e).args()).containsExactly(args);
                });
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void quotedLineBreaksAndCommasAreKeptAndLinesCountThem() {
        Path f = file("external_ref,person_ref,family_names,notes,case,role,role_note",
                "N1,P1,\"Ortiz, Rojas\",\"first line",
                "second line\",CO-BOG-2026-00050,WITNESS,\"Saw it, \"\"at night\"\"\"",
                "N2,P2,,,,,");

        ImportReport r = run(f, ImportMode.SKIP_BAD_ROWS);

        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(4L);
        Person p = t.app().persons().get(personByRef("P1"));
        assertThat(p.familyNames()).isEqualTo("Ortiz, Rojas");
        assertThat(p.notes()).isEqualTo("first line\nsecond line");
        assertThat(t.app().roles().get(t.app().roles().rolesOfPerson(p.id()).get(0).linkId()).note())
                .isEqualTo("Saw it, \"at night\"");
    }

    @Test
    void aReaderMayNotImport() {
        t.signInAs("rosa", Role.HQ_ANALYST);

        assertThatThrownBy(() -> run(file(HEADER, VICTIM), ImportMode.ALL_OR_NOTHING)).isInstanceOf(NotPermittedException.class);
        assertThat(persons()).isZero();
    }

    @Test
    void aHundredThousandRowsWithOneBadLastRowImportNothing() throws IOException {
        Path f = Files.createTempFile(dir, "big", ".csv");
        try (var w = Files.newBufferedWriter(f)) {
            w.write("external_ref,person_ref,family_names,given_names,birth_date\n");
            for (int i = 1; i < 100_000; i++) {
                w.write("R" + i + ",P" + i + ",Family " + i + ",Given,1980-01-01\n");
            }
            w.write("R-LAST,P-LAST,Last,Given,2030-01-01\n");
        }
        DbSnapshot before = t.snapshot();

        ImportReport r = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(r.rowsRead()).isEqualTo(100_000);
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(100_001L);
        assertThat(r.written()).isFalse();
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void theExampleOfTheSpecificationImports() throws IOException {
        String doc = Files.readString(Path.of("docs/import-csv.md"));
        int people = doc.indexOf("## People file");
        int start = doc.indexOf("```csv\n", people) + "```csv\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        ImportReport r = run(file(example.strip()), ImportMode.ALL_OR_NOTHING);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.created()).isEqualTo(4);
        assertThat(persons()).isEqualTo(3);
        assertThat(links()).isEqualTo(3);
        assertThat(t.app().persons().get(personByRef("PER-001")).citizenships()).containsExactly("CO", "VE");
    }

    @Test
    void aReimportCannotMoveALinkNorChangeAVictimsStatus() {
        run(file(HEADER, VICTIM, SUSPECT), ImportMode.ALL_OR_NOTHING);
        DbSnapshot before = t.snapshot();

        ImportReport r = run(file(HEADER, VICTIM.replace(C1, C2),
                SUSPECT.replace("SUSPECT", "WITNESS").replace("HumanTrafficking|ForcedLabour", "")), ImportMode.SKIP_BAD_ROWS);
        ImportReport status = run(file(HEADER, VICTIM.replace("PossibleVictim", "ActualVictim")), ImportMode.SKIP_BAD_ROWS);

        assertThat(r.rejected()).extracting(x -> keys(x).get(0)).containsExactly(
                "external_ref:error.import.people.linkFixed", "external_ref:error.import.people.linkFixed");
        assertThat(keys(status.rejected().get(0))).containsExactly("trafficking_status:error.role.useReclassify");
        assertThat(t.snapshot().tables().get("CASE_ROLE")).isEqualTo(before.tables().get("CASE_ROLE"));
        assertThat(persons()).isEqualTo(2);
    }
}
