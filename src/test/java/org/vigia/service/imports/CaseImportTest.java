package org.vigia.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigia.db.schema.Tables.AUDIT_EVENT;
import static org.vigia.db.schema.Tables.CASE_FILE;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.CaseFile;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseStatus;
import org.vigia.model.FieldError;
import org.vigia.model.NotPermittedException;
import org.vigia.model.OffenceType;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.OperationDraft;
import org.vigia.testing.TestServices;

/** The cases CSV import through the service: good files, re-imports and every kind of bad input. */
class CaseImportTest {
    static final String HEADER = "external_ref,number,title,offences,status,lead_investigator,opened_on,country,locality,operation,narrative";

    private final TestServices t = TestServices.withOffice();
    private final ImportService imports = t.app().imports();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    static String row(String ref, String number, String title) {
        return ref + "," + number + "," + title + ",HumanTrafficking|ForcedLabour,Active,Ana Morales,2026-01-10,CO,Cúcuta,,";
    }

    Path file(String... lines) {
        return write(StandardCharsets.UTF_8, lines);
    }

    Path write(Charset charset, String... lines) {
        try {
            Path f = Files.createTempFile(dir, "cases", ".csv");
            Files.writeString(f, String.join("\n", lines) + "\n", charset);
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ImportReport run(Path file, ImportMode mode) {
        return imports.run(t.cases().importKind(), file, mode, ImportListener.NONE);
    }

    private List<CaseFile> cases() {
        List<CaseFile> all = new ArrayList<>();
        t.cases().each(CaseQuery.all(), 1000, s -> all.add(t.cases().get(s.id())));
        return all;
    }

    private static List<String> keys(RejectedRow r) {
        return r.errors().stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    @Test
    void goodRowsAreImportedWithTheirFieldsAndAudited() {
        Path f = file(HEADER, row("EXT-1", "CO-BOG-2026-00007", "Terminal norte"),
                "EXT-2,,Mina sur,MigrantSmuggling,FollowUp,Luis Pérez,2025-12-01,PE,,,\"Two\nlines\"");

        ImportReport r = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(r.written()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(2);
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.rejected()).isEmpty();
        List<CaseFile> all = cases();
        assertThat(all).extracting(CaseFile::number).containsExactly("CO-BOG-2026-00007", "CO-BOG-2026-00008");
        CaseFile second = all.get(1);
        assertThat(second.title()).isEqualTo("Mina sur");
        assertThat(second.offences()).containsExactly(OffenceType.MigrantSmuggling);
        assertThat(second.status()).isEqualTo(CaseStatus.FollowUp);
        assertThat(second.leadInvestigator()).isEqualTo("Luis Pérez");
        assertThat(second.country()).isEqualTo("PE");
        assertThat(second.narrative()).isEqualTo("Two\nlines");
        assertThat(all.get(0).offences()).containsExactlyInAnyOrder(OffenceType.HumanTrafficking, OffenceType.ForcedLabour);
        assertThat(all.get(0).locality()).isEqualTo("Cúcuta");
        assertThat(t.dsl().select(CASE_FILE.EXTERNAL_REF).from(CASE_FILE).orderBy(CASE_FILE.EXTERNAL_REF)
                .fetch(CASE_FILE.EXTERNAL_REF)).containsExactly("EXT-1", "EXT-2");
        assertThat(t.cases().count(CaseQuery.all())).isEqualTo(2);
        List<String> actions = t.dsl().select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ)
                .fetch(AUDIT_EVENT.ACTION);
        assertThat(actions.subList(actions.size() - 3, actions.size())).containsExactly("CASE_CREATE", "CASE_CREATE", "IMPORT");
        String summary = t.dsl().select(AUDIT_EVENT.SUMMARY).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc())
                .limit(1).fetchOne(AUDIT_EVENT.SUMMARY);
        assertThat(summary).contains(f.getFileName().toString(), "2 rows", "2 created").doesNotContain("Luis", "Ana");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedRowUpdatesItsCase() {
        Path f = file(HEADER, row("EXT-1", "", "Terminal norte"), row("EXT-2", "", "Mina sur"));
        run(f, ImportMode.ALL_OR_NOTHING);
        long events = t.audit().count();
        CaseFile before = cases().get(1);

        ImportReport again = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(cases()).hasSize(2);
        assertThat(cases().get(1).version()).isEqualTo(before.version());
        assertThat(t.audit().count()).isEqualTo(events + 1); // the IMPORT event only

        ImportReport changed = run(file(HEADER, row("EXT-1", "", "Terminal norte"), row("EXT-2", "", "Mina sur y norte"),
                row("EXT-3", "", "Puerto")), ImportMode.ALL_OR_NOTHING);

        assertThat(changed.created()).isEqualTo(1);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        List<CaseFile> all = cases();
        assertThat(all).hasSize(3);
        CaseFile updated = all.get(1);
        assertThat(updated.title()).isEqualTo("Mina sur y norte");
        assertThat(updated.number()).isEqualTo(before.number()); // a blank number keeps the case's
        assertThat(updated.version()).isEqualTo(before.version() + 1);
        assertThat(t.cases().page(new CaseQuery("norte", null, null, null, org.vigia.model.CaseSort.NUMBER, true), 0, 10))
                .hasSize(2);
    }

    @Test
    void allOrNothingImportsNothingButListsEveryBadRow() {
        DbSnapshot before = t.snapshot();
        Path f = file(HEADER, row("EXT-1", "", "Good"),
                "EXT-2,,Bad offence,Kidnapping,Active,Ana,2026-01-10,CO,,,",
                row("EXT-3", "", "Good too"),
                "EXT-4,,Bad date,Other,Open,Ana,10/01/2026,XX,,,",
                "EXT-5,,,Other,Active,Ana,2027-01-01,CO,,NOPE,");

        ImportReport r = run(f, ImportMode.ALL_OR_NOTHING);

        assertThat(r.written()).isFalse();
        assertThat(r.refused()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(5);
        assertThat(r.created()).isZero();
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L, 5L, 6L);
        assertThat(r.rejected()).extracting(RejectedRow::externalRef).containsExactly("EXT-2", "EXT-4", "EXT-5");
        assertThat(keys(r.rejected().get(0))).containsExactly("offences:error.import.row.unknownCode");
        assertThat(r.rejected().get(0).errors().get(0).args().get(0)).isEqualTo("Kidnapping");
        assertThat((String) r.rejected().get(0).errors().get(0).args().get(1)).contains("HumanTrafficking", "ForcedLabour");
        assertThat(keys(r.rejected().get(1))).containsExactlyInAnyOrder("status:error.import.row.unknownCode",
                "opened_on:validation.badDate", "country:validation.unknownCountry");
        assertThat(keys(r.rejected().get(2))).containsExactlyInAnyOrder("title:validation.required",
                "opened_on:validation.future", "operation:error.import.row.unknownOperation");
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void skipBadRowsImportsTheGoodOnes() {
        Path f = file(HEADER, row("EXT-1", "", "Good"), "EXT-2,,Bad,Kidnapping,Active,Ana,2026-01-10,CO,,,",
                row("EXT-3", "", "Good too"));

        ImportReport r = run(f, ImportMode.SKIP_BAD_ROWS);

        assertThat(r.written()).isTrue();
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L);
        assertThat(cases()).extracting(CaseFile::title).containsExactly("Good", "Good too");
    }

    @Test
    void aReferenceOrANumberTwiceInOneFileRejectsTheLaterRow() {
        t.cases().create(CaseDraft.valid().number("CO-BOG-2026-00050").build());
        Path f = file(HEADER, row("EXT-1", "A-1", "First"), row("EXT-1", "A-2", "Same ref"), row("EXT-3", "a-1", "Same number"),
                row("EXT-4", "CO-BOG-2026-50", "Number in the database"));

        ImportReport r = run(f, ImportMode.SKIP_BAD_ROWS);

        assertThat(r.created()).isEqualTo(1);
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L);
        assertThat(r.rejected().get(0).errors()).containsExactly(
                FieldError.of("external_ref", "error.import.row.repeatedRef", "EXT-1", 2L));
        assertThat(r.rejected().get(1).errors()).containsExactly(
                FieldError.of("number", "error.import.row.repeatedNumber", "a-1", 2L));
        assertThat(keys(r.rejected().get(2))).containsExactly("number:validation.duplicate");
    }

    @Test
    void theExampleOfTheSpecificationImports() throws IOException {
        String doc = Files.readString(Path.of("docs/import-csv.md"));
        int start = doc.indexOf("```csv\n") + "```csv\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        t.operations().save(OperationDraft.valid("SUR-2026").build());

        ImportReport r = run(file(example.strip()), ImportMode.ALL_OR_NOTHING);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.created()).isEqualTo(3);
        assertThat(cases()).extracting(CaseFile::title).contains("Boat crossing, Darién", "Forged passports");
    }

    @Test
    void aRowNamingADeletedCaseIsRejected() {
        run(file(HEADER, row("EXT-1", "", "Soon deleted")), ImportMode.ALL_OR_NOTHING);
        CaseFile c = cases().get(0);
        t.cases().delete(c.id(), c.version());

        ImportReport r = run(file(HEADER, row("EXT-1", "", "Again")), ImportMode.SKIP_BAD_ROWS);

        assertThat(r.created()).isZero();
        assertThat(keys(r.rejected().get(0))).containsExactly("external_ref:error.import.row.deleted");
    }

    @Test
    void aKnownOperationCodeLinksTheCase() {
        var op = t.operations().save(OperationDraft.valid("OP-SUR").build());
        run(file(HEADER, "EXT-1,,With operation,Other,Active,Ana,2026-01-10,CO,,op-sur,"), ImportMode.ALL_OR_NOTHING);

        assertThat(cases().get(0).operationId()).isEqualTo(op.id());
    }

    @Test
    void lineNumbersCountTheLinesOfQuotedFieldsAndBlankLines() {
        Path f = file(HEADER,
                "EXT-1,,\"Title, with comma\",Other,Active,Ana,2026-01-10,CO,,,\"line one",
                "line two",
                "line three\"",
                "",
                "EXT-2,,Bad,Other,Active,Ana,not-a-date,CO,,,",
                "EXT-3,,Short row");

        ImportReport r = run(f, ImportMode.SKIP_BAD_ROWS);

        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(6L, 7L);
        assertThat(r.rejected().get(1).errors()).containsExactly(FieldError.of("", "error.import.row.fields", 3, 11));
        assertThat(r.rejected().get(1).externalRef()).isEqualTo("EXT-3");
        assertThat(cases().get(0).title()).isEqualTo("Title, with comma");
        assertThat(cases().get(0).narrative()).isEqualTo("line one\nline two\nline three");
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
    void aSemicolonFileIsRefusedAsNotCommaSeparated() {
        refused(file(HEADER.replace(',', ';'), row("EXT-1", "", "T").replace(',', ';')), "error.import.delimiter", ";");
        refused(file(HEADER.replace(',', '\t'), row("EXT-1", "", "T").replace(',', '\t')), "error.import.delimiter", "TAB");
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfTheFirstBadByte() {
        Path f = write(StandardCharsets.ISO_8859_1, HEADER, row("EXT-1", "", "Plain"), row("EXT-2", "", "Plain too"),
                row("EXT-3", "", "Terminal"));

        refused(f, "error.import.encoding", 2L); // "Cúcuta" of line 2 in Latin-1
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        Path f = file("\uFEFF" + HEADER, row("EXT-1", "", "With BOM"));

        assertThat(run(f, ImportMode.ALL_OR_NOTHING).created()).isEqualTo(1);
    }

    @Test
    void headerProblemsAreRefusedBeforeAnyRow() {
        refused(file(row("EXT-1", "", "No header"), row("EXT-2", "", "No header")), "error.import.noHeader",
                "external_ref,title,offences,status,lead_investigator,opened_on,country");
        refused(file("external_ref,title,status,opened_on", "EXT-1,T,Active,2026-01-01"), "error.import.missingColumns",
                "offences, lead_investigator, country");
        refused(file(HEADER + ",colour,notes", row("EXT-1", "", "T") + ",red,x"), "error.import.unknownColumns",
                "colour, notes", String.join(", ", allColumns()));
        refused(file(HEADER + ",title", row("EXT-1", "", "T") + ",T"), "error.import.repeatedColumns", "title");
        refused(file(), "error.import.empty"); // one blank line
        refused(dir.resolve("absent.csv"), "error.import.notFound", dir.resolve("absent.csv").toString());
        refused(file(HEADER, "EXT-1,,\"Never closed,Other,Active,Ana,2026-01-10,CO,,,"), "error.import.malformed", 2L);
    }

    private static List<String> allColumns() {
        List<String> all = new ArrayList<>(List.of("external_ref", "title", "offences", "status", "lead_investigator",
                "opened_on", "country", "number", "operation", "locality", "narrative", "act", "means", "purpose"));
        return all;
    }

    @Test
    void headerNamesIgnoreCaseAndOrder() {
        Path f = file("Country,TITLE,external_ref,offences,status,lead_investigator,opened_on",
                "CO,Reordered,EXT-9,Other,Active,Ana,2026-01-10");

        assertThat(run(f, ImportMode.ALL_OR_NOTHING).created()).isEqualTo(1);
        assertThat(cases().get(0).title()).isEqualTo("Reordered");
    }

    @Test
    void aCancelledImportChangesNothing() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 600; i++) {
            lines.add(row("EXT-" + i, "", "Case " + i));
        }
        Path f = file(lines.toArray(String[]::new));
        DbSnapshot before = t.snapshot();
        AtomicLong calls = new AtomicLong();
        ImportListener cancelInSecondPass = new ImportListener() {
            @Override
            public void progress(long done, long total) {
                calls.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return calls.get() > 2; // two reports in the first pass, then during the second
            }
        };

        assertThatThrownBy(() -> imports.run(t.cases().importKind(), f, ImportMode.ALL_OR_NOTHING, cancelInSecondPass))
                .isInstanceOf(ImportService.CancelledException.class);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(t.snapshot()).isEqualTo(before);
    }

    @Test
    void progressRunsUpToTheTotal() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 600; i++) {
            lines.add(row("EXT-" + i, "", "Case " + i));
        }
        Path f = file(lines.toArray(String[]::new));
        List<long[]> seen = new ArrayList<>();

        imports.run(t.cases().importKind(), f, ImportMode.ALL_OR_NOTHING, new ImportListener() {
            @Override
            public void progress(long done, long total) {
                seen.add(new long[] {done, total});
            }
        });

        assertThat(seen.size()).isGreaterThan(3);
        long total = seen.get(0)[1];
        assertThat(total).isEqualTo(2 * f.toFile().length());
        assertThat(seen).extracting(p -> p[0]).isSorted();
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(total);
        assertThat(t.cases().count(CaseQuery.all())).isEqualTo(600);
    }

    @Test
    void aReaderMayNotImport() {
        t.signInAs("rosa", Role.HQ_ANALYST);
        Path f = file(HEADER, row("EXT-1", "", "T"));
        DbSnapshot before = t.snapshot();

        assertThatThrownBy(() -> run(f, ImportMode.ALL_OR_NOTHING)).isInstanceOf(NotPermittedException.class);
        assertThat(t.snapshot().tables().get("CASE_FILE")).isEqualTo(before.tables().get("CASE_FILE"));
    }

    @Test
    void aHundredThousandRowsWithOneBadLastRowImportNothing() {
        try {
            Path f = Files.createTempFile(dir, "big", ".csv");
            try (var w = Files.newBufferedWriter(f)) {
                w.write(HEADER + "\n");
                for (int i = 1; i < 100_000; i++) {
                    w.write(row("EXT-" + i, "", "Case " + i) + "\n");
                }
                w.write("EXT-LAST,,Last,Other,Active,Ana,2026-13-01,CO,,,\n");
            }
            DbSnapshot before = t.snapshot();

            ImportReport r = run(f, ImportMode.ALL_OR_NOTHING);

            assertThat(r.rowsRead()).isEqualTo(100_000);
            assertThat(r.rejected()).extracting(RejectedRow::line).containsExactly(100_001L);
            assertThat(r.written()).isFalse();
            assertThat(t.snapshot()).isEqualTo(before);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
